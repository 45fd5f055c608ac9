import Testing

@testable import TimelineKit

/// The fast index must agree with the naive full replay on random logs with retractions, `until`,
/// retroactive and advance announcements, and ties in time.
@Suite struct ReplayPropertyTests {
  /// A small deterministic generator (SplitMix64), so a failing seed can be replayed.
  struct Random: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ p: Double) -> Bool { Double(next() % 10_000) / 10_000 < p }
  }

  static let base = Timestamp(year: 2022, month: 1, day: 1)!

  /// A random store: a few logs, few subjects (so they collide), times on a coarse grid (so they tie).
  /// With `figures`, the subjects are metrics: figures as of a moment, or counts over a period before it.
  static func randomStore(seed: UInt64, figures: Bool = false) -> (events: [Event], order: EventOrder) {
    var r = Random(state: seed)
    let subjects = (0..<r.int(1...6)).map { try! SubjectKey(figures ? "metric:m\($0)@city" : "measure:m\($0)") }
    let logs = (0..<r.int(1...3)).map { "log\($0)" }
    var events: [Event] = []
    var ids: [(id: String, subject: SubjectKey, recorded: Timestamp)] = []
    var seqs = [String: Int]()
    for n in 0..<r.int(1...40) {
      let log = logs[r.int(0...(logs.count - 1))]
      seqs[log, default: 0] += 1
      let recorded = base.adding(seconds: Int64(r.int(0...20)) * 3600)
      let id = "e\(n)"
      if !ids.isEmpty, r.chance(0.15) {
        let target = ids[r.int(0...(ids.count - 1))]
        let rec = max(recorded, target.recorded)
        events.append(
          Event(
            sealing: Draft(
              id: id, type: .eventRetracted, subject: target.subject, interval: ValidInterval(effective: rec), recorded: rec,
              source: log, quote: "q", data: JSONObject(unsorted: [.init(key: "target", value: .string(target.id))])!),
            seq: seqs[log]!, prev: .zero))
        continue
      }
      let subject = subjects[r.int(0...(subjects.count - 1))]
      if figures {
        // A figure as of a moment up to 10 hours before it was reported; a count covers 1 to 30 hours before that.
        let asOf = recorded.adding(seconds: -Int64(r.int(0...10)) * 3600)
        var members: [JSONObject.Member] = [.init(key: "unit", value: .string("例")), .init(key: "value", value: .number(String(n)))]
        if r.chance(0.6) {
          members.append(.init(key: "period_start", value: .string(asOf.adding(seconds: -Int64(r.int(1...30)) * 3600).iso8601)))
        }
        events.append(
          Event(
            sealing: Draft(
              id: id, type: .metricReported, subject: subject, interval: ValidInterval(effective: asOf), recorded: recorded, source: log,
              quote: "q", data: JSONObject(unsorted: members)!),
            seq: seqs[log]!, prev: .zero))
        ids.append((id, subject, recorded))
        continue
      }
      // Effective from 10 hours before to 10 hours after recorded: retroactive and advance.
      let effective = recorded.adding(seconds: Int64(r.int(-10...10)) * 3600)
      let until = r.chance(0.3) ? effective.adding(seconds: Int64(r.int(1...12)) * 3600) : nil
      let type: EventType =
        r.chance(0.15) ? .measureLifted : r.chance(0.2) ? .measureRestated : (r.chance(0.5) ? .measureImposed : .measureAmended)
      let data = JSONObject(unsorted: [.init(key: "scope", value: .string("city")), .init(key: "rule", value: .string("r\(n % 3)"))])!
      events.append(
        Event(
          sealing: Draft(
            id: id, type: type, subject: subject, interval: ValidInterval(effective: effective, until: until), recorded: recorded,
            source: log, quote: "q", data: data),
          seq: seqs[log]!, prev: .zero))
      ids.append((id, subject, recorded))
    }
    var rank: [String: Int] = [:]
    for (k, l) in logs.enumerated() { rank[l] = k }
    let order = EventOrder(logRank: rank)
    return (events.sorted(by: order.precedes), order)
  }

  static func randomPoint(_ r: inout Random) -> Bitemporal {
    let at = base.adding(seconds: Int64(r.int(-12...34)) * 1800)
    let k: Timestamp? = r.chance(0.3) ? nil : base.adding(seconds: Int64(r.int(-2...22)) * 3600)
    return Bitemporal(at: at, knownAt: k)
  }

  @Test(arguments: 0..<300)
  func indexAgreesWithNaiveReplay(seed: Int) {
    let (events, order) = Self.randomStore(seed: UInt64(seed))
    let index = TimelineIndex(events: events, order: order)
    let table = EventTable(events: events, logRank: order.logRank)
    var r = Random(state: UInt64(seed) &* 7919)
    for _ in 0..<25 {
      let p = Self.randomPoint(&r)
      let naive = StateFold.replay(events.shuffled(using: &r), at: p, order: order)
      let fast = index.state(at: p)
      #expect(fast.mapValues(\.id) == naive.mapValues(\.id), "seed \(seed) at \(p.at) known \(String(describing: p.knownAt))")
      // The compact record table (the cached fast path) must agree too.
      let winners = table.state(at: p.at.epochSeconds, knownAt: p.knownAt?.epochSeconds)
      let decoded = try! table.events(winners)
      let fromTable = Dictionary(uniqueKeysWithValues: winners.map { (decoded[$0]!.subject, decoded[$0]!.id) })
      #expect(fromTable == naive.mapValues(\.id), "table: seed \(seed) at \(p.at) known \(String(describing: p.knownAt))")
    }
  }

  @Test(arguments: 0..<100)
  func diffAgreesWithNaiveComparison(seed: Int) throws {
    let (events, order) = Self.randomStore(seed: UInt64(seed))
    let store = EventStore(directory: "", catalogue: Catalogue(), logs: [])
    let timeline = Timeline(store: store, index: TimelineIndex(events: events, order: order))
    var r = Random(state: UInt64(seed) &+ 17)
    for _ in 0..<10 {
      let a = Self.randomPoint(&r)
      let b = Self.randomPoint(&r)
      let before = StateFold.replay(events, at: a, order: order).filter { !$0.value.type.endsState }
      let after = StateFold.replay(events, at: b, order: order).filter { !$0.value.type.endsState }
      let diff = timeline.diff(from: a, to: b)
      let added = Set(after.keys).subtracting(before.keys)
      let ended = Set(before.keys).subtracting(after.keys)
      #expect(Set(diff.filter { $0.change == .added }.map(\.subject)) == added)
      #expect(Set(diff.filter { $0.change == .ended }.map(\.subject)) == ended)
      for d in diff where d.change == .changed {
        #expect(before[d.subject]?.id == d.before?.id)
        #expect(after[d.subject]?.id == d.after?.id)
        #expect(d.before?.data != d.after?.data || d.before?.type != d.after?.type || d.before?.until != d.after?.until)
      }
      for s in Set(before.keys).intersection(after.keys) where before[s]!.data != after[s]!.data {
        #expect(diff.contains { $0.subject == s && $0.change == .changed }, "seed \(seed): \(s) changed but not reported")
      }
      // Every reason is true of the naive replay, and names a time.
      let deciding = StateFold.replay(events, at: b, order: order)
      for d in diff {
        let why = "seed \(seed): \(d.subject) \(d.change) \(d.reason.name) from \(a) to \(b)"
        switch d.reason {
        case .stated(let n):
          #expect(d.change != .ended && n.id == after[d.subject]?.id, Comment(rawValue: why))
        case .lifted(let l):
          #expect(d.change == .ended && l.type.endsState && deciding[d.subject]?.id == l.id, Comment(rawValue: why))
        case .retracted(let x):
          let o = try #require(d.before)
          #expect(x.type == .eventRetracted && x.data["target"]?.stringValue == o.id && b.knows(x), Comment(rawValue: why))
        case .scheduledEnd(let u):
          let o = try #require(d.before)
          #expect(o.until == u && a.at < u && u <= b.at, Comment(rawValue: why))
        case .notYetKnown(let rec):
          #expect(d.before?.recorded == rec && !b.knows(d.before!), Comment(rawValue: why))
        case .notYetInForce(let eff):
          #expect(d.before?.effective == eff && b.at < eff, Comment(rawValue: why))
        }
      }
    }
  }

  @Test(arguments: 0..<100)
  func historyAgreesWithNaiveFilterAndSort(seed: Int) {
    let (events, order) = Self.randomStore(seed: UInt64(seed))
    let timeline = Timeline(
      store: EventStore(directory: "", catalogue: Catalogue(), logs: []), index: TimelineIndex(events: events, order: order))
    var r = Random(state: UInt64(seed))
    let k: Timestamp? = r.chance(0.5) ? nil : Self.base.adding(seconds: Int64(r.int(0...20)) * 3600)
    let table = EventTable(events: events, logRank: order.logRank)
    for s in Set(events.map(\.subject)) {
      let naive = events.filter { $0.subject == s && (k == nil || $0.recorded <= k!) }.sorted(by: order.precedes)
      let h = timeline.history(of: s, knownAt: k)
      #expect(h.map(\.event.id) == naive.map(\.id))
      let fromTable = try! table.historyEntries(of: table.subjectIndex(s.raw)!, knownAt: k, catalogue: Catalogue())
      #expect(fromTable.map(\.event.id) == naive.map(\.id))
      #expect(fromTable.map { $0.retractedBy?.id } == h.map { $0.retractedBy?.id })
      // How each rule's stretch ends: the first later event (known, not retracted at K) that starts before its
      // `until`, as the replay at that moment decides; else its `until`; else unknown.
      let retractedAtK = Set(
        events.filter { $0.type == .eventRetracted && (k == nil || $0.recorded <= k!) }.compactMap { $0.data["target"]?.stringValue })
      for row in h where row.event.type.decides && !row.event.type.endsState {
        let e = row.event
        let later = naive.filter {
          $0.type.decides && order.precedes(e, $0) && !retractedAtK.contains($0.id) && $0.effective < (e.until ?? Timestamp(epochSeconds: .max))
        }
        let expected: StateEnd
        if let next = later.first {
          let decider = StateFold.replay(events, at: Bitemporal(at: next.effective, knownAt: k), order: order)[s]!
          expected = .announced(at: next.effective, by: EventRef(decider))
        } else {
          expected = e.until.map { .scheduled(at: $0) } ?? .unknown
        }
        #expect(row.end == expected, "seed \(seed): end of \(e.id)")
      }
      for row in h where row.event.type != .eventRetracted {
        let retracted = naive.contains { $0.type == .eventRetracted && $0.data["target"]?.stringValue == row.event.id }
        #expect((row.retractedBy != nil) == retracted)
      }
    }
  }

  @Test func aRetractionHidesItsTargetOnlyForKnowledgeTimesAfterIt() throws {
    let t0 = Self.base
    func ev(_ id: String, _ type: EventType, recorded: Int, rule: String = "r", target: String? = nil) -> Event {
      var members: [JSONObject.Member] = [.init(key: "scope", value: .string("city")), .init(key: "rule", value: .string(rule))]
      if let target { members = [.init(key: "target", value: .string(target))] }
      return Event(
        sealing: Draft(
          id: id, type: type, subject: try! SubjectKey("measure:m"), interval: ValidInterval(effective: t0),
          recorded: t0.adding(seconds: Int64(recorded) * 3600), source: "l", quote: "q", data: JSONObject(unsorted: members)!),
        seq: recorded + 1, prev: .zero)
    }
    let events = [
      ev("a", .measureImposed, recorded: 0, rule: "old"), ev("b", .measureAmended, recorded: 1, rule: "wrong"),
      ev("x", .eventRetracted, recorded: 5, target: "b"),
    ]
    let index = TimelineIndex(events: events, order: EventOrder(logRank: ["l": 0]))
    let m = try SubjectKey("measure:m")
    let at = t0.adding(seconds: 3600 * 24)
    #expect(index.deciding(m, at: Bitemporal(at: at, knownAt: t0.adding(seconds: 3600 * 4)))?.id == "b", "before the retraction is known")
    #expect(index.deciding(m, at: Bitemporal(at: at, knownAt: t0.adding(seconds: 3600 * 5)))?.id == "a", "from the retraction on")
    #expect(index.deciding(m, at: Bitemporal(at: at))?.id == "a")
  }

  @Test func tiesInEffectiveTimeAreBrokenByRecordedThenLogThenSeq() throws {
    let t0 = Self.base
    func ev(_ id: String, log: String, seq: Int, recorded: Int) -> Event {
      Event(
        sealing: Draft(
          id: id, type: .measureImposed, subject: try! SubjectKey("measure:m"), interval: ValidInterval(effective: t0),
          recorded: t0.adding(seconds: Int64(recorded)), source: log, quote: "q", data: JSONObject()),
        seq: seq, prev: .zero)
    }
    let order = EventOrder(logRank: ["a": 0, "b": 1])
    let m = try SubjectKey("measure:m")
    func winner(_ events: [Event]) -> String? {
      TimelineIndex(events: events.sorted(by: order.precedes), order: order).deciding(m, at: Bitemporal(at: t0))?.id
    }
    #expect(winner([ev("late", log: "a", seq: 1, recorded: 10), ev("early", log: "b", seq: 9, recorded: 5)]) == "late")
    #expect(winner([ev("a1", log: "a", seq: 5, recorded: 5), ev("b1", log: "b", seq: 1, recorded: 5)]) == "b1")
    #expect(winner([ev("s2", log: "a", seq: 2, recorded: 5), ev("s1", log: "a", seq: 1, recorded: 5)]) == "s2")
  }
}
