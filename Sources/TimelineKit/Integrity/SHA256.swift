/// SHA-256 (FIPS 180-4), written here so the engine needs no crypto library.
///
/// The log chains each line to the SHA-256 of the line before it, so any edit, deletion or reordering of a
/// line is detected. Use ``hash(_:)`` for a whole buffer or ``update(_:)`` and ``finalize()`` to stream.
///
/// ## Topics
/// - One shot: ``hash(_:)``
/// - Streaming: ``init()``, ``update(_:)``, ``finalize()``
public struct SHA256: Sendable {
  private var state: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )
  private var pending: [UInt8] = []
  private var totalBytes: UInt64 = 0

  /// A fresh hash state.
  public init() { pending.reserveCapacity(64) }

  /// The SHA-256 of `bytes`.
  /// - Complexity: O(n).
  public static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Digest {
    // One shot, no heap: full blocks straight from the caller's bytes, the padded tail from the stack.
    var h = SHA256(noBuffer: ())
    let full = bytes.count / 64
    if full > 0 { h.compress(bytes.baseAddress!, blocks: full) }
    let rest = bytes.count - full * 64
    let bitLength = UInt64(bytes.count) &* 8
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
      if rest > 0 { tail.baseAddress!.initialize(from: bytes.baseAddress! + full * 64, count: rest) }
      tail[rest] = 0x80
      let tailBlocks = rest < 56 ? 1 : 2
      let end = tailBlocks * 64
      for k in (rest + 1)..<(end - 8) { tail[k] = 0 }
      for k in 0..<8 { tail[end - 8 + k] = UInt8(truncatingIfNeeded: bitLength >> (UInt64(7 - k) * 8)) }
      h.compress(UnsafePointer(tail.baseAddress!), blocks: tailBlocks)
      return h.digest
    }
  }

  private init(noBuffer: Void) {}

  /// The digest of the state as it is (after the final block).
  private var digest: Digest {
    var out = [UInt8](repeating: 0, count: 32)
    let words = [state.0, state.1, state.2, state.3, state.4, state.5, state.6, state.7]
    for (w, v) in words.enumerated() {
      out[w * 4] = UInt8(truncatingIfNeeded: v >> 24)
      out[w * 4 + 1] = UInt8(truncatingIfNeeded: v >> 16)
      out[w * 4 + 2] = UInt8(truncatingIfNeeded: v >> 8)
      out[w * 4 + 3] = UInt8(truncatingIfNeeded: v)
    }
    return Digest(bytes: out)
  }

  /// The SHA-256 of `bytes`.
  public static func hash<C: Collection>(_ bytes: C) -> Digest where C.Element == UInt8 {
    var h = SHA256()
    if let d = bytes.withContiguousStorageIfAvailable({ buf in
      h.update(buf)
      return h.finalize()
    }) {
      return d
    }
    let copy = Array(bytes)
    return copy.withUnsafeBufferPointer { hash($0) }
  }

  /// Feeds more bytes into the hash.
  public mutating func update(_ bytes: UnsafeBufferPointer<UInt8>) {
    totalBytes &+= UInt64(bytes.count)
    var i = 0
    if !pending.isEmpty {
      let take = min(64 - pending.count, bytes.count)
      pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[0..<take]))
      i = take
      if pending.count == 64 {
        pending.withUnsafeBufferPointer { compress($0.baseAddress!, blocks: 1) }
        pending.removeAll(keepingCapacity: true)
      }
    }
    let blocks = (bytes.count - i) / 64
    if blocks > 0 {
      compress(bytes.baseAddress! + i, blocks: blocks)
      i += blocks * 64
    }
    if i < bytes.count { pending.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[i...])) }
  }

  /// Finishes the hash (padding and length) and returns the digest.
  public mutating func finalize() -> Digest {
    let bitLength = totalBytes &* 8
    var tail = pending
    tail.append(0x80)
    while tail.count % 64 != 56 { tail.append(0) }
    for k in (0..<8).reversed() { tail.append(UInt8(truncatingIfNeeded: bitLength >> (UInt64(k) * 8))) }
    tail.withUnsafeBufferPointer { compress($0.baseAddress!, blocks: $0.count / 64) }
    pending.removeAll()
    return digest
  }

  private mutating func compress(_ p: UnsafePointer<UInt8>, blocks: Int) {
    var (h0, h1, h2, h3, h4, h5, h6, h7) = state
    SHA256.k.withUnsafeBufferPointer { kb in
      let k = kb.baseAddress!
      withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 16) { wb in
        let w = wb.baseAddress!
        for block in 0..<blocks {
          let base = p + block * 64
          var a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, h = h7
          for t in 0..<64 {
            let wt: UInt32
            if t < 16 {
              let q = base + t * 4
              wt = UInt32(q[0]) << 24 | UInt32(q[1]) << 16 | UInt32(q[2]) << 8 | UInt32(q[3])
            } else {
              let x = w[(t - 15) & 15]
              let y = w[(t - 2) & 15]
              let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x &>> 3)
              let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y &>> 10)
              wt = w[t & 15] &+ s0 &+ w[(t - 7) & 15] &+ s1
            }
            w[t & 15] = wt
            let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ ((e & f) ^ (~e & g)) &+ k[t] &+ wt
            let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) ^ (a & c) ^ (b & c))
            h = g
            g = f
            f = e
            e = d &+ t1
            d = c
            c = b
            b = a
            a = t1 &+ t2
          }
          h0 = h0 &+ a; h1 = h1 &+ b; h2 = h2 &+ c; h3 = h3 &+ d
          h4 = h4 &+ e; h5 = h5 &+ f; h6 = h6 &+ g; h7 = h7 &+ h
        }
      }
    }
    state = (h0, h1, h2, h3, h4, h5, h6, h7)
  }

  private static let k: [UInt32] = [
    0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
    0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
    0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
    0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
    0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
    0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
    0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
    0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
  ]
}

@inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }

extension SHA256 {
  /// A 32-byte SHA-256 digest; prints as 64 lowercase hex digits.
  public struct Digest: Sendable, Hashable, CustomStringConvertible {
    /// The 32 bytes of the digest.
    public let bytes: [UInt8]

    /// The digest of nothing before the first line of a log: 32 zero bytes ("000…0" in hex).
    public static let zero = Digest(bytes: [UInt8](repeating: 0, count: 32))

    init(bytes: [UInt8]) { self.bytes = bytes }

    /// Parses 64 lowercase hex digits; returns `nil` for anything else (uppercase is not canonical).
    public init?(hex: String) {
      let u = Array(hex.utf8)
      guard u.count == 64 else { return nil }
      var out = [UInt8](repeating: 0, count: 32)
      for k in 0..<32 {
        guard let hi = nibble(u[2 * k]), let lo = nibble(u[2 * k + 1]) else { return nil }
        out[k] = hi << 4 | lo
      }
      bytes = out
    }

    /// 64 lowercase hex digits.
    public var hex: String {
      let digits = Array("0123456789abcdef".utf8)
      var out = [UInt8]()
      out.reserveCapacity(64)
      for b in bytes {
        out.append(digits[Int(b >> 4)])
        out.append(digits[Int(b & 0xF)])
      }
      return String(decoding: out, as: UTF8.self)
    }

    public var description: String { hex }
  }
}

private func nibble(_ c: UInt8) -> UInt8? {
  switch c {
  case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
  case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
  default: nil
  }
}
