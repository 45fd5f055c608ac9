import Foundation
import Testing

@testable import TimelineKit

// Sixth round: five general patterns a made-up notice showed. Made-up sentences in the style of official notices: none
// is copied from the five source texts, the practice set or the notice itself.

@Suite("Draft: a purpose clause that announces the items after it states no rule")
struct DraftAnnouncingPurposeTests {
  @Test(arguments: [
    "为进一步做好疫情防控工作，有序恢复正常生活秩序，经研究决定：",
    "为巩固前期防控成效，现决定：",
    "根据有关法律法规，结合我市实际，决定如下：",
  ])
  func thePreambleDraftsNothing(_ text: String) throws {
    #expect(try measures(text).isEmpty)
    #expect(Drafter.announcesItems(String(text.map(BriefingText.normalize))))
  }

  @Test func theItemsAfterItAreStillDrafted() throws {
    let d = try measures("为进一步做好疫情防控工作，有序恢复正常生活秩序，经研究决定：\n一、自6月5日起，全市影剧院恢复开放。")
    #expect(d.count == 1 && d.first?.type == .measureLifted, "\(d.map(\.subject.raw))")
    #expect(d.allSatisfy { !$0.quote.contains("经研究决定") })
  }

  @Test(arguments: [
    "经研究决定，自6月5日起全市影剧院恢复开放。",
    "为减少人员聚集，自6月5日起全市影剧院暂停开放。",
  ])
  func aDecisionStatedInItsSentenceIsARule(_ text: String) throws {
    #expect(!Drafter.announcesItems(String(text.map(BriefingText.normalize))))
    #expect(try measures(text).count == 1)
  }
}

@Suite("Draft: catalogued objects listed under one verb are one rule each")
struct DraftListedObjectTests {
  @Test func busAndMetroAreTwoRules() throws {
    let d = try measures("自6月5日起，市区公交、地铁暂停运营。")
    #expect(Set(d.map(\.subject.raw)) == ["measure:transport.bus", "measure:transport.metro"], "\(d.map(\.subject.raw))")
  }

  @Test func itemsThatAreNotCatalogueNamesStayOneRule() throws {
    // "公交定制专线" and "地铁末班车" are no catalogue names in full: one rule, as before.
    let d = try measures("自6月5日起，公交定制专线、地铁末班车暂停运营。")
    #expect(d.count == 1, "\(d.map(\.subject.raw))")
  }

  @Test func listed() {
    #expect(Drafter.listed(Array("公交、地铁")) == [Array("公交"), Array("地铁")])
    #expect(Drafter.listed(Array("商场、超市以及影剧院")) == [Array("商场"), Array("超市"), Array("影剧院")])
  }
}

@Suite("Draft: conduct on site after a reopening is its condition, not a rule")
struct DraftConductAfterReopeningTests {
  @Test(arguments: [
    "自6月5日起，全市影剧院恢复开放，观众须全程佩戴口罩，保持一米间距。",
    "自6月5日起，市区公交恢复正常运营，乘客须全程佩戴口罩。",
  ])
  func onlyTheReopeningIsDrafted(_ text: String) throws {
    let d = try measures(text)
    #expect(d.count == 1 && d.first?.type == .measureLifted, "\(d.map { "\($0.type) \($0.subject.raw)" })")
  }

  @Test func conductAsASentenceOfItsOwnIsStillARule() throws {
    let d = try measures("6月5日起，乘坐公共交通工具仍须全程佩戴口罩。")
    #expect(d.count == 1, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: a zone re-grading does not also amend a level's definition")
struct DraftRegradeIsNoDefinitionTests {
  @Test func onlyTheZoneIsDrafted() throws {
    let r = try draft("中原区林山寨街道幸福里社区由中风险区调整为低风险区。")
    #expect(r.drafts.contains { $0.type == .zoneRegraded }, "\(r.drafts.map(\.subject.raw))")
    #expect(!r.drafts.contains { $0.subject.kind == .measure }, "\(r.drafts.map(\.subject.raw))")
  }

  @Test func aRuleForTheLevelStillNamesIt() throws {
    let d = try measures("全市低风险区执行常态化防控要求。")
    #expect(d.map(\.subject.raw) == ["measure:zones.low-risk-definition"], "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: a 其中 breakdown after several figures belongs to the one its items add up to")
struct DraftBreakdownSumTests {
  private func items(_ text: String) throws -> [String] {
    try draft(text).drafts.filter { $0.type == .metricReported && !$0.subject.raw.hasSuffix("@city") }.map(\.subject.raw)
  }

  @Test func theItemsGoToTheFigureTheyAddUpTo() throws {
    let s = try items("6月4日0-24时，全市新增本土确诊病例4例、无症状感染者20例，其中中原区3例、惠济区1例。")
    #expect(s == ["metric:cases.confirmed.new@zhongyuan", "metric:cases.confirmed.new@huiji"], "\(s)")
  }

  @Test func withoutASumTheyGoToTheLastFigure() throws {
    let s = try items("6月4日0-24时，全市新增本土确诊病例4例、无症状感染者20例，其中中原区3例、惠济区2例。")
    #expect(s == ["metric:cases.asymptomatic.new@zhongyuan", "metric:cases.asymptomatic.new@huiji"], "\(s)")
  }
}
