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
  /// The oracle for one row: status and event id from full replays (rules by their naive standing and the horizon;
  /// figures by the next figure's period, else the latest figure as of a moment).
  static func naiveRow(
    _ s: SubjectKey, events: [Event], at p: Bitemporal, order: EventOrder, horizon: Int64
  ) -> (status: Status, id: String)? {
    if s.kind == .metric {
      let retracted = Set(events.filter { $0.type == .eventRetracted && p.knows($0) }.compactMap { $0.data["target"]?.stringValue })
      let figures = events.filter { $0.subject == s && $0.type == .metricReported && p.knows($0) && !retracted.contains($0.id) }
      func periodStart(_ e: Event) -> Timestamp? { e.data["period_start"]?.stringValue.flatMap { try? Timestamp.parse($0) } }
      if let next = figures.filter({ $0.effective > p.at }).min(by: order.precedes), let ps = periodStart(next), ps <= p.at {
        return (.reported, next.id)
      }
      guard let d = StateFold.replay(events, at: p, order: order)[s], periodStart(d) == nil else { return (.noReport, "") }
      return (p.at.epochSeconds - d.effective.epochSeconds <= horizon ? .latest : .unconfirmed, d.id)
    }
    guard let n = StandingPropertyTests.Naive.of(s, events: events, at: p, order: order) else { return (.notInForce, "") }
    let d = events.first { $0.id == n.deciding }!
    if d.type.endsState { return (.notInForce, d.id) }
    let fresh = p.at.epochSeconds - n.lastStated <= horizon || d.until != nil
    return (fresh ? .inForce : .unconfirmed, d.id)
  }

  @Test(arguments: 0..<150)
  func everyRowAgreesWithNaiveReplay(seed: Int) throws {
    var r = ReplayPropertyTests.Random(state: UInt64(seed) &* 131)
    let (events, order) = ReplayPropertyTests.randomStore(seed: UInt64(seed) &+ 5000, figures: r.chance(0.5))
    let table = EventTable(events: events, logRank: order.logRank)
    let knownAt: Timestamp? = r.chance(0.3) ? nil : ReplayPropertyTests.base.adding(seconds: Int64(r.int(-2...22)) * 3600)
    let hour = r.int(0...23)
    let inForceOnly = r.chance(0.5)
    let horizon = Int64(r.int(1...30)) * 3600
    let first = ReplayPropertyTests.base.adding(seconds: -86_400)
    let last = ReplayPropertyTests.base.adding(seconds: 2 * 86_400)
    var csv: [UInt8] = []
    let count = try table.writeDaily(
      firstDay: first, lastDay: last, secondsIntoDay: hour * 3600, knownAt: knownAt, inForceOnly: inForceOnly,
      confirmation: Confirmation(horizonSeconds: horizon), filter: SubjectFilter(),
      catalogue: Catalogue(), columns: ["date", "time", "subject", "status", "event_id"], options: CSVOptions()
    ) { (w: inout CSVWriter) throws(TimelineError) in csv += w.takeBytes() }
    let rows = String(decoding: csv, as: UTF8.self).split(separator: "\n").dropFirst().map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(rows.count == count)
    // Every (day, subject) known at K, in force or not (with inForceOnly, only rows that show a rule or figure).
    let known = Set(events.filter { $0.type != .eventRetracted && (knownAt == nil || $0.recorded <= knownAt!) }.map(\.subject))
    var expected: [String] = []
    for day in 0..<4 {
      let at = first.adding(seconds: Int64(day * 86_400 + hour * 3600))
      let point = Bitemporal(at: at, knownAt: knownAt)
      for s in known.sorted(by: { $0.raw < $1.raw }) {
        let (status, id) = Self.naiveRow(s, events: events, at: point, order: order, horizon: horizon)!
        if inForceOnly && (status == .notInForce || status == .noReport) { continue }
        let time = String(at.iso8601.dropFirst(11).prefix(5))
        expected.append([at.dateString, time, s.raw, status.rawValue, id].joined(separator: ","))
      }
    }
    #expect(rows.map { $0.joined(separator: ",") } == expected, "seed \(seed), known at \(String(describing: knownAt)), \(hour):00")
  }
}
