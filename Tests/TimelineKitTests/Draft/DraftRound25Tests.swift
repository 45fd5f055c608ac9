import Foundation
import Testing

@testable import TimelineKit

// Twenty-fifth round: patterns of notice language found on the dev sets (and the new dev set CG). Made-up sentences in
// the style of those genres: none is copied from the five source texts, the practice set or the sets' notices.

/// The drafts of made-up text of one type.
private func drafts(_ text: String, _ type: EventType, published: String = "2022-08-02T19:00+08:00") throws -> [Draft] {
  try draft(text, published: published).drafts.filter { $0.type == type }
}

/// What the drafter read a draft as (its review's `reading`).
private func reading(_ d: Draft) -> String { d.review?["reading"]?.stringValue ?? "" }

@Suite("Draft: figures that are no counts")
struct DraftNoCountRound25Tests {
  @Test func aPricePerUnitIsAFeeNotAFigure() throws {
    let text = "某区疫情防控指挥部办公室公告\n其他人员按单人单检12元/人次、混检4元/人次收费。\n"
    let d = try drafts(text, .metricReported)
    #expect(d.isEmpty, "\(d.map(reading))")
  }

  @Test func aSumOfMoneyIsStillAFigure() throws {
    let d = try drafts("某区疫情防控指挥部办公室公告\n全区防疫物资储备规模约2.6亿元。\n", .metricReported)
    #expect(d.count == 1, "\(d.map(reading))")
  }
}

@Suite("Draft: what rules nothing")
struct DraftNoRuleRound25Tests {
  @Test func aSloganOnWhatReopeningIsNotRulesNothing() throws {
    let text = "某区疫情防控指挥部通告\n解封不解防，防控不放松。\n调整优化不是放松防控，更不是一放了之。\n"
    let d = try draft(text, published: "2022-06-01T18:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(d.isEmpty, "\(d.map(reading))")
  }

  @Test func aPrincipleOfReopeningRulesNothing() throws {
    let d = try draft("某市政府新闻办公室\n“分批分类、稳妥有序是复市的基本原则。”\n", published: "2022-06-01T18:00+08:00").drafts
      .filter { $0.type != .briefingPublished }
    #expect(d.isEmpty, "\(d.map(reading))")
  }

  @Test func whatMayHappenOnAConditionDecidesNothingYet() throws {
    let text = "某区疫情防控指挥部通告\n管控期间如出现新的阳性感染者，管控时间相应延长；期满符合条件的，按程序解除。\n"
    let d = try draft(text, published: "2022-06-01T18:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(d.isEmpty, "\(d.map(reading))")
  }

  @Test func aLaterStepTakenAsTheSituationAllowsIsNoLiftNow() throws {
    let d = try drafts("某区商务局通知\n第二阶段平稳运行后，将视情逐步放开室内游乐场所。\n", .measureLifted)
    #expect(d.isEmpty, "\(d.map(reading))")
  }

  @Test func aRuleNowBeforeWhatMayComeLaterStands() throws {
    let d = try drafts("某市教育局通知\n全市初二年级6月20日起恢复线下教学，其余年级返校时间将视情况另行通知。\n", .measureLifted)
    #expect(d.count == 1, "\(d.map(reading))")
  }
}

@Suite("Draft: periods, scopes and background")
struct DraftPeriodRound25Tests {
  @Test func anOrdersEndInTheSentenceAfterItsStartEndsItsPeriod() throws {
    let text = "某村村民委员会\n从今天下午2点开始，本村封闭管理。先封5天，到6月9号夜里12点。\n封闭期间，村民足不出户。\n"
    let d = try drafts(text, .measureImposed, published: "2022-06-04T09:00+08:00")
    let stay = d.first { reading($0).contains("足不出户") }
    #expect(stay?.interval.effective.iso8601 == "2022-06-04T14:00+08:00", "\(d.map(\.interval.effective.iso8601))")
    #expect(stay?.interval.until?.iso8601 == "2022-06-10T00:00+08:00", "\(d.map { $0.interval.until?.iso8601 ?? "-" })")
  }

  @Test func toSaidAfterAPauseIsAnEnd() throws {
    let text = "某村村民委员会\n自6月4日14时起，本村实行封闭管理，一直到6月9日24时。\n"
    let d = try drafts(text, .measureImposed, published: "2022-06-04T09:00+08:00")
    #expect(d.first?.interval.until?.iso8601 == "2022-06-10T00:00+08:00", "\(d.map { $0.interval.until?.iso8601 ?? "-" })")
  }

  @Test func zonesLeftOutOfALiftGoOnUnderTheirRules() throws {
    let text = "某区疫情防控指挥部通告\n（三）高风险区不在本次解除范围内，继续执行原有管控措施。\n"
    let d = try draft(text, published: "2022-07-01T20:00+08:00").drafts
    #expect(d.filter { $0.type == .measureLifted }.isEmpty, "\(d.map(\.type))")
    #expect(d.contains { $0.type == .measureRestated }, "\(d.map(\.type))")
  }

  @Test func aZoneLiftedDownToALevelAfterACommaOfEnumerationIsRegraded() throws {
    let text = "某区疫情防控指挥部通告\n中原区林山街道青柳苑小区解除封控、转为管控区。\n"
    let d = try draft(text, published: "2022-07-01T20:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(d.map(\.type) == [.zoneRegraded], "\(d.map(\.type))")
  }

  @Test func aReopeningWithOneCompanionEachIsAmended() throws {
    let d = try drafts("某市卫生健康委员会通知\n自7月3日起，各医院恢复住院探视，每名患者限1名家属探视。\n", .measureAmended)
    #expect(d.count == 1, "\(d.map(reading))")
  }

  @Test func roundsHeldSinceADayAreToldNotScheduled() throws {
    let text = "某市疫情防控指挥部通告\n6月2日以来，我市全域实行临时性封闭管理，先后开展四轮全员核酸检测。\n"
    let d = try draft(text, published: "2022-06-08T20:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(d.isEmpty, "\(d.map(\.type))")
  }

  @Test func anOrderInForceSinceADayIsBackgroundNotARule() throws {
    let d = try drafts("某县疫情防控指挥部通告\n6月2日以来，我县实行全域静态管理。\n", .measureImposed, published: "2022-06-08T20:00+08:00")
    #expect(d.isEmpty, "\(d.map(reading))")
  }

  @Test func testsNamedAsWhatPeopleMayStillGoOutForAreNoRuleOfTheirOwn() throws {
    let text = "某市疫情防控指挥部通告\n（二）中原区继续实行居家管理，居民非就医、非核酸采样原则上不出家门。\n"
    let d = try draft(text, published: "2022-07-21T20:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(d.map(\.type) == [.measureRestated], "\(d.map(\.type)) \(d.map(reading))")
  }

  @Test func anArticlesBracketedHeadingIsNoPartOfTheRule() throws {
    let text = "某市疫情防控指挥部通告\n【第五条 风险区域】全市现有高风险区继续执行原有管控措施，不适用本通告。\n"
    let d = try drafts(text, .measureRestated, published: "2022-06-08T20:00+08:00")
    #expect(d.count == 1, "\(d.map(reading))")
    #expect(d.first.map(reading)?.contains("第五条") == false, "\(d.map(reading))")
  }

  @Test func anOrderFromADayStillRules() throws {
    let d = try drafts("某县疫情防控指挥部通告\n6月9日起，我县实行全域静态管理。\n", .measureImposed, published: "2022-06-08T20:00+08:00")
    #expect(d.count == 1, "\(d.map(reading))")
  }
}

@Suite("Draft: zones and rules of a workplace sealed or freed")
struct DraftWorkplaceRound25Tests {
  @Test func aPlaceLiftedAfterTheWorkDoneToLiftItIsAZoneLifted() throws {
    let text = "中原区疫情防控指挥部通告\n（二）石桥街道安康小区已完成终末消杀，经评估，自6月3日12时起解除封控。\n"
    let d = try drafts(text, .zoneLifted, published: "2022-06-03T18:00+08:00")
    #expect(d.map(reading) == ["石桥街道安康小区"], "\(d.map(reading))")
  }

  @Test func aSortingCentreIsAPlaceAZoneCanBe() throws {
    let text = "中原区疫情防控指挥部通告\n（三）石桥街道远通物流分拨中心自6月3日12时起解除封控。\n"
    let d = try drafts(text, .zoneLifted, published: "2022-06-03T18:00+08:00")
    #expect(d.count == 1, "\(d.map(reading))")
  }

  @Test func peopleHeldOnSiteAfterAClosureAreARuleOfTheirOwn() throws {
    let text = "某区疫情防控指挥部通告\n自6月3日12时起，将石桥街道远通仓储园划定为封控区，园区暂停一切装卸作业，园内人员就地封闭管理。\n"
    let d = try drafts(text, .measureImposed, published: "2022-06-03T18:00+08:00")
    #expect(d.count == 2, "\(d.map(reading))")
    #expect(d.contains { reading($0).contains("人员") }, "\(d.map(reading))")
  }

  @Test func aRegimeThatGoesOnForThoseWhoNeedTheExceptionIsRestated() throws {
    let d = try drafts("某市卫生健康委员会通知\n（二）确需陪护的，仍实行“一患一陪”，陪护人员不得随意更换。\n", .measureRestated)
    #expect(d.map(reading) == ["一患一陪"], "\(d.map(reading))")
  }

  @Test func theExceptionOfTheRuleBeforeIsStillNoRule() throws {
    let d = try drafts("某区疫情防控指挥部通告\n确需离开的，须持24小时内核酸检测阴性证明。\n", .measureImposed)
    #expect(d.isEmpty, "\(d.map(reading))")
  }

  @Test func residentsOfPlacesFreedOfTwoControlsAreWhomARuleIsFor() throws {
    let text = "某区疫情防控指挥部通告\n四、6月4日零时至6月6日24时，解除封控、管控区域的居民实行“三天两检”。\n"
    let d = try drafts(text, .measureImposed, published: "2022-06-03T18:00+08:00")
    #expect(d.count == 1, "\(d.map(\.type))")
  }
}

@Suite("Draft: a village's notice said aloud")
struct DraftSpokenRound25Tests {
  private let opening = "某村村民委员会\n从今天中午12点开始，咱村封闭管理。先封5天，到6月8号夜里12点。\n"

  @Test func theseDaysCountedAloudAreTheOrdersPeriod() throws {
    let text = opening + "这5天里，要看病的先给村委会打电话，不准自己开车出去。\n"
    let d = try drafts(text, .measureImposed, published: "2022-06-03T08:00+08:00").filter { reading($0) != "咱村" }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-03T12:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
    #expect(d.map { $0.interval.until?.iso8601 ?? "-" } == ["2022-06-09T00:00+08:00"], "\(d.map { $0.interval.until?.iso8601 ?? "-" })")
  }

  @Test func shopsAllShutSaidAloudAreAClosure() throws {
    let d = try drafts(opening + "超市、澡堂，从今天中午12点起全部关门。\n", .measureImposed, published: "2022-06-03T08:00+08:00")
    #expect(d.contains { reading($0).contains("澡堂") }, "\(d.map(reading))")
  }

  @Test func aPenaltyFallsOnTheDayItsOwnClauseNames() throws {
    let d = try drafts(opening + "今天不来做核酸的，后天健康码就变黄码。\n", .measureImposed, published: "2022-06-03T08:00+08:00")
      .filter { $0.subject.raw.contains("health-code") }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-05T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aDailyTestSaidAloudIsATestingRule() throws {
    let d = try drafts(opening + "封闭期间，全村每天做一次核酸。\n", .measureImposed, published: "2022-06-03T08:00+08:00")
    #expect(d.contains { $0.subject.raw.hasPrefix("measure:testing.") }, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: a breakdown in the sentence after its figure")
struct DraftNextSentenceBreakdownRound25Tests {
  private func figures(_ text: String) throws -> [Draft] {
    try drafts("某县卫生健康委员会\n" + text + "\n", .metricReported, published: "2022-07-16T09:00+08:00")
  }

  @Test func townsAfterQiZhongBreakDownTheCasesBefore() throws {
    let d = try figures("7月15日0—24时，中牟县新增本土无症状感染者7例。其中，白沙镇3例、官渡镇4例。")
    let towns = d.filter { $0.subject.raw.contains("asymptomatic.new-p-") }
    #expect(towns.map(\.quote) == ["白沙镇3例", "官渡镇4例"], "\(d.map(\.subject.raw))")
  }

  @Test func itemsThatAddUpToTwoStatusesAreAllTheCases() throws {
    let d = try figures("7月15日0—24时，中牟县新增本土确诊病例2例、无症状感染者5例。其中，白沙镇3例、官渡镇4例。")
    #expect(d.filter { $0.subject.raw.contains("positive.new-p-") }.count == 2, "\(d.map(\.subject.raw))")
  }

  @Test func itemsThatDoNotAddUpBreakDownNothingBefore() throws {
    let d = try figures("7月15日0—24时，中牟县新增本土无症状感染者9例。其中，白沙镇3例、官渡镇4例。")
    #expect(!d.contains { $0.subject.raw.contains("asymptomatic.new-p-") }, "\(d.map(\.subject.raw))")
  }
}
