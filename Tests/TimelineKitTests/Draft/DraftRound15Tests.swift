import Foundation
import Testing

@testable import TimelineKit

// Fifteenth round: patterns found on the dev sets BD–BG (press transcripts, sector bureaus, posts on social media,
// policy interpretations) and older ones. Made-up sentences in the style of those genres: none is copied from the five
// source texts, the practice set or the sets' notices.

@Suite("Draft: a post that relays a district's zone list (emoji bullets, 【level】 headings, the district named in the lead)")
struct DraftRelayedZoneListTests {
  let text = """
    重磅！某某区最新通告
    某某发布 2022-07-03 21:40
    7月3日，中原区疫情防控指挥部发布第15号通告，决定自7月3日20时起，将以下区域划定为封控区和管控区，请居民积极配合。
    通告原文如下👇
    【封控区】
    📍柳林街道翠竹园小区
    📍柳林街道西湖村五组
    【管控区】
    📍柳林街道翠竹社区（封控区除外）
    【管控措施】
    ✅封控区：实行“区域封闭、足不出户、服务上门”。
    """

  func zones() throws -> [Draft] {
    try draft(text, published: "2022-07-03T21:40+08:00").drafts.filter { $0.subject.kind == .zone }
  }

  @Test func eachPlaceUnderALevelsHeadingIsAZone() throws {
    let z = try zones()
    #expect(z.map(\.quote) == ["柳林街道翠竹园小区", "柳林街道西湖村五组", "柳林街道翠竹社区（封控区除外）"], "\(z.map(\.quote))")
    #expect(z.map { $0.data["level"]?.stringValue } == ["sealed", "sealed", "controlled"], "\(z.map(\.data))")
    // The lead-in's start, though the lead-in ends with a full stop and a line announces the text below.
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-07-03T20:00+08:00" }, "\(spans(z))")
    // The district of the command that issued the relayed notice.
    #expect(z.allSatisfy { $0.subject.raw.hasPrefix("zone:zhongyuan/") }, "\(z.map(\.subject))")
  }

  @Test func emojiMarksMatchAsBullets() {
    #expect(BriefingText.normalize("📍") == "●")
    #expect(BriefingText.normalize("✅") == "●")
    #expect(BriefingText.normalize("1️⃣") == "●")
    // An arrow may say "to" (72→48): it stays.
    #expect(BriefingText.normalize("→") == "→")
  }

  @Test func aRelayedIssuerIsOneDistrictsCommand() throws {
    var p = ProposedCatalogue()
    let d = Drafter(catalogue: try DraftFixture.catalogue())
    #expect(d.relayedIssuer(Array("二七区疫情防控指挥部发布2022年第27号通告"), proposed: &p)?.key == "erqi")
    #expect(d.relayedIssuer(Array("郑州市疫情防控指挥部发布通告"), proposed: &p) == nil)
    #expect(d.relayedIssuer(Array("二七区在核酸筛查中发现阳性感染者2名"), proposed: &p) == nil)
  }
}

@Suite("Draft: daily testing of a zone type's people is a rule, not a round a day")
struct DraftZoneTypeTestingTests {
  @Test func zoneTypesTestedDailyAreARule() throws {
    let d = try draft("三、自7月17日起，封控区、管控区每天开展一轮核酸检测，防范区实行“隔天一检”，至7月23日24时止。", published: "2022-07-16T19:00+08:00").drafts
      .filter { $0.type != .briefingPublished }
    #expect(!d.contains { $0.type == .testingScheduled }, "\(d.map(\.subject))")
    #expect(d.contains { $0.type == .measureImposed && $0.interval.until?.iso8601 == "2022-07-24T00:00+08:00" }, "\(spans(d))")
  }

  @Test func aCityWideDailyScreeningIsStillOneRoundADay() throws {
    let d = try draft("11月25日至27日，全市每天开展一轮全员核酸检测。", published: "2022-11-24T20:00+08:00").drafts.filter { $0.type == .testingScheduled }
    #expect(d.count == 3, "\(spans(d))")
    #expect(Drafter.zoneTypeTestingRule("高风险区每天开展1次核酸检测") && !Drafter.zoneTypeTestingRule("全市每天开展一轮全员核酸检测"))
  }
}

@Suite("Draft: a press conference said aloud (a question, figures with the status after the number, zeros said with 没有)")
struct DraftSpokenReportTests {
  @Test func aQuestionRulesNothing() throws {
    let d = try draft("问：金水区柳湾社区调整为管控区后，居民可以下楼取快递了吗？\n答：可以。", published: "2022-04-09T20:15+08:00").drafts
      .filter { $0.type != .briefingPublished }
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func theStatusAfterTheNumber() throws {
    let d = try draft("今天0时到12时，全区又新增了3例本土无症状感染者，均在集中隔离点发现。目前已有17例治愈出院。", published: "2022-05-24T21:00+08:00")
      .drafts.filter { $0.subject.kind == .metric }
    #expect(d.contains { $0.quote == "全区又新增了3例本土无症状感染者" && $0.subject.raw.hasPrefix("metric:cases.asymptomatic.new@") }, "\(d.map(\.quote))")
    #expect(d.contains { $0.quote == "目前已有17例治愈出院" && $0.data["value"] == .number("17") }, "\(d.map(\.quote))")
  }

  @Test func zerosOfADistrictAndItsStreak() throws {
    let d = try draft("6月20日0—24时，上街区无新增本土感染者，这已是全区连续第6天无新增。在院患者中没有重症病例。", published: "2022-06-21T10:00+08:00")
      .drafts.filter { $0.subject.kind == .metric }
    #expect(
      d.contains { $0.quote == "无新增本土感染者" && $0.subject.raw == "metric:cases.positive.new@shangjie" && $0.data["value"] == .number("0") },
      "\(d.map(\.subject))")
    #expect(d.contains { $0.subject.raw == "metric:cases.zero-new.streak-days@shangjie" && $0.data["value"] == .number("6") }, "\(d.map(\.subject))")
    #expect(d.contains { $0.quote == "没有重症病例" && $0.data["value"] == .number("0") }, "\(d.map(\.quote))")
    // A condition is no figure.
    let c = try draft("对无新增感染者的小区，经评估后可解除管控。", published: "2022-06-21T10:00+08:00").drafts.filter { $0.subject.kind == .metric }
    #expect(c.isEmpty, "\(c.map(\.quote))")
  }
}

@Suite("Draft: a notice that says when all its measures end (以上措施暂定执行至…) ends each rule without an end of its own")
struct DraftNoticeEndTests {
  let text = """
    某某市文化广电和旅游局关于加强文旅场所防控的通知
    一、自9月3日起，全市图书馆、博物馆实行预约参观。
    二、剧院、影院继续暂停营业。
    三、景区内游乐项目自9月5日至9月6日暂停开放。
    以上措施暂定实施至9月10日24时，届时视情调整。
    """

  @Test func eachRuleEndsThen() throws {
    let d = try draft(text, published: "2022-09-02T17:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 3, "\(d.map(\.quote))")
    #expect(d.filter { $0.interval.until?.iso8601 == "2022-09-11T00:00+08:00" }.count == 2, "\(spans(d))")
    // A rule with its own end keeps it.
    #expect(d.contains { $0.interval.until?.iso8601 == "2022-09-07T00:00+08:00" }, "\(spans(d))")
  }

  @Test func theSentenceIsFoundAloneAndOnlyWhenItSpeaksOfTheNotice() throws {
    #expect(
      Drafter.inForceUntil(BriefingText("本通知有效期至12月31日。"), published: try Timestamp.parse("2022-12-01T10:00+08:00"))?.end.time.iso8601
        == "2023-01-01T00:00+08:00")
    #expect(Drafter.inForceUntil(BriefingText("封控区管控措施执行至9月10日24时。"), published: try Timestamp.parse("2022-09-02T10:00+08:00")) == nil)
  }
}

@Suite("Draft: a roundup relays a district's list under a line of its own (▶划定以下区域为封控区) with no colon")
struct DraftRoundupListTests {
  let text = """
    【今日要点】某日疫情防控信息汇总
    【中原区】划定封控区
    据中原区新冠肺炎疫情防控指挥部通告（第8号），自6月2日0时起：
    ▶划定以下区域为封控区
    柳林街道丰收苑小区
    柳林街道玉兰里小区3号楼、5号楼（桐柏路与华山路交叉口东南角）
    """

  @Test func eachLineIsAZoneOfTheRelayedDistrict() throws {
    let z = try draft(text, published: "2022-06-02T08:30+08:00").drafts.filter { $0.subject.kind == .zone }
    #expect(z.map(\.quote) == ["柳林街道丰收苑小区", "柳林街道玉兰里小区3号楼、5号楼（桐柏路与华山路交叉口东南角）"], "\(z.map(\.quote))")
    #expect(
      z.allSatisfy { $0.subject.raw.hasPrefix("zone:zhongyuan/") && $0.interval.effective.iso8601 == "2022-06-02T00:00+08:00" },
      "\(z.map(\.subject)) \(spans(z))")
  }

  @Test func aNoticeNamedWithoutSayingWhoRelaysItIsNoIssuer() throws {
    var p = ProposedCatalogue()
    let d = Drafter(catalogue: try DraftFixture.catalogue())
    #expect(d.relayedIssuer(Array("据中原区新冠肺炎疫情防控指挥部通告（第8号）"), proposed: &p)?.key == "zhongyuan")
    #expect(d.relayedIssuer(Array("中原区疫情防控指挥部通告要求各街道落实责任"), proposed: &p) == nil)
  }
}

@Suite("Draft: a school's testing on listed days with the hours in a field later in the sentence")
struct DraftListedDaysLaterHoursTests {
  @Test func oneRoundEachDayAtTheHoursGiven() throws {
    let text = "3.6月11日、12日，各校组织初三年级学生和教职工开展两轮核酸检测，采样时间均为7:30—17:30，可到就近的常态化核酸采样点采样。"
    let d = try draft(text, published: "2022-06-10T18:00+08:00").drafts.filter { $0.type == .testingScheduled }
    #expect(spans(d) == ["2022-06-11T07:30+08:00 2022-06-11T17:30+08:00", "2022-06-12T07:30+08:00 2022-06-12T17:30+08:00"], "\(spans(d))")
  }

  @Test func routineTestingIsStillARule() throws {
    let d = try draft("全市实行常态化核酸检测，6月11日起重点人群每天开展一次核酸检测。", published: "2022-06-10T18:00+08:00").drafts
    #expect(!d.contains { $0.type == .testingScheduled }, "\(d.map(\.type))")
  }
}

@Suite("Draft: what a speaker says was done, and an answer's tag, are no events")
struct DraftSpeakerTests {
  @Test func workDoneInTheFirstPersonIsNoFigure() throws {
    let text = "我们在每个小区设置了4个临时供应点，安排了12名志愿者上门服务。全区今天新增了1例本土无症状感染者。"
    let d = try draft(text, published: "2022-05-24T21:00+08:00").drafts.filter { $0.subject.kind == .metric }
    #expect(d.count == 1 && d[0].subject.raw.hasPrefix("metric:cases.asymptomatic.new@"), "\(d.map(\.quote))")
  }

  @Test func anAnswersTagOpensNothing() throws {
    let d = try draft("答：各区县主管部门要加强督导检查，对未落实要求的场所责令整改。", published: "2022-05-31T20:30+08:00").drafts
      .filter { $0.subject.kind == .measure }
    #expect(d.isEmpty, "\(d.map(\.quote))")
    #expect(VerbClass.isGuarded("答：请向所在社区报备。", sentence: true))
  }
}

@Suite("Draft: a post's title above its byline, its 【采样时间】 field and its recap (划重点)")
struct DraftPostLayoutTests {
  let text = """
    速看！中原区明天开展全员核酸检测，这些事项要注意→
    中原发布 2022-08-03 21:10
    经区疫情防控指挥部研究决定，8月4日在全区开展全员核酸检测。
    【采样时间】
    8月4日6:00—18:00
    【有关要求】
    采样期间，辖区各类经营场所暂停营业。
    划重点👇
    ▶8月4日6:00—18:00 全员核酸检测
    ▶采样期间经营场所暂停营业
    """

  @Test func theBodyAloneMakesTheRoundAndItsRule() throws {
    let d = try draft(text, published: "2022-08-03T21:10+08:00").drafts.filter { $0.type != .briefingPublished }
    let rounds = d.filter { $0.type == .testingScheduled }
    #expect(spans(rounds) == ["2022-08-04T06:00+08:00 2022-08-04T18:00+08:00"], "\(spans(rounds))")
    #expect(!d.contains { $0.quote.contains("这些事项") || $0.quote.hasPrefix("▶") }, "\(d.map(\.quote))")
    let rules = d.filter { $0.subject.kind == .measure }
    #expect(rules.count == 1 && rules[0].interval.effective.iso8601 == "2022-08-04T06:00+08:00", "\(rules.map(\.quote)) \(spans(rules))")
  }

  @Test func bylinesAndRecaps() {
    #expect(BriefingText.isByline(Array("原创 某某发布 2022-05-16 08:30 发表于河南")))
    #expect(!BriefingText.isByline(Array("2022-05-16，全市新增本土无症状感染者3例。")))
    #expect(Drafter.opensRecap("划重点👇") && !Drafter.opensRecap("划重点人群须每天参加核酸检测"))
  }
}

@Suite("Draft: a zone said in a bulleted line of a post is named without its bullet")
struct DraftBulletedZoneNameTests {
  @Test func theBulletIsNoPartOfThePlace() throws {
    let z = try draft("▶中原区柳林街道翠竹社区由中风险地区降为低风险地区，自6月8日0时起执行。", published: "2022-06-07T23:10+08:00").drafts
      .filter { $0.subject.kind == .zone }
    #expect(z.count == 1 && z[0].data["place"]?.stringValue?.hasPrefix("▶") == false, "\(z.map(\.data))")
    #expect(z.first?.data["place"]?.stringValue?.hasPrefix("中原区柳林街道翠竹社区") == true, "\(z.map(\.data))")
  }
}
