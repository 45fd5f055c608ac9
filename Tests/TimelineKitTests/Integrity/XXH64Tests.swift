import Testing

@testable import TimelineKit

/// XXH64 against the reference implementation's outputs (xxhash 3.x, Python binding, `xxh64(data, seed)`).
@Suite struct XXH64Tests {
  static let vectors: [(input: [UInt8], seed: UInt64, hash: UInt64)] = [
    ([], 0, 0xef46_db37_51d8_e999),
    ([], 1, 0xd5af_ba13_36a3_be4b),
    (Array("a".utf8), 0, 0xd24e_c4f1_a98c_6e5b),
    (Array("a".utf8), 1, 0xdec2_bc81_c3cd_46c6),
    (Array("abc".utf8), 0, 0x44bc_2cf5_ad77_0999),
    (Array("abc".utf8), 1, 0xbea9_ca81_9932_8908),
    (Array("Nobody inspects the spammish repetition".utf8), 0, 0xfbce_a83c_8a37_8bf1),
    (Array("Nobody inspects the spammish repetition".utf8), 1, 0x43f4_2544_8d95_4db6),
    // 1,027 bytes: every path (32-byte stripes, 8-, 4- and 1-byte tails).
    ((0..<4).flatMap { _ in (0...255).map { UInt8($0) } } + Array("xyz".utf8), 0, 0xe146_cb31_b65b_c21a),
    ((0..<4).flatMap { _ in (0...255).map { UInt8($0) } } + Array("xyz".utf8), 1, 0x045e_6446_fcc8_0f3d),
  ]

  @Test(arguments: 0..<vectors.count) func matchesTheReference(_ k: Int) {
    let v = XXH64Tests.vectors[k]
    #expect(v.input.withUnsafeBytes { XXH64.hash($0, seed: v.seed) } == v.hash)
  }

  @Test func dependsOnEveryByte() {
    var bytes = (0..<100).map { UInt8($0) }
    let h = bytes.withUnsafeBytes { XXH64.hash($0) }
    for i in bytes.indices {
      bytes[i] ^= 1
      #expect(bytes.withUnsafeBytes { XXH64.hash($0) } != h)
      bytes[i] ^= 1
    }
  }
}
