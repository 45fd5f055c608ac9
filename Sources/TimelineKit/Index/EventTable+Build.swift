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
    var subjects: [String] = []
    /// A 64-bit hash of each record's id (ids themselves stay in the lines, read only to confirm a match).
    var idHashes: [UInt64] = []
    /// (record index, target id) for each retraction.
    var retractions: [(Int, String)] = []
    var failed = false
  }

  static func build(paths: [String]) throws(TimelineError) -> EventTable {
    let scans = UnsafeMutableBufferPointer<LogScan>.allocate(capacity: paths.count)
    scans.initialize(repeating: LogScan())
    defer { scans.deallocate() }
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

    // Merge subjects into one sorted list and remap.
    var all = Set<String>()
    for scan in scans { all.formUnion(scan.subjects) }
    let subjects = all.sorted()
    var global: [String: Int32] = [:]
    global.reserveCapacity(subjects.count)
    for (i, s) in subjects.enumerated() { global[s] = Int32(i) }
    var records: [EventRecord] = []
    records.reserveCapacity(scans.reduce(0) { $0 + $1.records.count })
    var idHashes: [UInt64] = []
    idHashes.reserveCapacity(records.capacity)
    var retractions: [(Int, String)] = []
    for scan in scans {
      let remap = scan.subjects.map { global[$0]! }
      let base = records.count
      for var r in scan.records {
        r.subject = remap[Int(r.subject)]
        records.append(r)
      }
      idHashes += scan.idHashes
      for (k, target) in scan.retractions { retractions.append((base + k, target)) }
    }
    // Retractions: find each target by its id's hash, then confirm on the line itself; the first event
    // with the id (in file order) is the one, as verify reports any later duplicate.
    if !retractions.isEmpty {
      let wanted = Set(retractions.map { idHash($0.1.utf8) })
      var candidates: [UInt64: [Int]] = [:]
      for (k, h) in idHashes.enumerated() where wanted.contains(h) { candidates[h, default: []].append(k) }
      let table = EventTable(
        logs: paths.map { LogEntry(path: $0, name: LogFile.name(ofPath: $0)) }, subjects: subjects, records: records,
        subjectStart: [Int32](repeating: 0, count: subjects.count + 1), checked: false)
      // Positioned reads of just the candidate lines (a few per retraction), not whole logs.
      let decoded = (try? table.events(candidates.values.flatMap { $0 })) ?? [:]
      for (k, target) in retractions {
        for t in candidates[idHash(target.utf8)] ?? [] where decoded[t]?.id == target {
          records[t].retractedAt = min(records[t].retractedAt, records[k].recorded)
          break
        }
      }
    }
    let logs = paths.map { LogEntry(path: $0, name: LogFile.name(ofPath: $0)) }
    return grouped(records: records, subjects: subjects, logs: logs)
  }

  static func scanLog(path: String, log: Int) -> LogScan {
    var scan = LogScan()
    guard let bytes = try? FileIO.readAll(path) else {
      scan.failed = true
      return scan
    }
    var local: [String: Int32] = [:]
    bytes.withUnsafeBufferPointer { buf in
      var start = 0
      while start < buf.count {
        guard let end = LineSplitter.nextNewline(in: buf, from: start) else {
          scan.failed = true  // torn tail
          return
        }
        let line = UnsafeBufferPointer(rebasing: buf[start..<end])
        var fields: (EventType, String, Int64, Int64, Int64, Int32, String, String?)
        var idRange = 0..<0
        if let s = LineScanner.scan(line) {
          if s.id.count <= Int(UInt8.max), s.id.lowerBound <= Int(UInt16.max) { idRange = s.id }
          fields = (
            s.type, String(decoding: UnsafeBufferPointer(rebasing: line[s.subject]), as: UTF8.self), s.effective, s.until,
            s.recorded, s.seq, String(decoding: UnsafeBufferPointer(rebasing: line[s.id]), as: UTF8.self),
            s.target.map { String(decoding: UnsafeBufferPointer(rebasing: line[$0]), as: UTF8.self) }
          )
        } else if case .success(let e) = EventCodec.decodeEvent(line) {
          fields = (
            e.type, e.subject.raw, e.effective.epochSeconds, e.until?.epochSeconds ?? Int64.max, e.recorded.epochSeconds,
            Int32(clamping: e.seq), e.id, e.data["target"]?.stringValue
          )
        } else {
          scan.failed = true
          return
        }
        let subject: Int32
        if let known = local[fields.1] {
          subject = known
        } else {
          subject = Int32(scan.subjects.count)
          local[fields.1] = subject
          scan.subjects.append(fields.1)
        }
        if fields.0 == .eventRetracted, let target = fields.7 { scan.retractions.append((scan.records.count, target)) }
        scan.idHashes.append(idHash(fields.6.utf8))
        scan.records.append(
          EventRecord(
            effective: fields.2, until: fields.3, recorded: fields.4, retractedAt: Int64.max, offset: Int64(start),
            length: Int32(end - start), seq: fields.5, subject: subject, log: Int16(log), type: fields.0.code,
            idLength: UInt8(idRange.count), idStart: UInt16(idRange.lowerBound)))
        start = end + 1
      }
    }
    return scan
  }
}

/// FNV-1a of an id's bytes: only a filter; every match is confirmed on the line.
@inline(__always) func idHash(_ bytes: some Sequence<UInt8>) -> UInt64 {
  var h: UInt64 = 0xcbf2_9ce4_8422_2325
  for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
  return h
}
