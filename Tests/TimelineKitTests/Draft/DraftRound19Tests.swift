import Foundation
import Testing

@testable import TimelineKit

// Nineteenth round: patterns found on the dev set BU (sector bureaus' notices, an operator's notice, a city's answers to
// residents' questions, a district's WeChat post). Made-up sentences in the style of those genres: none is copied from
// the five source texts, the practice set or the sets' notices.

@Suite("Draft: when — an operator's dated lead-in, the measures above, an item's own start, after a reopening")
struct DraftTimingRound19Tests {
  let operatorNotice = """
    某某长途客运公司
    关于调整部分客运班线的公告
    为做好疫情防控工作，自10月9日首班车起，我公司对部分客运班线作如下调整：
    一、暂停运营班线
    郑州至洛阳班线暂停运营。
    二、停靠站点调整
    郑州至开封班线途经中牟站时甩站运行。
    上述第一、二项调整暂定执行至10月15日24时。
    三、恢复运营班线
    郑州至许昌班线自10月9日首班车起恢复运营。
    四、乘车要求
    乘客乘车时须查验48小时内核酸检测阴性证明。
    """

  @Test func numberedSectionsAfterADatedLeadInHoldFromItsStart() throws {
    let d = try draft(operatorNotice, published: "2022-10-08T18:00+08:00").drafts.filter { $0.subject.kind == .measure }
    let suspended = d.filter { $0.quote.contains("洛阳") || $0.quote.contains("甩站") }
    #expect(suspended.count == 2, "\(d.map(\.quote))")
    #expect(spans(suspended) == Array(repeating: "2022-10-09T00:00+08:00 2022-10-16T00:00+08:00", count: 2), "\(spans(suspended))")
  }

  @Test func theEndOfTheMeasuresAboveEndsNoneBelow() throws {
    let d = try draft(operatorNotice, published: "2022-10-08T18:00+08:00").drafts.filter { $0.quote.contains("查验") }
    #expect(spans(d) == ["2022-10-09T00:00+08:00 -"], "\(spans(d))")
  }

  @Test func whatGoesOnUnderTheLeadInIsNoAdjustment() throws {
    let d = try draft(operatorNotice + "五、其他\n乘客仍须全程佩戴口罩。\n", published: "2022-10-08T18:00+08:00").drafts
      .filter { $0.quote.contains("仍须") }
    #expect(d.count == 1 && d[0].type == .measureRestated, "\(d.map(\.type))")
    #expect(spans(d) == ["2022-10-08T18:00+08:00 -"], "\(spans(d))")
  }

  @Test func bulletedItemsAfterTheLeadInTakeNoStartFromIt() throws {
    let d = try draft(
      """
      某区发布
      经研究，自10月9日20时起，对我区部分防控措施作如下调整：
      ◆ 辖区中小学暂停线下教学。
      ■ 其他提示
      ◆ 即日起，辖区棋牌室暂停营业。
      """, published: "2022-10-08T22:00+08:00"
    ).drafts.filter { $0.quote.contains("棋牌室") }
    #expect(spans(d) == ["2022-10-08T22:00+08:00 -"], "\(spans(d))")
  }

  @Test func anItemsLaterSentenceTakesTheStartItsFirstSentenceGaveItsSubject() throws {
    let d = try measures(
      """
      某市文化广电和旅游局关于恢复开放的通知
      一、公共文化场馆
      （一）全市各文化馆、图书馆自6月10日起恢复开放，实行预约入馆。入馆时须出示72小时内核酸检测阴性证明。
      """
    ).filter { $0.quote.hasPrefix("入馆") }
    #expect(spans(d) == ["2022-06-10T00:00+08:00 -"], "\(spans(d))")
  }

  /// The briefing of 2022-11-24: a numbered item that names the five days of its daily screening (`…，11月25日至11月29日，
  /// 每天开展一次核酸筛查`) gives no start to the later sentences of its paragraph; they hold for the five days.
  @Test func aSpansFirstDayInTheItemDoesNot() throws {
    let stem = "2022-11-24_press-conference-35"
    let path = DraftFixture.eventsDirectory + "/sources/\(stem).txt"
    let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
    let d = Drafter(catalogue: try DraftFixture.catalogue()).draft(text: text, source: stem, published: DraftCommand.dateAtStart(ofFileName: path)!)
      .drafts.filter { $0.quote.hasPrefix("中心城区各小区封闭管理") }
    #expect(spans(d) == ["2022-11-25T00:00+08:00 2022-11-30T00:00+08:00"], "\(spans(d))")
  }

  @Test func aRuleAfterTheReopeningStartsWithIt() throws {
    let d = try measures(
      """
      某市文化广电和旅游局关于恢复开放的通知
      一、自6月10日起，全市A级旅游景区恢复开放。
      二、开放后，景区内游船、观光车载客率不超过核定载客量的50%。
      """
    ).filter { $0.quote.hasPrefix("开放后") }
    #expect(spans(d) == ["2022-06-10T00:00+08:00 -"], "\(spans(d))")
  }

  @Test func fromTodayUntilTheTermItGivesItself() throws {
    let d = try measures("即日起暂停省际旅游包车业务，暂定至6月20日。")
    #expect(spans(d) == ["2022-06-04T20:00+08:00 2022-06-21T00:00+08:00"], "\(spans(d))")
  }
}

@Suite("Draft: what — a closure beside a round, a cap on those inside, a streak of tests, the rule for leavers, 仍执行")
struct DraftRulesRound19Tests {
  @Test func aClosureFirstIsARuleBesideTheRound() throws {
    let d = try draft(
      "自8月2日18时起，金水区某某批发市场暂停营业，对市场内所有经营户开展核酸检测。", published: "2022-08-02T20:00+08:00"
    ).drafts
    #expect(
      d.contains { $0.type == .measureImposed && $0.quote.contains("暂停营业") && !$0.subject.raw.hasPrefix("measure:testing.") },
      "\(d.map(\.subject.raw))")
    #expect(d.filter { $0.subject.raw.hasPrefix("measure:testing.") }.isEmpty, "\(d.map(\.subject.raw))")
  }

  @Test(arguments: ["商场内客流量不超过最大承载量的75%。", "每场演出观众人数不得超过座位数的50%。", "车厢载客量控制在额定载客量的50%以内。"])
  func aCapOnThoseInsideIsARule(_ s: String) throws {
    let d = try measures(s)
    #expect(d.count == 1 && d[0].type == .measureImposed, "\(d.map(\.type))")
  }

  @Test func aStreakOfTestsBeforeAReopeningIsNoFigure() throws {
    let d = try draft("某某农贸市场经全面消杀、连续3轮核酸检测结果均为阴性，自8月5日起恢复营业。").drafts
    #expect(d.filter { $0.type == .metricReported }.isEmpty, "\(d.map(\.subject.raw))")
    #expect(d.contains { $0.type == .measureLifted }, "\(d.map(\.type))")
  }

  @Test func theRuleForLeaversAfterTheCommaOfThePrinciple() throws {
    let d = try measures("答：需要。我市继续倡导“非必要不离郑”，确需离郑的，须持48小时内核酸检测阴性证明。")
    #expect(d.count == 1 && d[0].quote.contains("离郑"), "\(d.map(\.quote))")
    #expect(
      Drafter.splittingLeaversRule(0..<25, in: Array("我市倡导非必要不离郑，确需离郑的，须持48小时内核酸检测阴性证明。")).count == 2)
    #expect(Drafter.splittingLeaversRule(0..<20, in: Array("封控区居民足不出户，确需离开的，须经社区同意。")).count == 1)
  }

  @Test func whatStillAppliesIsRestated() throws {
    let d = try measures("医疗机构、养老机构等重点场所仍执行48小时核酸检测阴性证明查验。")
    #expect(d.count == 1 && d[0].type == .measureRestated, "\(d.map(\.type))")
  }

  @Test func whatAReopeningLeavesOutGoesOn() throws {
    let d = try measures("新郑市辖区内各类文化场馆不纳入本次开放范围，开放时间另行通知。")
    #expect(d.count == 1 && d[0].type == .measureRestated, "\(d.map(\.type))")
  }

  @Test(arguments: ["管控区居民隔天开展一次核酸检测。", "“白名单”企业员工每48小时进行一次核酸检测，由企业自行组织。", "居民每3天至少参加一次核酸检测。"])
  func everyOtherDayIsATestingRule(_ s: String) throws {
    let d = try measures(s)
    #expect(d.count == 1 && d[0].type == .measureImposed, "\(d.map(\.type))")
  }
}

@Suite("Draft: a testing frequency raised is amended")
struct DraftRaisedRound19Tests {
  @Test func aFrequencyRaised() throws {
    let d = try measures("冷链食品从业人员核酸检测频次由每周1次提高至每周2次。")
    #expect(d.count == 1 && d[0].type == .measureAmended, "\(d.map(\.type))")
  }
}

@Suite("Draft: each numbered item of a notice is a rule of its own, even under one catalogued subject")
struct DraftNumberedItemsRound19Tests {
  @Test func twoItemsOnTheBusesAreTwoRules() throws {
    let d = try measures(
      """
      某公交集团关于调整运营服务的公告
      一、定制公交线路暂停运营。
      二、桐柏公交枢纽站临时关闭。
      """
    ).filter { $0.subject.raw == "measure:transport.bus" }
    #expect(d.count == 2, "\(d.map(\.quote))")
  }

  @Test func theSameRuleToldTwiceOutsideItemsIsOne() throws {
    let d = try measures(
      """
      某区新闻发布会
      区交通运输局负责人介绍，定制公交线路暂停运营。
      记者提问后，他再次说明，定制公交线路暂停运营。
      """
    ).filter { $0.subject.raw == "measure:transport.bus" }
    #expect(d.count == 1, "\(d.map(\.quote))")
  }
}

@Suite("Draft: words that count nothing are no figures")
struct DraftTallyRound19Tests {
  @Test(arguments: ["目前只保留1个出入口，其余出入口一律关闭。", "目前共涉及9条公交线路。", "区内保留12家超市。"])
  func noFigure(_ s: String) throws {
    let d = try draft(s, published: "2022-06-02T20:00+08:00").drafts.filter { $0.type == .metricReported }
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func aCountedNounAfterAPlaceIsStillAFigure() throws {
    let d = try draft("截至6月2日，全区已设置便民核酸采样点326个。", published: "2022-06-02T20:00+08:00").drafts
      .filter { $0.type == .metricReported }
    #expect(d.count == 1 && d.first?.data["value"] == .number("326"), "\(d.map(\.quote))")
  }
}

@Suite("Draft: a regime changed from one thing to another (由…调整为…)")
struct DraftFromToRound19Tests {
  @Test func theOldRegimeIsNotTheSubject() throws {
    let d = try measures("自12月1日0时起，入境人员隔离管控措施由“8天集中隔离+3天居家健康监测”调整为“5天集中隔离+3天居家隔离”。")
    #expect(d.count == 1 && d[0].type == .measureAmended, "\(d.map(\.type))")
    #expect(d.first?.review?["reading"] == .string("入境人员隔离管控措施"), "\(d.map { $0.review?["reading"] })")
  }

  @Test func peopleOfAZoneChangingHowTheyAreIsolatedIsARule() throws {
    let d = try measures("中风险区外溢人员由“7天集中隔离”调整为“7天居家隔离”。")
    #expect(d.count == 1 && d[0].type == .measureAmended, "\(d.map(\.type))")
  }

  @Test func placesBeforeTheOldRuleLeaveItToNameWhatChanges() throws {
    let d = try measures("（二）上述4个村自7月3日起由每日一检调整为两天一检。")
    #expect(d.count == 1 && d[0].type == .measureAmended, "\(d.map(\.type))")
    #expect(d.first?.review?["reading"] == .string("每日一检"), "\(d.map { $0.review?["reading"] })")
  }

  @Test func aCompoundRegradedIsStillAZone() throws {
    let d = try draft("自5月3日0时起，金水区某某花园小区由中风险区调整为低风险区。", published: "2022-05-02T20:00+08:00").drafts
    #expect(d.contains { $0.type == .zoneRegraded } && !d.contains { $0.type.rawValue.hasPrefix("measure.") }, "\(d.map(\.type))")
  }
}

@Suite("Draft: a rule said to stand unchanged is restated")
struct DraftUnchangedRound19Tests {
  @Test(arguments: ["（二）非必要不离县的要求不变，确需离县的，须持48小时内核酸检测阴性证明。", "农村地区“喜事缓办”的规定不变。"])
  func unchanged(_ s: String) throws {
    let d = try measures(s)
    #expect(d.count == 1 && d[0].type == .measureRestated, "\(d.map(\.type))")
  }
}

@Suite("Draft: places a zone's move points back to (上述N个小区, 同步) are each a zone")
struct DraftPointsBackRound19Tests {
  @Test func aCountedListMovedTogether() throws {
    let d = try draft(
      "目前二七区某某路街道甲家园、管城回族区某某乡乙花园两个中风险区，同步调整为低风险区。", published: "2022-11-20T20:00+08:00"
    ).drafts.filter { $0.type == .zoneRegraded }
    #expect(d.map { $0.subject.raw.split(separator: "/")[0] } == ["zone:erqi", "zone:guancheng"], "\(d.map(\.subject.raw))")
  }

  @Test func theListBeforeItsStreakThenALiftAfter() throws {
    let d = try draft(
      """
      二七区疫情防控指挥部通告
      自11月21日0时起，某某路街道丙小区、某某街道丁府已连续7天无新增感染者，经评估，上述2个小区由高风险区降为低风险区，某某街道戊大厦解除封控。
      """, published: "2022-11-20T20:00+08:00"
    ).drafts
    #expect(d.filter { $0.type == .zoneRegraded }.count == 2, "\(d.map(\.type))")
    #expect(d.filter { $0.type == .zoneLifted }.count == 1, "\(d.map(\.type))")
  }
}

@Suite("Draft: each line of a list of daily rounds is a round")
struct DraftDailyRoundLinesRound19Tests {
  @Test func threeLinesThreeRounds() throws {
    let d = try draft(
      """
      某县疫情防控指挥部通告
      封控期间，全县每天开展一轮全员核酸检测，具体安排为：
      第一轮：6月3日7:00—15:00
      第二轮：6月4日7:00—15:00
      第三轮：6月5日7:00—15:00
      """, published: "2022-06-02T20:00+08:00"
    ).drafts.filter { $0.type == .testingScheduled }
    #expect(
      d.map(\.interval.effective.iso8601) == ["2022-06-03T07:00+08:00", "2022-06-04T07:00+08:00", "2022-06-05T07:00+08:00"],
      "\(d.map(\.quote))")
  }
}

@Suite("Draft: the end of the measures above, said as the last numbered item")
struct DraftNumberedEndRound19Tests {
  @Test func theLastItemEndsTheItemsAbove() throws {
    let d = try measures(
      """
      某县疫情防控指挥部通告
      自6月5日0时起，对全县部分防控措施作如下调整：
      一、县城公交暂停运营。
      二、全县棋牌室暂停营业。
      三、上述各项措施暂定执行至6月12日24时。
      """
    )
    #expect(d.count == 2 && d.allSatisfy { $0.interval.until?.iso8601 == "2022-06-13T00:00+08:00" }, "\(d.map { $0.interval.until?.iso8601 ?? "-" })")
  }
}

@Suite("Draft: a zero of those there are is as of the time the sentence gives")
struct DraftZeroAsOfRound19Tests {
  @Test func asOfTheSentencesTime() throws {
    let d = try draft("截至6月9日24时，全县在院治疗病例8例，暂无重症病例。", published: "2022-06-10T16:00+08:00").drafts
      .filter { $0.type == .metricReported && $0.data["value"] == .number("0") }
    #expect(d.count == 1 && d[0].interval.effective.iso8601 == "2022-06-10T00:00+08:00", "\(d.map(\.interval.effective.iso8601))")
  }
}
