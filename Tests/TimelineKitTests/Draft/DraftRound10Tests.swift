import Foundation
import Testing

@testable import TimelineKit

// Tenth round: patterns found on sets S and T (mainstream genres, written by helpers who had not read the drafter).
// Made-up sentences in the style of official notices: none is copied from the five source texts, the practice set
// or those notices.

@Suite("Draft: a sentence after a list dates the zones it lists")
struct DraftListTrailerTests {
  @Test func theTrailerDatesTheItemsBeforeIt() throws {
    let text = """
      一、高风险区（共2个）
      （一）中原区林山寨街道某某花园小区；
      （二）中原区林山寨街道某某里3号楼。
      以上区域自8月9日12时起划定为高风险区。
      二、请广大市民做好个人防护。
      """
    let d = try draft(text, published: "2022-08-09T20:00+08:00").drafts
    let z = d.filter { $0.type == .zoneDesignated }
    #expect(z.count == 2 && z.allSatisfy { $0.interval.effective.iso8601 == "2022-08-09T12:00+08:00" }, "\(z.map(\.quote))")
    // The trailer itself is no zone.
    #expect(!z.contains { $0.quote.hasPrefix("以上区域") })
  }
}

@Suite("Draft: a term set for the zones ends them and the rules for their levels")
struct DraftZoneTermTests {
  let text = """
    自2022年6月3日18时起，对以下区域实施分级管控：
    一、封控区
    1.惠济区长兴路街道某某苑小区；
    二、管控区
    1.惠济区长兴路街道某某社区（封控区除外）；
    三、管控措施
    （一）封控区实行“足不出户、服务上门”。
    （二）管控区实行“人不出区、严禁聚集”。
    封控区、管控区的管控期限暂定至6月9日24时。
    """

  @Test func zonesAndTheirRulesEndThenAndStartWithTheZones() throws {
    let d = try draft(text, published: "2022-06-03T20:00+08:00").drafts
    let ended = d.filter { $0.interval.until?.iso8601 == "2022-06-10T00:00+08:00" }
    #expect(ended.filter { $0.type == .zoneDesignated }.count == 2, "\(d.map { "\($0.type) \($0.interval.until?.iso8601 ?? "-")" })")
    let rules = d.filter { $0.type == .measureImposed }
    #expect(
      rules.count == 2 && rules.allSatisfy { $0.interval.effective.iso8601 == "2022-06-03T18:00+08:00" && $0.interval.until != nil },
      "\(rules.map { "\($0.interval.effective.iso8601) \($0.interval.until?.iso8601 ?? "-")" })")
  }

  @Test func aServiceForResidentsIsNoRegimeOfTheZone() throws {
    let levels = DraftVocabulary(catalogue: try DraftFixture.catalogue()).zoneLevels
    #expect(!Drafter.statesZoneRegime(Array("封控区、管控区群众确有就医需求的，可拨打社区电话"), levels: levels))
    #expect(Drafter.statesZoneRegime(Array("封控区、管控区内一律暂停营业"), levels: levels))
  }
}

@Suite("Draft: lifting zones the verb names first, with their level between")
struct DraftVerbFirstLiftWithLevelTests {
  @Test func eachPlaceIsLifted() throws {
    let d = try draft("自9月2日零时起，解除二七区某某街道某某小区、金水区某某街道某某新村中风险区管控措施。", published: "2022-09-01T21:00+08:00")
      .drafts
    let lifted = d.filter { $0.type == .zoneLifted }
    #expect(lifted.count == 2 && lifted.allSatisfy { $0.interval.effective.iso8601 == "2022-09-02T00:00+08:00" }, "\(d.map(\.type))")
    #expect(!d.contains { $0.type == .measureLifted })
  }
}

@Suite("Draft: what follows a lift (解封后) runs from it")
struct DraftRulesAfterALiftTests {
  let text = """
    一、自2022年5月6日0时起，解除全区静态管理。
    二、同日起，对以下区域风险等级进行调整：
    1、某某街道某某小区解除封控，调整为管控区；
    三、解封后仍须落实的措施
    （1）解封后，辖区餐饮单位暂不恢复堂食。
    （2）网吧、棋牌室等场所继续暂停营业。
    （3）辖区中小学5月9日起恢复线下教学，幼儿园5月16日起开园。
    """

  func drafts() throws -> [Draft] {
    try draft("金水区新冠肺炎疫情防控指挥部\n" + text, published: "2022-05-05T18:00+08:00").drafts
  }

  @Test func aLeadInOnTheSameDayTakesTheMomentBefore() throws {
    let z = try drafts().filter { $0.type == .zoneRegraded }
    #expect(z.count == 1 && z[0].interval.effective.iso8601 == "2022-05-06T00:00+08:00", "\(z.map(\.interval.effective.iso8601))")
  }

  @Test func aRestatementAfterTheLiftHoldsFromIt() throws {
    let r = try drafts().filter { $0.subject.raw == "measure:dining.dine-in" }
    #expect(
      r.count == 1 && r[0].type == .measureRestated && r[0].interval.effective.iso8601 == "2022-05-06T00:00+08:00" && r[0].interval.until == nil,
      "\(r.map { "\($0.type) \($0.interval.effective.iso8601)" })")
  }

  @Test func aHeadingAboutRulesAfterALiftListsNoZones() throws {
    #expect(try drafts().filter { $0.type == .zoneLifted }.isEmpty)
  }

  @Test func eachClauseTakesItsOwnStart() throws {
    let s = try drafts().filter { $0.quote.contains("幼儿园") && $0.type == .measureLifted }.map(\.interval.effective.iso8601).sorted()
    #expect(s == ["2022-05-09T00:00+08:00", "2022-05-16T00:00+08:00"], "\(s)")
  }
}

@Suite("Draft: what has been in force since a day (…以来) is background")
struct DraftSinceBackgroundTests {
  @Test func noRuleFromASinceClause() throws {
    #expect(try measures("10月3日实行临时管控以来，全县干部群众团结一心、共克时艰。").isEmpty)
  }

  @Test func aRuleAfterItIsStillDrafted() throws {
    let d = try measures("10月3日实行临时管控以来，全县疫情形势趋稳。自10月9日起，全县恢复堂食。")
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-10-09T00:00+08:00", "\(d.map(\.quote))")
  }
}
