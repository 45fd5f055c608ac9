import Testing

@testable import TimelineKit

/// `render --from --to` skips every subject that cannot have a row in the window without decoding it: no subject
/// that has a row may be skipped, on random logs (lifts, temporary rules, retractions) and random windows.
@Suite struct ChartWindowPropertyTests {
  typealias Random = ReplayPropertyTests.Random

  @Test(arguments: 0..<200)
  func theWindowPruneNeverDropsARow(seed: Int) throws {
    var r = Random(state: UInt64(seed) &* 31 &+ 5)
    let (events, order) = ReplayPropertyTests.randomStore(seed: UInt64(seed) &+ 4242)
    let table = EventTable(events: events, logRank: order.logRank)
    for _ in 0..<10 {
      let lo = ReplayPropertyTests.base.adding(seconds: Int64(r.int(-12...30)) * 3600)
      let hi = lo.adding(seconds: Int64(r.int(1...24)) * 3600)
      for s in table.subjects.indices {
        let row = try TimelineChart.row(
          subject: s, table: table, from: lo, to: hi, filter: SubjectFilter(), catalogue: Catalogue(), confirmation: Confirmation())
        if row != nil {
          #expect(
            TimelineChart.mayHaveRow(subject: s, table: table, from: lo, to: hi),
            "seed \(seed): \(table.subjects[s]) has a row in [\(lo), \(hi)] but was skipped")
        }
      }
    }
  }

  /// A deliberately wrong prune is caught: one that forgets rules in force at the window's start, and one that
  /// forgets the `until` times (a temporary lift running out inside the window brings a rule back).
  @Test(arguments: [false, true])
  func aWrongPruneIsCaught(forgetsUntil: Bool) throws {
    var dropped = 0
    for seed in 0..<200 {
      var r = Random(state: UInt64(seed) &* 31 &+ 5)
      let (events, order) = ReplayPropertyTests.randomStore(seed: UInt64(seed) &+ 4242)
      let table = EventTable(events: events, logRank: order.logRank)
      let lo = ReplayPropertyTests.base.adding(seconds: Int64(r.int(-12...30)) * 3600)
      let hi = lo.adding(seconds: Int64(r.int(1...24)) * 3600)
      for s in table.subjects.indices {
        let inWindow = table.range(of: s).contains {
          table.records[$0].effective >= lo.epochSeconds && table.records[$0].effective <= hi.epochSeconds
        }
        let wrong =
          forgetsUntil
          ? inWindow || table.standing(subject: s, at: lo.epochSeconds, knownAt: nil).map { !table.records[$0.deciding].eventType.endsState } == true
          : inWindow
        let row = try TimelineChart.row(
          subject: s, table: table, from: lo, to: hi, filter: SubjectFilter(), catalogue: Catalogue(), confirmation: Confirmation())
        if row != nil && !wrong { dropped += 1 }
      }
    }
    #expect(dropped > 0, "the random logs have rows the wrong prune would drop")
  }
}
