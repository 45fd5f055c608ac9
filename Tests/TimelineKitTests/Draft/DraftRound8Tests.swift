import Foundation
import Testing

@testable import TimelineKit

// Eighth round: general patterns found by drafting made-up notices written by someone who had not read the drafter.
// Made-up sentences in the style of official notices: none is copied from the five source texts, the practice set
// or those notices.

@Suite("Draft: a lift that names the zone's new level is a re-grading")
struct DraftLiftToLevelTests {
  @Test(arguments: [
    ("解除管城区紫荆山路街道某某苑封控管理，调整为低风险区。", "low-risk"),
    ("解除惠济区新城街道某某里2号楼的管控措施，降为低风险区。", "low-risk"),
    ("解除中原区林山寨街道某某小区封控管理，调整为管控区。", "controlled"),
  ])
  func regraded(_ text: String, _ level: String) throws {
    let z = try draft(text).drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 1 && z[0].type == .zoneRegraded && z[0].data["level"]?.stringValue == level, "\(z.map(\.type))")
  }

  @Test func aLiftWithoutANewLevelStaysALift() throws {
    let z = try draft("解除管城区紫荆山路街道某某苑封控管理，恢复正常生产生活秩序。").drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 1 && z[0].type == .zoneLifted && z[0].data["level"] == nil, "\(z.map(\.type))")
  }
}

@Suite("Draft: a date between a rule's object and its verb is no part of the object")
struct DraftDateInsideObjectTests {
  @Test func servicesListedBeforeTheirDateAreOneRuleEach() throws {
    let d = try measures("地铁、公交自3月2日首班车起恢复正常运营，乘客须全程佩戴口罩。")
    #expect(Set(d.map(\.subject.raw)) == ["measure:transport.bus", "measure:transport.metro"], "\(d.map(\.subject.raw))")
    #expect(d.allSatisfy { $0.type == .measureLifted && $0.interval.effective.iso8601 == "2022-03-02T00:00+08:00" })
  }

  @Test(arguments: ["幼儿园自3月7日起恢复线下保教活动。", "幼儿园于3月7日起恢复线下保教活动。", "幼儿园从3月7日开始恢复线下保教活动。"])
  func theProposedNameHasNoTimeWords(_ text: String) throws {
    let r = try draft(text)
    #expect(r.proposed.measures.map(\.zh) == ["幼儿园"], "\(r.proposed.measures.map(\.zh))")
  }
}

@Suite("Draft: figures of infected people, patients in hospital, severe cases, zones added or lifted, sites")
struct DraftFigureWordsTests {
  private func figures(_ text: String) throws -> [Draft] { try draft(text).drafts.filter { $0.type == .metricReported } }

  @Test func infectedPeopleAndTheirParts() throws {
    let d = try figures("6月3日0—24时，全市新增本土感染者215例，其中确诊病例15例、无症状感染者200例。")
    #expect(d.map(\.subject.raw) == ["metric:cases.positive.new@city", "metric:cases.confirmed.new@city", "metric:cases.asymptomatic.new@city"])
    #expect(d.map(\.quote) == ["全市新增本土感染者215例", "其中确诊病例15例", "无症状感染者200例"])
  }

  @Test func patientsInHospitalAndNoSevereCase() throws {
    let d = try figures("目前在院治疗患者356人，无重型病例。")
    #expect(d.map(\.subject.raw).contains("metric:cases.in-hospital.current@city"), "\(d.map(\.subject.raw))")
    #expect(d.contains { $0.subject.raw.hasPrefix("metric:cases.severe.") && $0.quote.hasPrefix("无重型") }, "\(d.map(\.quote))")
  }

  @Test func zonesAddedLiftedAndLeftAreThreeFigures() throws {
    let d = try figures("当日新增高风险区12个，解除高风险区5个，现有高风险区40个。")
    #expect(Set(d.map(\.subject.raw)).count == 3, "\(d.map(\.subject.raw))")
    #expect(d.contains { $0.subject.raw.contains(".new@") } && d.contains { $0.subject.raw.contains(".lifted@") })
  }

  @Test func aCountOfSitesIsNotACountOfPeople() throws {
    let d = try figures("目前，全市启用集中隔离点88个，集中隔离观察8500人。")
    #expect(d.count == 2 && Set(d.map(\.subject.raw)).count == 2, "\(d.map(\.subject.raw))")
    #expect(d.first { $0.quote.contains("8500") }?.subject.raw == "metric:quarantine.centralised@city")
  }

  @Test func theDayOfAnEarlierParagraph() throws {
    let d = try figures("6月2日，全市完成核酸采样312万人。\n当日新增出院病例21例。", published: "2022-06-03T10:00+08:00")
    let discharged = try #require(d.first { $0.quote.contains("出院") })
    #expect(discharged.data["period_start"]?.stringValue == "2022-06-02T00:00+08:00", "\(discharged.data)")
  }

  private func figures(_ text: String, published: String) throws -> [Draft] {
    try draft(text, published: published).drafts.filter { $0.type == .metricReported }
  }
}

@Suite("Draft: a district's notice is about that district; the order's name and 期间 point back to its period")
struct DraftDistrictNoticeTests {
  static let notice = """
    郑州市惠济区新冠肺炎疫情防控指挥部
    通告
    6月4日0时至18时，新增本土无症状感染者3例。
    经研究决定，自6月5日0时起至6月7日24时，在全区实行临时静态管理。现就有关事项通告如下：
    一、静态管理期间，全区居民非必要不出家门。
    二、辖区内各类门店暂停营业。
    """

  @Test func rulesAndFiguresTakeTheIssuingDistrict() throws {
    let r = try draft(Self.notice)
    let stay = try #require(r.drafts.first { $0.quote.contains("非必要不出家门") })
    #expect(stay.data["scope"]?.stringValue == "huiji")
    #expect(stay.interval.effective.iso8601 == "2022-06-05T00:00+08:00" && stay.interval.until?.iso8601 == "2022-06-08T00:00+08:00")
    let shops = try #require(r.drafts.first { $0.quote.contains("门店") })
    #expect(shops.data["scope"]?.stringValue == "huiji")
    let cases = try #require(r.drafts.first { $0.type == .metricReported })
    #expect(cases.subject.raw == "metric:cases.asymptomatic.new@huiji")
  }

  @Test func aCityNoticeStaysTheCitys() throws {
    let r = try draft(Self.notice.replacingOccurrences(of: "郑州市惠济区", with: "郑州市").replacingOccurrences(of: "全区", with: "全市"))
    #expect(r.drafts.filter { $0.subject.kind == .measure }.allSatisfy { $0.data["scope"]?.stringValue == "city" })
  }

  @Test(arguments: [("静态管理期间，", true), ("临时管控期间，", true), ("闭环管理期间，", false), ("疫情期间，", false)])
  func periodMarks(_ opening: String, _ points: Bool) {
    #expect(FrameStack.opensWithPeriodMark(opening) == points)
  }
}

@Suite("Draft: zone lists with a count in the heading, circled items, brackets that leave parts out, lifts named by level")
struct DraftZoneListShapesTests {
  private func zones(_ text: String) throws -> [Draft] { try draft(text).drafts.filter { $0.subject.kind == .zone } }

  @Test func aLevelWithACountThenItsPlacesJoinedByCommas() throws {
    let z = try zones("自6月5日12时起，对以下区域风险等级进行划定：\n一、中风险地区（2个）：惠济区长兴路街道银河社区、登封市嵩阳街道北关社区。")
    #expect(z.map(\.type) == [.zoneDesignated, .zoneDesignated] && z.allSatisfy { $0.data["level"]?.stringValue == "medium-risk" })
    #expect(z.map { $0.data["district"]?.stringValue ?? "" } == ["huiji", "dengfeng"])
  }

  @Test func circledItemsUnderALevelsHeading() throws {
    let z = try zones("三、管控区：\n①惠济区长兴路街道银河社区（封控区以外区域）；\n②惠济区天河路以西、长兴路以南合围区域。")
    #expect(z.count == 2 && z.allSatisfy { $0.type == .zoneDesignated && $0.data["level"]?.stringValue == "controlled" }, "\(z.map(\.quote))")
  }

  @Test func aPlaceAndItsLevelLiftedLater() throws {
    let z = try zones("一、惠济区长兴路街道银河社区管控区，已连续14天无新增阳性人员，自6月6日0时起解除管控。\n二、惠济区古荥镇大河村防范区同步解除。")
    #expect(z.map(\.type) == [.zoneLifted, .zoneLifted], "\(z.map(\.type))")
    #expect(z.map(\.interval.effective.iso8601) == ["2022-06-06T00:00+08:00", "2022-06-06T00:00+08:00"])
    #expect(try measures("二、惠济区古荥镇大河村防范区同步解除。").isEmpty)
  }

  @Test func aBracketThatIsNoExclusionIsNoPlace() throws {
    #expect(try zones("三、管控区：\n①请居民配合（详见附件）；").isEmpty)
  }
}

@Suite("Draft: district names in full, zeros written as 未出现, people released, bare prohibitions, where to ask")
struct DraftPressWordsTests {
  @Test func theFullNameOfAnEthnicDistrictIsTheDistrict() throws {
    let d = try draft("6月3日0—24时，全市新增本土确诊病例5例（管城回族区3例、二七区2例）。").drafts.filter { $0.type == .metricReported }
    #expect(d.map(\.subject.raw) == ["metric:cases.confirmed.new@city", "metric:cases.confirmed.new@guancheng", "metric:cases.confirmed.new@erqi"])
  }

  @Test func noSevereCaseHasAppeared() throws {
    let d = try draft("目前在院患者病情稳定，未出现重症病例。").drafts.filter { $0.type == .metricReported }
    #expect(d.count == 1 && d[0].subject.raw.hasPrefix("metric:cases.severe.") && d[0].data["value"] == .number("0"), "\(d.map(\.subject.raw))")
  }

  @Test func peopleReleasedFromQuarantineAreAFigure() throws {
    let r = try draft("6月3日，全市解除集中隔离826人。")
    #expect(r.drafts.filter { $0.subject.kind == .measure }.isEmpty)
    #expect(r.drafts.contains { $0.subject.raw == "metric:quarantine.released@city" })
  }

  @Test func aCapOnPeopleIsStillARule() throws {
    let d = try measures("自6月5日起，出租车恢复运营，后排乘客不超过2人。")
    #expect(d.map(\.subject.raw) == ["measure:transport.taxi"] && d[0].type == .measureAmended, "\(d.map(\.subject.raw))")
  }

  @Test func prohibitionsThatOpenTheirClause() throws {
    let d = try measures("返回本市的人员，在首次核酸检测结果出来前，不聚会、不聚餐，不前往商超等人员密集场所。")
    #expect(d.count >= 1 && d.allSatisfy { $0.type == .measureImposed }, "\(d.map(\.subject.raw))")
  }

  @Test func whereToAskIsNoRule() throws {
    #expect(try measures("如有疑问，可拨打12345市民服务热线咨询。").isEmpty)
  }
}

@Suite("Draft: testing rhythms, lines by number, 仍暂时, 撤除, steps of a process, where cases were, 期间一致")
struct DraftRuleWordsTests {
  @Test func aTestingRhythmIsARule() throws {
    let d = try measures("管控区内人员三天两检，由社区统一组织。")
    #expect(d.count == 1 && d[0].type == .measureImposed, "\(d.map(\.subject.raw))")
  }

  @Test func aLineKeepsItsNumber() throws {
    let r = try draft("自6月5日起，12号线继续暂停运营。")
    #expect(
      r.drafts.contains { $0.type == .measureRestated } && r.proposed.measures.contains { $0.zh.hasPrefix("12号线") },
      "\(r.proposed.measures.map(\.zh))")
  }

  @Test func stillClosedForNowIsARestatement() throws {
    try expectOneMeasure("机场高速某某站仍暂时关闭，开放时间另行公告。", .measureRestated)
  }

  @Test func checkpointsRemovedAreALift() throws {
    let d = try measures("自6月6日0时起，撤除各区县之间的道路查验点，车辆凭绿码通行。")
    #expect(d.first?.type == .measureLifted && d.first?.interval.effective.iso8601 == "2022-06-06T00:00+08:00", "\(d.map(\.type))")
  }

  @Test func aStepOfAProcessIsNoLift() throws {
    #expect(try measures("各隔离酒店严格落实单人单间，做到接收、观察、解除全程闭环。").allSatisfy { $0.type != .measureLifted })
  }

  @Test func whereTheCasesWereIsNoRule() throws {
    #expect(try measures("6月3日，新增本土无症状感染者6例，涉及须水、石佛等多个街道（镇）。").isEmpty)
  }

  @Test func theTimeOfTheOrdersPeriodSaidAtTheEnd() throws {
    let r = try draft("经研究决定，自6月5日0时起至6月7日24时，在惠济区实行静态管理。现就有关事项通告如下：\n一、地铁2号线惠济区境内各站封站，列车通过不停车，时间与静态管理期间一致。")
    let metro = try #require(r.drafts.first { $0.quote.contains("封站") })
    #expect(metro.interval.effective.iso8601 == "2022-06-05T00:00+08:00" && metro.interval.until?.iso8601 == "2022-06-08T00:00+08:00")
  }
}

@Suite("Draft: cases found during routine testing; a zone item's reading names its heading's level")
struct DraftFoundDuringTestingTests {
  @Test func findingCasesDuringRoutineTestingSchedulesNoRound() throws {
    let r = try draft("6月3日，我市在对重点人群开展例行核酸检测时，发现核酸检测阳性人员3名（二七区2名、上街区1名）。")
    #expect(!r.drafts.contains { $0.type == .testingScheduled })
    let f = r.drafts.filter { $0.type == .metricReported }
    #expect(f.count == 3 && Set(f.map(\.subject.raw)).count == 3, "\(f.map(\.subject.raw))")
  }

  @Test func theReadingOfAZoneItemNamesTheLevelAsWritten() throws {
    let z = try draft("一、中风险地区：惠济区长兴路街道银河社区。").drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 1 && z[0].review?["reading"]?.stringValue == "中风险地区：惠济区长兴路街道银河社区", "\(z.map(\.review))")
  }
}

@Suite("Draft: counts in Chinese numerals, cases all in one district, what happened before what cases are, streaks")
struct DraftBulletinTests {
  private func figures(_ text: String) throws -> [Draft] { try draft(text).drafts.filter { $0.type == .metricReported } }

  @Test func countsInChineseNumerals() throws {
    let d = try figures("6月3日0—24时，全市新增本土无症状感染者十二例，其中二七区七例、上街区两例、中牟县3例。")
    #expect(d.map { $0.data["value"] } == [.number("12"), .number("7"), .number("2"), .number("3")], "\(d.map(\.quote))")
  }

  @Test(arguments: ["安排一名家庭成员外出采购。", "实行一人一档管理。", "每户每天限两人外出。"])
  func phrasesWithNumeralsAreNoFigures(_ text: String) throws {
    #expect(FigureRecogniser.figures(in: Array(text)).isEmpty)
  }

  @Test func allInOneDistrict() throws {
    let d = try figures("6月3日0—24时，全市新增本土确诊病例两例，均在上街区。")
    #expect(d.map(\.subject.raw) == ["metric:cases.confirmed.new@shangjie"])
  }

  @Test func dischargedAndInHospitalBeforeConfirmed() throws {
    let d = try figures("6月2日，全市治愈出院确诊病例五例。目前，全市在院治疗确诊病例20例。")
    #expect(d.map(\.subject.raw) == ["metric:cases.discharged.new@city", "metric:cases.in-hospital.current@city"])
  }

  @Test func aStreakQuotesWhatWasNotNew() throws {
    let d = try figures("上街区、登封市已连续10天无新增本土感染者。")
    #expect(d.count == 2 && d.allSatisfy { $0.quote.hasSuffix("无新增本土感染者") }, "\(d.map(\.quote))")
  }

  @Test func aStreakOfCompoundsIsWhyTheyAreLifted() throws {
    #expect(try figures("某某小区、某某社区已连续7天无新增感染者，自6月5日起解除封控。").isEmpty)
  }
}

@Suite("Draft: requests to named people, the 12345 hotline, schools reopening, zones listed by street, dated notices")
struct DraftNoticeShapesTests {
  @Test(arguments: ["返郑人员请提前向所在社区报备。", "如对核酸结果有疑问，可拨打12345热线咨询。"])
  func noRule(_ text: String) throws {
    #expect(try measures(text).isEmpty)
  }

  @Test func pupilsReturningToSchoolIsALift() throws {
    let d = try measures("（二）6月8日起，初一、初二年级学生返校复课。")
    #expect(d.count == 1 && d[0].type == .measureLifted && d[0].interval.effective.iso8601 == "2022-06-08T00:00+08:00", "\(d.map(\.type))")
  }

  @Test func zonesListedByStreetAreInTheDistrictOfTheText() throws {
    let z = try draft("6月4日，上街区新增本土无症状感染者2例。自6月4日18时起，将济源路街道某某小区、中心路街道某某院划定为高风险区。").drafts
      .filter { $0.subject.kind == .zone }
    #expect(z.count == 2 && z.allSatisfy { $0.subject.raw.hasPrefix("zone:shangjie/") && $0.type == .zoneDesignated }, "\(z.map(\.subject.raw))")
  }

  @Test func aNoticeSignedOnTheDayItIsPublishedKeepsTheHour() throws {
    let text = "关于调整健康码管理的通告\n一、黄码人员须在24小时内完成1次核酸检测。\n本通告自发布之日起施行。\n郑州市新冠肺炎疫情防控指挥部\n2022年6月4日"
    let d = try measures(text)
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-04T20:00+08:00", "\(d.map(\.interval.effective.iso8601))")
    let reprinted = try draft(text, published: "2022-06-06T09:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(reprinted.first?.interval.effective.iso8601 == "2022-06-04T00:00+08:00")
  }

  @Test func anOrdersPeriodInItsFirstItemAndASectionHeadedByIt() throws {
    let r = try draft(
      "关于实施静态管理的通告\n一、自6月5日0时至6月7日24时，在惠济区实施全域静态管理。\n二、静态管理期间，严格执行以下措施：\n（一）所有小区实行封闭管理。")
    let sealed = try #require(r.drafts.first { $0.quote.contains("封闭管理") })
    #expect(sealed.interval.effective.iso8601 == "2022-06-05T00:00+08:00" && sealed.interval.until?.iso8601 == "2022-06-08T00:00+08:00")
  }
}

@Suite("Draft: a county's notice, lists of lifted places, sections that restate, reopenings with conditions")
struct DraftCountyNoticeTests {
  static let notice = """
    登封市新冠肺炎疫情防控指挥部
    关于调整部分区域管控措施的通告
    一、管理时间
    自2022年6月5日0时起至6月7日24时。届时视情延长或提前解除。
    二、风险区域调整
    （一）自6月5日0时起，嵩阳街道某某小区、少林街道某某社区解除封控。
    （二）自6月5日0时起，下列区域解除管控措施：
    ①大金店镇某某村（原中风险区）；
    ②唐庄镇某某花园3号楼（原高风险区）。
    （三）中岳街道某某新村解除高风险区管控措施，调整为中风险区，继续执行中风险区管控要求。
    三、管理期间，全市中小学暂缓开学。
    四、继续实行的防控措施
    （一）商场、超市等人员密集场所须查验48小时内核酸检测阴性证明。
    五、6月8日起，某某山景区实行“预约、限流”开放。
    """

  @Test func zonesWithoutADistrictAreTheIssuingCountys() throws {
    let z = try draft(Self.notice).drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 5 && z.allSatisfy { $0.subject.raw.hasPrefix("zone:dengfeng/") }, "\(z.map(\.subject.raw))")
    #expect(z.filter { $0.type == .zoneLifted }.count == 4 && z.last?.type == .zoneRegraded && z.last?.data["level"]?.stringValue == "medium-risk")
  }

  @Test func rulesOfTheNotice() throws {
    let r = try draft(Self.notice)
    let m = r.drafts.filter { $0.subject.kind == .measure }
    // No rule from "届时视情延长…", from the re-graded zone's rules, or from the zones lifted.
    #expect(m.count == 3, "\(m.map(\.quote))")
    let schools = try #require(m.first { $0.quote.contains("暂缓开学") })
    // What goes on is restated as of publication, even inside the order's period.
    #expect(schools.type == .measureRestated && schools.interval.effective.iso8601 == "2022-06-04T20:00+08:00")
    #expect(m.first { $0.quote.contains("人员密集场所") }?.type == .measureRestated)
    #expect(m.first { $0.quote.contains("景区") }?.type == .measureAmended)
  }

  @Test func theLiftedPlacesARuleIsForAreNoLift() throws {
    try expectOneMeasure("解除封控的小区，居民须在三天内完成2次核酸检测。", .measureImposed)
  }

  @Test func theOrdersPeriodNamedInALaterClause() throws {
    let r = try draft("经研究决定，自6月5日0时起至6月7日24时，在惠济区实行静默管理。\n除水电气暖等保障岗位外，静默管理期间区内各单位一律居家办公。")
    let office = try #require(r.drafts.first { $0.quote.contains("居家办公") })
    #expect(office.interval.effective.iso8601 == "2022-06-05T00:00+08:00")
  }

  @Test(arguments: [("无重症、危重症病例。", "severe"), ("新增本土确诊病例1例，为经开区集中隔离人员。", "jingkai")])
  func figures(_ text: String, _ part: String) throws {
    let d = try draft(text).drafts.filter { $0.type == .metricReported }
    #expect(d.count == 1 && d[0].subject.raw.contains(part), "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: ends of days, ordinals, 同日起, questions and contacts, headers without their number, zones added by 新增…为")
struct DraftTimesAndShapesTests {
  @Test func aDateWithoutAnHourEndsWithThatDay() throws {
    let d = try measures("自6月8日至6月14日，全市居民实行“三天两检”。")
    #expect(d.first?.interval.until?.iso8601 == "2022-06-15T00:00+08:00")
    let before = try measures("6月14日前，全市暂停举办大型活动。")
    #expect(before.allSatisfy { $0.interval.until == nil || $0.interval.until?.iso8601 == "2022-06-14T00:00+08:00" })
  }

  @Test func aDailyRoundOverDaysIsOneADay() throws {
    let r = try draft("6月6日至8日，全市每天开展一轮全员核酸检测。").drafts.filter { $0.type == .testingScheduled }
    #expect(r.map(\.interval.effective.iso8601) == ["2022-06-06T00:00+08:00", "2022-06-07T00:00+08:00", "2022-06-08T00:00+08:00"])
  }

  @Test func sectionsByOrdinal() {
    #expect(SectionMark.at(Array("第一　解除封控区域")) == SectionMark(rank: 1, length: 3))
    #expect(SectionMark.at(Array("第二、有序恢复")) == SectionMark(rank: 1, length: 3))
    #expect(SectionMark.at(Array("第一轮全员核酸检测")) == nil && SectionMark.at(Array("第一时间转运")) == nil)
  }

  @Test func theSameDayAsTheRuleBefore() throws {
    let d = try measures("自6月5日起至6月9日24时，全区餐饮单位暂停堂食。\n同日起，离开本区人员须持48小时内核酸检测阴性证明。")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-05T00:00+08:00", "2022-06-05T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aPeriodGoesOnThroughTheSentencesParts() throws {
    let d = try measures("自6月5日起至6月9日24时，全区餐饮单位暂停堂食；网吧、KTV等密闭场所暂停营业。")
    #expect(d.count == 2 && d.allSatisfy { $0.interval.until?.iso8601 == "2022-06-10T00:00+08:00" }, "\(d.map(\.interval.until))")
  }

  @Test(arguments: ["记者：家长们关心孩子何时能够返校？", "报备电话：惠济区0371-12345678", "从近几天数据看，疫情形势仍然复杂。", "高风险区人员仍按每天一检执行。"])
  func noNewRule(_ text: String) throws {
    #expect(try measures(text).allSatisfy { $0.type == .measureRestated })
  }

  @Test func aHeaderWithoutItsNumber() throws {
    let d = try draft("6月3日0—24时，全市新增本土无症状感染者30例。新增无症状感染者分布：二七区20例、上街区10例。").drafts
      .filter { $0.type == .metricReported }
    #expect(
      d.map(\.subject.raw) == [
        "metric:cases.asymptomatic.new@city", "metric:cases.asymptomatic.new@erqi", "metric:cases.asymptomatic.new@shangjie",
      ])
  }

  @Test func zonesAddedBy新增为() throws {
    let z = try draft("同时，新增中原区某某街道某某小区、上街区某某街道某某院为高风险区。").drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 2 && z.allSatisfy { $0.type == .zoneDesignated && $0.data["level"]?.stringValue == "high-risk" })
    #expect(try draft("该小区为高风险区内的小区。").drafts.filter { $0.subject.kind == .zone }.isEmpty)
  }

  @Test func aListsCountIsNoPartOfItsLastPlace() throws {
    let z = try draft("自6月5日零时起，金水区某某街道某某社区、二七区某某街道某某社区共两个高风险区解除管控。").drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 2 && z.allSatisfy { $0.type == .zoneLifted && !($0.data["place"]?.stringValue ?? "").contains("共") })
  }
}

@Suite("Draft: a phase's heading dates its items; a notice that takes effect on a later day")
struct DraftPhasesTests {
  @Test func aPhasesHeadingDatesItsItems() throws {
    let d = try measures("一、第一阶段（6月8日起）\n1. 商场、超市恢复营业，实行限流75%。\n二、第二阶段（6月15日12时起）\n1. 电影院恢复开放，上座率不超过50%。")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-08T00:00+08:00", "2022-06-15T12:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aNoticeInForceOnALaterDay() throws {
    let d = try measures("一、全市不再开展全员核酸检测。\n二、离郑人员仍须持48小时内核酸检测阴性证明。\n本通告自2022年6月10日零时起施行。")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-10T00:00+08:00", "2022-06-04T20:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: building sites, duties, contingencies, lead-ins, spans of days, 于 a day, caps dropped, rounds ended")
struct DraftPolicyChangeTests {
  @Test func buildingSitesStoppedAreARuleRoadWorksAreNot() throws {
    #expect(try measures("其间，全区建筑工地暂停施工。").count == 1)
    #expect(try measures("6月10日至7月20日，某某路进行道路施工，实行半幅封闭。").isEmpty)
  }

  @Test(arguments: [
    "各医疗机构要保持正常诊疗秩序，发热门诊实行24小时接诊。", "各经营单位是扫码查验第一责任人，须安排专人值守。", "如出现新的本土疫情，相关区域将立即暂停恢复进程。",
    "根据疫情形势，各区中小学按照“分批分段”的原则返校复课：", "在第一阶段措施平稳实施的基础上：",
  ])
  func noRule(_ text: String) throws {
    #expect(try measures(text).isEmpty)
  }

  @Test func aSpanOfDaysIsNoDate() throws {
    let d = try measures("7日内有高风险区旅居史的来郑人员，仍须落实“三天两检”。")
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-04T20:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aDayAfter于BeforeTheVerb() throws {
    let d = try measures("高一、高二年级于6月20日返校复课。")
    #expect(d.first?.interval.effective.iso8601 == "2022-06-20T00:00+08:00")
  }

  @Test func aCapDroppedIsALift() throws {
    #expect(try measures("自6月28日起，商场、超市恢复营业，不再限流。").first?.type == .measureLifted)
  }

  @Test func roundsEndedAndRoutineTestingAreRules() throws {
    let r = try draft("自6月10日起，全市不再开展全员核酸检测，实行重点人群常态化核酸检测。")
    #expect(!r.drafts.contains { $0.type == .testingScheduled })
    #expect(r.drafts.contains { $0.type == .measureLifted })
  }

  @Test func noPositiveInADaysScreening() throws {
    let d = try draft("6月3日，全市开展区域核酸筛查，未检出阳性。").drafts.filter { $0.type == .metricReported }
    #expect(d.count == 1 && d[0].data["period_start"]?.stringValue == "2022-06-03T00:00+08:00")
  }
}

@Suite("Draft: a later part of a sentence: a restatement holds now; 其间 is the sentence's own period")
struct DraftSentencePartsTests {
  @Test func aRestatementInALaterPartHoldsAsOfPublication() throws {
    let d = try measures("6月8日起，全市中小学恢复线下教学；幼儿园暂缓开学，开学时间另行通知。")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-08T00:00+08:00", "2022-06-04T20:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func 其间InALaterPartIsTheSentencesPeriod() throws {
    let d = try measures("解除封控的小区，居民在6月5日0时至6月7日24时期间须完成2次核酸检测；其间非必要不离开本市。")
    let stay = try #require(d.first { $0.quote.contains("非必要") && $0.subject.raw != d.first?.subject.raw } ?? d.last)
    #expect(
      stay.interval.effective.iso8601 == "2022-06-05T00:00+08:00" && stay.interval.until?.iso8601 == "2022-06-08T00:00+08:00",
      "\(d.map { ($0.interval.effective.iso8601, $0.interval.until?.iso8601 ?? "-") })")
  }
}

@Suite("Draft: long zone lists: one item a line, groups headed by streets, brackets, phases, times and clauses between")
struct DraftLongZoneListsTests {
  static let notice = """
    郑州市上街区新冠肺炎疫情防控指挥部
    通告
    决定自2022年6月7日0时起，将以下区域划定为封控区、管控区和防范区。特此通告：
    一、封控区
    1.济源路街道 某某小区（全域）
    2.济源路街道 某某花园3号楼、5号楼
    3.中心路街道 某某里22号院
    4.中心路街道 某某苑（2号楼除外）
    二、管控区
    济源路街道：某某小区周边商铺（某某路以南、某某路以东合围区域）、某某花园（3号楼、5号楼除外）；中心路街道：某某家园一期、二期。
    三、分类管控措施
    （一）封控区实行“足不出户、上门服务”。
    本区疫情防控24小时服务热线：0371-12345678
    """

  @Test func everyItemIsAZoneOfItsSectionsLevel() throws {
    let z = try draft(Self.notice).drafts.filter { $0.subject.kind == .zone }
    #expect(
      z.map { $0.data["level"]?.stringValue ?? "" } == ["sealed", "sealed", "sealed", "sealed", "controlled", "controlled", "controlled"],
      "\(z.map(\.quote))")
    #expect(z.allSatisfy { $0.subject.raw.hasPrefix("zone:shangjie/") && $0.interval.effective.iso8601 == "2022-06-07T00:00+08:00" })
    #expect(z.last?.quote == "某某家园一期、二期")
  }

  @Test func aZoneTypesRulesHoldFromTheDesignation() throws {
    let rule = try #require(try measures(Self.notice).first { $0.quote.contains("足不出户") })
    #expect(rule.interval.effective.iso8601 == "2022-06-07T00:00+08:00")
  }

  @Test func aListOfItemsOneALineIsNoNewspaperColumn() {
    #expect(!BriefingText(Self.notice).isHardWrapped)
  }

  @Test func theTimeBetweenAPlaceAndItsVerbAndAClauseOfWhy() throws {
    let z = try draft("一、上街区某某小区自6月8日0时起解除封控。\n二、上街区某某花园3号楼、5号楼，已连续14天无新增感染者，自6月8日0时起解除封控，调整为防范区。").drafts
      .filter { $0.subject.kind == .zone }
    // (The buildings of one compound, "某某花园3号楼、5号楼", are one zone since the twenty-second pass.)
    #expect(z.map(\.type) == [.zoneLifted, .zoneRegraded], "\(z.map(\.quote))")
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-08T00:00+08:00" && !($0.data["place"]?.stringValue ?? "").contains("6月") })
  }
}

@Suite("Draft: weekdays, old and new times, rules no longer in force, parts of the day before, the community's zero")
struct DraftChangesOfPlanTests {
  @Test func aWeekdayBetweenTheDateAndTheHour() throws {
    var scanner = TimeScanner(published: try Timestamp.parse("2022-06-04T20:00+08:00"))
    let m = scanner.scan(Array("采样时间：6月6日（星期一）7:00—17:00"))
    #expect(m.map(\.time.iso8601) == ["2022-06-06T07:00+08:00", "2022-06-06T17:00+08:00"])
  }

  @Test func theOldTimeIsNotTheNewOne() throws {
    let d = try measures("某某区中小学恢复线下教学的时间，由原定的6月10日推迟至6月13日。")
    // The reopening happens on the new day: a lift then, not an amendment now.
    #expect(
      d.count == 1 && d[0].type == .measureLifted && d[0].interval.effective.iso8601 == "2022-06-13T00:00+08:00",
      "\(d.map { ($0.type, $0.interval.effective.iso8601) })")
  }

  @Test(arguments: ["自6月8日起，“非必要不离郑”要求不再执行。", "网吧、KTV暂停营业的措施，自6月8日起不再执行。"])
  func aRuleNoLongerInForceIsLifted(_ text: String) throws {
    let d = try measures(text)
    #expect(d.count == 1 && d[0].type == .measureLifted && d[0].interval.effective.iso8601 == "2022-06-08T00:00+08:00", "\(d.map(\.type))")
  }

  @Test func aWindowWidenedIsAnAmendmentAPermissionIsNot() throws {
    #expect(try measures("自6月8日起，进入商超查验的核酸检测阴性证明，有效期由48小时放宽至72小时。").first?.type == .measureAmended)
    #expect(try measures("慢性病患者的处方用量可延长至8周。").first?.type == .measureImposed)
  }

  @Test func partsOfTheDayBefore() throws {
    let d = try draft("6月3日0—24时，全市新增本土无症状感染者9例。其中，社会面筛查发现2例，管控人员中发现7例。\n6月4日，全市新增3例，均在管控人员中发现，社会面无新增。", published: "2022-06-05T08:00+08:00")
      .drafts.filter { $0.type == .metricReported }
    let parts = d.filter { $0.quote.contains("发现2例") || $0.quote.contains("发现7例") }
    #expect(
      parts.count == 2 && parts.allSatisfy { $0.data["period_start"]?.stringValue == "2022-06-03T00:00+08:00" }, "\(d.map { ($0.quote, $0.data) })")
    let zero = try #require(d.first { $0.quote == "社会面无新增" })
    #expect(zero.subject.raw == "metric:cases.positive.new-community@city" && zero.data["period_start"]?.stringValue == "2022-06-04T00:00+08:00")
  }
}

@Suite("Draft: places a rule names one by one, phases of lifting, streaks of a county, rules replaced")
struct DraftRuleListsTests {
  @Test func placesARuleNamesOneByOne() throws {
    let d = try measures("五、暂停营业的市场\n根据流调结果，下列市场暂停营业：\n① 上街区某某农贸市场，6月5日18时起；\n② 二七区某某综合市场，6月6日零时起。\n上述市场完成消杀并经评估后，再行恢复营业。")
    #expect(d.count == 2 && d.allSatisfy { $0.type == .measureImposed }, "\(d.map(\.quote))")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-05T18:00+08:00", "2022-06-06T00:00+08:00"])
    #expect(d.map { $0.data["scope"]?.stringValue ?? "" } == ["shangjie", "erqi"])
  }

  @Test func aPhaseDatesTheZonesItLifts() throws {
    let z = try draft("一、第一阶段（6月8日零时起）\n（一）上街区济源路街道、中心路街道解除封控，居民凭绿码有序出行。").drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 2 && z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-08T00:00+08:00" }, "\(z.map(\.interval.effective.iso8601))")
  }

  @Test func aCountysStreakAndAZonesCondition() throws {
    let r = try draft("登封市新冠肺炎疫情防控指挥部\n通告\n我市已连续7天社会面无新增本土阳性感染者。\n高风险区连续5天无新增感染者的，解除封控。")
    let f = r.drafts.filter { $0.type == .metricReported }
    #expect(f.map(\.subject.raw) == ["metric:cases.zero-new.streak-days@dengfeng"], "\(f.map(\.subject.raw))")
  }

  @Test func aRuleReplacedByAnotherIsAmended() throws {
    let d = try measures("自6月8日零时起，入境人员实行“5天集中隔离+3天居家隔离”，不再实行“7+3”管理。")
    #expect(d.first?.type == .measureAmended)
  }

  @Test func aCapInWordsMakesAReopeningAnAmendment() throws {
    #expect(try measures("餐饮服务单位有序恢复堂食，就餐人数不得超过座位数的百分之五十。").first?.type == .measureAmended)
  }

  @Test func allMustTakePartInTheRound() throws {
    let r = try draft("6月7日7:00—12:00，在济源路街道开展区域核酸检测，辖区内所有人员均须参加。").drafts
    #expect(r.contains { $0.type == .testingScheduled && $0.interval.effective.iso8601 == "2022-06-07T07:00+08:00" })
  }
}

@Suite("Draft: 即日起 starts a rule on publication, whatever dates say whom it is for")
struct DraftFromTodayTests {
  @Test func theDatesOfWhomItIsForAreNotItsTime() throws {
    let d = try measures("自即日起，对6月1日至3日期间到过上述场所的人员，健康码临时赋为黄码。")
    #expect(
      d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-04T20:00+08:00" && d[0].interval.until == nil,
      "\(d.map { ($0.interval.effective.iso8601, $0.interval.until?.iso8601 ?? "-") })")
  }

  @Test func untilADayStillEnds() throws {
    let d = try measures("即日起至6月10日，全市暂停举办大型聚集性活动。")
    #expect(d.first?.interval.until?.iso8601 == "2022-06-11T00:00+08:00")
  }
}

@Suite("Draft: what goes on holds as of publication; districts with counts in brackets; 解除…风险区管理")
struct DraftLastRoundTests {
  @Test func whatGoesOnInAPeriodHoldsAsOfPublication() throws {
    let d = try measures("“五一”假期为4月30日至5月4日。\n假期期间，商场、超市等公共场所仍须查验48小时内核酸检测阴性证明。")
    #expect(
      d.count == 1 && d[0].type == .measureRestated && d[0].interval.effective.iso8601 == "2022-06-04T20:00+08:00",
      "\(d.map { ($0.type, $0.interval.effective.iso8601) })")
  }

  @Test func districtsWithTheirCountsInBrackets() throws {
    let d = try draft("6月3日，全市新增本土无症状感染者30例，主要分布在金水区（20例）、二七区（10例）。").drafts.filter { $0.type == .metricReported }
    #expect(
      d.map(\.subject.raw) == [
        "metric:cases.asymptomatic.new@city", "metric:cases.asymptomatic.new@jinshui", "metric:cases.asymptomatic.new@erqi",
      ], "\(d.map(\.subject.raw))")
  }

  @Test func aZonesManagementLifted() throws {
    let z = try draft("同日，二七区淮河路街道某某小区解除高风险区管理。").drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 1 && z[0].type == .zoneLifted, "\(z.map(\.type))")
  }
}
