/// XXH64 (the xxHash 64-bit algorithm, https://github.com/Cyan4973/xxHash/blob/dev/doc/xxhash_spec.md):
/// the checksum of the derived cache's blocks.
///
/// Chosen because a warm query checks tens of megabytes of cache before trusting it: XXH64 runs at several
/// gigabytes a second where a byte-wise hash runs at one. It detects corruption and truncation; it is not a
/// defence against forgery, which the cache does not need (it is never the source of truth).
enum XXH64 {
  static let p1: UInt64 = 0x9E37_79B1_85EB_CA87
  static let p2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
  static let p3: UInt64 = 0x1656_67B1_9E37_79F9
  static let p4: UInt64 = 0x85EB_CA77_C2B2_AE63
  static let p5: UInt64 = 0x27D4_EB2F_1656_67C5

  @inline(__always) static func rotl(_ x: UInt64, _ r: UInt64) -> UInt64 { (x << r) | (x >> (64 - r)) }

  @inline(__always) static func round(_ acc: UInt64, _ input: UInt64) -> UInt64 {
    rotl(acc &+ input &* p2, 31) &* p1
  }

  @inline(__always) static func merge(_ acc: UInt64, _ val: UInt64) -> UInt64 {
    (acc ^ round(0, val)) &* p1 &+ p4
  }

  /// The hash of `bytes` with `seed`.
  static func hash(_ bytes: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
    let n = bytes.count
    guard let p = bytes.baseAddress else { return finish(seed &+ p5, length: 0, tail: UnsafeRawPointer(bitPattern: 1)!, count: 0) }
    var i = 0
    var h: UInt64
    if n >= 32 {
      var v1 = seed &+ p1 &+ p2
      var v2 = seed &+ p2
      var v3 = seed
      var v4 = seed &- p1
      while i + 32 <= n {
        v1 = round(v1, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i, as: UInt64.self)))
        v2 = round(v2, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)))
        v3 = round(v3, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)))
        v4 = round(v4, UInt64(littleEndian: p.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)))
        i += 32
      }
      h = rotl(v1, 1) &+ rotl(v2, 7) &+ rotl(v3, 12) &+ rotl(v4, 18)
      h = merge(h, v1)
      h = merge(h, v2)
      h = merge(h, v3)
      h = merge(h, v4)
    } else {
      h = seed &+ p5
    }
    return finish(h, length: n, tail: p + i, count: n - i)
  }

  @inline(__always) static func finish(_ h0: UInt64, length: Int, tail: UnsafeRawPointer, count: Int) -> UInt64 {
    var h = h0 &+ UInt64(length)
    var k = 0
    while k + 8 <= count {
      h ^= round(0, UInt64(littleEndian: tail.loadUnaligned(fromByteOffset: k, as: UInt64.self)))
      h = rotl(h, 27) &* p1 &+ p4
      k += 8
    }
    if k + 4 <= count {
      h ^= UInt64(UInt32(littleEndian: tail.loadUnaligned(fromByteOffset: k, as: UInt32.self))) &* p1
      h = rotl(h, 23) &* p2 &+ p3
      k += 4
    }
    while k < count {
      h ^= UInt64(tail.load(fromByteOffset: k, as: UInt8.self)) &* p5
      h = rotl(h, 11) &* p1
      k += 1
    }
    h ^= h >> 33
    h = h &* p2
    h ^= h >> 29
    h = h &* p3
    h ^= h >> 32
    return h
  }
}
