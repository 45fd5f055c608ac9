/// Merkle tree hashing as RFC 6962 (section 2.1) defines it, over SHA-256: the tree head, inclusion paths and
/// consistency proofs, and the RFC 9162 (section 2.1.3 and 2.1.4) checks of both.
///
/// A leaf hashes as `SHA256(0x00 || data)`, a node as `SHA256(0x01 || left || right)`; a tree of `n > 1` leaves
/// splits at the largest power of two below `n`, and the tree of no leaves is `SHA256("")`. The prefixes keep a
/// leaf from passing for a node (a second-preimage attack on the tree).
///
/// ## Topics
/// - Hashing: ``leafHash(_:)``, ``nodeHash(_:_:)``, ``root(_:)``
/// - Proofs: ``inclusionPath(index:leaves:)``, ``consistencyProof(oldSize:leaves:)``
/// - Checking: ``verifyInclusion(leaf:index:size:path:root:)``, ``verifyConsistency(oldSize:newSize:proof:oldRoot:newRoot:)``
public enum MerkleTree {
  public typealias Digest = SHA256.Digest

  /// `SHA256(0x00 || data)`.
  public static func leafHash<C: Collection>(_ data: C) -> Digest where C.Element == UInt8 {
    var bytes: [UInt8] = [0]
    bytes.reserveCapacity(data.count + 1)
    bytes += data
    return SHA256.hash(bytes)
  }

  /// `SHA256(0x01 || left || right)`.
  public static func nodeHash(_ left: Digest, _ right: Digest) -> Digest {
    SHA256.hash([1] + left.bytes + right.bytes)
  }

  /// The largest power of two smaller than `n` (`n > 1`): where RFC 6962 splits a tree of `n` leaves.
  static func split(_ n: Int) -> Int {
    var k = 1
    while k << 1 < n { k <<= 1 }
    return k
  }

  /// The tree head MTH over leaf hashes.
  /// - Complexity: O(n) hashes.
  public static func root(_ leaves: ArraySlice<Digest>) -> Digest {
    switch leaves.count {
    case 0: return SHA256.hash([UInt8]())
    case 1: return leaves[leaves.startIndex]
    default:
      let k = split(leaves.count)
      return nodeHash(root(leaves.prefix(k)), root(leaves.dropFirst(k)))
    }
  }

  /// The audit path PATH(m, D[n]) of the leaf at 0-based `index`, from the leaf's sibling up.
  /// - Precondition: `index < leaves.count`.
  /// - Complexity: O(n) hashes.
  public static func inclusionPath(index: Int, leaves: ArraySlice<Digest>) -> [Digest] {
    precondition(index >= 0 && index < leaves.count, "leaf index out of the tree")
    let n = leaves.count
    if n <= 1 { return [] }
    let k = split(n)
    if index < k { return inclusionPath(index: index, leaves: leaves.prefix(k)) + [root(leaves.dropFirst(k))] }
    return inclusionPath(index: index - k, leaves: leaves.dropFirst(k)) + [root(leaves.prefix(k))]
  }

  /// The consistency proof PROOF(m, D[n]) that the first `oldSize` leaves are a prefix of `leaves`.
  /// - Precondition: `0 <= oldSize <= leaves.count`. An empty proof for `oldSize` 0 or `oldSize == n`.
  /// - Complexity: O(n) hashes.
  public static func consistencyProof(oldSize: Int, leaves: ArraySlice<Digest>) -> [Digest] {
    precondition(oldSize >= 0 && oldSize <= leaves.count, "old size out of the tree")
    if oldSize == 0 { return [] }
    return subproof(oldSize, leaves, complete: true)
  }

  static func subproof(_ m: Int, _ leaves: ArraySlice<Digest>, complete: Bool) -> [Digest] {
    let n = leaves.count
    if m == n { return complete ? [] : [root(leaves)] }
    let k = split(n)
    if m <= k { return subproof(m, leaves.prefix(k), complete: complete) + [root(leaves.dropFirst(k))] }
    return subproof(m - k, leaves.dropFirst(k), complete: false) + [root(leaves.prefix(k))]
  }

  /// Whether `path` proves the leaf hash at `index` in a tree of `size` leaves with head `root` (RFC 9162 2.1.3.2).
  public static func verifyInclusion(leaf: Digest, index: Int, size: Int, path: [Digest], root: Digest) -> Bool {
    guard index >= 0, index < size else { return false }
    var fn = index
    var sn = size - 1
    var r = leaf
    for p in path {
      if sn == 0 { return false }
      if fn & 1 == 1 || fn == sn {
        r = nodeHash(p, r)
        while fn & 1 == 0 && fn != 0 {
          fn >>= 1
          sn >>= 1
        }
      } else {
        r = nodeHash(r, p)
      }
      fn >>= 1
      sn >>= 1
    }
    return sn == 0 && r == root
  }

  /// Whether `proof` shows that the tree of `oldSize` leaves with head `oldRoot` is a prefix of the tree of
  /// `newSize` leaves with head `newRoot` (RFC 9162 2.1.4.2).
  public static func verifyConsistency(oldSize: Int, newSize: Int, proof: [Digest], oldRoot: Digest, newRoot: Digest) -> Bool {
    guard oldSize >= 0, oldSize <= newSize else { return false }
    if oldSize == 0 { return proof.isEmpty }
    if oldSize == newSize { return proof.isEmpty && oldRoot == newRoot }
    var path = proof
    if oldSize & (oldSize - 1) == 0 { path.insert(oldRoot, at: 0) }
    guard let first = path.first else { return false }
    var fn = oldSize - 1
    var sn = newSize - 1
    while fn & 1 == 1 {
      fn >>= 1
      sn >>= 1
    }
    var fr = first
    var sr = first
    for c in path.dropFirst() {
      if sn == 0 { return false }
      if fn & 1 == 1 || fn == sn {
        fr = nodeHash(c, fr)
        sr = nodeHash(c, sr)
        while fn & 1 == 0 && fn != 0 {
          fn >>= 1
          sn >>= 1
        }
      } else {
        sr = nodeHash(sr, c)
      }
      fn >>= 1
      sn >>= 1
    }
    return fr == oldRoot && sr == newRoot && sn == 0
  }
}
