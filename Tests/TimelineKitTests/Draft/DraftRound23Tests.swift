import Foundation
import Testing

@testable import TimelineKit

// Twenty-third round: patterns of notice language found on the dev sets (and the new dev set CC). Made-up sentences in
// the style of those genres: none is copied from the five source texts, the practice set or the sets' notices.

/// The drafts of made-up text of one type.
private func drafts(_ text: String, _ type: EventType, published: String = "2022-08-02T19:00+08:00") throws -> [Draft] {
  try draft(text, published: published).drafts.filter { $0.type == type }
}

/// What the drafter read a draft as (its review's `reading`).
private func reading(_ d: Draft) -> String { d.review?["reading"]?.stringValue ?? "" }

/// Each figure as "subject value".
private func values(_ d: [Draft]) -> [String] {
  d.map { "\($0.subject.raw) \($0.data["value"]?.intValue.map { "\($0)" } ?? "-")" }
}

@Suite("Draft: passes, testing rhythms and bans said with words the cue list lacked")
struct DraftRuleCuesRound23Tests {
  @Test func workersWhoKeepTheCityRunningPassWithTheirWorkId() throws {
    let text = "某区疫情防控指挥部通告\n静默期间，供水、供电、环卫等城市运行保障人员，凭所在单位开具的工作证明通行。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 1, "\(d.map(\.quote))")
  }

  @Test func aGroupTestedEveryWeekWithTheBareVerbIsARule() throws {
    let text = "某县教育局通知\n自9月5日起，全县中小学、幼儿园教职员工，每周检测2次。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.map(\.interval.effective.iso8601) == ["2022-09-05T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
    // (The count after the verb says how often; whom the rule is for names it.)
    #expect(d.first.map(reading)?.contains("教职员工") == true, "\(d.map(reading))")
  }

  @Test func aFloorOnHowOftenResidentsTestIsARuleAboutThem() throws {
    let d = try drafts("某区疫情防控指挥部通告\n9月6日起，辖区居民每三天至少检测一次。\n", .measureImposed)
    #expect(d.count == 1, "\(d.map(\.quote))")
    #expect(d.first.map(reading) == "居民", "\(d.map(reading))")
  }

  @Test func driversTestedEveryDaySaidAloudIsARule() throws {
    let d = try drafts("某区新闻发布会\n从明天起，区内出租车司机每天要做一次核酸检测。\n", .measureImposed)
    #expect(d.map(\.interval.effective.iso8601) == ["2022-08-03T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aClosureOfWhatIsOrganisedIsARule() throws {
    // (组织 after 暂停 is the act stopped, not a report of what the authorities organised.)
    let d = try drafts("某市文化广电和旅游局通知\n即日起，暂停组织广场舞比赛、书画展览等线下群众性文化活动。\n", .measureImposed)
    #expect(d.count == 1, "\(d.map(\.quote))")
  }

  @Test func whatTheAuthoritiesOrganisedIsStillNoRule() throws {
    let d = try drafts("某区疫情防控指挥部通告\n我区第一时间组织专班开展流调溯源工作。\n", .measureImposed)
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func aLongListOfShortNamesIsOneObject() throws {
    let text = "某市交通运输局通告\n12月6日20时起，机场高速甲乙收费站、绕城高速丙丁收费站、京港澳高速戊己收费站恢复开放。\n"
    let d = try drafts(text, .measureLifted)
    #expect(d.map(\.interval.effective.iso8601) == ["2022-12-06T20:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func thoseWhoMustLeaveTheCityAfterADatingClauseAreARule() throws {
    let text = "某市疫情防控指挥部通告\n10月1日至7日假期期间，确需离市人员须持24小时内核酸检测阴性证明。\n"
    let d = try drafts(text, .measureImposed)
    #expect(spans(d) == ["2022-10-01T00:00+08:00 2022-10-08T00:00+08:00"], "\(spans(d))")
  }

  @Test func anExceptionAfterARuleStaysItsException() throws {
    // (确需 after the rule it excepts: still one rule.)
    let text = "某区疫情防控指挥部通告\n辖区居民非必要不离开本区，确需离开的，须持48小时内核酸检测阴性证明。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 1, "\(d.map(\.quote))")
  }
}

@Suite("Draft: a day's later count, a group's daily tests, one round over two days")
struct DraftCountsAndRoundsRound23Tests {
  @Test func aLaterSentenceOfNewCasesCountsTheSameDay() throws {
    let text = """
      某市新闻发布会
      8月9日0时至24时，全市新增本土确诊病例3例，其中，甲区2例，乙区1例。新增本土无症状感染者7例，分布情况是：甲区4，乙区3。
      """
    let d = try drafts(text, .metricReported, published: "2022-08-10T16:00+08:00").filter { $0.subject.raw.contains("asymptomatic") }
    #expect(!d.isEmpty)
    #expect(d.allSatisfy { $0.interval.effective.iso8601.hasPrefix("2022-08-10T00:00") || $0.interval.effective.iso8601.hasPrefix("2022-08-09") }, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aCountInAParagraphOfItsOwnKeepsItsOwnTime() throws {
    // (A new paragraph: nothing carried.)
    let text = """
      某市新闻发布会
      8月9日0时至24时，全市新增本土确诊病例3例。
      新增本土无症状感染者7例。
      """
    let d = try drafts(text, .metricReported, published: "2022-08-10T16:00+08:00").filter { $0.subject.raw.contains("asymptomatic") }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-08-10T16:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func staffTestedDailyWithWhomTheyIncludeInBracketsIsARule() throws {
    let text = "某市卫生健康委员会通知\n自5月17日起，医疗机构工作人员（含第三方保洁、护工等）每天进行1次核酸检测。\n"
    #expect(try drafts(text, .testingScheduled).isEmpty)
    let d = try drafts(text, .measureImposed)
    #expect(d.map(reading) == ["医疗机构工作人员"], "\(d.map(reading))")
  }

  @Test func oneRoundSpreadOverTwoDaysIsOneRound() throws {
    let text = "某市疫情防控指挥部通告\n6月6日、7日两天全市开展一轮全员核酸检测，每日采样时间为7:00—20:00。\n"
    let d = try drafts(text, .testingScheduled, published: "2022-06-05T20:00+08:00")
    #expect(spans(d) == ["2022-06-06T07:00+08:00 2022-06-07T20:00+08:00"], "\(spans(d))")
  }

  @Test func aRoundOnEachDayStaysOneRoundADay() throws {
    let text = "某市疫情防控指挥部通告\n6月6日、7日全市各开展一轮全员核酸检测，采样时间均为7:00—20:00。\n"
    let d = try drafts(text, .testingScheduled, published: "2022-06-05T20:00+08:00")
    #expect(d.count == 2, "\(spans(d))")
  }
}

@Suite("Draft: groups of people listed with how often each is tested")
struct DraftTestedGroupsRound23Tests {
  let notice = """
    某市疫情防控指挥部通告
    三、重点人群检测频次
    自6月8日起，下列重点行业人员按以下频次参加核酸检测：
    1. 养老机构工作人员、快递分拣人员，每天1次；
    2. 出租车司机、餐饮服务人员，由每周1次调整为每2天1次；
    3. 机关单位工作人员，学校教职员工，每3天1次。
    四、其他事项
    """

  @Test func eachGroupIsATestingRuleFromTheLeadInsStart() throws {
    let d = try drafts(notice, .measureImposed, published: "2022-06-05T20:00+08:00")
    #expect(d.map(reading) == ["养老机构工作人员、快递分拣人员", "机关单位工作人员、学校教职员工"], "\(d.map(reading))")
    #expect(d.allSatisfy { $0.interval.effective.iso8601 == "2022-06-08T00:00+08:00" }, "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aFrequencyChangedIsAnAmendment() throws {
    let d = try drafts(notice, .measureAmended, published: "2022-06-05T20:00+08:00")
    #expect(d.map(reading) == ["出租车司机、餐饮服务人员"], "\(d.map(reading))")
  }
}
