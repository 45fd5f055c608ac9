import Testing

@testable import TimelineKit

/// The change log and the metrics series from the event table must equal the naive scans over every event, on
/// random logs with retractions, restatements, figures, windows, knowledge times and kind filters.
@Suite struct ChangeLogPropertyTests {
  typealias Random = ReplayPropertyTests.Random

  @Test(arguments: 0..<150)
  func changeLogAndMetricsAgreeWithNaiveScans(seed: Int) throws {
    var r = Random(state: UInt64(seed) &* 7)
    let (events, order) = ReplayPropertyTests.randomStore(seed: UInt64(seed) &+ 900, figures: r.chance(0.5))
    let timeline = Timeline(store: EventStore(directory: "", catalogue: Catalogue(), logs: []), index: TimelineIndex(events: events, order: order))
    let table = EventTable(events: events, logRank: order.logRank)
    for _ in 0..<8 {
      let from: Timestamp? = r.chance(0.3) ? nil : ReplayPropertyTests.base.adding(seconds: Int64(r.int(-12...20)) * 3600)
      let to: Timestamp? = r.chance(0.3) ? nil : ReplayPropertyTests.base.adding(seconds: Int64(r.int(-4...30)) * 3600)
      let k: Timestamp? = r.chance(0.4) ? nil : ReplayPropertyTests.base.adding(seconds: Int64(r.int(-2...22)) * 3600)
      let kind: SubjectKind? = r.chance(0.7) ? nil : [SubjectKind.measure, .metric, .zone][r.int(0...2)]
      let filter = SubjectFilter(kind: kind)
      let naive = timeline.changes(from: from, to: to, knownAt: k, filter: filter)
      let fast = try table.changeEntries(from: from, to: to, knownAt: k, filter: filter, catalogue: Catalogue())
      let what =
        "seed \(seed) [\(String(describing: from)), \(String(describing: to))) known \(String(describing: k)) kind \(String(describing: kind))"
      #expect(fast.map(\.event.id) == naive.map(\.event.id), Comment(rawValue: what))
      #expect(fast.map { $0.retractedBy?.id } == naive.map { $0.retractedBy?.id }, Comment(rawValue: what))
      #expect(fast.map(\.retracts) == naive.map(\.retracts), Comment(rawValue: what))
      let naiveMetrics = timeline.metricSeries(from: from, to: to, knownAt: k, filter: filter)
      let fastMetrics = try table.metricSeries(from: from, to: to, knownAt: k, filter: filter, catalogue: Catalogue())
      #expect(fastMetrics.rows == naiveMetrics.rows, Comment(rawValue: what))

      // Streamed in small chunks (what `export changes` and `export metrics` do): the same rows in the same order.
      let size = r.int(1...7)
      var chunked: [HistoryEntry] = []
      try table.changeEntries(from: from, to: to, knownAt: k, filter: filter, catalogue: Catalogue(), chunkSize: size) {
        (part: [HistoryEntry]) throws(TimelineError) in
        #expect(part.count <= size)
        chunked += part
      }
      #expect(chunked.map(\.event.id) == naive.map(\.event.id), Comment(rawValue: what + " chunks of \(size)"))
      #expect(chunked.map { $0.retractedBy?.id } == naive.map { $0.retractedBy?.id }, Comment(rawValue: what + " chunks of \(size)"))
      #expect(chunked.map(\.end) == fast.map(\.end), Comment(rawValue: what + " chunks of \(size)"))
      var chunkedMetrics: [[String]] = []
      try table.metricSeries(from: from, to: to, knownAt: k, filter: filter, catalogue: Catalogue(), chunkSize: size) {
        (part: RowSet) throws(TimelineError) in chunkedMetrics += part.rows
      }
      #expect(chunkedMetrics == naiveMetrics.rows, Comment(rawValue: what + " chunks of \(size)"))
    }
  }
}
