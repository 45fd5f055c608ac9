import Foundation
import Testing

@testable import TimelineKit

/// The chart says what `state` says: when a rule was last stated, from when it is unconfirmed, how it ends; and
/// its time axis skips long empty stretches without hiding anything.
@Suite struct HonestChartTests {
  static func rows(_ chart: TimelineChart) -> [String: TimelineChart.Row] {
    Dictionary(uniqueKeysWithValues: chart.groups.flatMap(\.rows).map { ($0.subject.raw, $0) })
  }

  @Test func dineInFromNoonOfJanuaryEighthIsUnconfirmedAfterTwoWeeksAndReplacedInNovember() throws {
    let chart = TimelineChart(timeline: try RealData.timeline.get())
    let bar = try #require(Self.rows(chart)["measure:dining.dine-in"]?.bars.first { $0.start.iso8601 == "2022-01-08T12:00+08:00" })
    #expect(bar.event.id == "pc29-036")
    #expect(bar.lastStated.iso8601 == "2022-01-11T00:00+08:00")
    #expect(bar.lastStatement.source == "2022-01-11_press-conference-29")
    #expect(bar.statements.map(\.time.iso8601) == ["2022-01-11T00:00+08:00"])
    #expect(bar.unconfirmedFrom?.iso8601 == "2022-01-25T00:00+08:00")
    #expect(bar.unconfirmed == [TimelineChart.Span(from: bar.unconfirmedFrom!, to: bar.end)])
    #expect(bar.endKind == .change && bar.end?.iso8601 == "2022-11-07T00:00+08:00" && bar.endedBy?.id == "pc34-029")
    let title = ChartText.bar(bar, catalogue: chart.catalogue, horizonSeconds: Confirmation.defaultHorizonSeconds)
    #expect(
      title.hasPrefix(
        "in force 2022-01-08 12:00 → 2022-11-07 00:00\n"
          + "last stated 2022-01-11 00:00 (2022-01-11_press-conference-29), unconfirmed since 2022-01-25 00:00 (not restated for 14 days)\n"
          + "end: replaced 2022-11-07 00:00 by pc34-029\n"))
  }

  @Test func staleAfterMovesTheUnconfirmedPartAndTheLegendSaysSo() throws {
    let chart = TimelineChart(timeline: try RealData.timeline.get(), confirmation: Confirmation(horizonSeconds: 30 * 86_400))
    let bar = try #require(Self.rows(chart)["measure:dining.dine-in"]?.bars.first { $0.event.id == "pc29-036" })
    #expect(bar.unconfirmedFrom?.iso8601 == "2022-02-10T00:00+08:00")
    let svg = SVGRenderer(chart: chart).standalone()
    #expect(svg.contains("in force: stated within 30 days, or before its scheduled end"))
    #expect(svg.contains("unconfirmed: not restated for 30 days and no end given"))
  }

  @Test func novemberStayHomeHasAScheduledEndAndNoUnconfirmedPart() throws {
    let chart = TimelineChart(timeline: try RealData.timeline.get())
    let stay = try #require(Self.rows(chart)["measure:movement.stay-home"]?.bars)
    #expect(stay.count == 1)
    #expect(stay[0].endKind == .scheduled && stay[0].end?.iso8601 == "2022-11-30T00:00+08:00")
    #expect(stay[0].unconfirmed.isEmpty && stay[0].unconfirmedFrom == nil)
    #expect(ChartText.endText(stay[0]) == "end: scheduled 2022-11-30 00:00")
  }

  /// An unknown end is never drawn as "still in force": it fades, after a hatched unconfirmed part.
  @Test func unknownEndsFadeAndNothingSaysStillInForce() throws {
    let chart = TimelineChart(timeline: try RealData.timeline.get())
    let svg = SVGRenderer(chart: chart).standalone()
    let unknown = Markup.tags(svg, class: "bar end-unknown")
    #expect(!unknown.isEmpty)
    #expect(unknown.allSatisfy { Markup.attribute($0, "data-end") == "" && Markup.attribute($0, "data-unconfirmed-from") != "" })
    #expect(Markup.count(svg, "class=\"fade\"") == unknown.count)
    #expect(!svg.contains("still in force") && !svg.contains("class=\"cont\""))
    let bars = chart.groups.flatMap(\.rows).flatMap(\.bars)
    #expect(bars.filter { $0.endKind == .unknown }.allSatisfy { $0.end == nil && $0.unconfirmedFrom != nil })
    // One hatched rectangle for each unconfirmed stretch inside the window (rules of the last briefing become
    // unconfirmed only after the window ends).
    let spans = bars.flatMap(\.unconfirmed).filter { $0.from < chart.to && ($0.to.map { $0 > chart.from } ?? true) }
    #expect(Markup.count(svg, "class=\"unconfirmed\"") == spans.count)
    #expect(spans.count > 50)
    // The logs of the five briefings lift nothing; the three other kinds are all there, each drawn its own way
    // (the legend draws one cap and one tick of its own).
    for kind in ["scheduled", "change", "unknown"] { #expect(bars.contains { $0.endKind.rawValue == kind }, "\(kind)") }
    #expect(Markup.count(svg, "class=\"cap\"") == 1 + bars.filter { $0.endKind == .scheduled && $0.end! <= chart.to }.count)
    #expect(Markup.count(svg, "class=\"tick-end\"") == 1 + bars.filter { $0.endKind == .change && $0.end! <= chart.to }.count)
  }

  @Test func aLiftEndsItsBarAndSaysBy() throws {
    let f = try RenderFixture()
    defer { f.fixture.remove() }
    let chart = TimelineChart(timeline: f.timeline)
    let dine = try #require(Self.rows(chart)["measure:dining.dine-in"]?.bars.first)
    #expect(dine.endKind == .lift && dine.endedBy?.id == "dine-2")
    #expect(ChartText.endText(dine) == "end: lifted 2022-01-13 00:00 by dine-2")
    let svg = SVGRenderer(chart: chart).standalone()
    let bar = try #require(Markup.tags(svg, class: "bar end-lift").first)
    #expect(Markup.attribute(bar, "data-ended-by") == "dine-2")
    #expect(Markup.tags(svg, class: "marker").contains { Markup.attribute($0, "data-event") == "dine-2" })
  }

  /// Every bar's end is the end `standing` gives at its start: one implementation.
  @Test func barEndsAreTheStandingsEnds() throws {
    let t = try RealData.timeline.get()
    for bar in TimelineChart(timeline: t).groups.flatMap(\.rows).flatMap(\.bars) {
      let s = try #require(t.table.subjectIndex(bar.subject.raw))
      let st = try #require(t.table.standing(subject: s, at: bar.start.epochSeconds, knownAt: nil))
      switch st.end {
      case .scheduled(let u): #expect(bar.endKind == .scheduled && bar.end?.epochSeconds == u)
      case .announced(let at, _): #expect([.lift, .change].contains(bar.endKind) && bar.end?.epochSeconds == at)
      case .unknown: #expect(bar.endKind == .unknown && bar.end == nil)
      }
    }
  }

  @Test func fullRangeAxisSkipsTheMonthsBetweenJanuaryAndNovember() throws {
    let chart = TimelineChart(timeline: try RealData.timeline.get())
    let axis = SVGRenderer(chart: chart).axis
    let gap = try #require(axis.gaps.first)
    #expect(axis.gaps.count == 1)
    let october = try Timestamp.parseUserInput("2022-10-01")
    #expect(gap.from.iso8601.hasPrefix("2022-01-") && gap.to > october)
    #expect(gap.x1 - gap.x0 == TimeAxis.defaultGapWidth)
    // Nothing the chart shows is inside the skipped stretch; no tick either.
    #expect(chart.activity.allSatisfy { !axis.isCompressed($0) })
    #expect(chart.briefings.allSatisfy { !axis.isCompressed($0.time) })
    #expect(axis.ticks.allSatisfy { !axis.isCompressed($0.time) })
    // January is readable: the week of 8 to 14 January is more than three times as wide as on an unbroken axis.
    let (a, b) = (try Timestamp.parseUserInput("2022-01-08"), try Timestamp.parseUserInput("2022-01-15"))
    let unbroken = TimeAxis(from: chart.from, to: chart.to, width: axis.width)
    #expect(axis.x(b) - axis.x(a) > 3 * (unbroken.x(b) - unbroken.x(a)))
    let svg = SVGRenderer(chart: chart).standalone()
    #expect(Markup.tags(svg, class: "gap-mark").count == 1)
    #expect(svg.contains("time skipped: " + ChartText.short(gap.from) + " to " + ChartText.short(gap.to)))
  }

  @Test func aShortWindowWithActivityThroughoutIsNotBroken() throws {
    let t = try RealData.timeline.get()
    let week = TimelineChart(timeline: t, from: try Timestamp.parseUserInput("2022-01-07"), to: try Timestamp.parseUserInput("2022-01-14"))
    #expect(SVGRenderer(chart: week).axis.gaps.isEmpty)
  }

  /// Property: on random windows and activity, x(t) is strictly increasing, the segments tile the axis, and no
  /// activity time is inside a compressed segment.
  @Test(arguments: 0..<200)
  func brokenAxisIsMonotonicAndKeepsActivityVisible(seed: Int) throws {
    var r = ReplayPropertyTests.Random(state: UInt64(seed) &+ 1)
    let from = ReplayPropertyTests.base.adding(seconds: Int64(r.int(0...1000)) * 3600)
    let to = from.adding(seconds: Int64(r.int(1...400)) * 86_400 / Int64(r.int(1...4)))
    let span = to.epochSeconds - from.epochSeconds
    let activity = (0..<r.int(0...30)).map { _ in from.adding(seconds: Int64(r.next() % UInt64(span + 1))) }
    let axis = TimeAxis(from: from, to: to, width: Double(r.int(300...1500)), activity: activity)
    #expect(axis.segments.first?.x0 == 0 && axis.segments.first?.from == axis.from && axis.segments.last?.to == axis.to)
    #expect(abs((axis.segments.last?.x1 ?? 0) - axis.width) < 1e-6)
    for (a, b) in zip(axis.segments, axis.segments.dropFirst()) { #expect(a.to == b.from && a.x1 == b.x0 && !(a.compressed && b.compressed)) }
    #expect(activity.allSatisfy { !axis.isCompressed($0) })
    let times = (0..<200).map { _ in from.adding(seconds: Int64(r.next() % UInt64(3 * span + 1)) - span) }.sorted()
    for (a, b) in zip(times, times.dropFirst()) where a < b { #expect(axis.x(a) < axis.x(b), "\(a.iso8601) \(b.iso8601)") }
  }

  /// Property: on random logs with restatements, retractions and `until`, a bar covers T exactly when `state`
  /// shows its event at T, and T is in its unconfirmed part exactly when `state` says unconfirmed.
  @Test(arguments: 0..<200)
  func unconfirmedPartsAgreeWithStateStatus(seed: Int) throws {
    let (events, order) = ReplayPropertyTests.randomStore(seed: UInt64(seed))
    let table = EventTable(events: events, logRank: order.logRank)
    let confirmation = Confirmation(horizonSeconds: Int64(seed % 7 + 1) * 3600)
    var bars: [TimelineChart.Bar] = []
    for s in table.subjects.indices where table.subjects[s].hasPrefix("measure:") {
      bars += try TimelineChart.bars(of: s, in: table, catalogue: Catalogue(), confirmation: confirmation)
    }
    for bar in bars {
      let s = try #require(table.subjectIndex(bar.subject.raw))
      let st = try #require(table.standing(subject: s, at: bar.start.epochSeconds, knownAt: nil))
      #expect(TimelineChart.endTime(st.end) == bar.end?.epochSeconds)
      #expect((bar.endKind == .unknown) == (bar.end == nil))
    }
    // Seven seconds past each half hour: never exactly a change point or a horizon's end (whole hours), where the
    // bar's stretch starts at the infimum of the moments `state` calls unconfirmed.
    for k in -30...80 {
      let t = ReplayPropertyTests.base.adding(seconds: Int64(k) * 1800 + 7)
      let entries = try table.stateEntries(at: Bitemporal(at: t), catalogue: Catalogue(), confirmation: confirmation)
      let covering = bars.filter { $0.start <= t && ($0.end.map { t < $0 } ?? true) }
      #expect(Set(covering.map(\.subject)).count == covering.count)
      #expect(Set(covering.map(\.event.id)) == Set(entries.map(\.event.id)), "at \(t.iso8601)")
      for e in entries {
        guard let bar = covering.first(where: { $0.subject == e.subject }) else { continue }
        let stale = bar.unconfirmed.contains { $0.from <= t && ($0.to.map { t < $0 } ?? true) }
        #expect(stale == (e.status == .unconfirmed), "\(e.subject.raw) at \(t.iso8601): \(e.status)")
        #expect(bar.statements.contains { $0.event.id == e.statement.id })
      }
    }
  }

  @Test func figureLinesJoinOnlyReportsAtMostTwoDaysApart() throws {
    let chart = TimelineChart(timeline: try RealData.timeline.get())
    let axis = SVGRenderer(chart: chart).axis
    let d = try Timestamp.parseUserInput("2022-11-20")
    #expect(SVGRenderer.joins(d, d.adding(seconds: 86_400), on: axis))
    #expect(SVGRenderer.joins(d, d.adding(seconds: 2 * 86_400), on: axis))
    #expect(!SVGRenderer.joins(d, d.adding(seconds: 3 * 86_400), on: axis))
    let jan = try Timestamp.parseUserInput("2022-01-11")
    let nov = try Timestamp.parseUserInput("2022-11-07")
    #expect(!SVGRenderer.joins(jan, nov, on: axis))
  }

  @Test func renderTakesKindAndStaleAfter() throws {
    let f = try RenderFixture()
    defer { f.fixture.remove() }
    // Outputs never go inside the events directory.
    let outDir = try EndToEndTests.emptyDirectory()
    defer { try? FileManager.default.removeItem(atPath: outDir) }
    let out = outDir + "/chart.svg"
    let err = ErrBox()
    let io = CommandIO(writeOut: { _ in }, writeErr: { err.append($0) }, readInput: { [] })
    let args = ["render", "--events", f.fixture.dir, "--format", "svg", "--output", out]
    #expect(TimelineCLI.run(args + ["--kind", "zone", "--stale-after", "2d"], io: io) == 0)
    #expect(err.text == "wrote \(out) (1 rows, 2 bars, 1 briefings)\n")
    let svg = try String(contentsOfFile: out, encoding: .utf8)
    #expect(svg.contains("stated within 2 days"))
    #expect(TimelineCLI.run(args + ["--stale-after", "soon"], io: io) == 64)
    #expect(TimelineCLI.run(args + ["--kind", "zones"], io: io) == 64)
  }
}
