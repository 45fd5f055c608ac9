import Synchronization
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Dispatch

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
  public static func verify(directory: String, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(TimelineError) -> VerifyReport {
    let paths = try EventStore.logPaths(in: directory)
    var diagnostics: [Diagnostic] = []
    var catalogue = Catalogue()
    do {
      catalogue = try Catalogue.load(path: EventStore.join(directory, Catalogue.fileName))
      diagnostics += catalogue.indicatorProblems
    } catch {
      if case .problems(let d) = error.code {
        diagnostics += d
      } else {
        diagnostics.append(
          Diagnostic(SourceLocation(file: EventStore.join(directory, Catalogue.fileName)), .catalogueEntryInvalid(.unreadable(error.code))))
      }
    }
    // Each log is read and checked on its own core; only what the cross-log checks need is kept.
    let done = Counter()
    let cat = catalogue
    let sources = SharedSourceTexts(directory: directory)
    let results: [LogCheck?] = Parallel.map(paths.count) { k in
      let check = checkLog(path: paths[k], catalogue: cat, sources: sources)
      progress?(done.increment(), paths.count)
      return check
    }
    var summaries: [LogSummary] = []
    let (byID, duplicates) = IDTable.build(results)
    for case let (k, check?) in results.enumerated() {
      var problems = check.problems
      for d in duplicates[k] {
        let entry = check.ids[d.index]
        problems.append(Diagnostic(entry.location, .duplicateID(entry.id, first: d.first.location)))
      }
      summaries.append(check.summary)
      summaries[summaries.count - 1].problems = problems.count
      diagnostics += problems
    }
    // Retractions: across logs, once every id is known.
    for check in results.compactMap({ $0 }) {
      for r in check.retractions {
        let problems = checkRetraction(r, byID: byID)
        diagnostics += problems.map { Diagnostic(r.location, $0) }
        if let i = summaries.firstIndex(where: { $0.path == check.summary.path }) { summaries[i].problems += problems.count }
      }
    }
    return VerifyReport(logs: summaries, diagnostics: diagnostics.sorted())
  }

  /// What the cross-log checks need of one event.
  struct IDEntry {
    var id: String
    var location: SourceLocation
    var recorded: Timestamp
    var subject: String
  }

  /// A retraction, for the cross-log checks.
  struct RetractionEntry {
    var location: SourceLocation
    var recorded: Timestamp
    var subject: String
    var target: String?
    var replacement: String?
  }

  /// The outcome of checking one log on its own.
  struct LogCheck {
    var summary: LogSummary
    var problems: [Diagnostic]
    var ids: [IDEntry]
    /// The ``IDTable`` hash of each of ``ids``, and their indices in each shard, worked out while the log is
    /// checked on its own core.
    var idHashes: [UInt64]
    var idsByShard: [[Int32]]
    var retractions: [RetractionEntry]
  }

  /// Reads one log and runs every check that needs only it: lines, chain, canonical form, vocabulary, quotes.
  ///
  /// Lines that ``CleanLineCheck`` vouches for skip decoding; every other line is decoded and checked in full.
  static func checkLog(path: String, catalogue: Catalogue, sources: SharedSourceTexts) -> LogCheck {
    var shortcut = CleanLines(check: CleanLineCheck(logName: LogFile.name(ofPath: path), catalogue: catalogue), sources: sources)
    defer { shortcut.releaseSource() }
    let log: LogFile
    do {
      let bytes = try FileIO.readAll(path)
      log = LogReader.parse(
        bytes, path: path, options: LogReader.Options(digests: true, canonicalForm: true, reportUncommitted: true), shortcut: &shortcut)
    } catch {
      var empty = LogReader.parse([], path: path)
      empty.diagnostics.append(Diagnostic(SourceLocation(file: path), .fileUnreadable(error.code)))
      log = empty
    }
    var problems = log.diagnostics + checkChain(log)
    var ids: [IDEntry] = []
    var retractions: [RetractionEntry] = []
    ids.reserveCapacity(log.events.count + shortcut.clean.count)
    let text = shortcut.source(firstEvent: log.events.first)
    var quoteHint = 0
    var clean = shortcut.clean.makeIterator()
    var nextClean = clean.next()
    for (k, e) in log.events.enumerated() {
      let loc = SourceLocation(file: log.path, line: log.lineNumbers[k])
      // Clean lines before this one, in line order, so that ids stay in file order.
      while let c = nextClean, c.line < loc.line! {
        ids.append(
          IDEntry(id: c.facts.id, location: SourceLocation(file: log.path, line: c.line), recorded: c.facts.recorded, subject: c.facts.subject))
        quoteHint = c.facts.quoteEnd
        nextClean = clean.next()
      }
      var p = EventChecks.check(e.draft, logName: log.name, isFirst: log.lineNumbers[k] == 1, catalogue: catalogue)
      if !log.canonical[k] { p.append(.notCanonical) }
      switch text {
      case .success(let source)?:
        if !source.text.contains(quote: e.quote, hint: &quoteHint) { p.append(.quoteNotInSource(sourceFile: source.path)) }
      case .failure(let missing)?: if k == 0 { p.append(missing) }
      case nil: break
      }
      ids.append(IDEntry(id: e.id, location: loc, recorded: e.recorded, subject: e.subject.raw))
      if e.type == .eventRetracted {
        retractions.append(
          RetractionEntry(
            location: loc, recorded: e.recorded, subject: e.subject.raw, target: e.data["target"]?.stringValue,
            replacement: e.data["replacement"]?.stringValue))
      }
      problems += p.map { Diagnostic(loc, $0) }
    }
    while let c = nextClean {
      ids.append(
        IDEntry(id: c.facts.id, location: SourceLocation(file: log.path, line: c.line), recorded: c.facts.recorded, subject: c.facts.subject))
      nextClean = clean.next()
    }
    // The seq of the log's last event, whichever path read it.
    let lastSlowLine = log.lineNumbers.last ?? 0
    let lastSeq =
      (shortcut.clean.last.map { $0.line > lastSlowLine } ?? false)
      ? shortcut.clean.last!.facts.seq : (log.events.last?.seq ?? 0)
    let summary = LogSummary(
      path: log.path, events: log.events.count + shortcut.clean.count, lastSeq: lastSeq, problems: problems.count,
      tornTail: log.tornTail)
    let (idHashes, idsByShard) = IDTable.split(ids)
    return LogCheck(
      summary: summary, problems: problems, ids: ids, idHashes: idHashes, idsByShard: idsByShard, retractions: retractions)
  }

  /// The reader shortcut of verify: hands each line to ``CleanLineCheck`` once the log's first event (and so
  /// its source text) is known, and keeps the facts of the lines it takes.
  struct CleanLines: LineShortcut {
    var check: CleanLineCheck
    let sources: SharedSourceTexts
    /// The line number and facts of every line taken, in order.
    var clean: [(line: Int, facts: CleanLineCheck.Facts)] = []
    private var decided = false
    private var acquired: String?
    private var text: Result<(path: String, text: SourceText), Problem>?

    init(check: CleanLineCheck, sources: SharedSourceTexts) {
      self.check = check
      self.sources = sources
    }

    /// The log's source text, as the first decoded event names it; loaded on the first call.
    mutating func source(firstEvent: Event?) -> Result<(path: String, text: SourceText), Problem>? {
      if !decided {
        decided = true
        if let first = firstEvent, let file = SourceCache.sourceFile(of: first) {
          acquired = file
          text = sources.acquire(file: file)
        }
      }
      return text
    }

    mutating func releaseSource() {
      if let acquired { sources.release(file: acquired) }
      acquired = nil
    }

    mutating func take(_ line: UnsafeBufferPointer<UInt8>, number: Int, prev: SHA256.Digest, firstEvent: Event?) -> Bool {
      // Only after the first decoded event: it names the source text, and its line is checked in full.
      guard let first = firstEvent else { return false }
      let quotes: SourceText?
      switch source(firstEvent: first) {
      case .success(let s)?: quotes = s.text
      case .failure?, nil: quotes = nil
      }
      guard let facts = check.check(line, number: number, prev: prev, source: quotes) else { return false }
      clean.append((number, facts))
      return true
    }
  }

  /// Seq follows the seq of the line before (1 on line 1), and each `prev` is the digest of the line before.
  ///
  /// Both are checked against the line's own predecessor, not against the line number: a deleted line is one
  /// seq gap and one broken chain where it was, not a diagnostic on every later line.
  static func checkChain(_ log: LogFile) -> [Diagnostic] {
    var out: [Diagnostic] = []
    for (k, e) in log.events.enumerated() {
      let line = log.lineNumbers[k]
      let loc = SourceLocation(file: log.path, line: line)
      // The line before was decoded: its seq + 1. Otherwise it was vouched for by the clean-line shortcut (which
      // takes a line only when its seq is its number) or could not be read: the line number.
      let expectedSeq = k > 0 && log.lineNumbers[k - 1] == line - 1 ? log.events[k - 1].seq + 1 : line
      if e.seq != expectedSeq { out.append(Diagnostic(loc, .seqOutOfOrder(expected: expectedSeq, found: e.seq))) }
      let expected = line == 1 ? SHA256.Digest.zero : log.lineDigests[line - 2]
      if e.prev != expected { out.append(Diagnostic(loc, .chainBroken(expected: expected, found: e.prev))) }
    }
    return out
  }

  static func checkRetraction(_ r: RetractionEntry, byID: IDTable) -> [Problem] {
    var problems: [Problem] = []
    guard let target = r.target else { return [] }
    if let t = byID[target] {
      if t.recorded > r.recorded { problems.append(.retractionTargetNotEarlier(target)) }
      if t.subject != r.subject { problems.append(.retractionSubjectMismatch(target: target, targetSubject: t.subject)) }
    } else {
      problems.append(.retractionTargetMissing(target))
    }
    if let rep = r.replacement, byID[rep] == nil { problems.append(.retractionReplacementMissing(rep)) }
    return problems
  }
}

/// A thread-safe counter for progress reports.
final class Counter: Sendable {
  private let value = Mutex(0)
  func increment() -> Int {
    value.withLock {
      $0 += 1
      return $0
    }
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
    SourceCache.sourceFile(of: log).map { text(file: $0) }
  }

  mutating func text(file: String) -> Result<(path: String, text: SourceText), Problem> {
    if let r = loaded[file] { return r }
    let r = SourceCache.load(file: file, directory: directory)
    loaded[file] = r
    return r
  }

  /// The `source_file` a log's first decoded event names, when that event is its briefing.
  static func sourceFile(of log: LogFile) -> String? {
    log.events.first.flatMap { sourceFile(of: $0) }
  }

  /// The `source_file` an event names, when it is a briefing.
  static func sourceFile(of first: Event) -> String? {
    guard first.type == .briefingPublished else { return nil }
    return first.data["source_file"]?.stringValue
  }

  /// Reads and indexes one source text; a path with `..` or a file that cannot be read is missing.
  static func load(file: String, directory: String) -> Result<(path: String, text: SourceText), Problem> {
    let path = EventStore.join(directory, file)
    if file.contains("..") { return .failure(.missingSourceText(path: path)) }
    guard let bytes = try? FileIO.readAll(path) else { return .failure(.missingSourceText(path: path)) }
    return .success((path, SourceText(bytes)))
  }
}

/// The source texts of the logs being verified, shared between the threads that check them.
///
/// A text that several logs name is read and indexed once while any of them is being checked, and dropped
/// when the last of those is done, so memory holds only the texts of the logs in flight.
final class SharedSourceTexts: Sendable {
  typealias Loaded = Result<(path: String, text: SourceText), Problem>

  /// One text: loaded once, under its own lock, by the first log that needs it.
  private final class Entry: Sendable {
    let value = Mutex<Loaded?>(nil)
  }

  private let directory: String
  /// The texts in use, with how many logs use each.
  private let entries = Mutex<[String: (entry: Entry, users: Int)]>([:])

  init(directory: String) { self.directory = directory }

  /// The text for `file`, loading it unless another log holds it already; pair with ``release(file:)``.
  func acquire(file: String) -> Loaded {
    let entry = entries.withLock { all -> Entry in
      let e = all[file] ?? (Entry(), 0)
      all[file] = (e.entry, e.users + 1)
      return e.entry
    }
    let directory = directory
    return entry.value.withLock { value -> Loaded in
      if let v = value { return v }
      let v = SourceCache.load(file: file, directory: directory)
      value = v
      return v
    }
  }

  /// Says one log is done with `file`; the last user drops it.
  func release(file: String) {
    entries.withLock { all in
      guard let e = all[file] else { return }
      all[file] = e.users <= 1 ? nil : (e.entry, e.users - 1)
    }
  }
}
