import Foundation
import Testing

@testable import TimelineKit

// Issue 14, patterns measured on the leave-one-briefing-out evaluation. Made-up sentences in the style of official
// notices: none is copied from the five source texts or the practice set.

@Suite("Draft: one round, however often the notice repeats it")
struct DraftRepeatedRoundTests {
  @Test func aRoundRepeatedFurtherDownIsDraftedOnce() throws {
    let text = """
      6月6日至7日，金水区每天开展一次核酸筛查。
      请居民按社区安排有序参加。
      全区居民自觉参加核酸筛查，6月6日至6月7日，每天开展一次核酸筛查。
      """
    let rounds = try draft(text).drafts.filter { $0.type == .testingScheduled }
    #expect(rounds.map(\.interval.effective.iso8601) == ["2022-06-06T00:00+08:00", "2022-06-07T00:00+08:00"])
  }

  @Test func roundsOfTwoDistrictsOnOneDayAreTwo() throws {
    let text = "6月6日8时起，金水区开展全员核酸检测；6月6日8时起，二七区开展全员核酸检测。"
    let rounds = try draft(text).drafts.filter { $0.type == .testingScheduled }
    #expect(rounds.count == 2, "\(rounds.map(\.subject.raw))")
  }
}

@Suite("Draft: a service opened is a rule whose object follows its verb")
struct DraftProvisionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var label: String
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "各街道已开通24小时心理援助热线，为居家群众提供咨询服务。", label: "24小时心理援助热线"),
    Case(text: "定点医院为透析患者设立专用就诊通道。", label: "专用就诊通道"),
    Case(text: "市卫健委组建儿科巡回医疗队，对封控小区内患儿上门诊治。", label: "儿科巡回医疗队"),
    Case(text: "6月8日，“城市服务”平台上线了“居家送药”服务。", label: "居家送药服务"),
  ]

  @Test(arguments: cases)
  func opensAProposedRule(_ c: Case) throws {
    let r = try draft(c.text)
    let d = try #require(r.drafts.first { $0.subject.kind == .measure }, "\(r.drafts.map(\.subject.raw))")
    #expect(d.type == .measureImposed)
    let key = String(d.subject.raw.dropFirst("measure:".count))
    #expect(r.proposed.measures.first { $0.key == key }?.zh == c.label)
  }

  @Test func theOpeningDateIsTheRulesStart() throws {
    let d = try draft("6月8日起，各区开设发热患者转运专线。").drafts.first { $0.subject.kind == .measure }
    #expect(d?.interval.effective.iso8601 == "2022-06-08T00:00+08:00")
  }

  @Test(arguments: [
    "市区两级共组建120个工作专班。",  // a count: a figure, not a rule
    "该平台上线仅3个小时，就收到求助信息200余条。",  // time since, then a figure
    "据了解，我市第一时间启动应急响应。",  // a report of the authorities' work
    "各社区建立网格化管理机制。",  // a mechanism of the authorities
    "要确保热线24小时畅通。",  // a goal
  ])
  func opensNothing(_ text: String) throws {
    #expect(try draft(text).drafts.filter { $0.subject.kind == .measure }.isEmpty)
  }
}

@Suite("Draft: a reprinted notice in force on its publication is dated by its signature")
struct DraftSignedNoticeTests {
  static let page = """
    示例市新闻发布会6月4日召开，通报近期疫情防控工作。

    示例市疫情防控指挥部关于进一步加强重点场所管理的通告

    （2022年第15号）

    一、即日起，全市棋牌室暂停营业。

    二、金水区：花园路街道锦绣社区幸福里小区实行封控区管理。

    本通告自发布之日起执行。

    示例市疫情防控指挥部
    2022年6月2日

    6月4日起，全市游泳馆暂停开放。
    """

  @Test func itsUndatedRulesAndZonesTakeTheSignatureDate() throws {
    let d = try draft(Self.page).drafts
    let chess = try #require(d.first { $0.quote.contains("棋牌室") && $0.subject.kind == .measure })
    #expect(chess.interval.effective.iso8601 == "2022-06-02T00:00+08:00")
    #expect(chess.recorded.iso8601 == "2022-06-04T20:00+08:00")
    let zone = try #require(d.first { $0.type == .zoneDesignated })
    #expect(zone.interval.effective.iso8601 == "2022-06-02T00:00+08:00")
    // After the signature the briefing's own text is dated as before.
    let pool = try #require(d.first { $0.quote.contains("游泳馆") })
    #expect(pool.interval.effective.iso8601 == "2022-06-04T00:00+08:00")
  }

  @Test func aNoticeThatDoesNotSayItIsInForceKeepsThePublication() throws {
    let page = Self.page.replacingOccurrences(of: "本通告自发布之日起执行。", with: "")
    let chess = try #require(try draft(page).drafts.first { $0.quote.contains("棋牌室") && $0.subject.kind == .measure })
    #expect(chess.interval.effective.iso8601 == "2022-06-04T20:00+08:00")
  }
}

@Suite("Draft: a figure an earlier log reported with the same value is no news")
struct DraftRepeatedFigureTests {
  static let published = try! Timestamp.parse("2022-06-04T20:00+08:00")

  func figures(_ text: String, known: Set<String>) throws -> [Draft] {
    Drafter(catalogue: try DraftFixture.catalogue(), knownFigures: known).draft(text: text, source: "made-up", published: Self.published)
      .drafts.filter { $0.type == .metricReported }
  }

  @Test func aRepeatIsDroppedAChangeIsKept() throws {
    let first = try #require(try figures("6月3日0—24时，全市新增本土确诊病例12例。", known: []).first)
    let key = try #require(Drafter.figureKey(subject: first.subject.raw, data: first.data))
    #expect(try figures("6月3日0—24时，全市新增本土确诊病例12例。", known: [key]).isEmpty)
    #expect(try figures("6月3日0—24时，全市新增本土确诊病例15例。", known: [key]).count == 1)
  }
}

@Suite("Draft: the same rule days later is a restatement, with a date or a change an amendment")
struct DraftRestatementTests {
  static let published = try! Timestamp.parse("2022-06-04T20:00+08:00")

  func type(_ text: String, recent: Bool) throws -> EventType? {
    let known: Set<String> = ["measure:dining.dine-in"]
    return Drafter(catalogue: try DraftFixture.catalogue(), knownSubjects: known, recentSubjects: recent ? known : [])
      .draft(text: text, source: "made-up", published: Self.published).drafts.first { $0.subject.raw == "measure:dining.dine-in" }?.type
  }

  @Test func undatedAndUnchangedDaysLaterIsRestated() throws {
    #expect(try type("全市餐饮服务单位暂停堂食，可提供外卖服务。", recent: true) == .measureRestated)
  }

  @Test func aDateOrAChangeMakesItAnAmendment() throws {
    #expect(try type("自6月5日起，全市餐饮服务单位暂停堂食。", recent: true) == .measureAmended)
    #expect(try type("全市餐饮服务单位暂停堂食，外卖服务时间调整为8时至20时。", recent: true) == .measureAmended)
  }

  @Test func monthsLaterItIsStatedAnew() throws {
    #expect(try type("全市餐饮服务单位暂停堂食，可提供外卖服务。", recent: false) == .measureAmended)
  }
}

@Suite("Draft: a count the text says is province-wide is the province's")
struct DraftProvinceFigureTests {
  @Test func quanShengScopesTheFigure() throws {
    let d = try draft("全省共有定点救治医院86家。").drafts.filter { $0.type == .metricReported }
    #expect(d.map { $0.subject.raw.hasSuffix("@province") } == [true], "\(d.map(\.subject.raw))")
    let city = try draft("全市共有定点救治医院16家。").drafts.filter { $0.type == .metricReported }
    #expect(city.map { $0.subject.raw.hasSuffix("@city") } == [true], "\(city.map(\.subject.raw))")
  }
}

@Suite("Draft: a date after a purpose clause still opens its sentence")
struct DraftPurposeClauseDateTests {
  @Test func everyPartTakesIt() throws {
    let d = try draft("为减少人员流动，6月6日，示例市对轨道交通运营进行了调整，部分线路暂停运营；途经封控区的地铁全部实行甩站运行。").drafts
    let metro = d.filter { $0.subject.kind == .measure && $0.quote.contains("甩站") }
    #expect(
      !metro.isEmpty && metro.allSatisfy { $0.interval.effective.iso8601 == "2022-06-06T00:00+08:00" },
      "\(d.map { "\($0.subject.raw) \($0.interval.effective.iso8601)" })")
  }

  @Test func aDateDeepInALongerOpeningDoesNot() {
    #expect(!Drafter.opens(Array("为做好服务保障，各区县、各部门，6月6日"), at: 16))
    #expect(Drafter.opens(Array("为做好服务保障，6月6日"), at: 8))
    #expect(Drafter.opens(Array("为持续做好全市疫情防控工作，6月6日"), at: 14))
  }
}
