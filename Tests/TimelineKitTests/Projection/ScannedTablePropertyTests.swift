import Foundation
import Testing

@testable import TimelineKit

/// The table scanned from log files (the path `state`, `history` and the cache take) must agree with the naive
/// replay, whatever the quotes contain (escaped quotes and backslashes make the scanner's quote skipping work)
/// and however the times are written (seconds and other offsets take the scanner's other timestamp paths).
@Suite struct ScannedTablePropertyTests {
  static let quotes = [
    "q", #"他说\"暂停堂食\""#, #"a\\"#, #"\\\"x\"\\"#, "自1月8日12时起，全市餐饮场所暂停堂食。", #"tab\tand \u0001"#, "tab\there\u{1}",
  ]

  /// Writes the store's events as log files, one per source, each with a quote from ``quotes``.
  static func writeLogs(_ events: [Event], to dir: String, seed: Int) throws {
    var bySource: [String: [Event]] = [:]
    for e in events { bySource[e.source, default: []].append(e) }
    for (source, list) in bySource {
      var bytes: [UInt8] = []
      for (k, e) in list.sorted(by: { $0.seq < $1.seq }).enumerated() {
        var d = e.draft
        d.quote = String(decoding: Array(quotes[(k + seed) % quotes.count].utf8), as: UTF8.self)
        // Some times in another offset and with seconds: the same instants, written differently.
        if (k + seed) % 4 == 1 {
          d.recorded = Timestamp(epochSeconds: d.recorded.epochSeconds + 7, offsetMinutes: -330)
        }
        EventCodec.encode(Event(sealing: d, seq: e.seq, prev: .zero), into: &bytes)
        bytes.append(0x0A)
      }
      try Data(bytes).write(to: URL(fileURLWithPath: dir + "/" + source + ".jsonl"))
    }
  }

  @Test(arguments: 0..<120)
  func scannedTableAgreesWithNaiveReplay(seed: Int) throws {
    let f = try Fixture()
    defer { f.remove() }
    let (generated, order) = ReplayPropertyTests.randomStore(seed: UInt64(seed) &+ 1000)
    try Self.writeLogs(generated, to: f.dir, seed: seed)
    // The events as they are on disk (quotes and recorded times as written), read back by the full reader.
    let events = try EventStore.load(directory: f.dir).events
    #expect(events.count == generated.count)
    let table = try EventTable.build(directory: f.dir)
    #expect(table.records.count == events.count)
    var r = ReplayPropertyTests.Random(state: UInt64(seed) &* 31)
    for _ in 0..<20 {
      let p = ReplayPropertyTests.randomPoint(&r)
      let naive = StateFold.replay(events, at: p, order: order)
      let winners = table.state(at: p.at.epochSeconds, knownAt: p.knownAt?.epochSeconds)
      let decoded = try table.events(winners)
      let fromTable = Dictionary(uniqueKeysWithValues: winners.map { (decoded[$0]!.subject, decoded[$0]!.id) })
      #expect(fromTable == naive.mapValues(\.id), "seed \(seed) at \(p.at) known \(String(describing: p.knownAt))")
    }
    // And the cache written from it reads back as the same table.
    _ = try EventTable.open(directory: f.dir)
    let cached = try EventTable.open(directory: f.dir)
    #expect(cached.cached)
    #expect(Array(cached.table.records) == Array(table.records))
    #expect(Array(cached.table.subjects) == Array(table.subjects))
  }
}
