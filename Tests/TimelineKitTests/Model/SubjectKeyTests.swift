import Testing

@testable import TimelineKit

/// The subject key grammar, `kind ":" name ["@" scope]`, on keys of the real logs and on broken ones.
@Suite struct SubjectKeyTests {
  @Test func partsOfRealKeys() throws {
    let zone = try SubjectKey("zone:erqi/wulong-xincheng-xiangxieyuan")
    #expect(zone.kind == .zone && zone.zoneDistrict == "erqi" && zone.name == "erqi/wulong-xincheng-xiangxieyuan" && zone.scope == nil)
    let metric = try SubjectKey("metric:cases.confirmed.cumulative@erqi")
    #expect(metric.kind == .metric && metric.name == "cases.confirmed.cumulative" && metric.scope == "erqi" && metric.zoneDistrict == nil)
    let measure = try SubjectKey("measure:dining.dine-in")
    #expect(measure.kind == .measure && measure.name == "dining.dine-in" && measure.scope == nil)
    #expect(try SubjectKey("measure:venues.non-essential@zones:sealed,controlled").scope == "zones:sealed,controlled")
    #expect(try SubjectKey("testing:2022-11-27-main-urban-8").name == "2022-11-27-main-urban-8")
  }

  @Test(arguments: [
    ("dining.dine-in", SubjectKeyError.unknownKind("dining.dine-in")),
    ("rule:dining", .unknownKind("rule")),
    ("measure:", .missingName),
    ("metric:cases.new@", .missingName),
    ("metric:cases.new", .metricWithoutScope),
    ("zone:erqi", .zoneWithoutDistrict),
    ("zone:erqi/a/b", .zoneWithoutDistrict),
    ("zone:/a", .zoneWithoutDistrict),
    ("zone:erqi/a@city", .scopeNotAllowed),
    ("zone:二七/a", .badCharacters),
    ("measure:dining dine-in", .badCharacters),
    ("measure:dining.dine-in@cit\u{301}y", .badCharacters),
  ])
  func brokenKeysSayWhatIsWrong(_ raw: String, _ error: SubjectKeyError) {
    #expect(throws: error) { try SubjectKey(raw) }
  }
}
