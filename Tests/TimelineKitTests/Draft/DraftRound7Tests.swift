import Foundation
import Testing

@testable import TimelineKit

// Seventh round: three general patterns a made-up notice showed. Made-up sentences in the style of official notices:
// none is copied from the five source texts, the practice set or the notice itself.

@Suite("Draft: places kept open are no rule, with or without a period")
struct DraftKeptOpenTests {
  // (The seventh round drafted places listed as kept open during a period as a guarantee; the coders of every set
  // written since, like the practice set's "公交线路正常运行", leave what runs as usual out: only a change is an event.)
  @Test(arguments: [
    "自6月5日0时起至6月7日24时，全区居民非必要不出家门，便利店、菜市场、药房等民生网点照常营业。",
    "管控期间，菜市场、粮油店、药房等民生保障网点正常运营。",
    "自6月5日起，东城区菜市场、粮油店和药房正常营业。",
  ])
  func whatStaysOpenIsNotDrafted(_ text: String) throws {
    let d = try measures(text)
    #expect(!d.contains { $0.quote.contains("营") && !$0.subject.raw.contains("movement") }, "\(d.map(\.subject.raw))")
    // The rule beside it still is.
    #expect(d.count == (text.contains("非必要") ? 1 : 0), "\(d.map(\.subject.raw))")
  }

  @Test(arguments: [
    // The exception of a closure keeps nothing open of its own.
    "除菜市场、药房、银行正常营业外，其他商铺一律暂停营业。",
    // Without a period of its own it only reports that shops are open.
    "全市菜市场、粮油店、药房等网点均正常营业。",
    // One place is no list of places.
    "自6月5日起，东城区粮油批发中心正常营业。",
  ])
  func noGuaranteeIsDrafted(_ text: String) throws {
    let d = try measures(text)
    // Only the closure of the first sentence is a rule.
    #expect(d.allSatisfy { $0.quote.contains("暂停") } && d.count == (text.contains("暂停") ? 1 : 0), "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: a round held in named districts is theirs; N rounds over N days are one a day")
struct DraftDistrictRoundTests {
  private func rounds(_ text: String) throws -> [Draft] {
    try draft(text).drafts.filter { $0.type == .testingScheduled }
  }

  private func scope(_ d: Draft) -> String { d.data["scope"]?.stringValue ?? "" }

  @Test func threeRoundsOverThreeDaysInTwoDistricts() throws {
    let r = try draft("6月6日至8日，在金水区、惠济区分别开展三轮全员核酸检测，请按社区安排参加。")
    let d = r.drafts.filter { $0.type == .testingScheduled }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-06T00:00+08:00", "2022-06-07T00:00+08:00", "2022-06-08T00:00+08:00"])
    let key = try #require(d.first.map(scope))
    #expect(key != "city" && d.allSatisfy { scope($0) == key && $0.subject.raw.hasSuffix(key) }, "\(d.map(\.subject.raw))")
    #expect(Set(r.proposed.scopes.first { $0.key == key }?.members ?? []) == ["jinshui", "huiji"])
    #expect(d.allSatisfy { $0.data["label"]?.stringValue?.hasPrefix("金水区、惠济区全员核酸检测") == true })
  }

  @Test func aCountTheDaysDoNotMatchIsOneDraftThatSaysSo() throws {
    let d = try rounds("6月6日至8日，在金水区、惠济区开展两轮全员核酸检测。")
    #expect(d.count == 1, "\(d.map(\.subject.raw))")
    #expect(d.first.map { DraftFixture.guessed($0).contains { $0.hasPrefix("rounds: 2轮") } } == true)
  }

  @Test(arguments: [
    "6月6日起，全市开展一轮全员核酸检测。",
    "6月6日，全市开展全员核酸检测，金水区、惠济区设立夜间采样点。",
  ])
  func aCitywideRoundStaysTheCitys(_ text: String) throws {
    let d = try rounds(text)
    #expect(d.count == 1 && d.allSatisfy { scope($0) == "city" }, "\(d.map { scope($0) })")
  }

  @Test func anOrdinalRoundIsNoCount() throws {
    let d = try rounds("6月6日至7日，在金水区、惠济区开展第二轮全员核酸检测。")
    #expect(d.count == 1, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: an object sharing its head noun and its action with one catalogued label is that subject")
struct DraftHeadNounAndActionTests {
  @Test(arguments: [
    "自6月5日起，东城区艺术类培训机构暂停线下教学活动。",
    "6月5日起，辖区培训机构暂停线下教学活动，改为线上授课。",
  ])
  func itIsTheCataloguedMeasure(_ text: String) throws {
    let d = try measures(text)
    #expect(d.first?.subject.raw == "measure:schools.off-campus-training", "\(d.map(\.subject.raw))")
  }

  @Test(arguments: [
    // The head noun alone, with another action.
    "自6月5日起，全区培训机构暂停线下考级活动。",
    // The action alone, for another object.
    "自6月5日起，全区老年大学暂停线下教学活动。",
  ])
  func itIsNot(_ text: String) throws {
    let d = try measures(text)
    #expect(!d.isEmpty && !d.contains { $0.subject.raw == "measure:schools.off-campus-training" }, "\(d.map(\.subject.raw))")
  }

  @Test func theLexicon() throws {
    let v = Drafter(catalogue: try DraftFixture.catalogue(), knownSubjects: []).vocabulary
    #expect(v.measure(object: "培训机构", action: "线下教学活动") == "schools.off-campus-training")
    #expect(v.measure(object: "培训机构", action: "线下考级") == nil)
    #expect(v.measure(object: "机构", action: "线下教学活动") == nil)
  }
}
