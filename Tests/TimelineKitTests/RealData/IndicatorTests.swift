import Foundation
import Testing

@testable import TimelineKit

/// OxCGRT-style codes from the bundled briefings (issue 18): what each indicator should have said, in which
/// district, on whose word.
@Suite struct IndicatorTests {
  func t(_ s: String) throws -> Timestamp { try Timestamp.parseUserInput(s) }

  func cells(_ day: String, _ area: String?, confirmedOnly: Bool = false) throws -> [String: IndicatorCell] {
    let table = try RealData.table.get()
    let catalogue = try Catalogue.load(path: RealData.directory + "/catalogue.json")
    let days = try table.indicatorDays(
      firstDay: try t(day), lastDay: try t(day), secondsIntoDay: 12 * 3600, knownAt: nil, areas: [area],
      confirmedOnly: confirmedOnly, catalogue: catalogue)
    return try #require(days.first).cells
  }

  @Test func theOpenLetterKeepsZhongyuanAtHomeOn26November() throws {
    let c6 = try #require(try cells("2022-11-26", "zhongyuan")["C6"])
    #expect(c6.level >= 2)
    #expect(c6.flag == .general, "the order covers all eight main districts, Zhongyuan whole")
    #expect(c6.deciding.map(\.id) == ["pc35-010"], "the open letter of 23 November (郑州市疫情防控指挥部致全体市民的公开信)")
    #expect(c6.deciding[0].quote.contains("市民原则上居家，非必要不出户不出小区"))
    #expect(c6.confirmed, "its text gives the end, 11月29日24时")
  }

  @Test func onThe30thTheLetterNoLongerDecides() throws {
    let c6 = try cells("2022-11-30", "zhongyuan")["C6"]
    #expect(c6?.deciding.contains { $0.id == "pc35-010" } != true, "the order ran to 11月29日24时")
    #expect(c6?.flag != .general, "at most a zone inside the district, never the whole district")
    // What is left is a January zone nobody restated: coded, but unconfirmed; with --confirmed-only nothing.
    #expect(c6?.confirmed != true)
    #expect(try cells("2022-11-30", "zhongyuan", confirmedOnly: true)["C6"] == nil)
  }

  @Test func theEightDistrictOrderDoesNotRaiseC6InShangjie() throws {
    let shangjie = try cells("2022-11-26", "shangjie")
    #expect(shangjie["C6"]?.deciding.contains { $0.id == "pc35-010" } != true)
    #expect((shangjie["C6"]?.level ?? 0) < 2)
    // Citywide rules still reach it: the gatherings ban of 7 November.
    #expect(shangjie["C4"]?.deciding.map(\.id) == ["pc34-032"])
    #expect(shangjie["C4"]?.flag == .general)
  }

  @Test func onTheCityRowTheEightDistrictOrderIsTargeted() throws {
    let c6 = try #require(try cells("2022-11-26", nil, confirmedOnly: true)["C6"])
    #expect(c6.level == 2)
    #expect(c6.flag == .targeted, "eight of the city's sixteen districts and counties")
    #expect(c6.deciding.map(\.id) == ["pc35-010"])
    #expect(c6.confirmed)
  }

  @Test func anUnconfirmedRuleStillCountsButSaysSo() throws {
    // Gaoxin's sealed zone of January (pc28-045) is never lifted in the texts. Like OxCGRT's carried-forward codes
    // it still counts (level 3, stricter than the November order), but the cell says nobody confirmed it for ten
    // months; with --confirmed-only the November order decides.
    let gaoxin = try #require(try cells("2022-11-26", "gaoxin")["C6"])
    #expect(gaoxin.deciding.map(\.id) == ["pc28-045"])
    #expect(gaoxin.level == 3 && gaoxin.flag == .targeted && !gaoxin.confirmed)
    let confirmed = try #require(try cells("2022-11-26", "gaoxin", confirmedOnly: true)["C6"])
    #expect(confirmed.deciding.map(\.id) == ["pc35-010"])
    #expect(confirmed.level == 2 && confirmed.flag == .general && confirmed.confirmed)
    // The city row: the same zone, targeted, unconfirmed.
    let city = try #require(try cells("2022-11-26", nil)["C6"])
    #expect(city.deciding.map(\.id) == ["pc28-045"] && !city.confirmed)
  }

  @Test func onTenJanuaryC1ReflectsOnlineTeachingForPrimaryAndSecondarySchools() throws {
    let c1 = try #require(try cells("2022-01-10", nil)["C1"])
    #expect(c1.deciding.map(\.id) == ["pc29-025"], "从1月10日开始，郑州中小学再次启动线上教学")
    #expect(c1.level == 2, "some levels (中小学), not all: the text names no kindergartens or universities")
    #expect(c1.flag == .general)
    // Before it, only off-campus tutoring had stopped: a workplace under C2 in OxCGRT's guide, not a school.
    #expect(try cells("2022-01-09", nil)["C1"] == nil)
    // (There C2 is the zones' closure of all but essential places, stricter than tutoring's level 2.)
    #expect(try cells("2022-01-09", nil)["C2"]?.deciding.map(\.id) == ["pc28-011"])
    // In November schools, childcare and tutoring all went online: every level.
    #expect(try cells("2022-11-10", nil)["C1"]?.level == 3)
  }

  @Test func whereNoEventBearsTheCellIsEmptyAndTheIndexSaysSo() throws {
    let jan = try cells("2022-01-10", nil)
    #expect(jan["C8"] == nil, "no event is about international travel")
    #expect(jan["C3"] == nil && jan["C4"] == nil, "no gatherings rule in January")
    let index = IndicatorCoding.stringency(jan)
    #expect(index.basis == 5)
    #expect(try cells("2022-01-01", nil).isEmpty)
    #expect(IndicatorCoding.stringency([:]) == StringencyIndex(value: nil, basis: 0, floor: 0))
  }

  @Test func aJanuaryRuleIsStillCodedInFebruaryButMarkedUnconfirmed() throws {
    let c1 = try #require(try cells("2022-02-01", nil)["C1"])
    #expect(c1.deciding.map(\.id) == ["pc29-025"])
    #expect(!c1.confirmed, "last stated 2022-01-11, more than 14 days before")
    #expect(try cells("2022-02-01", nil, confirmedOnly: true)["C1"] == nil)
  }

  @Test func theColumnsAreTheDocumentedOnes() {
    var expected = "date,time,area,area_zh,stringency,stringency_indicators,stringency_floor"
    for code in ["C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8", "H2", "H6"] {
      expected += ",\(code),\(code)_flag,\(code)_status,\(code)_events,\(code)_sources,\(code)_quote"
    }
    #expect(EventTable.indicatorColumns.map(\.name).joined(separator: ",") == expected)
  }

  @Test func theStringencyFormulaIsOxCGRTs() throws {
    let c6 = Indicator.named("C6")!
    let c8 = Indicator.named("C8")!
    // 100 × (v − 0.5 × (F − f)) / N
    #expect(IndicatorCoding.subIndex(c6, IndicatorCell(level: 2, flag: .general, confirmed: true, deciding: [])) == 100 * 2 / 3.0)
    #expect(IndicatorCoding.subIndex(c6, IndicatorCell(level: 2, flag: .targeted, confirmed: true, deciding: [])) == 100 * 1.5 / 3.0)
    #expect(IndicatorCoding.subIndex(c6, IndicatorCell(level: 0, flag: nil, confirmed: true, deciding: [])) == 0)
    #expect(IndicatorCoding.subIndex(c8, IndicatorCell(level: 3, flag: nil, confirmed: true, deciding: [])) == 75)
    let cells: [String: IndicatorCell] = [
      "C6": IndicatorCell(level: 3, flag: .general, confirmed: true, deciding: []),
      "C7": IndicatorCell(level: 1, flag: .targeted, confirmed: true, deciding: []),
      "H2": IndicatorCell(level: 3, flag: nil, confirmed: true, deciding: []),
    ]
    let index = IndicatorCoding.stringency(cells)
    #expect(index.basis == 2, "H2 is not in the stringency index")
    #expect(index.value == 125.0 / 2)
    #expect(index.floor == 125.0 / 8)
    #expect(EventTable.twoDecimals(66.2) == "66.20")
    #expect(EventTable.twoDecimals(83.3333) == "83.33")
  }
}

/// The `indicators` mapping in the catalogue: read, and checked against OxCGRT's codebook.
@Suite struct CatalogueIndicatorTests {
  func parse(_ indicators: String) throws -> Catalogue {
    let json = """
      {"categories": ["movement"], "zone_levels": [{"key": "sealed", "zh": "封控区", "en": "sealed area", "indicators": [{"code": "C6", "level": 3}]}],
       "scopes": [{"key": "city", "kind": "city", "zh": "郑州市", "en": "Zhengzhou"}],
       "measures": [{"key": "movement.stay-home", "category": "movement", "zh": "居家", "en": "Stay home", "indicators": \(indicators)}],
       "metrics": []}
      """
    return try Catalogue.parse(Array(json.utf8), path: "catalogue.json")
  }

  @Test func mappingsAreReadInOrder() throws {
    let c = try parse(#"[{"code": "C1", "level": 3, "param": "institutions", "has": "学校"}, {"code": "C1", "level": 2, "why": "some levels"}]"#)
    let m = c.measures["movement.stay-home"]!.indicators
    #expect(m.count == 2)
    #expect(m[0].param == "institutions" && m[0].has == "学校" && m[0].level == 3)
    #expect(m[1].why == "some levels")
    #expect(c.zoneLevelIndicators["sealed"] == [IndicatorMapping(code: "C6", level: 3)])
    #expect(c.indicatorProblems.isEmpty)
  }

  struct Bad: CustomTestStringConvertible, Sendable {
    let indicators: String
    let message: String
    var testDescription: String { indicators }
  }

  @Test(arguments: [
    Bad(
      indicators: #"[{"code": "C9", "level": 1}]"#,
      message: "measure 'movement.stay-home': unknown indicator code 'C9'; expected one of C1, C2, C3, C4, C5, C6, C7, C8, H2, H6"),
    Bad(indicators: #"[{"code": "C6", "level": 4}]"#, message: "measure 'movement.stay-home': C6 level 4 is out of its range 0-3"),
    Bad(indicators: #"[{"code": "C3", "level": -1}]"#, message: "measure 'movement.stay-home': C3 level -1 is out of its range 0-2"),
    Bad(
      indicators: #"[{"code": "C8", "level": 1, "flag": "general"}]"#, message: "measure 'movement.stay-home': C8 has no flag in OxCGRT's codebook"),
    Bad(
      indicators: #"[{"code": "C6", "level": 1, "flag": "partly"}]"#, message: "measure 'movement.stay-home': C6 flag must be 'targeted' or 'general'"
    ),
    Bad(
      indicators: #"[{"code": "C6"}]"#, message: "measure 'movement.stay-home': each 'indicators' item needs a string 'code' and an integer 'level'"),
    Bad(indicators: #"{"code": "C6"}"#, message: "measure 'movement.stay-home': 'indicators' must be an array of objects"),
  ])
  func aWrongMappingIsReportedAndLeftOut(_ bad: Bad) throws {
    let c = try parse(bad.indicators)
    #expect(c.indicatorProblems.map { "\($0)" } == ["catalogue.json: invalid catalogue entry: " + bad.message])
    #expect(c.measures["movement.stay-home"]!.indicators.isEmpty, "the catalogue stays usable; the bad line is left out")
  }

  @Test func theBundledCatalogueHasNoMappingProblem() throws {
    let c = try Catalogue.load(path: RealData.directory + "/catalogue.json")
    #expect(c.indicatorProblems.isEmpty)
    #expect(c.measures["movement.stay-home"]!.indicators.contains { $0.code == "C6" && $0.level == 2 })
  }
}
