import Foundation
import Testing

@testable import TimelineKit

// Eighth round: general patterns found by drafting made-up notices written by someone who had not read the drafter.
// Made-up sentences in the style of official notices: none is copied from the five source texts, the practice set
// or those notices.

@Suite("Draft: a lift that names the zone's new level is a re-grading")
struct DraftLiftToLevelTests {
  @Test(arguments: [
    ("解除管城区紫荆山路街道某某苑封控管理，调整为低风险区。", "low-risk"),
    ("解除惠济区新城街道某某里2号楼的管控措施，降为低风险区。", "low-risk"),
    ("解除中原区林山寨街道某某小区封控管理，调整为管控区。", "controlled"),
  ])
  func regraded(_ text: String, _ level: String) throws {
    let z = try draft(text).drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 1 && z[0].type == .zoneRegraded && z[0].data["level"]?.stringValue == level, "\(z.map(\.type))")
  }

  @Test func aLiftWithoutANewLevelStaysALift() throws {
    let z = try draft("解除管城区紫荆山路街道某某苑封控管理，恢复正常生产生活秩序。").drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 1 && z[0].type == .zoneLifted && z[0].data["level"] == nil, "\(z.map(\.type))")
  }
}

@Suite("Draft: a date between a rule's object and its verb is no part of the object")
struct DraftDateInsideObjectTests {
  @Test func servicesListedBeforeTheirDateAreOneRuleEach() throws {
    let d = try measures("地铁、公交自3月2日首班车起恢复正常运营，乘客须全程佩戴口罩。")
    #expect(Set(d.map(\.subject.raw)) == ["measure:transport.bus", "measure:transport.metro"], "\(d.map(\.subject.raw))")
    #expect(d.allSatisfy { $0.type == .measureLifted && $0.interval.effective.iso8601 == "2022-03-02T00:00+08:00" })
  }

  @Test(arguments: ["幼儿园自3月7日起恢复线下保教活动。", "幼儿园于3月7日起恢复线下保教活动。", "幼儿园从3月7日开始恢复线下保教活动。"])
  func theProposedNameHasNoTimeWords(_ text: String) throws {
    let r = try draft(text)
    #expect(r.proposed.measures.map(\.zh) == ["幼儿园"], "\(r.proposed.measures.map(\.zh))")
  }
}
