import Foundation
import Testing

@testable import TimelineKit

/// `render --stringency`: the index under the figures, one point a day, from the same coding as `export indicators`.
@Suite struct StringencyLineTests {
  func chart(district: String?) throws -> TimelineChart {
    let table = try RealData.table.get()
    let catalogue = try Catalogue.load(path: RealData.directory + "/catalogue.json")
    let chart = try TimelineChart(
      table: table, catalogue: catalogue, from: try Timestamp.parseUserInput("2022-11-20"), to: try Timestamp.parseUserInput("2022-12-02"),
      filter: SubjectFilter(district: district))
    return try chart.withStringency(table: table, area: district)
  }

  @Test func oneDistrictGetsItsOwnIndexByDay() throws {
    let c = try chart(district: "zhongyuan")
    #expect(c.stringency.count == 12, "12:00 of 20 November to 1 December")
    let day = try #require(c.stringency.first { $0.time.iso8601 == "2022-11-26T12:00+08:00" })
    let table = try RealData.table.get()
    let rows = try table.indicatorDays(
      firstDay: try Timestamp.parseUserInput("2022-11-26"), lastDay: try Timestamp.parseUserInput("2022-11-26"), secondsIntoDay: 12 * 3600,
      knownAt: nil, areas: ["zhongyuan"], catalogue: c.catalogue)
    #expect(day.index == rows[0].stringency, "the same number as export indicators")
    let svg = SVGRenderer(chart: c).standalone()
    #expect(svg.contains("<g class=\"stringency\" data-area=\"zhongyuan\">"))
    #expect(svg.contains("Stringency index (OxCGRT formula), 中原区"))
    #expect(svg.contains("data-time=\"2022-11-26T12:00+08:00\" data-value=\"\(EventTable.twoDecimals(day.index.value!))\""))
  }

  @Test func withoutTheOptionThereIsNoLine() throws {
    let table = try RealData.table.get()
    let catalogue = try Catalogue.load(path: RealData.directory + "/catalogue.json")
    let c = try TimelineChart(table: table, catalogue: catalogue)
    #expect(c.stringency.isEmpty)
    #expect(!SVGRenderer(chart: c).standalone().contains("class=\"stringency\""))
  }
}
