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
    Vector(name: "one million a", message: [UInt8](repeating: 0x61, count: 1_000_000), digest: "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"),
    Vector(name: "NIST short 0xd3", message: [0xd3], digest: "28969cdfa74a12c82f3bad960b0b000aca2ac329deea5c2328ebc6f2ba9802c1"),
    Vector(name: "NIST short 11af", message: [0x11, 0xaf], digest: "5ca7133fa735326081558ac312c620eeca9970d1e70a4b95533d956f072d1f98"),
    Vector(name: "55 bytes (padding edge)", message: [UInt8](repeating: 0x61, count: 55), digest: "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
    Vector(name: "56 bytes (padding edge)", message: [UInt8](repeating: 0x61, count: 56), digest: "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
    Vector(name: "64 bytes (one block)", message: [UInt8](repeating: 0x61, count: 64), digest: "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
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
  }
}
