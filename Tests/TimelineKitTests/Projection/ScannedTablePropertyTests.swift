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
    // diff from the table (only differing subjects decoded) is the full index's diff, point pairs in valid
    // time and in knowledge time alike.
    let timeline = Timeline(
      store: EventStore(directory: "", catalogue: Catalogue(), logs: []), index: TimelineIndex(events: events, order: order))
    for _ in 0..<10 {
      let a = ReplayPropertyTests.randomPoint(&r)
      var b = ReplayPropertyTests.randomPoint(&r)
      if r.chance(0.5) { b = Bitemporal(at: a.at, knownAt: b.knownAt) }
      let expected = timeline.diff(from: a, to: b)
      #expect(try table.diffEntries(from: a, to: b, catalogue: Catalogue()) == expected, "seed \(seed) diff \(a) -> \(b)")
    }
    // And the cache written from it reads back as the same table.
    _ = try EventTable.open(directory: f.dir)
    let cached = try EventTable.open(directory: f.dir)
    #expect(cached.cached)
    #expect(Array(cached.table.records) == Array(table.records))
    #expect(Array(cached.table.subjects) == Array(table.subjects))
  }
}

/// The daily export's sweep (a forward cursor per subject) must name the same deciding event as the naive
/// replay for every day and subject, at any knowledge time, with and without `inForceOnly`.
@Suite struct DailySweepPropertyTests {
  @Test(arguments: 0..<150)
  func everyRowAgreesWithNaiveReplay(seed: Int) throws {
    let (events, order) = ReplayPropertyTests.randomStore(seed: UInt64(seed) &+ 5000)
    let table = EventTable(events: events, logRank: order.logRank)
    var r = ReplayPropertyTests.Random(state: UInt64(seed) &* 131)
    let knownAt: Timestamp? = r.chance(0.3) ? nil : ReplayPropertyTests.base.adding(seconds: Int64(r.int(-2...22)) * 3600)
    let hour = r.int(0...23)
    let inForceOnly = r.chance(0.5)
    let first = ReplayPropertyTests.base.adding(seconds: -86_400)
    let last = ReplayPropertyTests.base.adding(seconds: 2 * 86_400)
    var csv: [UInt8] = []
    let count = try table.writeDaily(
      firstDay: first, lastDay: last, secondsIntoDay: hour * 3600, knownAt: knownAt, inForceOnly: inForceOnly, filter: SubjectFilter(),
      catalogue: Catalogue(), columns: ["date", "time", "subject", "status", "event_id"], options: CSVOptions()
    ) { (w: inout CSVWriter) throws(TimelineError) in csv += w.takeBytes() }
    let rows = String(decoding: csv, as: UTF8.self).split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(rows.count == count)
    // Every (day, subject) the naive replay has in force, and (without inForceOnly) every known subject.
    let known = Set(events.filter { knownAt == nil || $0.recorded <= knownAt! }.map(\.subject))
    var expected: [String] = []
    for day in 0..<4 {
      let at = first.adding(seconds: Int64(day * 86_400 + hour * 3600))
      let point = Bitemporal(at: at, knownAt: knownAt)
      let state = StateFold.replay(events, at: point, order: order)
      for s in known.sorted(by: { $0.raw < $1.raw }) {
        let deciding = state[s]
        let inForce = deciding.map { !$0.type.endsState } ?? false
        if inForceOnly && !inForce { continue }
        let time = String(at.iso8601.dropFirst(11).prefix(5))
        expected.append([at.dateString, time, s.raw, inForce ? "in force" : "not in force", deciding?.id ?? ""].joined(separator: ","))
      }
    }
    #expect(rows.map { $0.joined(separator: ",") } == expected, "seed \(seed), known at \(String(describing: knownAt)), \(hour):00")
  }
}
