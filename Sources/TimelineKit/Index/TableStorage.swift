#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Fixed-size values in one contiguous block that outlives any copy of the collection: memory the table
/// allocated itself, or a region of the memory-mapped cache file.
///
/// This is what lets a warm query use the cache in place (no copy, no per-element work) while a freshly
/// scanned table keeps the same type.
///
/// `@unchecked Sendable` is safe: the block is written only while its initialiser runs, then only read, and
/// ``StorageOwner`` keeps it alive (and unmapped or freed only in its deinit, when no copy can read it).
public struct FixedArray<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
  /// Keeps the memory alive: a ``StorageOwner``.
  private let owner: StorageOwner
  private let base: UnsafePointer<Element>
  public let count: Int

  public var startIndex: Int { 0 }
  public var endIndex: Int { count }
  @inline(__always) public subscript(i: Int) -> Element {
    precondition(i >= 0 && i < count, "FixedArray index out of range")
    return base[i]
  }

  /// Copies `elements` into memory of its own.
  init(_ elements: [Element]) {
    let block = StorageOwner(allocating: Swift.max(1, elements.count) * MemoryLayout<Element>.stride)
    elements.withUnsafeBytes { src in
      if src.count > 0 { block.mutableBase!.copyMemory(from: src.baseAddress!, byteCount: src.count) }
    }
    self.init(owner: block, byteOffset: 0, count: elements.count)
  }

  /// `count` elements in memory of their own, which `initialize` must fill completely (every element
  /// initialized; they are bitwise-copyable, so that is just writing each one).
  init(count: Int, initializingWith initialize: (UnsafeMutableBufferPointer<Element>) -> Void) {
    let block = StorageOwner(allocating: Swift.max(1, count) * MemoryLayout<Element>.stride)
    initialize(UnsafeMutableBufferPointer(start: block.mutableBase!.bindMemory(to: Element.self, capacity: count), count: count))
    self.init(owner: block, byteOffset: 0, count: count)
  }

  /// A view of `count` elements at `byteOffset` into an owner's block (which must be aligned for `Element`).
  init(owner: StorageOwner, byteOffset: Int, count: Int) {
    precondition(byteOffset % MemoryLayout<Element>.alignment == 0 && byteOffset + count * MemoryLayout<Element>.stride <= owner.byteCount)
    self.owner = owner
    self.base = (owner.base + byteOffset).assumingMemoryBound(to: Element.self)
    self.count = count
  }

  /// The elements' bytes, for writing them out.
  func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
    try body(UnsafeRawBufferPointer(start: base, count: count * MemoryLayout<Element>.stride))
  }
}

extension FixedArray where Element == UInt8 {
  /// A file's bytes: mapped read-only when possible (nothing copied), else read into memory.
  /// `populate` as in ``StorageOwner/init(mapping:populate:)``. An empty file gives an empty array.
  static func contents(ofFile path: String, populate: Bool) throws(TimelineError) -> FixedArray<UInt8> {
    if let map = StorageOwner(mapping: path, populate: populate) { return FixedArray(owner: map, byteOffset: 0, count: map.byteCount) }
    return FixedArray(try FileIO.readAll(path))
  }
}

extension FixedArray: Equatable where Element: Equatable {
  public static func == (a: FixedArray, b: FixedArray) -> Bool { a.elementsEqual(b) }
}

/// Sorted subject keys stored as one UTF-8 blob and offsets into it, so that tens of thousands of keys need
/// neither one allocation each nor any work to load from the cache; a key becomes a `String` when read.
public struct SubjectNames: RandomAccessCollection, Sendable, Equatable {
  /// `offsets[i]..<offsets[i + 1]` is key `i` in `bytes`.
  let offsets: FixedArray<Int64>
  let bytes: FixedArray<UInt8>

  public var startIndex: Int { 0 }
  public var endIndex: Int { offsets.count - 1 }
  public subscript(i: Int) -> String {
    let lo = Int(offsets[i])
    let hi = Int(offsets[i + 1])
    return bytes.withUnsafeBytes { String(decoding: UnsafeRawBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }
  }

  /// Key `i`'s bytes, without making a `String`.
  @inline(__always) func withBytes<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
    let lo = Int(offsets[i])
    let hi = Int(offsets[i + 1])
    return bytes.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[lo..<hi])) }
  }

  init(offsets: FixedArray<Int64>, bytes: FixedArray<UInt8>) {
    self.offsets = offsets
    self.bytes = bytes
  }

  /// Keys in the order given (the caller sorts them).
  init(_ keys: [String]) {
    var offsets: [Int64] = [0]
    offsets.reserveCapacity(keys.count + 1)
    var blob: [UInt8] = []
    for k in keys {
      blob.append(contentsOf: k.utf8)
      offsets.append(Int64(blob.count))
    }
    self.init(offsets: FixedArray(offsets), bytes: FixedArray(blob))
  }

  public static func == (a: SubjectNames, b: SubjectNames) -> Bool { a.elementsEqual(b) }
}
