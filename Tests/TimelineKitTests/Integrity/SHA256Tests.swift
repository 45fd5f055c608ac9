import Testing

@testable import TimelineKit

/// FIPS 180-4 / NIST CAVP example vectors for SHA-256.
@Suite struct SHA256Tests {
  struct Vector: CustomTestStringConvertible, Sendable {
    let name: String
    let message: [UInt8]
    let digest: String
    var testDescription: String { name }
  }

  static let vectors: [Vector] = [
    Vector(name: "empty", message: [], digest: "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
    Vector(name: "abc", message: Array("abc".utf8), digest: "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
    Vector(
      name: "448-bit two-block", message: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8),
      digest: "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
    Vector(
      name: "896-bit",
      message: Array("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu".utf8),
      digest: "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    Vector(
      name: "one million a", message: [UInt8](repeating: 0x61, count: 1_000_000),
      digest: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    Vector(name: "NIST short 0xd3", message: [0xd3], digest: "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1"),
    Vector(name: "NIST short 11af", message: [0x11, 0xaf], digest: "5ca7133fa735326081558ac312c620eeca9970d1e70a4b95533d956f072d1f98"),
    Vector(
      name: "55 bytes (padding edge)", message: [UInt8](repeating: 0x61, count: 55),
      digest: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
    Vector(
      name: "56 bytes (padding edge)", message: [UInt8](repeating: 0x61, count: 56),
      digest: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
    Vector(
      name: "64 bytes (one block)", message: [UInt8](repeating: 0x61, count: 64),
      digest: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
  ]

  @Test(arguments: vectors) func oneShot(_ v: Vector) {
    #expect(SHA256.hash(v.message).hex == v.digest)
  }

  @Test(arguments: [1, 3, 63, 64, 65, 1000]) func streamingInChunksMatchesOneShot(chunk: Int) {
    let message = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    var h = SHA256()
    var i = 0
    while i < message.count {
      let end = min(i + chunk, message.count)
      message[i..<end].withUnsafeBufferPointer { h.update($0) }
      i = end
    }
    #expect(h.finalize() == SHA256.hash(message))
  }

  @Test func digestHexRoundTripsAndRejectsUppercase() {
    let d = SHA256.hash(Array("abc".utf8))
    #expect(SHA256.Digest(hex: d.hex) == d)
    #expect(SHA256.Digest(hex: d.hex.uppercased()) == nil)
    #expect(SHA256.Digest(hex: String(d.hex.dropLast())) == nil)
    #expect(SHA256.Digest.zero.hex == String(repeating: "0", count: 64))
    #expect(SHA256.Digest(bytes: d.bytes) == d)
    let hexOfBytes: String = d.bytes.map { b -> String in b < 16 ? "0" + String(b, radix: 16) : String(b, radix: 16) }.joined()
    #expect(hexOfBytes == d.hex)
    #expect(SHA256.Digest(hex: "g" + d.hex.dropFirst()) == nil)
  }

  @Test func matchesHexAgreesWithComparingTheHexText() {
    for n in 0..<300 {
      let d = SHA256.hash((0..<n).map { UInt8(truncatingIfNeeded: $0 &* 7) })
      var text = Array(d.hex.utf8)
      #expect(text.withUnsafeBytes { d.matchesHex($0.baseAddress!) })
      let k = n % 64
      let original = text[k]
      for c in Array("0123456789abcdefABCDEF:/@`g ".utf8) where c != original {
        text[k] = c
        #expect(!text.withUnsafeBytes { d.matchesHex($0.baseAddress!) }, "\(d.hex) with byte \(k) as \(c)")
      }
      text[k] = original
    }
    #expect(Array(repeating: UInt8(ascii: "0"), count: 64).withUnsafeBytes { SHA256.Digest.zero.matchesHex($0.baseAddress!) })
  }

  /// The unrolled compression function against a plain textbook one, over every length that crosses the
  /// padding and block edges (0 to 300 bytes) and a few thousand bytes at once.
  @Test func unrolledMatchesTextbookAtEveryLength() {
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    let message = (0..<4096).map { _ -> UInt8 in
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: seed >> 56)
    }
    for n in Array(0...300) + [1023, 1024, 4096] {
      let m = Array(message[0..<n])
      #expect(SHA256.hash(m).hex == TextbookSHA256.hex(m), "length \(n)")
    }
  }
}

/// FIPS 180-4 written as directly as possible, with arrays and a loop: slow, and an oracle for the fast one.
enum TextbookSHA256 {
  static let k: [UInt32] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
  ]

  static func hex(_ message: [UInt8]) -> String {
    func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
    var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    var m = message + [0x80]
    while m.count % 64 != 56 { m.append(0) }
    let bits = UInt64(message.count) * 8
    for s in stride(from: 56, through: 0, by: -8) { m.append(UInt8(truncatingIfNeeded: bits >> UInt64(s))) }
    for block in stride(from: 0, to: m.count, by: 64) {
      var w = [UInt32](repeating: 0, count: 64)
      for t in 0..<16 {
        for j in 0..<4 { w[t] = w[t] << 8 | UInt32(m[block + 4 * t + j]) }
      }
      for t in 16..<64 {
        let s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3)
        let s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10)
        w[t] = w[t - 16] &+ s0 &+ w[t - 7] &+ s1
      }
      var v = h
      for t in 0..<64 {
        let ch = (v[4] & v[5]) ^ (~v[4] & v[6])
        let maj = (v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2])
        let t1 = v[7] &+ (rotr(v[4], 6) ^ rotr(v[4], 11) ^ rotr(v[4], 25)) &+ ch &+ k[t] &+ w[t]
        let t2 = (rotr(v[0], 2) ^ rotr(v[0], 13) ^ rotr(v[0], 22)) &+ maj
        v = [t1 &+ t2, v[0], v[1], v[2], v[3] &+ t1, v[4], v[5], v[6]]
      }
      for j in 0..<8 { h[j] = h[j] &+ v[j] }
    }
    return h.map { x in (0..<8).map { String((x >> UInt32(28 - 4 * $0)) & 0xF, radix: 16) }.joined() }.joined()
  }
}
