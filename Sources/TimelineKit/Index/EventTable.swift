#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Dispatch

/// Every event of a directory as compact records grouped by subject, for the fast query paths.
///
/// Built by scanning the logs' bytes (``build(directory:)``) or read back from the cache
/// (``EventTable+Cache.swift``); events are decoded from their lines only when a query returns them.
/// Its answers follow the same rule as the naive ``StateFold`` (and are tested against it).
///
/// ## Topics
/// - Building: ``build(directory:)``, ``init(events:logs:)``
/// - Queries: ``deciding(subject:at:knownAt:)``, ``state(at:knownAt:)``, ``history(of:knownAt:)``
/// - Events: ``event(_:)``
public struct EventTable: Sendable {
  /// A log the table was built from.
  public struct LogEntry: Sendable, Hashable {
    public var path: String
    public var name: String
  }

  public let logs: [LogEntry]
  /// Subject keys, sorted.
  public let subjects: SubjectNames
  /// All records, grouped by subject (in ``subjects`` order) and sorted by ``EventOrder`` within a subject.
  public let records: FixedArray<EventRecord>
  /// Where each subject's records start in ``records``; `subjectStart[subjects.count] == records.count`.
  public let subjectStart: FixedArray<Int32>
  /// Events that live in memory rather than in files (tables built from events, for tests).
  let inMemory: [Event]?
  /// For a table read from the cache: the checksums to check records against before they are used.
  let integrity: CacheIntegrity?

  init(
    logs: [LogEntry], subjects: SubjectNames, records: FixedArray<EventRecord>, subjectStart: FixedArray<Int32>,
    inMemory: [Event]? = nil, integrity: CacheIntegrity? = nil
  ) {
    self.logs = logs
    self.subjects = subjects
    self.records = records
    self.subjectStart = subjectStart
    self.inMemory = inMemory
    self.integrity = integrity
    checkInvariants()
  }

  /// The records of one subject, by subject index.
  @inline(__always) func range(of subject: Int) -> Range<Int> { Int(subjectStart[subject])..<Int(subjectStart[subject + 1]) }

  /// The index of a subject key, or `nil`.
  /// - Complexity: O(log n).
  public func subjectIndex(_ key: String) -> Int? {
    let lo = subjectIndexAtOrAfter(key)
    return lo < subjects.count && subjects[lo] == key ? lo : nil
  }

  /// The record that decides a subject at valid time `t` as known at `knownAt` (`nil`: everything known).
  /// - Complexity: O(log n) plus a walk back over records that do not apply.
  public func deciding(subject: Int, at t: Int64, knownAt: Int64?) -> Int? {
    let r = range(of: subject)
    return latestApplying(before: upperBound(in: r, effectiveAtOrBefore: t), from: r.lowerBound, at: t, knownAt: knownAt ?? Int64.max)
  }

  /// The end of the records in `r` (one subject's) effective at or before `t`: a binary search.
  @inline(__always) func upperBound(in r: Range<Int>, effectiveAtOrBefore t: Int64) -> Int {
    var lo = r.lowerBound
    var hi = r.upperBound
    while lo < hi {
      let mid = (lo + hi) / 2
      if records[mid].effective <= t { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }

  /// The last record in `first..<end` (one subject's, all effective at or before `t`) that decides at (t, k):
  /// one that can decide (not a briefing, retraction or restatement), in force at `t`, known and not retracted at `k`.
  @inline(__always) func latestApplying(before end: Int, from first: Int, at t: Int64, knownAt k: Int64) -> Int? {
    var i = end - 1
    while i >= first {
      let rec = records[i]
      if rec.decides && rec.applies(at: t, knownAt: k) {
        return i
      }
      i -= 1
    }
    return nil
  }

  /// The deciding record of every subject that has one at (t, knownAt), lifts and completed rounds included.
  public func state(at t: Int64, knownAt: Int64?) -> [Int] {
    var out: [Int] = []
    out.reserveCapacity(subjects.count / 4)
    for s in subjects.indices { if let i = deciding(subject: s, at: t, knownAt: knownAt) { out.append(i) } }
    return out
  }

  /// A subject's records known at `knownAt`, retractions included, in ``EventOrder``.
  public func history(of subject: Int, knownAt: Int64?) -> [Int] {
    let k = knownAt ?? Int64.max
    return range(of: subject).filter { records[$0].recorded <= k && records[$0].type != EventType.briefingPublished.code }
  }

  /// Decodes the events of records: each log's lines by positioned reads, logs spread over every core.
  ///
  /// Each line is checked against its record (seq, id, subject, type, log, effective, until, recorded).
  /// - Throws: ``TimelineError``: `.tableDisagrees` when a line is not the event its record describes (a forged
  ///   or stale cache, or a log changed under the table: discard the cache with ``discardCache(directory:)`` and
  ///   open the table again), `.io` when a log cannot be read.
  public func events(_ indices: [Int], progress: (@Sendable (Int, Int) -> Void)? = nil) throws(TimelineError) -> [Int: Event] {
    var out: [Int: Event] = [:]
    out.reserveCapacity(indices.count)
    if let inMemory {
      for i in indices { out[i] = inMemory[Int(records[i].offset)] }
      return out
    }
    let byLog = Array(Dictionary(grouping: indices, by: { Int(records[$0].log) }))
    let done = Counter()
    let results = Parallel.map(byLog.count) { k in
      defer { progress?(done.increment(), byLog.count) }
      return Result { () throws(TimelineError) in try decode(byLog[k].value, log: byLog[k].key) }
    }
    for r in results { for (i, e) in try r.get() { out[i] = e } }
    return out
  }

  /// Names the events of records without decoding them: id from the bytes its record points at (checked to be the
  /// `id` field of the line with the record's `seq`), everything else from the record. A record whose id position
  /// the scanner did not note is decoded instead.
  /// - Throws: as ``events(_:)``; `.tableDisagrees` when the bytes are not that line's id.
  /// - Complexity: one positioned read of each line's first bytes, logs spread over every core.
  public func refs(_ indices: [Int]) throws(TimelineError) -> [Int: EventRef] {
    var out: [Int: EventRef] = [:]
    out.reserveCapacity(indices.count)
    if let inMemory {
      for i in indices { out[i] = EventRef(inMemory[Int(records[i].offset)]) }
      return out
    }
    let unnoted = indices.filter { records[$0].idLength == 0 }
    for (i, e) in try events(unnoted) { out[i] = EventRef(e) }
    let byLog = Array(Dictionary(grouping: indices.filter { records[$0].idLength > 0 }, by: { Int(records[$0].log) }))
    let results = Parallel.map(byLog.count) { k in
      Result { () throws(TimelineError) in try ids(byLog[k].value, log: byLog[k].key) }
    }
    var escaped: [Int] = []
    for r in results {
      for (i, id) in try r.get() {
        guard let id else {
          escaped.append(i)
          continue
        }
        let rec = records[i]
        out[i] = EventRef(
          id: id, type: rec.eventType, source: logs[Int(rec.log)].name, effective: Timestamp(epochSeconds: rec.effective),
          recorded: Timestamp(epochSeconds: rec.recorded))
      }
    }
    for (i, e) in try events(escaped) { out[i] = EventRef(e) }
    return out
  }

  /// The ids of some records of one log, in file order (see ``readID(of:in:buffer:)``; `nil`: decode that line).
  private func ids(_ list: [Int], log: Int) throws(TimelineError) -> [(Int, String?)] {
    let file = try ReadOnlyFile(path: logs[log].path)
    var out: [(Int, String?)] = []
    out.reserveCapacity(list.count)
    var line = [UInt8](repeating: 0, count: 256)
    for i in list.sorted(by: { records[$0].offset < records[$1].offset }) {
      out.append((i, try EventTable.readID(of: records[i], in: file, buffer: &line)))
    }
    return out
  }

  /// The id of `rec` read from its line in `file` (whose record noted where the id is): the line from its start
  /// to the end of its id must be `{"seq":N,"id":"…"` with the record's N (the canonical key order), so that a
  /// forged or stale cache cannot name another event. `nil` for an id written with escapes (its bytes are not its
  /// text: decode the line instead).
  /// - Throws: `.tableDisagrees` when the bytes are not that line's id; `.io` on a failed read.
  static func readID(of rec: EventRecord, in file: ReadOnlyFile, buffer line: inout [UInt8]) throws(TimelineError) -> String? {
    let count = Int(rec.idStart) + Int(rec.idLength) + 1
    guard count <= Int(rec.length) else { throw TimelineError(.tableDisagrees(log: file.path, line: Int(rec.seq))) }
    if line.count < count { line = [UInt8](repeating: 0, count: count) }
    // The buffer holds at least `count` bytes (grown above) and is not resized while the pointer is used.
    let read = line.withUnsafeMutableBytes { b in
      Result { () throws(TimelineError) in try file.read(into: b.baseAddress!, count: count, at: rec.offset) }
    }
    try read.get()
    let prefix = Array("{\"seq\":\(rec.seq),\"id\":\"".utf8)
    let idStart = Int(rec.idStart)
    guard idStart == prefix.count, line[0..<idStart].elementsEqual(prefix), line[count - 1] == UInt8(ascii: "\"") else {
      throw TimelineError(.tableDisagrees(log: file.path, line: Int(rec.seq)))
    }
    let bytes = line[idStart..<(count - 1)]
    return bytes.contains(UInt8(ascii: "\\")) ? nil : String(decoding: bytes, as: UTF8.self)
  }

  /// Decodes some records of one log, in file order through one reused buffer; the reader's fast path first,
  /// the exact decoder for any line it declines.
  private func decode(_ list: [Int], log: Int) throws(TimelineError) -> [(Int, Event)] {
    let path = logs[log].path
    let file = try ReadOnlyFile(path: path)
    var out: [(Int, Event)] = []
    out.reserveCapacity(list.count)
    var intern = EventCodec.SourceIntern()
    let capacity = list.lazy.map { Int(records[$0].length) }.max() ?? 0
    let line = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(capacity, 1))
    defer { line.deallocate() }
    for i in list.sorted(by: { records[$0].offset < records[$1].offset }) {
      let rec = records[i]
      try file.read(into: line.baseAddress!, count: Int(rec.length), at: rec.offset)
      let bytes = UnsafeBufferPointer(rebasing: UnsafeBufferPointer(line)[..<Int(rec.length)])
      guard let e = EventCodec.decodeEventFast(bytes, intern: &intern) ?? (try? EventCodec.decodeEvent(bytes).get()) else {
        throw TimelineError.problems([Diagnostic(SourceLocation(file: path, line: Int(rec.seq)), .notCanonical)])
      }
      // The record decided which event answers; the line must be that event. A forged cache (checksums
      // re-sealed) or a log changed under the table would otherwise answer with another event's line.
      guard agrees(rec, e, line: bytes, log: log) else { throw TimelineError(.tableDisagrees(log: path, line: Int(rec.seq))) }
      out.append((i, e))
    }
    return out
  }

  /// Whether a decoded line is the event its record describes: seq, id, subject, type, log and both times.
  private func agrees(_ rec: EventRecord, _ e: Event, line: UnsafeBufferPointer<UInt8>, log: Int) -> Bool {
    guard rec.seq == Int32(clamping: e.seq), rec.effective == e.effective.epochSeconds, rec.until == (e.until?.epochSeconds ?? Int64.max),
      rec.recorded == e.recorded.epochSeconds, rec.type == e.type.code, Int(rec.log) == log, e.source == logs[log].name,
      Int(rec.subject) < subjects.count, subjects[Int(rec.subject)] == e.subject.raw
    else { return false }
    if rec.idLength > 0 {
      let id = Int(rec.idStart)..<(Int(rec.idStart) + Int(rec.idLength))
      guard id.upperBound <= line.count, line[id].elementsEqual(e.id.utf8) else { return false }
    }
    return true
  }

  /// Checks grouping and order (only with `-D TIMELINE_INTERNAL_CHECKS`).
  public func checkInvariants() {
    #if TIMELINE_INTERNAL_CHECKS
      precondition(subjectStart.count == subjects.count + 1 && subjectStart.last.map(Int.init) == records.count)
      for s in subjects.indices {
        let r = range(of: s)
        for i in r {
          precondition(records[i].subject == Int32(s))
          if i > r.lowerBound { precondition(!records[i].precedes(records[i - 1])) }
        }
      }
      for i in subjects.indices.dropFirst() { precondition(subjects[i - 1] < subjects[i]) }
    #endif
  }
}

extension EventTable {
  /// Builds a table from events already in memory (tests, and the reference for the scanner).
  public init(events: [Event], logRank: [String: Int]) {
    var subjectIndex: [String: Int32] = [:]
    for key in Set(events.map(\.subject.raw)).sorted() { subjectIndex[key] = Int32(subjectIndex.count) }
    var records: [EventRecord] = []
    var idIndex: [String: Int] = [:]
    for (k, e) in events.enumerated() {
      records.append(
        EventRecord(
          effective: e.effective.epochSeconds, until: e.until?.epochSeconds ?? Int64.max, recorded: e.recorded.epochSeconds,
          retractedAt: Int64.max, offset: Int64(k), length: 0, seq: Int32(e.seq), subject: subjectIndex[e.subject.raw]!,
          log: Int16(logRank[e.source] ?? 0), type: e.type.code))
      idIndex[e.id] = k
    }
    for e in events where e.type == .eventRetracted {
      if let t = e.data["target"]?.stringValue, let k = idIndex[t] {
        records[k].retractedAt = min(records[k].retractedAt, e.recorded.epochSeconds)
      }
    }
    let names = logRank.sorted { $0.value < $1.value }.map { LogEntry(path: $0.key, name: $0.key) }
    var chunks = [records]
    records = []
    self = EventTable.grouped(
      chunks: &chunks, subjects: SubjectNames(subjectIndex.sorted { $0.value < $1.value }.map(\.key)), logs: names, inMemory: events)
  }

  /// Groups records by subject straight into the table's storage (a counting sort, O(n)) and sorts each
  /// subject's group by ``EventOrder``. `chunks[k]`'s subject fields are indices into `remaps[k]`, which gives
  /// the index in `subjects` (no remap: they already are). Each chunk is emptied once copied, so that the records
  /// are held about once, not twice, while the table fills (10M events: 640 MB of records).
  static func grouped(
    chunks: inout [[EventRecord]], remaps: [[Int32]]? = nil, subjects: SubjectNames, logs: [LogEntry], inMemory: [Event]? = nil
  ) -> EventTable {
    @inline(__always) func subject(_ r: EventRecord, _ k: Int) -> Int { Int(remaps.map { $0[k][Int(r.subject)] } ?? r.subject) }
    var start = [Int32](repeating: 0, count: subjects.count + 1)
    for (k, chunk) in chunks.enumerated() { for r in chunk { start[subject(r, k) + 1] += 1 } }
    for s in subjects.indices { start[s + 1] += start[s] }
    var next = start
    let total = Int(start[subjects.count])
    let records = FixedArray<EventRecord>(count: total) { out in
      for k in chunks.indices {
        for var r in chunks[k] {
          let s = subject(r, k)
          r.subject = Int32(s)
          out.initializeElement(at: Int(next[s]), to: r)
          next[s] += 1
        }
        chunks[k] = []
        // Freed chunks go back to the system as the table fills, so that peak memory is one copy of the records.
        if k % 64 == 63 { Heap.returnFreedMemory() }
      }
      for s in subjects.indices {
        let lo = Int(start[s])
        let hi = Int(start[s + 1])
        if hi - lo > 1 { out[lo..<hi].sort { $0.precedes($1) } }
      }
    }
    return EventTable(logs: logs, subjects: subjects, records: records, subjectStart: FixedArray(start), inMemory: inMemory)
  }
}
