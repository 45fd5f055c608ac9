import Dispatch

/// Every event id of the logs being verified, split into shards by a hash of the id so that the shards fill
/// in parallel; within a shard, ids go in log order and line order, so the first occurrence of an id is
/// the same one a single table filled in that order would keep.
///
/// Each shard is an open-addressing table over a 64-bit FNV-1a hash of the id's bytes, worked out while
/// each log is checked. Hashing bytes agrees with `String`'s `==` for event ids, which are ASCII by
/// construction (`isValidID`); a lookup of any other string (a retraction's target is arbitrary text) goes
/// through `==` over every id instead, so it finds what a `[String: _]` dictionary would.
struct IDTable {
  /// Enough shards to keep both cores busy and each shard's table small.
  static let shardCount = 16

  /// Where an id occurs: the log's index and the entry's index in that log's ids.
  struct Position {
    var log: Int32
    var index: Int32
  }

  /// One shard: `slots` holds indices into `hashes` and `firsts` (or -1), probed linearly.
  struct Shard {
    var slots: [Int32]
    var hashes: [UInt64] = []
    var firsts: [Position] = []

    init(capacity: Int) {
      var size = 16
      while size < 2 * capacity { size <<= 1 }
      slots = [Int32](repeating: -1, count: size)
      hashes.reserveCapacity(capacity)
      firsts.reserveCapacity(capacity)
    }
  }

  private var shards: [Shard]
  /// Every log's entries, in log order.
  private let entries: [[Verifier.IDEntry]]

  /// FNV-1a over the id's bytes.
  static func hash(of id: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in id.utf8 { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
    return h
  }

  static func shard(ofHash h: UInt64) -> Int { Int((h >> 32) % UInt64(shardCount)) }

  /// The hash of every id, and for each shard the indices of the ids that belong to it, in order.
  static func split(_ ids: [Verifier.IDEntry]) -> (hashes: [UInt64], byShard: [[Int32]]) {
    var byShard = [[Int32]](repeating: [], count: shardCount)
    var hashes: [UInt64] = []
    hashes.reserveCapacity(ids.count)
    for (i, e) in ids.enumerated() {
      let h = hash(of: e.id)
      hashes.append(h)
      byShard[shard(ofHash: h)].append(Int32(i))
    }
    return (hashes, byShard)
  }

  /// Fills the table from the logs' ids in order and returns, for each log, the indices (into its `ids`)
  /// of the entries whose id an earlier entry already had, with that earlier entry.
  /// - Complexity: O(total ids), spread over the shards.
  static func build(_ checks: [Verifier.LogCheck?]) -> (IDTable, [[(index: Int, first: Verifier.IDEntry)]]) {
    let n = IDTable.shardCount
    let entries = checks.map { $0?.ids ?? [] }
    let hashes = checks.map { $0?.idHashes ?? [] }
    let byShard = checks.map { $0?.idsByShard ?? [] }
    var sizes = [Int](repeating: 0, count: n)
    for shards in byShard { for (s, list) in shards.enumerated() { sizes[s] += list.count } }
    let counts = sizes
    let shards = Parallel.map(n) { s in
      var table = Shard(capacity: counts[s])
      var dupes: [(at: Position, first: Position)] = []
      for k in entries.indices where !byShard[k].isEmpty {
        for i in byShard[k][s] {
          let here = Position(log: Int32(k), index: i)
          let h = hashes[k][Int(i)]
          if let first = table.firstOrInsert(h, here, entries: entries) {
            dupes.append((here, first))
          }
        }
      }
      return (table: table, dupes: dupes)
    }
    let found = shards.map(\.dupes)
    var perLog = [[(index: Int, first: Verifier.IDEntry)]](repeating: [], count: checks.count)
    for dupes in found {
      for d in dupes { perLog[Int(d.at.log)].append((Int(d.at.index), entries[Int(d.first.log)][Int(d.first.index)])) }
    }
    for k in perLog.indices where perLog[k].count > 1 { perLog[k].sort { $0.index < $1.index } }
    return (IDTable(shards: shards.map(\.table), entries: entries), perLog)
  }

  /// The first entry with `id`, or `nil`.
  subscript(id: String) -> Verifier.IDEntry? {
    guard id.utf8.allSatisfy({ $0 < 0x80 }) else {
      // Not an id's spelling, but `==` may still equate it with one (U+212A KELVIN SIGN is K).
      for log in entries { if let e = log.first(where: { $0.id == id }) { return e } }
      return nil
    }
    let h = IDTable.hash(of: id)
    let table = shards[IDTable.shard(ofHash: h)]
    let mask = table.slots.count - 1
    var k = Int(truncatingIfNeeded: h) & mask
    while true {
      let s = table.slots[k]
      if s < 0 { return nil }
      let p = table.firsts[Int(s)]
      if table.hashes[Int(s)] == h, entries[Int(p.log)][Int(p.index)].id == id { return entries[Int(p.log)][Int(p.index)] }
      k = (k + 1) & mask
    }
  }
}

extension IDTable.Shard {
  /// The first position of the id at `here` when an earlier entry had it; otherwise records `here`.
  mutating func firstOrInsert(_ h: UInt64, _ here: IDTable.Position, entries: [[Verifier.IDEntry]]) -> IDTable.Position? {
    let mask = slots.count - 1
    var k = Int(truncatingIfNeeded: h) & mask
    while true {
      let s = slots[k]
      if s < 0 {
        slots[k] = Int32(hashes.count)
        hashes.append(h)
        firsts.append(here)
        return nil
      }
      if hashes[Int(s)] == h {
        let p = firsts[Int(s)]
        if entries[Int(p.log)][Int(p.index)].id == entries[Int(here.log)][Int(here.index)].id { return p }
      }
      k = (k + 1) & mask
    }
  }
}
