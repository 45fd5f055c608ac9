import Foundation
import Testing

@testable import TimelineKit

// Fourteenth round: patterns found on the dev sets (AW, AZ, BB, BC and older ones). Made-up sentences in the style of
// official notices: none is copied from the five source texts, the practice set or the sets' notices.

@Suite("Draft: where cases were found (其中集中隔离点发现5例) is a part of the cases counted, not a count of quarantined people")
struct DraftCasesBySourceTests {
  let text = """
    11月2日0—24时，某市新增本土无症状感染者15例。
    15例无症状感染者中，高新区9例，荥阳市6例；其中隔离管控中发现11例，社会面筛查发现4例（高新区3例，荥阳市1例）。
    同日新增本土确诊病例3例。
    其中，集中隔离点检出2例，社区筛查检出1例。
    """

  @Test func partsTakeTheirWholesKey() throws {
    let d = try draft(text, published: "2022-11-03T08:00+08:00").drafts.filter { $0.subject.kind == .metric }
    func key(_ quote: String) -> [String] { d.filter { $0.quote == quote }.map(\.subject.raw) }
    #expect(key("其中隔离管控中发现11例") == ["metric:cases.asymptomatic.new-in-quarantine@city"], "\(d.map(\.subject))")
    #expect(key("社会面筛查发现4例") == ["metric:cases.asymptomatic.new-community@city"], "\(d.map(\.subject))")
    #expect(key("集中隔离点检出2例") == ["metric:cases.confirmed.new-in-quarantine@city"], "\(d.map(\.subject))")
    // A place of finding with no word the drafter knows still makes a part of the cases (a proposed key).
    #expect(key("社区筛查检出1例").first?.hasPrefix("metric:cases.confirmed.new-p-") == true, "\(d.map(\.subject))")
    // None is read as people in quarantine.
    #expect(!d.contains { $0.subject.raw.contains("quarantine.") }, "\(d.map(\.subject))")
  }

  @Test func aPartsPlacesBreakItDown() throws {
    let d = try draft(text, published: "2022-11-03T08:00+08:00").drafts.filter { $0.subject.kind == .metric }
    let items = d.filter { $0.quote == "高新区3例" || $0.quote == "荥阳市1例" }
    #expect(items.count == 2 && items.allSatisfy { $0.subject.raw.hasPrefix("metric:cases.asymptomatic.new-community@") }, "\(d.map(\.subject))")
    // Counted over the day the whole was counted over.
    #expect(d.allSatisfy { $0.interval.effective.iso8601 == "2022-11-03T00:00+08:00" }, "\(spans(d))")
  }

  @Test func wherePartsWereFoundSaidAfterTheirCount() throws {
    let text = "郑州市惠济区新冠肺炎疫情防控指挥部\n10月25日0时至24时，全区新增本土无症状感染者6例，其中4例为集中隔离观察人员，2例为社会面筛查发现。"
    let d = try draft(text, published: "2022-10-26T20:40+08:00").drafts.filter { $0.subject.kind == .metric }
    #expect(d.map(\.subject.raw).contains("metric:cases.asymptomatic.new-in-quarantine@huiji"), "\(d.map(\.subject))")
    #expect(d.contains { $0.quote == "2例为社会面筛查发现" && $0.subject.raw == "metric:cases.asymptomatic.new-community@huiji" }, "\(d.map(\.quote))")
    // Where cases live is no place of finding.
    let lives = try draft("10月25日，全县新增本土阳性感染者4例，其中3例在县城城区，1例在某某镇某村。", published: "2022-10-26T20:40+08:00").drafts
      .filter { $0.subject.kind == .metric }
    #expect(lives.count == 1, "\(lives.map(\.quote))")
  }

  @Test func findingAStatusIsNoPlace() {
    #expect(Drafter.findingChannel("其中集中隔离点发现") == "集中隔离点")
    #expect(Drafter.findingChannel("新增无症状感染者中发现") == nil)
    #expect(Drafter.findingChannel("发现") == nil)
  }
}

@Suite("Draft: a district's zone list in its own layout (street heads, ；-items without a district, buildings after a compound)")
struct DraftDistrictZoneListTests {
  let text = """
    郑州市惠济区新冠肺炎疫情防控指挥部
    通　告
    经区疫情防控指挥部研究决定，自2022年6月8日21时起，对下列区域实施分区分级管控。现将有关事项通告如下：
    一、封控区（3个）
    柳湾街道
    　　春和苑小区
    　　建业路6号院（含沿街门面）
    石桥街道
    　　石桥新村2号楼、4号楼
    二、管控区（3个）
    柳湾街道春和社区（春和苑小区除外）；石桥街道石桥新村（2号楼、4号楼除外）；五里堡街道果品批发市场北区。
    三、各类区域管控措施
    （一）封控区严格落实“足不出户、上门服务”措施，区域内人员一律居家。
    （二）管控区全面落实“人不出区、错峰取物”措施。除药店、超市外，区内其他商户一律暂停营业。
    """

  func zones() throws -> [Draft] {
    try draft(text, published: "2022-06-08T22:30+08:00").drafts.filter { $0.subject.kind == .zone }
  }

  @Test func aStreetOverItsPlacesIsNoZone() throws {
    let z = try zones()
    #expect(!z.contains { $0.quote == "柳湾街道" || $0.quote == "石桥街道" }, "\(z.map(\.quote))")
    #expect(z.contains { $0.quote == "建业路6号院（含沿街门面）" }, "\(z.map(\.quote))")
    // Buildings after a compound are that compound's: one zone, not one a building.
    #expect(z.contains { $0.quote == "石桥新村2号楼、4号楼" } && !z.contains { $0.quote == "4号楼" }, "\(z.map(\.quote))")
  }

  @Test func itemsWithoutADistrictAreTheIssuers() throws {
    let z = try zones()
    for q in ["柳湾街道春和社区（春和苑小区除外）", "石桥街道石桥新村（2号楼、4号楼除外）", "五里堡街道果品批发市场北区"] {
      #expect(z.contains { $0.quote == q && $0.type == .zoneDesignated }, "\(q): \(z.map(\.quote))")
    }
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-06-08T21:00+08:00" }, "\(spans(z))")
  }

  @Test func aZoneTypesRegimeCarriedOutHoldsFromItsZones() throws {
    let d = try draft(text, published: "2022-06-08T22:30+08:00").drafts.filter { $0.subject.kind == .measure }
    func at(_ word: String) -> [String] { d.filter { $0.quote.contains(word) }.map(\.interval.effective.iso8601) }
    #expect(at("足不出户") == ["2022-06-08T21:00+08:00"], "\(spans(d))")
    #expect(at("人不出区") == ["2022-06-08T21:00+08:00"], "\(spans(d))")
    // A later sentence of the zone type's item holds from then too.
    #expect(at("其他商户") == ["2022-06-08T21:00+08:00"], "\(spans(d))")
  }

  @Test func carryingOutIsARegimeOnlyForAZoneType() throws {
    // A duty, and a stress on the rule before, are no regime of their own.
    let d = try draft("各校要严格落实“一日一消毒”制度。封控区人员继续实行每日上门采样，严格落实“足不出户”等管控要求。", published: "2022-06-08T22:30+08:00")
      .drafts.filter { $0.subject.kind == .measure }
    #expect(d.count == 1 && d.first?.type == .measureRestated, "\(d.map(\.quote))")
  }

  @Test func buildingsAlone() {
    #expect(Drafter.isBuildingAlone("5号楼") && Drafter.isBuildingAlone("B3栋") && Drafter.isBuildingAlone("2单元"))
    #expect(!Drafter.isBuildingAlone("石桥新村2号楼"))
  }
}

@Suite("Draft: a lifting notice of a development zone (its official name, places lifted by 撤销 and 不再实行…措施)")
struct DraftControlStoppedTests {
  let text = """
    郑州经济技术开发区疫情防控指挥部
    关于解除部分区域管控措施的通告
    经综合评估，相关区域已符合解除条件，区指挥部决定，对部分区域解除封控管控措施。具体如下：
    一、自7月9日0时起，解除下列区域封控：
    明湖街道：锦华苑小区、东林村
    二、自7月9日0时起，明湖街道润园社区、潮河街道兴业社区不再实行管控措施。
    三、自7月9日0时起，撤销明湖街道、潮河街道防范区。
    四、7月9日0时至7月11日24时，解除封控、管控区域的居民实行“三天两检”。
    """

  func drafts() throws -> [Draft] { try draft(text, published: "2022-07-08T18:00+08:00").drafts }

  @Test func theOfficialNameIsTheDistrict() throws {
    let z = try drafts().filter { $0.subject.kind == .zone }
    #expect(z.contains { $0.subject.raw.hasPrefix("zone:jingkai/") && $0.quote == "锦华苑小区" }, "\(z.map(\.subject))")
    // The lead that sums up the places lifted below names no zone of its own.
    #expect(!z.contains { $0.quote.contains("部分区域") }, "\(z.map(\.quote))")
  }

  @Test func controlStoppedLiftsEachPlace() throws {
    let z = try drafts().filter { $0.subject.kind == .zone && $0.type == .zoneLifted }
    let stopped = z.filter { $0.quote.contains("不再实行管控措施") }
    #expect(stopped.count == 2, "\(z.map(\.quote))")
    let revoked = z.filter { $0.quote.contains("撤销") }
    #expect(revoked.count == 2, "\(z.map(\.quote))")
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-07-09T00:00+08:00" }, "\(spans(z))")
    // No rule is lifted besides the zones.
    let all = try drafts()
    #expect(!all.contains { $0.type == .measureLifted }, "\(all.map(\.quote))")
  }

  @Test func residentsOfReleasedAreasAreWhoARuleIsFor() throws {
    let d = try drafts().filter { $0.quote.contains("三天两检") }
    #expect(d.count == 1 && d.first?.type == .measureImposed, "\(d.map(\.type))")
  }
}

@Suite("Draft: a notice that 划定以下风险区域 (① items down to a floor or a row of shops) and rounds on listed days at one span of hours")
struct DraftRiskAreasAndListedDaysTests {
  let text = """
    郑州市惠济区新冠肺炎疫情防控指挥部
    关于划定高风险区的通告
    经综合研判，自8月2日14时起，划定以下风险区域：
    一、高风险区（3处）
    ①花园口镇富民家园5号楼3单元；
    ②东方商务中心A座7层；
    ③江山路富民家园沿街门面房（自华联超市至平安药房，共8间）。
    二、高风险区实行“足不出户、上门服务”，每日开展1次核酸检测；低风险区人员离开所在区域须持48小时内核酸检测阴性证明。
    三、8月3日、4日每天上午8时至下午4时，花园口镇再开展两轮全员核酸检测。
    """

  @Test func eachItemIsAZone() throws {
    let z = try draft(text, published: "2022-08-02T16:00+08:00").drafts.filter { $0.subject.kind == .zone }
    #expect(z.map(\.quote) == ["花园口镇富民家园5号楼3单元", "东方商务中心A座7层", "江山路富民家园沿街门面房（自华联超市至平安药房，共8间）"], "\(z.map(\.quote))")
  }

  @Test func theRulesHoldFromTheZones() throws {
    let d = try draft(text, published: "2022-08-02T16:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(!d.isEmpty && d.allSatisfy { $0.interval.effective.iso8601 == "2022-08-02T14:00+08:00" }, "\(spans(d))")
  }

  @Test func oneRoundOnEachDayListed() throws {
    let r = try draft(text, published: "2022-08-02T16:00+08:00").drafts.filter { $0.type == .testingScheduled }
    #expect(spans(r) == ["2022-08-03T08:00+08:00 2022-08-03T16:00+08:00", "2022-08-04T08:00+08:00 2022-08-04T16:00+08:00"], "\(spans(r))")
  }

  @Test func daysListedWithoutHoursAreLeftToTheOtherReadings() throws {
    let published = try Timestamp.parse("2022-08-02T16:00+08:00")
    #expect(Drafter.listedDaysWithHours("8月3日、4日开展两轮全员核酸检测", published: published) == nil)
    #expect(Drafter.listedDaysWithHours("8月3日上午8时至下午4时开展核酸检测", published: published) == nil)
    #expect(Drafter.listedDaysWithHours("10月27日、28日8时至17时各开展一轮", published: published)?.count == 2)
  }
}

@Suite("Draft: cases broken down by town or street (新增…5例（龙湖镇4例、新建路街道1例）) are parts of the figure, not other counts")
struct DraftCasesByTownTests {
  @Test func townsInBracketsArePartsOfTheFigure() throws {
    let text = "郑州市荥阳市新冠肺炎疫情防控指挥部\n5月4日0时至20时，全市新增本土无症状感染者5例（乔楼镇4例、索河街道1例）。"
    let d = try draft(text, published: "2022-05-04T22:40+08:00").drafts.filter { $0.subject.kind == .metric }
    let parts = d.filter { $0.quote == "乔楼镇4例" || $0.quote == "索河街道1例" }
    #expect(parts.count == 2 && parts.allSatisfy { $0.subject.raw.hasPrefix("metric:cases.asymptomatic.new-p-") }, "\(d.map(\.subject))")
    #expect(parts.allSatisfy { $0.interval.effective.iso8601 == "2022-05-05T00:00+08:00" }, "\(spans(d))")
    // Two towns are two parts, never the whole figure's key again.
    #expect(Set(parts.map(\.subject.raw)).count == 2, "\(parts.map(\.subject))")
  }

  @Test func aHeaderOfAllCasesHeadsTheTowns() throws {
    let text = "8月25日0—24时，全市新增本土确诊病例3例、无症状感染者12例。新增感染者中，乔楼镇8例，高山镇5例，索河街道2例。"
    let d = try draft(text, published: "2022-08-26T21:00+08:00").drafts.filter { $0.subject.kind == .metric }
    let parts = d.filter { ["乔楼镇8例", "高山镇5例", "索河街道2例"].contains($0.quote) }
    #expect(parts.count == 3 && parts.allSatisfy { $0.subject.raw.hasPrefix("metric:cases.positive.new-p-") }, "\(d.map(\.subject))")
    #expect(parts.allSatisfy { $0.interval.effective.iso8601 == "2022-08-26T00:00+08:00" }, "\(spans(d))")
  }

  @Test func aTownIsNamedByItsEnding() {
    #expect(Drafter.townBefore(Array("（乔楼镇4例"), 4, from: 0) == 1..<4)
    #expect(Drafter.townBefore(Array("其中云岭街道3例"), 6, from: 0) == 2..<6)
    #expect(Drafter.townBefore(Array("全镇4例"), 2, from: 0) == nil)
  }
}

@Suite("Draft: an order extended in the notice's preamble is the notice's own change; a decision still to come is none")
struct DraftExtendedInThePreambleTests {
  let text = """
    新密市新冠肺炎疫情防控指挥部
    通　告
    经专家组综合研判，市疫情防控指挥部决定，全域静态管理时间由原定的9月3日12时延长至9月6日24时。现就有关事项通告如下：
    一、延长期间继续执行以下措施
    1.全市居民继续足不出户，生活物资由社区统一配送。
    二、延长期满后，将根据核酸筛查结果综合评估，决定是否解除或调整相关措施。
    """

  @Test func theExtensionIsDrafted() throws {
    let d = try draft(text, published: "2022-09-03T10:30+08:00").drafts.filter { $0.subject.kind == .measure }
    let ext = d.filter { $0.quote.contains("延长至") }
    #expect(ext.count == 1 && ext.first?.type == .measureAmended, "\(d.map(\.quote))")
    #expect(ext.first?.interval.until?.iso8601 == "2022-09-07T00:00+08:00", "\(spans(ext))")
  }

  @Test func aDecisionToComeIsNoRule() throws {
    let d = try draft(text, published: "2022-09-03T10:30+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(!d.contains { $0.quote.contains("决定是否") }, "\(d.map(\.quote))")
  }
}

@Suite("Draft: zones lifted by naming their level (解除A小区2号楼高风险区；B村高风险区同步撤销), and what is no lift")
struct DraftLevelNamedRevocationTests {
  @Test func eachPartLiftsItsPlace() throws {
    let text = "郑州市中牟县新冠肺炎疫情防控指挥部\n自12月9日零时起，解除青竹街道和园小区2号楼高风险区；刘集镇后坡村高风险区同步撤销。"
    let z = try draft(text, published: "2022-12-08T17:00+08:00").drafts.filter { $0.subject.kind == .zone }
    #expect(z.count == 2 && z.allSatisfy { $0.type == .zoneLifted && $0.interval.effective.iso8601 == "2022-12-09T00:00+08:00" }, "\(spans(z))")
    let d = try draft(text, published: "2022-12-08T17:00+08:00").drafts.filter { $0.subject.kind == .measure }
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }

  @Test func aStateOrAReportingChangeIsNoLift() throws {
    let text = "解除后，全县不再有高风险区。自12月14日起，本委不再发布无症状感染者数据。全市累计解除医学观察无症状感染者2.1万例。"
    let d = try draft(text, published: "2022-12-14T09:30+08:00").drafts.filter { $0.type == .measureLifted || $0.type == .zoneLifted }
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }
}

@Suite("Draft: a table of zones written with bars (序号｜区域名称｜所属镇（街道）｜管控类别)")
struct DraftPipeTableTests {
  let text = """
    郑州市上街区新冠肺炎疫情防控指挥部
    经区疫情防控指挥部研究，决定自2022年8月4日8时起，对下列区域实施临时管控。
    临时管控区域一览表
    序号｜区域名称｜所属镇（街道）｜管控类别
    1｜北坡村（全村）｜峡窝镇｜封控区
    2｜南坡村、石磨村｜峡窝镇｜管控区
    3｜峡窝镇其他村（社区）｜峡窝镇｜防范区
    """

  @Test func eachPlaceOfARowIsAZoneOfItsLevel() throws {
    let z = try draft(text, published: "2022-08-04T09:00+08:00").drafts.filter { $0.subject.kind == .zone }
    #expect(z.map(\.quote) == ["北坡村（全村）", "南坡村", "石磨村", "峡窝镇其他村（社区）"], "\(z.map(\.quote))")
    #expect(z.map { $0.data["level"]?.stringValue ?? "" } == ["sealed", "controlled", "controlled", "precaution"], "\(z.map(\.data))")
    #expect(z.allSatisfy { $0.interval.effective.iso8601 == "2022-08-04T08:00+08:00" && $0.subject.raw.hasPrefix("zone:shangjie/") }, "\(spans(z))")
  }
}
