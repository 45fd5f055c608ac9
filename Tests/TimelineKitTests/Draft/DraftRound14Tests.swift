import Foundation
import Testing

@testable import TimelineKit

// Fourteenth round: patterns found on the dev sets (AW, AZ, BB, BC and older ones). Made-up sentences in the style of
// official notices: none is copied from the five source texts, the practice set or the sets' notices.

@Suite("Draft: where cases were found (其中集中隔离点发现5例) is a part of the cases counted, not a count of quarantined people")
struct DraftCasesBySourceTests {
  let text = """
    11月2日0—24时，某市新增本土无症状感染者15例。
    15例无症状感染者中，高新区9例，荥阳市6例；其中隔离管控中发现11例，社会面筛查发现4例（高新区3例，荥阳市1例）。
    同日新增本土确诊病例3例。
    其中，集中隔离点检出2例，社区筛查检出1例。
    """

  @Test func partsTakeTheirWholesKey() throws {
    let d = try draft(text, published: "2022-11-03T08:00+08:00").drafts.filter { $0.subject.kind == .metric }
    func key(_ quote: String) -> [String] { d.filter { $0.quote == quote }.map(\.subject.raw) }
    #expect(key("其中隔离管控中发现11例") == ["metric:cases.asymptomatic.new-in-quarantine@city"], "\(d.map(\.subject))")
    #expect(key("社会面筛查发现4例") == ["metric:cases.asymptomatic.new-community@city"], "\(d.map(\.subject))")
    #expect(key("集中隔离点检出2例") == ["metric:cases.confirmed.new-in-quarantine@city"], "\(d.map(\.subject))")
    // A place of finding with no word the drafter knows still makes a part of the cases (a proposed key).
    #expect(key("社区筛查检出1例").first?.hasPrefix("metric:cases.confirmed.new-p-") == true, "\(d.map(\.subject))")
    // None is read as people in quarantine.
    #expect(!d.contains { $0.subject.raw.contains("quarantine.") }, "\(d.map(\.subject))")
  }

  @Test func aPartsPlacesBreakItDown() throws {
    let d = try draft(text, published: "2022-11-03T08:00+08:00").drafts.filter { $0.subject.kind == .metric }
    let items = d.filter { $0.quote == "高新区3例" || $0.quote == "荥阳市1例" }
    #expect(items.count == 2 && items.allSatisfy { $0.subject.raw.hasPrefix("metric:cases.asymptomatic.new-community@") }, "\(d.map(\.subject))")
    // Counted over the day the whole was counted over.
    #expect(d.allSatisfy { $0.interval.effective.iso8601 == "2022-11-03T00:00+08:00" }, "\(spans(d))")
  }

  @Test func findingAStatusIsNoPlace() {
    #expect(Drafter.findingChannel("其中集中隔离点发现") == "集中隔离点")
    #expect(Drafter.findingChannel("新增无症状感染者中发现") == nil)
    #expect(Drafter.findingChannel("发现") == nil)
  }
}
