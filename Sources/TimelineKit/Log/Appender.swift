/// What an append did.
public struct AppendResult: Sendable, Hashable {
  /// An event sealed by this append.
  public struct Sealed: Sendable, Hashable {
    public var id: String
    public var seq: Int
  }
  /// A draft whose identical event was already sealed, so appending it again did nothing.
  public struct AlreadyPresent: Sendable, Hashable {
    public var id: String
    public var location: SourceLocation
  }

  public var appended: [Sealed]
  public var alreadyPresent: [AlreadyPresent]
  /// The log's last seq after the append.
  public var lastSeq: Int
  /// Whether this append created the log file.
  public var created: Bool
}

/// Seals drafts onto a log: the only way lines are added.
///
/// An append is all-or-nothing, also across a crash: every draft is checked (syntax, vocabulary, catalogue,
/// quote in the source, id unused in every log of the directory) before anything is written; then the sealed
/// batch is written at the log's end with its first byte held back, synced, and committed by writing that byte
/// and syncing again (``appendInPlace(_:to:at:)``). Until the commit every reader stops where the batch starts, so
/// a reader sees the log before the batch or after it, never part of it; a crash leaves the batch uncommitted
/// (reported by verify as a torn last line; the next append or `verify --repair` removes it) and a full disk
/// leaves the log as it was. A new log is written to a temporary file and renamed into place. All of this happens
/// under an exclusive `flock` on the log's directory (and the events directory), so concurrent appenders never
/// interleave or fork the chain.
///
/// - Complexity: O(size of the log) to read and check it (the chain and the ids), O(batch) to write: the log's
///   earlier bytes are never rewritten.
///
/// ## Topics
/// - ``append(drafts:draftsPath:toLog:directory:expectSeq:)``
public enum Appender {
  /// The most drafts one append takes (100,000); a larger batch is refused before anything is checked or written.
  public static let maximumBatchDrafts = 100_000

  /// Appends the drafts in `drafts` (JSON Lines) to the log at `logPath`.
  ///
  /// - Parameters:
  ///   - drafts: the draft lines' bytes.
  ///   - draftsPath: how to name the drafts in messages (a file path or `<stdin>`).
  ///   - logPath: the log; created if it does not exist.
  ///   - directory: the events directory whose catalogue, sources and other logs the drafts are checked against.
  ///   - expectSeq: when given, the log's last seq must be exactly this (0 for an empty or new log).
  ///   - maximumBatch: the most drafts accepted; ``maximumBatchDrafts`` unless a test lowers it.
  ///   - maximumEvents: the most events the log may hold after the append; ``LogFile/maximumEvents`` unless a test lowers it.
  /// - Throws: ``TimelineError``: `.problems` for invalid drafts, a batch or log over its limit, a sealed line over
  ///   ``LogFile/maximumLineBytes``, a torn or broken log, or a taken id; `.sequenceConflict`; `.io`.
  public static func append(
    drafts: [UInt8], draftsPath: String, toLog logPath: String, directory: String, expectSeq: Int? = nil,
    maximumBatch: Int = Appender.maximumBatchDrafts, maximumEvents: Int = LogFile.maximumEvents
  ) throws(TimelineError) -> AppendResult {
    guard logPath.hasSuffix(".jsonl") else { throw .problems([Diagnostic(SourceLocation(file: logPath), .logNameWithoutExtension)]) }
    let batch = try parseDrafts(drafts, path: draftsPath, maximumBatch: maximumBatch)
    let logName = LogFile.name(ofPath: logPath)
    let catalogue = try Catalogue.load(path: EventStore.join(directory, Catalogue.fileName))

    // Lock the events directory (ids are unique across its logs) and the log's own directory (the log is
    // replaced by rename there), in a fixed order so that two appenders never wait on each other crosswise.
    let logDirectory = FileIO.directoryOf(logPath)
    let lockPaths = Set([FileIO.isDirectory(directory) ? directory : logDirectory, logDirectory].map(FileIO.canonicalPath)).sorted()
    var locks: [LockedFile] = []
    for path in lockPaths { locks.append(try LockedFile(path: path, create: false, directory: true)) }
    defer { withExtendedLifetime(locks) {} }

    let existed = FileIO.exists(logPath)
    let bytes = existed ? try FileIO.readAll(logPath) : []
    let current = LogReader.parse(bytes, path: logPath, options: LogReader.Options(digests: true, maximumEvents: maximumEvents))
    if !current.diagnostics.isEmpty { throw .problems(current.diagnostics) }
    let chainProblems = Verifier.checkChain(current)
    if !chainProblems.isEmpty { throw .problems(chainProblems) }
    let lastSeq = current.events.last?.seq ?? 0
    if let expectSeq, expectSeq != lastSeq {
      throw TimelineError(.sequenceConflict(log: logPath, expected: expectSeq, actual: lastSeq))
    }

    // Every id already sealed anywhere in the directory (this log included).
    var sealed: [String: (Event, SourceLocation)] = [:]
    for (k, e) in current.events.enumerated() { sealed[e.id] = (e, SourceLocation(file: logPath, line: current.lineNumbers[k])) }
    // A directory with no logs yet has nothing to check against; any other failure to list it is an error.
    let others: [String]
    do { others = try EventStore.logPaths(in: directory) } catch { if case .noLogs = error.code { others = [] } else { throw error } }
    do {
      let otherLogs = EventStore.readInParallel(others.filter { !samePath($0, logPath) }, options: LogReader.Options())
      // An id in a log that cannot be read whole (mode 000, an undecodable line, a directory named like a log)
      // would go unseen: refuse rather than risk sealing a taken id.
      let unreadable = otherLogs.filter { !$0.diagnostics.isEmpty }
      if !unreadable.isEmpty {
        throw TimelineError.problems(
          unreadable.map { Diagnostic(SourceLocation(file: $0.path), .otherLogUnreadable(problems: $0.diagnostics.count)) })
      }
      for l in otherLogs {
        for (k, e) in l.events.enumerated() where sealed[e.id] == nil {
          sealed[e.id] = (e, SourceLocation(file: l.path, line: l.lineNumbers[k]))
        }
      }
    }

    var problems: [Diagnostic] = []
    var toSeal: [Draft] = []
    var present: [AppendResult.AlreadyPresent] = []
    var sources = SourceCache(directory: directory)
    var sourceFile = current.events.first.flatMap { $0.type == .briefingPublished ? $0.data["source_file"]?.stringValue : nil }
    for (line, draft) in batch {
      let loc = SourceLocation(file: draftsPath, line: line)
      if let (existing, where_) = sealed[draft.id] {
        if existing.draft.sealsSame(as: draft) {
          present.append(.init(id: draft.id, location: where_))
        } else {
          problems.append(Diagnostic(loc, .idTakenByDifferentEvent(draft.id, existing: where_)))
        }
        continue
      }
      let isFirst = current.events.isEmpty && toSeal.isEmpty
      var p = EventChecks.check(draft, logName: logName, isFirst: isFirst, catalogue: catalogue)
      if isFirst, draft.type == .briefingPublished { sourceFile = draft.data["source_file"]?.stringValue }
      if let sourceFile {
        switch sources.text(file: sourceFile) {
        case .success(let s): if !s.text.contains(quote: draft.quote) { p.append(.quoteNotInSource(sourceFile: s.path)) }
        case .failure(let missing): p.append(missing)
        }
      }
      problems += p.map { Diagnostic(loc, $0) }
      toSeal.append(draft)
    }
    if !problems.isEmpty { throw .problems(problems) }

    // Retractions in the batch must name an event that exists (sealed or earlier in this batch).
    var known = Set(sealed.keys)
    for (line, draft) in batch {
      if draft.type == .eventRetracted, let target = draft.data["target"]?.stringValue {
        if !known.contains(target) {
          problems.append(Diagnostic(SourceLocation(file: draftsPath, line: line), .retractionTargetMissing(target)))
        } else if let t = sealed[target]?.0, t.subject != draft.subject {
          problems.append(
            Diagnostic(SourceLocation(file: draftsPath, line: line), .retractionSubjectMismatch(target: target, targetSubject: t.subject.raw)))
        }
      }
      known.insert(draft.id)
    }
    if !problems.isEmpty { throw .problems(problems) }
    if lastSeq + toSeal.count > maximumEvents {
      throw .problems([Diagnostic(SourceLocation(file: logPath), .tooManyEvents(limit: maximumEvents))])
    }

    var out: [UInt8] = []
    var prev = current.lineDigests.last ?? .zero
    var seq = lastSeq
    var appended: [AppendResult.Sealed] = []
    for (k, draft) in toSeal.enumerated() {
      seq += 1
      let event = Event(sealing: draft, seq: seq, prev: prev)
      let start = out.count
      EventCodec.encode(event, into: &out)
      if out.count - start > LogFile.maximumLineBytes {
        // The reader refuses such a line, so sealing it would make the whole log unreadable.
        let line = batch.first { $0.draft.id == toSeal[k].id }?.line
        throw .problems([
          Diagnostic(SourceLocation(file: draftsPath, line: line), .lineTooLong(bytes: out.count - start, limit: LogFile.maximumLineBytes))
        ])
      }
      prev = out.withUnsafeBufferPointer { SHA256.hash(UnsafeBufferPointer(rebasing: $0[start...])) }
      out.append(0x0A)
      appended.append(.init(id: draft.id, seq: seq))
    }
    if !out.isEmpty {
      if existed {
        try appendInPlace(out, to: logPath, at: current.tornTail?.offset ?? bytes.count)
      } else {
        try FileIO.writeFileAtomically(logPath, out)
      }
    }
    return AppendResult(appended: appended, alreadyPresent: present, lastSeq: seq, created: !existed)
  }

  /// Writes a sealed batch at the end of an existing log, committing it with its first byte
  /// (``FileIO/appendCommittingFirstByte(_:to:at:)``).
  static func appendInPlace(_ batch: [UInt8], to logPath: String, at committed: Int) throws(TimelineError) {
    try FileIO.appendCommittingFirstByte(batch, to: logPath, at: committed)
  }

  /// Parses a batch of drafts; every bad line is reported, and a batch with a repeated id is refused.
  static func parseDrafts(
    _ bytes: [UInt8], path: String, maximumBatch: Int = Appender.maximumBatchDrafts
  ) throws(TimelineError) -> [(line: Int, draft: Draft)] {
    var out: [(Int, Draft)] = []
    var problems: [Diagnostic] = []
    var firstLine: [String: Int] = [:]
    bytes.withUnsafeBufferPointer { buf in
      var start = 0
      var lineNo = 0
      if buf.count >= 3, buf[0] == 0xEF, buf[1] == 0xBB, buf[2] == 0xBF { start = 3 }
      while start < buf.count {
        lineNo += 1
        let end = LineSplitter.nextNewline(in: buf, from: start) ?? buf.count
        var line = UnsafeBufferPointer(rebasing: buf[start..<end])
        if let last = line.last, last == 0x0D { line = UnsafeBufferPointer(rebasing: line.dropLast()) }
        start = end + 1
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
        if out.count >= maximumBatch {
          problems = [Diagnostic(SourceLocation(file: path, line: lineNo), .batchTooLarge(limit: maximumBatch))]
          return
        }
        switch EventCodec.decodeDraft(line) {
        case .success(let d):
          if let first = firstLine[d.id] {
            problems.append(Diagnostic(SourceLocation(file: path, line: lineNo), .idRepeatedInBatch(d.id, firstLine: first)))
          } else {
            firstLine[d.id] = lineNo
            out.append((lineNo, d))
          }
        case .failure(let f):
          for p in f.problems { problems.append(Diagnostic(SourceLocation(file: path, line: lineNo, column: f.column), p)) }
        }
      }
    }
    if !problems.isEmpty { throw .problems(problems) }
    return out
  }

  static func samePath(_ a: String, _ b: String) -> Bool {
    func norm(_ p: String) -> String { p.hasPrefix("./") ? String(p.dropFirst(2)) : p }
    return norm(a) == norm(b) || LogFile.name(ofPath: a) == LogFile.name(ofPath: b) && FileIO.directoryOf(norm(a)) == FileIO.directoryOf(norm(b))
  }
}
