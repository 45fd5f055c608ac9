import Foundation
import Testing

@testable import TimelineKit

// Eleventh round: patterns found on sets Y, Z, AA and AB (held out in the tenth round, dev once four new held-out
// sets existed). Made-up sentences in the style of official notices: none is copied from the five source texts, the
// practice set or those notices.

@Suite("Draft: a zone list under a heading without a colon (【新增中风险区】, ▲今日解除高风险区)")
struct DraftHeadedZoneListTests {
  let text = """
    某某区新冠肺炎疫情防控指挥部
    关于调整部分区域风险等级的通告
    经研判，决定自2022年6月2日18时起，对我区部分区域风险等级作如下调整：
    【新增中风险区】（2个）
    1.甲乙街道　　某某花园小区
    2.丙丁街道　　某某里小区2号楼
    【由高风险区调整为中风险区】（1个）
    1.甲乙街道　　某某家园
    【解除中风险区管控】（1个）
    1.丙丁镇　　　某某村
    中风险区实行“人不出区、错峰取物”。
    """

  func zones() throws -> [Draft] {
    try draft(text.replacingOccurrences(of: "某某区新冠", with: "金水区新冠"), published: "2022-06-02T17:00+08:00").drafts
      .filter { $0.subject.kind == .zone }
  }

  @Test func eachHeadingGivesItsItemsTheirAction() throws {
    let z = try zones()
    #expect(z.map(\.type) == [.zoneDesignated, .zoneDesignated, .zoneRegraded, .zoneLifted], "\(z.map { "\($0.type) \($0.quote)" })")
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-02T18:00+08:00" }, "\(z.map(\.interval.effective.iso8601))")
    #expect(z.first?.data["level"]?.stringValue == "medium-risk")
  }

  @Test func theSentenceAfterTheListIsARuleNotAZone() throws {
    let d = try draft(text.replacingOccurrences(of: "某某区新冠", with: "金水区新冠"), published: "2022-06-02T17:00+08:00").drafts
    let z = try zones()
    #expect(!z.contains { $0.quote.contains("人不出区") })
    #expect(d.contains { $0.type == .measureImposed && $0.quote.contains("人不出区") })
  }

  @Test func aSentenceThatLiftsInlineAfterAHeadingTakesTheListsMoment() throws {
    let text = """
      ▲今日解除高风险区（1个）
      自6月5日12时起，以下区域解除高风险区管控措施：
      1.惠济区某某街道某某片区
      ▲今日解除中风险区（2个）
      同时解除以下中风险区：二七区某某街道某某苑；上街区某某街道某某小区。
      """
    let z = try draft(text, published: "2022-06-05T13:00+08:00").drafts.filter { $0.type == .zoneLifted }
    #expect(z.map(\.quote) == ["惠济区某某街道某某片区", "二七区某某街道某某苑", "上街区某某街道某某小区"], "\(z.map(\.quote))")
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-05T12:00+08:00" }, "\(z.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: a zone list's lead-in may count its items, name its level alone, or re-grade what it lifts")
struct DraftZoneListLeadInTests {
  @Test func aCountBetweenTheVerbAndTheLevelIsNoFigure() throws {
    let text = """
      一、自2022年6月4日0时起，解除以下2个区域高风险区管控措施：
      1.中原区某某街道某某小区；
      2.二七区某某街道某某院6号楼。
      """
    let d = try draft(text, published: "2022-06-03T21:00+08:00").drafts
    #expect(d.filter { $0.type == .zoneLifted }.count == 2, "\(d.map { "\($0.type) \($0.quote)" })")
    #expect(!d.contains { $0.type == .metricReported })
  }

  @Test func newZonesNamedWithTheirLevelAfter为() throws {
    let text = """
      四、自6月3日22时起，新增以下区域为高风险区：
      ▲金水区某某街道某某路27号院；
      ▲二七区某某街道某某苑小区。
      """
    let z = try draft(text, published: "2022-06-03T22:30+08:00").drafts.filter { $0.type == .zoneDesignated }
    #expect(z.map(\.quote) == ["金水区某某街道某某路27号院", "二七区某某街道某某苑小区"], "\(z.map(\.quote))")
    #expect(z.allSatisfy { $0.data["level"]?.stringValue == "high-risk" && $0.interval.effective.iso8601 == "2022-06-03T22:00+08:00" })
  }

  @Test func liftedToALowerLevelIsRegraded() throws {
    let text = """
      第二条 以下区域自6月8日0时起解除封控，调整为管控区：
      （一）某某镇某某村；
      （二）某某街道某某小区。
      """
    let d = try draft("荥阳市新冠肺炎疫情防控指挥部\n" + text, published: "2022-06-07T18:00+08:00").drafts.filter { $0.subject.kind == .zone }
    #expect(d.count == 2 && d.allSatisfy { $0.type == .zoneRegraded && $0.data["level"]?.stringValue == "controlled" }, "\(d.map(\.type))")
  }

  @Test func countsOfZonesTheNoticeMovesAreNoFigures() throws {
    let d = try draft("6月9日，全市解除4个高风险区、2个中风险区，另有3个区域风险等级下调。全市现有高风险区17个。").drafts
      .filter { $0.type == .metricReported }
    #expect(d.count == 1 && d[0].quote.contains("17个"), "\(d.map(\.quote))")
  }
}

@Suite("Draft: a table of zones (a level's heading, a header row, one row a place)")
struct DraftZoneTableTests {
  let text = """
    二七区某某街道办事处
    关于划定封控区、管控区的通告

    自2022年6月6日22时起，对辖区以下区域实行分区分级管控。

    【封控区】（2个）
    序号  小区名称        楼栋
    1     某某苑小区      3号楼、5号楼
    2     某某家园        全部楼栋

    【管控区】（1个）
    序号  区域名称        范围
    1     某某公寓        全部楼栋

    【防范区】某某街道辖区内封控区、管控区以外的其他区域。

    一、封控区管理措施
    实行“足不出户、服务上门”，每日开展1次核酸检测。
    二、管控区管理措施
    实行“人不出区、严禁聚集”。
    """

  func drafts() throws -> [Draft] { try draft(text, published: "2022-06-06T23:00+08:00").drafts }

  @Test func eachRowIsAZoneOfItsHeadingsLevelInTheStreetOfficesDistrict() throws {
    let z = try drafts().filter { $0.type == .zoneDesignated }
    #expect(
      z.map { $0.data["level"]?.stringValue ?? "-" } == ["sealed", "sealed", "controlled", "precaution"], "\(z.map { "\($0.quote) \($0.data)" })")
    #expect(z.allSatisfy { $0.subject.raw.hasPrefix("zone:erqi/") && $0.interval.effective.iso8601 == "2022-06-06T22:00+08:00" })
    // The header row names the columns: no zone.
    #expect(!z.contains { $0.quote.contains("序号") })
  }

  @Test func theRulesUnderEachLevelsHeadingAreScopedToIt() throws {
    let d = try drafts().filter { $0.subject.kind == .measure }
    let stayHome = d.first { $0.quote.contains("足不出户") }
    let inArea = d.first { $0.quote.contains("人不出区") }
    #expect(stayHome?.data["scope"]?.stringValue == "zones:sealed", "\(d.map { "\($0.quote) \($0.data["scope"]?.stringValue ?? "-")" })")
    #expect(inArea?.data["scope"]?.stringValue == "zones:controlled")
  }

  @Test func aNumberThenSpacesOpensARowOnlyBeforeAName() {
    #expect(BriefingText.rowNumber("1     某某苑小区      3号楼") == 1)
    #expect(BriefingText.rowNumber("12\u{3000}某某家园") == 2)
    #expect(BriefingText.rowNumber("12  月5日起恢复") == nil)
    #expect(BriefingText.rowNumber("1.某某小区") == nil)
  }
}

@Suite("Draft: a body heading that says its rules go on makes them restatements, until the next heading")
struct DraftRestatingHeadingTests {
  @Test func itemsUnderTheHeadingAreRestatedAndTheNextHeadingEndsIt() throws {
    let text = """
      一、自6月10日起，全市恢复堂食。
      （1）影剧院恢复开放。
      【仍须坚持的防控措施】
      ▲进入超市须查验健康码。
      【其他】
      ▲自6月12日起，健身房恢复营业。
      """
    let d = try measures(text)
    let scan = d.first { $0.quote.contains("超市") }
    #expect(scan?.type == .measureRestated, "\(d.map { "\($0.type) \($0.quote)" })")
    #expect(d.first { $0.quote.contains("健身房") }?.type == .measureLifted)
  }

  @Test func rulesAfterALiftAreNotRestatements() throws {
    let text = """
      一、自6月10日0时起，解除全区静态管理。
      【解封后仍须落实的措施】
      ▲6月10日至12日，全区居民实行“三天两检”。
      """
    let d = try measures(text)
    #expect(d.contains { $0.quote.contains("三天两检") && $0.type == .measureImposed }, "\(d.map { "\($0.type) \($0.quote)" })")
  }
}

@Suite("Draft: a streak that is a condition of a rule is no figure")
struct DraftStreakConditionTests {
  @Test func aConditionIsNoFigure() throws {
    #expect(try draft("（三）连续7天无新增阳性感染者的，经评估后有序解除封控。").drafts.filter { $0.type == .metricReported }.isEmpty)
    #expect(try draft("某某村连续7天无新增感染者降为低风险区。").drafts.filter { $0.type == .metricReported }.isEmpty)
  }

  @Test func aReportedStreakStillIs() throws {
    #expect(try draft("截至6月4日，金水区已连续7天无新增阳性感染者。").drafts.filter { $0.type == .metricReported }.count == 1)
  }
}

@Suite("Draft: what a lift leaves in place, and the rules listed after a lift")
struct DraftWhatALiftLeavesTests {
  let text = """
    第一条　某某县、某某市自6月6日0时起提前解除静态管理。解除后，上述区域：
    （1）商场、超市恢复正常营业；
    （2）公交恢复运营。
    第二条　甲区、乙区继续实行静态管理，6月7日24时按期解除静态管理。
    区内高风险区不纳入解除范围，继续实行“足不出户、上门服务”。
    """

  func drafts() throws -> [Draft] { try measures(text).filter { $0.subject.kind == .measure } }

  @Test func itemsAfterTheLiftsLeadInHoldFromTheLift() throws {
    let d = try drafts().filter { $0.quote.contains("超市") || $0.quote.contains("公交") }
    #expect(
      d.count == 2 && d.allSatisfy { $0.type == .measureLifted && $0.interval.effective.iso8601 == "2022-06-06T00:00+08:00" },
      "\(d.map { "\($0.type) \($0.interval.effective.iso8601) \($0.quote)" })")
  }

  @Test func aMomentTheRuleIsLiftedAtEndsIt() throws {
    let r = try drafts().first { $0.quote.hasPrefix("甲区") }
    #expect(r?.type == .measureRestated && r?.interval.until?.iso8601 == "2022-06-08T00:00+08:00", "\(String(describing: r))")
  }

  @Test func whatTheLiftLeavesOutGoesOn() throws {
    let d = try drafts()
    #expect(d.first { $0.quote.contains("不纳入解除") }?.type == .measureRestated, "\(d.map { "\($0.type) \($0.quote)" })")
  }
}

@Suite("Draft: rounds listed one a line under the sampling time, by their number only")
struct DraftNumberedRoundLinesTests {
  let text = """
    经研究决定，自6月15日0时至6月17日24时，对某某街道实行临时管控，其间每天开展一轮全员核酸检测。现通告如下：
    二、核酸检测安排
    （一）采样时间
    6月15日7:00—12:00，开展第一轮全员核酸检测；
    6月16日上午8时至11时，开展第二轮；
    6月17日9时至中午12时，开展第三轮。
    """

  @Test func eachLineIsARoundWithItsOwnHours() throws {
    let r = try draft(text, published: "2022-06-14T22:00+08:00").drafts.filter { $0.type == .testingScheduled }
    #expect(
      r.map { "\($0.interval.effective.iso8601) \($0.interval.until?.iso8601 ?? "-")" } == [
        "2022-06-15T07:00+08:00 2022-06-15T12:00+08:00", "2022-06-16T08:00+08:00 2022-06-16T11:00+08:00",
        "2022-06-17T09:00+08:00 2022-06-17T12:00+08:00",
      ], "\(r.map(\.quote))")
    // The first round quotes the line that names it.
    #expect(r.first?.quote.contains("第一轮") == true)
  }

  @Test func aRoundNumberWithoutAnEarlierRoundIsNothing() throws {
    #expect(try draft("6月16日上午8时至11时，开展第二轮。").drafts.filter { $0.type == .testingScheduled }.isEmpty)
  }
}

@Suite("Draft: a list of places a lead-in seals (对以下楼栋实行封控管理：)")
struct DraftSealedListLeadInTests {
  @Test func eachItemIsASealedZoneFromTheLeadInsStart() throws {
    let text = """
      郑州市中原区新冠肺炎疫情防控指挥部
      一、封控楼栋
      自6月14日18时起，对以下楼栋实行封控管理：
      1. 某某街道某某苑小区7号楼；
      2. 某某街道某某新苑12号楼。
      """
    let z = try draft(text, published: "2022-06-14T22:00+08:00").drafts.filter { $0.type == .zoneDesignated }
    #expect(
      z.count == 2 && z.allSatisfy { $0.data["level"]?.stringValue == "sealed" && $0.interval.effective.iso8601 == "2022-06-14T18:00+08:00" },
      "\(z.map(\.quote))")
  }
}

@Suite("Draft: a round held in groups of districts, each with its sampling time")
struct DraftRoundGroupsTests {
  let text = """
    市疫情防控指挥部决定于6月20日至21日分两批开展第五轮全员核酸检测。现将有关事项通告如下：
    一、检测安排
    （一）第一批：中原区、二七区、金水区。采样时间：6月20日6:00—18:00。
    （二）第二批：上街区、巩义市、荥阳市。采样时间：6月21日上午8时至下午4时。
    """

  @Test func eachGroupIsARoundOfItsDistrictsAtItsTime() throws {
    let r = try draft(text, published: "2022-06-19T20:00+08:00").drafts.filter { $0.type == .testingScheduled }
    #expect(
      r.map { "\($0.interval.effective.iso8601) \($0.interval.until?.iso8601 ?? "-")" } == [
        "2022-06-20T06:00+08:00 2022-06-20T18:00+08:00", "2022-06-21T08:00+08:00 2022-06-21T16:00+08:00",
      ], "\(r.map { "\($0.interval.effective.iso8601) \($0.quote)" })")
    #expect(r.allSatisfy { $0.quote.hasPrefix("第") && $0.quote.contains("批") })
    #expect(Set(r.map(\.subject.raw)).count == 2 && Set(r.map { $0.data["scope"]?.stringValue ?? "" }).count == 2)
  }
}

@Suite("Draft: a rule scoped to zones by its heading shows their level in its reading")
struct DraftZoneScopeReadingTests {
  @Test func theHeadingsLevelIsInTheReading() throws {
    let d = try measures("一、封控区管理措施\n实行“足不出户、服务上门”，居民一律不得外出。")
    #expect(d.count == 1 && d[0].data["scope"]?.stringValue == "zones:sealed", "\(d.map { "\($0.data)" })")
    #expect(d.first?.review?["reading"]?.stringValue?.contains("封控区") == true, "\(d.map { String(describing: $0.review) })")
  }
}

@Suite("Draft: a count of zones broken down by district in bare numbers, and a figure stated twice")
struct DraftZoneCountBreakdownTests {
  @Test func aLevelsHeaderBreaksDownItsCount() throws {
    let d = try draft("截至6月27日12时，全市现有高风险区30个、中风险区14个。中风险区分布：中原区6，二七区5，金水区3。").drafts
      .filter { $0.type == .metricReported }
    let items = d.filter { $0.subject.raw.hasPrefix("metric:zones.medium-risk.count@") && !$0.subject.raw.hasSuffix("@city") }
    #expect(items.map { $0.data["value"]?.intValue ?? -1 } == [6, 5, 3], "\(d.map { "\($0.subject.raw) \($0.quote)" })")
    #expect(items.allSatisfy { $0.interval.effective.iso8601 == "2022-06-27T12:00+08:00" })
  }

  @Test func aFigureRepeatedLowerDownIsOneReport() throws {
    let d = try draft("截至6月27日12时，全市现有高风险区30个。\n高风险区30个（中原区12个、二七区18个）。", published: "2022-06-27T13:00+08:00").drafts
      .filter { $0.subject.raw == "metric:zones.high-risk.count@city" }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-27T12:00+08:00", "\(d.map(\.quote))")
  }

  @Test func theSameCountOnTheNextDayIsAnotherReport() throws {
    let d = try draft("6月26日新增本土确诊病例2例。6月27日新增本土确诊病例2例。", published: "2022-06-28T09:00+08:00").drafts
      .filter { $0.type == .metricReported }
    #expect(d.count == 2, "\(d.map { "\($0.subject.raw) \($0.interval.effective.iso8601)" })")
  }
}

@Suite("Draft: a negation that joins severities is one zero figure quoting them all")
struct DraftJoinedSeveritiesTests {
  @Test func theQuoteCoversEverySeverity() throws {
    let d = try draft("目前在院治疗38例，无重症、危重症病例。").drafts.filter { $0.subject.raw.hasPrefix("metric:cases.severe") }
    #expect(d.count == 1 && d[0].quote == "无重症、危重症病例" && d[0].data["value"]?.intValue == 0, "\(d.map(\.quote))")
  }
}

@Suite("Draft: an extension that names the end it replaces holds from that end")
struct DraftExtensionFromTheOldEndTests {
  @Test func bothWordOrders() throws {
    for text in [
      "甲区、乙区静态管理原定于6月8日24时结束，现延长至6月11日24时，其间各项管控措施不变。",
      "原定于6月8日24时结束的甲区临时管控延长至6月11日24时，其间各项管控措施保持不变。",
    ] {
      let d = try measures(text)
      #expect(
        d.count == 1 && d[0].type == .measureAmended && d[0].interval.effective.iso8601 == "2022-06-09T00:00+08:00"
          && d[0].interval.until?.iso8601 == "2022-06-12T00:00+08:00", "\(d.map { "\($0.type) \($0.interval.effective.iso8601)" })")
    }
  }

  @Test func withoutTheOldEndItHoldsFromPublication() throws {
    let d = try measures("甲区临时性管控期限延长至6月11日24时，管控期间各项措施不变。")
    #expect(d.first?.interval.effective.iso8601 == "2022-06-04T20:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: a zone's regime and its tests in one sentence are two rules")
struct DraftRegimeAndTestsTests {
  @Test func testsAfterAMovementRuleAreARuleOfTheirOwn() throws {
    for text in ["中风险区实行“人不出区、错峰取物”，区内每天开展一次核酸检测。", "封控区实行“足不出户”，每日开展一次上门核酸采样。"] {
      let d = try measures(text)
      #expect(d.map { $0.subject.raw.hasPrefix("measure:testing.") } == [false, true], "\(d.map(\.subject.raw))")
    }
  }

  @Test func anArrivalsTestsAnExceptionOrAClosedLoopStayOneRule() throws {
    for text in [
      "来（返）郑人员须提前向目的地社区报备，抵郑后落实“三天三检”。",
      "其间全体居民居家，除就医、核酸检测等特殊情况外一律不得外出。",
      "快递、外卖从业人员实行闭环管理，每日开展一次核酸检测。",
    ] {
      let d = try measures(text)
      #expect(!d.contains { $0.subject.raw.hasPrefix("measure:testing.") && d.count > 1 }, "\(text): \(d.map(\.subject.raw))")
    }
  }
}

@Suite("Draft: how residents under an order reach a doctor is a medical rule")
struct DraftMedicalAccessTests {
  @Test func aTransferForThoseWhoMustSeeADoctor() throws {
    for text in ["居民确需就医的，可联系所在社区，由社区安排专车点对点接送。", "其间，孕产妇、透析病人等特殊人群就医，由村（社区）安排专车接送。"] {
      let d = try measures(text)
      #expect(d.count == 1 && d[0].type == .measureImposed && d[0].subject.raw.hasPrefix("measure:medical."), "\(text): \(d.map(\.subject.raw))")
    }
  }

  @Test func aPatientsTransferReportedOrAnotherRulesDetailIsNot() throws {
    #expect(try measures("上述感染者均已转运至定点医院隔离治疗。").isEmpty)
    let d = try measures("其间，群众出行不受交通管控限制；血液透析、孕产妇等特殊群体，由社区派专车闭环接送就医。")
    #expect(!d.contains { $0.subject.raw.hasPrefix("measure:medical.") && $0.review?["reading"]?.stringValue == "就医" }, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: a figure that inherits its qualifier shows the words that said it")
struct DraftInheritedQualifierWordsTests {
  @Test func 累计报告IsShownWithTheSecondFigure() throws {
    let d = try draft("截至6月20日24时，全市累计报告本土确诊病例35例、本土无症状感染者61例。", published: "2022-06-21T08:00+08:00").drafts
      .filter { $0.subject.raw.hasPrefix("metric:cases.asymptomatic.cumulative") }
    #expect(d.first?.review?["reading"]?.stringValue?.hasPrefix("累计报告") == true, "\(d.map { String(describing: $0.review) })")
  }

  @Test func aBareQualifierStaysBare() throws {
    let d = try draft("截至6月20日24时，全市累计确诊病例35例、无症状感染者61例。", published: "2022-06-21T08:00+08:00").drafts
      .filter { $0.subject.raw.hasPrefix("metric:cases.asymptomatic.cumulative") }
    #expect(d.first?.review?["reading"]?.stringValue?.hasPrefix("累计（承前）") == true, "\(d.map { String(describing: $0.review) })")
  }
}

@Suite("Draft: a figure restated below the lead keeps the lead's day for its breakdown")
struct DraftRestatedFigureBreakdownTests {
  @Test func theBreakdownCountsTheLeadsDay() throws {
    let text = """
      2022年6月1日0—24时，郑州市新增本土确诊病例9例。
      ▲新增本土确诊病例9例，分布：金水区4例，管城回族区3例，惠济区2例。
      """
    let d = try draft(text, published: "2022-06-02T08:45+08:00").drafts.filter { $0.subject.raw.hasPrefix("metric:cases.confirmed.new@") }
    let items = d.filter { !$0.subject.raw.hasSuffix("@city") }
    #expect(
      items.count == 3 && items.allSatisfy { $0.interval.effective.iso8601 == "2022-06-02T00:00+08:00" },
      "\(d.map { "\($0.subject.raw) \($0.interval.effective.iso8601)" })")
    #expect(d.filter { $0.subject.raw.hasSuffix("@city") }.count == 1)
  }
}

@Suite("Draft: an order that ends at a moment (将于…结束), and the start of the order a relative clause names")
struct DraftOrderEndsAtTests {
  let text = "经专家组综合研判，金水区、惠济区自6月12日0时起实施的静态管理，将于6月19日6时结束。同时，金水区某某街道某某小区解除封控，调整为管控区。"

  @Test func theEndIsTheLiftAndWhat同时PointsTo() throws {
    let d = try draft(text, published: "2022-06-18T21:30+08:00").drafts
    let lift = d.filter { $0.type == .measureLifted }
    #expect(
      lift.count == 1 && lift[0].interval.effective.iso8601 == "2022-06-19T06:00+08:00" && lift[0].interval.until == nil,
      "\(d.map { "\($0.type) \($0.interval.effective.iso8601)" })")
    #expect(!d.contains { $0.type == .measureImposed }, "the order's own start names it; it is not imposed again")
    let z = d.filter { $0.type == .zoneRegraded }
    #expect(z.count == 1 && z[0].interval.effective.iso8601 == "2022-06-19T06:00+08:00", "\(z.map(\.interval.effective.iso8601))")
  }

  @Test func anEndThatASpanNamesOrThatAnExtensionReplacesIsNoLift() throws {
    #expect(try measures("自6月4日0时起至6月7日24时结束，金水区实行静态管理。").map(\.type) == [.measureImposed])
    #expect(!(try measures("原定于6月7日24时结束的金水区临时管控延长至6月10日24时。").contains { $0.type == .measureLifted }))
  }

  @Test func anAssessmentOpeningADecisionLeavesTheDecision() throws {
    #expect(try measures("经专家研判，决定自6月19日起恢复堂食。").count == 1)
    #expect(try measures("经研判，当前疫情形势总体可控。").isEmpty)
  }
}

@Suite("Draft: a notice that seals places for a period it names in its opening")
struct DraftSealedForAPeriodTests {
  let text = """
    郑州市金水区新冠肺炎疫情防控指挥部
    经区疫情防控指挥部研究决定，自2022年6月4日0时起，对以下区域实施为期7天的封控管理（至6月10日24时）。
    【封控区】
    ■甲乙街道：某某苑小区、某某家园（1号楼、2号楼）
    ■丙丁街道：某某公寓（B座）
    【管控措施】
    一、封控区实行“区域封闭、足不出户、服务上门”。
    """

  func drafts() throws -> [Draft] { try draft(text, published: "2022-06-03T23:40+08:00").drafts }

  @Test func bulletedStreetGroupsAreZonesForThePeriod() throws {
    let z = try drafts().filter { $0.type == .zoneDesignated }
    #expect(z.count == 3, "\(z.map(\.quote))")
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-04T00:00+08:00" && $0.interval.until?.iso8601 == "2022-06-11T00:00+08:00" })
  }

  @Test func theLevelsRulesHoldForThePeriodToo() throws {
    let r = try drafts().filter { $0.quote.contains("足不出户") }
    #expect(r.count == 1 && r[0].interval.until?.iso8601 == "2022-06-11T00:00+08:00", "\(r.map { $0.interval.until?.iso8601 ?? "-" })")
  }
}

@Suite("Draft: a lift list by level alone, its items under district headings that count them")
struct DraftLiftListByDistrictTests {
  @Test func eachItemIsLiftedInItsHeadingsDistrict() throws {
    let text = "自6月26日18时起,解除以下3个高风险区:\n金水区(2个)\n1.甲乙街道某某苑小区\n2.丙丁街道某某花园5号楼\n二七区(1个)\n3.戊己街道某某小区\n"
    let z = try draft(text, published: "2022-06-26T22:05+08:00").drafts.filter { $0.type == .zoneLifted }
    #expect(
      z.map { $0.subject.raw.split(separator: "/").first.map(String.init) ?? "" } == ["zone:jinshui", "zone:jinshui", "zone:erqi"],
      "\(z.map(\.subject.raw))")
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-26T18:00+08:00" })
  }
}

@Suite("Draft: a requirement dropped, a rule given its end, and a lift on the schedule that goes on")
struct DraftRuleEndsTests {
  @Test func noLongerRequiredIsALift() throws {
    try expectOneMeasure("同日起，离郑人员无需再向所在单位或社区报备。", .measureLifted)
  }

  @Test func anEarlierNoticesRuleGivenAnEndIsLiftedThen() throws {
    let d = try measures("我市6月2日发布的第28号通告中关于“非必要不离郑”的规定，执行至6月29日24时。")
    #expect(
      d.count == 1 && d[0].type == .measureLifted && d[0].interval.effective.iso8601 == "2022-06-30T00:00+08:00" && d[0].interval.until == nil,
      "\(d.map { "\($0.type) \($0.interval.effective.iso8601)" })")
  }

  @Test func aLiftOnTheOriginalScheduleIsALift() throws {
    let d = try measures("甲区、乙区仍按原定时间，于6月6日24时解除静默管理。")
    #expect(d.count == 1 && d[0].type == .measureLifted && d[0].interval.effective.iso8601 == "2022-06-07T00:00+08:00", "\(d.map(\.type))")
  }
}
