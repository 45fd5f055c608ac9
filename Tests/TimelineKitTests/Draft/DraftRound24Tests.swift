import Foundation
import Testing

@testable import TimelineKit

// Twenty-fourth round: patterns of notice language found on the dev sets (and the new dev set CE). Made-up sentences in
// the style of those genres: none is copied from the five source texts, the practice set or the sets' notices.

/// The drafts of made-up text of one type.
private func drafts(_ text: String, _ type: EventType, published: String = "2022-08-02T19:00+08:00") throws -> [Draft] {
  try draft(text, published: published).drafts.filter { $0.type == type }
}

/// What the drafter read a draft as (its review's `reading`).
private func reading(_ d: Draft) -> String { d.review?["reading"]?.stringValue ?? "" }

@Suite("Draft: a later clause of a sentence that is a rule of its own")
struct DraftLaterClauseRound24Tests {
  @Test func shopsClosedAfterAZonesRegimeAreARuleOfTheirOwn() throws {
    // (一律 before 暂停 is an adverb: the clause is a closure, another class than the regime's.)
    let text = "某区疫情防控指挥部通告\n（二）管控区实行“人不出区、错峰取物”，区内门店除保供超市、药店外一律暂停营业。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 2, "\(d.map(reading))")
    #expect(d.last.map(reading)?.contains("门店") == true, "\(d.map(reading))")
  }

  @Test func banquetsStoppedAfterAZonesRegimeAreAClosureOfTheirOwn() throws {
    // (一律 gives way to 暂停: a closure after the regime's rule, not the same class again.)
    let d = try drafts("某区疫情防控指挥部通告\n管控区实行“人不出区、错峰取物”，婚宴寿宴一律暂停举办。\n", .measureImposed)
    #expect(d.count == 2, "\(d.map(reading))")
  }

  @Test func aServiceKeptShutForNowAfterAnotherIsRestatedToo() throws {
    let text = "某市文化广电和旅游局通知\n（四）景区内演艺场所暂不开放，景区餐饮网点只提供外带服务，暂不提供堂食。\n"
    let d = try drafts(text, .measureRestated)
    #expect(d.count == 2, "\(d.map(reading))")
  }

  @Test func travelAgenciesResumingToOrganiseToursIsAReopening() throws {
    let text = "某市文化广电和旅游局通知\n（一）自5月14日起，旅行社可恢复组织本省居民在省内开展团队旅游，每团人数不超过30人。\n"
    let d = try drafts(text, .measureAmended)
    #expect(d.map(\.interval.effective.iso8601) == ["2022-05-14T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func anotherRequirementDroppedAfterALiftIsAnotherLift() throws {
    let text = "某市疫情防控指挥部通告\n（一）自12月1日零时起，取消“落地检”，来郑人员不再向所在社区报备。\n"
    let d = try drafts(text, .measureLifted)
    #expect(d.count == 2, "\(d.map(reading))")
  }

  @Test func aLiftSpelledOutTwiceIsOneLift() throws {
    // (The same requirement said again, with the same cue, is the one lift.)
    let d = try drafts("某市疫情防控指挥部通告\n自12月1日起，取消“落地检”，取消抵郑后“落地检”。\n", .measureLifted)
    #expect(d.count == 1, "\(d.map(reading))")
  }

  @Test func whatARuleExceptsInsideItsObjectIsNoPartOfIt() throws {
    let d = try drafts("某区疫情防控指挥部通告\n辖区内门店除保供超市、药店外一律暂停营业。\n", .measureImposed)
    #expect(d.map(reading) == ["门店"], "\(d.map(reading))")
  }

  @Test func anAdverbAloneBeforeAClosureIsNoObject() throws {
    let text = "某区民政局通知\n养老机构工作人员继续每日开展一次核酸检测；全区养老机构继续实行封闭管理，原则上暂停家属入院探视。\n"
    let d = try draft(text, published: "2022-08-02T19:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(!d.map(reading).contains("原则上"), "\(d.map(reading))")
  }

  @Test func driversTestedDailyAfterATaxiRuleAreATestingRule() throws {
    let text = "某市交通运输局通告\n出租车、网约车不得进入高风险区，驾驶员每日进行1次核酸检测。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 2, "\(d.map(reading))")
    #expect(d.last?.subject.raw.hasPrefix("measure:testing.") == true, "\(d.map(\.subject.raw))")
  }

  @Test func staffTestedAfterAReopeningAreImposedNotAmended() throws {
    let text = "某市商务局通知\n理发店、美容店自6月8日起恢复营业，实行预约服务，限流50%，店员每天进行1次核酸检测。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 1, "\(d.map(reading))")
    #expect(d.first?.subject.raw.hasPrefix("measure:testing.") == true, "\(d.map(\.subject.raw))")
  }

  @Test func testsAfterADutyToReportArePartOfIt() throws {
    let text = "某区疫情防控指挥部通告\n与阳性感染者活动轨迹有交集的人员，须立即向所在社区报备，落实“三天两检”。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 1, "\(d.map(reading))")
  }

  @Test func testsEveryTwoDaysAfterAClosedLoopAreARule() throws {
    let text = "某区疫情防控指挥部通告\n复产企业员工实行“两点一线”管理，每48小时开展一次核酸检测。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 2, "\(d.map(reading))")
  }

  @Test func aCollegeClosedAfterSchoolsGoOnlineIsARuleOfItsOwn() throws {
    let text = "某区疫情防控指挥部通告\n10月13日至10月15日，区内中小学暂停线下教学，实行线上教学，区内高校实行校园封闭管理。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 2, "\(d.map(reading))")
    #expect(d.last.map(reading)?.contains("高校") == true, "\(d.map(reading))")
  }

  @Test func aBanDuringARestatedRuleIsRestatedWithIt() throws {
    let text = "某市疫情防控指挥部通告\n（二）7日内有中风险区旅居史的来郑人员，仍须落实“三天两检”，其间不得进入人员密集场所。\n"
    let d = try drafts(text, .measureRestated)
    #expect(d.count == 2, "\(d.map(reading))")
  }

  @Test func aBanAfterARequestStands() throws {
    let text = "某社区居委会通知\n每日18时至19时，请居民将生活垃圾放置在自家门口，由志愿者统一收运；封控期间不得自行下楼倾倒垃圾。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.map(reading) == ["自行下楼倾倒垃圾"], "\(d.map(reading))")
  }

  @Test func aRequestAloneIsStillNoRule() throws {
    let d = try drafts("某社区居委会通知\n请居民将生活垃圾放置在自家门口，由志愿者统一收运。\n", .measureImposed)
    #expect(d.isEmpty, "\(d.map(reading))")
  }

  @Test func peopleNamedThenToldWhatTheyMustDoAreARule() throws {
    let text = "某区新闻发布会\n凡是8月1日以来与上述轨迹有时空交集的人员，要立即向所在社区报备，3天内完成2次核酸检测。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.map(reading) == ["向所在社区报备"], "\(d.map(reading))")
  }

  @Test func relativesToldAloudWhatTheyMustDoBeforeTheyComeAreARule() throws {
    let text = "某镇人民政府通知\n外村来帮忙收麦的亲戚朋友，要提前一天向村里报备，持48小时内核酸阴性证明才能进村。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 1, "\(d.map(reading))")
  }

  @Test func aProofToBeShownSaidAloudIsARule() throws {
    let d = try drafts("某镇人民政府通知\n外县来我镇作业的农机，机手进镇前要持48小时内核酸检测阴性证明。\n", .measureImposed)
    #expect(d.count == 1, "\(d.map(reading))")
  }

  @Test func onlyNeedingAGreenCodeIsNoRule() throws {
    let d = try drafts("某镇人民政府通知\n村民只要持绿码就能下地干活。\n", .measureImposed)
    #expect(d.isEmpty, "\(d.map(reading))")
  }

  @Test func aPassTheVillageIssuesIsARule() throws {
    let d = try drafts("某镇人民政府通知\n从9月27日起，全镇群众下地收秋，凭村里开具的通行证出入村口。\n", .measureImposed)
    #expect(d.map(\.interval.effective.iso8601) == ["2022-09-27T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aBanThatStillHoldsIsRestated() throws {
    let d = try drafts("某市疫情防控指挥部通告\n健康码为黄码、红码的人员，仍不得进入各类公共场所。\n", .measureRestated)
    #expect(d.count == 1, "\(d.map(reading))")
  }

  @Test func whenPeopleWereSomewhereSaysWhomNotWhen() throws {
    let text = "某市疫情防控指挥部通告\n（二）8月1日7:00至8:00在某某早餐店停留的人员，须居家隔离3天。\n"
    let d = try drafts(text, .measureImposed, published: "2022-08-03T09:30+08:00")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-08-03T09:30+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aDutyOfTheAuthoritiesIsStillNoRule() throws {
    let d = try drafts("某区新闻发布会\n各街道要立即组织力量开展排查。\n", .measureImposed)
    #expect(d.isEmpty, "\(d.map(reading))")
  }
}

@Suite("Draft: what a rule's clause opens with that is no object")
struct DraftObjectWordsRound24Tests {
  @Test func afterWhatARuleAppliesIsNoObject() throws {
    let text = "某县教育局通知\n返校学生须持48小时内核酸检测阴性证明，返校后实行“三天两检”。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.map(reading).contains("三天两检"), "\(d.map(reading))")
  }

  @Test func theToBetweenTwoTimesGoesWithThem() throws {
    let text = "某区疫情防控指挥部通告\n原封控区居民8月1日0时至8月7日24时实行居家健康监测。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 1 && !d.map(reading).contains(where: { $0.hasSuffix("至") }), "\(d.map(reading))")
  }

  @Test func aClauseThatNamesAPeriodIsWhenTheRuleHolds() throws {
    let text = "某区教育局通知\n暂停线下教学期间，在校教职工和住校学生实行“一天一检”。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 1, "\(d.map(reading))")
  }

  @Test func aRegimeSaidWithoutItsVerbIsARule() throws {
    let d = try drafts("某县疫情防控指挥部通告\n静态管理期间，全县居民足不出户。\n", .measureImposed)
    #expect(d.map(\.subject.raw) == ["measure:movement.stay-home"], "\(d.map(\.subject.raw))")
  }

  @Test func aQuotedRegimeAfterThePeopleItBindsIsARule() throws {
    let text = "某区疫情防控指挥部通告\n高风险区一律实行封控管理，区域内人员“足不出户、上门服务”，每天开展1次入户核酸采样。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.contains { $0.subject.raw.hasPrefix("measure:testing.") }, "\(d.map(\.subject.raw))")
  }

  @Test func aQuotedRegimeAfterAVerbThatStressesItIsNoRuleOfItsOwn() throws {
    let text = "某区疫情防控指挥部通告\n封控区人员继续实行每日上门采样，严格落实“足不出户”等管控要求。\n"
    let d = try draft(text, published: "2022-08-02T19:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 1, "\(d.map(reading))")
  }

  @Test func aRegimeSpelledOutAfterARuleThatGoesOnGoesOnWithIt() throws {
    let d = try draft("某镇疫情防控指挥部通知\n某某村继续实行封控管理，村民足不出户。\n", published: "2022-08-02T19:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(!d.isEmpty && d.allSatisfy { $0.type == .measureRestated }, "\(d.map(\.type))")
    #expect(d.contains { $0.subject.raw == "measure:movement.stay-home" }, "\(d.map(\.subject.raw))")
  }

  @Test func shopStaffTestedDailyAfterAReopeningAreNoRound() throws {
    let text = "某市商务局通知\n理发店、美容店自6月8日起恢复营业，限流50%，店员每天进行1次核酸检测。\n"
    let d = try draft(text, published: "2022-06-07T19:00+08:00").drafts
    #expect(d.filter { $0.type == .testingScheduled }.isEmpty, "\(d.map(\.type))")
  }

  @Test func whatAServiceSparesPeopleIsNoRegime() throws {
    let d = try drafts("某市卫生健康委员会\n市民通过“健康郑州”小程序，足不出户就可咨询医生。\n", .measureImposed)
    #expect(d.isEmpty, "\(d.map(reading))")
  }

  @Test func oneCompanionAPatientIsARule() throws {
    let d = try drafts("某医院通知\n每名住院患者限1名固定陪护。\n", .measureImposed)
    #expect(d.count == 1, "\(d.map(reading))")
  }

  @Test func massTestingTurnedIntoRoutineTestingIsAnAmendment() throws {
    let text = "某区新闻发布会\n明天起，全区由全员核酸检测转为常态化核酸检测，居民每三天至少检测一次。\n"
    let d = try drafts(text, .measureAmended)
    #expect(d.map(\.interval.effective.iso8601) == ["2022-08-03T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: zones re-graded under a level's heading, lifted after the condition met")
struct DraftZonesRound24Tests {
  @Test func aListThatMovesPlacesDownUnderALevelsHeadingReGradesThem() throws {
    let text = """
      郑州市中原区疫情防控指挥部通告
      三、低风险区
      （一）自7月20日零时起，以下区域由中风险区降为低风险区（2个）：
      1.甲乙街道丙丁社区；
      2.戊己街道庚辛社区。

      """
    let d = try draft(text, published: "2022-07-19T22:00+08:00").drafts
    #expect(d.filter { $0.type == .zoneRegraded }.count == 2, "\(d.map(\.type))")
    #expect(d.filter { $0.type == .zoneDesignated }.isEmpty, "\(d.map(\.type))")
  }

  @Test func anItemThatAlsoChangesItsRegimeIsTheListsZone() throws {
    let text = """
      郑州市中原区疫情防控指挥部通告
      二、中风险区
      （二）自7月20日零时起，以下区域由高风险区降为中风险区（1个）：
      甲乙街道丙丁小区，管控措施由“足不出户、上门服务”调整为“人不出区、错峰取物”。

      """
    let d = try draft(text, published: "2022-07-19T22:00+08:00").drafts
    #expect(d.filter { $0.type == .zoneRegraded }.map { $0.data["place"]?.stringValue ?? "" } == ["甲乙街道丙丁小区"], "\(d.map(\.type))")
    #expect(d.contains { $0.type == .measureAmended }, "\(d.map(\.type))")
  }

  @Test func aListThatDesignatesUnderALevelsHeadingStillDesignates() throws {
    let text = """
      郑州市中原区疫情防控指挥部通告
      二、中风险区
      （一）自7月20日零时起，以下区域新划定为中风险区（2个）：
      1.甲乙街道丙丁社区；
      2.戊己街道庚辛社区。

      """
    let d = try draft(text, published: "2022-07-19T22:00+08:00").drafts
    #expect(d.filter { $0.type == .zoneDesignated }.count == 2, "\(d.map(\.type))")
  }

  @Test func eachPartOfASentenceMovesItsPlaceAtItsOwnTime() throws {
    let text = "郑州市中原区疫情防控新闻发布会\n另外，经专家评估，甲乙街道丙丁小区自8月11日18时起解除高风险区管控；戊己街道庚辛小区自8月11日12时起划定为高风险区。\n"
    let d = try draft(text, published: "2022-08-11T19:00+08:00").drafts
    let lifted = d.filter { $0.type == .zoneLifted }.map(\.interval.effective.iso8601)
    let designated = d.filter { $0.type == .zoneDesignated }.map(\.interval.effective.iso8601)
    #expect(lifted == ["2022-08-11T18:00+08:00"], "\(d.map(\.type))")
    #expect(designated == ["2022-08-11T12:00+08:00"], "\(designated)")
  }

  @Test func aZoneTypesDailyTestsUnderItsLabelAreARuleNotARound() throws {
    let text = "郑州市中原区疫情防控指挥部通告\n（一）高风险区：自7月20日零时起，实行“足不出户、上门服务”，区域内每天开展1次核酸检测，一律上门采样。\n"
    let d = try draft(text, published: "2022-07-19T22:00+08:00").drafts
    #expect(d.filter { $0.type == .testingScheduled }.isEmpty, "\(d.map(\.type))")
    #expect(d.filter { $0.type == .measureImposed }.count == 2, "\(d.map(\.type))")
  }

  @Test func wholeDistrictsListedTogetherAreOneZoneEach() throws {
    let text = "郑州市疫情防控新闻发布会\n经专家组综合评估，自4月19日零时起，上街区、巩义市由中风险地区调整为低风险地区。\n"
    let d = try draft(text, published: "2022-04-18T22:00+08:00").drafts.filter { $0.type == .zoneRegraded }
    #expect(
      d.map(\.subject.raw).map { $0.split(separator: "/").first.map(String.init) ?? "" } == ["zone:shangjie", "zone:gongyi"],
      "\(d.map(\.subject.raw))")
  }

  @Test func aLiftAfterTheConditionMetLiftsThePlace() throws {
    let text = "郑州市中原区疫情防控指挥部通告\n第三，甲乙街道丙丁小区经专家评估已达到解封条件，解除封控。\n"
    let d = try drafts(text, .zoneLifted)
    #expect(d.map { $0.data["place"]?.stringValue ?? "" } == ["甲乙街道丙丁小区"], "\(d.map(\.quote))")
  }

  @Test func aVillageClearedByRoundsOfTestsIsLifted() throws {
    let text = "郑州市中原区疫情防控指挥部通告\n桃花镇：东岭村（原高风险区）经连续多轮核酸检测均为阴性，解除封控。\n"
    let d = try drafts(text, .zoneLifted)
    #expect(d.map { $0.data["place"]?.stringValue ?? "" } == ["东岭村"], "\(d.map(\.quote))")
  }
}

@Suite("Draft: rates given place by place")
struct DraftRatesRound24Tests {
  private func figures(_ text: String) throws -> [String] {
    try drafts(text, .metricReported, published: "2022-09-02T18:00+08:00").map {
      "\($0.subject.raw.split(separator: "@").last ?? "") \($0.data["value"]?.doubleValue.map { "\($0)" } ?? "-")"
    }
  }

  @Test func placesFirstThenTheirRatesRespectively() throws {
    let f = try figures("某市卫生健康委员会\n巩义市、登封市老年人加强免疫接种率较高，分别为71.4%、69.1%。\n")
    #expect(f == ["gongyi 71.4", "dengfeng 69.1"], "\(f)")
  }

  @Test func aRateAndEachPlaceWithItsRateInBrackets() throws {
    let f = try figures("某市卫生健康委员会\n分县（市、区）看，老年人全程接种率排在后两位的是：管城回族区（81.3%）、惠济区（82.9%）。\n")
    #expect(f == ["guancheng 81.3", "huiji 82.9"], "\(f)")
  }

  @Test func aRateThenEachPlaceAfterQiZhong() throws {
    let f = try figures("某市工业和信息化局\n截至9月1日，全市规模以上工业企业复工率达到87.5%。其中，中原区为92.1%，惠济区为90.4%。\n")
    #expect(f == ["city 87.5", "zhongyuan 92.1", "huiji 90.4"], "\(f)")
  }

  @Test func aTallyOfWhatWasReportedIsAFigure() throws {
    let d = try drafts("某市疫情防控指挥部\n截至9月27日12时，全市已累计报备返乡人员8436人次。\n", .metricReported, published: "2022-09-27T16:00+08:00")
    #expect(d.map { $0.data["value"]?.intValue ?? -1 } == [8436], "\(d.map(\.quote))")
  }

  @Test func aRuleToReportIsStillNoFigure() throws {
    let d = try drafts("某市疫情防控指挥部\n返乡人员须提前3天报备。\n", .metricReported, published: "2022-09-27T16:00+08:00")
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func namesThatAreNoPlacesGiveNoRates() throws {
    let f = try figures("某市卫生健康委员会\n老人、儿童的接种率较低，分别为61.4%、52.1%。\n")
    #expect(f.isEmpty, "\(f)")
  }
}

@Suite("Draft: rounds a notice's sections schedule")
struct DraftRoundsRound24Tests {
  @Test func roundLinesUnderASectionOnTestingScheduleTheirRounds() throws {
    let text = """
      郑州市上街区疫情防控指挥部通告
      五、全员核酸检测安排
      第一轮：7月21日上午11时至晚上8时，甲镇、乙街道全体居民参加；
      第二轮：7月22日上午7时至12时，全区所有居民参加。

      """
    let d = try draft(text, published: "2022-07-21T06:00+08:00").drafts.filter { $0.type == .testingScheduled }
    #expect(spans(d) == ["2022-07-21T11:00+08:00 2022-07-21T20:00+08:00", "2022-07-22T07:00+08:00 2022-07-22T12:00+08:00"], "\(spans(d))")
  }

  @Test func roundLinesUnderAnotherSectionScheduleNothing() throws {
    let text = """
      某区教育局通知
      三、复课安排
      第一轮：7月21日上午8时，初三、高三年级返校。

      """
    let d = try draft(text, published: "2022-07-20T18:00+08:00").drafts.filter { $0.type == .testingScheduled }
    #expect(d.isEmpty, "\(spans(d))")
  }

  @Test func aTimeSectionTimesTheRoundTheNoticeOpenedWith() throws {
    let text = """
      某市疫情防控指挥部
      通　告
      为尽快发现潜在传染源，经研究决定，在全市开展第四轮全员核酸检测。现将有关事项通告如下：
      一、检测时间
      2022年5月6日（星期五）7:00—19:00。

      """
    let d = try draft(text, published: "2022-05-05T22:00+08:00").drafts.filter { $0.type == .testingScheduled }
    #expect(spans(d) == ["2022-05-06T07:00+08:00 2022-05-06T19:00+08:00"], "\(spans(d))")
    #expect(d.first.map(reading)?.contains("第四轮") == true, "\(d.map(reading))")
  }
}
