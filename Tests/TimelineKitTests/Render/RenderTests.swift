import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import TimelineKit

@Suite struct RenderEscapingTests {
  @Test func markupEscapesTextAndAttributes() {
    #expect(HTMLEscaping.markup(#"<a href="x">&'</a>"#) == "&lt;a href=&quot;x&quot;&gt;&amp;&#39;&lt;/a&gt;")
    #expect(HTMLEscaping.markup("封控区 sealed") == "封控区 sealed")
    #expect(HTMLEscaping.markup("a\u{1}b\tc\nd") == "a\u{FFFD}b\tc\nd")
  }

  @Test func scriptJSONStaysInert() {
    let s = HTMLEscaping.scriptJSONString("</script><!--\"\\&\u{2028}\u{2029}\n\u{1}")
    #expect(s == #""\u003c/script\u003e\u003c!--\"\\\u0026\u2028\u2029\n\u0001""#)
    #expect(!s.contains("<") && !s.contains(">") && !s.contains("&"))
    // It is still JSON that decodes to the original text.
    let decoded = try? JSONSerialization.jsonObject(with: Data(("[" + s + "]").utf8), options: []) as? [String]
    #expect(decoded?.first == "</script><!--\"\\&\u{2028}\u{2029}\n\u{1}")
  }
}

@Suite struct RenderTimeAxisTests {
  struct Window: CustomTestStringConvertible, Sendable {
    let from: String
    let to: String
    var testDescription: String { from + " to " + to }
  }

  @Test(arguments: [
    Window(from: "2022-01-07", to: "2022-01-10"), Window(from: "2022-01-07", to: "2022-01-14"),
    Window(from: "2022-01-01", to: "2022-12-31"), Window(from: "2021-01-01", to: "2024-01-01"),
    Window(from: "2022-01-08T10:00", to: "2022-01-08T16:00"),
  ])
  func tickCountIsSane(_ w: Window) throws {
    let axis = TimeAxis(from: try Timestamp.parseUserInput(w.from), to: try Timestamp.parseUserInput(w.to), width: 1140)
    #expect((4...40).contains(axis.ticks.count), "\(axis.ticks.count) ticks")
    // Ticks are inside the window, in order, and far enough apart for their labels.
    for (a, b) in zip(axis.ticks, axis.ticks.dropFirst()) { #expect(axis.x(b.time) - axis.x(a.time) >= 60) }
    #expect(axis.ticks.allSatisfy { $0.time >= axis.from && $0.time <= axis.to })
  }

  @Test func threeDaysGetHoursAndThreeYearsGetMonths() throws {
    let days = TimeAxis(from: try Timestamp.parseUserInput("2022-01-07"), to: try Timestamp.parseUserInput("2022-01-10"), width: 1140)
    #expect(days.ticks.first?.label == "00:00" && days.ticks.first?.major == "01-07")
    #expect(days.ticks.count == 13)  // every 6 hours
    let years = TimeAxis(from: try Timestamp.parseUserInput("2021-01-01"), to: try Timestamp.parseUserInput("2024-01-01"), width: 1140)
    #expect(years.ticks.map(\.label).prefix(3) == ["01", "04", "07"])  // quarters
    #expect(years.ticks.first?.major == "2021")
  }
}

@Suite struct RenderChartTests {
  @Test func fixtureBarsFollowTheReplay() throws {
    let f = try RenderFixture()
    defer { f.fixture.remove() }
    let chart = TimelineChart(timeline: f.timeline)
    let rows = Dictionary(uniqueKeysWithValues: chart.groups.flatMap(\.rows).map { ($0.subject.raw, $0) })
    #expect(rows.keys.sorted() == ["measure:dining.dine-in", "measure:movement.stay-home", "measure:transport.bus", "zone:erqi/xiangxieyuan"])
    func spans(_ s: String) -> [String] {
      rows[s]!.bars.map { "\($0.start.iso8601) \($0.end?.iso8601 ?? "-") \($0.endKind.rawValue) \($0.event.id)" }
    }
    #expect(
      spans("measure:transport.bus") == [
        "2022-01-10T00:00+08:00 2022-01-12T00:00+08:00 change bus-1",
        "2022-01-12T00:00+08:00 2022-01-14T00:00+08:00 scheduled bus-2",
        "2022-01-14T00:00+08:00 - unknown bus-1",
      ])
    #expect(spans("measure:dining.dine-in") == ["2022-01-08T12:00+08:00 2022-01-13T00:00+08:00 lift dine-1"])
    #expect(spans("measure:movement.stay-home") == ["2022-01-10T00:00+08:00 2022-01-12T00:00+08:00 scheduled home-1"])
    #expect(
      spans("zone:erqi/xiangxieyuan") == [
        "2022-01-09T00:00+08:00 2022-01-12T00:00+08:00 change zone-1", "2022-01-12T00:00+08:00 - unknown zone-2",
      ])
    #expect(rows["zone:erqi/xiangxieyuan"]!.bars.map(\.style) == ["zone-sealed", "zone-controlled"])
    #expect(rows["measure:dining.dine-in"]!.markers.map(\.event.id) == ["dine-1", "dine-2"])
    #expect(chart.briefings.count == 1)
  }

  @Test func districtAndCategoryFilterRows() throws {
    let f = try RenderFixture()
    defer { f.fixture.remove() }
    let jinshui = TimelineChart(timeline: f.timeline, filter: SubjectFilter(district: "jinshui"))
    #expect(jinshui.groups.flatMap(\.rows).map(\.subject.raw).sorted() == ["measure:dining.dine-in", "measure:transport.bus"])
    let dining = TimelineChart(timeline: f.timeline, filter: SubjectFilter(category: "dining"))
    #expect(dining.groups.map(\.category) == ["dining"])
  }

  /// Oracle: at every hour of the data, a bar covers T with event E exactly when `timeline state` shows E.
  @Test func barsAgreeWithStateOnRealData() throws {
    let t = try RealData.timeline.get()
    let chart = TimelineChart(timeline: t)
    let bars = chart.groups.flatMap(\.rows).flatMap(\.bars)
    var checked = 0
    var at = try Timestamp.parseUserInput("2022-01-06")
    let end = try Timestamp.parseUserInput("2022-12-02")
    while at < end {
      let state = Dictionary(uniqueKeysWithValues: t.state(at: Bitemporal(at: at)).map { ($0.subject, $0.event.id) })
      var covered: [SubjectKey: String] = [:]
      for b in bars where b.start <= at && (b.end.map { at < $0 } ?? true) {
        #expect(covered[b.subject] == nil, "two bars of \(b.subject) cover \(at)")
        covered[b.subject] = b.event.id
      }
      let expected = state.filter { $0.key.kind != .metric }
      #expect(covered == expected, "at \(at.iso8601)")
      checked += 1
      at = at.adding(seconds: 6 * 3600)
    }
    #expect(checked > 1000)
  }

  @Test func realBarsForStayHomeBusAndDineIn() throws {
    let chart = TimelineChart(timeline: try RealData.timeline.get())
    let rows = Dictionary(uniqueKeysWithValues: chart.groups.flatMap(\.rows).map { ($0.subject.raw, $0) })
    let stay = rows["measure:movement.stay-home"]!.bars
    #expect(stay.count == 1)
    #expect(stay.first?.start.iso8601 == "2022-11-25T00:00+08:00" && stay.first?.end?.iso8601 == "2022-11-30T00:00+08:00")
    #expect(stay.first?.endKind == .scheduled)
    let bus = rows["measure:transport.bus"]!.bars.map { "\($0.start.iso8601)|\($0.end?.iso8601 ?? "")|\($0.endKind.rawValue)" }
    #expect(
      bus == [
        "2022-01-10T00:00+08:00|2022-11-25T00:00+08:00|change", "2022-11-25T00:00+08:00|2022-11-30T00:00+08:00|scheduled",
        "2022-11-30T00:00+08:00||unknown",
      ])
    let dine = rows["measure:dining.dine-in"]!.bars
    #expect(dine.map(\.event.id).prefix(2) == ["pc28-036", "pc29-036"])
    #expect(dine.first?.end?.iso8601 == "2022-01-08T12:00+08:00" && dine.first?.endKind == .change)
  }
}

@Suite struct RenderOutputTests {
  @Test func htmlHasOneRowPerSubjectAndOneBarPerInterval() throws {
    let chart = TimelineChart(timeline: try RealData.timeline.get())
    let html = HTMLRenderer(chart: chart).page()
    let rows = Markup.tags(html, class: "row")
    #expect(rows.count == chart.rowCount)
    #expect(Set(rows.compactMap { Markup.attribute($0, "data-subject") }).count == rows.count)
    let bars = Markup.tags(html, class: "bar")
    #expect(bars.count == chart.barCount)
    let stay = bars.filter { Markup.attribute($0, "data-subject") == "measure:movement.stay-home" }
    #expect(stay.count == 1)
    #expect(Markup.attribute(stay[0], "data-start") == "2022-11-25T00:00+08:00")
    #expect(Markup.attribute(stay[0], "data-end") == "2022-11-30T00:00+08:00")
    #expect(Markup.attribute(stay[0], "data-end-kind") == "scheduled")
    let bus = bars.filter { Markup.attribute($0, "data-subject") == "measure:transport.bus" }
    #expect(bus.map { Markup.attribute($0, "data-end-kind") } == ["change", "scheduled", "unknown"])
    #expect(bus.last.flatMap { Markup.attribute($0, "data-end") } == "")
    let dine = bars.filter { Markup.attribute($0, "data-subject") == "measure:dining.dine-in" }
    #expect(dine.compactMap { Markup.attribute($0, "data-start") }.contains("2022-01-08T12:00+08:00"))
    // every bar and marker is focusable and has a text alternative
    #expect(bars.allSatisfy { $0.contains("tabindex=\"0\"") })
    #expect(Markup.tags(html, class: "marker").allSatisfy { $0.contains("tabindex=\"0\"") })
    #expect(Markup.count(html, "<title>") >= bars.count + Markup.tags(html, class: "marker").count)
    // self-contained: no network, no external resources
    #expect(!html.contains("http://") || html.components(separatedBy: "http://").dropFirst().allSatisfy { $0.hasPrefix("www.w3.org/2000/svg") })
    #expect(!html.contains("https://") && !html.contains(" src=") && !html.contains("<link"))
    #expect(html.contains("Noto Sans CJK SC") && html.contains("Microsoft YaHei") && html.contains("PingFang SC"))
  }

  @Test func briefingLinesInRange() throws {
    let t = try RealData.timeline.get()
    let full = HTMLRenderer(chart: TimelineChart(timeline: t)).page()
    #expect(Markup.tags(full, class: "briefing").count == 5)
    let week = TimelineChart(
      timeline: t, from: try Timestamp.parseUserInput("2022-01-07"), to: try Timestamp.parseUserInput("2022-01-14"))
    let html = HTMLRenderer(chart: week).page()
    let lines = Markup.tags(html, class: "briefing")
    #expect(lines.compactMap { Markup.attribute($0, "data-number") } == ["28", "", "29"])
    #expect(lines.compactMap { Markup.attribute($0, "data-date") }.map { String($0.prefix(10)) } == ["2022-01-08", "2022-01-10", "2022-01-11"])
    // rows in the week: only subjects with a bar or a change in the window
    #expect(week.rowCount < TimelineChart(timeline: t).rowCount)
    #expect(Markup.tags(html, class: "row").count == week.rowCount)
  }

  @Test func hostileQuotesAreEscapedEverywhere() throws {
    let f = try RenderFixture()
    defer { f.fixture.remove() }
    let chart = TimelineChart(timeline: f.timeline)
    for text in [HTMLRenderer(chart: chart).page(), SVGRenderer(chart: chart).standalone()] {
      #expect(!text.contains(RenderFixture.hostileQuote))
      #expect(!text.contains("<img"))
      #expect(!text.contains("<b>"))
      #expect(!text.contains(#"& ""#))
      #expect(text.contains("&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;&quot;&amp;"))
      #expect(text.contains("&lt;b&gt;香榭园&lt;/b&gt; &amp; &quot;东区&quot;"))
    }
    let html = HTMLRenderer(chart: chart).page()
    #expect(Markup.count(html, "</script>") == 2)  // the data block and the script, nothing from the data
    #expect(html.contains(#"\u003c/script\u003e\u003cimg src=x onerror=alert(1)\u003e\"\u0026"#))
  }

  @Test func svgIsStandaloneWellFormedXML() throws {
    let f = try RenderFixture()
    defer { f.fixture.remove() }
    for chart in [TimelineChart(timeline: f.timeline), TimelineChart(timeline: try RealData.timeline.get())] {
      let svg = SVGRenderer(chart: chart).standalone()
      #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
      #expect(!svg.contains("<script"))
      #expect(Markup.tags(svg, class: "bar").count == chart.barCount)
      #expect(Markup.count(svg, "<title") > chart.barCount)
      let parser = XMLParser(data: Data(svg.utf8))
      #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }
  }

  @Test func renderCommandWritesTheFileAndReports() throws {
    let f = try RenderFixture()
    defer { f.fixture.remove() }
    // Outputs never go inside the events directory.
    let outDir = try EndToEndTests.emptyDirectory()
    defer { try? FileManager.default.removeItem(atPath: outDir) }
    let out = outDir + "/chart.html"
    let err = ErrBox()
    let io = CommandIO(writeOut: { _ in }, writeErr: { err.append($0) }, readInput: { [] })
    let status = TimelineCLI.run(["render", "--events", f.fixture.dir, "--output", out], io: io)
    #expect(status == 0)
    #expect(err.text == "wrote \(out) (4 rows, 7 bars, 1 briefings)\n")
    #expect(try String(contentsOfFile: out, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
    let bad = TimelineCLI.run(["render", "--events", f.fixture.dir, "--output", out, "--format", "png"], io: io)
    #expect(bad == 64)
  }

  /// The command writes the page in parts (a month of a large store is tens of thousands of rows): the file is the
  /// page built whole, for the real logs, as HTML and as SVG.
  @Test func theFileWrittenInPartsIsThePageBuiltWhole() throws {
    let outDir = try EndToEndTests.emptyDirectory()
    defer { try? FileManager.default.removeItem(atPath: outDir) }
    let (table, catalogue) = try QuerySupport.table(RealData.directory)
    let chart = try TimelineChart(table: table, catalogue: catalogue, from: nil, to: nil, filter: SubjectFilter(), confirmation: Confirmation())
    #expect(chart.rowCount > 100)
    let io = CommandIO(writeOut: { _ in }, writeErr: { _ in }, readInput: { [] })
    for (format, whole) in [("html", HTMLRenderer(chart: chart).page()), ("svg", SVGRenderer(chart: chart).standalone())] {
      let out = outDir + "/chart." + format
      #expect(TimelineCLI.run(["render", "--events", RealData.directory, "--output", out, "--format", format], io: io) == 0)
      let written = try String(contentsOfFile: out, encoding: .utf8)
      #expect(written == whole, "\(format): \(written.utf8.count) bytes written, \(whole.utf8.count) built whole")
    }
    var parts = 0
    HTMLRenderer(chart: chart).page { _ in parts += 1 }
    #expect(parts > chart.rowCount / 100, "the body goes out a hundred rows at a time")
  }
}

/// Collects bytes written by a command (tests only).
final class ErrBox: @unchecked Sendable {
  private var bytes: [UInt8] = []
  private let lock = NSLock()
  func append(_ b: [UInt8]) { lock.withLock { bytes += b } }
  var text: String { lock.withLock { String(decoding: bytes, as: UTF8.self) } }
}
