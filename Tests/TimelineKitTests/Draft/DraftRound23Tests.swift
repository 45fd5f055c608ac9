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
    #expect(
      d.allSatisfy { $0.interval.effective.iso8601.hasPrefix("2022-08-10T00:00") || $0.interval.effective.iso8601.hasPrefix("2022-08-09") },
      "\(d.map(\.interval.effective.iso8601))")
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

  @Test func aDistrictsListHoldsInTheDistrict() throws {
    let d = try drafts(notice.replacingOccurrences(of: "某市疫情防控指挥部通告", with: "中原区疫情防控指挥部通告"), .measureImposed, published: "2022-06-05T20:00+08:00")
    #expect(d.map { $0.data["scope"]?.stringValue } == ["zhongyuan", "zhongyuan"], "\(d.map(\.data))")
  }

  @Test func aFrequencyChangedIsAnAmendment() throws {
    let d = try drafts(notice, .measureAmended, published: "2022-06-05T20:00+08:00")
    #expect(d.map(reading) == ["出租车司机、餐饮服务人员"], "\(d.map(reading))")
  }
}

@Suite("Draft: the rest of an area given a level, and zones a lead-in lifts on its own line")
struct DraftRestOfAreaRound23Tests {
  @Test func theRestOfADistrictIsAZoneOfItsLevel() throws {
    let text = """
      中原区疫情防控指挥部通告
      一、自6月13日0时起，将某某街道甲乙小区划定为封控区。
      二、除上述封控区以外的中原区其他区域为防范区。
      """
    let d = try drafts(text, .zoneDesignated, published: "2022-06-12T22:00+08:00").filter { $0.quote.contains("其他区域") }
    #expect(d.count == 1 && d[0].data["level"]?.stringValue == "precaution", "\(d.map(\.data))")
  }

  @Test func theRestOfAStreetIsAZoneToo() throws {
    let d = try drafts("金水区疫情防控指挥部通告\n三、某某街道其余区域为低风险区。\n", .zoneDesignated)
    #expect(d.count == 1 && d[0].data["level"]?.stringValue == "low-risk", "\(d.map(\.data))")
  }

  @Test func theRestHoldsFromWhenTheZonesItSetsAsideWereDesignated() throws {
    let text = """
      中原区疫情防控指挥部通告
      （一）自11月15日22时起，将以下区域划定为高风险区：
      1. 某某街道甲乙小区3号楼；
      2. 某某街道丙丁家园5号楼。
      （二）同时，我区除上述高风险区以外的其他区域均为低风险区。
      """
    let d = try drafts(text, .zoneDesignated, published: "2022-11-15T22:40+08:00").filter { $0.quote.contains("其他区域") }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-11-15T22:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aStreetBefore和AndItsCompoundAreOnePlace() throws {
    let text = "管城回族区疫情防控指挥部通告\n自11月25日18时起，将以下区域划定为高风险区：某某街道丙丁小区、紫辰路街道和苑新村。\n"
    let d = try drafts(text, .zoneDesignated, published: "2022-11-25T17:00+08:00")
    #expect(d.map(\.quote) == ["某某街道丙丁小区", "紫辰路街道和苑新村"], "\(d.map(\.quote))")
  }

  @Test func theRestNamedByNoPlaceIsInTheNoticesDistrict() throws {
    // (其他区域 is no district of its own.)
    let d = try drafts("金水区疫情防控指挥部通告\n自5月9日0时起，上述区域以外的其他区域均为低风险区。\n", .zoneDesignated)
    #expect(d.map(\.subject.raw).allSatisfy { $0.hasPrefix("zone:jinshui/") } && d.count == 1, "\(d.map(\.subject.raw))")
  }

  @Test func theRestAfterACountOfZonesIsNoZone() throws {
    // (A daily report sums up the zones it counts.)
    let d = try drafts("金水区疫情防控指挥部通报\n截至目前，全区共涉及小区26个，其余区域均为低风险区。\n", .zoneDesignated)
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func zonesALeadInLiftsOnItsOwnLineAreLiftedOneByOne() throws {
    let text = "二七区疫情防控指挥部通告\n经评估，以下高风险区已达到解除条件，自11月23日18时起解除：甲街道乙小区2号楼，丙街道丁家园8号楼、9号楼，戊街道己小区15号楼。\n"
    let d = try drafts(text, .zoneLifted, published: "2022-11-23T21:00+08:00")
    #expect(d.map(\.quote) == ["甲街道乙小区2号楼", "丙街道丁家园8号楼、9号楼", "戊街道己小区15号楼"], "\(d.map(\.quote))")
    #expect(d.allSatisfy { $0.interval.effective.iso8601 == "2022-11-23T18:00+08:00" })
    #expect(try drafts(text, .measureLifted, published: "2022-11-23T21:00+08:00").isEmpty)
    // (The lift read as a rule, then left out for its zones, proposes no catalogue entry.)
    #expect(try draft(text, published: "2022-11-23T21:00+08:00").proposed.measures.isEmpty)
  }
}

@Suite("Draft: a spoken script's items, 其中 after a rule, work resumed, leaving the city after a zone's regime")
struct DraftItemsAndClausesRound23Tests {
  @Test func aSpokenItemsRulesTakeItsStart() throws {
    let text = """
      某某镇疫情防控指挥部广播稿
      第一件事，村里设卡。从今天（10月19日）中午12点起，各村只留一个进出口。外来车辆一律不准进村。

      第二件事，学校停课。
      """
    let d = try drafts(text, .measureImposed, published: "2022-10-19T07:30+08:00").filter { $0.quote.contains("外来车辆") }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-10-19T12:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func thoseStillNotTestedAreWhomAPenaltyIsFor() throws {
    let text = "某区新闻发布会\n9月25日下午5点以后仍然没有参加本轮筛查的，健康码将被赋为黄码。\n"
    #expect(try drafts(text, .measureRestated, published: "2022-09-24T16:00+08:00").isEmpty)
    let d = try drafts(text, .measureImposed, published: "2022-09-24T16:00+08:00")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-09-25T17:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func noSevereNorCriticalCasesQuotesBoth() throws {
    let d = try drafts("某市新闻发布会\n目前，在院治疗的病例中，没有重症和危重症病例。\n", .metricReported)
    #expect(d.count == 1 && d[0].quote.contains("危重症"), "\(d.map(\.quote))")
  }

  @Test func aPartTheSentenceBeforeSinglesOutHoldsFromItsTime() throws {
    let text = """
      某市新闻发布会
      自9月26日起，某某区中小学暂停线下教学，实行线上教学。其中，高三年级不停课，实行校内封闭管理。
      """
    let d = try drafts(text, .measureImposed, published: "2022-09-24T16:00+08:00").filter { $0.quote.contains("高三") }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-09-26T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func workResumedIsALift() throws {
    let d = try drafts("某区疫情防控指挥部通告\n其余企业自5月12日起复工复产。\n", .measureLifted)
    #expect(d.map(\.interval.effective.iso8601) == ["2022-05-12T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func repairWorkIsNoWorkResumed() throws {
    // (修复工作, 恢复工作: 复 and 工 of other words.)
    let text = "某市城市管理局通报\n据了解，某处理场的生态修复工作采取覆盖膜、加盖调节池等方式，已完成主体施工。\n"
    #expect(try drafts(text, .measureLifted).isEmpty)
    #expect(try drafts(text, .measureAmended).isEmpty)
  }

  @Test func firmsThatResumedWorkNameWhomARuleIsFor() throws {
    let text = "某区疫情防控指挥部通告\n复工企业员工实行“两点一线”管理。\n"
    #expect(try drafts(text, .measureLifted).isEmpty)
    #expect(try drafts(text, .measureImposed).count == 1)
  }

  @Test func leavingTheCityWithProofAfterAZonesRegimeIsARuleOfItsOwn() throws {
    let text = "某区疫情防控指挥部通告\n低风险区实行“个人防护、避免聚集”，人员离开本市须持48小时内核酸检测阴性证明。\n"
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 2, "\(d.map(reading))")
  }
}

@Suite("Draft: rules whose words hid them (前往 after a ban, a deadline in the verb's words, a proof and what it lets them do)")
struct DraftHiddenRulesRound23Tests {
  @Test func aBanOnGoingSomewhereIsARule() throws {
    // (前 of 前往 is no moment after the ban's cue.)
    let d = try drafts("某区疫情防控指挥部通告\n其间，居民不得前往商场、超市等人员密集场所。\n", .measureImposed)
    #expect(d.count == 1, "\(d.map(\.quote))")
  }

  @Test func aDeadlineInsideTheRuleLeavesItsObject() throws {
    let text = "某区疫情防控指挥部通告\n上述小区解封后，居民须于10月28日24时前完成两次核酸检测。\n"
    let d = try drafts(text, .measureImposed, published: "2022-10-26T18:00+08:00")
    #expect(d.map(\.interval.until?.iso8601) == ["2022-10-29T00:00+08:00"], "\(spans(d))")
  }

  @Test func whatAProofLetsThemDoNamesTheRule() throws {
    let r = try draft("某区疫情防控指挥部通告\n居民凭48小时内核酸检测阴性证明有序出入小区。\n")
    #expect(r.drafts.filter { $0.type == .measureImposed }.count == 1)
    #expect(r.proposed.measures.map(\.zh) == ["出入小区"], "\(r.proposed.measures.map(\.zh))")
  }

  @Test func aRuleBeforeARequestToThePublicStands() throws {
    let text = "某市新闻发布会\n从明天开始，两个区的商场、超市在入口要查验48小时内核酸检测阴性证明，请大家出门前算好时间。\n"
    let d = try drafts(text, .measureImposed, published: "2022-05-05T11:30+08:00")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-05-06T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
    // (要 before the verb is no part of what the rule is about.)
    #expect(d.map(reading).allSatisfy { !$0.hasSuffix("要") }, "\(d.map(reading))")
  }

  @Test func anExtensionToATimeKeepsItsObject() throws {
    let text = "管城回族区疫情防控指挥部通告\n（四）因该区域仍有阳性感染者检出，管城回族区紫荆山南路街道甲乙丙丁小区高风险区管控期限由10月14日24时延长至10月17日24时。\n"
    #expect(try drafts(text, .measureAmended, published: "2022-10-14T20:00+08:00").count == 1)
  }

  @Test func aRequestAloneStaysNoRule() throws {
    let text = "某市新闻发布会\n商场、超市人流较多，请大家出门前算好时间，错峰前往。\n"
    #expect(try drafts(text, .measureImposed).isEmpty)
  }
}

@Suite("Draft: a reopening on the condition of a test's proof is amended")
struct DraftReopeningOnProofRound23Tests {
  @Test func aLineReopenedForPassengersWithAProofIsAmended() throws {
    let text = "某市交通运输局通告\n自10月19日首班车起，某市至某县的客运班线恢复运营，乘客须持48小时内核酸检测阴性证明乘车。\n"
    #expect(try drafts(text, .measureLifted, published: "2022-10-18T18:00+08:00").isEmpty)
    let d = try drafts(text, .measureAmended, published: "2022-10-18T18:00+08:00")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-10-19T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aProofNoLongerCheckedIsNoCondition() throws {
    // (不再查验: what the lift drops, not a condition it sets.)
    let text = "某区疫情防控指挥部通告\n自6月6日起，辖区公园恢复开放，入园不再查验核酸检测阴性证明。\n"
    #expect(try drafts(text, .measureAmended, published: "2022-06-05T18:00+08:00").isEmpty)
  }
}

@Suite("Draft: speakers who assess first, rules said with 坚持, organs' functions, words of use and delay")
struct DraftSpeakersAndWordsRound23Tests {
  @Test func aSpeakerWhoAssessesFirstStillRules() throws {
    let text = "某市新闻发布会\n市教育局副局长 某某某：根据疫情形势研判，全市高三、初三年级6月13日起恢复线下教学。\n"
    let d = try drafts(text, .measureLifted, published: "2022-06-09T21:30+08:00")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-13T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aSpeakerWhoSaysSoWithAnAssessmentStillRules() throws {
    let text = "某市新闻发布会\n市教育局负责人表示，综合研判当前疫情形势，全市中小学继续实行线上教学。\n"
    #expect(try drafts(text, .measureRestated, published: "2022-06-09T21:30+08:00").count == 1)
  }

  @Test func anAssessmentAloneIsStillNoRule() throws {
    let text = "某市新闻发布会\n市疾控中心负责人表示，综合研判当前疫情形势，社会面传播风险总体可控。\n"
    #expect(try drafts(text, .measureImposed).isEmpty)
    #expect(try drafts(text, .measureRestated).isEmpty)
  }

  @Test func aRuleThatGoesOnSaidWith坚持IsRestated() throws {
    let text = "某区疫情防控指挥部通告\n此前已解封区域的居民仍须坚持“一日一检”，至6月12日24时。\n"
    let d = try drafts(text, .measureRestated, published: "2022-06-09T21:30+08:00")
    #expect(spans(d) == ["2022-06-09T21:30+08:00 2022-06-13T00:00+08:00"], "\(spans(d))")
  }

  @Test func anOrgansFunctionIsNoAppsFeature() throws {
    let d = try drafts("某市卫生健康委员会通知\n自5月17日起，全市医疗机构暂停口腔洁牙、肺功能检查等非必需诊疗服务。\n", .measureImposed)
    #expect(d.map(\.interval.effective.iso8601) == ["2022-05-17T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aPointOutOfUseAndAStartPutOffAreClosures() throws {
    #expect(try drafts("某市地铁集团通告\n其间，北广场网约车上客点同步停用。\n", .measureImposed).count == 1)
    #expect(try drafts("某市教育局通知\n即日起，全市中小学秋季开学时间推迟，具体开学时间另行通知。\n", .measureImposed).count == 1)
  }

  @Test func whoMustTestAfterBuyingIsNamedByTheirTest() throws {
    // (Whatever type the logs' subjects make it: the rule is drafted, from its day.)
    let r = try draft("某市市场监督管理局通告\n4月9日起，购买上述四类药品的人员须在购药后24小时内完成一次核酸检测。\n")
    let d = r.drafts.filter { $0.subject.kind == .measure }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-04-09T00:00+08:00"], "\(d.map(\.type))")
  }

  @Test func checksAtAVillageGateSaidAloudAreARule() throws {
    #expect(try drafts("某某镇广播稿\n本村人进出村要扫码、测体温、登记。\n", .measureImposed).count == 1)
  }

  @Test func 要扫码Inside需要IsNoCueOfItsOwn() throws {
    let text = "某市疫情防控指挥部通告\n针对“入市人员”，对省外入市车辆司乘人员，都需要扫码测温，中高风险地区还需要提供48小时内核酸检测阴性证明。\n"
    // (The one rule is the proof asked for, not a fragment "都需" before a cue found inside 需要.)
    let d = try drafts(text, .measureImposed)
    #expect(d.count == 1 && !d.map(reading).contains { $0.hasSuffix("需") }, "\(d.map(reading))")
  }

  @Test func aSpanARuleIsDoneWithinLeavesItsName() throws {
    let r = try draft("某市市场监督管理局通告\n购买四类药品的人员须在购药后24小时内完成一次核酸检测。\n")
    #expect(r.proposed.measures.map(\.zh) == ["在购药后完成一次核酸检测"], "\(r.proposed.measures.map(\.zh))")
  }
}
