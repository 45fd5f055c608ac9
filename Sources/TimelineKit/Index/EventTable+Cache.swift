#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Dispatch

/// A derived cache of the event table next to the logs (`events/.timeline-cache`), so that a second query
/// does not scan the logs again.
///
/// Never the source of truth: the cache records each log's name, size, inode, modification and change
/// times (the change time cannot be set back by a user). If any log differs, a log was added or removed, or
/// a checksum fails, the cache is ignored and rebuilt from the logs; if it cannot be written (a read-only
/// directory), queries simply scan.
///
/// The file is used in place (memory-mapped): its records, subject offsets and key bytes are the table's
/// arrays. Every part is covered by an XXH64 checksum: the header's description of the file by one, the data
/// by one per megabyte block, and a block is checked before anything in it is used, so a query about one
/// subject checks a few blocks, not the whole file.
///
/// Checksums are not a seal (anyone who can write the file can recompute them), so every line a query decodes
/// is also checked against its record (``EventTable/events(_:)``): a record that points at another line is caught.
extension EventTable {
  /// The cache's file name inside an events directory.
  public static let cacheFileName = ".timeline-cache"
  static let magic: UInt64 = 0x5449_4D45_4C43_4832  // "TIMELCH2"
  static let cacheBlockSize = 1 << 20
  static let cacheHeaderSize = 64

  /// What the cache knows about one log, to tell whether it is still the same file.
  struct LogStamp: Hashable {
    var name: String
    var size: Int64
    var inode: UInt64
    var mtimeNanos: Int64
    var ctimeNanos: Int64
  }

  static func stamp(_ path: String) -> LogStamp? {
    guard let st = FileIO.status(path) else { return nil }
    return LogStamp(name: LogFile.name(ofPath: path), size: st.size, inode: st.inode, mtimeNanos: st.mtimeNanos, ctimeNanos: st.ctimeNanos)
  }

  /// How much of a cache to check when opening it.
  public enum CacheCheck: Sendable {
    /// Every block: for queries that read every subject's records.
    case everything
    /// The header, subject keys and offsets; the caller checks the records it reads with
    /// ``recordsIntact(_:)`` before using them.
    case directory
  }

  /// Opens the table of a directory: from a valid cache, or by scanning the logs (and then writing the cache).
  /// - Returns: the table, and whether it came from the cache.
  /// - Parameter progress: told `(logs scanned, logs)` while the logs are scanned (not when the cache serves).
  /// - Throws: ``TimelineError`` as ``build(directory:)``.
  public static func open(
    directory: String, useCache: Bool = true, check: CacheCheck = .everything, progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(TimelineError) -> (table: EventTable, cached: Bool) {
    let paths = try EventStore.logPaths(in: directory)
    let stamps = paths.map(stamp)
    let cachePath = EventStore.join(directory, cacheFileName)
    if useCache, !stamps.contains(nil), let table = readCache(cachePath, paths: paths, stamps: stamps.map { $0! }, check: check) {
      return (table, true)
    }
    let table = try build(paths: paths, progress: progress)
    // Only cache what is still current: a log that changed during the scan makes the stamps stale.
    let after = paths.map(stamp)
    if useCache, after == stamps, !stamps.contains(nil), table.coversWholeLogs(sizes: stamps.map { $0!.size }) {
      table.writeCache(cachePath, stamps: stamps.map { $0! })
    }
    return (table, false)
  }

  /// Whether the records reach the end of every log: false while a log ends in an uncommitted append (see
  /// ``Appender``), whose commit changes one byte and not the size, so a cache stamped then might outlive it.
  func coversWholeLogs(sizes: [Int64]) -> Bool {
    var end = [Int64](repeating: 0, count: logs.count)
    for r in records where Int(r.log) < end.count { end[Int(r.log)] = max(end[Int(r.log)], r.offset + Int64(r.length) + 1) }
    return end == sizes
  }

  /// Removes a directory's cache, so that the next ``open(directory:useCache:check:progress:)`` scans the logs.
  /// - Returns: whether no cache is left.
  @discardableResult
  public static func discardCache(directory: String) -> Bool {
    FileIO.removeFile(EventStore.join(directory, cacheFileName))
  }

  /// Opens the table to answer about one subject that a person typed: only the cache blocks holding that
  /// subject's records are checked (all of them when the text has to be matched against labels).
  /// - Parameters:
  ///   - scanning: told `(logs scanned, logs)` when the logs are scanned (no valid cache).
  ///   - searching: told `(logs read, logs)` when the text has to be matched against labels (each subject's latest
  ///     event decoded: seconds at ten million events).
  /// - Returns: the table and the subject's index.
  /// - Throws: as ``open(directory:useCache:check:progress:)`` and ``resolveSubject(_:catalogue:progress:)``.
  public static func open(
    directory: String, subject text: String, catalogue: Catalogue, useCache: Bool = true,
    scanning: (@Sendable (Int, Int) -> Void)? = nil, searching: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(TimelineError) -> (table: EventTable, subject: Int) {
    let (table, cached) = try open(directory: directory, useCache: useCache, check: .directory, progress: scanning)
    if !cached { return (table, try table.resolveSubject(text, catalogue: catalogue, progress: searching)) }
    if let s = table.subjectIndex(text), table.recordsIntact(table.range(of: s)) { return (table, s) }
    if table.recordsIntact(table.records.indices) { return (table, try table.resolveSubject(text, catalogue: catalogue, progress: searching)) }
    let rebuilt = try open(directory: directory, useCache: false, progress: scanning)
    let paths = rebuilt.table.logs.map(\.path)
    let stamps = paths.map(stamp)
    if !stamps.contains(nil), rebuilt.table.coversWholeLogs(sizes: stamps.map { $0!.size }) {
      rebuilt.table.writeCache(EventStore.join(directory, cacheFileName), stamps: stamps.map { $0! })
    }
    return (rebuilt.table, try rebuilt.table.resolveSubject(text, catalogue: catalogue, progress: searching))
  }

  /// Whether the records in `range` can be trusted: always for a scanned table; for one read from the cache,
  /// when the blocks holding them pass their checksums and each record points inside the table.
  public func recordsIntact(_ range: Range<Int>) -> Bool {
    guard let integrity, !range.isEmpty else { return true }
    let stride = MemoryLayout<EventRecord>.stride
    guard integrity.intact(section: 0, bytes: (range.lowerBound * stride)..<(range.upperBound * stride)) else { return false }
    for i in range {
      let r = records[i]
      guard Int(r.subject) < subjects.count, Int(r.log) < logs.count, Int(r.type) < eventTypesByCode.count else { return false }
    }
    return true
  }

  // MARK: - Format
  //
  // Header (64 bytes): magic, record stride, meta length, XXH64 of the meta, data offset, data length, block size, 0.
  // Meta (right after): log count, then per log its name, size, inode, mtime, ctime; subject count, record count,
  // key bytes; then for each of the four sections (records, subject starts, key offsets, key bytes) its byte
  // offset in the data, its length, its block count and one XXH64 per block. Data (at a page boundary): the four
  // arrays in native layout, each 64-byte aligned.

  /// Writes the cache beside the logs (temporary file and rename: a reader sees the old file or the new one).
  /// Not synced to disk: after a crash a torn cache fails its checksums and is rebuilt. Failure is ignored.
  func writeCache(_ path: String, stamps: [LogStamp]) {
    var meta = ByteWriter()
    meta.int(Int64(stamps.count))
    for s in stamps {
      meta.string(s.name)
      meta.int(s.size)
      meta.int(Int64(bitPattern: s.inode))
      meta.int(s.mtimeNanos)
      meta.int(s.ctimeNanos)
    }
    meta.int(Int64(subjects.count))
    meta.int(Int64(records.count))
    meta.int(Int64(subjects.bytes.count))
    // The arrays are immutable and kept alive by `self` for the whole call.
    let sections = [
      records.withUnsafeBytes { $0 }, subjectStart.withUnsafeBytes { $0 }, subjects.offsets.withUnsafeBytes { $0 },
      subjects.bytes.withUnsafeBytes { $0 },
    ]
    var dataLength = 0
    var at: [Int] = []
    for raw in sections {
      dataLength = (dataLength + 63) & ~63
      at.append(dataLength)
      dataLength += raw.count
    }
    // Blocks are independent: checksum them on every core.
    let size = EventTable.cacheBlockSize
    for (k, raw) in sections.enumerated() {
      let blocks = (raw.count + size - 1) / size
      let sums = Parallel.map(blocks) { b in
        XXH64.hash(UnsafeRawBufferPointer(rebasing: raw[(b * size)..<min(raw.count, (b + 1) * size)]))
      }
      meta.int(Int64(at[k]))
      meta.int(Int64(raw.count))
      meta.int(Int64(blocks))
      for s in sums { meta.int(Int64(bitPattern: s)) }
    }

    let dataOffset = (EventTable.cacheHeaderSize + meta.bytes.count + 4095) & ~4095
    var head = ByteWriter()
    head.int(Int64(bitPattern: EventTable.magic))
    head.int(Int64(MemoryLayout<EventRecord>.stride))
    head.int(Int64(meta.bytes.count))
    head.int(Int64(bitPattern: meta.bytes.withUnsafeBytes { XXH64.hash($0) }))
    head.int(Int64(dataOffset))
    head.int(Int64(dataLength))
    head.int(Int64(size))
    head.int(0)
    var front = head.bytes + meta.bytes
    front += [UInt8](repeating: 0, count: dataOffset - front.count)

    guard let writer = try? AtomicFileWriter(path: path, durable: false) else { return }
    do {
      try writer.write(front)
      var written = 0
      for (k, raw) in sections.enumerated() {
        if at[k] > written { try writer.write([UInt8](repeating: 0, count: at[k] - written)) }
        try writer.write(raw)
        written = at[k] + raw.count
      }
      try writer.commit()
    } catch {}
  }

  static func readCache(_ path: String, paths: [String], stamps: [LogStamp], check: CacheCheck) -> EventTable? {
    // Every page up front when every block is checked (fewer page faults); otherwise only the pages read, so that
    // `history` of one subject in a 660 MB cache (10M events) touches a few megabytes instead of all of it.
    guard let file = StorageOwner(mapping: path, populate: check == .everything), file.byteCount >= cacheHeaderSize else { return nil }
    let all = UnsafeRawBufferPointer(start: file.base, count: file.byteCount)
    var r = RawReader(bytes: all)
    guard r.int() == Int64(bitPattern: magic), r.int() == Int64(MemoryLayout<EventRecord>.stride),
      let metaLength = r.count(), let metaSum = r.int(), let dataOffset = r.count(), let dataLength = r.count(),
      r.int() == Int64(cacheBlockSize), r.int() == 0,
      cacheHeaderSize + metaLength <= dataOffset, dataOffset % 4096 == 0, dataOffset + dataLength == file.byteCount
    else { return nil }
    let metaBytes = UnsafeRawBufferPointer(rebasing: all[cacheHeaderSize..<(cacheHeaderSize + metaLength)])
    guard XXH64.hash(metaBytes) == UInt64(bitPattern: metaSum) else { return nil }
    var m = RawReader(bytes: metaBytes)
    guard m.int() == Int64(stamps.count) else { return nil }
    for s in stamps {
      guard m.string() == s.name, m.int() == s.size, m.int() == Int64(bitPattern: s.inode), m.int() == s.mtimeNanos,
        m.int() == s.ctimeNanos
      else { return nil }
    }
    guard let subjectCount = m.count(), let recordCount = m.count(), let keyBytes = m.count() else { return nil }
    let expected = [recordCount * MemoryLayout<EventRecord>.stride, (subjectCount + 1) * 4, (subjectCount + 1) * 8, keyBytes]
    var sections: [CacheIntegrity.Section] = []
    for length in expected {
      guard let at = m.count(), m.count() == length, let blocks = m.count(),
        blocks == (length + cacheBlockSize - 1) / cacheBlockSize, at % 64 == 0, length <= dataLength, at <= dataLength - length
      else { return nil }
      var sums: [UInt64] = []
      sums.reserveCapacity(blocks)
      for _ in 0..<blocks {
        guard let s = m.int() else { return nil }
        sums.append(UInt64(bitPattern: s))
      }
      sections.append(CacheIntegrity.Section(at: dataOffset + at, length: length, sums: sums))
    }
    guard m.atEnd else { return nil }
    let integrity = CacheIntegrity(file: file, sections: sections)
    // The directory parts are small and always checked; the records as the caller asked.
    for k in 1..<4 { guard integrity.intact(section: k, bytes: 0..<sections[k].length) else { return nil } }

    let records = FixedArray<EventRecord>(owner: file, byteOffset: sections[0].at, count: recordCount)
    let start = FixedArray<Int32>(owner: file, byteOffset: sections[1].at, count: subjectCount + 1)
    let keyOffsets = FixedArray<Int64>(owner: file, byteOffset: sections[2].at, count: subjectCount + 1)
    let keys = FixedArray<UInt8>(owner: file, byteOffset: sections[3].at, count: keyBytes)
    // Structural sanity of the directory, so a checksum collision can never index out of bounds.
    guard start[0] == 0, start[subjectCount] == Int32(clamping: recordCount), keyOffsets[0] == 0, keyOffsets[subjectCount] == Int64(keyBytes)
    else { return nil }
    for i in 0..<subjectCount {
      guard start[i] <= start[i + 1], keyOffsets[i] <= keyOffsets[i + 1] else { return nil }
    }
    let logs = paths.map { LogEntry(path: $0, name: LogFile.name(ofPath: $0)) }
    let table = EventTable(
      logs: logs, subjects: SubjectNames(offsets: keyOffsets, bytes: keys), records: records, subjectStart: start, integrity: integrity)
    if case .everything = check, !table.recordsIntact(0..<recordCount) { return nil }
    return table
  }
}

/// The block checksums of a cache file in use, to check the parts a query reads before it reads them.
struct CacheIntegrity: Sendable {
  /// One array of the cache: where it is in the file, its length, and the XXH64 of each of its blocks.
  struct Section: Sendable {
    var at: Int
    var length: Int
    var sums: [UInt64]
  }

  let file: StorageOwner
  let sections: [Section]

  /// Whether every block of section `k` overlapping `bytes` (offsets into the section) matches its checksum.
  func intact(section k: Int, bytes: Range<Int>) -> Bool {
    guard !bytes.isEmpty else { return true }
    let size = EventTable.cacheBlockSize
    let first = bytes.lowerBound / size
    let last = (bytes.upperBound - 1) / size
    let s = sections[k]
    @Sendable func blockIntact(_ b: Int) -> Bool {
      let lo = b * size
      let hi = min(s.length, lo + size)
      return XXH64.hash(UnsafeRawBufferPointer(start: file.base + s.at + lo, count: hi - lo)) == s.sums[b]
    }
    // Blocks are independent: large checks use every core.
    if last - first >= 8 {
      return Parallel.map(last - first + 1) { k in blockIntact(first + k) }.allSatisfy { $0 }
    }
    return (first...last).allSatisfy(blockIntact)
  }
}

struct ByteWriter {
  var bytes: [UInt8] = []
  mutating func int(_ v: Int64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
  mutating func string(_ s: String) {
    int(Int64(s.utf8.count))
    bytes.append(contentsOf: s.utf8)
  }
}

/// Reads what ``ByteWriter`` wrote, refusing anything that would run past the end.
struct RawReader {
  let bytes: UnsafeRawBufferPointer
  var i = 0
  var atEnd: Bool { i == bytes.count }

  mutating func int() -> Int64? {
    guard i + 8 <= bytes.count else { return nil }
    let v = bytes.loadUnaligned(fromByteOffset: i, as: Int64.self)
    i += 8
    return Int64(littleEndian: v)
  }

  /// A non-negative count or offset that fits comfortably in memory arithmetic.
  mutating func count() -> Int? {
    guard let v = int(), v >= 0, v < Int64(1) << 48 else { return nil }
    return Int(v)
  }

  mutating func string() -> String? {
    guard let n = count(), i + n <= bytes.count else { return nil }
    let s = String(validating: UnsafeRawBufferPointer(rebasing: bytes[i..<(i + n)]), as: UTF8.self)
    i += n
    return s
  }
}
