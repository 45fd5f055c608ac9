import Testing

@testable import TimelineKit

/// Last stated, the end of a stretch and the status of each row: the table's one-walk answers must agree with a
/// naive oracle built from full replays at every change point, on random logs with restatements, retractions,
/// `until`, retroactive and advance announcements and ties.
@Suite struct StandingPropertyTests {
  typealias Random = ReplayPropertyTests.Random

  /// The oracle: what `standing` means, computed by replaying every event from scratch.
  struct Naive: Equatable, CustomStringConvertible {
    var deciding: String
    var lastStated: Int64
    /// `scheduled`, `announced` or `unknown`, with the time and the announcing event.
    var end: String

    var description: String { "\(deciding) last stated \(lastStated) end \(end)" }

    static func of(_ subject: SubjectKey, events: [Event], at p: Bitemporal, order: EventOrder) -> Naive? {
      func deciding(_ t: Timestamp) -> Event? { StateFold.replay(events, at: Bitemporal(at: t, knownAt: p.knownAt), order: order)[subject] }
      guard let d = deciding(p.at) else { return nil }
      let retracted = Set(
        events.filter { $0.type == .eventRetracted && p.knows($0) }.compactMap { $0.data["target"]?.stringValue })
      var last = d.recorded.epochSeconds
      for r in events where r.subject == subject && r.type.isRestatement && p.knows(r) && !retracted.contains(r.id) {
        guard r.interval.contains(p.at), order.precedes(d, r), deciding(r.effective)?.id == d.id else { continue }
        last = max(last, r.recorded.epochSeconds)
      }
      // The stretch ends at the first change point after T at which another event (or none) decides.
      let points = Set(events.filter { $0.subject == subject }.flatMap { [$0.effective, $0.until].compactMap { $0 } })
        .filter { $0 > p.at }.sorted()
      var end = "unknown"
      for t in points {
        let e = deciding(t)
        guard e?.id != d.id else { continue }
        if t == d.until {
          end = "scheduled \(t.epochSeconds)"
        } else {
          end = "announced \(t.epochSeconds) \(e!.id)"
        }
        break
      }
      return Naive(deciding: d.id, lastStated: last, end: end)
    }
  }

  static func fast(_ st: EventTable.Standing, _ table: EventTable, _ ids: [Int: Event]) -> Naive {
    let end: String
    switch st.end {
    case .scheduled(let u): end = "scheduled \(u)"
    case .announced(let at, let by): end = "announced \(at) \(ids[by]!.id)"
    case .unknown: end = "unknown"
    }
    return Naive(deciding: ids[st.deciding]!.id, lastStated: st.lastStated, end: end)
  }

  @Test(arguments: 0..<300)
  func standingAgreesWithNaiveReplay(seed: Int) throws {
    let (events, order) = ReplayPropertyTests.randomStore(seed: UInt64(seed))
    let table = EventTable(events: events, logRank: order.logRank)
    let all = try table.events(Array(table.records.indices))
    var r = Random(state: UInt64(seed) &* 104_729)
    for _ in 0..<25 {
      let p = ReplayPropertyTests.randomPoint(&r)
      for s in table.subjects.indices {
        let subject = try SubjectKey(table.subjects[s])
        let naive = Naive.of(subject, events: events, at: p, order: order)
        let fast = table.standing(subject: s, at: p.at.epochSeconds, knownAt: p.knownAt?.epochSeconds).map { Self.fast($0, table, all) }
        #expect(fast == naive, "seed \(seed) \(subject.raw) at \(p.at) known \(String(describing: p.knownAt))")
      }
    }
  }

  @Test(arguments: 0..<100)
  func stateStatusFollowsLastStatedAndHorizon(seed: Int) throws {
    let (events, order) = ReplayPropertyTests.randomStore(seed: UInt64(seed))
    let table = EventTable(events: events, logRank: order.logRank)
    var r = Random(state: UInt64(seed) &+ 99)
    for _ in 0..<10 {
      let p = ReplayPropertyTests.randomPoint(&r)
      let horizon = Int64(r.int(1...12)) * 3600
      let entries = try table.stateEntries(at: p, catalogue: Catalogue(), confirmation: Confirmation(horizonSeconds: horizon))
      let naive = StateFold.replay(events, at: p, order: order).filter { !$0.value.type.endsState }
      #expect(Set(entries.map(\.subject)) == Set(naive.keys), "seed \(seed)")
      for e in entries {
        let oracle = try #require(Naive.of(e.subject, events: events, at: p, order: order))
        #expect(e.lastStated.epochSeconds == oracle.lastStated)
        let fresh = p.at.epochSeconds - oracle.lastStated <= horizon
        #expect(e.status == (fresh || e.event.until != nil ? .inForce : .unconfirmed), "seed \(seed) \(e.subject.raw)")
        #expect(e.statement.recorded.epochSeconds == oracle.lastStated)
      }
    }
  }
}
