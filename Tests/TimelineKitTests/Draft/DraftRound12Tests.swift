import Foundation
import Testing

@testable import TimelineKit

// Twelfth round: patterns found on sets AN, AO and AP (written for this round as dev sets on when rules take effect).
// Made-up sentences in the style of official notices: none is copied from the five source texts, the practice set or
// those notices.

@Suite("Draft: a dated heading of a stage (【第一阶段】7月2日0时至7月4日24时) dates the rules under it")
struct DraftStageHeadingTests {
  let text = """
    某某区新冠肺炎疫情防控指挥部
    关于分步恢复生产生活秩序的通告
    经研究，决定分阶段有序恢复全区生产生活秩序。具体如下：
    【第一阶段】7月2日0时至7月4日24时
    （一）商场暂不开放。
    （二）公交恢复运营。
    【第二阶段】7月5日起
    （一）商场有序开放，限流50%。
    （二）7月6日12时起，公园恢复开放。
    请广大居民做好个人防护。
    """

  @Test func rulesTakeTheirStagesPeriod() throws {
    let d = try draft(text, published: "2022-07-01T20:00+08:00").drafts.filter { $0.subject.kind == .measure }
    let mall = d.filter { $0.quote.contains("商场") }
    #expect(spans(mall) == ["2022-07-02T00:00+08:00 2022-07-05T00:00+08:00", "2022-07-05T00:00+08:00 -"], "\(spans(mall))")
    // A reopening under a stage is no rule that ends with the stage.
    let bus = d.filter { $0.quote.contains("公交") }
    #expect(bus.map(\.type) == [.measureLifted] && spans(bus) == ["2022-07-02T00:00+08:00 -"], "\(spans(bus))")
    // An item with its own hour keeps it.
    let park = d.filter { $0.quote.contains("公园") }
    #expect(spans(park) == ["2022-07-06T12:00+08:00 -"], "\(spans(park))")
  }

  @Test func aStageLabelWithAColonDoesTheSame() throws {
    let text = """
      某某区新冠肺炎疫情防控指挥部通告
      经研究，决定分阶段恢复全区生产生活秩序。
      第一阶段（7月2日至7月4日）：
      商场暂不开放。
      第二阶段（7月5日起）：
      商场有序开放，限流50%。
      """
    let d = try draft(text, published: "2022-07-01T20:00+08:00").drafts.filter { $0.quote.contains("商场") }
    #expect(spans(d) == ["2022-07-02T00:00+08:00 2022-07-05T00:00+08:00", "2022-07-05T00:00+08:00 -"], "\(spans(d))")
  }

  @Test func aLeadInThatMovesZonesIsNoStage() throws {
    let text = """
      某某区新冠肺炎疫情防控指挥部通告
      经研判，决定调整部分区域风险等级。
      以下2个区域自7月5日零时起由中风险区降为低风险区：
      1.金水区某某街道某某小区；
      2.金水区某某街道某某花园。
      """
    let z = try draft(text, published: "2022-07-04T20:00+08:00").drafts.filter { $0.subject.kind == .zone }
    #expect(z.map(\.type) == [.zoneRegraded, .zoneRegraded], "\(z.map(\.type))")
  }
}

@Suite("Draft: times relative to publication (今晚20时, 明早7时, 本周五, 下周一)")
struct DraftRelativeDayTests {
  @Test func tonightAndTomorrowMorning() throws {
    // 2022-07-13 was a Wednesday.
    let d = try draft("从今晚20时开始，全区居民非必要不出小区。明早7时起，全区公交暂停运营。", published: "2022-07-13T16:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-07-13T20:00+08:00", "2022-07-14T07:00+08:00"], "\(spans(d))")
  }

  @Test func daysOfThisWeekAndTheNext() throws {
    let d = try draft("本周五起，全区中小学恢复线下教学。下周一起，全区餐饮服务单位恢复堂食。", published: "2022-07-13T16:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-07-15T00:00+08:00", "2022-07-18T00:00+08:00"], "\(spans(d))")
  }

  @Test func tonightWithoutAnHourIsNoMoment() throws {
    let d = try draft("今晚请广大市民减少外出。自7月14日起，全区公园暂停开放。", published: "2022-07-13T16:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-07-14T00:00+08:00"], "\(spans(d))")
  }
}

@Suite("Draft: a duration said as 暂定N天 ends the rule, as 为期N天 does")
struct DraftTentativeDurationTests {
  @Test func tentativeDaysEndTheRule() throws {
    let d = try measures("自7月14日0时起，全区健身房暂停营业，暂定3天。")
    #expect(spans(d) == ["2022-07-14T00:00+08:00 2022-07-17T00:00+08:00"], "\(spans(d))")
  }
}

@Suite("Draft: a zone list's lead-in is dated by its own sentence, not by a figure's day before it")
struct DraftLeadInOwnSentenceTests {
  @Test func theFiguresDayIsNotTheLists() throws {
    let text = """
      某某指挥部通告
      7月10日0—24时，全市新增本土无症状感染者3例。经研究，决定对部分区域防控措施作如下调整：
      ▲自7月11日12时起，解除以下区域封控：
      1.金水区某某街道某某小区
      2.二七区某某街道某某花园
      """
    let z = try draft(text, published: "2022-07-11T09:00+08:00").drafts.filter { $0.type == .zoneLifted }
    #expect(z.count == 2 && z.allSatisfy { $0.interval.effective.iso8601 == "2022-07-11T12:00+08:00" }, "\(spans(z))")
  }
}

@Suite("Draft: a notice that adjusts an earlier one (延期至, 继续执行至, 其他措施仍按原通告执行)")
struct DraftAdjustingNoticeTests {
  let text = """
    某某市新冠肺炎疫情防控指挥部
    关于调整第12号通告部分措施的通告
    7月1日，市疫情防控指挥部发布第12号通告，在某某区全域实行临时性交通管控。经综合研判，现对第12号通告部分措施调整如下：
    1.原定于7月4日24时结束的金水区全域临时性交通管控，延期至7月7日24时。
    2.全市进入商超查验48小时内核酸检测阴性证明的措施，继续执行至7月15日24时。
    第12号通告中的其他措施，仍按原通告执行。
    """

  func measureDrafts() throws -> [Draft] {
    try draft(text, published: "2022-07-04T20:00+08:00").drafts.filter { $0.subject.kind == .measure }
  }

  @Test func theEarlierNoticesOrderIsBackground() throws {
    let d = try measureDrafts()
    #expect(!d.contains { $0.quote.contains("发布第12号通告") }, "\(d.map(\.quote))")
    #expect(!d.contains { $0.quote.contains("其他措施") }, "\(d.map(\.quote))")
  }

  @Test func aPostponedEndIsAnExtensionOfTheRuleBeforeTheVerb() throws {
    let d = try measureDrafts().filter { $0.quote.contains("延期至") }
    #expect(d.count == 1 && d[0].type == .measureAmended, "\(d.map(\.type))")
    #expect(d.first?.interval.until?.iso8601 == "2022-07-08T00:00+08:00")
    #expect(d.first?.review?["reading"]?.stringValue?.contains("临时性交通管控") == true, "\(d.map { String(describing: $0.review) })")
  }

  @Test func aRuleThatGoesOnUntilADateIsRestated() throws {
    let d = try measureDrafts().filter { $0.quote.contains("继续执行至") }
    #expect(d.count == 1 && d[0].type == .measureRestated, "\(d.map(\.type))")
    #expect(spans(d) == ["2022-07-04T20:00+08:00 2022-07-16T00:00+08:00"], "\(spans(d))")
  }

  @Test func theSameNewsOnItsOwnDayIsTheRule() throws {
    let d = try draft("7月1日，市疫情防控指挥部发布第12号通告，在某某区全域实行临时性交通管控。", published: "2022-07-01T20:00+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.count == 1, "\(d.map(\.quote))")
  }

  @Test func otherRulesGoingOnAfterAReopeningStillLeaveTheReopening() throws {
    let d = try measures("经研究，某某区餐饮服务单位自7月8日起恢复堂食，其余措施不变。")
    #expect(d.map(\.type) == [.measureLifted], "\(d.map(\.type))")
  }
}

@Suite("Draft: schools and markets (返校师生, 不再返校, 复市后, 此前…暂停营业的某某市场, a duty after the rule)")
struct DraftReturnAndReopeningTests {
  @Test func aDutyAfterTheRuleLeavesTheRule() throws {
    let d = try measures("全市中小学线上教学时间延长至7月10日24时，各校要严格执行线上教学课表。")
    #expect(d.map(\.type) == [.measureAmended], "\(d.map(\.type))")
  }

  @Test func thoseWhoReturnedAreNoReturnOrdered() throws {
    let d = try measures("返校学生须持48小时内核酸检测阴性证明。自7月12日起，已返校学校实行校园封闭管理。")
    #expect(d.map(\.type) == [.measureImposed, .measureImposed], "\(d.map(\.type))")
  }

  @Test func noReturnIsNoLift() throws {
    let d = try measures("初一年级本学期不再返校，继续实行线上教学。")
    #expect(d.map(\.type) == [.measureRestated], "\(d.map(\.type))")
  }

  @Test func aMarketClosedBeforeReopensAndItsRulesHoldFromThen() throws {
    let text = """
      此前因关联阳性感染者暂停营业的某某区某某农贸市场，经全面消杀和评估，自7月14日8时起解除停业，恢复营业。
      复市后，该市场实行单向进出，入场人员须扫码、测温。
      """
    let d = try draft(text, published: "2022-07-13T19:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.first?.type == .measureLifted && d.first?.interval.effective.iso8601 == "2022-07-14T08:00+08:00", "\(d.map(\.type)) \(spans(d))")
    let after = d.filter { $0.quote.hasPrefix("复市后") }
    #expect(!after.isEmpty && after.allSatisfy { $0.interval.effective.iso8601 == "2022-07-14T08:00+08:00" }, "\(spans(after))")
  }
}

@Suite("Draft: 同一时段 and 其间 point at the sentence before (a next round at the same hours, a period's rules)")
struct DraftSameHoursTests {
  @Test func theNextRoundAtTheSameHours() throws {
    let d = try draft("7月8日7:00—17:00，某某区开展第一轮区域核酸检测；7月9日同一时段开展第二轮，具体采样点位另行公布。", published: "2022-07-07T20:00+08:00")
      .drafts.filter { $0.type == .testingScheduled }
    #expect(spans(d) == ["2022-07-08T07:00+08:00 2022-07-08T17:00+08:00", "2022-07-09T07:00+08:00 2022-07-09T17:00+08:00"], "\(spans(d))")
  }

  @Test func aRoundThatNamesItsTestIsNotTheNext() throws {
    let text = """
      为尽快阻断疫情传播，经研究决定，自7月8日0时至7月10日24时，对某某街道实行临时管控，其间每天开展一轮全员核酸检测。现将有关事项通告如下：
      一、核酸检测安排
      （一）采样时间
      7月8日7:00—12:00，开展第一轮全员核酸检测；
      7月9日上午7时至11时，开展第二轮。
      """
    let d = try draft(text, published: "2022-07-07T20:00+08:00").drafts.filter { $0.type == .testingScheduled }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-07-08T07:00+08:00", "2022-07-09T07:00+08:00"], "\(spans(d))")
  }

  @Test func duringMeansThePeriodOfTheSentenceBefore() throws {
    let text = """
      某某市疫情防控指挥部通告
      一、自7月8日12时起，全市进入商场须查验48小时内核酸检测阴性证明。
      二、7月8日18时至7月15日24时，全市暂停举办线下会议、展会等聚集性活动。其间，婚宴、寿宴等宴席一律暂停。
      """
    let d = try draft(text, published: "2022-07-07T20:00+08:00").drafts.filter { $0.quote.hasPrefix("其间") }
    #expect(spans(d) == ["2022-07-08T18:00+08:00 2022-07-16T00:00+08:00"], "\(spans(d))")
  }

  @Test func duringMeansThePeriodOfTheSentenceBeforeUnderAHeading() throws {
    let text = """
      某某市疫情防控指挥部通告
      经研究决定，对全市部分疫情防控措施作如下调整：
      一、养老机构
      自7月8日12时起，全市养老机构实行封闭管理。
      二、聚集性活动
      7月8日18时至7月15日24时，全市暂停举办线下会议、展会等聚集性活动。其间，婚宴、寿宴等宴席一律暂停。
      """
    let d = try draft(text, published: "2022-07-07T20:00+08:00").drafts.filter { $0.quote.hasPrefix("其间") }
    #expect(spans(d) == ["2022-07-08T18:00+08:00 2022-07-16T00:00+08:00"], "\(spans(d))")
  }
}

@Suite("Draft: zones by street with commas, terms in days per level, and a bulleted period mark")
struct DraftZoneTermsInDaysTests {
  let text = """
    某某市金水区新冠肺炎疫情防控指挥部
    关于划定封控区、管控区的通告
    经研究决定，自2022年7月20日20时起，将以下区域划定为封控区、管控区。
    一、封控区
    1.甲乙街道：某某花园2号院，某某小区5号楼
    二、管控区
    1.丙丁街道：某某家园，某某农贸市场
    三、管控措施
    封控区实行“足不出户、服务上门”。
    管控区实行“人不出区、严禁聚集”。
    封控区封控期限为7天，管控区管控期限为5天，均自划定之时起计算。
    """

  @Test func eachPlaceOfAGroupIsAZoneWithItsLevelsTerm() throws {
    let z = try draft(text, published: "2022-07-20T21:00+08:00").drafts.filter { $0.type == .zoneDesignated }
    #expect(z.map(\.quote) == ["某某花园2号院", "某某小区5号楼", "某某家园", "某某农贸市场"], "\(z.map(\.quote))")
    #expect(
      spans(z) == [
        "2022-07-20T20:00+08:00 2022-07-27T20:00+08:00", "2022-07-20T20:00+08:00 2022-07-27T20:00+08:00",
        "2022-07-20T20:00+08:00 2022-07-25T20:00+08:00", "2022-07-20T20:00+08:00 2022-07-25T20:00+08:00",
      ], "\(spans(z))")
  }

  @Test func theLevelsRulesEndWithTheirTerm() throws {
    let d = try draft(text, published: "2022-07-20T21:00+08:00").drafts.filter { $0.subject.kind == .measure }
    let sealed = d.filter { $0.quote.hasPrefix("封控区实行") }
    let controlled = d.filter { $0.quote.hasPrefix("管控区实行") }
    #expect(sealed.first?.interval.until?.iso8601 == "2022-07-27T20:00+08:00", "\(spans(sealed))")
    #expect(controlled.first?.interval.until?.iso8601 == "2022-07-25T20:00+08:00", "\(spans(controlled))")
  }

  @Test func aBulletedPeriodMarkIsThePeriod() throws {
    let text = """
      关于全市养老机构实行封闭管理的通知
      经研究，决定对全市养老机构实行阶段性封闭管理。具体通知如下：
      【封闭范围和时间】
      自2022年7月21日0时起，全市各类养老机构实行全封闭管理，暂定至8月20日24时结束。
      【主要措施】
      ▲封闭管理期间，暂停家属现场探视。
      """
    let d = try draft(text, published: "2022-07-20T16:00+08:00").drafts.filter { $0.quote.contains("探视") }
    #expect(spans(d) == ["2022-07-21T00:00+08:00 2022-08-21T00:00+08:00"], "\(spans(d))")
  }
}

@Suite("Draft: what follows a lift or an order's end, and the later parts of a zone's regime")
struct DraftAfterTheOrderTests {
  @Test func theLaterPartOfAZonesRegimeIsInsideThoseZones() throws {
    let text = """
      某某区疫情防控指挥部通告
      经研究决定，自2022年7月20日20时起，将以下区域划定为管控区。
      一、管控区
      1.甲乙街道：某某家园
      二、管控措施
      管控区实行“人不出区、严禁聚集”；区内除商超、药店外，其他经营场所暂停营业。
      管控区管控期限为5天。
      """
    let d = try draft(text, published: "2022-07-20T21:00+08:00").drafts.filter { $0.quote.contains("经营场所") && $0.subject.raw.contains("venues") }
    #expect(spans(d) == ["2022-07-20T20:00+08:00 2022-07-25T20:00+08:00"], "\(spans(d))")
    #expect(d.first?.data["scope"]?.stringValue == "zones:controlled", "\(d.map { String(describing: $0.data["scope"]) })")
  }

  @Test func daysAfterALiftEndTheRule() throws {
    let text = """
      经研究决定，自2022年7月24日中午12时起，解除以下区域封控管理。
      1.甲乙街道某某小区；
      解除封控后7天内，上述解封区域居民实行居家健康监测，非必要不外出。
      """
    let d = try draft(text, published: "2022-07-23T20:00+08:00").drafts.filter { $0.quote.hasPrefix("解除封控后") }
    #expect(
      !d.isEmpty
        && d.allSatisfy { $0.interval.effective.iso8601 == "2022-07-24T12:00+08:00" && $0.interval.until?.iso8601 == "2022-07-31T12:00+08:00" },
      "\(spans(d))")
  }

  @Test func afterTheOrderEnds() throws {
    let text = """
      关于在全区实行静默管理的通告
      决定自2022年7月25日0时至7月27日24时，在全区实行静默管理。
      一、静默期间，全区居民足不出户。
      二、静默管理结束后，居民凭72小时内核酸检测阴性证明出入小区。
      """
    let d = try draft(text, published: "2022-07-24T20:00+08:00").drafts.filter { $0.quote.contains("结束后") }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-07-28T00:00+08:00"], "\(spans(d))")
  }
}

@Suite("Draft: figures said place by place with 分别")
struct DraftRespectivelyTests {
  @Test func eachPlaceGetsItsNumberInOrder() throws {
    let d = try draft("7月9日，金水区、二七区、惠济区分别新增本土确诊病例3例、5例、2例，部分病例曾到访商场。", published: "2022-07-10T09:00+08:00").drafts
      .filter { $0.type == .metricReported }
    #expect(
      d.map(\.subject.raw) == ["metric:cases.confirmed.new@jinshui", "metric:cases.confirmed.new@erqi", "metric:cases.confirmed.new@huiji"],
      "\(d.map(\.subject.raw))")
    #expect(d.map { $0.data["value"] } == [.number("3"), .number("5"), .number("2")], "\(d.map { String(describing: $0.data["value"]) })")
  }

  @Test func countsThatDoNotMatchThePlacesAreLeftAsTheyWere() throws {
    let d = try draft("7月9日，金水区、二七区分别新增本土确诊病例3例、5例、2例。", published: "2022-07-10T09:00+08:00").drafts
      .filter { $0.type == .metricReported }
    #expect(d.count <= 1, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: a status and a colon head the places after it (其中，确诊病例：A区3例，B区1例)")
struct DraftStatusHeaderTests {
  @Test func eachPlaceIsAFigureOfTheStatusInThePeriodBefore() throws {
    let d = try draft(
      "7月9日0—24时，全市新增本土感染者6例。其中，确诊病例：金水区2例；无症状感染者：二七区3例，惠济区1例。", published: "2022-07-10T09:00+08:00"
    ).drafts.filter { $0.type == .metricReported }
    #expect(
      d.map(\.subject.raw) == [
        "metric:cases.positive.new@city", "metric:cases.confirmed.new@jinshui", "metric:cases.asymptomatic.new@erqi",
        "metric:cases.asymptomatic.new@huiji",
      ], "\(d.map(\.subject.raw))")
    #expect(Set(d.map(\.interval.effective.iso8601)) == ["2022-07-10T00:00+08:00"], "\(spans(d))")
  }

  @Test func aColonAfterNoStatusHeadsNothing() throws {
    let d = try draft("7月9日0—24时，全市新增本土感染者6例。采样地点：金水区2处。", published: "2022-07-10T09:00+08:00").drafts
      .filter { $0.type == .metricReported }
    #expect(d.map(\.subject.raw) == ["metric:cases.positive.new@city"], "\(d.map(\.subject.raw))")
  }
}
