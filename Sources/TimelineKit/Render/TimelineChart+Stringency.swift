/// The stringency index under the figures (`render --stringency`): one point a day, for the city or one district.
extension TimelineChart {
  /// OxCGRT's stringency index on one day, from `export indicators`' coding.
  public struct StringencyPoint: Sendable, Hashable {
    /// The moment the day is coded at (12:00).
    public var time: Timestamp
    public var index: StringencyIndex
    /// The coded indicators whose principal deciding rule is unconfirmed that day.
    public var unconfirmed: [String]
  }

  /// The same chart with the stringency index of `area` (a district key, or `nil` for the city) at 12:00 of every
  /// day in the window (the renderer leaves out the days its broken axis skips).
  /// - Complexity: O(d × s log n) for d days and s subjects, plus decoding the events in force each day.
  public func withStringency(table: EventTable, area: String?) throws(TimelineError) -> TimelineChart {
    var out = self
    out.stringencyArea = area ?? "city"
    let days = try table.indicatorDays(
      firstDay: from, lastDay: to, secondsIntoDay: 12 * 3600, knownAt: nil, areas: [area], confirmation: confirmation, catalogue: catalogue)
    out.stringency = days.filter { $0.at >= from && $0.at <= to }.map { d in
      StringencyPoint(
        time: d.at, index: d.stringency,
        unconfirmed: Indicator.all.filter { $0.inStringencyIndex && d.cells[$0.code]?.confirmed == false }.map(\.code))
    }
    return out
  }
}
