import Foundation
import Testing

@testable import TimelineKit

// Issue 14, third round of patterns measured on the leave-one-briefing-out evaluation. Made-up sentences in the style
// of official notices: none is copied from the five source texts or the practice set.

@Suite("Draft: figures whose noun sits around the number")
struct DraftFigureNounTests {
  @Test func aCountVerbBeforeTheNounAndTheNumber() throws {
    let r = try draft("各街道在居民楼院组建志愿服务队412个。")
    let m = try #require(r.drafts.first { $0.type == .metricReported }, "\(r.drafts.map(\.subject.raw))")
    #expect(m.data["value"] == .number("412"))
    let key = String(m.subject.raw.dropFirst("metric:".count).prefix { $0 != "@" })
    #expect(r.proposed.metrics.first { $0.key == key }?.zh == "志愿服务队")
  }

  @Test func theNounAfterACountVerbOnly() {
    #expect(Drafter.nounAfterCountVerb("设置了临时采样点") == "临时采样点")
    #expect(Drafter.nounAfterCountVerb("发放爱心物资包") == "爱心物资包")
    // No count verb, or nothing counted after it.
    #expect(Drafter.nounAfterCountVerb("第一时间赶到") == nil)
    #expect(Drafter.nounAfterCountVerb("组建了") == nil)
  }

  @Test func theQuoteRunsToTheNounAfterTheMeasureWord() throws {
    let d = try draft("热线开通以来，已经收到了36名独居老人的求助信息。").drafts.filter { $0.type == .metricReported }
    #expect(d.first?.quote.hasSuffix("36名独居老人的求助信息") == true, "\(d.map(\.quote))")
  }

  @Test func aProvinceWideSentenceScopesEveryCount() throws {
    let d = try draft("全省高速公路开设绿色通道310条，普通国道开设保供通道24条。").drafts.filter { $0.type == .metricReported }
    #expect(d.count == 2 && d.allSatisfy { $0.subject.raw.hasSuffix("@province") }, "\(d.map(\.subject.raw))")
  }

  @Test func aCityNamedAfterTheProvinceTakesTheCountBack() throws {
    let d = try draft("全省开设绿色通道310条，全市开设保供通道24条。").drafts.filter { $0.type == .metricReported }
    #expect(d.map { $0.subject.raw.hasSuffix("@province") } == [true, false], "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: rules named after their verb, and guarantees that a service goes on")
struct DraftRuleTailTests {
  @Test func aLongObjectIsWhomTheRuleIsFor() throws {
    let r = try draft("全市二级以上医疗机构口腔科、眼科、耳鼻喉科门诊及体检中心全面实行分时段预约就诊。")
    let d = try #require(r.drafts.first { $0.subject.kind == .measure }, "\(r.drafts.map(\.subject.raw))")
    let key = String(d.subject.raw.dropFirst("measure:".count))
    let label = r.proposed.measures.first { $0.key == key }?.zh
    #expect(label == "分时段预约就诊", "\(label ?? "")")
  }

  @Test func aLongObjectWithACountIsNoRule() throws {
    let r = try draft("目前已在全市各个高速公路出入口和国道省道交界处等位置设立了86个车辆查验服务站点。")
    #expect(r.drafts.filter { $0.subject.kind == .measure }.isEmpty, "\(r.drafts.map(\.subject.raw))")
  }

  @Test(arguments: [
    "全市各定点医院和社区卫生服务中心正常接诊。",
    "需要长期透析的患者，封控期间治疗不中断。",
    "辖区内药店和便利店不打烊。",
  ])
  func aGuaranteeIsOneRule(_ text: String) throws {
    let d = try draft(text).drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 1 && d.first?.type == .measureImposed, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: parallel prohibitions with one cue spell out one rule")
struct DraftParallelProhibitionTests {
  @Test(arguments: [
    "所有货车司机不得下车活动，不得进入服务区餐厅就餐。",
    "居民非必要不出楼栋，非必要不离开本街道。",
  ])
  func oneRule(_ text: String) throws {
    let d = try draft(text).drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 1, "\(d.map(\.subject.raw))")
  }

  @Test func aProhibitionAfterAnotherKindOfRuleIsItsOwn() throws {
    let d = try draft("返回人员须在3天内完成两次核酸检测，其间非必要不离开所在村组。").drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 2, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: a report of last night's conference relays its speakers' 今日")
struct DraftRelayedConferenceTests {
  static let report = """
    昨晚，示例市召开疫情防控新闻发布会，通报最新情况。

    发布会上介绍，今日截至18时，全市新增确诊病例12例。
    """

  @Test func todayIsTheConferencesDay() throws {
    let d = try draft(Self.report, published: "2022-06-05T07:00+08:00").drafts.filter { $0.type == .metricReported }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-04T18:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aConferenceHeldTodayKeepsThePublicationDay() throws {
    let text = Self.report.replacingOccurrences(of: "昨晚", with: "今天上午")
    let d = try draft(text, published: "2022-06-05T20:00+08:00").drafts.filter { $0.type == .metricReported }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-05T18:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: a count over a span is stated at the span's end")
struct DraftSpanFigureTests {
  @Test func theEndOfTheSpan() throws {
    let d = try draft("自6月1日8时开始至6月3日18时，全市累计采集核酸样本361.5万份。").drafts.filter { $0.type == .metricReported }
    let m = try #require(d.first)
    #expect(m.interval.effective.iso8601 == "2022-06-03T18:00+08:00")
    #expect(m.data["period_start"] == .string("2022-06-01T08:00+08:00"))
  }

  @Test func aDayWithoutASpanStillEndsWithItsDay() throws {
    let d = try draft("6月3日，全市新增确诊病例4例。").drafts.filter { $0.type == .metricReported }
    #expect(d.first?.interval.effective.iso8601 == "2022-06-04T00:00+08:00")
  }
}

@Suite("Draft: a proposed subject must name a rule")
struct DraftPlainObjectTests {
  @Test(arguments: ["中高风险地区还", "需提前进行", "根据本市", "按照上级", "措施", "乘客", "经营", "3天内"])
  func fragmentsNameNoRule(_ label: String) {
    #expect(!Drafter.isPlainObject(label))
  }

  @Test(arguments: ["核酸检测阴性证明", "线下教学", "室内健身场所", "外卖配送"])
  func objectsDo(_ label: String) {
    #expect(Drafter.isPlainObject(label))
  }

  @Test func aRuleForBarePeopleIsNamedByWhatTheyMust() throws {
    let r = try draft("离开本市的人员，须持48小时内核酸检测阴性证明。")
    let d = try #require(r.drafts.first { $0.subject.kind == .measure }, "\(r.drafts.map(\.subject.raw))")
    let key = String(d.subject.raw.dropFirst("measure:".count))
    #expect(r.proposed.measures.first { $0.key == key }.map { $0.zh.contains("核酸检测阴性证明") } ?? true)
  }

  @Test func aListOfConductForBarePeopleIsNoRule() throws {
    let r = try draft("并且，所有正常营业的商户，必须严格落实通风消杀、扫码测温、错峰、限流等措施。")
    #expect(r.drafts.filter { $0.subject.kind == .measure }.isEmpty, "\(r.drafts.map(\.subject.raw))")
  }
}

@Suite("Draft: a case status counts people, not rooms")
struct DraftThingUnitTests {
  @Test func roomsForQuarantineAreNoQuarantinedPeople() throws {
    let d = try draft("目前，全区已启用隔离宿舍1260间，集中隔离935人。").drafts.filter { $0.type == .metricReported }
    let rooms = try #require(d.first { $0.data["unit"] == .string("间") })
    let people = try #require(d.first { $0.data["unit"] == .string("人") })
    #expect(rooms.subject != people.subject, "\(d.map(\.subject.raw))")
    #expect(!rooms.subject.raw.hasPrefix("metric:quarantine.centralised"))
  }

  @Test func units() {
    #expect(Drafter.countsThings("间") && Drafter.countsThings("万吨") && Drafter.countsThings("家"))
    #expect(!Drafter.countsThings("例") && !Drafter.countsThings("人") && !Drafter.countsThings("人次"))
  }
}

@Suite("Draft: a copula between a figure's noun and its number")
struct DraftCopulaLabelTests {
  @Test(arguments: [("日产量为", "日产量"), ("库存达到", "库存"), ("床位约", "床位"), ("为", "为")])
  func isNoPartOfTheNoun(_ c: (String, String)) {
    #expect(Drafter.figureLabel(Array(c.0), mentions: [], offset: 0) == c.1)
  }

  @Test func aStockWithACopulaIsAFigure() throws {
    let d = try draft("全区防护服日产量为12万套。").drafts.filter { $0.type == .metricReported }
    #expect(d.first?.data["value"] == .number("12") || d.first?.data["value"] == .number("120000"), "\(d.map(\.quote))")
  }
}

@Suite("Draft: a percentage is a figure only as a rate")
struct DraftRateFigureTests {
  @Test func aRateIsAFigure() throws {
    let d = try draft("近5天，各区流调溯源完成率达到98%。").drafts.filter { $0.type == .metricReported }
    #expect(d.map { $0.data["unit"] } == [.string("%")], "\(d.map(\.quote))")
    #expect(d.first?.data["value"] == .number("98"))
  }

  @Test(arguments: ["密接人员隔离管控100%到位，风险场所消杀100%到位。", "公交车辆载客率不超过50%。", "商超限流75%。"])
  func aSloganOrACapIsNone(_ text: String) throws {
    let d = try draft(text).drafts.filter { $0.type == .metricReported }
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }
}

@Suite("Draft: a catalogue phrase that is only the rule's verb names no subject")
struct DraftVerbPhraseHitTests {
  @Test func theClausesOwnObjectIsTheSubject() throws {
    let r = try draft("敬老院、儿童福利院和精神专科医院严格落实闭环管理。")
    let d = try #require(r.drafts.first { $0.subject.kind == .measure }, "\(r.drafts.map(\.subject.raw))")
    #expect(d.subject.raw != "measure:movement.essential-workers-closed-loop")
    let key = String(d.subject.raw.dropFirst("measure:".count))
    #expect(r.proposed.measures.first { $0.key == key }?.zh.hasPrefix("敬老院") == true)
  }

  @Test func aReopeningCueThatNamesItsSubjectKeepsIt() throws {
    let d = try draft("自6月9日起，全区餐饮服务单位有序恢复堂食。").drafts.filter { $0.subject.kind == .measure }
    #expect(d.map(\.subject.raw) == ["measure:dining.dine-in"], "\(d.map(\.subject.raw))")
  }

  @Test func aVerbFragmentNamesNoRule() {
    #expect(!Drafter.isPlainObject("基本实现了"))
  }
}

@Suite("Draft: the numbered measures of a notice hold for the period its opening decided")
struct DraftNoticePeriodSectionTests {
  private static let opening = "经市疫情防控指挥部研究，决定自6月6日零时起至6月9日24时，在全市范围内实行临时性社会面管控。\n"

  private func rules(_ text: String) throws -> [Draft] {
    // The opening's own rule is dated by its words; these tests look at the rules after it.
    try draft(text).drafts.filter { $0.subject.kind == .measure && !$0.quote.contains("社会面管控") }
  }

  @Test func anUnmarkedMeasureInASectionTakesThePeriod() throws {
    let d = try rules(Self.opening + "一、严格人员管理\n全市各类培训机构暂停线下授课。\n二、保障群众就医\n各医疗机构不得以任何理由推诿拒诊。")
    #expect(d.count == 2, "\(d.map(\.subject.raw))")
    #expect(d.allSatisfy { $0.interval.effective.iso8601 == "2022-06-06T00:00+08:00" }, "\(d.map(\.interval.effective.iso8601))")
    #expect(d.allSatisfy { $0.interval.until?.iso8601 == "2022-06-10T00:00+08:00" }, "\(d.map { $0.interval.until?.iso8601 ?? "-" })")
  }

  @Test func aMeasureOutsideTheSectionsKeepsPublication() throws {
    let d = try rules(Self.opening + "全市各类培训机构暂停线下授课。")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-04T20:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aNoticeThatMarksItsPeriodRulesLeavesTheOthersAtPublication() throws {
    // Two items marked 其间 mark the period's rules one by one (one alone leaves the others to the period: round 9).
    let d = try rules(Self.opening + "一、经营场所\n其间，全市健身房暂停营业。\n其间，全市游泳馆暂停开放。\n全市各类培训机构暂停线下授课。")
    let training = try #require(d.first { $0.quote.contains("培训机构") }, "\(d.map(\.quote))")
    #expect(training.interval.effective.iso8601 == "2022-06-04T20:00+08:00")
    let gym = try #require(d.first { $0.quote.contains("健身房") }, "\(d.map(\.quote))")
    #expect(gym.interval.effective.iso8601 == "2022-06-06T00:00+08:00")
  }

  @Test func aPeriodOfHoursIsNoNoticePeriod() throws {
    let text = "6月5日8时至18时，在全市范围内开展一轮区域核酸筛查。\n一、采样要求\n全市各类培训机构暂停线下授课。"
    let d = try rules(text)
    #expect(d.allSatisfy { $0.interval.effective.iso8601 != "2022-06-05T08:00+08:00" }, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aMeasureFromTodayKeepsItsOwnStart() throws {
    let d = try rules(Self.opening + "一、交通出行\n即日起暂停进出本市的省际客运班线。")
    #expect(
      !d.isEmpty && d.allSatisfy { $0.interval.effective.iso8601 != "2022-06-06T00:00+08:00" },
      "\(d.map { ($0.quote, $0.interval.effective.iso8601) })")
  }
}

@Suite("Draft: a listed figure whose noun follows its unit")
struct DraftNounAfterUnitTests {
  @Test func aTonnageItemNamesWhatItWeighs() throws {
    let d = try draft("截至目前，全区已累计集中消杀1.6万车、38万吨进口冷冻水产品。").drafts.filter { $0.type == .metricReported }
    let m = try #require(d.first { $0.data["value"] == .number("38") }, "\(d.map(\.quote))")
    #expect(m.quote == "38万吨进口冷冻水产品")
  }

  @Test func wordsThatQualifyTheNumberNameNothing() throws {
    let r = try draft("新建的垃圾中转站日处理量达1500吨以上。")
    #expect(r.drafts.filter { $0.type == .metricReported }.isEmpty, "\(r.drafts.map(\.quote))")
  }
}

@Suite("Draft: a permission to extend or relax is a rule, not an amendment")
struct DraftPermissionTests {
  @Test(arguments: ["高血压、糖尿病等慢性病患者，长期处方用量可延长至8周。", "受疫情影响的个体工商户，社保缴费期限可延长至3个月。"])
  func aPermissionIsARule(_ text: String) throws {
    let d = try draft(text).drafts.filter { $0.subject.kind == .measure }
    #expect(d.map(\.type) == [.measureImposed], "\(d.map(\.type))")
  }

  @Test func anExtensionWithoutPermissionIsStillAnAmendment() throws {
    let d = try draft("全市中小学线上教学时间延长至6月12日。").drafts.filter { $0.subject.kind == .measure }
    #expect(d.map(\.type) == [.measureAmended], "\(d.map(\.type))")
  }
}

@Suite("Draft: counts of testing rounds by the group tested")
struct DraftRoundCountTests {
  @Test func eachGroupIsOneFigureQuotingItsOwnWords() throws {
    let d = try draft("截至6月3日12时，全区累计开展了2轮全员、7轮重点人群核酸筛查。").drafts.filter { $0.type == .metricReported }
    #expect(d.map(\.data["value"]) == [.number("2"), .number("7")], "\(d.map(\.quote))")
    #expect(d.last?.quote == "7轮重点人群核酸筛查", "\(d.map(\.quote))")
    #expect(d.allSatisfy { $0.subject.raw.hasPrefix("metric:testing.") }, "\(d.map(\.subject.raw))")
  }

  @Test func anOrdinalRoundIsNoCount() throws {
    let d = try draft("第6轮全员核酸筛查共采样180万人。").drafts.filter { $0.type == .metricReported }
    #expect(!d.contains { $0.data["unit"] == .string("轮") }, "\(d.map(\.quote))")
  }
}
