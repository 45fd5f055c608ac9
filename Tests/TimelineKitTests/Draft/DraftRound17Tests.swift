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
