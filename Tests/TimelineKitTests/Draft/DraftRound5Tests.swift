import Foundation
import Testing

@testable import TimelineKit

// Issue 14, fifth round of patterns measured on the leave-one-briefing-out evaluation. Made-up sentences in the style
// of official notices: none is copied from the five source texts or the practice set.

private func label(_ r: DraftResult, _ d: Draft) -> String? {
  let key = String(d.subject.raw.drop { $0 != ":" }.dropFirst().prefix { $0 != "@" })
  return r.proposed.measures.first { $0.key == key }?.zh ?? r.proposed.metrics.first { $0.key == key }?.zh
}

@Suite("Draft: a goal guards its own clause, not the rule before it")
struct DraftGoalClauseTests {
  @Test(arguments: [
    "全市农贸市场暂停营业，确保人员不聚集。",
    "各区开通了心理援助热线，确保群众诉求及时得到回应。",
  ])
  func theRuleBeforeTheGoalIsDrafted(_ text: String) throws {
    let d = try measures(text)
    #expect(d.count == 1 && d.first?.type == .measureImposed, "\(d.map(\.subject.raw))")
  }

  @Test(arguments: [
    "确保全市生活物资供应充足、价格稳定。",
    "力争在3天内完成全部小区的物资配送，做到应保尽保。",
    "确保各小区开通配送专线，做到不漏一户。",
  ])
  func aSentenceThatOpensWithAGoalIsNone(_ text: String) throws {
    #expect(try measures(text).isEmpty)
  }
}

@Suite("Draft: a testing word inside a relative clause is not a round")
struct DraftTestingRelativeClauseTests {
  @Test func peopleWhoseTestsMeetTheRulesAreNoRound() throws {
    let r = try draft("3月2日起，严禁对核酸检测结果符合要求的货车司机进行拦截。")
    #expect(!r.drafts.contains { $0.type == .testingScheduled }, "\(r.drafts.map(\.subject.raw))")
    #expect(r.drafts.contains { $0.type == .measureImposed })
  }

  @Test func aRoundWithItsVerbStillIs() throws {
    let r = try draft("3月2日8时起，在全市范围内开展新一轮核酸检测。")
    #expect(r.drafts.contains { $0.type == .testingScheduled }, "\(r.drafts.map(\.subject.raw))")
  }
}

@Suite("Draft: a date that stands as its own clause after a purpose of several clauses opens the sentence")
struct DraftDateAfterPurposeTests {
  @Test func theDateIsTheRulesStart() throws {
    let d = try measures("为保障生活物资运输，维护道路畅通，3月5日，市指挥部发出通知，严禁擅自设卡拦截货运车辆。")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-03-05T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func aDateInsideAClauseDoesNotStandAlone() {
    #expect(Drafter.dateStandsAlone(Array("3月5日，市指挥部发出通知"), at: 0))
    #expect(!Drafter.dateStandsAlone(Array("3月5日市指挥部发出通知，"), at: 0))
    #expect(!Drafter.dateStandsAlone(Array("3月5日以来到过该市的人员，"), at: 0))
  }
}

@Suite("Draft: a quoted slogan that counts its rules names them")
struct DraftCountedSloganTests {
  @Test func theRulesAfterTheSloganAreDrafted() throws {
    let r = try draft("市指挥部明确要求“两严禁”，即严禁擅自设卡拦截货运车辆，严禁随意劝返持有效证明的司机。")
    let d = r.drafts.filter { $0.subject.kind == .measure }
    #expect(!d.isEmpty)
    #expect(d.allSatisfy { label(r, $0).map { !$0.contains("要求") } ?? true }, "\(d.map { label(r, $0) ?? $0.subject.raw })")
  }
}

@Suite("Draft: services opened under quoted names, and lines the public may call")
struct DraftServiceNameTests {
  @Test func quotedNamesJoinedByHeAreOneServiceEach() throws {
    let r = try draft("6月3日，“示例通”小程序上线了“老人就医专区”和“药品代购服务”。")
    let labels = r.drafts.filter { $0.subject.kind == .measure }.compactMap { label(r, $0) }
    #expect(labels == ["老人就医专区", "药品代购服务"], "\(labels)")
  }

  @Test func quotedNames() {
    #expect(Drafter.quotedNames(Array("“老人就医专区”和“药品代购服务”")) == [Array("老人就医专区"), Array("药品代购服务")])
    // One name, or names with words between them, stay one object.
    #expect(Drafter.quotedNames(Array("“老人就医专区”")) == nil)
    #expect(Drafter.quotedNames(Array("“老人就医专区”服务和“代购”")) == nil)
  }

  @Test(arguments: [
    ("群众遇到物价问题，可拨打0371-12345价格投诉热线反映。", "0371-12345价格投诉热线"),
    ("外地货车司机如遇通行困难，可拨打24小时物流保障电话96110及时求助。", "24小时物流保障电话96110"),
  ])
  func aLineThePublicMayCallIsAService(_ c: (String, String)) throws {
    let r = try draft(c.0)
    let labels = r.drafts.filter { $0.subject.kind == .measure }.compactMap { label(r, $0) }
    #expect(labels == [c.1], "\(labels)")
  }

  @Test(arguments: [
    "如有疑问，请拨打12345热线咨询。",
    "居民可拨打社区工作人员的手机预约上门采样。",
  ])
  func anExhortationOrNoLineIsNone(_ text: String) throws {
    let r = try draft(text)
    #expect(
      !r.drafts.contains { $0.subject.kind == .measure && (label(r, $0)?.contains("热线") ?? false || label(r, $0)?.contains("手机") ?? false) },
      "\(r.drafts.map(\.subject.raw))")
  }
}

@Suite("Draft: a sentence opening with 其中 details the one before, in its period")
struct DraftDetailSentenceTests {
  @Test func itTakesThePeriodTheSentenceBeforeNamed() throws {
    let d = try measures("6月5日零时至6月7日24时，全市实行临时交通管制。其间，居民购买生活物资有两种方式。其中，各大超市提供送货上门服务。")
      .filter { $0.quote.hasPrefix("其中") }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-05T00:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func withoutAPeriodBeforeItKeepsPublication() throws {
    let d = try measures("6月5日零时至6月7日24时，全市实行临时交通管制。居民购买生活物资有两种方式。其中，各大超市提供送货上门服务。")
      .filter { $0.quote.hasPrefix("其中") }
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-04T20:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: a shorter name of one catalogued object is that object")
struct DraftShorterNameTests {
  private func drafter(_ labels: [String: String]) throws -> Drafter {
    var c = try DraftFixture.catalogue()
    for (key, zh) in labels { c.measures[key] = .init(key: key, category: "supplies", label: Label(zh: zh, en: "made-up")) }
    return Drafter(catalogue: c)
  }

  private func subjects(_ d: Drafter, _ text: String) throws -> [String] {
    d.draft(text: text, source: "made-up", published: try Timestamp.parse("2022-06-04T20:00+08:00")).drafts.filter { $0.subject.kind == .measure }
      .map(\.subject.raw)
  }

  @Test func aServiceNamedShorterFindsTheEntry() throws {
    let d = try drafter(["supplies.made-up-delivery": "独居老人上门送药服务队"])
    #expect(try subjects(d, "各社区组建了上门送药服务队。") == ["measure:supplies.made-up-delivery"])
  }

  @Test func twoEntriesThatHoldTheNameLeaveItProposed() throws {
    let d = try drafter(["supplies.made-up-a": "独居老人上门送药服务队", "supplies.made-up-b": "孕产妇上门送药服务队"])
    #expect(try subjects(d, "各社区组建了上门送药服务队。").allSatisfy { !$0.hasPrefix("measure:supplies.made-up") })
  }

  @Test func aSlashSeparatesAlternativeNames() {
    #expect(DraftVocabulary.parts(of: "查验站点/临时卡口") == ["查验站点", "临时卡口"])
  }
}

@Suite("Draft: designating a facility (指定) and assigning patients to one (收治) are rules")
struct DraftDesignationTests {
  @Test(arguments: [
    "各区指定一家二级以上医院，为封控区居民提供急诊服务。",
    "发热患者由市第一人民医院集中收治。",
    "对于出现发热症状的隔离人员，安排单独病区收治。",
  ])
  func aDesignationIsARule(_ text: String) throws {
    let d = try measures(text)
    #expect(d.count == 1 && d.first?.type == .measureImposed, "\(d.map(\.subject.raw))")
  }

  @Test(arguments: [
    "居民可到指定采样点进行采样。",
    "各社区指定专人负责对接联系。",
    "各定点医院提升收治能力。",
    "定点医院已收治患者。",
  ])
  func aPlaceReferredToOrACapacityIsNone(_ text: String) throws {
    let d = try measures(text)
    #expect(d.isEmpty, "\(d.map(\.subject.raw))")
  }

  @Test func theVerbsUsedAsSuch() {
    #expect(VerbClass.isDesignation(Array("指定一家医院"), at: 0))
    #expect(!VerbClass.isDesignation(Array("到指定医院"), at: 1))
    #expect(!VerbClass.isDesignation(Array("指定专人负责"), at: 0))
    #expect(VerbClass.isAdmission(Array("集中收治。"), at: 2))
    #expect(!VerbClass.isAdmission(Array("收治能力"), at: 0))
    #expect(!VerbClass.isAdmission(Array("累计收治"), at: 2))
  }
}

@Suite("Draft: a principle (坚持) guards its own clause; a rule for whom 对 names is one rule")
struct DraftPrincipleAndTargetTests {
  @Test func theRuleAfterAPrincipleIsDrafted() throws {
    let d = try measures("坚持人物同防，各物流园区实行闭环管理。")
    #expect(d.count == 1, "\(d.map(\.subject.raw))")
  }

  @Test(arguments: ["坚持动态清零总方针不动摇。", "聚焦短板弱项，大力实施能力提升行动。"])
  func aPrincipleOrAnEffortAloneIsNone(_ text: String) throws {
    let d = try measures(text)
    #expect(d.isEmpty, "\(d.map(\.subject.raw))")
  }

  @Test func whomTheRuleIsForIsNotSplit() throws {
    let r = try draft("对入境人员及其同住人员继续实行上门采样。")
    let d = r.drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 1, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: a condition clause (在…前提下) is no rule, and an opening list of places names what the rule is about")
struct DraftConditionAndTopicTests {
  @Test func aConditionsCapsMakeTheReopeningAnAmendment() throws {
    let d = try measures("全市各类市场、超市等经营场所，在严格落实预约、限流等措施的前提下，恢复正常营业。")
    #expect(d.map(\.type) == [.measureAmended], "\(d.map { "\($0.type) \($0.subject.raw)" })")
  }

  @Test func theOpeningPlacesFindTheCatalogueEntry() throws {
    var c = try DraftFixture.catalogue()
    c.measures["venues.made-up-hall"] = .init(key: "venues.made-up-hall", category: "venues", label: Label(zh: "示例展览馆", en: "made-up"))
    let r = Drafter(catalogue: c).draft(
      text: "示例展览馆等文化场馆，在落实预约措施的前提下，恢复开放。", source: "made-up", published: try Timestamp.parse("2022-06-04T20:00+08:00"))
    #expect(r.drafts.filter { $0.subject.kind == .measure }.map(\.subject.raw) == ["measure:venues.made-up-hall"])
  }

  @Test func withoutACatalogueEntryTheVerbsWordsNameTheRule() throws {
    let r = try draft("途经示例区的6条线路，继续实行甩站运行。")
    let labels = r.drafts.filter { $0.subject.kind == .measure }.compactMap { label(r, $0) }
    #expect(labels.count == 1 && labels.allSatisfy { $0.contains("甩站") }, "\(labels)")
  }

  @Test func conditionClauses() {
    #expect(Drafter.isConditionClause("在严格落实防控措施的前提下"))
    #expect(Drafter.isConditionClause("在落实各项措施的基础上，"))
    #expect(!Drafter.isConditionClause("在全市范围内实行静态管理"))
  }
}

@Suite("Draft: 同步 as one action of a list points back to no time")
struct DraftSimultaneousTests {
  @Test func pointsBack() {
    #expect(Drafter.pointsBackToTheDay("同步暂停全市公交运营。"))
    #expect(Drafter.pointsBackToTheDay("地铁同步停运。"))
    #expect(Drafter.pointsBackToTheDay("同日，各区实行交通管制。"))
    #expect(!Drafter.pointsBackToTheDay("各区立即开展流调溯源、同步启动封闭管理、全面开展环境消杀。"))
  }
}

@Suite("Draft: a figure whose noun is left out counts what the figure before counts")
struct DraftElidedFigureTests {
  private func figures(_ text: String) throws -> (DraftResult, [Draft]) {
    let r = try draft(text)
    return (r, r.drafts.filter { $0.type == .metricReported })
  }

  @Test func aVerbAndANumberInTheSameUnit() throws {
    let (r, m) = try figures("截至6月3日18时，“老人助餐热线”共收到520条信息，已处理498条。")
    #expect(m.map { $0.data["value"] } == [.number("520"), .number("498")], "\(m.map(\.quote))")
    #expect(m.last.flatMap { label(r, $0) } == "处理")
    #expect(m.last?.interval.effective.iso8601 == "2022-06-03T18:00+08:00")
  }

  @Test func aQualifierAloneIsTheFigureBeforeForItsOwnDay() throws {
    let (_, m) = try figures("6月2日，河东区新增本土确诊病例3例，6月3日新增2例。")
    #expect(m.count == 2, "\(m.map(\.subject.raw))")
    #expect(m.first?.subject == m.last?.subject, "\(m.map(\.subject.raw))")
    #expect(m.last?.interval.effective.iso8601 == "2022-06-04T00:00+08:00")
  }

  @Test func anotherUnitIsNoSuchFigure() throws {
    let (_, m) = try figures("截至6月3日18时，“老人助餐热线”共收到520条信息，已处理498件。")
    #expect(m.map { $0.data["value"] } == [.number("520")], "\(m.map(\.quote))")
  }

  @Test func aLightVerbBeforeACountOfTimesIsNoFigure() throws {
    let (_, m) = try figures("入境人员集中隔离14天，其间进行5次核酸检测。")
    #expect(m.isEmpty, "\(m.map(\.quote))")
  }
}

@Suite("Draft: a service announced as a plan or a report of work is no rule")
struct DraftPlannedServiceTests {
  @Test func aServiceOpened() throws {
    #expect(try measures("各社区开通便民服务热线。").count == 1)
  }

  @Test(arguments: ["后续各社区将陆续开通便民服务热线。", "各社区积极开通便民服务热线，方便群众。"])
  func aPlanOrAnEffortIsNone(_ text: String) throws {
    let d = try measures(text)
    #expect(d.isEmpty, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: classifications, management of a place, and treatments by group")
struct DraftClassificationAndGroupTests {
  @Test(arguments: [
    "将全市风险区域划分为高风险区、中风险区和低风险区三类。",
    "对确诊病例所在楼栋进行封控管理。",
    "我市按照“精准防控”工作要求，对入境人员实行闭环管理。",
  ])
  func aRule(_ text: String) throws {
    let d = try measures(text)
    #expect(d.count == 1 && d.first?.type == .measureImposed, "\(d.map(\.subject.raw))")
  }

  @Test(arguments: ["示例区采样点位划分为常设点位和临时点位。", "目前已对相关人员进行集中隔离。"])
  func aDescriptionOrAReportIsNone(_ text: String) throws {
    let d = try measures(text)
    #expect(d.isEmpty, "\(d.map(\.subject.raw))")
  }

  @Test func eachGroupAfter对HasItsOwnTreatment() throws {
    let d = try measures("对省外来的车辆，一律查验健康码，对无有效证明的外地人员，原则上劝返。")
    #expect(d.count == 2, "\(d.map(\.subject.raw))")
  }

  @Test func target() {
    #expect(Drafter.opensWithTarget(Array("仅对该楼栋")))
    #expect(Drafter.opensWithTarget(Array("，对无证明的人员")))
    #expect(!Drafter.opensWithTarget(Array("各社区对")))
  }
}

@Suite("Draft: what was in place by a date, exemptions, daily testing and services set up")
struct DraftInPlaceAndExemptionTests {
  @Test func inPlaceByTheDateTheSentenceOpensWith() throws {
    let d = try measures("截至6月2日18时，全市已在各高速出口设立“返乡人员登记服务点”。")
    #expect(d.map(\.interval.effective.iso8601) == ["2022-06-02T18:00+08:00"], "\(d.map(\.interval.effective.iso8601))")
  }

  @Test func anExemptionIsARule() throws {
    let d = try measures("近三日内已完成核酸检测的人员，向所在社区报备后，不参加本轮全员核酸检测。")
    #expect(d.count == 1 && d.first?.type == .measureImposed, "\(d.map(\.subject.raw))")
  }

  @Test func thePenaltysCaseIsNoExemption() throws {
    let d = try draft("对不参加本轮全员核酸检测的人员，健康码一律转为黄码。").drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 1 && d.allSatisfy { !$0.subject.raw.contains("参加") }, "\(d.map(\.subject.raw))")
  }

  @Test func dailyTestingOfAGroupIsARule() throws {
    let r = try draft("居民每日进行“1+1”核酸检测。")
    let d = r.drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 1, "\(d.map(\.subject.raw))")
    // A name in quotation marks keeps them: the proposed label is the text's own words.
    #expect(d.first.flatMap { label(r, $0) } == "“1+1”核酸检测")
  }

  @Test func pairedQuotes() {
    #expect(String(Drafter.keepingPairedQuotes(Array("“1+1”核酸检测"))) == "“1+1”核酸检测")
    #expect(String(Drafter.keepingPairedQuotes(Array("“人不出区”"))) == "人不出区")
    #expect(String(Drafter.keepingPairedQuotes(Array("“1+1”核酸"))).count == 7)
    #expect(String(Drafter.keepingPairedQuotes(Array("“1+1核酸检测"))) == "1+1核酸检测")
  }

  @Test func aServiceSetUp() throws {
    #expect(try measures("各医院为老年人设置专门的就诊窗口。").count == 1)
  }
}

@Suite("Draft: groups of people joined by 及 make one rule, and a clause joined by 并 goes on with it")
struct DraftPeopleGroupTests {
  @Test func oneRuleNamedByWhatTheyMustDo() throws {
    let r = try draft("省外来返人员及本市冷链从业人员须持有24小时内核酸检测阴性证明，并提前1天向所在社区、单位报备。")
    let d = r.drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 1, "\(d.map(\.subject.raw))")
    #expect(d.first.flatMap { label(r, $0) }?.contains("核酸检测阴性证明") == true, "\(d.compactMap { label(r, $0) })")
  }

  @Test func placesJoinedByHeAreStillTwoRules() throws {
    #expect(try measures("健身房和影剧院有序恢复开放。").count == 2)
  }

  @Test func namesPeople() {
    #expect(Drafter.namesPeople(Array("省外来返人员及本市从业人员")))
    #expect(!Drafter.namesPeople(Array("健身房和影剧院")))
    #expect(!Drafter.namesPeople(Array("从业人员")))
  }
}

@Suite("Draft: a request to the public inside a sentence makes it an exhortation")
struct DraftInnerRequestTests {
  @Test func aRequestInsideTheSentence() throws {
    let d = try measures("本轮检测设固定和流动两类采样点，请辖区居民按照社区安排，原则上到就近采样点参加检测。")
    #expect(d.isEmpty, "\(d.map(\.subject.raw))")
  }

  @Test func anExhortation() {
    #expect(VerbClass.isExhortation("采样点分两类，请广大市民错峰前往。"))
    #expect(VerbClass.isExhortation("本次检测分时段进行，请各位居民按社区通知参加。"))
    #expect(!VerbClass.isExhortation("全市实行封闭管理，请示上级同意后方可调整。"))
  }
}

@Suite("Draft: a count that tells how fast the authorities responded is narrative")
struct DraftResponseCountTests {
  @Test func aResponseIsNoFigure() throws {
    let d = try draft("疫情发生后，示例市第一时间组织56个流调小组赶赴现场。").drafts.filter { $0.type == .metricReported }
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func aStockIsStillOne() throws {
    let d = try draft("目前，示例市共组建流调小组56个。").drafts.filter { $0.type == .metricReported }
    #expect(d.count == 1, "\(d.map(\.quote))")
  }
}

@Suite("Draft: daily routines and deliveries to the door are rules")
struct DraftRoutineAndDeliveryTests {
  @Test(arguments: [
    "封控区域内，每天坚持“两个上门”服务，即每天一次送菜、一次测温。",
    "各社区运用微信群接龙等方式，将生活物资送到居民家门口。",
  ])
  func aRule(_ text: String) throws {
    let d = try measures(text)
    #expect(d.count == 1 && d.first?.type == .measureImposed, "\(d.map(\.subject.raw))")
  }

  @Test(arguments: ["坚持人民至上、生命至上。", "检测样本由专人送到实验室。"])
  func aPrincipleOrATransportIsNone(_ text: String) throws {
    let d = try measures(text)
    #expect(d.isEmpty, "\(d.map(\.subject.raw))")
  }

  @Test func aQuotedSloganIsNoCount() {
    #expect(!Drafter.hasCount("“四个一”服务"))
    #expect(Drafter.hasCount("设立了86个服务站点"))
  }
}

@Suite("Draft: the same requirement for two groups is two rules")
struct DraftGroupRequirementTests {
  @Test func twoGroupsTwoRules() throws {
    let d = try measures("对来本市就医的，需要提供24小时内核酸检测阴性证明。对离开本市的，需要提供24小时内核酸检测阴性证明。")
    #expect(d.count == 2 && Set(d.map(\.subject.raw)).count == 2, "\(d.map(\.subject.raw))")
  }

  @Test func theSameRuleTwiceIsOne() throws {
    let d = try measures("离开本市的人员需要提供24小时内核酸检测阴性证明。离开本市的人员需要提供24小时内核酸检测阴性证明。")
    #expect(d.count == 1, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: what an app offers describes it")
struct DraftAppFeatureTests {
  @Test func featuresAreNoRule() throws {
    let d = try measures("“示例通”小程序主要有“预约挂号”和“送药上门”两个功能，市民足不出户即可咨询医生。")
    #expect(d.isEmpty, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: a fragment that ends in a modal names no rule")
struct DraftModalFragmentTests {
  @Test(arguments: ["婴幼儿进入医疗机构可免予", "持证车辆可", "返乡学生可以"])
  func fragments(_ label: String) {
    #expect(!Drafter.isPlainObject(label))
  }

  @Test func anObjectStillDoes() {
    #expect(Drafter.isPlainObject("婴幼儿查验免除"))
  }
}

@Suite("Draft: no positive found in screening is a zero figure for the places named")
struct DraftScreeningZeroTests {
  @Test func aZeroForTheCounties() throws {
    let m = try draft("本轮筛查中，阳性人员均在封控区内发现，各县（市）均未筛出阳性。").drafts.filter { $0.type == .metricReported }
    #expect(m.count == 1 && m.first?.data["value"] == .number("0"), "\(m.map(\.subject.raw))")
    #expect(m.first?.subject.raw.hasSuffix("@counties") == true, "\(m.map(\.subject.raw))")
  }

  @Test func aStreakIsCountedOnce() throws {
    let m = try draft("全市已连续5天未筛出阳性。").drafts.filter { $0.type == .metricReported }
    #expect(m.count == 1 && m.first?.data["value"] == .number("5"), "\(m.map { $0.data })")
  }
}

@Suite("Draft: two counts joined by 和 are two figures")
struct DraftJoinedCountTests {
  @Test func eachCountNamesItsNoun() throws {
    let r = try draft("目前已对32位独居老人和5名残疾人进行了上门走访。")
    let m = r.drafts.filter { $0.type == .metricReported }
    #expect(m.map { $0.data["value"] } == [.number("32"), .number("5")], "\(m.map(\.quote))")
    #expect(m.compactMap { label(r, $0) } == ["独居老人", "残疾人"], "\(m.compactMap { label(r, $0) })")
    #expect(m.last?.quote == "5名残疾人", "\(m.map(\.quote))")
  }
}

@Suite("Draft: people on their way somewhere are a story, not a figure")
struct DraftJourneyTests {
  @Test func aTeamSetOffIsNoFigure() throws {
    let m = try draft("邻省120名医务人员于6月2日奔赴示例市，支援当地核酸检测。").drafts.filter { $0.type == .metricReported }
    #expect(m.isEmpty, "\(m.map(\.quote))")
  }

  @Test func helpFromOtherProvincesIsStillAFigure() throws {
    let m = try draft("国家协调3个兄弟省份向本市派出采样人员。").drafts.filter { $0.type == .metricReported }
    #expect(m.count == 1, "\(m.map(\.quote))")
  }
}

@Suite("Draft: an exemption from a restriction (不受…限制) is a rule")
struct DraftExemptionFromRestrictionTests {
  @Test func anExemption() throws {
    let d = try measures("管控期间，孕产妇出行不受通行管控限制。")
    #expect(d.count == 1 && d.first?.type == .measureImposed, "\(d.map(\.subject.raw))")
  }

  @Test func reassuranceIsNone() throws {
    let d = try measures("全市生活物资供应不受影响。")
    #expect(d.isEmpty, "\(d.map(\.subject.raw))")
  }
}

@Suite("Draft: a notice's preamble sums up its items")
struct DraftPreambleTests {
  static let notice = """
    经研究，决定自6月5日零时至6月7日24时，在河东区范围内实行临时交通管制。现将有关事项通告如下：
    一、其间，河东区除保障车辆外，社会车辆禁止上路行驶。
    """

  @Test func thePreamblesRuleIsTheItems() throws {
    let d = try measures(Self.notice)
    #expect(d.count == 1 && d.first?.quote.hasPrefix("其间") == true, "\(d.map(\.quote))")
  }

  @Test func announcesItems() {
    #expect(Drafter.announcesItems("现将有关事项通告如下："))
    #expect(!Drafter.announcesItems("全市公交线路调整如下，请乘客留意各线路的首末班时间以及站点变化情况。"))
  }
}

@Suite("Draft: a district whose name opens with a numeral keeps it")
struct DraftNumeralDistrictTests {
  @Test func theObjectKeepsItsDistrict() throws {
    let r = try draft("二七区、示例区范围内实行临时交通管制。")
    let labels = r.drafts.filter { $0.subject.kind == .measure }.compactMap { label(r, $0) }
    #expect(labels.allSatisfy { !$0.hasPrefix("区") && !$0.hasPrefix("七") }, "\(labels)")
  }
}

@Suite("Draft: a district inside a figure's label scopes it and the figures after it in the clause")
struct DraftFigureDistrictTests {
  @Test func bothFiguresAreTheDistricts() throws {
    let m = try draft("6月3日，河东区新增本土确诊病例5例、无症状感染者1例。").drafts.filter { $0.type == .metricReported }
    #expect(m.count == 2 && m.allSatisfy { !$0.subject.raw.hasSuffix("@city") }, "\(m.map(\.subject.raw))")
  }

  @Test func aCityFigureStaysTheCitys() throws {
    let m = try draft("6月3日，全市新增本土确诊病例2例。").drafts.filter { $0.type == .metricReported }
    #expect(m.map(\.subject.raw).allSatisfy { $0.hasSuffix("@city") }, "\(m.map(\.subject.raw))")
  }
}

@Suite("Draft: zones a sentence opens with scope the rules after them")
struct DraftOpeningZoneScopeTests {
  @Test(arguments: [
    ("封控区域内，每天坚持“两个上门”服务。", "zones:sealed"),
    ("针对封控区、管控区内的学生，开通线上答疑热线。", "zones:sealed,controlled"),
  ])
  func theZonesAreTheScope(_ c: (String, String)) throws {
    let d = try measures(c.0)
    #expect(d.count == 1 && d.first?.data["scope"] == .string(c.1), "\(d.map { $0.data["scope"].map { "\($0)" } ?? "" })")
  }

  @Test func outsideTheZonesIsNot() throws {
    let d = try measures("封控区以外区域，各类超市有序恢复营业。")
    #expect(d.allSatisfy { $0.data["scope"] != .string("zones:sealed") }, "\(d.map { $0.data["scope"].map { "\($0)" } ?? "" })")
  }
}

@Suite("Draft: a provincial rule holds for the province")
struct DraftProvincialScopeTests {
  @Test func theProvincialCommandsRule() throws {
    let d = try measures("6月2日，省指挥部印发通知，严禁擅自设卡拦截货运车辆。")
    #expect(d.first?.data["scope"] == .string("province"), "\(d.map { $0.data["scope"].map { "\($0)" } ?? "" })")
  }

  @Test func theCitysRuleStaysTheCitys() throws {
    let d = try measures("全市严禁擅自设卡拦截货运车辆。")
    #expect(d.first?.data["scope"] != .string("province"), "\(d.map { $0.data["scope"].map { "\($0)" } ?? "" })")
  }
}

@Suite("Draft: a promise to set up a service is no rule; a line the public may call at any time is one")
struct DraftPromiseTests {
  @Test func aPromiseIsNone() throws {
    let d = try measures("示例区人民医院将提供上门护理服务。")
    #expect(d.isEmpty, "\(d.map(\.subject.raw))")
  }

  @Test func aServiceInForce() throws {
    #expect(try measures("示例区人民医院提供上门护理服务。").count == 1)
  }

  @Test func aLineToCallAtAnyTime() throws {
    let r = try draft("居民如遇停水可随时拨打24小时供水服务电话。")
    let labels = r.drafts.filter { $0.subject.kind == .measure }.compactMap { label(r, $0) }
    #expect(labels == ["24小时供水服务电话"], "\(labels)")
  }
}
