import Foundation
import Testing

@testable import TimelineKit

// Made-up sentences in the style of official notices: none is copied from the five source texts or the practice set.

private let eventsDirectory = DraftFixture.eventsDirectory
@Suite("Draft: verb classes")
struct DraftVerbClassTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var type: EventType
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "自6月6日起，全市健身房恢复营业。", type: .measureLifted),
    Case(text: "自6月6日起，全市游泳馆陆续开放。", type: .measureLifted),
    Case(text: "自6月6日起，全市剧本杀门店有序开放，实行预约限流。", type: .measureAmended),
    Case(text: "自6月6日起，全市网吧暂停营业。", type: .measureImposed),
    Case(text: "全市严禁举办大型聚集性活动。", type: .measureImposed),
    Case(text: "未按时参加核酸检测的人员，健康码将被赋为黄码。", type: .measureImposed),
    Case(text: "每户每天可安排1名家庭成员外出采购。", type: .measureImposed),
    Case(text: "进入超市查验核酸检测阴性证明的时限，由48小时调整为72小时。", type: .measureAmended),
    Case(text: "管城区餐饮服务单位继续暂停堂食。", type: .measureRestated),
    Case(text: "全市仍然实行进入公共场所扫码、测温。", type: .measureRestated),
  ]

  @Test(arguments: cases)
  func drafts(_ c: Case) throws {
    let d = try draft(c.text).drafts.filter { $0.subject.kind == .measure }
    #expect(d.first?.type == c.type, "\(d.map { "\($0.type.rawValue) \($0.subject.raw)" })")
  }

  @Test func aRuleOnASubjectStatedThisMonthIsAnAmendment() throws {
    let d = try draft("自6月6日起，全市餐饮服务单位暂停堂食。", known: ["measure:dining.dine-in"]).drafts
    #expect(d.first { $0.subject.raw == "measure:dining.dine-in" }?.type == .measureAmended)
  }

  @Test(arguments: [
    "力争6月底前全面恢复正常生产生活秩序。",
    "请广大市民继续佩戴口罩、勤洗手。",
    "各区要切实落实属地责任，严格落实各项防控措施。",
    "当前疫情形势趋稳向好，但解封不等于解防。",
    "请排队时保持一米间距，携带有效证件。",
    "对拒不配合的，将依法追究相关责任。",
  ])
  func guardedSentencesAreNoRules(_ text: String) throws {
    #expect(try draft(text).drafts.filter { $0.subject.kind == .measure }.isEmpty)
  }
}

@Suite("Draft: open-world subjects")
struct DraftOpenSubjectTests {
  @Test func anUncataloguedObjectIsDraftedUnderAProposedKey() throws {
    let r = try draft("自6月6日起，全市剧本杀门店暂停营业。")
    let m = try #require(r.drafts.first { $0.subject.kind == .measure })
    let proposal = try #require(r.proposed.measures.first)
    #expect(m.subject.raw == "measure:" + proposal.key)
    #expect(proposal.zh == "剧本杀门店")
    #expect(proposal.category == "venues")
    #expect(m.interval.effective.iso8601 == "2022-06-06T00:00+08:00")
  }

  @Test func aCatalogueSynonymFindsItsEntry() throws {
    // 餐饮 is another word for what the catalogue's 堂食 entry is about.
    let d = try draft("自6月6日起，全市餐饮场所恢复营业。").drafts
    #expect(d.first { $0.subject.kind == .measure }?.subject.raw == "measure:dining.dine-in")
    // A shorter name of a catalogued object (one part of its label) finds it too.
    let library = try draft("自6月6日起，全市图书馆暂停开放。").drafts
    #expect(library.first { $0.subject.kind == .measure }?.subject.raw == "measure:venues.cultural")
  }

  @Test func coordinatedObjectsAreTwoDrafts() throws {
    let r = try draft("自6月6日起，健身房和影剧院有序恢复开放。")
    let m = r.drafts.filter { $0.subject.kind == .measure }
    #expect(m.count == 2)
    #expect(Set(r.proposed.measures.map(\.zh)) == ["健身房", "影剧院"])
  }

  @Test func theProposalFileHasTheCataloguesShapes() throws {
    let r = try draft("自6月6日起，全市剧本杀门店暂停营业。截至6月5日24时，累计报告本土确诊病例15例（其中青溪区9例）。")
    var out: [UInt8] = []
    JSONWriter.write(r.proposed.json, into: &out)
    let text = String(decoding: out, as: UTF8.self)
    #expect(text.contains(#""measures":[{"category":"venues","en":"proposed: 剧本杀门店 (give the English name)""#))
    #expect(text.contains(#""scopes":[{"en":"青溪区 (proposed: give the English name)","key":"d-"#))
  }
}

@Suite("Draft: more patterns of the notices")
struct DraftMorePatternTests {
  @Test func aListOfPlacesBeforeTheVerbIsOneZoneEach() throws {
    let d = try draft("自6月5日12时起，将金水区花溪街道松柏苑社区、惠济区古荥镇柿园村划定为中风险地区。").drafts
    let z = d.filter { $0.type == .zoneDesignated }
    #expect(z.map { $0.data["district"] } == [.string("jinshui"), .string("huiji")])
    #expect(z.allSatisfy { $0.data["level"] == .string("medium-risk") && $0.interval.effective.iso8601 == "2022-06-05T12:00+08:00" })
  }

  @Test func laterItemsWithoutADistrictAreInTheOneBefore() throws {
    let d = try draft("自6月5日零时起，管城区南关街道榆林苑小区、紫荆山街道枫香里小区解除封控。").drafts
    let z = d.filter { $0.type == .zoneLifted }
    #expect(z.count == 2)
    #expect(z.allSatisfy { $0.data["district"] == .string("guancheng") })
  }

  @Test func theZoneIsTheClauseBeforeTheVerb() throws {
    let d = try draft("对该人员居住的金水区花溪街道松柏苑小区，已于6月4日6时起划定为封控区。").drafts
    let z = try #require(d.first { $0.type == .zoneDesignated })
    #expect(z.data["place"] == .string("金水区花溪街道松柏苑小区"))
    #expect(z.interval.effective.iso8601 == "2022-06-04T06:00+08:00")
  }

  @Test func regradedAfterLiftingAndFromTo() throws {
    let d = try draft("自6月6日零时起，惠济区古荥镇由中风险区降为低风险区；管城区南关街道榆林苑小区解除封控，调整为管控区。").drafts
    let z = d.filter { $0.type == .zoneRegraded }
    #expect(z.map { $0.data["level"] } == [.string("low-risk"), .string("controlled")])
    #expect(z.map { $0.data["from_level"] } == [.string("medium-risk"), .string("sealed")])
  }

  @Test func anExceptionIsPartOfTheRuleBefore() throws {
    let d = try draft("其间，管城区人员非必要不离区。确需离开的，须持24小时内核酸检测阴性证明。").drafts
    #expect(d.filter { $0.subject.kind == .measure }.count == 1)
  }

  @Test func aVerbNamingAMomentOrAPlaceIsNoCue() throws {
    // 解封后 and 恢复运营前 are times, 解封区域 a place: the rules are what 须 imposes.
    let d = try draft("解封后，相关小区居民须在6月8日24时前完成两次核酸检测。").drafts
    #expect(d.first { $0.subject.kind == .measure }?.type == .measureImposed)
    let narrative = try draft("恢复运营前，已对全部车辆进行了消杀。").drafts
    #expect(!narrative.contains { $0.type == .measureLifted })
  }

  @Test func theFirstBusIsTheStartOfTheDay() throws {
    let d = try draft("记者从市公交集团获悉，6月6日首班车起，市区全部公交线路恢复正常运营。").drafts
    let m = try #require(d.first { $0.subject.kind == .measure })
    #expect(m.type == .measureLifted)
    #expect(m.interval.effective.iso8601 == "2022-06-06T00:00+08:00")
  }

  @Test func aVerbFirstClauseAboutAnotherKindOfThingIsAnotherRule() throws {
    let d = try draft("解封区域居民须在6月6日零时至6月8日24时期间完成两次核酸检测，其间非必要不离开所在街道。").drafts
    #expect(d.filter { $0.subject.kind == .measure }.count == 2)
  }

  @Test func aQualifierInheritedFromTheFigureBeforeIsShown() throws {
    let d = try draft("截至6月3日24时，累计报告本土确诊病例21例、本土无症状感染者40例。").drafts
    let m = try #require(d.first { $0.subject.raw == "metric:cases.asymptomatic.cumulative@city" })
    #expect(m.review?["reading"] == .string("累计报告（承前）本土无症状感染者"))
  }
}

extension DraftMorePatternTests {
  @Test func twoDistrictsMakeAProposedSetThatLiangQuMeansLater() throws {
    let r = try draft("（一）自6月6日起，青溪区、白石县中小学暂停线下教学。（二）其间，两区餐饮服务单位暂停堂食。")
    let m = r.drafts.filter { $0.subject.kind == .measure }
    #expect(m.count == 2)
    let set = try #require(r.proposed.scopes.first { $0.kind == .districtSet })
    #expect(set.zh == "青溪区、白石县")
    #expect(set.members.count == 2 && set.members.allSatisfy { $0.hasPrefix("d-") })
    #expect(m.allSatisfy { $0.data["scope"] == .string(set.key) })
  }

  @Test func aCatalogueSetIsFoundByItsMembers() throws {
    let d = try draft("自6月6日起，中原区、二七区、管城区、金水区、惠济区、郑东新区、高新区、经开区暂停堂食。").drafts
    #expect(d.first { $0.subject.kind == .measure }?.data["scope"] == .string("main-urban-8"))
  }
}

extension DraftMorePatternTests {
  @Test func anEnumerationEndingWithHeIsOneObject() throws {
    let r = try draft("幼儿园、托育机构和校外培训机构暂不恢复线下活动。")
    #expect(r.drafts.filter { $0.subject.kind == .measure }.count == 1)
  }

  @Test func theExceptionClauseOfASentenceIsPartOfItsRule() throws {
    let d = try draft("管城区人员非必要不离开本区，确需离开的，须持48小时内核酸检测阴性证明。").drafts
    #expect(d.filter { $0.subject.kind == .measure }.count == 1)
  }

  @Test func aPeriodEndingAt24HoursBeforeQiJianIsTheRulesEnd() throws {
    let d = try draft("解封区域居民须在6月6日零时至6月8日24时期间完成两次核酸检测。").drafts
    let m = try #require(d.first { $0.subject.kind == .measure })
    #expect(m.interval.until?.iso8601 == "2022-06-09T00:00+08:00")
  }

  @Test func qiJianInsideASentencePointsInsideIt() throws {
    let text = """
      决定自6月5日零时至6月7日24时，对管城区实行临时性管控措施。
      外地来郑人员须实行7天居家健康监测，其间进行3次核酸检测。
      """
    // Outside a numbered section, so that only 其间 could date it (a numbered measure holds for the notice's period).
    let d = try draft(text).drafts
    let m = try #require(d.first { $0.quote.contains("居家健康监测") })
    #expect(m.interval.effective.iso8601 == "2022-06-04T20:00+08:00")
  }
}

extension DraftVerbClassTests {
  @Test func aPartAfterAnExhortationIsNoRule() throws {
    let d = try draft("请辖区居民分时段有序参加；对居家隔离人员继续上门采样。").drafts
    #expect(!d.contains { $0.subject.kind == .measure })
  }
}

extension DraftMorePatternTests {
  @Test func aLiftWhoseVerbComesFirst() throws {
    let d = try draft("自6月6日12时起，解除管城区南关街道榆林苑小区封控管理措施。").drafts
    let z = try #require(d.first { $0.type == .zoneLifted })
    #expect(z.data["district"] == .string("guancheng"))
    #expect(z.interval.effective.iso8601 == "2022-06-06T12:00+08:00")
    #expect(!d.contains { $0.subject.kind == .measure })
  }

  @Test func aDurationIsTheScheduledEnd() throws {
    let d = try draft("自6月6日零时起，惠济区实行全域静态管理，为期3天。").drafts
    let m = try #require(d.first { $0.subject.kind == .measure })
    #expect(m.interval.until?.iso8601 == "2022-06-09T00:00+08:00")
    #expect(m.data["scope"] == .string("huiji"))
    #expect(m.review?["reading"] == .string("全域静态管理"))
  }

  // Kindergartens kept shut while schools reopen stay as they were: a restatement, as 暂不开放 is (round 8; this
  // test said "a closure" before).
  @Test func aPostponementIsARestatement() throws {
    let d = try draft("自6月6日起，全市中小学恢复线下教学，幼儿园暂缓开学。").drafts.filter { $0.subject.kind == .measure }
    #expect(d.map(\.type) == [.measureLifted, .measureRestated])
  }
}

extension DraftMorePatternTests {
  @Test func hoursOfServiceAreNoEndButZhiADayIs() throws {
    let metro = try draft("自6月6日首班车起，地铁1号线恢复运营，运营时间调整为6:00至22:00。").drafts.first { $0.subject.kind == .measure }
    #expect(metro?.type == .measureAmended)
    #expect(metro?.interval.until == nil)
    let taxi = try draft("出租车、网约车暂停出市营运，至6月15日24时。").drafts.first { $0.subject.kind == .measure }
    #expect(taxi?.interval.until?.iso8601 == "2022-06-16T00:00+08:00")
    let hours = try draft("6月6日7时至18时，金水区居民原则上居家。").drafts.first { $0.subject.kind == .measure }
    #expect(hours?.interval.until?.iso8601 == "2022-06-06T18:00+08:00")
  }
}

extension DraftVerbClassTests {
  /// Every subject of an earlier log makes a rule on it an amendment, however old: its history is one story. A later
  /// log is not known yet.
  @Test func knownSubjectsAreThoseOfEveryEarlierLog() {
    let january = DraftCommand.knownSubjects(
      directory: eventsDirectory, excluding: "2022-01-11_press-conference-29", before: Timestamp(year: 2022, month: 1, day: 11)!)
    #expect(january.contains("measure:transport.intercity-coach"))
    let november = DraftCommand.knownSubjects(
      directory: eventsDirectory, excluding: "2022-11-24_press-conference-35", before: Timestamp(year: 2022, month: 11, day: 24)!)
    #expect(november.contains("measure:transport.intercity-coach"))
    #expect(november.contains("measure:schools.online-teaching"))
    #expect(!january.contains("measure:schools.online-teaching"))
  }
}
