import Foundation
import Testing

@testable import TimelineKit

// Sixteenth round: patterns found on the dev sets (county notices, posts, press transcripts, school and testing
// notices). Made-up sentences in the style of those genres: none is copied from the five source texts, the practice
// set or the sets' notices.

@Suite("Draft: zone lists in more layouts (commas in an item, 和 before the last place, a post's dated lines)")
struct DraftZoneLayoutTests {
  func zones(_ text: String, published: String) throws -> [Draft] {
    try draft(text, published: published).drafts.filter { $0.subject.kind == .zone }
  }

  @Test func placesPartedByCommasInANumberedItemAreZones() throws {
    let z = try zones(
      """
      新密市新冠肺炎疫情防控指挥部关于划定高风险区的通告
      自2022年8月2日18时起，将以下区域划定为高风险区：
      1. 青石街道：银杏里小区全域，桂园巷8号院；
      2. 来集镇：下王庄村，岳沟村二组。
      """, published: "2022-08-02T20:00+08:00")
    #expect(z.map(\.quote) == ["银杏里小区全域", "桂园巷8号院", "下王庄村", "岳沟村二组"], "\(z.map(\.quote))")
    #expect(z.allSatisfy { $0.subject.raw.hasPrefix("zone:xinmi/") && $0.data["level"]?.stringValue == "high-risk" }, "\(z.map(\.subject))")
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-08-02T18:00+08:00" }, "\(spans(z))")
  }

  @Test func anInlineListSplitsAtHeAndKeepsItsBrackets() throws {
    let z = try zones(
      "登封市新冠肺炎疫情防控指挥部通告\n自9月3日12时起，将嵩阳街道玉兰苑小区（2号楼除外）、少林街道北关村沿街门面（东街至西街段）和卢店镇石门村划定为中风险区。",
      published: "2022-09-03T13:00+08:00")
    #expect(z.count == 3, "\(z.map(\.data))")
    let places = z.compactMap { $0.data["place"]?.stringValue }
    #expect(places.contains("卢店镇石门村"), "\(places)")
    #expect(z.first?.data["exclusions"] == .array([.string("2号楼")]), "\(z.map(\.data))")
  }

  @Test func aPlaceNamedHePingIsNotCutAtHe() {
    let t = "将黄河街道和平里社区划定为高风险区"
    let p = BriefingText(t).paragraphs[0]
    let r = p.text.firstRange(of: "黄河")!
    let lo = p.text.distance(from: p.text.startIndex, to: r.lowerBound)
    let hi = p.text.distance(from: p.text.startIndex, to: p.text.firstRange(of: "划定")!.lowerBound)
    #expect(Drafter.placeItems(p.slice(lo..<hi)).count == 1)
  }

  @Test func aDatedLineDatesTheListsUnderItAndItsPlacesTakeTheCountyOfTheByline() throws {
    let z = try zones(
      """
      好消息！部分区域今晚解封
      中牟县融媒体中心 2022-10-06 17:00
      一、风险区域调整
      自10月6日20时起：
      📍以下区域解除封控：
      广惠街道梨花苑小区
      📍以下区域由封控区调整为管控区：
      韩寺镇东营村
      """, published: "2022-10-06T17:00+08:00")
    #expect(z.map(\.type) == [.zoneLifted, .zoneRegraded], "\(z.map(\.type))")
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-10-06T20:00+08:00" }, "\(spans(z))")
    #expect(z.allSatisfy { $0.subject.raw.hasPrefix("zone:zhongmu/") }, "\(z.map(\.subject))")
  }

  @Test func aDistrictsAccountNamesTheIssuer() throws {
    let d = Drafter(catalogue: try DraftFixture.catalogue())
    #expect(d.accountDistrict(Array("金水发布 2022-11-21 19:00"))?.key == "jinshui")
    #expect(d.accountDistrict(Array("郑东发布 2022-11-21 19:00"))?.key == "zhengdong")
    // The city's account is no district's.
    #expect(d.accountDistrict(Array("郑州发布 2022-11-21 19:00")) == nil)
    // A line that is no byline names no account.
    #expect(d.accountDistrict(Array("金水发布通告")) == nil)
  }

  @Test func aNewLevelWithItsCountHeadsTheLinesUnderIt() throws {
    let z = try zones(
      """
      通报
      经专家研判，自6月2日16时起，新增高风险区2个：
      中原区桐柏街道榆林苑小区
      二七区京广街道樱桃沟社区
      同时，管城回族区紫荆山街道南关社区由高风险区调整为低风险区。
      """, published: "2022-06-02T19:00+08:00")
    #expect(z.map(\.type) == [.zoneDesignated, .zoneDesignated, .zoneRegraded], "\(z.map(\.type))")
    // 同时 is the moment of the list before it.
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-02T16:00+08:00" }, "\(spans(z))")
  }

  @Test func twoJiangClausesMoveTwoPlaces() throws {
    let z = try zones(
      "二七区新冠肺炎疫情防控指挥部通告\n▶自6月9日18时起，将淮河路街道杏林苑小区划定为封控区，将其所在的杏林社区（杏林苑小区除外）划定为管控区；",
      published: "2022-06-09T20:00+08:00")
    #expect(z.map { $0.data["level"]?.stringValue } == ["sealed", "controlled"], "\(z.map(\.data))")
    #expect(z.last?.data["place"]?.stringValue == "杏林社区", "\(z.map(\.data))")
    #expect(z.last?.data["exclusions"] == .array([.string("杏林苑小区")]), "\(z.map(\.data))")
    // Both quote the whole part, with the time that opens it.
    #expect(z.allSatisfy { $0.quote.hasPrefix("▶自6月9日18时起") }, "\(z.map(\.quote))")
  }

  @Test func aPlaceThatMeetsTheConditionIsLiftedByTheClauseAfter() throws {
    let z = try zones(
      "金水区新冠肺炎疫情防控指挥部通告\n▶经评估，丰庆路街道庆丰苑小区已符合解除条件，自7月20日18时起解除管控。",
      published: "2022-07-20T20:00+08:00")
    #expect(z.map(\.type) == [.zoneLifted], "\(z.map(\.type))")
  }

  @Test func aMoveToldAsTheMomentAfterItIsNoNewMove() throws {
    let z = try zones(
      "中牟县新冠肺炎疫情防控指挥部通告\n东营村调整为管控区后，管控措施由“足不出户”调整为“人不出区”。", published: "2022-10-06T17:00+08:00")
    #expect(z.isEmpty, "\(z.map(\.quote))")
  }

  @Test func levelsNamedTogetherAreASchemeNotAMove() throws {
    let z = try zones("金水区疫情防控指挥部办公室答疑\n答：根据最新要求，我区风险区已经统一调整为高风险区和低风险区两类。", published: "2022-11-21T19:00+08:00")
    #expect(z.isEmpty, "\(z.map(\.quote))")
  }

  @Test func placesToldOneByOneInSpeech() throws {
    let z = try zones(
      """
      惠济区新冠肺炎疫情防控新闻发布会
      主持人：下面请通报区域管控措施。
      自今天18时起，对以下区域实施分区分类管控。
      封控区有两个：一个是古荥镇东赵村，一个是长兴路街道秀水苑小区3号楼。
      防范区是古荥镇、长兴路街道除封控区以外的区域。
      """, published: "2022-06-20T21:00+08:00")
    #expect(z.map { $0.data["level"]?.stringValue } == ["sealed", "sealed", "precaution"], "\(z.map(\.data))")
    #expect(z.first?.data["place"]?.stringValue == "古荥镇东赵村", "\(z.map(\.data))")
    #expect(z.allSatisfy { $0.subject.raw.hasPrefix("zone:huiji/") }, "\(z.map(\.subject))")
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-20T18:00+08:00" }, "\(spans(z))")
  }

  @Test func aCasesMovementsAreNoNoticesPeriod() throws {
    let z = try zones(
      """
      上街区新冠肺炎疫情防控新闻发布会
      该感染者6月15日至17日，每天8时乘公交车上班。
      自今天16时起，将以下区域划定为封控区：
      1.济源路街道桃园村
      """, published: "2022-06-18T19:00+08:00")
    #expect(spans(z) == ["2022-06-18T16:00+08:00 -"], "\(spans(z))")
  }
}

@Suite("Draft: a time and a scope that head bulleted items date them, and only them")
struct DraftTimeScopeLeadInTests {
  let text = """
    某县通告
    自10月7日0时起，全县（封控区、管控区除外）：
    ✅商超、药店恢复正常营业；
    ✅城乡公交线路恢复运营。
    全县中小学继续实行线上教学。
    """

  @Test func theItemsTakeTheLeadInsTimeAndTheLineAfterThemDoesNot() throws {
    let d = try draft(text, published: "2022-10-06T17:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 3, "\(d.map(\.quote))")
    #expect(spans(d) == ["2022-10-07T00:00+08:00 -", "2022-10-07T00:00+08:00 -", "2022-10-06T17:00+08:00 -"], "\(spans(d))")
  }
}

@Suite("Draft: testing — batches of a round, rhythms of a group, rounds completed with samples")
struct DraftTestingRound16Tests {
  @Test func eachBatchOfARoundIsARoundOfItsPlaces() throws {
    let d = try draft(
      """
      荥阳市新冠肺炎疫情防控指挥部办公室关于开展第四轮区域核酸检测的通告
      经研究，决定于11月5日至6日开展第四轮区域核酸检测。
      一、采样安排
      （一）11月5日8:00—12:00：京城路街道、豫龙镇；
      （二）11月6日7:00—19:00：高山镇、刘河镇。
      """, published: "2022-11-04T18:00+08:00"
    ).drafts.filter { $0.type == .testingScheduled }
    #expect(spans(d) == ["2022-11-05T08:00+08:00 2022-11-05T12:00+08:00", "2022-11-06T07:00+08:00 2022-11-06T19:00+08:00"], "\(spans(d))")
    #expect(Set(d.map(\.subject)).count == 2)
  }

  @Test func aGroupsRhythmOfTestsIsARule() throws {
    #expect(Drafter.testingRhythm("自6月1日起，返校年级教职员工每天开展一次核酸检测"))
    #expect(Drafter.testingRhythm("学生每周开展两次核酸检测"))
    #expect(!Drafter.testingRhythm("6月1日至3日，全市每天开展一轮全员核酸检测"))
    let d = try draft("自6月1日起，返校年级教职员工每天开展一次核酸检测，由学校统一组织。", published: "2022-05-28T20:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(d.map(\.type) == [.measureImposed], "\(d.map(\.type))")
  }

  @Test func aRoundCompletedWithSamplesCounted() throws {
    let d = try draft("10月20日，我市完成第三轮区域核酸检测，共采集样本48.2万份，检出阳性2例。", published: "2022-10-21T18:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(d.contains { $0.type == .testingCompleted }, "\(d.map(\.type))")
  }

  @Test func aRoundHereAndRoutineTestingElsewhereIsARound() throws {
    let d = try draft("▶6月3日6时至18时，惠济区开展全员核酸检测，其他区县（市）按常态化核酸检测要求进行。", published: "2022-06-02T19:00+08:00").drafts.filter {
      $0.type != .briefingPublished
    }
    #expect(d.map(\.type) == [.testingScheduled], "\(d.map(\.type))")
  }
}

@Suite("Draft: rules in school and bureau notices")
struct DraftSchoolRulesRound16Tests {
  @Test func aSecondSubjectWithAVerbOfAnotherClassIsAnotherRule() throws {
    let d = try draft("暂停举办运动会、家长会等聚集性活动，课后托管服务暂不开展。", published: "2022-05-28T20:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(d.map(\.type) == [.measureImposed, .measureRestated], "\(d.map(\.type))")
  }

  @Test func conductAtTheTableDropsOnlyItsClause() throws {
    let d = try draft("学校食堂实行分餐制、错峰就餐，就餐时不交谈。", published: "2022-05-28T20:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(d.map(\.type) == [.measureImposed], "\(d.map(\.type))")
  }

  @Test func theReturnNamedAsAThingIsNoReopening() throws {
    let d = try draft("▶全市各高校原定9月上旬的学生返校工作暂缓进行，具体时间另行通知。", published: "2022-08-30T19:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(d.map(\.type) == [.measureImposed], "\(d.map(\.type))")
    let e = try draft("返校初期，请家长多关注孩子的情绪变化。", published: "2022-08-30T19:00+08:00").drafts.filter { $0.type != .briefingPublished }
    #expect(e.isEmpty, "\(e.map(\.type))")
  }
}

@Suite("Draft: a district's post reports the city's figures where it names the city")
struct DraftCityFiguresInADistrictsPostTests {
  @Test func theCityNamedBeforeTheFigureIsItsScope() throws {
    let d = try draft(
      """
      速看！
      金水发布 2022-07-20 21:00
      据郑州市卫健委通报，昨日0—24时，郑州市新增本土确诊病例2例、本土无症状感染者4例。
      """, published: "2022-07-20T21:00+08:00"
    ).drafts.filter { $0.subject.kind == .metric }
    #expect(d.count == 2 && d.allSatisfy { $0.subject.raw.hasSuffix("@city") }, "\(d.map(\.subject))")
  }
}

@Suite("Draft: two rules on one object in one notice are two drafts")
struct DraftTwoRulesOnOneObjectTests {
  @Test func aMarketsEntryRuleAndItsSuspendedTradeAreBothKept() throws {
    let d = try draft(
      """
      郑州市商务局关于加强农贸市场疫情防控工作的通知
      一、农贸市场实行“单进单出”，入口安排专人查验健康码。
      二、全市农贸市场暂停活禽交易和现场宰杀。
      """, published: "2022-08-01T20:00+08:00"
    ).drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 2, "\(d.map(\.quote))")
  }
}

@Suite("Draft: a post's bullet is no part of a proposed subject's name")
struct DraftProposedLabelBulletTests {
  @Test func theBulletIsDropped() throws {
    let r = try draft("某县通告\n✅理发店、洗浴中心恢复正常营业；", published: "2022-10-06T17:00+08:00")
    let labels = r.proposed.measures.map(\.zh)
    #expect(!labels.isEmpty && labels.allSatisfy { !$0.hasPrefix("●") && !$0.hasPrefix("✅") }, "\(labels)")
  }
}
