/// SHA-256 (FIPS 180-4), written here so the engine needs no crypto library.
///
/// The log chains each line to the SHA-256 of the line before it, so any edit, deletion or reordering of a
/// line is detected. Use ``hash(_:)`` for a whole buffer or ``update(_:)`` and ``finalize()`` to stream.
///
/// ## Topics
/// - One shot: ``hash(_:)``
/// - Streaming: ``init()``, ``update(_:)``, ``finalize()``
public struct SHA256: Sendable {
  private var state: State = SHA256.initialState
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
  private var digest: Digest { Digest(state: state) }

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
    SHA256.compress(&state, UnsafeRawPointer(p), blocks: blocks)
  }
}

extension SHA256 {
  /// A 32-byte SHA-256 digest; prints as 64 lowercase hex digits.
  ///
  /// Held as four 64-bit words rather than an array, so a log's million line digests cost no allocations
  /// and comparing two digests is four integer comparisons.
  public struct Digest: Sendable, Hashable, CustomStringConvertible {
    /// The digest's bytes, eight at a time, big-endian: `w0` holds bytes 0 to 7.
    let w0: UInt64
    let w1: UInt64
    let w2: UInt64
    let w3: UInt64

    /// The 32 bytes of the digest.
    public var bytes: [UInt8] {
      var out: [UInt8] = []
      out.reserveCapacity(32)
      for w in [w0, w1, w2, w3] {
        for k in 0..<8 { out.append(UInt8(truncatingIfNeeded: w >> UInt64(56 - 8 * k))) }
      }
      return out
    }

    /// The digest of nothing before the first line of a log: 32 zero bytes ("000…0" in hex).
    public static let zero = Digest(w0: 0, w1: 0, w2: 0, w3: 0)

    init(w0: UInt64, w1: UInt64, w2: UInt64, w3: UInt64) {
      self.w0 = w0
      self.w1 = w1
      self.w2 = w2
      self.w3 = w3
    }

    /// The digest of a final hash state: its eight words in order, big-endian.
    init(state s: State) {
      func pair(_ hi: UInt32, _ lo: UInt32) -> UInt64 { UInt64(hi) << 32 | UInt64(lo) }
      self.init(w0: pair(s.0, s.1), w1: pair(s.2, s.3), w2: pair(s.4, s.5), w3: pair(s.6, s.7))
    }

    /// A digest from exactly 32 bytes.
    init(bytes: [UInt8]) {
      precondition(bytes.count == 32, "a SHA-256 digest has 32 bytes")
      func word(_ i: Int) -> UInt64 { (0..<8).reduce(0) { $0 << 8 | UInt64(bytes[8 * i + $1]) } }
      self.init(w0: word(0), w1: word(1), w2: word(2), w3: word(3))
    }

    /// Parses 64 lowercase hex digits; returns `nil` for anything else (uppercase is not canonical).
    public init?(hex: String) {
      var hex = hex
      guard let d = hex.withUTF8({ Digest(hexBytes: $0) }) else { return nil }
      self = d
    }

    /// Parses 64 lowercase hex digits from bytes; `nil` for anything else.
    init?(hexBytes u: UnsafeBufferPointer<UInt8>) {
      guard u.count == 64 else { return nil }
      var valid = true
      func word(_ at: Int) -> UInt64 {
        var w: UInt64 = 0
        for k in at..<(at + 16) {
          let c = u[k]
          let digit = c &- UInt8(ascii: "0")
          let letter = c &- UInt8(ascii: "a")
          valid = valid && (digit < 10 || letter < 6)
          w = w << 4 | UInt64(digit < 10 ? digit : letter &+ 10)
        }
        return w
      }
      let (w0, w1, w2, w3) = (word(0), word(16), word(32), word(48))
      guard valid else { return nil }
      self.init(w0: w0, w1: w1, w2: w2, w3: w3)
    }

    /// Whether the 64 bytes at `p` are this digest's lowercase hex digits (``hex``), compared eight at a time.
    func matchesHex(_ p: UnsafeRawPointer) -> Bool {
      Digest.hexHalf(w0 >> 32) == p.loadUnaligned(as: UInt64.self)
        && Digest.hexHalf(w0 & 0xFFFF_FFFF) == p.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
        && Digest.hexHalf(w1 >> 32) == p.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        && Digest.hexHalf(w1 & 0xFFFF_FFFF) == p.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
        && Digest.hexHalf(w2 >> 32) == p.loadUnaligned(fromByteOffset: 32, as: UInt64.self)
        && Digest.hexHalf(w2 & 0xFFFF_FFFF) == p.loadUnaligned(fromByteOffset: 40, as: UInt64.self)
        && Digest.hexHalf(w3 >> 32) == p.loadUnaligned(fromByteOffset: 48, as: UInt64.self)
        && Digest.hexHalf(w3 & 0xFFFF_FFFF) == p.loadUnaligned(fromByteOffset: 56, as: UInt64.self)
    }

    /// The eight lowercase hex digits of a 32-bit value as they lie in memory, loaded as a (native-endian)
    /// `UInt64`: each nibble spread into its own byte, then `0`-`9` or `a`-`f` added to every byte at once.
    @inline(__always) static func hexHalf(_ x: UInt64) -> UInt64 {
      var v = (x | x << 16) & 0x0000_FFFF_0000_FFFF
      v = (v | v << 8) & 0x00FF_00FF_00FF_00FF
      v = (v | v << 4) & 0x0F0F_0F0F_0F0F_0F0F
      // Bytes of 10 and more get the extra distance from '9' + 1 to 'a'.
      let letters = ((v &+ 0x0606_0606_0606_0606) & 0x1010_1010_1010_1010) >> 4
      let ascii = v &+ 0x3030_3030_3030_3030 &+ letters &* 0x27
      return UInt64(bigEndian: ascii)
    }

    /// Appends the 64 lowercase hex digits to `out`.
    func writeHex(into out: inout [UInt8]) {
      func word(_ w: UInt64) {
        for k in 0..<16 {
          let v = UInt8(truncatingIfNeeded: w &>> UInt64(60 - 4 * k)) & 0xF
          out.append(v < 10 ? v &+ 0x30 : v &+ 0x57)
        }
      }
      word(w0)
      word(w1)
      word(w2)
      word(w3)
    }

    /// 64 lowercase hex digits.
    public var hex: String {
      var out: [UInt8] = []
      out.reserveCapacity(64)
      writeHex(into: &out)
      return String(decoding: out, as: UTF8.self)
    }

    public var description: String { hex }
  }
}
