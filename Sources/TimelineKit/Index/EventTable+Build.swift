#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Dispatch

extension EventTable {
  /// Scans every log of a directory into a table, on all cores, without decoding whole events.
  ///
  /// A line the scanner does not recognise is decoded exactly (``EventCodec``); if any line cannot be read
  /// at all, or a log has a torn tail, this throws the same diagnostics as the full reader.
  /// - Throws: ``TimelineError``.
  /// - Complexity: O(total bytes).
  public static func build(directory: String) throws(TimelineError) -> EventTable {
    let paths = try EventStore.logPaths(in: directory)
    return try build(paths: paths)
  }

  /// One log's scan: records with subject indices local to the worker that scanned it, and the ids needed to
  /// resolve retractions.
  struct LogScan {
    var records: [EventRecord] = []
    /// A 64-bit hash of each record's id (ids themselves stay in the lines, read only to confirm a match).
    var idHashes: [UInt64] = []
    /// (record index, target id) for each retraction.
    var retractions: [(Int, [UInt8])] = []
    var failed = false
  }

  static func build(paths: [String], progress: (@Sendable (Int, Int) -> Void)? = nil) throws(TimelineError) -> EventTable {
    let done = Counter()
    // One worker per core, each taking every `workers`-th log and reading it into one reused buffer of its own:
    // cheaper than mapping each log (no page tables to build and tear down per log), and a log truncated
    // while it is scanned cannot fault the process. Each worker keeps one set of subject keys for all its logs
    // (a subject recurs in many logs: one set per log held 9M keys, about 500 MB, at 10M events).
    let workers = max(1, min(paths.count, FileIO.coreCount))
    var perWorker = Parallel.map(workers) { w in
      var buffer: [UInt8] = []
      var subjects = ByteInterner()
      let list = stride(from: w, to: paths.count, by: workers).map { k in
        let scan = scanLog(path: paths[k], log: k, buffer: &buffer, subjects: &subjects)
        progress?(done.increment(), paths.count)
        return (k, scan)
      }
      return (list, subjects)
    }
    var scans = [LogScan](repeating: LogScan(), count: paths.count)
    for (list, _) in perWorker { for (k, scan) in list { scans[k] = scan } }
    let workerSubjects = perWorker.map(\.1)
    perWorker = []  // the scans alone hold the records from here
    // Any log the scanner could not take whole: let the full reader say exactly what is wrong.
    var problems: [Diagnostic] = []
    for (k, scan) in scans.enumerated() where scan.failed {
      do {
        let log = try LogReader.read(path: paths[k])
        problems += log.diagnostics
      } catch { throw error }
    }
    if !problems.isEmpty { throw .problems(problems) }

    // Merge the workers' subjects into one set, sort it (bytewise: keys are ASCII, so this is String order), and
    // map each worker's indices to the sorted ones.
    var all = ByteInterner()
    var remaps = workerSubjects.map { set in (0..<set.count).map { all.intern(from: set, $0) } }
    let order = all.sortedOrder()
    var rank = [Int32](repeating: 0, count: order.count)
    for (r, k) in order.enumerated() { rank[Int(k)] = Int32(r) }
    let logs = paths.map { LogEntry(path: $0, name: LogFile.name(ofPath: $0)) }
    // Retractions, resolved on the logs' own records before they are grouped: find each target by its id's
    // hash, then confirm on the line itself; the first event with the id (in log order, then file order) is
    // the one, as verify reports any later duplicate. A record is named (log, index in that log's scan).
    let retractions = scans.indices.flatMap { k in scans[k].retractions.map { (k, $0.0, $0.1) } }
    if !retractions.isEmpty {
      let wanted = Set(retractions.map { idHash($0.2) })
      var candidates: [UInt64: [RecordPlace]] = [:]
      for k in scans.indices {
        for (i, h) in scans[k].idHashes.enumerated() where wanted.contains(h) {
          candidates[h, default: []].append(RecordPlace(log: k, index: i))
        }
      }
      let ids = try lineIDs(of: candidates.values.flatMap { $0.map { ($0, scans[$0.log].records[$0.index]) } }, logs: logs)
      for (k, i, target) in retractions {
        let recorded = scans[k].records[i].recorded
        for t in candidates[idHash(target)] ?? [] where ids[t] == target {
          scans[t.log].records[t.index].retractedAt = min(scans[t.log].records[t.index].retractedAt, recorded)
          break
        }
      }
    }
    // Each log's subject indices (its worker's) mapped to their rank in the sorted set, for the grouping.
    let workerRanks = remaps.map { remap in remap.map { rank[Int($0)] } }
    let ranks = paths.indices.map { workerRanks[$0 % workers] }
    // The records move out of the scans, which are dropped (ids' hashes, subject sets) before the grouping.
    var chunks = scans.map(\.records)
    scans = []
    remaps = []
    Heap.returnFreedMemory()
    return grouped(chunks: &chunks, remaps: ranks, subjects: SubjectNames(sortedFrom: all, order: order), logs: logs)
  }

  /// Where a record sits before grouping: its log's scan and its index there.
  struct RecordPlace: Hashable {
    var log: Int
    var index: Int
  }

  /// The id bytes of some records, read from their lines with positioned reads (a few per retraction).
  static func lineIDs(of wanted: [(RecordPlace, EventRecord)], logs: [LogEntry]) throws(TimelineError) -> [RecordPlace: [UInt8]] {
    var out: [RecordPlace: [UInt8]] = [:]
    let byLog = Dictionary(grouping: wanted, by: { Int($0.1.log) })
    for (log, list) in byLog {
      let file = try ReadOnlyFile(path: logs[log].path)
      for (place, r) in list {
        // Without a noted position (a line the scanner did not take), the whole line is decoded.
        let (at, count) = r.idLength > 0 ? (r.offset + Int64(r.idStart), Int(r.idLength)) : (r.offset, Int(r.length))
        var bytes = [UInt8](repeating: 0, count: count)
        let read = bytes.withUnsafeMutableBytes { raw in
          Result { () throws(TimelineError) in try file.read(into: raw.baseAddress!, count: count, at: at) }
        }
        try read.get()
        if r.idLength == 0 {
          guard case .success(let e) = bytes.withUnsafeBufferPointer({ EventCodec.decodeEvent($0) }) else { continue }
          bytes = Array(e.id.utf8)
        }
        out[place] = bytes
      }
    }
    return out
  }

  static func scanLog(path: String, log: Int, buffer: inout [UInt8], subjects: inout ByteInterner) -> LogScan {
    var scan = LogScan()
    guard let file = try? ReadOnlyFile(path: path), let count = try? file.readAll(into: &buffer) else {
      scan.failed = true
      return scan
    }
    scan.records.reserveCapacity(count / 300)
    scan.idHashes.reserveCapacity(count / 300)
    buffer.withUnsafeBufferPointer { whole in
      let buf = UnsafeBufferPointer(rebasing: whole[..<count])
      guard let base = buf.baseAddress else { return }
      var start = 0
      while start < buf.count {
        if buf[start] == 0 { break }  // an uncommitted append: the log ends before it (LogReader)
        guard let nl = memchr(base + start, 0x0A, buf.count - start) else {
          scan.failed = true  // torn tail
          return
        }
        let end = base.distance(to: nl.assumingMemoryBound(to: UInt8.self))
        let line = UnsafeBufferPointer(rebasing: buf[start..<end])
        let type: EventType
        let subject: Int32
        let effective: Int64
        let until: Int64
        let recorded: Int64
        let seq: Int32
        let idHashValue: UInt64
        var target: [UInt8]?
        var idRange = 0..<0
        if let s = LineScanner.scan(line), line[s.subject].allSatisfy({ $0 < 0x80 }) {
          if s.id.count <= Int(UInt8.max), s.id.lowerBound <= Int(UInt16.max) { idRange = s.id }
          type = s.type
          subject = subjects.intern(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: line[s.subject])))
          (effective, until, recorded, seq) = (s.effective, s.until, s.recorded, s.seq)
          idHashValue = idHash(UnsafeBufferPointer(rebasing: line[s.id]))
          target = s.target.map { Array(line[$0]) }
        } else if case .success(let e) = EventCodec.decodeEvent(line) {
          type = e.type
          subject = Array(e.subject.raw.utf8).withUnsafeBytes { subjects.intern($0) }
          (effective, until, recorded, seq) = (
            e.effective.epochSeconds, e.until?.epochSeconds ?? Int64.max, e.recorded.epochSeconds, Int32(clamping: e.seq)
          )
          idHashValue = idHash(Array(e.id.utf8))
          target = e.data["target"]?.stringValue.map { Array($0.utf8) }
        } else {
          scan.failed = true
          return
        }
        if type == .eventRetracted, let target { scan.retractions.append((scan.records.count, target)) }
        scan.idHashes.append(idHashValue)
        scan.records.append(
          EventRecord(
            effective: effective, until: until, recorded: recorded, retractedAt: Int64.max, offset: Int64(start),
            length: Int32(end - start), seq: seq, subject: subject, log: Int16(log), type: type.code,
            idLength: UInt8(idRange.count), idStart: UInt16(idRange.lowerBound)))
        start = end + 1
      }
    }
    return scan
  }
}

/// FNV-1a of an id's bytes: only a filter; every match is confirmed on the line.
@inline(__always) func idHash(_ bytes: some Collection<UInt8>) -> UInt64 {
  var h: UInt64 = 0xcbf2_9ce4_8422_2325
  for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
  return h
}
