/// The time axis of a chart: a window of valid time mapped onto a width, with ticks whose density adapts to the
/// window (every few hours for a few days, days or weeks for a month, months or quarters for years).
///
/// Ticks fall on calendar boundaries in the city's time (+08:00): whole hours, local midnights, the first of a
/// month. Pure: no clock, no I/O.
///
/// ## Topics
/// - ``ticks``, ``x(_:)``, ``Tick``
public struct TimeAxis: Sendable, Hashable {
  /// One tick: where it is and what it says.
  public struct Tick: Sendable, Hashable {
    public var time: Timestamp
    /// The label, e.g. `12:00`, `01-08`, `2022-03`.
    public var label: String
    /// A second, coarser label for ticks that start a new day (hour steps) or a new year (day and month steps).
    public var major: String?
  }

  /// A tick step: a fixed number of seconds, or a number of calendar months.
  enum Step: Sendable, Hashable {
    case seconds(Int64)
    case months(Int)

    var approximateSeconds: Int64 {
      switch self {
      case .seconds(let s): s
      case .months(let m): Int64(m) * 30 * 86_400
      }
    }
  }

  static let steps: [Step] = [
    .seconds(3600), .seconds(2 * 3600), .seconds(3 * 3600), .seconds(6 * 3600), .seconds(12 * 3600),
    .seconds(86_400), .seconds(2 * 86_400), .seconds(7 * 86_400), .seconds(14 * 86_400),
    .months(1), .months(2), .months(3), .months(6), .months(12), .months(24), .months(60),
  ]

  public let from: Timestamp
  public let to: Timestamp
  /// The width in pixels the window is drawn on.
  public let width: Double
  public let ticks: [Tick]

  /// An axis over [from, to] drawn on `width` pixels, with ticks at least `minTickSpacing` pixels apart.
  ///
  /// - Parameters:
  ///   - from: the left end; must be before `to` (if not, the window is widened to one hour).
  ///   - minTickSpacing: the smallest distance between tick labels; default 84 px (a `2022-01` label with room).
  public init(from: Timestamp, to: Timestamp, width: Double, minTickSpacing: Double = 84) {
    self.from = from.cityTime
    self.to = to.epochSeconds > from.epochSeconds ? to.cityTime : from.cityTime.adding(seconds: 3600)
    self.width = max(width, 1)
    let span = Double(self.to.epochSeconds - self.from.epochSeconds)
    let maxTicks = max(2, Int(self.width / minTickSpacing))
    let step = TimeAxis.steps.first { span / Double($0.approximateSeconds) <= Double(maxTicks) } ?? .months(120)
    ticks = TimeAxis.ticks(from: self.from, to: self.to, step: step)
  }

  /// The x position of `t` (may fall outside 0...width for times outside the window).
  public func x(_ t: Timestamp) -> Double {
    let span = Double(to.epochSeconds - from.epochSeconds)
    return Double(t.epochSeconds - from.epochSeconds) / span * width
  }

  /// `x(t)` clamped to the drawn window.
  public func clampedX(_ t: Timestamp) -> Double { min(max(x(t), 0), width) }

  /// The ticks of `step` inside [from, to], aligned to calendar boundaries in city time.
  static func ticks(from: Timestamp, to: Timestamp, step: Step) -> [Tick] {
    var out: [Tick] = []
    switch step {
    case .seconds(let s):
      let offset = Int64(Timestamp.cityOffsetMinutes * 60)
      // Align to local midnight, then to a multiple of the step; weeks start on Monday.
      var anchor = Timestamp.floorDiv(from.epochSeconds + offset, 86_400) * 86_400 - offset
      if s == 7 * 86_400 || s == 14 * 86_400 {
        let weekday = Int((Timestamp.floorDiv(anchor + offset, 86_400) + 3) % 7)  // 0 = Monday (1970-01-01 was a Thursday)
        anchor -= Int64(weekday) * 86_400
      }
      var t = anchor
      while t < from.epochSeconds { t += s }
      var previousDay: String?
      var previousYear: Int?
      while t <= to.epochSeconds {
        let ts = Timestamp(epochSeconds: t)
        let f = ts.fields
        if s < 86_400 {
          let day = ts.dateString
          let major = day != previousDay ? String(ts.dateString.dropFirst(5)) : nil
          out.append(Tick(time: ts, label: two(f.hour) + ":" + two(f.minute), major: major))
          previousDay = day
        } else {
          let major = f.year != previousYear ? String(f.year) : nil
          out.append(Tick(time: ts, label: two(f.month) + "-" + two(f.day), major: major))
          previousYear = f.year
        }
        t += s
      }
    case .months(let m):
      let f = from.fields
      var year = f.year
      var month = f.month
      if Timestamp(year: year, month: month, day: 1)!.epochSeconds < from.epochSeconds { advance(&year, &month, by: 1) }
      while (month - 1) % m != 0 { advance(&year, &month, by: 1) }
      var previousYear: Int?
      while let ts = Timestamp(year: year, month: month, day: 1), ts.epochSeconds <= to.epochSeconds {
        let label = m >= 12 ? String(year) : two(month)
        out.append(Tick(time: ts, label: label, major: m < 12 && year != previousYear ? String(year) : nil))
        previousYear = year
        advance(&year, &month, by: m)
      }
    }
    return out
  }

  private static func advance(_ year: inout Int, _ month: inout Int, by m: Int) {
    let k = (year * 12 + month - 1) + m
    year = k / 12
    month = k % 12 + 1
  }
}

@inline(__always) private func two(_ v: Int) -> String { v < 10 ? "0" + String(v) : String(v) }
