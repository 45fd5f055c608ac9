import Testing

@testable import TimelineKit

/// The semantic rules of replay and audit, each shown on the real briefings.
@Suite struct ReplayAndAuditTests {
  func t(_ s: String) throws -> Timestamp { try Timestamp.parseUserInput(s) }

  func state(_ at: String, knownAt: String? = nil, _ filter: SubjectFilter = SubjectFilter()) throws -> [String: Timeline.StateEntry] {
    let timeline = try RealData.timeline.get()
    let entries = timeline.state(at: Bitemporal(at: try t(at), knownAt: try knownAt.map(t)), filter: filter)
    return Dictionary(uniqueKeysWithValues: entries.map { ($0.subject.raw, $0) })
  }

  @Test func dineInIsSuspendedCitywideAt13ButNotAt11OnJanuary8() throws {
    let at13 = try #require(try state("2022-01-08T13:00")["measure:dining.dine-in"])
    #expect(at13.event.id == "pc29-036")
    #expect(at13.event.data["scope"] == .string("city"))
    #expect(at13.description.state.en.hasPrefix("All dine-in service at restaurants across the city is suspended"))
    let at11 = try #require(try state("2022-01-08T11:00")["measure:dining.dine-in"])
    #expect(at11.event.id == "pc28-036")
    #expect(at11.event.quote.contains("接待量不能超过额定座位数50%"))
  }

  @Test func cumulativeCasesAsOfJanuary10At24Are103With47InErqi() throws {
    let s = try state("2022-01-11T00:00")
    #expect(s["metric:cases.confirmed.cumulative@city"]?.event.data["value"] == .number("103"))
    #expect(s["metric:cases.confirmed.cumulative@erqi"]?.event.data["value"] == .number("47"))
    #expect(s["metric:cases.confirmed.cumulative@erqi"]?.description.state.zh == "47 例")
    // A figure as of 24:00 is not yet a state one minute before.
    #expect(try state("2022-01-10T23:59")["metric:cases.confirmed.cumulative@city"] == nil)
  }

  @Test func theNovemberStayHomeOrderRunsFromThe25thTo29thAt24() throws {
    #expect(try state("2022-11-27T10:00")["measure:movement.stay-home"]?.event.id == "pc35-010")
    #expect(try state("2022-11-30T00:01")["measure:movement.stay-home"] == nil)
    #expect(try state("2022-11-29T23:59")["measure:movement.stay-home"] != nil)
    #expect(try state("2022-11-24T23:59")["measure:movement.stay-home"] == nil)
  }

  @Test func asKnownOnJanuary8TheJanuary11BriefingIsNotYetVisible() throws {
    let early = try state("2022-01-10T12:00", knownAt: "2022-01-08")
    #expect(early["measure:dining.dine-in"]?.event.id == "pc28-036")
    #expect(early["measure:transport.bus"] == nil)
    #expect(early.values.allSatisfy { $0.event.recorded <= (try! t("2022-01-08")) })
    let later = try state("2022-01-10T12:00", knownAt: "2022-01-12")
    #expect(later["measure:dining.dine-in"]?.event.id == "pc29-036")
    #expect(later["measure:transport.bus"]?.event.id == "pc29-041")
  }

  @Test func aTemporaryOrderOverridesTheStandingRuleOnlyInsideItsInterval() throws {
    #expect(try state("2022-11-20T12:00")["measure:transport.bus"]?.event.id == "pc29-041")
    #expect(try state("2022-11-27T12:00")["measure:transport.bus"]?.event.id == "pc35-014")
    #expect(try state("2022-11-30T12:00")["measure:transport.bus"]?.event.id == "pc29-041")
  }

  @Test func aDistrictSeesCitywideRulesItsDistrictSetsAndItsOwnZones() throws {
    let erqi = try state("2022-11-27T10:00", SubjectFilter(district: "erqi"))
    #expect(erqi["measure:movement.stay-home"] != nil, "main-urban-8 includes 二七区")
    #expect(erqi["measure:dining.dine-in"] != nil, "a citywide rule applies in every district")
    #expect(erqi["zone:erqi/jianshe-hanghai-songshan-jingguang-area"] != nil)
    #expect(erqi["zone:gaoxin/wulong-xincheng-xiangxieyuan"] == nil)
    let zhongmu = try state("2022-11-27T10:00", SubjectFilter(district: "zhongmu"))
    #expect(zhongmu["measure:movement.stay-home"] == nil, "中牟县 is outside the eight main districts")
    #expect(zhongmu["measure:dining.dine-in"] != nil)
    #expect(zhongmu.keys.allSatisfy { !$0.hasPrefix("zone:") })
  }

  @Test func categoryFilterKeepsOnlyThatCategory() throws {
    let dining = try state("2022-01-10T12:00", SubjectFilter(category: "dining"))
    #expect(Set(dining.keys) == ["measure:dining.dine-in"])
    let zones = try state("2022-01-10T12:00", SubjectFilter(category: "zones"))
    #expect(zones.keys.filter { $0.hasPrefix("zone:") }.count == 5)
  }

  @Test func validTimeDiffShowsTheDineInChangeWithItsBriefing() throws {
    let timeline = try RealData.timeline.get()
    let d = timeline.diff(from: Bitemporal(at: try t("2022-01-08T11:00")), to: Bitemporal(at: try t("2022-01-08T13:00")))
    let dine = try #require(d.first { $0.subject.raw == "measure:dining.dine-in" })
    #expect(dine.change == .changed)
    #expect(dine.before?.id == "pc28-036")
    #expect(dine.after?.id == "pc29-036")
    #expect(dine.responsible.source == "2022-01-11_press-conference-29")
  }

  @Test func knowledgeDiffShowsWhatTheJanuary11BriefingChangedInWhatWasKnown() throws {
    let timeline = try RealData.timeline.get()
    let at = try t("2022-01-10T12:00")
    let d = timeline.diff(from: Bitemporal(at: at, knownAt: try t("2022-01-08")), to: Bitemporal(at: at, knownAt: try t("2022-01-12")))
    let byKey = Dictionary(uniqueKeysWithValues: d.map { ($0.subject.raw, $0) })
    #expect(byKey["measure:dining.dine-in"]?.change == .changed)
    #expect(byKey["measure:transport.bus"]?.change == .added)
    #expect(byKey["measure:transport.bus"]?.responsible.id == "pc29-041")
    #expect(!d.contains { $0.change == .ended })
  }

  @Test func aScheduledEndIsReportedAsEndedBySchedule() throws {
    let timeline = try RealData.timeline.get()
    let d = timeline.diff(from: Bitemporal(at: try t("2022-11-29T12:00")), to: Bitemporal(at: try t("2022-11-30T12:00")))
    let stay = try #require(d.first { $0.subject.raw == "measure:movement.stay-home" })
    #expect(stay.change == .ended)
    #expect(stay.reason == .scheduledEnd(at: try t("2022-11-30T00:00")))
    let bus = try #require(d.first { $0.subject.raw == "measure:transport.bus" })
    #expect(bus.change == .changed, "the January rule applies again after the temporary order")
    #expect(bus.after?.id == "pc29-041")
  }

  @Test func historyOfDineInReadsAsOneStoryAcrossBriefings() throws {
    let timeline = try RealData.timeline.get()
    let table = try RealData.table.get()
    let subject = try SubjectKey(table.subjects[try table.resolveSubject("堂食", catalogue: timeline.catalogue)])
    #expect(subject.raw == "measure:dining.dine-in")
    let h = timeline.history(of: subject)
    #expect(h.map(\.event.id) == ["pc28-036", "pc29-036", "pc34-029"])
    #expect(h.map(\.event.source) == ["2022-01-08_press-conference-28", "2022-01-11_press-conference-29", "2022-11-07_press-conference-34"])
    #expect(timeline.history(of: subject, knownAt: try t("2022-01-10")).map(\.event.id) == ["pc28-036"])
  }

  @Test func ambiguousAndUnknownSubjectsListCandidates() throws {
    let timeline = try RealData.timeline.get()
    let table = try RealData.table.get()
    do {
      _ = try table.resolveSubject("transport.", catalogue: timeline.catalogue)
      Issue.record("a fragment of 14 subjects resolved to one")
    } catch {
      guard case .ambiguousSubject(_, let c) = error.code else {
        Issue.record("\(error)")
        return
      }
      #expect(c.contains { $0.hasPrefix("measure:transport.bus ") })
      #expect(c.count == 14)
    }
    do {
      _ = try table.resolveSubject("measure:dining.dine-inn", catalogue: timeline.catalogue)
      Issue.record("an unknown key resolved")
    } catch {
      #expect(error.code == .unknownSubject("measure:dining.dine-inn", candidates: ["measure:dining.dine-in"]))
    }
    // A label fragment that is in no key: found through the events' Chinese labels.
    #expect(table.subjects[try table.resolveSubject("地铁", catalogue: timeline.catalogue)] == "measure:transport.metro")
  }

  @Test func changeLogIsInValidTimeOrderNewestLast() throws {
    let timeline = try RealData.timeline.get()
    let all = timeline.changes()
    #expect(all.count == 222)
    #expect(zip(all, all.dropFirst()).allSatisfy { !timeline.index.order.precedes($1.event, $0.event) })
    let jan8 = timeline.changes(from: try t("2022-01-08"), to: try t("2022-01-09"))
    #expect(jan8.allSatisfy { $0.event.effective.dateString == "2022-01-08" })
    #expect(jan8.contains { $0.event.id == "pc29-036" })
  }
}

/// The streamed daily export (a sweep over the scanned table) agrees with the replay for every day and subject.
@Suite struct DailyExportTests {
  @Test func everyRowOfTheYearAgreesWithTheReplay() throws {
    let timeline = try RealData.timeline.get()
    let table = try RealData.table.get()
    var csv: [UInt8] = []
    let rows = try table.writeDaily(
      firstDay: try Timestamp.parseUserInput("2022-01-01"), lastDay: try Timestamp.parseUserInput("2022-12-31"), secondsIntoDay: 12 * 3600,
      knownAt: nil, filter: SubjectFilter(), catalogue: timeline.catalogue, columns: ["date", "time", "subject", "status", "event_id"],
      options: CSVOptions()
    ) { (w: inout CSVWriter) throws(TimelineError) in csv += w.takeBytes() }
    let lines = String(decoding: csv, as: UTF8.self).split(separator: "\n").map {
      $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
    #expect(lines.first == ["date", "time", "subject", "status", "event_id"])
    #expect(lines.count == rows + 1)
    #expect(rows == 365 * timeline.index.subjects.count)
    let events = timeline.store.events
    let order = timeline.index.order
    var counts: [String: Int] = [:]
    // The oracle replays every event from scratch, so check one day in seven (a full year takes minutes).
    for row in lines.dropFirst() where Int(row[0].suffix(2))! % 7 == 1 {
      let at = try Timestamp.parseUserInput(row[0] + "T" + row[1])
      let expected = DailySweepPropertyTests.naiveRow(
        try SubjectKey(row[2]), events: events, at: Bitemporal(at: at), order: order, horizon: Confirmation.defaultHorizonSeconds)!
      #expect(row[3] == expected.status.rawValue, "\(row)")
      #expect(row[4] == expected.id, "\(row)")
      counts[row[3], default: 0] += 1
    }
    // The January rules are never restated after 11 January: from 26 January (the horizon past the last
    // statement) they are unconfirmed, not in force, until the November briefings.
    #expect((counts["unconfirmed"] ?? 0) > 1_000)
    // (The November briefings state a few rules retroactively, from 1 November: those are confirmed from then.)
    let midYear = lines.dropFirst().filter { $0[0] >= "2022-01-26" && $0[0] < "2022-11-01" }
    #expect(!midYear.contains { $0[3] == "in force" }, "nothing is confirmed between the January and November briefings")
  }

  @Test func aDaysCountIsReportedOnlyOnTheDayItCounts() throws {
    let r = EndToEndTests.run(
      [
        "export", "daily", "--from", "2022-01-09", "--to", "2022-02-01", "--category", "cases", "--columns",
        "date,subject,status,value,as_of,period_start",
        "--events", RealData.directory,
      ])
    #expect(r.status == 0)
    let rows = r.out.split(separator: "\n").filter { $0.contains(",metric:cases.confirmed.new@city,") }
    #expect(rows.count == 24)
    // pc29-010: 11 new confirmed cases counted 1月10日0—24时.
    #expect(rows.contains("2022-01-10,metric:cases.confirmed.new@city,reported,11,2022-01-11T00:00+08:00,2022-01-10T00:00+08:00"))
    #expect(rows.contains("2022-01-11,metric:cases.confirmed.new@city,no report,,,"))
    #expect(rows.contains("2022-02-01,metric:cases.confirmed.new@city,no report,,,"), "no count is carried to 1 February")
    #expect(rows.filter { $0.contains(",reported,") }.count == 1)
    // A cumulative figure is carried with the moment it is as of, and marked unconfirmed past the horizon.
    let cumulative = r.out.split(separator: "\n").filter { $0.contains(",metric:cases.confirmed.cumulative@city,") }
    #expect(cumulative.contains("2022-01-12,metric:cases.confirmed.cumulative@city,latest,103,2022-01-11T00:00+08:00,"))
    #expect(cumulative.contains("2022-02-01,metric:cases.confirmed.cumulative@city,unconfirmed,103,2022-01-11T00:00+08:00,"))
  }

  @Test func inForceOnlyKeepsExactlyTheRowsThatShowARuleOrFigure() {
    let args = [
      "export", "daily", "--from", "2022-01-07", "--to", "2022-01-12", "--columns", "date,subject,status,event_id", "--events", RealData.directory,
    ]
    let all = EndToEndTests.run(args)
    let only = EndToEndTests.run(args + ["--in-force-only"])
    #expect(all.status == 0 && only.status == 0)
    let lines = all.out.split(separator: "\n")
    let kept = [lines[0]] + lines.dropFirst().filter { !$0.contains(",not in force,") && !$0.contains(",no report,") }
    #expect(only.out.split(separator: "\n") == kept)
    #expect(kept.count > 100 && kept.count < lines.count, "some rules start during the week")
  }

  @Test func dineInOnJanuary8AtNoonAndAfter() throws {
    let timeline = try RealData.timeline.get()
    let table = try RealData.table.get()
    var csv: [UInt8] = []
    _ = try table.writeDaily(
      firstDay: try Timestamp.parseUserInput("2022-01-08"), lastDay: try Timestamp.parseUserInput("2022-01-09"), secondsIntoDay: 11 * 3600,
      knownAt: nil, filter: SubjectFilter(category: "dining"), catalogue: timeline.catalogue,
      columns: ["date", "subject", "status", "event_id", "label_zh"], options: CSVOptions()
    ) { (w: inout CSVWriter) throws(TimelineError) in csv += w.takeBytes() }
    #expect(
      String(decoding: csv, as: UTF8.self) == """
        date,subject,status,event_id,label_zh
        2022-01-08,measure:dining.dine-in,in force,pc28-036,堂食
        2022-01-09,measure:dining.dine-in,in force,pc29-036,堂食

        """)
  }
}
