/// The time axis of a chart: a window of valid time mapped onto a width, with ticks whose density adapts to the
/// window (every few hours for a few days, days or weeks for a month, months or quarters for years).
///
/// The axis may be broken: each stretch longer than a threshold in which nothing happens (no briefing, no change,
/// no figure: the `activity` given) is compressed to a fixed small width, so that two busy weeks ten months apart
/// are both readable. `x(t)` is then piecewise linear over ``segments``: strictly increasing, linear inside each
/// segment, and every activity time lies in an uncompressed one. Ticks fall on calendar boundaries in the city's
/// time (+08:00): whole hours, local midnights, the first of a month; none inside a compressed stretch. Pure: no
/// clock, no I/O.
///
/// ## Topics
/// - ``ticks``, ``x(_:)``, ``Tick``, ``segments``, ``Segment``, ``gaps``
public struct TimeAxis: Sendable, Hashable {
  /// One tick: where it is and what it says.
  public struct Tick: Sendable, Hashable {
    public var time: Timestamp
    /// The label, e.g. `12:00`, `01-08`, `2022-03`.
    public var label: String
    /// A second, coarser label for ticks that start a new day (hour steps) or a new year (day and month steps).
    public var major: String?
  }

  /// A piece of the axis: [from, to] drawn on [x0, x1], linearly. A compressed segment is a stretch skipped.
  public struct Segment: Sendable, Hashable {
    /// The segment's first moment.
    public var from: Timestamp
    /// The segment's last moment (the next segment's first).
    public var to: Timestamp
    /// Where `from` is drawn, in pixels from the axis's left end.
    public var x0: Double
    /// Where `to` is drawn.
    public var x1: Double
    /// Whether the segment is a compressed stretch with nothing in it (drawn with a break mark).
    public var compressed: Bool
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

  /// The default shortest empty stretch that is compressed: 14 days.
  public static let defaultGapThreshold: Int64 = 14 * 86_400
  /// The default width of a compressed stretch, in pixels.
  public static let defaultGapWidth: Double = 40

  public let from: Timestamp
  public let to: Timestamp
  /// The width in pixels the window is drawn on.
  public let width: Double
  /// The pieces of the axis, left to right, covering [from, to] and [0, width] without overlap.
  public let segments: [Segment]
  public let ticks: [Tick]

  /// The compressed segments: the stretches of time the axis skips.
  public var gaps: [Segment] { segments.filter(\.compressed) }

  /// An axis over [from, to] drawn on `width` pixels, with ticks at least `minTickSpacing` pixels apart.
  ///
  /// - Parameters:
  ///   - from: the left end; must be before `to` (if not, the window is widened to one hour).
  ///   - minTickSpacing: the smallest distance between tick labels; default 84 px (a `2022-01` label with room).
  ///   - activity: the moments that must stay readable (default none: an unbroken axis). Each stretch between
  ///     two consecutive ones (the window's ends count) longer than `gapThreshold` is compressed to `gapWidth`
  ///     pixels, keeping a margin of a tenth of the threshold (at most a day) uncompressed on each side.
  ///   - gapThreshold: the shortest empty stretch compressed; default 14 days.
  ///   - gapWidth: the width of a compressed stretch; default 40 px. The axis is not broken when the gaps would
  ///     take more than half the width.
  public init(
    from: Timestamp, to: Timestamp, width: Double, minTickSpacing: Double = 84, activity: [Timestamp] = [],
    gapThreshold: Int64 = TimeAxis.defaultGapThreshold, gapWidth: Double = TimeAxis.defaultGapWidth
  ) {
    self.from = from.cityTime
    self.to = to.epochSeconds > from.epochSeconds ? to.cityTime : from.cityTime.adding(seconds: 3600)
    self.width = max(width, 1)
    let lo = self.from.epochSeconds
    let hi = self.to.epochSeconds
    // The stretches to compress, from the activity inside the window.
    var skips: [(Int64, Int64)] = []
    if !activity.isEmpty {
      let margin = min(max(gapThreshold / 10, 1), 86_400)
      let times = [lo] + activity.map(\.epochSeconds).filter { $0 > lo && $0 < hi }.sorted() + [hi]
      for (a, b) in zip(times, times.dropFirst()) where b - a > gapThreshold && b - a > 2 * margin {
        skips.append((a + margin, b - margin))
      }
      if Double(skips.count) * gapWidth > self.width / 2 { skips = [] }
    }
    let skipped = skips.reduce(Int64(0)) { $0 + $1.1 - $1.0 }
    let open = Double(hi - lo - skipped)
    let openWidth = self.width - Double(skips.count) * gapWidth
    var segments: [Segment] = []
    var t = lo
    var x = 0.0
    func add(_ until: Int64, compressed: Bool) {
      guard until > t else { return }
      let w = compressed ? gapWidth : Double(until - t) / open * openWidth
      segments.append(
        Segment(from: Timestamp(epochSeconds: t).cityTime, to: Timestamp(epochSeconds: until).cityTime, x0: x, x1: x + w, compressed: compressed))
      t = until
      x += w
    }
    for (a, b) in skips {
      add(a, compressed: false)
      add(b, compressed: true)
    }
    add(hi, compressed: false)
    self.segments = segments
    // Tick density from the uncompressed part alone: its seconds over its pixels.
    let maxTicks = max(2, Int(openWidth / minTickSpacing))
    let step = TimeAxis.steps.first { open / Double($0.approximateSeconds) <= Double(maxTicks) } ?? .months(120)
    var ticks: [Tick] = []
    for seg in segments where !seg.compressed {
      // The first tick of each segment has its coarse label (the year, or the day); when that tick is dropped,
      // the next one kept takes it, so that the year is named again after a break.
      var carried: String?
      for var tick in TimeAxis.ticks(from: seg.from, to: seg.to, step: step) {
        let tx = TimeAxis.position(tick.time.epochSeconds, in: segments)
        // After a break, keep tick labels apart from the break mark and from the ticks before it.
        if !skips.isEmpty {
          let crowded = ticks.last.map { tx - TimeAxis.position($0.time.epochSeconds, in: segments) < minTickSpacing * 0.75 } ?? false
          if crowded || segments.contains(where: { $0.compressed && abs(tx - ($0.x0 + $0.x1) / 2) < gapWidth / 2 + 18 }) {
            carried = carried ?? tick.major
            continue
          }
        }
        if tick.major == nil { tick.major = carried }
        carried = nil
        ticks.append(tick)
      }
    }
    self.ticks = ticks
  }

  /// The x position of `t` (may fall outside 0...width for times outside the window).
  /// - Complexity: O(g) for g segments.
  public func x(_ t: Timestamp) -> Double { TimeAxis.position(t.epochSeconds, in: segments) }

  /// `x(t)` clamped to the drawn window.
  public func clampedX(_ t: Timestamp) -> Double { min(max(x(t), 0), width) }

  /// Whether `t` falls inside a compressed segment (strictly: its ends are drawn where they are).
  public func isCompressed(_ t: Timestamp) -> Bool {
    segments.contains { $0.compressed && $0.from < t && t < $0.to }
  }

  /// Piecewise-linear position; before the first segment and after the last, the end segments' scale goes on.
  static func position(_ t: Int64, in segments: [Segment]) -> Double {
    guard let first = segments.first else { return 0 }
    let seg = segments.first { t <= $0.to.epochSeconds } ?? segments[segments.count - 1]
    let s = t < first.from.epochSeconds ? first : seg
    let span = Double(s.to.epochSeconds - s.from.epochSeconds)
    return s.x0 + Double(t - s.from.epochSeconds) / span * (s.x1 - s.x0)
  }

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
