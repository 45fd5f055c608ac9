import Foundation
import Testing

@testable import TimelineKit

// Eighteenth round: patterns found on the dev sets BQ and BS (press-conference transcripts; district and county
// command-office notices). Made-up sentences in the style of those genres: none is copied from the five source texts,
// the practice set or the sets' notices.

@Suite("Draft: when — a lead-in's end, an order's named area, a round is no order, a re-grading before 后")
struct DraftTimingRound18Tests {
  @Test func aLeadInsEndHoldsForTheItemsUnderIt() throws {
    let d = try measures(
      """
      某县新冠肺炎疫情防控指挥部通告
      一、自9月3日起，全县低风险区采取以下措施，暂定至9月5日24时：
      1. 餐饮门店暂停堂食；
      2. 城乡公交暂停运营。
      """)
    #expect(d.count == 2, "\(d.map(\.quote))")
    #expect(spans(d) == Array(repeating: "2022-09-03T00:00+08:00 2022-09-06T00:00+08:00", count: 2), "\(spans(d))")
  }

  @Test func aRoundsHoursAreNotThePeriodThatQiJianPointsTo() throws {
    let d = try draft(
      """
      某区新闻发布会实录
      甲某：明天8时至18时，两区再开展一轮全员核酸检测。
      乙某：自今晚24时起至9月9日24时，两区实行“非必要不流动”。
      其间，两区中小学实行线上教学。
      """, published: "2022-09-06T21:00+08:00"
    ).drafts.filter { $0.quote.hasPrefix("其间") }
    #expect(spans(d) == ["2022-09-07T00:00+08:00 2022-09-10T00:00+08:00"], "\(spans(d))")
    #expect(Drafter.schedulesOnlyARound(Array("明天8时至18时，两区再开展一轮全员核酸检测")))
    #expect(!Drafter.schedulesOnlyARound(Array("9月7日至9日，两区实行静默管理，每日开展一轮核酸检测")))
  }

  @Test func theItemsAboutAnOrdersNamedAreaHoldForItsPeriod() throws {
    let d = try measures(
      """
      某县新冠肺炎疫情防控指挥部通告
      经研究决定，自9月14日0时至9月16日24时，在东湖街道、西湖街道（以下简称“封闭区域”）实行静默管理。现就有关事项通告如下：
      （一）封闭区域内各类经营场所暂停营业。
      （二）静默期间，封闭区域每天开展一轮全员核酸检测。
      （三）静默期间，全县其他区域居民非必要不前往封闭区域。
      """)
    #expect(d.first?.quote.contains("经营场所") == true, "\(d.map(\.quote))")
    #expect(spans(d).first == "2022-09-14T00:00+08:00 2022-09-17T00:00+08:00", "\(spans(d))")
  }

  @Test func aRuleAfterARegradingStartsWithTheList() throws {
    let d = try draft(
      """
      某区新冠肺炎疫情防控指挥部通告
      经研究，决定自6月3日18时起，对以下区域作出调整：
      一、调整区域
      桂香苑小区：解除封控，调整为管控区；
      枫林社区：由高风险区降为中风险区。
      二、管理要求
      （一）解除封控的小区，解封后居民出入须查验24小时内核酸检测阴性证明。
      （二）枫林社区降为中风险区后，实行“人不出区、错峰取物”。
      """, published: "2022-06-03T19:00+08:00"
    ).drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 2, "\(d.map(\.quote))")
    #expect(d.allSatisfy { $0.interval.effective.iso8601 == "2022-06-03T18:00+08:00" }, "\(spans(d))")
  }

  @Test func cuesByHowCasesWereFoundKeepTheirDay() throws {
    let d = try draft(
      """
      某区新闻发布会实录
      甲某：昨天0—24时，全区新增本土确诊病例7例。从发现途径看，集中隔离点筛查发现5例、社会面筛查发现2例。
      """, published: "2022-09-06T21:00+08:00"
    ).drafts.filter { $0.subject.kind == .metric }
    #expect(d.count == 3, "\(d.map(\.quote))")
    #expect(Set(d.map { $0.interval.effective.iso8601 }).count == 1, "\(spans(d))")
  }
}

@Suite("Draft: a second notice on the page extends the first, and adjusts its measures")
struct DraftExtensionRound18Tests {
  let text = """
    某县新冠肺炎疫情防控指挥部
    通  告
    （第8号）
    经研究决定，自9月20日0时至9月22日24时，在城关镇实行静默管理。现就有关事项通告如下：
    一、静默期间，城关镇居民足不出户。
    二、静默期间，城关镇各类经营场所暂停营业。
    某县新冠肺炎疫情防控指挥部
    2022年9月19日

    某县新冠肺炎疫情防控指挥部
    通  告
    （第9号）
    经研究决定，城关镇静默管理时间延长至9月25日24时。延长期间，第8号通告各项措施继续执行，并作如下调整：
    1. 城关镇恢复外卖配送服务。
    2. 城关镇农贸市场暂停营业。
    同时，将新密市城关镇东关社区划定为高风险区。
    某县新冠肺炎疫情防控指挥部
    2022年9月22日
    """

  @Test func theExtensionRunsFromTheFirstOrdersEnd() throws {
    let d = try draft(text, published: "2022-09-22T21:00+08:00").drafts.filter { $0.subject.kind == .measure }
    let ext = d.filter { $0.quote.contains("延长至") }
    #expect(ext.count == 1 && spans(ext) == ["2022-09-23T00:00+08:00 2022-09-26T00:00+08:00"], "\(spans(d))")
    let items = d.filter { $0.quote.hasPrefix("城关镇") }
    #expect(items.count == 2 && spans(items) == Array(repeating: "2022-09-23T00:00+08:00 2022-09-26T00:00+08:00", count: 2), "\(spans(items))")
  }

  @Test func whatTheExtensionAlsoDoesAtTheSameTimeStartsWithIt() throws {
    let d = try draft(text, published: "2022-09-22T21:00+08:00").drafts.filter { $0.type == .zoneDesignated }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-09-23T00:00+08:00", "\(spans(d))")
  }

  @Test func aRelaxationUnderTheAdjustmentIsAnAmendmentAndAClosureIsStillImposed() throws {
    let d = try draft(text, published: "2022-09-22T21:00+08:00").drafts.filter { $0.quote.hasPrefix("城关镇") }
    #expect(d.map(\.type) == [.measureAmended, .measureImposed], "\(d.map(\.type))")
  }
}

@Suite("Draft: zones lifted by level in a clause; what runs as usual, a host's floor and bare counts")
struct DraftMiscRound18Tests {
  @Test func aPlaceAndItsLevelThenJieChuIsALift() throws {
    let d = try draft(
      "自今天16时起，将金水区丰产路街道青松小区划定为高风险区，金水区花园路街道柳荫里小区高风险区解除。", published: "2022-09-06T20:00+08:00"
    ).drafts.filter { $0.subject.kind == .zone }
    #expect(d.map(\.type) == [.zoneDesignated, .zoneLifted], "\(d.map(\.type))")
    #expect(d.last?.interval.effective.iso8601 == "2022-09-06T16:00+08:00", "\(spans(d))")
  }

  @Test func whatRunsAsUsualIsNoRule() throws {
    #expect(try measures("其余公交线路、地铁正常运营，请乘客全程佩戴口罩。").isEmpty)
    try expectOneMeasure("即日起，全区地铁恢复正常运营。", .measureLifted)
  }

  @Test func aHostGivingTheFloorRulesNothing() throws {
    #expect(try measures("主持人：请某某副局长介绍商场和餐饮恢复营业安排。").isEmpty)
  }

  @Test func aBareCountWithWhereItWasFoundBreaksDownTheCasesBefore() throws {
    let d = try draft(
      "昨天0—24时，全县新增本土无症状感染者6例，其中城关镇4例、新店镇2例；5例在隔离管控人员中发现，1例在社会面筛查中发现。",
      published: "2022-09-06T10:00+08:00"
    ).drafts.filter { $0.subject.kind == .metric }
    #expect(d.count == 5, "\(d.map(\.quote))")
    #expect(d.suffix(2).allSatisfy { $0.subject.raw.contains("cases.asymptomatic.new") }, "\(d.map(\.subject))")
  }
}

@Suite("Draft: places counted before a rule, each level's regime, a rule kept with 坚持, a speaker's assessment")
struct DraftObjectsRound18Tests {
  @Test func placesCountedFirstSayWhereTheRuleHolds() throws {
    let d = try measures("9月7日至9月9日，两个街道辖区内中小学暂停线下教学，改为线上教学。")
    #expect(d.count == 1 && d[0].type == .measureImposed, "\(d.map(\.type))")
    #expect(spans(d) == ["2022-09-07T00:00+08:00 2022-09-10T00:00+08:00"], "\(spans(d))")
  }

  @Test func eachLevelsRegimeIsARuleOfItsOwn() throws {
    let d = try measures("同时，封控区实行“足不出户、上门服务”，管控区实行“人不出区、严禁聚集”。")
    #expect(d.count == 2, "\(d.map(\.subject))")
  }

  @Test func keepingANonEssentialRuleIsARestatement() throws {
    try expectOneMeasure("全县居民仍须坚持非必要不离县，确需外出的，须向所在村（社区）报备。", .measureRestated)
    #expect(try measures("广大市民要坚持非必要不离县。").isEmpty)
  }

  @Test func aSpeakersAssessmentStillLeadsIntoTheDecision() throws {
    let d = try measures("某某：经专家组综合研判，自今天20时起，青竹苑小区管控措施由“足不出户”调整为“人不出区”。")
    #expect(d.count == 1 && d[0].type == .measureAmended, "\(d.map(\.type))")
  }

  @Test func aStreakWithoutCasesInTheCommunityKeepsItsNoun() throws {
    let d = try draft("截至6月7日24时，我区已连续12天无新增社会面阳性感染者。", published: "2022-06-08T19:00+08:00").drafts.filter {
      $0.subject.kind == .metric
    }
    #expect(d.count == 1 && d[0].quote.hasSuffix("阳性感染者"), "\(d.map(\.quote))")
  }
}

@Suite("Draft: what was lifted before, the places a reopening let open, and a rule's exceptions")
struct DraftReferencesRound18Tests {
  @Test func whatIsAlreadyLiftedIsAReport() throws {
    #expect(try measures("截至9月2日24时，我区已连续9天无新增社会面感染者，全部封控区、管控区均已解除，疫情形势持续向好。").isEmpty)
    // What was reopened before names the lines a new rule is for.
    let d = try measures("已恢复运营的城乡公交线路，末班车时间调整为20:00。")
    #expect(d.count == 1 && d[0].type == .measureAmended, "\(d.map(\.type))")
    // A lift told as done at a time it names still lifts.
    let z = try draft("二是金水区丰收路街道翠竹小区经评估已符合解除条件，从今天12时起已经解除管控。", published: "2022-09-06T20:00+08:00").drafts
    #expect(z.filter { $0.type == .zoneLifted }.count == 1, "\(z.map(\.type))")
  }

  @Test func thePeopleOfReopenedPlacesAreWhomARuleIsFor() throws {
    try expectOneMeasure("自9月3日起，恢复营业场所的从业人员须每3天开展一次核酸检测。", .measureImposed)
  }

  @Test func whatARuleExceptsIsNotItsObject() throws {
    let d = try measures("封闭区域内居民足不出户，除就医和参加核酸检测外一律不得外出。")
    #expect(!d.contains { $0.subject.raw.contains("medical") || $0.subject.raw.contains("testing") }, "\(d.map(\.subject))")
  }
}

@Suite("Draft: leaving the city only if necessary, and with a test's proof")
struct DraftLeavingRound18Tests {
  @Test func thoseWhoMustLeaveTheCityAreBoundByARuleOfItsOwn() throws {
    let d = try measures("确需离荥的，须持48小时内核酸检测阴性证明。")
    #expect(d.count == 1 && d[0].type == .measureImposed, "\(d.map(\.type))")
    // After advice to stay, the part that binds still rules.
    #expect(try measures("倡导市民非必要不离荥；确需离荥的，须持48小时内核酸检测阴性证明。").count == 1)
  }

  @Test func leavingAnAreaUnderAnOrderIsStillItsException() throws {
    #expect(try measures("确需离开的，须持24小时内核酸检测阴性证明。").isEmpty)
    #expect(try measures("确需离区的，须持24小时内核酸检测阴性证明。").isEmpty)
  }
}
