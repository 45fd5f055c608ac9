import Foundation
import Testing

@testable import TimelineKit

// Made-up sentences in the style of official notices: none is copied from the five source texts or the practice set.

private let eventsDirectory = DraftFixture.eventsDirectory
@Suite("Draft: frames carry context across paragraphs")
struct DraftFrameTests {
  @Test func sectionMarks() {
    #expect(SectionMark.at(Array("一、封控区：")) == SectionMark(rank: 1, length: 2))
    #expect(SectionMark.at(Array("（三）自6月5日起")) == SectionMark(rank: 2, length: 3))
    #expect(SectionMark.at(Array("2.6月5日12时起")) == SectionMark(rank: 3, length: 2))
    #expect(SectionMark.at(Array("(4)公交")) == SectionMark(rank: 3, length: 3))
    #expect(SectionMark.at(Array("6月5日起")) == nil)
  }

  @Test func aZoneLevelHeadingMakesEachItemAZone() throws {
    let text = """
      自2022年6月4日22时起，对以下区域实施分类管控。
      一、封控区：金水区花溪街道松柏苑小区；二七区长江路街道梧桐里小区3号楼。
      封控区实行“足不出户、上门服务”。
      二、管控区：金水区花溪街道（松柏苑小区除外）。
      """
    let d = try draft(text).drafts
    let zones = d.filter { $0.type == .zoneDesignated }
    #expect(zones.map { $0.data["district"] } == [.string("jinshui"), .string("erqi"), .string("jinshui")])
    #expect(zones.map { $0.data["level"] } == [.string("sealed"), .string("sealed"), .string("controlled")])
    #expect(zones.allSatisfy { $0.interval.effective.iso8601 == "2022-06-04T22:00+08:00" })
    #expect(zones[0].quote == "金水区花溪街道松柏苑小区")
    #expect(zones[2].data["exclusions"] == .array([.string("松柏苑小区")]))
    // The rule under the level's section takes the level as its scope and the section's start.
    let rule = try #require(d.first { $0.type == .measureImposed })
    #expect(rule.data["scope"] == .string("zones:sealed"))
    #expect(rule.interval.effective.iso8601 == "2022-06-04T22:00+08:00")
  }

  @Test func aListUnderItsOpeningSentenceLiftsEachItem() throws {
    let text = """
      一、解除封控区域
      自6月5日零时起，以下区域解除封控：
      1.管城区南关街道榆林苑小区；
      2.惠济区古荥镇柿园村。
      二、其他事项
      1.自6月6日起，全市健身房有序开放。
      """
    let d = try draft(text).drafts
    let lifted = d.filter { $0.type == .zoneLifted }
    #expect(lifted.map { $0.data["district"] } == [.string("guancheng"), .string("huiji")])
    #expect(lifted.allSatisfy { $0.interval.effective.iso8601 == "2022-06-05T00:00+08:00" })
    // The next section of the same rank closes the list: its item is a rule, not a zone.
    #expect(d.contains { $0.type == .measureLifted && $0.interval.effective.iso8601 == "2022-06-06T00:00+08:00" })
  }

  @Test func samplingFieldsMakeOneRound() throws {
    let text = """
      关于开展第二轮全员核酸检测的通告
      一、第二轮全员核酸检测
      采样时间：6月6日8:00开始，20:00结束。
      采样范围：金水区全域。
      采样对象：范围内全体居民。
      """
    let d = try draft(text).drafts
    let rounds = d.filter { $0.type == .testingScheduled }
    #expect(rounds.count == 1)
    let r = try #require(rounds.first)
    #expect(r.interval.effective.iso8601 == "2022-06-06T08:00+08:00")
    #expect(r.interval.until?.iso8601 == "2022-06-06T20:00+08:00")
    #expect(r.data["scope"] == .string("jinshui"))
    #expect(r.data["round"] == .number("2"))
    #expect(r.subject.raw == "testing:2022-06-round-2")
  }

  @Test func theNoticePeriodIsWhatQiJianMeans() throws {
    let text = """
      决定自6月5日零时至6月7日24时，对管城区实行临时性管控措施。现通告如下：
      （一）其间，管城区居民原则上居家。
      """
    let d = try draft(text).drafts
    let rule = try #require(d.first { $0.quote.contains("其间") })
    #expect(rule.interval.effective.iso8601 == "2022-06-05T00:00+08:00")
    #expect(rule.interval.until?.iso8601 == "2022-06-08T00:00+08:00")
  }

  @Test func sameTimeSlotPointsBackToTheRuleBefore() throws {
    let text = """
      （一）6月6日8时至18时，金水区居民原则上居家。
      （二）同一时段内，金水区商场暂停营业。
      """
    let d = try draft(text).drafts
    let mall = try #require(d.first { $0.quote.contains("商场") })
    #expect(mall.interval.effective.iso8601 == "2022-06-06T08:00+08:00")
    #expect(mall.interval.until?.iso8601 == "2022-06-06T18:00+08:00")
  }
}

@Suite("Draft: figures from their parts")
struct DraftFigurePartTests {
  @Test func composedKeys() {
    #expect(Drafter.composedKey("新增本土确诊病例", inherited: nil)?.key == "cases.confirmed.new")
    #expect(Drafter.composedKey("累计报告本土无症状感染者", inherited: nil)?.key == "cases.asymptomatic.cumulative")
    #expect(Drafter.composedKey("本土无症状感染者", inherited: "cumulative")?.key == "cases.asymptomatic.cumulative")
    #expect(Drafter.composedKey("累计治愈出院", inherited: nil)?.key == "cases.discharged.cumulative")
    #expect(Drafter.composedKey("集中隔离", inherited: nil)?.key == "quarantine.centralised")
    #expect(Drafter.composedKey("采样点位", inherited: nil) == nil)
  }

  @Test func bareNumbersAfterAHeaderInheritItsKeyUnitAndTime() throws {
    let text = "6月3日0—24时，全市新增本土确诊病例9例、无症状感染者4例。确诊9例分布：金水区6、管城区3；无症状感染者4例分布：惠济区4。"
    let d = try draft(text).drafts.filter { $0.type == .metricReported }
    let byScope = Dictionary(d.map { ($0.subject.raw, $0) }, uniquingKeysWith: { a, _ in a })
    let j = try #require(byScope["metric:cases.confirmed.new@jinshui"])
    #expect(j.data["value"] == .number("6"))
    #expect(j.data["unit"] == .string("例"))
    #expect(j.quote == "金水区6")
    #expect(j.interval.effective.iso8601 == "2022-06-04T00:00+08:00")
    #expect(j.data["period_start"] == .string("2022-06-03T00:00+08:00"))
    #expect(byScope["metric:cases.confirmed.new@guancheng"]?.data["value"] == .number("3"))
    // The second figure of a 、 list inherits the qualifier of the first.
    #expect(byScope["metric:cases.asymptomatic.new@city"]?.data["value"] == .number("4"))
    #expect(byScope["metric:cases.asymptomatic.new@huiji"]?.quote == "惠济区4")
    // The header repeats a figure already reported: it is not a second draft.
    #expect(d.filter { $0.subject.raw == "metric:cases.confirmed.new@city" }.count == 1)
  }

  @Test func bracketedItemsWithNewDistrictsAreProposed() throws {
    let text = "截至6月3日24时，累计报告本土确诊病例15例（其中青溪区9例、白石县6例）。"
    let r = try draft(text)
    let items = r.drafts.filter { $0.type == .metricReported && !$0.subject.raw.hasSuffix("@city") }
    #expect(items.map(\.quote) == ["青溪区9例", "白石县6例"])
    #expect(items.allSatisfy { $0.subject.raw.hasPrefix("metric:cases.confirmed.cumulative@d-") })
    #expect(r.proposed.scopes.map(\.zh) == ["青溪区", "白石县"])
    #expect(r.proposed.scopes.map(\.kind) == [.district, .county])
  }

  @Test func zeroAsNegationAndStreaks() throws {
    let text = "目前在院治疗的确诊病例12例，未发现重症病例。青溪区、白石县已连续6天零新增。"
    let d = try draft(text).drafts.filter { $0.type == .metricReported }
    let severe = try #require(d.first { $0.quote == "未发现重症病例" })
    #expect(severe.data["value"] == .number("0"))
    let streaks = d.filter { $0.subject.raw.hasPrefix("metric:cases.zero-new.streak-days@") }
    #expect(streaks.count == 2)
    #expect(streaks.allSatisfy { $0.data["value"] == .number("6") && $0.data["unit"] == .string("天") })
  }

  @Test func manyDaysWithoutANumberIsNoFigure() throws {
    let d = try draft("相关区域已连续多日无新增阳性感染者。").drafts
    #expect(!d.contains { $0.type == .metricReported })
  }

  @Test func aCountedNounAfterTheMeasureWord() throws {
    let d = try draft("全市共设置2150个便民采样点。").drafts
    let m = try #require(d.first { $0.type == .metricReported })
    #expect(m.data["value"] == .number("2150"))
    #expect(m.review?["reading"] == nil || m.subject.raw.hasPrefix("metric:testing."))
  }
}

@Suite("Draft: testing rounds")
struct DraftTestingRoundTests {
  @Test func aRoundSinceADayIsACompletedRound() throws {
    let d = try draft("自6月1日第三轮全员核酸检测以来，全市未发现新的社会面感染者。").drafts
    let r = try #require(d.first { $0.type == .testingCompleted })
    #expect(r.data["round"] == .number("3"))
    #expect(r.interval.effective.iso8601 == "2022-06-01T00:00+08:00")
  }

  @Test func aSentenceGivingTheSamplingTimeIsARound() throws {
    let d = try draft("其间，管城区每天开展一轮全员核酸检测。首轮采样时间为6月6日7:00至12:00，采样点位另行通知。").drafts
    let r = try #require(d.first { $0.type == .testingScheduled })
    #expect(r.data["label"] == .string("首轮采样"))
    #expect(r.interval.effective.iso8601 == "2022-06-06T07:00+08:00")
    #expect(r.interval.until?.iso8601 == "2022-06-06T12:00+08:00")
    // The daily testing itself is a rule.
    #expect(d.contains { $0.type == .measureImposed && $0.quote.hasPrefix("其间") })
  }

  @Test func anyTestingWithAStartVerbAndATimeIsARound() throws {
    let d = try draft("6月6日8时起，金水区对重点行业从业人员开展核酸检测。").drafts
    #expect(d.contains { $0.type == .testingScheduled && $0.interval.effective.iso8601 == "2022-06-06T08:00+08:00" })
  }

  @Test func aPenaltyOnThisRoundTakesItsStart() throws {
    let text = """
      一、第二轮全员核酸检测
      采样时间：6月6日8:00开始，20:00结束。
      二、有关要求
      不参加本轮检测的人员，健康码将被赋为黄码。
      """
    let d = try draft(text).drafts
    let p = try #require(d.first { $0.subject.kind == .measure })
    #expect(p.interval.effective.iso8601 == "2022-06-06T08:00+08:00")
  }
}

extension DraftFigurePartTests {
  @Test func zeroNewWithoutAStreakIsAZero() throws {
    let d = try draft("6月3日，白石县实现零新增。").drafts.filter { $0.type == .metricReported }
    let z = try #require(d.first)
    #expect(d.count == 1)
    #expect(z.data["value"] == .number("0"))
    #expect(z.subject.raw.hasPrefix("metric:cases.positive.new@d-"))
    #expect(z.interval.effective.iso8601 == "2022-06-04T00:00+08:00")
  }
}

extension DraftFigurePartTests {
  @Test func aLaterAsOfTimeIsForTheFiguresAfterIt() throws {
    let d = try draft("6月2日，全市新增本土确诊病例7例，截至6月3日18时，已发现初筛阳性11例。").drafts.filter { $0.type == .metricReported }
    #expect(d.first { $0.data["value"] == .number("7") }?.interval.effective.iso8601 == "2022-06-03T00:00+08:00")
    #expect(d.first { $0.data["value"] == .number("11") }?.interval.effective.iso8601 == "2022-06-03T18:00+08:00")
  }

  @Test func aCountedNounAfterAVerbLabel() throws {
    let d = try draft("全市共抽调2300名机关干部下沉社区。").drafts.filter { $0.type == .metricReported }
    #expect(d.first?.data["value"] == .number("2300"))
  }
}

extension DraftTestingRoundTests {
  @Test func aSummaryOfRoundsSchedulesNone() throws {
    let d = try draft("自6月1日上午开始至6月4日15时，全市共组织开展了3轮全员核酸检测。").drafts
    #expect(!d.contains { $0.type == .testingScheduled })
  }
}

extension DraftFrameTests {
  @Test func levelAndDistrictHeadingsFrameTheItemsUnderThem() throws {
    let text = """
      自6月5日20时起，对以下区域实施分类管控：
      一、封控区
      （一）金水区
      1.花溪街道松柏苑小区；
      2.文化路街道梧桐里小区。
      （二）二七区
      1.长江路街道枫林苑小区。
      二、其他措施
      1.金水区健身房暂停营业。
      """
    let d = try draft(text).drafts
    let z = d.filter { $0.type == .zoneDesignated }
    #expect(z.map { $0.data["district"] } == [.string("jinshui"), .string("jinshui"), .string("erqi")])
    #expect(z.allSatisfy { $0.data["level"] == .string("sealed") && $0.interval.effective.iso8601 == "2022-06-05T20:00+08:00" })
    #expect(d.contains { $0.type == .measureImposed && $0.quote.contains("健身房") })
  }
}

extension DraftFigurePartTests {
  @Test func allInOneDistrictIsTheFiguresScope() throws {
    let d = try draft("6月3日0—24时，全市新增本土确诊病例2例（均在管城区）。").drafts.filter { $0.type == .metricReported }
    #expect(d.map(\.subject.raw) == ["metric:cases.confirmed.new@guancheng"])
  }

  @Test func noDeathsIsAZero() throws {
    let d = try draft("目前在院治疗确诊病例9例，无死亡病例。").drafts.filter { $0.type == .metricReported }
    #expect(d.contains { $0.quote == "无死亡病例" && $0.data["value"] == .number("0") })
    // 无症状 is a status, not a negation.
    #expect(!d.contains { $0.quote.hasPrefix("无症状") })
  }
}

extension DraftTestingRoundTests {
  @Test func aTimeSectionTimesTheRoundTheNoticeOpenedWith() throws {
    let text = """
      经研究，决定于6月6日在全市范围内开展新一轮全员核酸检测。现将有关事项通告如下：
      一、检测时间
      6月6日7时至21时。
      二、有关要求
      （一）检测期间，全市餐饮服务单位暂停堂食。
      （二）对不参加本轮检测的人员，赋黄码管理。
      """
    let d = try draft(text).drafts
    let rounds = d.filter { $0.type == .testingScheduled }
    #expect(rounds.count == 1)
    #expect(rounds.first?.interval.effective.iso8601 == "2022-06-06T07:00+08:00")
    #expect(rounds.first?.interval.until?.iso8601 == "2022-06-06T21:00+08:00")
    let dining = try #require(d.first { $0.subject.raw == "measure:dining.dine-in" })
    #expect(dining.interval.effective.iso8601 == "2022-06-06T07:00+08:00")
    #expect(dining.interval.until?.iso8601 == "2022-06-06T21:00+08:00")
    let penalty = try #require(d.first { $0.quote.contains("黄码") })
    #expect(penalty.interval.effective.iso8601 == "2022-06-06T07:00+08:00")
    #expect(penalty.review?["reading"] == .string("赋黄码管理"))
  }
}

extension DraftFrameTests {
  @Test func listItemsTakeTheNoticesStartWhenTheirHeadingHasNone() throws {
    let text = """
      经研究决定，自6月7日零时起，对以下区域风险等级进行调整：
      一、以下区域由高风险区调整为中风险区：
      1.金水区花溪街道松柏苑社区；
      2.中原区林山寨街道。
      二、继续实施的措施
      （一）中风险区继续实行“人不出区、错峰取物”。
      """
    let d = try draft(text).drafts
    let z = d.filter { $0.type == .zoneRegraded }
    #expect(z.count == 2)
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-07T00:00+08:00" && $0.data["from_level"] == .string("high-risk") })
    let rule = try #require(d.first { $0.type == .measureRestated })
    #expect(rule.data["scope"] == .string("zones:medium-risk"))
    #expect(rule.review?["reading"] == .string("人不出区、错峰取物"))
  }
}

extension DraftFigurePartTests {
  @Test func theMoreSpecificStatusWins() {
    #expect(Drafter.composedKey("解除医学观察的无症状感染者", inherited: nil)?.key == "cases.released.cumulative")
    #expect(Drafter.composedKey("累计排查次密切接触者", inherited: nil)?.key == "cases.secondary-contacts.cumulative")
    #expect(Drafter.composedKey("累计排查密切接触者", inherited: nil)?.key == "cases.close-contacts.cumulative")
  }

  @Test func samplesAreCountedInFen() {
    let f = FigureRecogniser.figures(in: Array("共采集核酸样本312.5万份"))
    #expect(f.map { $0.value + "|" + $0.unit } == ["312.5|万份"])
  }
}

extension DraftFrameTests {
  @Test func groupsOfPlacesByDistrictUnderALevelHeading() throws {
    let text = """
      自6月5日18时起，现将高、中风险区公布如下：
      一、高风险区（共3个）
      金水区：花溪街道松柏苑社区、文化路街道梧桐里社区；二七区：长江路街道枫林苑小区。
      二、中风险区（共1个）
      惠济区：刘寨街道。
      """
    let z = try draft(text).drafts.filter { $0.type == .zoneDesignated }
    #expect(z.map { $0.data["district"] } == [.string("jinshui"), .string("jinshui"), .string("erqi"), .string("huiji")])
    #expect(z.map { $0.data["level"] } == [.string("high-risk"), .string("high-risk"), .string("high-risk"), .string("medium-risk")])
    #expect(z.map(\.quote) == ["花溪街道松柏苑社区", "文化路街道梧桐里社区", "长江路街道枫林苑小区", "刘寨街道"])
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-05T18:00+08:00" })
  }
}

extension DraftFigurePartTests {
  @Test func aNamedPartOfAFigureKeepsItsParentsKey() throws {
    let d = try draft("6月3日，全市新增阳性病例120例，其中社会面新增15例。").drafts.filter { $0.type == .metricReported }
    #expect(d.map(\.subject.raw) == ["metric:cases.positive.new@city", "metric:cases.positive.new-community@city"])
    #expect(d.map { $0.interval.effective.iso8601 } == ["2022-06-04T00:00+08:00", "2022-06-04T00:00+08:00"])
  }
}
