#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// Every system call the engine makes on files lives here (with StorageOwner's mmap and Parallel's threads), each
// failure turned into a TimelineError.io, and its one call on the heap (glibc's malloc_trim, see Heap). The engine
// is built and tested on Linux (Glibc); the Darwin imports are kept so a port starts here, but nothing is tested on
// macOS (stat's time fields, MAP_POPULATE, malloc_trim and the fuzz targets are Linux's).

/// The text of a system error number.
func systemErrorText(_ code: Int32) -> String { String(cString: strerror(code)) }

enum FileIO {
  /// Opens an input that must be a regular file. `O_NONBLOCK` keeps the open itself from waiting on a FIFO with no
  /// writer; `fstat` then refuses anything but a regular file (a FIFO, a device such as `/dev/zero` behind a link,
  /// a directory named like a log), whose reads could hang or never end.
  /// - Throws: ``TimelineError`` `.io` when it cannot be opened, `.notARegularFile` when it is not one.
  static func openRegularFile(_ path: String, flags: Int32 = O_RDONLY, mode: mode_t = 0) throws(TimelineError) -> Int32 {
    let fd = open(path, flags | O_NONBLOCK | O_CLOEXEC, mode)
    guard fd >= 0 else { throw TimelineError(.io(path: path, operation: "open", errno: errno)) }
    var st = stat()
    guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
      close(fd)
      throw TimelineError(.notARegularFile(path))
    }
    // Back to ordinary blocking reads and writes (which regular files ignore the flag for anyway).
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    return fd
  }

  /// Reads a whole regular file.
  static func readAll(_ path: String) throws(TimelineError) -> [UInt8] {
    let fd = try openRegularFile(path)
    defer { close(fd) }
    return try readAll(fd: fd, path: path)
  }

  /// Reads everything from an open descriptor, from its current position.
  static func readAll(fd: Int32, path: String) throws(TimelineError) -> [UInt8] {
    var out: [UInt8] = []
    let used = try readAll(fd: fd, path: path, into: &out)
    out.removeSubrange(used...)
    return out
  }

  /// Reads everything from an open descriptor into `buffer`, growing it only when the file does not fit, so
  /// that one buffer serves a run of files; returns how many bytes were read (the rest is left over).
  static func readAll(fd: Int32, path: String, into buffer: inout [UInt8]) throws(TimelineError) -> Int {
    var st = stat()
    var capacity = 1 << 16
    if fstat(fd, &st) == 0, st.st_size > 0 { capacity = Int(st.st_size) + 1 }
    if buffer.count < capacity { buffer = [UInt8](repeating: 0, count: capacity) }
    var used = 0
    while true {
      if used == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress! + used, $0.count - used) }
      if n < 0 {
        if errno == EINTR { continue }
        throw TimelineError(.io(path: path, operation: "read", errno: errno))
      }
      if n == 0 { break }
      used += n
    }
    return used
  }

  static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

  static func isDirectory(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
  }

  /// Whether the path itself (not a link to one) is a directory (`lstat`).
  static func isRealDirectory(_ path: String) -> Bool {
    var st = stat()
    return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR
  }

  /// The names in a directory, sorted by byte order.
  static func listDirectory(_ path: String) throws(TimelineError) -> [String] {
    guard let dir = opendir(path) else { throw TimelineError(.io(path: path, operation: "open directory", errno: errno)) }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafePointer(to: entry.pointee.d_name) {
        $0.withMemoryRebound(to: CChar.self, capacity: 256) { String(cString: $0) }
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
  }

  /// Writes all of `bytes` at the descriptor's position, retrying short writes and EINTR.
  static func writeAll(fd: Int32, _ bytes: [UInt8], path: String) throws(TimelineError) {
    // withUnsafeBytes rethrows as `any Error`: carry the typed error out by hand.
    var failure: TimelineError?
    bytes.withUnsafeBytes { raw in
      do throws(TimelineError) { try writeAll(fd: fd, raw, path: path) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Writes all of `raw` (memory the caller owns, such as a large array's storage) the same way.
  static func writeAll(fd: Int32, _ raw: UnsafeRawBufferPointer, path: String) throws(TimelineError) {
    var done = 0
    while done < raw.count {
      let n = write(fd, raw.baseAddress! + done, raw.count - done)
      if n < 0 {
        if errno == EINTR { continue }
        throw TimelineError(.io(path: path, operation: "write", errno: errno))
      }
      done += n
    }
  }

  static func fsyncOrThrow(fd: Int32, path: String) throws(TimelineError) {
    guard fsync(fd) == 0 else { throw TimelineError(.io(path: path, operation: "fsync", errno: errno)) }
  }

  /// Syncs a directory so that a newly created or renamed entry in it survives a crash.
  static func syncDirectory(_ path: String) {
    let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { return }
    _ = fsync(fd)
    close(fd)
  }

  /// The path with symbolic links and `.`/`..` resolved (the path itself when it cannot be resolved).
  static func canonicalPath(_ path: String) -> String {
    guard let p = realpath(path, nil) else { return path }
    defer { free(p) }
    return String(cString: p)
  }

  /// Writes a new file (or replaces one) atomically through an ``AtomicFileWriter``: a temporary file beside it,
  /// fsync, rename, directory fsync. On failure the temporary file is removed and the original is untouched.
  static func writeFileAtomically(_ path: String, _ bytes: [UInt8]) throws(TimelineError) {
    let writer = try AtomicFileWriter(path: path)
    try writer.write(bytes)
    try writer.commit()
  }

  /// What `lstat` says a path is: `nil` when nothing is there, else whether it is a regular file (a symbolic
  /// link, a directory, a FIFO or a device is not).
  static func isRegularFile(_ path: String) -> Bool? {
    var st = stat()
    guard lstat(path, &st) == 0 else { return nil }
    return (st.st_mode & S_IFMT) == S_IFREG
  }

  /// Creates a directory (mode 0755) and syncs its parent.
  /// - Throws: ``TimelineError`` `.io`.
  static func makeDirectory(_ path: String) throws(TimelineError) {
    guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw TimelineError(.io(path: path, operation: "create directory", errno: errno)) }
    syncDirectory(directoryOf(path))
  }

  /// Creates a directory and any missing parents (as `mkdir -p`).
  /// - Throws: ``TimelineError`` `.io`, naming the first path that could not be created (a file in the way, say).
  static func makeDirectories(_ path: String) throws(TimelineError) {
    var prefix = path.hasPrefix("/") ? "/" : ""
    for part in path.split(separator: "/") {
      prefix += (prefix.isEmpty || prefix.hasSuffix("/") ? "" : "/") + part
      if part == "." || part == ".." || isDirectory(prefix) { continue }
      try makeDirectory(prefix)
    }
  }

  /// Creates a new file that must not exist yet (`O_EXCL | O_NOFOLLOW`: neither a file nor a link is ever
  /// replaced or followed), writes `bytes`, syncs it and its directory. A failed write removes the file.
  /// - Throws: ``TimelineError`` `.io`.
  static func createExclusively(_ path: String, _ bytes: [UInt8]) throws(TimelineError) {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw TimelineError(.io(path: path, operation: "create", errno: errno)) }
    do throws(TimelineError) {
      try writeAll(fd: fd, bytes, path: path)
      try fsyncOrThrow(fd: fd, path: path)
    } catch {
      close(fd)
      unlink(path)
      throw error
    }
    close(fd)
    syncDirectory(directoryOf(path))
  }

  /// Writes all of `bytes` at `offset` (pwrite), retrying short writes and EINTR.
  /// - Throws: ``TimelineError`` `.io`.
  static func writeAll(fd: Int32, _ bytes: ArraySlice<UInt8>, at offset: Int, path: String) throws(TimelineError) {
    var done = 0
    while done < bytes.count {
      let n = bytes.withUnsafeBytes { raw in pwrite(fd, raw.baseAddress! + done, raw.count - done, off_t(offset + done)) }
      if n < 0 {
        if errno == EINTR { continue }
        throw TimelineError(.io(path: path, operation: "write", errno: errno))
      }
      done += n
    }
  }

  /// Writes `batch` (non-empty) at offset `committed` of an existing file, committing it with its first byte.
  ///
  /// The file is opened `O_NOFOLLOW` (a link is not written through). Everything but the batch's first byte goes first (beyond a one-byte hole that reads as NUL) and is synced;
  /// then the first byte (`{`) is written and synced. Until then every reader stops at the hole (``LogReader``),
  /// so a reader, a crash or a full disk sees the log before the batch or after it, never part of it; a failure
  /// cuts the log back to `committed`. An interrupted batch left beyond `committed` is cut off first.
  /// - Complexity: O(batch): the log's earlier bytes are neither copied nor rewritten.
  static func appendCommittingFirstByte(_ batch: [UInt8], to logPath: String, at committed: Int) throws(TimelineError) {
    let fd = try FileIO.openRegularFile(logPath, flags: O_WRONLY | O_NOFOLLOW)
    defer { close(fd) }
    func cut() -> Int32 { ftruncate(fd, off_t(committed)) }
    do throws(TimelineError) {
      guard cut() == 0 else { throw TimelineError(.io(path: logPath, operation: "truncate", errno: errno)) }
      try FileIO.writeAll(fd: fd, batch[1...], at: committed + 1, path: logPath)
      try FileIO.fsyncOrThrow(fd: fd, path: logPath)
      try FileIO.writeAll(fd: fd, batch[..<1], at: committed, path: logPath)
      try FileIO.fsyncOrThrow(fd: fd, path: logPath)
    } catch {
      _ = cut()
      _ = fsync(fd)
      throw error
    }
  }

  /// Removes a file (never a directory); whether nothing is left at the path.
  static func removeFile(_ path: String) -> Bool { unlink(path) == 0 || errno == ENOENT }

  static func directoryOf(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }
}

/// An open file holding an exclusive `flock` until it is closed.
final class LockedFile {
  let fd: Int32
  let path: String

  /// Opens (creating when asked) and locks a file, waiting for other holders.
  init(path: String, create: Bool, directory: Bool = false) throws(TimelineError) {
    let fd: Int32
    if directory {
      fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
      guard fd >= 0 else { throw TimelineError(.io(path: path, operation: "open", errno: errno)) }
    } else {
      fd = try FileIO.openRegularFile(path, flags: O_RDWR | (create ? O_CREAT : 0), mode: 0o644)
    }
    while flock(fd, LOCK_EX) != 0 {
      if errno == EINTR { continue }
      let e = errno
      close(fd)
      throw TimelineError(.io(path: path, operation: "lock", errno: e))
    }
    self.fd = fd
    self.path = path
  }

  /// The file's size now.
  func size() throws(TimelineError) -> Int {
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw TimelineError(.io(path: path, operation: "stat", errno: errno)) }
    return Int(st.st_size)
  }

  func readAll() throws(TimelineError) -> [UInt8] {
    guard lseek(fd, 0, SEEK_SET) == 0 else { throw TimelineError(.io(path: path, operation: "seek", errno: errno)) }
    return try FileIO.readAll(fd: fd, path: path)
  }

  /// Cuts the file to `size` bytes and syncs it.
  func truncate(to size: Int) throws(TimelineError) {
    guard ftruncate(fd, off_t(size)) == 0 else { throw TimelineError(.io(path: path, operation: "truncate", errno: errno)) }
    try FileIO.fsyncOrThrow(fd: fd, path: path)
  }

  deinit { close(fd) }
}

/// Writes a file in pieces and puts it in place atomically at the end (temporary file, fsync, rename), for
/// outputs too large to build in memory. Until ``commit()`` the destination is untouched; if the writer is
/// dropped without committing, the temporary file is removed.
///
/// The temporary file `.NAME.tmp-PID-RANDOM` is created with `O_EXCL | O_NOFOLLOW`: a file or symbolic link
/// planted under a guessed name is never followed or overwritten. Errors name the destination, not the
/// temporary file.
final class AtomicFileWriter {
  let path: String
  let tmp: String
  /// Whether ``commit()`` syncs the file and its directory to disk (not for derived files that are checked on read).
  let durable: Bool
  private var fd: Int32
  private var committed = false

  init(path: String, durable: Bool = true) throws(TimelineError) {
    self.path = path
    self.durable = durable
    let dir = FileIO.directoryOf(path)
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let random = String(UInt64.random(in: 0...UInt64.max), radix: 36)
    tmp = (dir == "." && !path.hasPrefix("./") ? "" : dir + "/") + "." + name + ".tmp-\(getpid())-" + random
    fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
    guard fd >= 0 else { throw TimelineError(.io(path: path, operation: "open of the new copy", errno: errno)) }
  }

  /// Runs a write and names the destination in its error (the temporary copy is removed when the writer goes).
  private func naming(_ body: () throws(TimelineError) -> Void) throws(TimelineError) {
    do { try body() } catch {
      if case .io(_, let op, let e) = error.code { throw TimelineError(.io(path: path, operation: op + " of the new copy", errno: e)) }
      throw error
    }
  }

  func write(_ bytes: [UInt8]) throws(TimelineError) { try naming { () throws(TimelineError) in try FileIO.writeAll(fd: fd, bytes, path: tmp) } }

  /// Writes raw memory (large arrays, without copying them into a byte array first).
  func write(_ raw: UnsafeRawBufferPointer) throws(TimelineError) {
    try naming { () throws(TimelineError) in try FileIO.writeAll(fd: fd, raw, path: tmp) }
  }

  func commit() throws(TimelineError) {
    if durable { try naming { () throws(TimelineError) in try FileIO.fsyncOrThrow(fd: fd, path: tmp) } }
    close(fd)
    fd = -1
    guard rename(tmp, path) == 0 else { throw TimelineError(.io(path: path, operation: "rename", errno: errno)) }
    committed = true
    if durable { FileIO.syncDirectory(FileIO.directoryOf(path)) }
  }

  deinit {
    if fd >= 0 { close(fd) }
    if !committed { unlink(tmp) }
  }
}

/// A file opened read-only for positioned reads (the event lines the queries decode, the ids the scanner
/// confirms); closed when the value goes away.
final class ReadOnlyFile {
  let path: String
  private let fd: Int32

  /// Opens `path`.
  /// - Throws: ``TimelineError`` `.io` when it cannot be opened.
  init(path: String) throws(TimelineError) {
    let fd = try FileIO.openRegularFile(path)
    self.path = path
    self.fd = fd
  }

  deinit { close(fd) }

  /// Reads exactly `count` bytes at `offset` into `buffer` (which must hold that many).
  /// - Throws: ``TimelineError`` `.io` on a failed or short read (the file changed under the caller).
  func read(into buffer: UnsafeMutableRawPointer, count: Int, at offset: Int64) throws(TimelineError) {
    let n = pread(fd, buffer, count, off_t(offset))
    guard n == count else { throw TimelineError(.io(path: path, operation: "read", errno: n < 0 ? errno : EIO)) }
  }

  /// Reads the whole file into `buffer` (grown as needed) and returns how many bytes it holds.
  func readAll(into buffer: inout [UInt8]) throws(TimelineError) -> Int {
    try FileIO.readAll(fd: fd, path: path, into: &buffer)
  }
}

extension FileIO {
  /// What `stat` says of a file: its size, inode and modification and change times (nanoseconds), or `nil`.
  static func status(_ path: String) -> (size: Int64, inode: UInt64, mtimeNanos: Int64, ctimeNanos: Int64)? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return (
      Int64(st.st_size), UInt64(st.st_ino), Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
      Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec)
    )
  }

  /// The number of cores online (at least 1).
  static var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}

extension FileIO {
  /// The size of a file, following links.
  /// - Throws: ``TimelineError`` `.io` when it cannot be read (`stat`).
  static func size(_ path: String) throws(TimelineError) -> Int64 {
    var st = stat()
    guard stat(path, &st) == 0 else { throw TimelineError(.io(path: path, operation: "stat", errno: errno)) }
    return Int64(st.st_size)
  }
}

/// The process's heap.
enum Heap {
  /// Gives memory the process has freed back to the system. glibc keeps freed blocks for reuse, so a scan
  /// that frees half a gigabyte of per-log arrays (10M events) before filling the table would otherwise hold
  /// both; `malloc_trim` returns the free pages of every arena. Elsewhere a no-op.
  static func returnFreedMemory() {
    #if canImport(Glibc)
      if let trim = mallocTrim { _ = trim(0) }
    #endif
  }

  #if canImport(Glibc)
    /// glibc's `int malloc_trim(size_t pad)`, looked up once (Swift's Glibc module does not import malloc.h).
    /// Casting the symbol to this C function type is safe: it is glibc's exported function of exactly this
    /// signature, and `nil` (another C library) leaves trimming out.
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
      guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
      return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
    }()
  #endif
}
