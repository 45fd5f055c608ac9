import Foundation
import Testing

@testable import TimelineKit

// Twenty-second round: patterns of notice language found on the dev sets (and the new dev set CA). Made-up sentences in
// the style of those genres: none is copied from the five source texts, the practice set or the sets' notices.

/// The drafts of made-up text of one type.
private func drafts(_ text: String, _ type: EventType, published: String = "2022-08-02T19:00+08:00") throws -> [Draft] {
  try draft(text, published: published).drafts.filter { $0.type == type }
}

/// Each figure as "subject value".
private func values(_ d: [Draft]) -> [String] {
  d.map { "\($0.subject.raw) \($0.data["value"]?.intValue.map { "\($0)" } ?? "-")" }
}

@Suite("Draft: a street office's stay-home notice — items opening 期间, a round each day of the period")
struct DraftDuringItemsRound22Tests {
  let notice = """
    某市某区某某街道办事处通告
    决定自8月3日0时起至8月5日24时，在某某街道全域实行居家静默管理。现将有关事项通告如下：
    一、其间，辖区居民一律居家，非必要不出小区。
    二、其间，各小区只保留一个出入口。
    三、期间，除药店、超市外，辖区其他门店一律暂停营业。
    四、期间，每天开展一轮全员核酸检测，采样时间为每天8时至12时。
    """

  @Test func anItemOpeningWithABare期间HoldsForTheNoticesPeriod() throws {
    // (Items marked one by one: an unmarked item would hold from publication.)
    let d = try drafts(notice, .measureImposed).filter { $0.quote.contains("门店") }
    #expect(spans(d) == ["2022-08-03T00:00+08:00 2022-08-06T00:00+08:00"], "\(spans(d))")
  }

  @Test func aBare期间AfterASentenceWithAPeriodIsThatPeriod() throws {
    let notice = "某市某区某某街道办事处通告\n一、8月3日0时至8月5日24时，辖区内农贸市场暂停营业。\n二、期间，辖区餐饮门店暂停堂食。\n"
    let d = try drafts(notice, .measureImposed).filter { $0.quote.contains("堂食") }
    #expect(spans(d) == ["2022-08-03T00:00+08:00 2022-08-06T00:00+08:00"], "\(spans(d))")
  }

  @Test func aDailyRoundDuringThePeriodIsOneRoundOnEachOfItsDays() throws {
    let d = try drafts(notice, .testingScheduled)
    #expect(
      spans(d) == [
        "2022-08-03T08:00+08:00 2022-08-03T12:00+08:00", "2022-08-04T08:00+08:00 2022-08-04T12:00+08:00",
        "2022-08-05T08:00+08:00 2022-08-05T12:00+08:00",
      ], "\(spans(d))")
  }

  @Test func aDailyRoundOfANoticeWithoutAPeriodStaysOneRound() throws {
    // (No period to repeat it over: the one round the sentence gives.)
    let d = try drafts("某市某区某某街道办事处通告\n一、期间，每天开展一轮全员核酸检测，采样时间为每天8时至12时。\n", .testingScheduled)
    #expect(d.count == 1, "\(spans(d))")
  }
}

@Suite("Draft: places someone enters are where one requirement is checked")
struct DraftEnteredPlacesRound22Tests {
  @Test func placesAfterAnEntryVerbAreOneRule() throws {
    let d = try measures("某市疫情防控指挥部通告\n自8月6日0时起，市民进入商场及超市须查验72小时内核酸检测阴性证明。\n")
    #expect(d.count == 1, "\(d.map(\.quote))")
  }

  @Test func coordinatedObjectsOfARuleStillSplit() throws {
    let d = try measures("某市疫情防控指挥部通告\n自8月6日0时起，健身房和游泳馆暂停营业。\n")
    #expect(d.count == 2, "\(d.map(\.quote))")
  }
}

@Suite("Draft: spoken figures — a breakdown after 里头, a streak said with 没有新增, a review's finding")
struct DraftSpokenFiguresRound22Tests {
  @Test func aBreakdownAfter里头CountsTheDayOfTheSentenceBefore() throws {
    let d = try drafts(
      "郑州市卫生健康委员会\n昨天0时到24时，全市新增本土无症状感染者9例。9例无症状感染者里头，中原区6例、惠济区3例。\n", .metricReported,
      published: "2022-06-21T10:00+08:00")
    let parts = d.filter { $0.subject.raw.hasSuffix("@zhongyuan") || $0.subject.raw.hasSuffix("@huiji") }
    #expect(values(parts) == ["metric:cases.asymptomatic.new@zhongyuan 6", "metric:cases.asymptomatic.new@huiji 3"], "\(values(d))")
    #expect(parts.allSatisfy { $0.interval.effective.iso8601 == "2022-06-21T00:00+08:00" }, "\(spans(parts))")
  }

  @Test func aStreakSaidWith没有新增IsAFigureOfEachDistrict() throws {
    let d = try drafts("郑州市卫生健康委员会\n中原区、惠济区到今天已经连续10天没有新增病例了。\n", .metricReported)
    #expect(
      values(d) == ["metric:cases.zero-new.streak-days@zhongyuan 10", "metric:cases.zero-new.streak-days@huiji 10"], "\(values(d))")
  }

  @Test func peopleAReviewConfirmedCountAsWhatItFound() throws {
    let d = try drafts(
      "某县疫情防控指挥部通报\n8月2日，我县在重点人群核酸检测中发现3名初筛阳性人员，经县疾控中心复核，均为新冠病毒无症状感染者，已闭环转运。\n",
      .metricReported)
    #expect(d.count == 1 && d[0].subject.raw.hasPrefix("metric:cases.asymptomatic.new-reviewed@"), "\(values(d))")
    #expect(d.first?.data["value"] == .number("3"), "\(values(d))")
  }

  @Test func aDaysTotalBesideThoseAReviewConfirmedKeepsItsOwnFigure() throws {
    // (Found in the end-to-end run: both had one key, and the later figure hid the day's total in `state`.)
    let d = try drafts(
      "某县疫情防控指挥部通报\n8月1日0时至24时，我县新增本土无症状感染者5例。8月1日，我县在重点人群核酸检测中发现3名初筛阳性人员，经县疾控中心复核，均为新冠病毒无症状感染者。\n",
      .metricReported, published: "2022-08-02T09:00+08:00")
    #expect(Set(d.map { "\($0.subject.raw) \($0.interval.effective.iso8601)" }).count == d.count, "\(values(d))")
    #expect(values(d).contains { $0.hasPrefix("metric:cases.asymptomatic.new@") && $0.hasSuffix(" 5") }, "\(values(d))")
  }

  @Test func preliminaryPositivesWithoutAReviewStayPreliminary() throws {
    let d = try drafts("某县疫情防控指挥部通报\n8月2日，我县在重点人群核酸检测中发现3名初筛阳性人员，正在复核。\n", .metricReported)
    #expect(d.count == 1 && d[0].subject.raw.hasPrefix("metric:cases.preliminary-positive.new@"), "\(values(d))")
  }

  @Test func villagesAreThePlacesOfABreakdown() throws {
    let d = try drafts(
      "某县疫情防控指挥部通报\n8月1日0—24时，我县新增本土确诊病例3例（某某镇东河村2例、某某镇西岭村1例），新增本土无症状感染者6例，分布：某某镇东河村4、某某镇西岭村2。\n",
      .metricReported)
    let parts = d.filter { $0.data["place"] != nil || $0.subject.raw.contains("-p-") }
    #expect(
      parts.map { "\($0.quote) \($0.data["value"]?.intValue.map { "\($0)" } ?? "-")" } == [
        "某某镇东河村2例 2", "某某镇西岭村1例 1", "某某镇东河村4 4", "某某镇西岭村2 2",
      ], "\(values(d))")
  }

  @Test func theOldValueOfARulesCapIsNoFigure() throws {
    let d = try draft("某市疫情防控指挥部通告\n自9月5日0时起，公交车限载比例由50%调整为75%。\n", published: "2022-09-04T19:00+08:00").drafts
    #expect(!d.contains { $0.type == .metricReported }, "\(values(d))")
    #expect(d.contains { $0.type == .measureAmended }, "\(d.map(\.type))")
  }
}

@Suite("Draft: zones said in one sentence — buildings of one compound, a place then an assessment, a term of its own")
struct DraftZoneSentencesRound22Tests {
  @Test func buildingsOfOneCompoundAreOneZone() throws {
    let d = try drafts(
      "郑州市疫情防控指挥部\n自7月2日12时起，中原区某某街道翠湖小区2号楼、6号楼和惠济区某某街道兰亭小区划定为封控区。\n", .zoneDesignated)
    #expect(d.map { $0.data["place"]?.stringValue ?? "-" } == ["中原区某某街道翠湖小区2号楼、6号楼", "惠济区某某街道兰亭小区"], "\(d.map(\.data))")
  }

  @Test func aPlaceBeforeAnAssessmentIsTheOneRegraded() throws {
    let d = try drafts("郑州市疫情防控指挥部\n自7月2日12时起，惠济区某某街道松林社区经过评估，由封控区调整为管控区。\n", .zoneRegraded)
    #expect(d.count == 1 && spans(d) == ["2022-07-02T12:00+08:00 -"], "\(spans(d))")
  }

  @Test func aRegradedZonesOwnTermEndsItAndNoRuleBefore() throws {
    let notice = """
      郑州市中原区疫情防控指挥部通告
      （四）自6月20日0时起，途经封控区、管控区的公交线路实行甩站运行。
      （五）同时，某某街道翠湖小区由封控区调整为管控区，执行管控区各项管理措施，管控期限至6月23日24时。
      """
    let zones = try drafts(notice, .zoneRegraded, published: "2022-06-19T22:00+08:00")
    #expect(spans(zones) == ["2022-06-20T00:00+08:00 2022-06-24T00:00+08:00"], "\(spans(zones))")
    let bus = try drafts(notice, .measureImposed, published: "2022-06-19T22:00+08:00")
    #expect(spans(bus) == ["2022-06-20T00:00+08:00 -"], "\(spans(bus))")
  }
}

@Suite("Draft: an item's title, then its rules; whom a rhythm of tests is for; a day's hours are no period")
struct DraftItemTitlesRound22Tests {
  @Test func theRulesAfterAnItemsTitleTakeTheStartOfItsFirstRule() throws {
    let notice = """
      郑州市疫情防控指挥部通告
      二、进一步加强来郑人员管理措施。自9月3日12时起，来郑人员须在抵达后24小时内完成一次核酸检测。“落地检”后实行“三天两检”。
      """
    let d = try measures(notice)
    #expect(d.count == 2, "\(d.map(\.quote))")
    #expect(spans(d) == ["2022-09-03T12:00+08:00 -", "2022-09-03T12:00+08:00 -"], "\(spans(d))")
  }

  @Test func driversTestedEveryDayIsARuleNotARound() throws {
    let d = try draft("郑州市疫情防控指挥部通告\n自9月3日0时起，出租车驾驶员每日进行1次核酸检测。\n", published: "2022-09-02T19:00+08:00").drafts
    #expect(!d.contains { $0.type == .testingScheduled }, "\(d.map(\.type))")
    #expect(d.contains { $0.type == .measureImposed }, "\(d.map(\.type))")
  }

  @Test func operatingHoursEndNoRuleAfterThem() throws {
    let d = try drafts(
      "郑州市疫情防控指挥部通告\n自9月3日首班车起，地铁运营时间调整为7:00至22:00；途经中风险区的公交线路实行甩站运行。\n", .measureImposed,
      published: "2022-09-02T19:00+08:00")
    #expect(d.count == 1 && d[0].interval.until == nil, "\(spans(d))")
  }
}

@Suite("Draft: an item under a heading of its own line, a rule said unchanged, a cap after a reopening")
struct DraftHeadingItemsRound22Tests {
  let notice = """
    某市疫情防控指挥部通告
    一、公园广场
    城市公园、广场自6月2日起恢复开放，实行限流75%。入园人员须扫“场所码”并出示72小时内核酸检测阴性证明。
    二、节日安排
    6月3日至5日端午假期期间，景区门票实行预约。假期期间，景区内游船项目暂停运营。
    """

  @Test func theRulesUnderAHeadingTakeTheStartItsFirstRuleGives() throws {
    let d = try measures(notice).filter { $0.quote.contains("入园人员") }
    #expect(spans(d) == ["2022-06-02T00:00+08:00 -"], "\(spans(d))")
  }

  @Test func aPeriodTheSentencePointsBackToIsItsTime() throws {
    let d = try measures(notice).filter { $0.quote.contains("游船") }
    #expect(spans(d) == ["2022-06-03T00:00+08:00 2022-06-06T00:00+08:00"], "\(spans(d))")
  }

  @Test func aRuleSaidUnchangedIsNoEvent() throws {
    let d = try measures("某市疫情防控指挥部通告\n需要说明的是，地铁各条线路目前运营正常，没有调整。\n")
    #expect(d.isEmpty, "\(d.map(\.type))")
  }

  @Test func aReopeningWhoseSizeIsHeldWithinALimitIsAnAmendment() throws {
    try expectOneMeasure("某市疫情防控指挥部通告\n婚庆服务自6月2日起恢复，婚宴规模控制在10桌以内。\n", .measureAmended)
  }

  @Test func kindergartensShutAreAClosure() throws {
    try expectOneMeasure("某市教育局通知\n自10月10日起，全市幼儿园停园，恢复时间另行通知。\n", .measureImposed)
  }
}

@Suite("Draft: a penalty after a round's deadline; what a round found, and where")
struct DraftRoundsFindingsRound22Tests {
  @Test func aPenaltyForThoseLateHoldsFromTheRoundsEnd() throws {
    let d = try draft(
      "某市某区疫情防控指挥部通告\n9月19日6时至12时，全区开展一轮全员核酸检测。逾期未检者健康码将转为黄码。\n", published: "2022-09-18T22:00+08:00"
    ).drafts.filter { $0.type == .measureImposed }
    #expect(spans(d) == ["2022-09-19T12:00+08:00 -"], "\(spans(d))")
  }

  @Test func positivesADistrictsRoundFoundAreThatDistricts() throws {
    let d = try drafts(
      "郑州市卫生健康委员会\n5月15日，惠济区已完成第三轮全员核酸检测，共采样56.2万人，检出阳性3例，已全部转运。\n", .metricReported,
      published: "2022-05-16T08:00+08:00")
    #expect(values(d) == ["metric:cases.positive.new@huiji 3"], "\(values(d))")
  }

  @Test func aRoundWithoutANumberStillNamesThePositivesItFound() throws {
    let d = try drafts(
      "郑州市卫生健康委员会\n4月26日，我市在金水区、二七区开展区域核酸检测，共采样213.6万人，检出阳性2人。\n", .metricReported,
      published: "2022-04-27T08:00+08:00")
    #expect(d.count == 1 && (d.first?.review?["reading"]?.stringValue ?? "").contains("区域核酸检测"), "\(d.map(\.review))")
  }

  @Test func aBulletedBreakdownByHowCasesWereFoundCountsTheDayBefore() throws {
    let notice = """
      郑州市卫生健康委员会
      11月1日0—24时，全市新增本土确诊病例9例、本土无症状感染者47例。
      ▲从发现途径看，在集中隔离点筛查发现31例，社会面筛查发现25例。
      """
    let d = try drafts(notice, .metricReported, published: "2022-11-02T08:00+08:00").filter { $0.quote.contains("筛查发现") }
    #expect(d.count == 2 && d.allSatisfy { $0.interval.effective.iso8601 == "2022-11-02T00:00+08:00" }, "\(spans(d))")
  }
}

@Suite("Draft: a rule said with what it no longer asks, or what replaces it, is an amendment")
struct DraftReplacedRulesRound22Tests {
  @Test func aRuleWithWhatItNoLongerAsksIsAnAmendment() throws {
    try expectOneMeasure("某市疫情防控指挥部通告\n自10月20日0时起，高速公路出口检查点对持绿码的省内车辆实行“快速通行”，不再逐人查验。\n", .measureAmended)
  }

  @Test func aCheckDroppedForAnotherIsAnAmendment() throws {
    try expectOneMeasure("某市疫情防控指挥部通告\n自10月20日0时起，取消出站口人工核验，改为扫码通行。\n", .measureAmended)
  }

  @Test func aCheckNoLongerMadeIsStillALift() throws {
    // (不再 as the clause's own verb ends the rule it names.)
    try expectOneMeasure("某市疫情防控指挥部通告\n自6月3日起，乘坐公交车、地铁等公共交通工具，不再查验核酸检测阴性证明。\n", .measureLifted)
  }

  @Test func aRuleLiftedAloneIsStillLifted() throws {
    try expectOneMeasure("某市疫情防控指挥部通告\n自10月20日0时起，取消出站口人工核验。\n", .measureLifted)
  }
}

@Suite("Draft: cleaning routines and where to call are no rules; the bulleted measures of an order hold for its period")
struct DraftRoutinesRound22Tests {
  @Test func aCleaningRoutineIsNoRule() throws {
    let d = try measures("某市公交集团通知\n运营期间，各车站、车辆每日进行不少于两次全面消杀，并加强通风换气。\n")
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func aRuleBeforeACleaningClauseStands() throws {
    try expectOneMeasure("某市疫情防控指挥部通告\n自5月17日起，地铁暂停运营，各车站进行全面消杀。\n", .measureImposed)
  }

  @Test func whereToCallIsNoRule() throws {
    let d = try measures("某市某区疫情防控指挥部通告\n封控区内确有就医需求的群众，可拨打所在街道值班电话。\n")
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func theBulletedMeasuresOfAnOrderHoldForItsPeriod() throws {
    let notice = """
      某市民政局通知
      【封闭范围和时间】
      自2022年10月13日0时起，全市各类养老机构实行全封闭管理，暂定至11月10日24时结束。
      【主要措施】
      ▲封闭管理期间，暂停家属现场探视。
      ▲院内暂停集体活动，老人分时段错峰就餐。
      """
    let d = try measures(notice).filter { $0.quote.contains("集体活动") }
    #expect(spans(d) == ["2022-10-13T00:00+08:00 2022-11-11T00:00+08:00"], "\(spans(d))")
  }

  @Test func aBulletAfterDaysOfTestingTakesNoPeriod() throws {
    // (Days of testing are no order's period: the bullet holds from publication.)
    let notice = """
      某区融媒体中心
      ■ 明天起做核酸
      明天起至10月27日，某某街道全体居民每天参加一次区域核酸检测。
      ◆区内公交线路正常运营，途经高风险区的站点甩站运行。
      """
    let d = try draft(notice, published: "2022-10-24T22:00+08:00").drafts.filter { $0.quote.contains("甩站") }
    #expect(spans(d) == ["2022-10-24T22:00+08:00 -"], "\(spans(d))")
  }
}

@Suite("Draft: a round held in batches, each batch in its own part")
struct DraftRoundBatchesRound22Tests {
  @Test func aLaterBatchIsARoundAtItsOwnHours() throws {
    let d = try drafts(
      "某县疫情防控指挥部通告\n第三轮全员核酸检测分两批进行：东城街道、西城街道于8月29日6时至18时开展；其他乡镇于8月30日7时至12时开展。\n",
      .testingScheduled, published: "2022-08-28T20:00+08:00")
    #expect(
      spans(d) == ["2022-08-29T06:00+08:00 2022-08-29T18:00+08:00", "2022-08-30T07:00+08:00 2022-08-30T12:00+08:00"], "\(spans(d))")
  }

  @Test func aPartThatIsNoBatchAddsNoRound() throws {
    // (Without 分批 the part after the round is no batch of it.)
    let d = try drafts(
      "某县疫情防控指挥部通告\n8月29日6时至18时开展全员核酸检测；8月30日7时至12时学校开展。\n", .testingScheduled, published: "2022-08-28T20:00+08:00")
    #expect(d.count == 1, "\(spans(d))")
  }
}

@Suite("Draft: a town's loudspeaker script — rules and a round said aloud")
struct DraftSpokenRulesRound22Tests {
  let notice = """
    某县某某镇人民政府
    第一件事，核酸检测。今天上午全镇已经做了一轮全员核酸，一共采了2.15万人，结果正在出。
    第二件事，集市和饭店。从明天起，咱镇上的大集停了，啥时候恢复另行通知。同时，饭店、面馆不让堂食了，只能打包带走。
    第三件事，看病。村卫生室不准给发烧的病人打针输液。
    """

  func drafted() throws -> [Draft] { try draft(notice, published: "2022-08-07T18:00+08:00").drafts }

  @Test func aRoundSaidToBeDoneIsCompleted() throws {
    let d = try drafted().filter { $0.type == .testingCompleted }
    #expect(spans(d) == ["2022-08-07T00:00+08:00 -"], "\(d.map(\.quote))")
  }

  @Test func closuresAndProhibitionsSaidAloudAreRules() throws {
    let d = try drafted().filter { $0.subject.kind == .measure }
    #expect(d.count == 3, "\(d.map(\.quote))")
    #expect(d.allSatisfy { $0.type == .measureImposed }, "\(d.map(\.type))")
  }
}

@Suite("Draft: a bulleted heading that lifts names the control, not a level")
struct DraftLiftHeadingRound22Tests {
  @Test func theItemsUnderALiftHeadingAreLifted() throws {
    let notice = """
      郑州市惠济区疫情防控指挥部
      经专家研判，自10月24日20时起，对我区部分区域风险等级作如下调整：
      ◆ 由高风险区降为低风险区（1个）
      某某街道：锦华里小区
      ◆ 解除封控（1个）
      某某镇：东湾村
      """
    let z = try draft(notice, published: "2022-10-24T22:00+08:00").drafts.filter { $0.subject.kind == .zone }
    #expect(z.map(\.type) == [.zoneRegraded, .zoneLifted], "\(z.map(\.quote))")
  }
}
