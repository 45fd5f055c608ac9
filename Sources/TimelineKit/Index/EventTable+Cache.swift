#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A derived cache of the event table next to the logs (`events/.timeline-cache`), so that a second query
/// does not scan the logs again.
///
/// Never the source of truth: the cache records each log's name, size, inode, modification and change
/// times (the change time cannot be set back by a user), and a checksum of its own body. If any log differs,
/// a log was added or removed, or the checksum fails, the cache is ignored and rebuilt from the logs; if it
/// cannot be written (a read-only directory), queries simply scan.
extension EventTable {
  /// The cache's file name inside an events directory.
  public static let cacheFileName = ".timeline-cache"
  static let magic: UInt64 = 0x5449_4D45_4C43_4831  // "TIMELCH1"

  /// What the cache knows about one log, to tell whether it is still the same file.
  struct LogStamp: Hashable {
    var name: String
    var size: Int64
    var inode: UInt64
    var mtimeNanos: Int64
    var ctimeNanos: Int64
  }

  static func stamp(_ path: String) -> LogStamp? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return LogStamp(
      name: LogFile.name(ofPath: path), size: Int64(st.st_size), inode: UInt64(st.st_ino),
      mtimeNanos: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
      ctimeNanos: Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec))
  }

  /// Opens the table of a directory: from a valid cache, or by scanning the logs (and then writing the cache).
  /// - Returns: the table, and whether it came from the cache.
  /// - Throws: ``TimelineError`` as ``build(directory:)``.
  public static func open(directory: String, useCache: Bool = true) throws(TimelineError) -> (table: EventTable, cached: Bool) {
    let paths = try EventStore.logPaths(in: directory)
    let stamps = paths.map(stamp)
    let cachePath = EventStore.join(directory, cacheFileName)
    if useCache, !stamps.contains(nil), let table = readCache(cachePath, paths: paths, stamps: stamps.map { $0! }) {
      return (table, true)
    }
    let table = try build(paths: paths)
    // Only cache what is still current: a log that changed during the scan makes the stamps stale.
    let after = paths.map(stamp)
    if useCache, after == stamps, !stamps.contains(nil) {
      try? FileIO.writeFileAtomically(cachePath, table.cacheBytes(stamps: stamps.map { $0! }))
    }
    return (table, false)
  }

  // MARK: - Format: magic, body length, checksum, then the body (little-endian, native layout of EventRecord)

  func cacheBytes(stamps: [LogStamp]) -> [UInt8] {
    var body = ByteWriter()
    body.int(Int64(stamps.count))
    for s in stamps {
      body.string(s.name)
      body.int(s.size)
      body.int(Int64(bitPattern: s.inode))
      body.int(s.mtimeNanos)
      body.int(s.ctimeNanos)
    }
    body.int(Int64(subjects.count))
    for s in subjects { body.string(s) }
    body.int(Int64(records.count))
    records.withUnsafeBytes { body.bytes.append(contentsOf: $0) }
    subjectStart.withUnsafeBytes { body.bytes.append(contentsOf: $0) }
    var out = ByteWriter()
    out.int(Int64(bitPattern: EventTable.magic))
    out.int(Int64(MemoryLayout<EventRecord>.stride))
    out.int(Int64(body.bytes.count))
    out.int(Int64(bitPattern: checksum(body.bytes)))
    return out.bytes + body.bytes
  }

  static func readCache(_ path: String, paths: [String], stamps: [LogStamp]) -> EventTable? {
    guard let bytes = try? FileIO.readAll(path), bytes.count >= 32 else { return nil }
    var r = ByteReader(bytes: bytes)
    guard r.int() == Int64(bitPattern: magic), r.int() == Int64(MemoryLayout<EventRecord>.stride),
      let length = r.int(), length == Int64(bytes.count - 32), let sum = r.int(),
      UInt64(bitPattern: sum) == checksum(bytes[32...])
    else { return nil }
    guard let n = r.int(), n == Int64(stamps.count) else { return nil }
    for s in stamps {
      guard r.string() == s.name, r.int() == s.size, r.int() == Int64(bitPattern: s.inode), r.int() == s.mtimeNanos,
        r.int() == s.ctimeNanos
      else { return nil }
    }
    guard let subjectCount = r.int(), subjectCount >= 0, subjectCount < Int64(bytes.count) else { return nil }
    var subjects: [String] = []
    subjects.reserveCapacity(Int(subjectCount))
    for _ in 0..<subjectCount {
      guard let s = r.string() else { return nil }
      subjects.append(s)
    }
    guard let recordCount = r.int(), recordCount >= 0,
      let records: [EventRecord] = r.array(count: Int(recordCount)),
      let start: [Int32] = r.array(count: Int(subjectCount) + 1), r.atEnd
    else { return nil }
    // Structural sanity, so a checksum collision can never index out of bounds.
    guard start.first == 0, start.last == Int32(records.count), zip(start, start.dropFirst()).allSatisfy({ $0 <= $1 }),
      records.allSatisfy({ Int($0.subject) < subjects.count && Int($0.log) < paths.count && Int($0.type) < EventType.allCases.count })
    else { return nil }
    let logs = paths.map { LogEntry(path: $0, name: LogFile.name(ofPath: $0)) }
    return EventTable(logs: logs, subjects: subjects, records: records, subjectStart: start)
  }
}

/// A fast 64-bit checksum of the cache body (FNV-1a over 8-byte words, then the tail bytes): it detects a
/// corrupt or truncated cache; it is not a defence against deliberate forgery, which cannot touch the logs.
func checksum(_ bytes: some Collection<UInt8>) -> UInt64 {
  var h: UInt64 = 0xcbf2_9ce4_8422_2325
  let prime: UInt64 = 0x100_0000_01b3
  let done = bytes.withContiguousStorageIfAvailable { buf -> Bool in
    let words = buf.count / 8
    let raw = UnsafeRawBufferPointer(buf)
    for w in 0..<words { h = (h ^ raw.loadUnaligned(fromByteOffset: w * 8, as: UInt64.self)) &* prime }
    for k in (words * 8)..<buf.count { h = (h ^ UInt64(buf[k])) &* prime }
    return true
  }
  if done == nil { for b in bytes { h = (h ^ UInt64(b)) &* prime } }
  return h
}

struct ByteWriter {
  var bytes: [UInt8] = []
  mutating func int(_ v: Int64) { withUnsafeBytes(of: v.littleEndian) { bytes.append(contentsOf: $0) } }
  mutating func string(_ s: String) {
    int(Int64(s.utf8.count))
    bytes.append(contentsOf: s.utf8)
  }
}

struct ByteReader {
  let bytes: [UInt8]
  var i = 0
  var atEnd: Bool { i == bytes.count }

  mutating func int() -> Int64? {
    guard i + 8 <= bytes.count else { return nil }
    let v = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: i, as: Int64.self) }
    i += 8
    return Int64(littleEndian: v)
  }

  mutating func string() -> String? {
    guard let n = int(), n >= 0, i + Int(n) <= bytes.count else { return nil }
    let s = String(validating: bytes[i..<(i + Int(n))], as: UTF8.self)
    i += Int(n)
    return s
  }

  mutating func array<T>(count: Int) -> [T]? {
    let size = count * MemoryLayout<T>.stride
    guard count >= 0, i + size <= bytes.count else { return nil }
    let out = [T](unsafeUninitializedCapacity: count) { buf, initialized in
      bytes.withUnsafeBytes { src in
        UnsafeMutableRawBufferPointer(buf).copyMemory(from: UnsafeRawBufferPointer(rebasing: src[i..<(i + size)]))
      }
      initialized = count
    }
    i += size
    return out
  }
}
