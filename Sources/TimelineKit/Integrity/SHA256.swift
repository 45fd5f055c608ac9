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
    SHA256.compress(&state, UnsafeRawPointer(p), blocks: blocks)
  }
}

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
