import Testing

@testable import TimelineKit

/// RFC 6962 tree hashing against the certificate-transparency test vectors, and every proof against its check.
@Suite struct MerkleTreeTests {
  /// The eight leaves of the RFC 6962 test vectors.
  static let data: [[UInt8]] = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"].map(bytes)
  static let leaves = data.map { MerkleTree.leafHash($0) }

  static func bytes(_ hex: String) -> [UInt8] {
    var out: [UInt8] = []
    var i = hex.startIndex
    while i < hex.endIndex {
      let j = hex.index(i, offsetBy: 2)
      out.append(UInt8(hex[i..<j], radix: 16)!)
      i = j
    }
    return out
  }

  static func d(_ hex: String) -> SHA256.Digest { SHA256.Digest(hex: hex)! }

  @Test func rootsOfTheFirstNLeavesAreTheVectors() {
    let roots = [
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
      "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
      "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
      "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
      "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
      "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
      "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
      "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    ]
    for n in 0...8 { #expect(MerkleTree.root(Self.leaves.prefix(n)).hex == roots[n], "size \(n)") }
  }

  @Test func inclusionPathsAreTheVectors() {
    #expect(
      MerkleTree.inclusionPath(index: 0, leaves: Self.leaves[...]).map(\.hex) == [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
      ])
    #expect(
      MerkleTree.inclusionPath(index: 5, leaves: Self.leaves[...]).map(\.hex) == [
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      ])
  }

  @Test func consistencyProofsAreTheVectors() {
    #expect(MerkleTree.consistencyProof(oldSize: 1, leaves: Self.leaves.prefix(1)).isEmpty)
    #expect(
      MerkleTree.consistencyProof(oldSize: 1, leaves: Self.leaves[...]).map(\.hex) == [
        "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4",
      ])
    #expect(
      MerkleTree.consistencyProof(oldSize: 6, leaves: Self.leaves[...]).map(\.hex) == [
        "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
      ])
    #expect(
      MerkleTree.consistencyProof(oldSize: 2, leaves: Self.leaves.prefix(5)).map(\.hex) == [
        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
      ])
  }

  /// Every path and proof up to 33 leaves passes its check; a wrong index, leaf, size or root fails it.
  @Test func everyProofChecksAndNoWrongOneDoes() {
    let leaves = (0..<33).map { MerkleTree.leafHash([UInt8($0)]) }
    for n in 1...leaves.count {
      let tree = leaves.prefix(n)
      let root = MerkleTree.root(tree)
      for i in 0..<n {
        let path = MerkleTree.inclusionPath(index: i, leaves: tree)
        #expect(MerkleTree.verifyInclusion(leaf: leaves[i], index: i, size: n, path: path, root: root))
        #expect(!MerkleTree.verifyInclusion(leaf: leaves[(i + 1) % 33], index: i, size: n, path: path, root: root))
        if n > 1 { #expect(!MerkleTree.verifyInclusion(leaf: leaves[i], index: (i + 1) % n, size: n, path: path, root: root)) }
      }
      for m in 0...n {
        let proof = MerkleTree.consistencyProof(oldSize: m, leaves: tree)
        let old = MerkleTree.root(leaves.prefix(m))
        #expect(MerkleTree.verifyConsistency(oldSize: m, newSize: n, proof: proof, oldRoot: old, newRoot: root), "\(m) → \(n)")
        if m > 0 && m < n {
          #expect(!MerkleTree.verifyConsistency(oldSize: m, newSize: n, proof: proof, oldRoot: leaves[0], newRoot: root) || m == 1)
          #expect(!MerkleTree.verifyConsistency(oldSize: m, newSize: n, proof: proof, oldRoot: old, newRoot: leaves[0]))
        }
      }
    }
  }
}
