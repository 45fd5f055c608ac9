#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A block of memory that one or more ``FixedArray``s view: allocated here, or a read-only map of a file.
///
/// `@unchecked Sendable` is safe: its fields are constants, and the memory they point at is written only by the
/// initialiser of the array that owns it, before the owner is shared.
final class StorageOwner: @unchecked Sendable {
  let base: UnsafeRawPointer
  let byteCount: Int
  let mutableBase: UnsafeMutableRawPointer?
  private let mapped: Bool

  init(allocating byteCount: Int) {
    let p = UnsafeMutableRawPointer.allocate(byteCount: max(1, byteCount), alignment: 64)
    self.base = UnsafeRawPointer(p)
    self.mutableBase = p
    self.byteCount = byteCount
    self.mapped = false
  }

  /// Maps a whole file read-only (pages shared with the page cache, so a warm start copies nothing);
  /// `populate` maps every page up front (for files read whole), otherwise pages load as they are touched.
  /// Returns `nil` when the file cannot be opened or mapped.
  init?(mapping path: String, populate: Bool = true) {
    guard let fd = try? FileIO.openRegularFile(path) else { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
    let size = Int(st.st_size)
    #if os(Linux)
      let flags = MAP_PRIVATE | (populate ? MAP_POPULATE : 0)
    #else
      let flags = MAP_PRIVATE
    #endif
    guard let p = mmap(nil, size, PROT_READ, flags, fd, 0), p != MAP_FAILED else { return nil }
    self.base = UnsafeRawPointer(p)
    self.mutableBase = nil
    self.byteCount = size
    self.mapped = true
  }

  deinit {
    if mapped {
      munmap(UnsafeMutableRawPointer(mutating: base), byteCount)
    } else {
      mutableBase?.deallocate()
    }
  }
}
