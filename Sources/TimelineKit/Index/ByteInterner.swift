#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A set of byte strings, each given a dense index in the order first seen: the scanner's subject keys.
///
/// Keys live in one blob and the hash table holds indices, so interning a key already seen (the common case:
/// a million lines name fifty thousand subjects) allocates nothing and compares bytes, not `String`s.
struct ByteInterner {
  private(set) var blob: [UInt8] = []
  /// `offsets[i]..<offsets[i + 1]` is key `i` in `blob`.
  private(set) var offsets: [Int] = [0]
  private(set) var hashes: [UInt64] = []
  /// Open addressing, linear probing: key index + 1, or 0 for an empty slot.
  private var slots = [Int32](repeating: 0, count: 1024)

  var count: Int { hashes.count }

  /// Key `i`'s bytes.
  func withKey<R>(_ i: Int, _ body: (UnsafeRawBufferPointer) -> R) -> R {
    blob.withUnsafeBytes { body(UnsafeRawBufferPointer(rebasing: $0[offsets[i]..<offsets[i + 1]])) }
  }

  /// The index of `key`, adding it if new.
  mutating func intern(_ key: UnsafeRawBufferPointer) -> Int32 { intern(key, hash: ByteInterner.hash(key)) }

  /// Key `i` of another interner, here.
  mutating func intern(from other: ByteInterner, _ i: Int) -> Int32 {
    other.withKey(i) { intern($0, hash: other.hashes[i]) }
  }

  mutating func intern(_ key: UnsafeRawBufferPointer, hash: UInt64) -> Int32 {
    var mask = slots.count - 1
    var s = Int(truncatingIfNeeded: hash) & mask
    while true {
      let v = Int(slots[s])
      if v == 0 { break }
      let k = v - 1
      if hashes[k] == hash, offsets[k + 1] - offsets[k] == key.count,
        key.count == 0 || blob.withUnsafeBytes({ memcmp($0.baseAddress! + offsets[k], key.baseAddress!, key.count) }) == 0
      {
        return Int32(k)
      }
      s = (s + 1) & mask
    }
    let index = hashes.count
    blob.append(contentsOf: key)
    offsets.append(blob.count)
    hashes.append(hash)
    slots[s] = Int32(index + 1)
    if hashes.count * 2 > slots.count {
      slots = [Int32](repeating: 0, count: slots.count * 2)
      mask = slots.count - 1
      for (k, h) in hashes.enumerated() {
        var t = Int(truncatingIfNeeded: h) & mask
        while slots[t] != 0 { t = (t + 1) & mask }
        slots[t] = Int32(k + 1)
      }
    }
    return Int32(index)
  }

  /// Key indices in bytewise order.
  func sortedOrder() -> [Int32] {
    blob.withUnsafeBytes { b in
      var order = (0..<Int32(count)).map { $0 }
      order.sort { x, y in
        let (a0, a1) = (offsets[Int(x)], offsets[Int(x) + 1])
        let (b0, b1) = (offsets[Int(y)], offsets[Int(y) + 1])
        let n = min(a1 - a0, b1 - b0)
        let c = n == 0 ? 0 : memcmp(b.baseAddress! + a0, b.baseAddress! + b0, n)
        return c != 0 ? c < 0 : a1 - a0 < b1 - b0
      }
      return order
    }
  }

  /// A 64-bit hash of a short key, eight bytes at a time.
  @inline(__always) static func hash(_ key: UnsafeRawBufferPointer) -> UInt64 {
    var h: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(key.count)
    var i = 0
    while i + 8 <= key.count {
      h = (h ^ key.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
      h ^= h >> 31
      i += 8
    }
    var tail: UInt64 = 0
    var shift: UInt64 = 0
    while i < key.count {
      tail |= UInt64(key[i]) << shift
      shift += 8
      i += 1
    }
    h = (h ^ tail) &* 0x94D0_49BB_1331_11EB
    h ^= h >> 29
    return h
  }
}

extension SubjectNames {
  /// The keys of an interner in the given order.
  init(sortedFrom keys: ByteInterner, order: [Int32]) {
    var offsets: [Int64] = [0]
    offsets.reserveCapacity(order.count + 1)
    var blob: [UInt8] = []
    blob.reserveCapacity(keys.blob.count)
    for k in order {
      keys.withKey(Int(k)) { blob.append(contentsOf: $0) }
      offsets.append(Int64(blob.count))
    }
    self.init(offsets: FixedArray(offsets), bytes: FixedArray(blob))
  }
}
