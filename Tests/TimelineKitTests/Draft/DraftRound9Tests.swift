import Foundation
import Testing

@testable import TimelineKit

// Ninth round: general patterns found by drafting made-up notices written by someone who had not read the drafter.
// Made-up sentences in the style of official notices: none is copied from the five source texts, the practice set
// or those notices.

@Suite("Draft: a speaker's tag before a colon does not hide the date that opens the answer")
struct DraftSpeakerTagTests {
  @Test(arguments: ["答（市卫健委负责人）：", "主持人：", "市卫健委："])
  func aFigureAfterASemicolonKeepsTheAnswersDay(_ tag: String) throws {
    let d = try draft(tag + "5月3日0—24时，全市新增本土确诊病例4例；新增本土无症状感染者21例。", published: "2022-05-04T20:00+08:00").drafts
      .filter { $0.type == .metricReported }
    let asym = d.first { $0.subject.raw == "metric:cases.asymptomatic.new@city" }
    #expect(
      asym != nil && asym!.interval.effective.dateString == "2022-05-04" && asym!.interval.effective.iso8601.hasSuffix("T00:00+08:00"),
      "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: 同日 points back to the moment of the sentence before")
struct DraftSameDayMomentTests {
  @Test func zonesLiftedTheSameDayTakeItsHour() throws {
    let text = """
      上街区新冠肺炎疫情防控指挥部
      通告
      1.自6月12日15时起，济源路街道某某苑小区由高风险区降为中风险区。
      2.同日，峡窝镇某某村、中心路街道某某里小区解除高风险区管理。
      """
    let d = try draft(text, published: "2022-06-11T21:00+08:00").drafts
    let lifted = d.filter { $0.type == .zoneLifted }
    #expect(
      lifted.count == 2 && lifted.allSatisfy { $0.interval.effective.iso8601 == "2022-06-12T15:00+08:00" },
      "\(lifted.map(\.interval.effective.iso8601))")
    // Lifting zones lifts no rule beside them.
    #expect(!d.contains { $0.type == .measureLifted }, "\(d.map(\.type))")
  }

  @Test func aSameDayWithoutAnHourBeforeStaysAtTheDaysStart() throws {
    let text = "6月12日，某某路街道开展核酸检测。\n同日，中原区某某街道某某小区解除封控。"
    let z = try draft(text, published: "2022-06-12T21:00+08:00").drafts.filter { $0.type == .zoneLifted }
    #expect(z.count == 1 && z[0].interval.effective.iso8601 == "2022-06-12T00:00+08:00", "\(z.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: a ■ line that is a sentence is read; a ■ headline is not")
struct DraftSquareBulletTests {
  @Test func aBulletedSentenceIsARule() throws {
    let d = try measures("■11月5日起，辖区内农贸市场恢复营业。")
    #expect(d.count == 1 && d[0].type == .measureLifted && d[0].interval.effective.iso8601 == "2022-11-05T00:00+08:00", "\(d.map(\.type))")
  }

  @Test func aBulletedHeadlineIsNot() throws {
    #expect(try measures("■辖区内农贸市场恢复营业").isEmpty)
  }
}

@Suite("Draft: a year written out holds for the dates after it")
struct DraftYearNamedTests {
  @Test func aNoticeReprintedMonthsLaterKeepsItsYear() throws {
    let text = """
      【通告一】关于加强药品销售管理的通告（2022年3月8日）
      1.自3月9日起，暂停网络平台销售退热类药品。
      【通告二】关于调整药品销售管理的通告（2022年12月3日）
      1.自12月4日起，恢复网络平台销售退热类药品。
      """
    let d = try draft(text, published: "2022-12-03T19:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(
      d.map(\.interval.effective.iso8601).sorted() == ["2022-03-09T00:00+08:00", "2022-12-04T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func withoutAYearAnEarlyMonthInADecemberTextIsTheYearAfter() throws {
    let d = try measures("1月3日起，全市中小学恢复线下教学。")
    let r = try draft("1月3日起，全市中小学恢复线下教学。", published: "2022-12-20T19:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 1 && r.count == 1 && r[0].interval.effective.iso8601 == "2023-01-03T00:00+08:00", "\(r.map(\.interval.effective.iso8601))")
  }

  @Test func aSpringMonthInADecemberTextStaysInItsYear() throws {
    let r = try draft("4月9日起，全市中小学恢复线下教学。", published: "2022-12-20T19:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(r.count == 1 && r[0].interval.effective.iso8601 == "2022-04-09T00:00+08:00", "\(r.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: zone lists dated by the opening or by their heading")
struct DraftZoneListHeadingTests {
  private let head = "郑州市惠济区新冠肺炎疫情防控指挥部\n通告\n"

  @Test func itemsThatRegradeTakeTheOpeningsStart() throws {
    let text =
      head + """
        经研究决定，自2022年6月3日0时起，对以下区域风险等级进行调整。现通告如下：
        一、高风险区调整为中风险区（2个）
        （一）新城街道某某苑小区由高风险区调整为中风险区；
        （二）长兴路街道某某村由高风险区调整为中风险区。
        """
    let z = try draft(text, published: "2022-06-02T20:00+08:00").drafts.filter { $0.type == .zoneRegraded }
    #expect(z.count == 2 && z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-03T00:00+08:00" }, "\(z.map(\.interval.effective.iso8601))")
  }

  @Test func aHeadingThatLiftsListsItsPlacesWithTheDateInItsBrackets() throws {
    let text =
      head + """
        三、解除中风险区管控（2个，自6月3日12时起）
        1. 新城街道某某商住楼
        2. 长兴路街道某某公寓
        """
    let d = try draft(text, published: "2022-06-02T20:00+08:00").drafts
    let z = d.filter { $0.type == .zoneLifted }
    #expect(z.count == 2 && z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-03T12:00+08:00" }, "\(z.map(\.quote))")
    #expect(!d.contains { $0.subject.kind == .measure }, "\(d.map(\.quote))")
  }

  @Test func aLeadInThatLiftsALevelsControlListsItsPlaces() throws {
    let text = head + "自6月3日12时起，下列区域解除高风险区管控，居民恢复正常生产生活：\n1. 新城街道某某小区\n2. 长兴路街道某某广场B座"
    let z = try draft(text, published: "2022-06-02T20:00+08:00").drafts.filter { $0.type == .zoneLifted }
    #expect(z.map(\.quote) == ["新城街道某某小区", "长兴路街道某某广场B座"], "\(z.map(\.quote))")
  }
}

@Suite("Draft: figures one district a line, under a line that announces them")
struct DraftDistrictLineFiguresTests {
  private let text = """
    6月2日0时至24时，全市新增本土确诊病例5例、本土无症状感染者9例。按区县（市）分布如下：
    中原区：新增确诊病例3例，新增无症状感染者6例；
    新郑市：新增确诊病例2例，新增无症状感染者3例。
    以上感染者均已转运至定点医院。
    """

  @Test func eachLineIsItsDistrictsAndCountsTheAnnouncedDay() throws {
    let d = try draft(text, published: "2022-06-03T09:00+08:00").drafts.filter { $0.type == .metricReported }
    let lines = d.filter { !$0.subject.raw.hasSuffix("@city") }
    #expect(
      Set(lines.map(\.subject.raw)) == [
        "metric:cases.confirmed.new@zhongyuan", "metric:cases.asymptomatic.new@zhongyuan", "metric:cases.confirmed.new@xinzheng",
        "metric:cases.asymptomatic.new@xinzheng",
      ], "\(d.map(\.subject.raw))")
    #expect(lines.allSatisfy { $0.interval.effective.dateString == "2022-06-03" && $0.interval.effective.iso8601.hasSuffix("T00:00+08:00") })
  }

  @Test func aBreakdownHeaderShowsItsOwnWords() throws {
    let d = try draft("截至6月2日24时，全市累计报告本土确诊病例40例。累计确诊病例分布：中原区30、新郑市10。").drafts
      .filter { $0.subject.raw == "metric:cases.confirmed.cumulative@zhongyuan" }
    #expect(d.count == 1 && d[0].review?["reading"]?.stringValue?.hasPrefix("累计确诊病例") == true, "\(d.map { $0.review?["reading"] })")
  }

  @Test func aStreakKeptByTwoDistrictsIsOneFigureEach() throws {
    let d = try draft("新郑市、登封市已连续8天保持零新增。").drafts.filter { $0.type == .metricReported }
    #expect(
      Set(d.map(\.subject.raw)) == ["metric:cases.zero-new.streak-days@xinzheng", "metric:cases.zero-new.streak-days@dengfeng"],
      "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: what a reopening keeps and what a rule says it was before")
struct DraftCapAndBeforeTests {
  @Test func aRuleNoLongerAskedForIsLiftedNotCapped() throws {
    try expectOneMeasure("自3月2日起，全市药店销售退热类药品，不再对购药人进行实名登记。", .measureLifted)
  }

  @Test func aReopeningLimitedToHoursIsAmended() throws {
    try expectOneMeasure("3月2日起，各乡镇集贸市场有序恢复开市，开市时间限定在早6点至中午11点。", .measureAmended)
  }

  @Test func aRuleThatSaysWhatItWasIsAmended() throws {
    try expectOneMeasure("3月2日起，进入商场须持24小时内核酸检测阴性证明（此前为72小时）。", .measureAmended)
  }
}

@Suite("Draft: articles numbered 第一条 and their topic words")
struct DraftArticleTests {
  @Test func anArticlesTopicIsItsTitleNotARule() throws {
    let text = "为做好春节期间防控工作，现通告如下：\n第一条  提前报备。自1月20日零时起，所有来郑人员须提前24小时报备行程。\n第二条  落地检查。来郑人员抵郑后须完成一次核酸检测。"
    let d = try draft(text, published: "2022-01-18T20:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 2, "\(d.map(\.quote))")
    #expect(!d.contains { $0.quote.hasPrefix("提前报备") || $0.quote.hasPrefix("第") }, "\(d.map(\.quote))")
    #expect(d.first?.interval.effective.iso8601 == "2022-01-20T00:00+08:00")
  }

  @Test(arguments: [("第三条  三天三检。", 5), ("第十二条：", 5), ("第二条自", 3)])
  func theMarkTakesTheSpacesAfterIt(_ text: String, _ length: Int) {
    #expect(SectionMark.at(Array(text + "来郑人员须报备。"))?.length == length)
  }

  @Test func anOrdinalWithoutArticleIsNoMark() {
    #expect(SectionMark.at(Array("第一轮全员核酸检测于今日开展。")) == nil)
  }
}

@Suite("Draft: a period named by what it is of, and a round timed by its own section")
struct DraftNamedPeriodTests {
  @Test func closedLoopPeriodPointsBackToTheSentenceThatSetIt() throws {
    let text = """
      一、自5月9日零时起至5月15日24时，区内重点企业实行闭环生产。
      二、闭环期间，企业员工每日进行1次核酸检测。
      """
    let d = try draft(text, published: "2022-05-08T20:00+08:00").drafts.filter { $0.quote.hasPrefix("闭环期间") }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-05-09T00:00+08:00", "\(d.map(\.interval.effective.iso8601))")
    #expect(d.first?.interval.until?.iso8601 == "2022-05-16T00:00+08:00")
  }

  @Test func aTimeSectionUnderARoundsNoticeSchedulesIt() throws {
    let text = """
      关于开展第二轮全员核酸检测的通告
      经研究决定，开展第二轮全员核酸检测。有关事项通告如下：
      一、检测时间
      2022年5月10日（星期二）8:00—17:00。
      二、有关要求
      采样期间，居民原则上居家，不外出。
      """
    let d = try draft(text, published: "2022-05-09T20:00+08:00").drafts
    let r = d.filter { $0.type == .testingScheduled }
    #expect(r.count == 1 && r[0].interval.effective.iso8601 == "2022-05-10T08:00+08:00" && r[0].interval.until?.iso8601 == "2022-05-10T17:00+08:00")
    #expect(r.first?.data["label"]?.stringValue == "第二轮全员核酸检测", "\(r.map { $0.data["label"] })")
    let stay = d.filter { $0.quote.hasPrefix("采样期间") }
    #expect(stay.count == 1 && stay[0].interval.effective.iso8601 == "2022-05-10T08:00+08:00", "\(stay.map(\.interval.effective.iso8601))")
  }

  @Test func whatTheAuthoritiesDidIsNoRule() throws {
    #expect(try measures("5月3日发现阳性感染者后，区指挥部第一时间启动应急响应，连续三天开展了三轮全员核酸检测。").isEmpty)
  }
}

@Suite("Draft: times of day and lines a rule names one by one")
struct DraftEveningAndLinesTests {
  @Test(arguments: [
    ("自7月3日晚8点起，全市各类夜市暂停营业。", "2022-07-03T20:00+08:00"),
    ("今日（7月3日）21:00起，某某路站实行甩站。", "2022-07-03T21:00+08:00"),
    ("夜班线路Y1路至Y3路自7月3日晚9时起暂停运营。", "2022-07-03T21:00+08:00"),
  ])
  func theHourIsRead(_ text: String, _ iso: String) throws {
    let d = try draft(text, published: "2022-07-03T17:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == iso, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func linesListedUnderALeadInTakeItsStart() throws {
    let text = "▲7月4日首班车起，以下途经管控区域的线路实行甩站运行：\nK9路：甩开某某路站、某某村站；\n62路：甩开某某小区站。"
    let d = try draft(text, published: "2022-07-03T17:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.map(\.quote) == ["K9路：甩开某某路站、某某村站", "62路：甩开某某小区站"], "\(d.map(\.quote))")
    #expect(d.allSatisfy { $0.type == .measureImposed && $0.interval.effective.iso8601 == "2022-07-04T00:00+08:00" })
  }
}

@Suite("Draft: what was in force before describes the object; an hour with a colon stays one time")
struct DraftEarlierRuleTests {
  @Test func aRuleNoLongerInForceIsLiftedUnderItsName() throws {
    let d = try measures("此前实行的全市“每周一次全员核酸检测”，自8月1日起不再实行。")
    #expect(d.count == 1 && d[0].type == .measureLifted && d[0].interval.effective.iso8601 == "2022-08-01T00:00+08:00", "\(d.map(\.type))")
  }

  @Test func exitsClosedBeforeReopen() throws {
    let d = try measures("此前关闭出口的某某站、某某东站，自8月1日12:00起恢复开放出口。")
    #expect(d.count == 1 && d[0].type == .measureLifted && d[0].interval.effective.iso8601 == "2022-08-01T12:00+08:00", "\(d.map(\.type))")
    #expect(!d.contains { $0.data["rule"]?.stringValue?.contains("00起") == true }, "\(d.map(\.data))")
  }

  @Test func aColonBetweenDigitsSplitsNoClause() {
    let p = BriefingText.Piece(original: Array("自8月1日12:00起，某站恢复开放。"))
    #expect(BriefingText.clauses(in: p).count == 2)
  }
}

@Suite("Draft: thousands separators and rounds named in a line's brackets")
struct DraftThousandsAndRoundLinesTests {
  @Test func aGroupedNumberIsOneFigure() {
    let f = FigureRecogniser.figures(in: Array("累计登记购药人员2,146.8万人次，采样人数493,207人"))
    #expect(f.map(\.value) == ["2146.8", "493207"], "\(f.map(\.value))")
  }

  @Test func aRoundsLineReportsItsSamplesAndItsZero() throws {
    let d = try draft("●7月6日（第三轮）：采样人数402,118人，未检出阳性感染者。", published: "2022-07-07T20:00+08:00").drafts
    let done = d.filter { $0.type == .testingCompleted }
    #expect(done.count == 1 && done[0].interval.effective.iso8601 == "2022-07-06T00:00+08:00", "\(d.map(\.type))")
    let zero = d.filter { $0.type == .metricReported }
    #expect(zero.count == 1 && zero[0].review?["reading"]?.stringValue?.contains("第三轮") == true, "\(zero.map { $0.review?["reading"] })")
  }
}

@Suite("Draft: ordinal headings, a lone 期间 item, and conditions waited for")
struct DraftOrdinalHeadingTests {
  @Test func anOrdinalHeadingWhoseSpaceIsFoldedStillOpensASection() throws {
    try expectOneMeasure("第三　以下场所暂不开放\n①网吧、KTV等密闭场所暂停营业；", .measureRestated)
  }

  @Test(arguments: ["第一批解除封控的区域", "第二轮全员核酸检测", "第一时间转运"])
  func anOrdinalThatCountsIsNoMark(_ text: String) {
    #expect(SectionMark.at(Array(text)) == nil)
  }

  @Test func oneItemMarkedByThePeriodLeavesTheOtherItemsToIt() throws {
    let text = """
      经研究决定，自6月7日零时起对某某镇、某某乡实施为期7天的临时管控措施（暂定至6月13日24时），现将有关事项通告如下：
      一、管控期间，两镇范围内居民原则上居家，非必要不外出。
      二、两镇各行政村（社区）实行封闭管理，村口设置卡点。
      """
    let d = try measures(text)
    #expect(d.count == 2 && d.allSatisfy { $0.interval.effective.iso8601 == "2022-06-07T00:00+08:00" }, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aLiftWaitedForIsNoLift() throws {
    let d = try draft("居住地在高风险区的驾驶员一律暂停上岗，待所在区域解除管控且核酸检测阴性后方可恢复。").drafts
    #expect(!d.contains { $0.subject.kind == .zone }, "\(d.map(\.type))")
  }

  @Test func aPlatformsSideOfARuleKeepsTheRule() throws {
    let d = try measures("6月4日0时至6月10日24时，金水区行政区域内出租车暂停运营，网约车平台同步关闭上述区域内的派单功能。")
    #expect(d.count >= 1 && d[0].type == .measureImposed && d[0].interval.effective.iso8601 == "2022-06-04T00:00+08:00", "\(d.map(\.type))")
  }
}

@Suite("Draft: zone items dated by a lead-in that names no action, and rates and doses")
struct DraftLeadInAndRatesTests {
  @Test func itemsThatSayWhatTheyDoTakeTheLeadInsStart() throws {
    let text = """
      ◆风险区域调整
      经专家研判，自6月25日18时起，对以下区域风险等级进行调整：
      ①新划定高风险区1个：二七区某某路街道某某小区。
      ②金水区某某路街道某某里小区降为低风险区。
      上述高风险区自划定之时起实行“足不出户、上门服务”。
      """
    let d = try draft(text, published: "2022-06-25T17:00+08:00").drafts
    let z = d.filter { $0.subject.kind == .zone }
    #expect(z.count == 2 && z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-25T18:00+08:00" }, "\(z.map(\.interval.effective.iso8601))")
    let rule = d.filter { $0.subject.kind == .measure }
    #expect(rule.count == 1 && rule[0].interval.effective.iso8601 == "2022-06-25T18:00+08:00", "\(rule.map(\.interval.effective.iso8601))")
  }

  @Test func ratesOfAGroupAndDosesAreFigures() throws {
    let d = try draft("截至6月1日24时，全市累计接种新冠病毒疫苗1520.4万剂次。60岁以上老年人全程接种率仅为81.2%。").drafts
      .filter { $0.type == .metricReported }
    #expect(d.map(\.quote) == ["全市累计接种新冠病毒疫苗1520.4万剂次", "60岁以上老年人全程接种率仅为81.2%"], "\(d.map(\.quote))")
  }
}

@Suite("Draft: an inline list joined by ； and its count")
struct DraftInlineListSemicolonTests {
  @Test func itemsJoinedBySemicolonsAreZonesAndTheirCountIsNoFigure() throws {
    let d = try draft("自6月25日18时起，新划定高风险区3个：二七区某某路街道某某小区；中原区某某路街道某某小区6号楼；管城回族区某某路街道某某新村。").drafts
    let z = d.filter { $0.type == .zoneDesignated }
    #expect(z.count == 3 && z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-25T18:00+08:00" }, "\(z.map(\.quote))")
    #expect(!d.contains { $0.type == .metricReported }, "\(d.map(\.quote))")
  }
}

@Suite("Draft: from now, at once, the same day, and what is no rule")
struct DraftFromNowTests {
  @Test func fromNowWinsOverASameTimeWordInItsSentence() throws {
    let text = "自6月20日起，全市中小学实行线上教学。\n即日起，全市校外培训机构一律暂停线下培训，机构举办的托管班同步停办。"
    let d = try measures(text).filter { $0.quote.hasPrefix("即日起") }
    #expect(!d.isEmpty && d.allSatisfy { $0.interval.effective.iso8601 == "2022-06-04T20:00+08:00" }, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aDutyToActAtOnceHoldsFromPublication() throws {
    let text = "经研究决定，自6月7日零时起对某某镇实施为期7天的临时管控措施，现将有关事项通告如下：\n一、某某镇居民原则上居家。\n二、6月1日以来有某某镇旅居史的人员，须立即向所在村（社区）报备。"
    let d = try measures(text).filter { $0.quote.contains("立即") }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-04T20:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func theSameDayIsTheDayThingsStartedNotTheirEnd() throws {
    let text = "根据金水区疫情防控指挥部通知，某某小区自2022年6月7日0时起划定为封控区，暂定封控5天，至6月11日24时。相邻的某某家园小区同日起划定为管控区。"
    let z = try draft(text).drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 2 && z.allSatisfy { $0.interval.effective.dateString == "2022-06-07" }, "\(z.map(\.interval.effective.iso8601))")
  }

  @Test(arguments: ["■请关注孩子情绪变化，如需心理疏导，可拨打热线。", "同心抗疫，早日解封！", "已购买取消航班机票的旅客，可通过原购票渠道办理免费退票。"])
  func noRule(_ text: String) throws {
    #expect(try measures(text).isEmpty)
  }
}

@Suite("Draft: a section's lead-in dates its items; events put off and daily duties")
struct DraftLeadInItemsTests {
  @Test func itemsUnderAnArticlesLeadInTakeItsStart() throws {
    let text = "第三条　自6月4日6:00起，恢复运营的车辆须落实以下要求：\n（1）驾驶员每日参加一次核酸检测；\n（2）乘客上车前须扫描车内场所码。"
    let d = try measures(text).filter { $0.quote.hasPrefix("驾驶员") || $0.quote.hasPrefix("乘客") }
    #expect(d.count == 2 && d.allSatisfy { $0.interval.effective.iso8601 == "2022-06-04T06:00+08:00" }, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test(arguments: ["全市初中体育考试推迟举行，具体时间另行通知。", "机构举办的托管班、晚托班停办。"])
  func putOffOrStoppedIsAClosure(_ text: String) throws {
    let d = try measures(text)
    #expect(d.count >= 1 && d[0].type == .measureImposed, "\(d.map(\.type))")
  }
}

@Suite("Draft: a second notice in the text, and an extension's period")
struct DraftSecondNoticeTests {
  @Test func aSecondNoticesExtensionDatesItsChangedMeasures() throws {
    let text = """
      某某市新冠肺炎疫情防控指挥部通告（第32号）
      经研究，决定自2022年6月2日0时至6月4日24时，在某某街道实行为期3天的临时性静默管理。其间：
      1.居民原则上居家，不出小区。
      ▲某某市新冠肺炎疫情防控指挥部通告（第33号）
      市疫情防控指挥部决定，将原定6月4日24时结束的临时性静默管理延长至6月7日24时。延长期间，有关措施调整如下：
      （一）居民外出采购由每户每天1人调整为每户每两天1人。
      """
    let d = try draft(text, published: "2022-06-04T21:00+08:00").drafts.filter { $0.quote.hasPrefix("居民外出采购") }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-05T00:00+08:00", "\(d.map(\.interval.effective.iso8601))")
    #expect(d.first?.interval.until?.iso8601 == "2022-06-08T00:00+08:00")
  }

  // (Round 11: an item that names the end it replaces holds from that end, as an opening does; three sets' writers
  // coded it so, one at publication.)
  @Test func anItemExtendingOneMeasureIsItsAmendmentFromTheOldEnd() throws {
    let text = "现通告如下：\n一、外地来郑人员“三天两检”措施，原定6月30日24时结束，现延长至7月15日24时。"
    let d = try measures(text)
    #expect(
      d.count == 1 && d[0].type == .measureAmended && d[0].interval.effective.iso8601 == "2022-07-01T00:00+08:00",
      "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: times moved earlier or later, and a second rule joined by 并")
struct DraftMovedTimeTests {
  @Test func anOrderEndedEarlyIsLiftedThen() throws {
    let d = try measures("某某区临时性管控措施提前至6月9日12时结束。")
    #expect(d.count == 1 && d[0].type == .measureLifted && d[0].interval.effective.iso8601 == "2022-06-09T12:00+08:00", "\(d.map(\.type))")
  }

  @Test func anExamPutOffChangesOnPublication() throws {
    let d = try measures("原定6月11日举行的自学考试，郑州考区推迟至7月9日举行。")
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-04T20:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aLastBusMovedEarlierIsAmended() throws {
    let d = try measures("自6月5日起，市区公交线路末班车发车时间统一提前至20时。")
    #expect(d.count == 1 && d[0].type == .measureAmended && d[0].interval.effective.iso8601 == "2022-06-05T00:00+08:00", "\(d.map(\.type))")
  }

  @Test func aStartCarriedFromTheSentenceBeforeIsReadSafely() throws {
    // The start of 同时 comes from another sentence, whose offsets mean nothing in this one.
    let d = try measures("自6月5日起，全市健身房暂停营业。同时，全市初中体育考试推迟至7月9日举行，恢复时间另行通知。")
    #expect(!d.isEmpty)
  }

  @Test func aSecondRuleJoinedByBingAboutAnotherThingIsItsOwn() throws {
    let d = try measures("外卖骑手须每日进行一次核酸检测，并实行无接触配送。")
    #expect(d.count == 2, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: 其间 in a notice without a period, and a reopening that limits its load")
struct DraftPeriodOfTheSentenceBeforeTests {
  @Test func duringPointsToTheSentenceBeforeWhenTheNoticeHasNoPeriod() throws {
    let d = try measures("（一）自6月9日零时起，某某区范围内各快递营业网点暂停揽收和投递服务，恢复时间另行通知。其间，区内寄递企业分拨中心实行“只进不出”。")
      .filter { $0.quote.hasPrefix("其间") }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-09T00:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aReopeningThatLimitsItsLoadIsAmended() throws {
    let d = try measures("出租车、网约车自6月5日早6时起恢复运营，实行限载：车辆每排限乘1人。")
    #expect(
      !d.isEmpty && d.allSatisfy { $0.type == .measureAmended } && d[0].interval.effective.iso8601 == "2022-06-05T06:00+08:00", "\(d.map(\.type))")
  }
}

@Suite("Draft: the hours of the rule before, cases counted before, and venues kept shut")
struct DraftRuleBeforeHoursTests {
  @Test func sameHoursAsARuleTimedByItsRound() throws {
    let text = """
      关于开展第二轮全员核酸检测的通告
      一、检测时间
      2022年6月8日（星期三）7:00—16:00。
      二、有关要求
      1.采样期间，全区居民原则上居家，不外出。
      2.同一时段内，非民生保障类商铺暂停营业。
      """
    let d = try draft(text, published: "2022-06-07T21:00+08:00").drafts.filter { $0.quote.hasPrefix("同一时段") }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-08T07:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }

  @Test(arguments: ["上述四例均在隔离管控中发现。", "现将2名感染者主要活动轨迹通报如下："])
  func noFigure(_ text: String) throws {
    #expect(try draft(text).drafts.filter { $0.type == .metricReported }.isEmpty)
  }

  @Test func venuesKeptShutAreRestated() throws {
    try expectOneMeasure("三是博物馆、美术馆暂缓开放，开放时间另行通知。", .measureRestated)
  }
}

@Suite("Draft: zones named before are no new zone, and a re-grading that names whom a rule is for is no verb")
struct DraftZonesNamedBeforeTests {
  @Test func theZonesOfThisRegradingAreNoPlace() throws {
    let d = try draft("自6月3日0时起，本次由高风险区调整为中风险区的区域，管控措施由“足不出户”调整为“人不出区”。").drafts
    #expect(!d.contains { $0.subject.kind == .zone }, "\(d.map(\.quote))")
  }

  @Test func residentsOfRegradedAreasMustTestIsARule() throws {
    try expectOneMeasure("调整为低风险区及解除管控区域的居民，须于6月3日至5日完成“三天两检”。", .measureImposed)
  }
}

@Suite("Draft: the status found follows the number")
struct DraftStatusAfterTests {
  @Test func aPositiveFoundInScreeningIsACaseFigure() throws {
    let d = try draft("6月16日，我区在对重点人群例行筛查中发现1例新冠病毒核酸检测阳性人员，现已转运。").drafts.filter { $0.type == .metricReported }
    #expect(d.count == 1 && d[0].subject.raw.hasPrefix("metric:cases.positive"), "\(d.map(\.subject.raw))")
    #expect(d.first?.quote.hasSuffix("阳性人员") == true, "\(d.map(\.quote))")
  }
}

@Suite("Draft: switching to online teaching, and reopening under a closed loop")
struct DraftSwitchAndLoopTests {
  @Test func switchingToOnlineTeachingIsARule() throws {
    let d = try measures("荥阳市、新郑市中小学6月22日起转为线上教学，结束时间另行通知。")
    #expect(d.count == 1 && d[0].type == .measureImposed && d[0].interval.effective.iso8601 == "2022-06-22T00:00+08:00", "\(d.map(\.type))")
  }

  @Test func reopeningUnderAClosedLoopIsAmended() throws {
    let d = try measures("在建工地自6月16日起恢复施工，实行“封闭管理、闭环施工”。")
    #expect(!d.isEmpty && d[0].type == .measureAmended, "\(d.map(\.type))")
  }
}

@Suite("Draft: a newspaper's masthead and headlines, and who speaks before a date")
struct DraftMastheadTests {
  @Test func aMastheadAndHeadlinesAreNoPartOfTheArticle() throws {
    let text = """
      郑州晚讯　2022年6月9日　星期四
      A03　要闻　责编　某某
      某某区两小区解除封控
      本报讯（记者 某某）6月8日下午，
      市政府新闻办召开疫情防控新闻发
      布会。市卫健委副主任某某介绍，6
      月7日0时至24时，全市新增本土确
      诊病例3例；新增本土无症状感染者
      7例。
      """
    let bt = BriefingText(text)
    #expect(bt.paragraphs.first?.isHeading == true && bt.paragraphs.contains { $0.text.hasPrefix("本报讯") }, "\(bt.paragraphs.map(\.text))")
    let d = try draft(text, published: "2022-06-09T07:00+08:00").drafts.filter { $0.type == .metricReported }
    #expect(d.count == 2 && d.allSatisfy { $0.interval.effective.dateString == "2022-06-08" }, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aDateAfterWhoSpeaksOpensTheSentence() {
    #expect(Drafter.opens(Array("市卫健委副主任某某介绍，4月25日0时至24时，全市新增本土确诊病例3例"), at: 12))
    #expect(!Drafter.opens(Array("全市各学校要做好开学准备，加强师生健康监测，4月25日起恢复线下教学"), at: 23))
  }
}

@Suite("Draft: after the lift, and what a lift is not")
struct DraftAfterTheLiftTests {
  @Test func daysAfterTheLiftRunFromItsMoment() throws {
    let text = """
      经研究决定，自2022年6月18日12时起，全域解除静态管理。现将有关事项通告如下：
      四、学校教学
      全市中小学自6月24日起恢复线下教学。
      五、核酸检测
      1.解封后3天内，全市居民须完成两次核酸检测（即“三天两检”）。
      """
    let d = try measures(text).filter { $0.quote.hasPrefix("解封后") }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-18T12:00+08:00", "\(d.map(\.interval.effective.iso8601))")
    #expect(d.first?.interval.until?.iso8601 == "2022-06-21T12:00+08:00")
  }

  @Test func aSloganAboutTheLiftIsNoLift() throws {
    #expect(try measures("解封不是终点，防控不能松懈。").isEmpty)
  }
}
