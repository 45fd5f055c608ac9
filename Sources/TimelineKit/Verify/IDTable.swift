import Dispatch

/// Every event id of the logs being verified, split into shards by a hash of the id so that the shards fill
/// in parallel; within a shard, ids go in log order and line order, so the first occurrence of an id is
/// the same one a single table filled in that order would keep.
struct IDTable {
  /// Enough shards to keep both cores busy and each shard's table small.
  static let shardCount = 16

  /// Where each id first occurs: the log's index and the entry's index in that log's ids.
  private var shards: [[String: Position]]
  /// Every log's entries, in log order.
  private let entries: [[Verifier.IDEntry]]

  struct Position {
    var log: Int32
    var index: Int32
  }

  /// The shard an id belongs to (FNV-1a over its bytes; only needs to be cheap and deterministic).
  static func shard(of id: String) -> Int {
    var h: UInt32 = 0x811c_9dc5
    for c in id.utf8 { h = (h ^ UInt32(c)) &* 0x0100_0193 }
    return Int(h % UInt32(shardCount))
  }

  /// For each shard, the indices of the ids that belong to it, in order.
  static func split(_ ids: [Verifier.IDEntry]) -> [[Int32]] {
    var out = [[Int32]](repeating: [], count: shardCount)
    for (i, e) in ids.enumerated() { out[shard(of: e.id)].append(Int32(i)) }
    return out
  }

  /// Fills the table from the logs' ids in order and returns, for each log, the indices (into its `ids`)
  /// of the entries whose id an earlier entry already had, with that earlier entry.
  /// - Complexity: O(total ids), spread over the shards.
  static func build(_ checks: UnsafeMutableBufferPointer<Verifier.LogCheck?>) -> (IDTable, [[(index: Int, first: Verifier.IDEntry)]]) {
    let n = IDTable.shardCount
    let entries = checks.map { $0?.ids ?? [] }
    let byShard = checks.map { $0?.idsByShard ?? [] }
    var sizes = [Int](repeating: 0, count: n)
    for shards in byShard { for (s, list) in shards.enumerated() { sizes[s] += list.count } }
    let counts = sizes
    let tables = UnsafeMutableBufferPointer<[String: Position]>.allocate(capacity: n)
    tables.initialize(repeating: [:])
    defer { tables.deallocate() }
    let found = UnsafeMutableBufferPointer<[(at: Position, first: Position)]>.allocate(capacity: n)
    found.initialize(repeating: [])
    defer { found.deallocate() }
    nonisolated(unsafe) let (t, f) = (tables, found)
    DispatchQueue.concurrentPerform(iterations: n) { s in
      var table: [String: Position] = [:]
      table.reserveCapacity(counts[s])
      var dupes: [(at: Position, first: Position)] = []
      for k in entries.indices where !byShard[k].isEmpty {
        entries[k].withUnsafeBufferPointer { ids in
          for i in byShard[k][s] {
            let here = Position(log: Int32(k), index: i)
            if let first = table[ids[Int(i)].id] {
              dupes.append((here, first))
            } else {
              table[ids[Int(i)].id] = here
            }
          }
        }
      }
      t[s] = table
      f[s] = dupes
    }
    var perLog = [[(index: Int, first: Verifier.IDEntry)]](repeating: [], count: checks.count)
    for dupes in found {
      for d in dupes { perLog[Int(d.at.log)].append((Int(d.at.index), entries[Int(d.first.log)][Int(d.first.index)])) }
    }
    for k in perLog.indices where perLog[k].count > 1 { perLog[k].sort { $0.index < $1.index } }
    return (IDTable(shards: Array(tables), entries: entries), perLog)
  }

  /// The first entry with `id`, or `nil`.
  subscript(id: String) -> Verifier.IDEntry? {
    shards[IDTable.shard(of: id)][id].map { entries[Int($0.log)][Int($0.index)] }
  }
}
