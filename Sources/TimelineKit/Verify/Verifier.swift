/// What `verify` found in one log.
public struct LogSummary: Sendable, Hashable {
  public var path: String
  public var events: Int
  public var lastSeq: Int
  public var problems: Int
  public var tornTail: LogFile.TornTail?
}

/// The outcome of verifying an events directory.
public struct VerifyReport: Sendable {
  public var logs: [LogSummary]
  /// Every problem, sorted by file and line.
  public var diagnostics: [Diagnostic]
  /// Problems not tied to one log (the catalogue, ids shared across logs are reported on the later line).
  public var isClean: Bool { diagnostics.isEmpty }
}

/// Checks every log in an events directory: lines, chain, vocabulary, catalogue, quotes, ids, retractions.
///
/// ## Topics
/// - ``verify(directory:)``
public enum Verifier {
  /// Verifies every `*.jsonl` log in `directory` against `directory/catalogue.json` and `directory/sources/`.
  /// - Throws: ``TimelineError`` only when the directory cannot be read at all; problems in it are in the report.
  /// - Complexity: O(total bytes) plus the quote searches.
  public static func verify(directory: String) throws(TimelineError) -> VerifyReport {
    let paths = try EventStore.logPaths(in: directory)
    var diagnostics: [Diagnostic] = []
    var catalogue = Catalogue()
    do { catalogue = try Catalogue.load(path: EventStore.join(directory, Catalogue.fileName)) } catch {
      if case .problems(let d) = error.code { diagnostics += d } else { diagnostics.append(Diagnostic(SourceLocation(file: EventStore.join(directory, Catalogue.fileName)), .catalogueEntryInvalid("\(error)"))) }
    }
    let logs = EventStore.readInParallel(paths, options: LogReader.Options(digests: true, canonicalForm: true))
    var sources = SourceCache(directory: directory)
    var summaries: [LogSummary] = []
    var firstSeen: [String: SourceLocation] = [:]
    var byID: [String: (event: Event, location: SourceLocation)] = [:]
    for log in logs {
      var problems = log.diagnostics
      problems += checkChain(log)
      for (k, e) in log.events.enumerated() {
        let loc = SourceLocation(file: log.path, line: log.lineNumbers[k])
        var p = EventChecks.check(e.draft, logName: log.name, isFirst: log.lineNumbers[k] == 1, catalogue: catalogue)
        if !log.canonical[k] { p.append(.notCanonical) }
        if let text = sources.text(for: log) {
          if case .success(let source) = text, !source.text.contains(quote: e.quote) {
            p.append(.quoteNotInSource(sourceFile: source.path))
          } else if case .failure(let missing) = text, k == 0 {
            p.append(missing)
          }
        }
        if let first = firstSeen[e.id] {
          p.append(.duplicateID(e.id, first: first))
        } else {
          firstSeen[e.id] = loc
          byID[e.id] = (e, loc)
        }
        problems += p.map { Diagnostic(loc, $0) }
      }
      diagnostics += problems
      summaries.append(
        LogSummary(
          path: log.path, events: log.events.count, lastSeq: log.events.last?.seq ?? 0, problems: problems.count,
          tornTail: log.tornTail))
    }
    // Retractions: across logs, once every id is known.
    for log in logs {
      for (k, e) in log.events.enumerated() where e.type == .eventRetracted {
        let loc = SourceLocation(file: log.path, line: log.lineNumbers[k])
        let problems = checkRetraction(e, byID: byID)
        diagnostics += problems.map { Diagnostic(loc, $0) }
        if let i = summaries.firstIndex(where: { $0.path == log.path }) { summaries[i].problems += problems.count }
      }
    }
    return VerifyReport(logs: summaries, diagnostics: diagnostics.sorted())
  }

  /// Seq equals the line number, and each `prev` is the digest of the line before.
  static func checkChain(_ log: LogFile) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for (k, e) in log.events.enumerated() {
      let line = log.lineNumbers[k]
      let loc = SourceLocation(file: log.path, line: line)
      if e.seq != line { out.append(Diagnostic(loc, .seqOutOfOrder(expected: line, found: e.seq))) }
      let expected = line == 1 ? SHA256.Digest.zero : log.lineDigests[line - 2]
      if e.prev != expected { out.append(Diagnostic(loc, .chainBroken(expected: expected, found: e.prev))) }
    }
    return out
  }

  static func checkRetraction(_ e: Event, byID: [String: (event: Event, location: SourceLocation)]) -> [Problem] {
    var problems: [Problem] = []
    guard let target = e.data["target"]?.stringValue else { return [] }
    if let t = byID[target] {
      if t.event.recorded > e.recorded { problems.append(.retractionTargetNotEarlier(target)) }
      if t.event.subject != e.subject {
        problems.append(.retractionSubjectMismatch(target: target, targetSubject: t.event.subject.raw))
      }
    } else {
      problems.append(.retractionTargetMissing(target))
    }
    if let r = e.data["replacement"]?.stringValue, byID[r] == nil { problems.append(.retractionReplacementMissing(r)) }
    return problems
  }
}

/// The checks of a single event that need no other event: data schema, catalogue, log placement.
enum EventChecks {
  static func check(_ d: Draft, logName: String, isFirst: Bool, catalogue: Catalogue) -> [Problem] {
    var p = EventSchema.check(d, catalogue: catalogue)
    if d.source != logName { p.append(.sourceMismatch(expected: logName, found: d.source)) }
    if isFirst && d.type != .briefingPublished { p.append(.firstEventNotBriefing(found: d.type)) }
    if !isFirst && d.type == .briefingPublished { p.append(.briefingNotFirst) }
    return p
  }
}

/// Loads each log's source text once, by the `source_file` its briefing event names.
struct SourceCache {
  let directory: String
  var loaded: [String: Result<(path: String, text: SourceText), Problem>] = [:]

  init(directory: String) { self.directory = directory }

  /// The source text of a log, from the `source_file` of its first (briefing) event; `nil` when the log has
  /// no briefing event to name one.
  mutating func text(for log: LogFile) -> Result<(path: String, text: SourceText), Problem>? {
    guard let first = log.events.first, first.type == .briefingPublished,
      let file = first.data["source_file"]?.stringValue
    else { return nil }
    return text(file: file)
  }

  mutating func text(file: String) -> Result<(path: String, text: SourceText), Problem> {
    if let r = loaded[file] { return r }
    let path = EventStore.join(directory, file)
    let r: Result<(path: String, text: SourceText), Problem>
    if file.contains("..") {
      r = .failure(.missingSourceText(path: path))
    } else if let bytes = try? FileIO.readAll(path) {
      r = .success((path, SourceText(bytes)))
    } else {
      r = .failure(.missingSourceText(path: path))
    }
    loaded[file] = r
    return r
  }
}
