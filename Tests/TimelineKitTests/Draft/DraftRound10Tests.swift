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

@Suite("Draft: a header that ends in 中 breaks down the figure before by district")
struct DraftBreakdownAfterZhongTests {
  @Test func bracketedCountsAreItemsOfTheFigureBefore() throws {
    let text = "5月8日0—24时，全市新增本土无症状感染者260例。新增无症状感染者中，中原区（88例）、惠济区（41例）数量较多。"
    let d = try draft(text, published: "2022-05-09T10:00+08:00").drafts.filter { $0.type == .metricReported }
    let items = d.filter { $0.subject.raw.hasPrefix("metric:cases.asymptomatic.new@") && !$0.subject.raw.hasSuffix("@city") }
    #expect(items.map(\.quote).sorted() == ["中原区（88例）", "惠济区（41例）"], "\(d.map { "\($0.subject.raw) \($0.quote)" })")
  }
}

@Suite("Draft: rules during sampling hours (采样时段内) take the round's hours")
struct DraftSamplingHoursTests {
  @Test func bothPartsOfTheSentenceTakeThem() throws {
    let text = """
      关于在高新区开展全员核酸检测的通告
      区指挥部决定于7月5日7:00—17:00在全区开展一轮全员核酸检测。
      采样时段内，途经我区的公交线路甩站运行；地铁1号线区内站点不停靠。
      """
    let d = try draft(text, published: "2022-07-04T21:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(
      d.count == 2
        && d.allSatisfy { $0.interval.effective.iso8601 == "2022-07-05T07:00+08:00" && $0.interval.until?.iso8601 == "2022-07-05T17:00+08:00" },
      "\(d.map { "\($0.subject.raw) \($0.interval.effective.iso8601)" })")
  }
}

@Suite("Draft: a rule that says the earlier one no longer applies amends it")
struct DraftNoLongerAppliesTests {
  @Test func anEarlierTermNoLongerApplies() throws {
    try expectOneMeasure("自6月2日0时起，进入药店、银行网点须查验24小时内核酸检测阴性证明，此前规定的48小时不再适用。", .measureAmended)
  }
}

@Suite("Draft: the end of 即日起至… holds for the later parts of the sentence")
struct DraftImmediatePeriodPartsTests {
  @Test func aLaterPartEndsWithThePeriod() throws {
    let d = try measures("即日起至6月30日24时，全市各类展会一律暂停；婚丧事宜从简，宴席暂停举办。")
    let feast = d.filter { $0.review?["reading"]?.stringValue?.contains("宴席") == true }
    #expect(
      feast.count == 1 && feast.allSatisfy { $0.interval.until?.iso8601 == "2022-07-01T00:00+08:00" },
      "\(d.map { $0.interval.until?.iso8601 ?? "-" })")
  }
}

@Suite("Draft: N rounds on N days named one by one are one round a day")
struct DraftRoundsOnListedDaysTests {
  @Test func twoDaysTwoRounds() throws {
    let d = try draft("6月3日、6月4日，在中原区、二七区连续开展两轮区域核酸检测。", published: "2022-06-02T20:00+08:00").drafts
      .filter { $0.type == .testingScheduled }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-03T00:00+08:00", "2022-06-04T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func daysThatAreNotConsecutiveStayOneDraft() throws {
    let d = try draft("6月3日、6月6日，在中原区开展两轮区域核酸检测。", published: "2022-06-02T20:00+08:00").drafts.filter { $0.type == .testingScheduled }
    #expect(d.count == 1, "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: the clauses of a zone's regime are inside those zones")
struct DraftRegimeClauseScopeTests {
  @Test func aLaterClauseKeepsTheZonesAndARuleInQuotesIsNoDistrict() throws {
    let d = try measures("管控区实行“人不出区、严禁聚集”，区域内除超市、药店外，其余经营场所一律关闭。")
    let scopes = d.compactMap { $0.data["scope"]?.stringValue }
    #expect(!scopes.isEmpty && scopes.allSatisfy { $0 == "zones:controlled" }, "\(scopes)")
  }
}

@Suite("Draft: 同时 opening a later part is the start of the part before")
struct DraftAtTheSameTimePartTests {
  @Test func aPartAfterASemicolonTakesTheStartBeforeIt() throws {
    let d = try measures("记者从荥阳市指挥部获悉，自7月2日8时起，荥阳市暂停城乡公交；同时，离开荥阳人员须持24小时内核酸检测阴性证明。")
    #expect(
      d.count == 2 && d.allSatisfy { $0.interval.effective.iso8601 == "2022-07-02T08:00+08:00" && $0.interval.until == nil },
      "\(d.map { "\($0.interval.effective.iso8601) \($0.interval.until?.iso8601 ?? "-")" })")
  }
}

@Suite("Draft: a day that is its own clause before 以来")
struct DraftSinceTheDayTests {
  @Test func theRuleInForceSinceIsBackground() throws {
    // (It used to be drafted as a rule from that day; most dev writers leave the background out, Round 25.)
    let d = try measures("9月20日以来，全县实行临时性静态管理。")
    #expect(d.isEmpty, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func theRuleStartsThatDayWhenTheSentenceGoesOnWithIt() throws {
    let d = try measures("9月20日以来，全县实行临时性静态管理，其间暂停堂食。")
    #expect(d.contains { $0.interval.effective.iso8601 == "2022-09-20T00:00+08:00" }, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aDayThatNamesWhomTheRuleIsForDoesNot() throws {
    let d = try measures("9月20日以来到过二七区的人员，须向社区报备。")
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-04T20:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: a numbered item's opening start holds for its later sentences")
struct DraftItemStartTests {
  let text = """
    关于调整防控措施的通告
    三、自8月1日零时起，进入商超须查验72小时内核酸检测阴性证明。进入敬老院须查验24小时内核酸检测阴性证明。
    四、辖区内公园正常开放。
    """

  @Test func theLaterSentenceOfTheItemStartsThen() throws {
    let d = try draft(text, published: "2022-07-30T20:00+08:00").drafts.filter { $0.quote.contains("敬老院") }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-08-01T00:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func theNextItemDoesNot() throws {
    let d = try draft(text, published: "2022-07-30T20:00+08:00").drafts.filter { $0.quote.contains("公园") }
    #expect(d.allSatisfy { $0.interval.effective.iso8601 == "2022-07-30T20:00+08:00" }, "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: a breakdown whose items name the district after the count")
struct DraftCountThenDistrictTests {
  let text = "6月1日0—24时，全市新增本土确诊病例4例，新增本土无症状感染者11例。4例确诊病例中，3例位于金水区，1例在中原区。11例无症状感染者中，7例在惠济区，上街区、巩义市各2例。"

  @Test func eachItemIsItsDistricts() throws {
    let d = try draft(text, published: "2022-06-02T09:00+08:00").drafts.filter { $0.type == .metricReported }
    let items = d.filter { !$0.subject.raw.hasSuffix("@city") }.map { "\($0.subject.raw) \($0.data["value"]?.intValue ?? -1) \($0.quote)" }
    #expect(
      items.sorted() == [
        "metric:cases.asymptomatic.new@gongyi 2 上街区、巩义市各2例", "metric:cases.asymptomatic.new@huiji 7 7例在惠济区",
        "metric:cases.asymptomatic.new@shangjie 2 上街区、巩义市各2例", "metric:cases.confirmed.new@jinshui 3 3例位于金水区",
        "metric:cases.confirmed.new@zhongyuan 1 1例在中原区",
      ], "\(items)")
    // The header's count repeats the figure before: no second city figure.
    #expect(d.filter { $0.subject.raw == "metric:cases.confirmed.new@city" }.count == 1)
  }
}

@Suite("Draft: the lines after a lead-in that lifts zones, in its own frame")
struct DraftLiftLinesTests {
  @Test func eachLineIsAZone() throws {
    let text = "关于解除部分区域管控的通告\n自6月9日12时起，解除以下区域封控措施：\n二七区某某街道某某小区；\n惠济区某某镇某某村。\n请广大市民继续做好个人防护。"
    let z = try draft(text, published: "2022-06-08T20:00+08:00").drafts.filter { $0.type == .zoneLifted }
    #expect(z.map(\.quote) == ["二七区某某街道某某小区", "惠济区某某镇某某村"], "\(z.map(\.quote))")
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-09T12:00+08:00" })
  }

  @Test func aDistrictHeadsGroupsOfPlaces() throws {
    let text = """
      关于调整风险区域的通告
      二、解除高风险区
      以下区域于6月9日中午12时起解除高风险区管控：
      金水区：某某街道某某小区、某某街道某某花园；
      中原区：某某街道某某家园。
      """
    let z = try draft(text, published: "2022-06-08T20:00+08:00").drafts.filter { $0.type == .zoneLifted }
    #expect(z.map(\.subject.raw).map { $0.split(separator: "/")[0] } == ["zone:jinshui", "zone:jinshui", "zone:zhongyuan"], "\(z.map(\.quote))")
  }

  @Test func aGroupWithoutAHeadIsInTheDistrictBefore() throws {
    let text = """
      关于调整风险区域的通告
      自6月9日20:00起，将以下区域划定为高风险区：
      （一）金水区：某某街道某某小区；某某街道某某花园3号楼。
      """
    let z = try draft(text, published: "2022-06-09T21:00+08:00").drafts.filter { $0.type == .zoneDesignated }
    #expect(z.map(\.quote) == ["某某街道某某小区", "某某街道某某花园3号楼"] && z.allSatisfy { $0.subject.raw.hasPrefix("zone:jinshui/") }, "\(z.map(\.quote))")
  }
}

@Suite("Draft: a lead-in that lifts zones is what 同时 and 解封后 point back to")
struct DraftLiftLeadInMomentTests {
  let text = """
    中原区新冠肺炎疫情防控指挥部
    关于解除部分区域封控措施的通告
    6月1日，我区新增本土无症状感染者1例。
    自2022年6月2日18:00起，解除以下区域的封控措施：
    1.某某街道：某某小区、某某家属院；
    2.某某乡：某某村。
    同时，某某街道某某苑小区由封控区调整为管控区。
    一、解封后3天内，上述区域居民每天参加一次核酸检测。
    咨询电话：12345
    """

  func drafts() throws -> [Draft] { try draft(text, published: "2022-06-02T20:00+08:00").drafts }

  @Test func sameTimeIsTheLift() throws {
    let z = try drafts().filter { $0.type == .zoneRegraded }
    #expect(z.count == 1 && z[0].interval.effective.iso8601 == "2022-06-02T18:00+08:00", "\(z.map(\.interval.effective.iso8601))")
  }

  @Test func daysAfterTheLiftRunFromIt() throws {
    let r = try drafts().filter { $0.quote.hasPrefix("解封后") }
    #expect(
      r.count == 1 && r[0].interval.effective.iso8601 == "2022-06-02T18:00+08:00" && r[0].interval.until?.iso8601 == "2022-06-05T18:00+08:00",
      "\(r.map { "\($0.interval.effective.iso8601) \($0.interval.until?.iso8601 ?? "-")" })")
  }

  @Test func aHotlineAfterTheListIsNoZone() throws {
    #expect(try drafts().filter { $0.type == .zoneLifted }.map(\.quote) == ["某某小区", "某某家属院", "某某村"])
  }
}

@Suite("Draft: a notice of two rounds gives each its hours on a line of its own")
struct DraftRoundLinesTests {
  let text = """
    二七区新冠肺炎疫情防控指挥部
    关于在全区开展两轮全员核酸检测的通告
    经研究，决定于6月7日、8日在全区连续开展两轮全员核酸检测。现将有关事项通告如下：
    一、检测时间
    第一轮：6月7日上午7时至下午5时；
    第二轮：6月8日8:00—16:00。
    3岁以下婴幼儿可不参加，由社区登记。
    二、检测期间有关要求
    （一）6月7日7时至6月8日16时，全区居民原则上居家。
    （二）其间，全区经营场所暂停线下经营。
    （三）6月7日、8日两天，区内中小学暂停线下教学。
    """

  func drafts() throws -> [Draft] { try draft(text, published: "2022-06-06T20:00+08:00").drafts }

  @Test func eachRoundTakesItsLine() throws {
    let r = try drafts().filter { $0.type == .testingScheduled }.map { "\($0.interval.effective.iso8601) \($0.interval.until?.iso8601 ?? "-")" }
    #expect(r == ["2022-06-07T07:00+08:00 2022-06-07T17:00+08:00", "2022-06-08T08:00+08:00 2022-06-08T16:00+08:00"], "\(r)")
  }

  @Test func anExemptionIsNoRule() throws {
    #expect(!(try drafts()).contains { $0.quote.contains("可不参加") })
  }

  @Test func duringThePeriodBeforeEndsWithIt() throws {
    let d = try drafts().filter { $0.quote.hasPrefix("其间") }
    #expect(
      d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-07T07:00+08:00" && d[0].interval.until?.iso8601 == "2022-06-08T16:00+08:00",
      "\(d.map { "\($0.interval.effective.iso8601) \($0.interval.until?.iso8601 ?? "-")" })")
  }

  @Test func twoDaysNamedEndAfterTheSecond() throws {
    let d = try drafts().filter { $0.quote.contains("两天") }
    #expect(d.count == 1 && d[0].interval.until?.iso8601 == "2022-06-09T00:00+08:00", "\(d.map { $0.interval.until?.iso8601 ?? "-" })")
  }
}

@Suite("Draft: a lead-in that names the order's period dates the items after it")
struct DraftPeriodLeadInTests {
  @Test func itemsHoldForThePeriod() throws {
    let text = """
      金水区某某街道办事处
      关于实行临时性静默管理的通告
      为阻断传播，自7月18日零时起至7月20日24时，对以下区域实行为期三天的临时性静默管理：
      ▲某某苑小区
      静默管理期间，有关事项告知如下：
      ■居民足不出户，严禁聚集。
      """
    let d = try draft(text, published: "2022-07-17T23:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(
      d.count == 1 && d[0].interval.effective.iso8601 == "2022-07-18T00:00+08:00" && d[0].interval.until?.iso8601 == "2022-07-21T00:00+08:00",
      "\(d.map { "\($0.interval.effective.iso8601) \($0.interval.until?.iso8601 ?? "-")" })")
  }
}

@Suite("Draft: a heading that ends an order is no list of zones, and a line no zone can be read from is a sentence")
struct DraftOrderEndHeadingTests {
  @Test(arguments: ["三、解除静态管理区域的有关措施", "三、解除封控区域的有关措施"])
  func theRuleUnderItIsDrafted(_ heading: String) throws {
    let text = "郑州市新冠肺炎疫情防控指挥部\n关于调整防控措施的通告\n" + heading + "\n（一）网吧、健身房等室内密闭场所仍然暂停营业。"
    let d = try draft(text, published: "2022-05-08T22:00+08:00").drafts
    #expect(d.contains { $0.type == .measureRestated && $0.quote.contains("网吧") }, "\(d.map(\.type))")
    #expect(!d.contains { $0.subject.kind == .zone })
  }
}

@Suite("Draft: more breakdown shapes (各, 分布为, bare numbers that add up to the total)")
struct DraftMoreBreakdownTests {
  @Test func eachDistrictBefore各InBrackets() throws {
    let d = try draft("6月5日0—24时，全市新增本土无症状感染者6例，其中社会面筛查发现2例（荥阳市、中牟县各1例）。", published: "2022-06-06T09:00+08:00").drafts
    let items = d.filter { $0.quote == "荥阳市、中牟县各1例" }
    #expect(items.count == 2 && items.allSatisfy { $0.data["value"]?.intValue == 1 }, "\(d.map { "\($0.subject.raw) \($0.quote)" })")
  }

  @Test func aHeaderAfterHowItIsBrokenDown() throws {
    let text = "6月5日0时至24时，全市新增本土无症状感染者7例。按区县分，7例无症状感染者分布为：二七区4例、上街区3例。"
    let d = try draft(text, published: "2022-06-06T09:00+08:00").drafts.filter { $0.type == .metricReported }
    #expect(
      d.map(\.subject.raw).sorted() == [
        "metric:cases.asymptomatic.new@city", "metric:cases.asymptomatic.new@erqi", "metric:cases.asymptomatic.new@shangjie",
      ])
    #expect(d.allSatisfy { $0.interval.effective.iso8601 == "2022-06-06T00:00+08:00" }, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func bareNumbersBelongToTheFigureTheyAddUpTo() throws {
    let text = "截至6月5日24时，本轮疫情累计报告本土感染者60例（确诊病例20例，无症状感染者40例），分布：二七区35、上街区25。"
    let items = try draft(text, published: "2022-06-06T09:00+08:00").drafts.filter { $0.quote.hasPrefix("二七区") || $0.quote.hasPrefix("上街区") }
    #expect(items.count == 2 && items.allSatisfy { $0.subject.raw.hasPrefix("metric:cases.positive.cumulative@") }, "\(items.map(\.subject.raw))")
  }
}

@Suite("Draft: a round said to have ended by an hour (截至当晚22时…全部结束) is completed then")
struct DraftRoundEndedTonightTests {
  @Test func completedAtThatEvening() throws {
    let text = "6月3日，二七区、中原区开展第三轮区域核酸筛查，截至当晚21时采样全部结束，检出阳性感染者1例。"
    let d = try draft(text, published: "2022-06-04T20:00+08:00").drafts
    let r = d.filter { $0.type == .testingCompleted }
    #expect(r.count == 1 && r[0].interval.effective.iso8601 == "2022-06-03T21:00+08:00", "\(d.map { "\($0.type) \($0.interval.effective.iso8601)" })")
    #expect(!d.contains { $0.type == .testingScheduled })
  }

  @Test func byTonightIsAnAsOfTime() throws {
    var sc = TimeScanner(published: try Timestamp.parse("2022-06-04T20:00+08:00"))
    let m = sc.scan(Array("6月3日开展筛查，截至当晚8时采样结束"))
    #expect(m.map(\.time.iso8601) == ["2022-06-03T00:00+08:00", "2022-06-03T20:00+08:00"] && m.last?.role == .asOf, "\(m.map(\.role))")
  }
}

@Suite("Draft: a start inside an earlier part holds for a later part; people a back-reference names are no object")
struct DraftStartInsidePartTests {
  @Test func aLaterPartTakesTheStart() throws {
    let text = "巩义市新冠肺炎疫情防控指挥部\n本报讯 记者从巩义市指挥部获悉，自8月2日18时起，某某街道某某小区解除封控；某某镇某某村由封控区调整为管控区，实行“人不出村”。"
    let d = try draft(text, published: "2022-08-03T07:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(!d.isEmpty && d.allSatisfy { $0.interval.effective.iso8601 == "2022-08-02T18:00+08:00" }, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func theRuleIsWhatThePeopleMustDo() throws {
    let d = try measures("上述两个小区居民须在8月5日24时前完成两次核酸检测。")
    #expect(d.count == 1 && d[0].interval.until?.iso8601 == "2022-08-06T00:00+08:00", "\(d.map(\.quote))")
  }
}

@Suite("Draft: a sentence that opens with the group it breaks down counts the day before")
struct DraftGroupBreakdownDayTests {
  @Test func itsFiguresTakeThatDay() throws {
    let text = "郑州发布\n6月8日0—24时，全市新增本土感染者12例。新增的12例本土感染者中，社会面筛查发现3例，其余9例均在管控区内发现。"
    let d = try draft(text, published: "2022-06-09T08:00+08:00").drafts.filter { $0.quote.contains("社会面筛查发现3例") }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-09T00:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: a hotline after a list of lines is no line")
struct DraftHotlineAfterLinesTests {
  @Test func onlyTheLinesAreRules() throws {
    let text = "关于调整公交线路的通知\n自6月1日首班车起，以下线路实行甩站运行：\nB12路：甩开某某路站；\n服务热线：公交96178"
    let d = try draft(text, published: "2022-05-31T20:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 1 && d[0].quote.contains("B12路"), "\(d.map(\.quote))")
  }
}

@Suite("Draft: a term set in the opening ends the lists after it and the rules under each level's heading")
struct DraftOpeningTermTests {
  let text = """
    惠济区新冠肺炎疫情防控指挥部
    关于划定封控区、管控区的通告
    经研究决定，自2022年8月3日零时起，划定以下区域为封控区、管控区，管控期限暂定为8月3日零时至8月9日24时。
    ▲封控区（1个）
    某某街道某某小区2号楼
    ▲管控区（1个）
    某某街道某某社区
    ■封控区管理
    实行“区域封闭、足不出户、服务上门”。
    8月1日以来到过某某小区的人员，须立即向社区报备；逾期未报备者健康码将转为黄码。
    """

  func drafts() throws -> [Draft] { try draft(text, published: "2022-08-02T22:00+08:00").drafts }

  @Test func zonesEndWithTheTerm() throws {
    let z = try drafts().filter { $0.type == .zoneDesignated }
    #expect(z.count == 2 && z.allSatisfy { $0.interval.until?.iso8601 == "2022-08-10T00:00+08:00" }, "\(z.map { $0.interval.until?.iso8601 ?? "-" })")
  }

  @Test func theRuleUnderALevelsHeadingIsForThoseZones() throws {
    let r = try drafts().filter { $0.quote.hasPrefix("实行") }
    #expect(
      r.count == 1 && r[0].data["scope"]?.stringValue == "zones:sealed" && r[0].interval.until?.iso8601 == "2022-08-10T00:00+08:00",
      "\(r.map { "\($0.data["scope"]?.stringValue ?? "-") \($0.interval.until?.iso8601 ?? "-")" })")
  }

  @Test func aDayThatNamesWhomDatesNoLaterPart() throws {
    let r = try drafts().filter { $0.quote.contains("以来到过") }
    #expect(!r.isEmpty && r.allSatisfy { $0.interval.effective.iso8601 != "2022-08-01T00:00+08:00" }, "\(r.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: a roundup's headline and ▲ subheads are no rules; a ▲ lead-in still is one")
struct DraftRoundupHeadlineTests {
  let text = """
    一周防疫政策“回头看”：出行更便利
    本报记者 某某
    过去一周，我市对多项防控措施作出调整。
    ▲来（返）郑人员：落地检调整为“三天两检”
    自6月29日12时起，我市不再对来（返）郑人员实行“落地检”。
    ▲6月30日首班车起，以下途经管控区域的线路实行甩站运行：
    B11路：甩开某某路站；
    """

  @Test func headlinesAreNotDrafted() throws {
    let d = try draft(text, published: "2022-07-02T07:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(!d.contains { $0.quote.hasPrefix("▲来") || $0.quote.hasPrefix("一周") }, "\(d.map(\.quote))")
    #expect(d.contains { $0.quote.hasPrefix("B11路") }, "\(d.map(\.quote))")
  }
}

@Suite("Draft: a sealing notice whose lead-in names the period dates its numbered items")
struct DraftSealingLeadInTests {
  let text = """
    高新区新冠肺炎疫情防控指挥部
    通告
    一、封控范围
    自2022年5月3日22时起，将以下区域划定为封控区：
    1.石佛街道：东至某甲路，西至某乙路，南至某丙街，北至某丁路；
    2.沟赵街道某某小区7号楼。
    二、封控区管理措施
    封控期间，封控区实行“区域封闭、足不出户、服务上门”，具体如下：
    （一）区域内居民足不出户，生活必需品由社区配送到户；
    （二）区域内沿街商铺一律停业。
    三、其他
    请广大市民做好个人防护。
    """

  func drafts() throws -> [Draft] { try draft(text, published: "2022-05-03T23:30+08:00").drafts }

  @Test func anAreaByItsBoundsIsOneZone() throws {
    let z = try drafts().filter { $0.type == .zoneDesignated }
    #expect(
      z.count == 2 && z[0].quote.contains("东至某甲路") && z.allSatisfy { $0.interval.effective.iso8601 == "2022-05-03T22:00+08:00" }, "\(z.map(\.quote))")
  }

  @Test func numberedItemsUnderTheLeadInHoldFromTheSealing() throws {
    let r = try drafts().filter { $0.subject.kind == .measure }
    #expect(r.count == 2 && r.allSatisfy { $0.interval.effective.iso8601 == "2022-05-03T22:00+08:00" }, "\(r.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: a place, an assessment, then its re-grading")
struct DraftAssessedRegradingTests {
  @Test func thePlaceBeforeTheAssessmentIsRegraded() throws {
    let z = try draft("上街区新冠肺炎疫情防控指挥部\n上街区某某街道某某社区经评估符合解除条件，由高风险区调整为低风险区。", published: "2022-07-16T18:00+08:00").drafts
      .filter { $0.type == .zoneRegraded }
    #expect(z.count == 1 && z[0].data["level"]?.stringValue == "low-risk", "\(z.map(\.quote))")
  }
}

@Suite("Draft: arrivals' tests on the days of their quarantine are a rule, not a round; release before arriving is no lift")
struct DraftArrivalsTestsTests {
  @Test func quarantineDaysAreARule() throws {
    let d = try draft("7天内有高风险区旅居史的人员：自8月3日零时起，抵郑后一律实行7天集中隔离，集中隔离期间第1、3、7天各开展1次核酸检测。", published: "2022-08-01T20:00+08:00").drafts
    #expect(!d.contains { $0.type == .testingScheduled || $0.type == .metricReported }, "\(d.map(\.type))")
    #expect(d.contains { $0.type == .measureImposed && $0.interval.effective.iso8601 == "2022-08-03T00:00+08:00" })
  }

  @Test func releasedBeforeArrivingIsNoLift() throws {
    try expectOneMeasure("入境人员解除集中隔离后来郑的，继续实行3天居家健康监测。", .measureRestated)
  }
}

@Suite("Draft: 同日 wherever it stands is the day of the rule before")
struct DraftSameDayAnywhereTests {
  @Test func inALaterPartItIsTheDayTheSentenceNamed() throws {
    let text = "关于恢复公共交通的通告\n自3月7日起，中小学返校。\n2月22日首班车起，全市公交线路恢复运营；出租车同日起恢复运营。\n6月3日6:00至16:00，二七区开展全员核酸检测；其他县（市、区）同日开展重点人群核酸检测。"
    let d = try draft(text, published: "2022-02-21T20:00+08:00").drafts
    let taxi = d.filter { $0.subject.raw == "measure:transport.taxi" }
    #expect(taxi.count == 1 && taxi[0].interval.effective.iso8601 == "2022-02-22T00:00+08:00", "\(taxi.map(\.interval.effective.iso8601))")
    let rounds = d.filter { $0.type == .testingScheduled }.map(\.interval.effective.iso8601)
    #expect(rounds.contains("2022-06-03T00:00+08:00"), "\(rounds)")
  }

  @Test func aBackReferenceToAreasIsNoDistrict() throws {
    let d = try measures("上述区域幼儿园暂停开园。")
    #expect(d.count == 1 && d[0].data["scope"]?.stringValue == "city", "\(d.map { $0.data["scope"]?.stringValue ?? "-" })")
  }

  @Test func midSentence() throws {
    let text = "关于调整开学安排的通知\n1. 自9月5日起，二七区中小学暂停线下教学，线上教学暂定至9月11日。\n2. 上述区域幼儿园同日起暂停开园。"
    let d = try draft(text, published: "2022-09-04T20:00+08:00").drafts.filter { $0.quote.contains("幼儿园") }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-09-05T00:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aListsLeadIn() throws {
    let text = """
      中牟县新冠肺炎疫情防控指挥部
      关于调整风险区域的通告
      （一）自10月22日0时起，某某镇某某家园小区由高风险区降为中风险区。
      （二）同日零时起，以下区域解除封控：
      　　某某街道某某小区
      """
    let z = try draft(text, published: "2022-10-21T18:00+08:00").drafts.filter { $0.type == .zoneLifted }
    #expect(z.count == 1 && z[0].interval.effective.iso8601 == "2022-10-22T00:00+08:00", "\(z.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: a reopening put off to a new day (原定…调整为…恢复) is a reopening on that day")
struct DraftPutOffReopeningTests {
  @Test func liftedOnTheNewDay() throws {
    let d = try measures("高新区中小学原定6月1日恢复线下教学，受新增病例影响，调整为6月6日起恢复线下教学。")
    #expect(d.count == 1 && d[0].type == .measureLifted && d[0].interval.effective.iso8601 == "2022-06-06T00:00+08:00", "\(d.map(\.type))")
  }
}

@Suite("Draft: 届时 is the time just named; what is decided then, and a utility's maintenance, are no rules")
struct DraftAtThatTimeTests {
  @Test func atThatTimeIsTheStartBefore() throws {
    let text = "关于分步解除静态管理的通告\n第二步：6月27日0时起，居民可跨区流动。届时，区内中小学恢复线下教学。"
    let d = try draft(text, published: "2022-06-21T20:00+08:00").drafts.filter { $0.quote.hasPrefix("届时") }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-27T00:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func whatIsDecidedThenIsNoRule() throws {
    #expect(try measures("管控期限暂定7天，届时根据核酸检测结果决定解除或延长。").isEmpty)
  }

  @Test func aPowerCutIsNoRule() throws {
    #expect(try measures("因线路改造施工，6月5日8时至18时，某某路沿线小区暂停供电。").isEmpty)
  }
}
