// The one place that turns problems and errors into English.

extension SourceLocation: CustomStringConvertible {
  /// `file:line:column`, leaving out what is unknown.
  public var description: String {
    var s = file
    if let line { s += ":\(line)" }
    if let column { s += ":\(column)" }
    return s
  }
}

extension Diagnostic: CustomStringConvertible {
  /// `events/a.jsonl:42: what is wrong`.
  public var description: String { "\(location): \(problem)" }
}

extension Problem: CustomStringConvertible {
  public var description: String {
    switch self {
    case .invalidJSON(let expected): "invalid JSON: expected \(expected)"
    case .notAnObject: "expected a JSON object ({...}) on this line"
    case .emptyLine: "empty line; expected one JSON object per line"
    case .lineTooLong(let bytes, let limit): "line is \(bytes) bytes, over the limit of \(limit) bytes"
    case .tooManyEvents(let limit): "log holds more than \(limit) events, the most one log may hold; start a new log"
    case .batchTooLarge(let limit): "batch has more than \(limit) drafts, the most one append takes; split it into smaller batches"
    case .missingField(let f): "missing required field '\(f)'"
    case .unexpectedField(let f): "unexpected field '\(f)'"
    case .wrongType(let f, let expected, let found): "field '\(f)' must be a \(expected.rawValue), found a \(found.rawValue)"
    case .invalidTime(let f, let value, let e):
      "could not read '\(f)' as an ISO 8601 time with offset (value: \(quoted(value))): \(e)"
    case .invalidID(let id): "invalid id \(quoted(id)): expected 1 to 128 of A-Z a-z 0-9 . _ : -"
    case .unknownEventType(let t):
      "unknown event type \(quoted(t)); expected one of \(EventType.allCases.map(\.rawValue).joined(separator: ", "))"
    case .invalidSubject(let s, let e): "invalid subject \(quoted(s)): \(e)"
    case .subjectKindMismatch(let type, let s):
      "a \(type.rawValue) event needs a \(type.subjectKind?.rawValue ?? "?"): subject, found \(quoted(s))"
    case .untilNotAfterEffective(let eff, let until): "'until' (\(until)) must be after 'effective' (\(eff))"
    case .invalidDigest(let v): "'prev' must be 64 lowercase hex digits (value: \(quoted(v)))"
    case .dataFieldMissing(let type, let f): "data of a \(type.rawValue) event needs field '\(f)'"
    case .dataFieldWrongType(let type, let f, let expected): "data field '\(f)' of a \(type.rawValue) event must be \(expected.text)"
    case .dataFieldUnknown(let type, let f): "data field '\(f)' is not one a \(type.rawValue) event has"
    case .unknownCatalogueKey(let kind, let key): "unknown \(kind.rawValue) \(quoted(key)): not in catalogue.json"
    case .notCanonical: "line is not in canonical form (key order, spacing or escaping differs from what append writes)"
    case .seqOutOfOrder(let expected, let found): "seq is \(found), expected \(expected)"
    case .chainBroken(let expected, let found):
      "hash chain broken: 'prev' is \(found.hex.prefix(12))…, but the previous line hashes to \(expected.hex.prefix(12))… (a line before this one was edited, deleted or moved)"
    case .duplicateID(let id, let first): "id \(quoted(id)) is already used at \(first)"
    case .sourceMismatch(let expected, let found): "'source' is \(quoted(found)), expected the log's name \(quoted(expected))"
    case .firstEventNotBriefing(let found): "the first event of a log must be briefing.published, found \(found.rawValue)"
    case .briefingNotFirst: "briefing.published may only be the first event of a log"
    case .missingSourceText(let path): "source text \(path) not found"
    case .quoteNotInSource(let file): "quote does not occur in the source text \(file) (compared without line breaks and spaces)"
    case .retractionTargetMissing(let id): "retraction target \(quoted(id)) does not exist"
    case .retractionTargetNotEarlier(let id): "retraction target \(quoted(id)) is not recorded before the retraction"
    case .retractionSubjectMismatch(let id, let subject): "retraction must have the subject of its target \(quoted(id)) (\(subject))"
    case .retractionReplacementMissing(let id): "replacement \(quoted(id)) does not exist"
    case .tornTail(let reason, let bytes):
      switch reason {
      case .noTrailingNewline:
        "torn last line (\(bytes) bytes without a final newline, as a crash mid-write leaves); run 'timeline verify --repair' to move it aside"
      case .incompleteJSON:
        "torn last line (\(bytes) bytes that are not a complete JSON object); run 'timeline verify --repair' to move it aside"
      case .uncommittedAppend:
        "torn last line (\(bytes) bytes of an append interrupted before it committed; no command reads them); "
          + "run 'timeline verify --repair' to move them aside (the next append removes them too)"
      }
    case .idTakenByDifferentEvent(let id, let existing): "id \(quoted(id)) is already used by a different event at \(existing)"
    case .idRepeatedInBatch(let id, let firstLine): "id \(quoted(id)) appears twice in this batch (first on line \(firstLine))"
    case .invalidUTF8: "line is not valid UTF-8"
    case .catalogueEntryInvalid(let what): "invalid catalogue entry: \(what.text)"
    case .fileUnreadable(let code): "cannot be read: \(TimelineError(code).reason)"
    case .logNameWithoutExtension: "a log's name must end in .jsonl (no command reads any other file as a log)"
    case .checkpointLogVanished(let cp, let n): "log is gone, but checkpoint \(cp) recorded it with \(n) events"
    case .checkpointLogShorter(let cp, let n, let found):
      "log has \(found) events, fewer than the \(n) checkpoint \(cp) recorded: lines were cut from its end"
    case .checkpointHeadChanged(let cp):
      "line no longer hashes to the head checkpoint \(cp) recorded: the log was edited or rewritten up to this line"
    case .checkpointFileVanished(let cp): "file is gone, but checkpoint \(cp) recorded it"
    case .checkpointFileChanged(let cp):
      "file changed since checkpoint \(cp) (its SHA-256 differs; if the change is deliberate, record it with `timeline checkpoint`)"
    case .checkpointEventsRootMismatch:
      "the logs' lines do not hash to this checkpoint's events root, though every head matches: the checkpoint was edited"
    case .checkpointMalformed: "not a line of a checkpoint (see events/README.md, Checkpoints)"
    case .checkpointUnsupportedName: "a name with a space or a control character cannot be recorded in a checkpoint; rename the file"
    case .otherLogUnreadable(let n):
      "cannot be read whole (\(n) problem\(n == 1 ? "" : "s"); see 'timeline verify'), so ids cannot be checked against it: nothing appended"
    }
  }
}

extension JSONSyntaxError.Expected: CustomStringConvertible {
  public var description: String {
    switch self {
    case .value: "a value (object, array, string, number, true, false or null)"
    case .objectKey: "a key in double quotes"
    case .colon: "':' after the key"
    case .commaOrEndOfObject: "',' or '}'"
    case .commaOrEndOfArray: "',' or ']'"
    case .endOfInput: "the end of the line after the object"
    case .validEscape: "a valid escape (\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)"
    case .hexDigits: "four hex digits after \\u"
    case .lowSurrogate: "a \\uDC00-\\uDFFF low surrogate after a high surrogate"
    case .digit: "a digit"
    case .validUTF8: "valid UTF-8"
    case .escapedControlCharacter: "control characters escaped (\\n, \\t, \\u0000 ...)"
    case .uniqueKey(let k): "each key once, but \(quoted(k)) repeats"
    case .shallowerNesting: "nesting no deeper than \(JSONParser.maximumDepth) levels"
    case .moreInput: "more input (the line ends in the middle of a value)"
    }
  }
}

extension TimestampError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .malformed: "expected YYYY-MM-DDTHH:MM[:SS] followed by an offset like +08:00"
    case .missingOffset: "the offset is missing (add +08:00 for Zhengzhou)"
    case .outOfRange(let field): "the \(field) is out of range"
    }
  }
}

extension SubjectKeyError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .unknownKind(let k): "expected kind:name with kind one of briefing, zone, measure, metric, testing (found \(quoted(k)))"
    case .missingName: "the name after ':' (or the scope after '@') is empty"
    case .badCharacters: "use only ASCII letters, digits and - . in keys"
    case .zoneWithoutDistrict: "a zone is zone:<district>/<slug>"
    case .metricWithoutScope: "a metric is metric:<kind>@<scope>"
    case .scopeNotAllowed: "only measures and metrics take an @scope"
    }
  }
}

extension TimelineError {
  /// The English of a failure to read a file, without the path (a diagnostic names it already).
  var reason: String {
    switch code {
    case .io(_, let op, let errno): "\(op) failed: \(systemErrorText(errno))"
    case .notARegularFile: "not a regular file (a FIFO, a device or a directory); only regular files are read"
    default: description
    }
  }

  public var description: String {
    switch code {
    case .problems(let list):
      let shown = list.prefix(50).map(\.description)
      let more = list.count > 50 ? ["... and \(list.count - 50) more problems"] : []
      return (shown + more).joined(separator: "\n")
    case .io(let path, let op, let errno): return "\(path): \(op) failed: \(systemErrorText(errno))"
    case .sequenceConflict(let log, let expected, let actual):
      return "\(log): expected the last seq to be \(expected), but it is \(actual) (another append got there first); re-read the log and retry"
    case .unknownSubject(let q, let candidates):
      return "no subject matches \(quoted(q))" + (candidates.isEmpty ? "" : "; did you mean: " + candidates.joined(separator: ", "))
    case .ambiguousSubject(let q, let candidates):
      return "\(quoted(q)) matches \(candidates.count) subjects; name one of:\n" + candidates.map { "  " + $0 }.joined(separator: "\n")
    case .noLogs(let dir): return "\(dir): no event logs (*.jsonl) found"
    case .notADirectory(let dir): return "\(dir): no such events directory (give another with --events DIR)"
    case .notARegularFile(let path): return "\(path): not a regular file (a FIFO, a device or a directory); only regular files are read"
    case .tableDisagrees(let log, let line):
      return "\(log):\(line): the line is not the event the event table says it is (a forged or stale cache, or the log changed while it was read)"
    case .cellNotOfType(let column, let value, let type):
      return "column \(column): \(quoted(value)) is not a value of its Parquet type \(type)"
    }
  }
}

extension Checkpoint.ProofError: CustomStringConvertible {
  public var description: String {
    switch self {
    case .eventNotInCheckpoint(let log, let seq):
      "\(log):\(seq): the event was appended after the checkpoint; write a new one with 'timeline checkpoint'"
    case .logsDoNotMatch: "the logs no longer hash to the checkpoint's events root; see 'timeline verify --against'"
    case .notAnExtension: "the newer checkpoint does not extend the older one (give the older one first)"
    }
  }
}

/// A value in double quotes, shortened to 80 characters, with control characters made visible.
func quoted(_ s: String) -> String {
  var out = ""
  for ch in s.unicodeScalars.prefix(80) {
    switch ch {
    case "\n": out += "\\n"
    case "\r": out += "\\r"
    case "\t": out += "\\t"
    case "\"": out += "\\\""
    default: out += ch.value < 0x20 ? "\\u{\(String(ch.value, radix: 16))}" : String(ch)
    }
  }
  if s.unicodeScalars.count > 80 { out += "…" }
  return "\"" + out + "\""
}

extension DataFieldExpectation {
  var text: String {
    switch self {
    case .subjectsDistrict(let d): "the subject's district '\(d)'"
    case .type(let t):
      switch t {
      case .string: "a string"
      case .integer: "an integer"
      case .number: "a finite number of magnitude at most 1e15"
      case .time: "an ISO 8601 time with offset"
      case .strings: "an array of strings"
      case .object: "an object"
      case .zoneLevel: "a zone level key from the catalogue"
      case .district: "a district key from the catalogue"
      case .scope: "a scope (city, province, a district or district-set key, or zones:<level>,...)"
      }
    }
  }
}

extension CatalogueProblem {
  var text: String {
    switch self {
    case .categoriesMissing: "'categories' must be a non-empty array of strings"
    case .labelsMissing(let entry): "\(entry.text) needs string fields 'zh' and 'en'"
    case .zoneLevelFieldsMissing: "each zone_levels entry needs 'key', 'zh' and 'en'"
    case .listedTwice(let entry): "\(entry.text) is listed twice"
    case .scopeFieldsMissing: "each scopes entry needs 'key', 'kind', 'zh' and 'en'"
    case .unknownScopeKind(let scope, let kind): "scope '\(scope)' has kind '\(kind)'; expected city, province, district, county or district-set"
    case .notADistrict(let set, let member): "district set '\(set)' lists '\(member)', which is not a district"
    case .entryFieldsMissing(let list): "each \(list) entry needs 'key', 'category', 'zh' and 'en'"
    case .unknownCategory(let entry, let category): "\(entry.text) has unknown category '\(category)'"
    case .indicatorsOnMetric(let key): "metric '\(key)' has 'indicators'; only measures and zone levels map to OxCGRT indicators"
    case .indicatorsNotArray(let owner): "\(owner.text): 'indicators' must be an array of objects"
    case .indicatorFieldsMissing(let owner): "\(owner.text): each 'indicators' item needs a string 'code' and an integer 'level'"
    case .unknownIndicator(let owner, let code, let known):
      "\(owner.text): unknown indicator code '\(code)'; expected one of \(known.joined(separator: ", "))"
    case .levelOutOfRange(let owner, let code, let level, let maximum): "\(owner.text): \(code) level \(level) is out of its range 0-\(maximum)"
    case .badFlag(let owner, let code): "\(owner.text): \(code) flag must be 'targeted' or 'general'"
    case .noFlagInCodebook(let owner, let code): "\(owner.text): \(code) has no flag in OxCGRT's codebook"
    case .hasWithoutParam(let owner, let code): "\(owner.text): \(code) has 'has' without 'param'"
    case .badScopeKind(let owner, let code, let kinds): "\(owner.text): \(code) scope_kind must be one of " + kinds.joined(separator: ", ")
    case .unreadable(let code): TimelineError(code).description
    }
  }
}

extension CatalogueEntryRef {
  /// `measure 'transport.bus'`, `zone level 'sealed'`; `measures entry '?'` when the entry has no key.
  var text: String {
    switch self {
    case .zoneLevel(let k): k.map { "zone level '\($0)'" } ?? "zone level"
    case .scope(let k): "scope '\(k ?? "?")'"
    case .measure(let k): k.map { "measure '\($0)'" } ?? "measures entry '?'"
    case .metric(let k): k.map { "metric '\($0)'" } ?? "metrics entry '?'"
    }
  }
}
