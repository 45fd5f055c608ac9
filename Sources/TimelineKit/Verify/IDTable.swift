import Dispatch

/// Every event id of the logs being verified, split into shards by a hash of the id so that the shards fill
/// in parallel; within a shard, ids go in log order and line order, so the first occurrence of an id is
/// the same one a single table filled in that order would keep.
struct IDTable {
  /// Enough shards to keep both cores busy and each shard's table small.
  static let shardCount = 16

  private var shards: [[String: Verifier.IDEntry]]

  /// The shard an id belongs to (FNV-1a over its bytes; only needs to be cheap and deterministic).
  static func shard(of id: String) -> Int {
    var h: UInt32 = 0x811c_9dc5
    for c in id.utf8 { h = (h ^ UInt32(c)) &* 0x0100_0193 }
    return Int(h % UInt32(shardCount))
  }

  /// Fills the table from the logs' ids in order and returns, for each log, the indices (into its `ids`)
  /// of the entries whose id an earlier entry already had, with that earlier entry.
  /// - Complexity: O(total ids), spread over the shards.
  static func build(_ checks: UnsafeMutableBufferPointer<Verifier.LogCheck?>) -> (IDTable, [[(index: Int, first: Verifier.IDEntry)]]) {
    let n = IDTable.shardCount
    let logCount = checks.count
    var sizes = [Int](repeating: 0, count: n)
    for case let check? in checks { for s in check.idShards { sizes[Int(s)] += 1 } }
    let counts = sizes
    let tables = UnsafeMutableBufferPointer<[String: Verifier.IDEntry]>.allocate(capacity: n)
    tables.initialize(repeating: [:])
    defer { tables.deallocate() }
    let found = UnsafeMutableBufferPointer<[(log: Int, index: Int, first: Verifier.IDEntry)]>.allocate(capacity: n)
    found.initialize(repeating: [])
    defer { found.deallocate() }
    nonisolated(unsafe) let (t, f, c) = (tables, found, checks)
    DispatchQueue.concurrentPerform(iterations: n) { s in
      var table: [String: Verifier.IDEntry] = [:]
      table.reserveCapacity(counts[s])
      var dupes: [(log: Int, index: Int, first: Verifier.IDEntry)] = []
      for k in 0..<logCount {
        guard let check = c[k] else { continue }
        for (i, shard) in check.idShards.enumerated() where Int(shard) == s {
          let entry = check.ids[i]
          if let first = table[entry.id] {
            dupes.append((k, i, first))
          } else {
            table[entry.id] = entry
          }
        }
      }
      t[s] = table
      f[s] = dupes
    }
    var perLog = [[(index: Int, first: Verifier.IDEntry)]](repeating: [], count: logCount)
    for dupes in found { for d in dupes { perLog[d.log].append((d.index, d.first)) } }
    for k in perLog.indices where perLog[k].count > 1 { perLog[k].sort { $0.index < $1.index } }
    return (IDTable(shards: Array(tables)), perLog)
  }

  /// The first entry with `id`, or `nil`.
  subscript(id: String) -> Verifier.IDEntry? { shards[IDTable.shard(of: id)][id] }
}
