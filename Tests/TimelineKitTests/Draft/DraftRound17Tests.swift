import Foundation
import Testing

@testable import TimelineKit

// Seventeenth round: patterns found on the dev sets BN and BO (command-office notices, press summaries and figure
// posts). Made-up sentences in the style of those genres: none is copied from the five source texts, the practice set
// or the sets' notices.

@Suite("Draft: what a rule is about — a verb before 的 describes, a condition names nothing, named venues apart")
struct DraftRuleObjectRound17Tests {
  @Test func aClosureBeforeDeDescribesTheMarketsThatReopen() throws {
    let d = try measures("此前因疫情关停的上街区槐荫农贸市场、荥阳市枣园农贸市场，经环境消杀并采样检测合格，自6月6日起恢复营业。")
    #expect(d.map(\.type) == [.measureLifted, .measureLifted], "\(d.map(\.type))")
    let names = d.compactMap { $0.review?["reading"]?.stringValue }
    #expect(names.count == 2 && names[0].contains("槐荫农贸市场") && names[1].contains("枣园农贸市场"), "\(names)")
    #expect(d.allSatisfy { $0.interval.effective.iso8601 == "2022-06-06T00:00+08:00" }, "\(spans(d))")
    #expect(d.map { $0.data["scope"]?.stringValue } == ["shangjie", "xingyang"], "\(d.map(\.data))")
  }

  @Test func aReopeningPutOffIsStillAReopeningByItsFirstVerb() throws {
    try expectOneMeasure("原定6月8日起恢复的郑州至许昌客运班线，推迟至6月12日起恢复。", .measureLifted)
  }

  @Test func aClauseOfWhatWasCheckedIsACondition() {
    #expect(Drafter.isConditionClause("经终末消毒和环境采样检测合格，"))
    #expect(Drafter.isConditionClause("经专家组评估"))
    #expect(!Drafter.isConditionClause("经开区各类门店暂停营业"))
    #expect(!Drafter.isConditionClause("经营场所一律查验健康码"))
  }

  @Test func peopleWhoMustAlsoShowAProofAreARuleOfTheirOwn() throws {
    let d = try measures("6月9日起，城郊铁路恢复运营，发车间隔调整为15分钟，同时进站乘客须出示72小时核酸检测阴性证明。")
    #expect(d.count == 2, "\(d.map(\.quote))")
    #expect(d.last?.type == .measureImposed, "\(d.map(\.type))")
    #expect(d.last?.subject.raw.hasPrefix("measure:testing.p-") == true, "\(d.map(\.subject))")
    // Without 同时 the proof is the reopening's condition.
    #expect(try measures("6月9日起，各类商场有序恢复营业，顾客须出示72小时核酸检测阴性证明。").count == 1)
  }

  @Test func theProofIsNamedFromItsCheck() {
    #expect(Drafter.testProof(in: "旅客须扫码、测温并查验24小时核酸阴性证明") == "查验24小时核酸阴性证明")
    #expect(Drafter.testProof(in: "师生须持48小时内核酸检测阴性证明返校") == "持48小时内核酸检测阴性证明")
    #expect(Drafter.testProof(in: "请市民主动参加核酸检测") == nil)
  }

  @Test func openingHoursSetAreARule() throws {
    try expectOneMeasure("管控期间，商超、便利店营业时间为每日9时至19时。", .measureImposed)
  }
}

@Suite("Draft: when — a round's field times the body's round, a missed deadline starts its penalty, a day heads figures")
struct DraftTimingRound17Tests {
  @Test func aSamplingFieldTimesTheRoundTheBodyAnnounced() throws {
    let d = try draft(
      """
      关于在金水区、惠济区开展区域核酸检测的通知
      经研究，决定8月3日在金水区、惠济区开展一轮区域核酸检测。有关事项通知如下：
      一、检测安排
      采样时间：8月3日7:00—17:00
      二、其他事项
      上街区同日对重点行业从业人员开展一次核酸检测。
      检测时段：8月3日9:00—11:00
      """, published: "2022-08-02T20:00+08:00"
    ).drafts.filter { $0.type == .testingScheduled }
    #expect(spans(d) == ["2022-08-03T07:00+08:00 2022-08-03T17:00+08:00", "2022-08-03T09:00+08:00 2022-08-03T11:00+08:00"], "\(spans(d))")
  }

  @Test func roundsOnEachDayListedAreOneADay() throws {
    let d = try draft("8月5日、8月7日在全区各开展一轮全员核酸检测。", published: "2022-08-04T20:00+08:00").drafts.filter {
      $0.type == .testingScheduled
    }
    #expect(d.map { $0.interval.effective.iso8601 } == ["2022-08-05T00:00+08:00", "2022-08-07T00:00+08:00"], "\(spans(d))")
  }

  @Test func aMissedDeadlineIsWhenItsPenaltyStarts() throws {
    let d = try measures("对8月3日17时前未参检的人员，健康码将赋黄码。")
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-08-03T17:00+08:00" && d[0].interval.until == nil, "\(spans(d))")
  }

  @Test func aSectionHeadedByADayDatesItsFigures() throws {
    let d = try draft(
      """
      某区疫情通报
      一、8月1日0时至24时
      全区新增本土无症状感染者6例。
      二、8月2日
      全区新增本土无症状感染者4例。
      """, published: "2022-08-03T07:00+08:00"
    ).drafts.filter { $0.subject.kind == .metric }
    #expect(d.map { $0.interval.effective.iso8601 } == ["2022-08-02T00:00+08:00", "2022-08-03T00:00+08:00"], "\(spans(d))")
    #expect(Drafter.isBareDay("8月1日0时至24时") && Drafter.isBareDay("（8月2日）") && !Drafter.isBareDay("8月2日疫情情况"))
  }

  @Test func workersTestedDailyFromADayIsARule() {
    #expect(Drafter.testingRhythm("各商场从业人员自8月1日起每日开展一次核酸检测"))
    #expect(!Drafter.testingRhythm("8月1日起全区每日开展一轮全员核酸检测"))
  }
}

@Suite("Draft: a question rules nothing, up to its answer")
struct DraftQuestionRound17Tests {
  @Test func aQuestionsOwnStatementIsNoRule() throws {
    let d = try measures(
      """
      问：此前全市中小学暂停线下教学。何时恢复？
      答：8月29日起，全市中小学恢复线下教学。
      """)
    #expect(d.count == 1 && d[0].quote.contains("8月29日起"), "\(d.map(\.quote))")
  }
}

@Suite("Draft: a reopening's timetable, rounds reported done, conditions met and a conference's framing")
struct DraftTimetableRound17Tests {
  @Test func eachLineOfAReturnTimetableReopensItsSchools() throws {
    let d = try draft(
      """
      惠济区教育局关于中小学分批返校的通知
      经区指挥部同意，全区中小学分批有序恢复线下教学。现将有关事项通知如下：
      一、返校时间
      9月5日：初三、高三；
      9月7日：其他年级。
      二、其他
      学校继续实行封闭管理。
      """, published: "2022-09-02T18:00+08:00"
    ).drafts.filter { $0.type == .measureLifted }
    #expect(d.map { $0.interval.effective.iso8601 } == ["2022-09-05T00:00+08:00", "2022-09-07T00:00+08:00"], "\(spans(d))")
    #expect(d.map(\.quote) == ["9月5日：初三、高三", "9月7日：其他年级"], "\(d.map(\.quote))")
    #expect(d.allSatisfy { $0.subject.raw.hasPrefix("measure:schools.") }, "\(d.map(\.subject))")
  }

  @Test func aRoundWithThePeopleActuallyTestedIsDone() throws {
    let d = try draft("9月3日，全区开展全员核酸检测，应检62.1万人，实检60.8万人。", published: "2022-09-04T07:00+08:00").drafts.filter {
      $0.subject.kind == .testing
    }
    #expect(d.count == 1 && d[0].type == .testingCompleted, "\(d.map(\.type))")
    #expect(d.first?.data["tested"] == .number("60.8") && d.first?.data["tested_unit"] == .string("万人"), "\(d.map(\.data))")
  }

  @Test func aConditionMetIsNoReopening() throws {
    #expect(try measures("经评估，部分小区已符合解封条件。").isEmpty)
    #expect(try measures("目前，全市公交车辆已完成消杀，具备恢复运营条件。").isEmpty)
  }

  @Test func aConferencesFramingNamesTopicsNotRules() throws {
    #expect(try measures("市商务局副局长某某介绍商场超市有序恢复营业的具体安排，并回答记者提问。").isEmpty)
  }
}

@Suite("Draft: a count since a day runs to its as-of time")
struct DraftSinceCountRound17Tests {
  @Test func aCountSinceADayIsAsOfItsCutOff() throws {
    let d = try draft("截至7月9日24时，我市已累计排查7月4日以来有外省旅居史的来郑人员1520人，其中核酸检测阳性3例。", published: "2022-07-10T17:00+08:00")
      .drafts.filter { $0.subject.kind == .metric }
    #expect(!d.isEmpty && d.allSatisfy { $0.interval.effective.iso8601 == "2022-07-10T00:00+08:00" }, "\(spans(d))")
  }
}

@Suite("Draft: a section on the sampling period, and a code's pop-up")
struct DraftSamplingSectionRound17Tests {
  let notice = """
    关于在上街区开展区域核酸检测的通告
    经研究，决定8月9日在上街区开展一轮区域核酸检测。现将有关事项通告如下：
    一、检测安排
    采样时间：8月9日7:00—19:00
    二、采样期间有关要求
    （一）全区居民除参加核酸检测、就医外，原则上居家。
    （二）全区各类公共场所继续查验48小时内核酸检测阴性证明。
    """

  @Test func theSectionsRulesHoldForTheRoundsHoursUnlessTheyGoOn() throws {
    let d = try draft(notice, published: "2022-08-08T20:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(spans(d) == ["2022-08-09T07:00+08:00 2022-08-09T19:00+08:00", "2022-08-08T20:00+08:00 -"], "\(spans(d))")
  }

  @Test func aCodesPopUpIsAPenalty() throws {
    let d = try measures("自8月10日起，超过72小时未检测的，健康码将出现弹窗提醒。")
    #expect(d.count == 1 && d[0].subject.raw.hasPrefix("measure:health-code."), "\(d.map(\.subject))")
  }
}

@Suite("Draft: duties of those who oversee or trade, and a legal warning, are no rules")
struct DraftGuardsRound17Tests {
  @Test func dutiesOfThoseWhoOverseeOrTradeAreNoRules() throws {
    #expect(try measures("市场监管等主管部门要加强巡查，对落实不力的，责令暂停营业。").isEmpty)
    #expect(try measures("各区县（市）、各部门不得擅自扩大管控范围。").isEmpty)
  }

  @Test func aLegalWarningDropsOnlyItsOwnClause() throws {
    let d = try measures("对拒不参加本轮核酸检测的人员，健康码将赋为黄码，并承担相应法律责任。")
    #expect(d.count == 1 && d[0].subject.raw.hasPrefix("measure:health-code"), "\(d.map(\.subject))")
    #expect(try measures("拒不执行隔离措施的，须承担法律责任。").isEmpty)
  }
}
