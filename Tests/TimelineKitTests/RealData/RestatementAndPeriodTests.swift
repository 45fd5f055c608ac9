import Testing

@testable import TimelineKit

/// Facts from the briefings about restatements ("last stated") and counted figures ("figures keep their period").
/// docs/curation-notes.md, "Restatements and counting periods", says why each event is there.
@Suite struct RestatementAndPeriodTests {
  func t(_ s: String) throws -> Timestamp { try Timestamp.parse(s) }

  var events: [Event] { get throws { try RealData.timeline.get().store.events } }

  func event(_ id: String) throws -> Event {
    try #require(try events.first { $0.id == id }, "no event \(id)")
  }

  /// Ids that some `event.retracted` names as its target.
  var retracted: Set<String> {
    get throws { Set(try events.filter { $0.type == .eventRetracted }.compactMap { $0.data["target"]?.stringValue }) }
  }

  @Test func eachLogHoldsItsCuratedEvents() throws {
    let perLog = Dictionary(grouping: try events, by: \.source).mapValues(\.count)
    #expect(
      perLog == [
        "2022-01-08_press-conference-28": 59,
        "2022-01-10_services-and-provincial-transport": 39,
        "2022-01-11_press-conference-29": 59,
        "2022-11-07_press-conference-34": 32,
        "2022-11-24_press-conference-35": 33,
      ])
    #expect(try events.count == 222)
  }

  @Test func januaryNewCasesCountTheDayOfJanuary10() throws {
    let e = try event("pc29-010")
    #expect(e.type == .metricReported)
    #expect(e.subject.raw == "metric:cases.confirmed.new@city")
    #expect(e.quote == "1月10日新增确诊病例11例")
    #expect(e.data["value"] == .number("11"))
    #expect(e.data["period_start"] == .string("2022-01-10T00:00+08:00"))
    #expect(e.effective == (try t("2022-01-11T00:00+08:00")))
    #expect(!(try retracted).contains("pc29-010"))
    // The 4 districts' new cases share the day.
    for id in ["pc29-011", "pc29-012", "pc29-013", "pc29-014"] {
      #expect(try event(id).data["period_start"] == .string("2022-01-10T00:00+08:00"), "\(id)")
    }
  }

  @Test func novemberDailyFiguresCountTheirOwnDay() throws {
    // 11月3日/4日/5日 confirmed and asymptomatic; 11月22日 positives; 11月23日 (今日) preliminary positives until 20:00.
    let expected: [(String, String, String)] = [
      ("pc34-002", "2022-11-03T00:00+08:00", "2022-11-04T00:00+08:00"),
      ("pc34-003", "2022-11-03T00:00+08:00", "2022-11-04T00:00+08:00"),
      ("pc34-004", "2022-11-04T00:00+08:00", "2022-11-05T00:00+08:00"),
      ("pc34-005", "2022-11-04T00:00+08:00", "2022-11-05T00:00+08:00"),
      ("pc34-006", "2022-11-05T00:00+08:00", "2022-11-06T00:00+08:00"),
      ("pc34-007", "2022-11-05T00:00+08:00", "2022-11-06T00:00+08:00"),
      ("pc35-002", "2022-11-22T00:00+08:00", "2022-11-23T00:00+08:00"),
      ("pc35-003", "2022-11-22T00:00+08:00", "2022-11-23T00:00+08:00"),
      ("pc35-004", "2022-11-23T00:00+08:00", "2022-11-23T20:00+08:00"),
    ]
    for (id, start, end) in expected {
      let e = try event(id)
      #expect(e.data["period_start"] == .string(start), "\(id)")
      #expect(e.effective == (try t(end)), "\(id)")
    }
  }

  @Test func everyNewCountThatStandsCarriesItsPeriod() throws {
    let gone = try retracted
    let counts = try events.filter { $0.type == .metricReported && $0.quote.contains("新增") && !gone.contains($0.id) }
    #expect(counts.count == 6, "\(counts.map(\.id))")
    for e in counts { #expect(e.data["period_start"]?.stringValue != nil, "\(e.id) has no period_start") }
    // Every period, wherever it is given, ends at the figure's effective time and starts before it.
    for e in try events where e.type == .metricReported {
      guard let start = e.data["period_start"]?.stringValue else { continue }
      #expect(try t(start) < e.effective, "\(e.id): period_start \(start) is not before effective")
    }
  }

  @Test func cumulativeFiguresAndStocksHaveNoPeriod() throws {
    let asOf = try events.filter {
      $0.type == .metricReported && ["累计", "现有", "隔离", "库存"].contains(where: $0.quote.contains)
    }
    #expect(asOf.count >= 10)
    for e in asOf { #expect(e.data["period_start"] == nil, "\(e.id) is an as-of figure") }
  }

  @Test func theCoachSuspensionIsRestatedByBriefing29() throws {
    let e = try event("pc29-057")
    #expect(e.type == .measureRestated)
    #expect(e.subject.raw == "measure:transport.intercity-coach")
    #expect(e.quote == "郑州市暂停进出郑州市的班车客运、旅游客运、包车客运、定制客运等客运服务")
    #expect(e.effective == (try t("2022-01-11T00:00+08:00")))
    #expect(e.recorded == (try t("2022-01-11T00:00+08:00")))
    #expect(e.until == nil)
    // A restatement never decides state: notice No. 8 still does.
    let timeline = try RealData.timeline.get()
    let at = Bitemporal(at: try t("2022-01-12T00:00+08:00"), knownAt: nil)
    #expect(timeline.index.deciding(e.subject, at: at)?.id == "pc28-051")
    #expect(timeline.history(of: e.subject).map(\.event.id) == ["pc28-051", "pc29-057"])
  }

  @Test func theRestatementsAreExactlyTheCuratedOnes() throws {
    let ids = try events.filter { $0.type == .measureRestated || $0.type == .zoneRestated }.map(\.id)
    #expect(ids == ["pc28-059", "np0110-037", "np0110-038", "np0110-039", "pc29-057", "pc29-058", "pc29-059"])
  }

  /// Each restatement repeats the rule that was in force, as known then, when the text says it still holds:
  /// same subject, same scope, same rule, and a source no earlier than the deciding event's.
  @Test func everyRestatementRepeatsTheRuleInForceUnchanged() throws {
    let timeline = try RealData.timeline.get()
    let restatements = try events.filter { $0.type == .measureRestated || $0.type == .zoneRestated }
    #expect(!restatements.isEmpty)
    for r in restatements {
      let point = Bitemporal(at: r.effective, knownAt: r.recorded)
      let deciding = try #require(timeline.index.deciding(r.subject, at: point), "\(r.id): nothing in force to restate")
      #expect(deciding.type != .measureLifted && deciding.type != .zoneLifted, "\(r.id)")
      #expect(r.data["scope"] == deciding.data["scope"], "\(r.id) vs \(deciding.id)")
      #expect(r.data["rule"] == deciding.data["rule"], "\(r.id) vs \(deciding.id)")
      #expect(deciding.recorded <= r.recorded, "\(r.id)")
      #expect(r.recorded == (try event("\(r.id.split(separator: "-")[0])-001")).recorded, "\(r.id): recorded = its briefing's")
    }
  }
}
