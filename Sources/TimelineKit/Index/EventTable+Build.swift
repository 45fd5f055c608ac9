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

  /// One log's scan: records with log-local subject indices, and the ids needed to resolve retractions.
  struct LogScan {
    var records: [EventRecord] = []
    /// The log's subject keys (record `subject` fields index these until the merge).
    var subjects = ByteInterner()
    /// A 64-bit hash of each record's id (ids themselves stay in the lines, read only to confirm a match).
    var idHashes: [UInt64] = []
    /// (record index, target id) for each retraction.
    var retractions: [(Int, [UInt8])] = []
    var failed = false
  }

  static func build(paths: [String]) throws(TimelineError) -> EventTable {
    let scans = UnsafeMutableBufferPointer<LogScan>.allocate(capacity: paths.count)
    scans.initialize(repeating: LogScan())
    defer { scans.deinitialize().deallocate() }
    nonisolated(unsafe) let slots = scans
    DispatchQueue.concurrentPerform(iterations: paths.count) { k in
      slots[k] = scanLog(path: paths[k], log: k)
    }
    // Any log the scanner could not take whole: let the full reader say exactly what is wrong.
    var problems: [Diagnostic] = []
    for (k, scan) in scans.enumerated() where scan.failed {
      do {
        let log = try LogReader.read(path: paths[k])
        problems += log.diagnostics
      } catch { throw error }
    }
    if !problems.isEmpty { throw .problems(problems) }

    // Merge the logs' subjects into one set, sort it (bytewise: keys are ASCII, so this is String order), and
    // map each log's indices to the sorted ones.
    var all = ByteInterner()
    var remaps: [[Int32]] = []
    remaps.reserveCapacity(scans.count)
    for scan in scans { remaps.append((0..<scan.subjects.count).map { all.intern(from: scan.subjects, $0) }) }
    let order = all.sortedOrder()
    var rank = [Int32](repeating: 0, count: order.count)
    for (r, k) in order.enumerated() { rank[Int(k)] = Int32(r) }
    let total = scans.reduce(0) { $0 + $1.records.count }
    var records: [EventRecord] = []
    records.reserveCapacity(total)
    var idHashes: [UInt64] = []
    idHashes.reserveCapacity(total)
    var retractions: [(Int, [UInt8])] = []
    for (k, scan) in scans.enumerated() {
      let remap = remaps[k].map { rank[Int($0)] }
      let base = records.count
      for var r in scan.records {
        r.subject = remap[Int(r.subject)]
        records.append(r)
      }
      idHashes += scan.idHashes
      for (k, target) in scan.retractions { retractions.append((base + k, target)) }
    }
    let logs = paths.map { LogEntry(path: $0, name: LogFile.name(ofPath: $0)) }
    // Retractions: find each target by its id's hash, then confirm on the line itself; the first event
    // with the id (in file order) is the one, as verify reports any later duplicate.
    if !retractions.isEmpty {
      let wanted = Set(retractions.map { idHash($0.1) })
      var candidates: [UInt64: [Int]] = [:]
      for (k, h) in idHashes.enumerated() where wanted.contains(h) { candidates[h, default: []].append(k) }
      let ids = try lineIDs(of: candidates.values.flatMap { $0 }, records: records, logs: logs)
      for (k, target) in retractions {
        for t in candidates[idHash(target)] ?? [] where ids[t] == target {
          records[t].retractedAt = min(records[t].retractedAt, records[k].recorded)
          break
        }
      }
    }
    return grouped(records: records, subjects: SubjectNames(sortedFrom: all, order: order), logs: logs)
  }

  /// The id bytes of some records, read from their lines with positioned reads (a few per retraction).
  static func lineIDs(of indices: [Int], records: [EventRecord], logs: [LogEntry]) throws(TimelineError) -> [Int: [UInt8]] {
    var out: [Int: [UInt8]] = [:]
    let byLog = Dictionary(grouping: indices, by: { Int(records[$0].log) })
    for (log, list) in byLog {
      let path = logs[log].path
      let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
      guard fd >= 0 else { throw TimelineError(.io(path: path, operation: "open", errno: errno)) }
      defer { close(fd) }
      for i in list {
        let r = records[i]
        // Without a noted position (a line the scanner did not take), the whole line is decoded.
        let (at, count) = r.idLength > 0 ? (r.offset + Int64(r.idStart), Int(r.idLength)) : (r.offset, Int(r.length))
        var bytes = [UInt8](repeating: 0, count: count)
        let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, count, off_t(at)) }
        guard n == count else { throw TimelineError(.io(path: path, operation: "read", errno: n < 0 ? errno : EIO)) }
        if r.idLength == 0 {
          guard case .success(let e) = bytes.withUnsafeBufferPointer({ EventCodec.decodeEvent($0) }) else { continue }
          bytes = Array(e.id.utf8)
        }
        out[i] = bytes
      }
    }
    return out
  }

  static func scanLog(path: String, log: Int) -> LogScan {
    var scan = LogScan()
    // Mapped rather than read: the scan touches each byte once, so a copy into memory of our own is waste.
    guard let bytes = try? FixedArray.contents(ofFile: path, populate: true) else {
      scan.failed = true
      return scan
    }
    scan.records.reserveCapacity(bytes.count / 300)
    scan.idHashes.reserveCapacity(bytes.count / 300)
    bytes.withUnsafeBytes { raw in
      let buf = raw.assumingMemoryBound(to: UInt8.self)
      guard let base = buf.baseAddress else { return }
      var start = 0
      while start < buf.count {
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
          subject = scan.subjects.intern(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: line[s.subject])))
          (effective, until, recorded, seq) = (s.effective, s.until, s.recorded, s.seq)
          idHashValue = idHash(UnsafeBufferPointer(rebasing: line[s.id]))
          target = s.target.map { Array(line[$0]) }
        } else if case .success(let e) = EventCodec.decodeEvent(line) {
          type = e.type
          subject = Array(e.subject.raw.utf8).withUnsafeBytes { scan.subjects.intern($0) }
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
