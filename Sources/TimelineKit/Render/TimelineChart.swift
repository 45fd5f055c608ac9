/// What `timeline render` draws, as plain values: rows of bars and markers grouped by category, briefing lines,
/// and the reported case figures, over one window of valid time. Pure: built from a ``Timeline``, no I/O.
///
/// Bars come from the engine's own replay: for each subject, ``TimelineIndex/deciding(_:at:)`` is asked at every
/// change point (every `effective` and `until` of the subject's events), and each run of change points decided by
/// the same event becomes one bar. So a bar covers exactly the moments at which `timeline state` shows that event.
///
/// ## Topics
/// - Building: ``init(timeline:from:to:filter:)``, ``intervals(of:in:catalogue:)``
/// - Contents: ``groups``, ``briefings``, ``figures``, ``rowCount``, ``barCount``
public struct TimelineChart: Sendable {
  /// How a bar ends.
  public enum EndKind: String, Sendable, Hashable {
    /// At the deciding event's own `until` (a scheduled end, "至29日24时").
    case scheduled
    /// At a lift (or a completed testing round): the subject is no longer in force.
    case lift
    /// At a later event that replaces the state (an amendment, a re-grade, a temporary rule).
    case change
    /// Not ended by anything in the logs: still in force at the end of the data.
    case open
  }

  /// One interval in which one event decided its subject's state: [start, end), or [start, ∞) when open.
  public struct Bar: Sendable, Hashable {
    public var subject: SubjectKey
    public var event: Event
    public var start: Timestamp
    /// The end (exclusive); `nil` when ``endKind`` is ``EndKind/open``.
    public var end: Timestamp?
    public var endKind: EndKind
    /// A colour key: `zone-<level>` for zones, `cat-<category>` otherwise.
    public var style: String
  }

  /// A change: one event of a row's subject, at its effective time.
  public struct Marker: Sendable, Hashable {
    public var event: Event
    /// Whether a retraction hides this event.
    public var retracted: Bool
  }

  /// One subject: a measure, a zone or a testing round.
  public struct Row: Sendable {
    public var subject: SubjectKey
    public var category: String
    /// The subject's name (for measures with a scope in the key, the scope is added).
    public var label: Label
    public var bars: [Bar]
    public var markers: [Marker]
  }

  /// The rows of one category, in the order of their first event.
  public struct Group: Sendable {
    public var category: String
    public var rows: [Row]
  }

  /// A briefing's vertical line at its publication time.
  public struct BriefingLine: Sendable, Hashable {
    public var event: Event
    public var source: String
    /// The press conference's number, when it has one.
    public var number: Int?
    public var time: Timestamp
    public var title: String
    /// The day it was held, when the log says (`held_at`).
    public var heldAt: Timestamp?
  }

  /// A reported figure as of a moment.
  public struct FigurePoint: Sendable, Hashable {
    public var event: Event
    public var time: Timestamp
    public var value: Double
    public var text: String
  }

  /// One series of figures: a metric for one scope.
  public struct FigureSeries: Sendable {
    public var subject: SubjectKey
    public var label: Label
    public var unit: String
    public var points: [FigurePoint]
  }

  public var from: Timestamp
  public var to: Timestamp
  public var filter: SubjectFilter
  /// The catalogue the labels and descriptions come from.
  public var catalogue: Catalogue
  public var groups: [Group]
  public var briefings: [BriefingLine]
  public var figures: [FigureSeries]
  /// The scope of the figures (`city`, or the filtered district when it has its own figures).
  public var figureScope: String

  public var rowCount: Int { groups.reduce(0) { $0 + $1.rows.count } }
  public var barCount: Int { groups.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.bars.count } } }

  /// Builds the chart of a timeline over a window.
  ///
  /// - Parameters:
  ///   - from: the window's start; default: the first event's effective time, less a margin of 3 % of the span.
  ///   - to: the window's end; default: the last effective or `until` time, plus the same margin.
  ///   - filter: which subjects get rows (as for `timeline state`); the figures follow the district and are
  ///     shown unless the category filter names another category than `cases`.
  /// - Complexity: O(s · c · log n) for s subjects with c change points each.
  public init(timeline: Timeline, from: Timestamp? = nil, to: Timestamp? = nil, filter: SubjectFilter = SubjectFilter()) {
    let span = TimelineChart.dataSpan(timeline.store.events)
    let margin = max((span.last.epochSeconds - span.first.epochSeconds) / 33, 3600)
    let lo = (from ?? span.first.adding(seconds: -margin)).cityTime
    let hi = (to ?? span.last.adding(seconds: margin)).cityTime
    let end = hi.epochSeconds > lo.epochSeconds ? hi : lo.adding(seconds: 3600)
    self.from = lo
    self.to = end
    self.filter = filter
    self.catalogue = timeline.catalogue
    let c = timeline.catalogue
    let index = timeline.index

    var rowsByCategory: [String: [(first: Int64, row: Row)]] = [:]
    for s in index.subjects where s.kind == .measure || s.kind == .zone || s.kind == .testing {
      let bars = TimelineChart.intervals(of: s, in: index, catalogue: c).filter {
        $0.start.epochSeconds < end.epochSeconds && ($0.end.map { $0.epochSeconds > lo.epochSeconds } ?? true)
          && filter.admits($0.event, catalogue: c)
      }
      let markers = index.events(of: s).filter {
        $0.effective.epochSeconds >= lo.epochSeconds && $0.effective.epochSeconds <= end.epochSeconds
          && filter.admits($0, catalogue: c)
      }.map { Marker(event: $0, retracted: index.isRetracted($0, knownAt: nil)) }
      if bars.isEmpty && markers.isEmpty { continue }
      let category = c.category(of: s)
      let row = Row(subject: s, category: category, label: TimelineChart.label(of: s, index: index, catalogue: c), bars: bars, markers: markers)
      let first = index.events(of: s).first?.effective.epochSeconds ?? 0
      rowsByCategory[category, default: []].append((first, row))
    }
    let order = c.categories + rowsByCategory.keys.filter { !c.categories.contains($0) }.sorted()
    groups = order.compactMap { cat in
      guard let rows = rowsByCategory[cat] else { return nil }
      return Group(
        category: cat,
        rows: rows.sorted { ($0.first, $0.row.subject.raw) < ($1.first, $1.row.subject.raw) }.map(\.row))
    }

    briefings = timeline.store.briefings.values
      .filter { $0.effective.epochSeconds >= lo.epochSeconds && $0.effective.epochSeconds <= end.epochSeconds }
      .sorted { ($0.effective, $0.source) < ($1.effective, $1.source) }
      .map { e in
        BriefingLine(
          event: e, source: e.source, number: e.data["number"]?.intValue, time: e.effective.cityTime,
          title: e.data["title"]?.stringValue ?? e.source,
          heldAt: e.data["held_at"]?.stringValue.flatMap { try? Timestamp.parse($0) })
      }

    (figures, figureScope) = TimelineChart.figures(timeline: timeline, from: lo, to: end, filter: filter)
  }

  /// The intervals in which each of a subject's events decided its state, over all valid time.
  ///
  /// - Returns: bars in time order; a bar's end is the next change point at which another event (or none)
  ///   decides. Lifts and completed rounds decide "not in force" and get no bar.
  /// - Complexity: O(c log n) for c change points.
  public static func intervals(of subject: SubjectKey, in index: TimelineIndex, catalogue: Catalogue) -> [Bar] {
    var points = Set<Int64>()
    for e in index.events(of: subject) {
      points.insert(e.effective.epochSeconds)
      if let u = e.until { points.insert(u.epochSeconds) }
    }
    var bars: [Bar] = []
    var current: (event: Event, start: Int64)?
    for p in points.sorted() {
      let decided = index.deciding(subject, at: Bitemporal(at: Timestamp(epochSeconds: p)))
      let inForce = decided.flatMap { $0.type.endsState ? nil : $0 }
      if let cur = current, let inForce, cur.event.id == inForce.id { continue }
      if let cur = current {
        let kind: EndKind =
          cur.event.until?.epochSeconds == p ? .scheduled : (decided?.type.endsState == true ? .lift : inForce == nil ? .scheduled : .change)
        bars.append(bar(subject, cur.event, start: cur.start, end: p, kind: kind, catalogue: catalogue))
        current = nil
      }
      if let inForce { current = (inForce, p) }
    }
    if let cur = current { bars.append(bar(subject, cur.event, start: cur.start, end: nil, kind: .open, catalogue: catalogue)) }
    return bars
  }

  private static func bar(_ s: SubjectKey, _ e: Event, start: Int64, end: Int64?, kind: EndKind, catalogue: Catalogue) -> Bar {
    let style: String
    if s.kind == .zone {
      style = "zone-" + (e.data["level"]?.stringValue ?? "unknown")
    } else {
      style = "cat-" + catalogue.category(of: s)
    }
    return Bar(
      subject: s, event: e, start: Timestamp(epochSeconds: start), end: end.map { Timestamp(epochSeconds: $0) }, endKind: kind,
      style: style)
  }

  /// A row's label: the catalogue's name of a measure (with its scope when the key names one), a zone's district
  /// and place, a testing round's label; zones and rounds take the latest event's words.
  static func label(of s: SubjectKey, index: TimelineIndex, catalogue c: Catalogue) -> Label {
    guard let latest = index.events(of: s).last(where: { !index.isRetracted($0, knownAt: nil) }) ?? index.events(of: s).last else {
      return Label(zh: s.raw, en: s.raw)
    }
    var l = EventDescription(latest, catalogue: c).subject
    if s.kind == .measure, let scope = s.scope {
      let sl = c.label(ofScope: String(scope))
      l = Label(zh: l.zh + "（" + sl.zh + "）", en: l.en + " (" + sl.en + ")")
    }
    return l
  }

  /// The first effective time and the last effective or `until` time of all events.
  static func dataSpan(_ events: [Event]) -> (first: Timestamp, last: Timestamp) {
    guard var first = events.first?.effective, var last = events.first?.effective else {
      let zero = Timestamp(epochSeconds: 0)
      return (zero, zero.adding(seconds: 86_400))
    }
    for e in events {
      if e.effective < first { first = e.effective }
      let end = e.until ?? e.effective
      if last < end { last = end }
    }
    return (first, last)
  }

  /// The case figures for the window: metrics of category `cases` for one scope, in the unit most of them use.
  static func figures(timeline: Timeline, from: Timestamp, to: Timestamp, filter: SubjectFilter) -> ([FigureSeries], String) {
    let c = timeline.catalogue
    let index = timeline.index
    if let cat = filter.category, cat != "cases" { return ([], "city") }
    func series(scope: String) -> [FigureSeries] {
      index.subjects.filter { $0.kind == .metric && $0.scope.map(String.init) == scope && c.category(of: $0) == "cases" }.compactMap { s in
        let points = index.events(of: s).filter { e in
          e.effective.epochSeconds >= from.epochSeconds && e.effective.epochSeconds <= to.epochSeconds
            && index.deciding(s, at: Bitemporal(at: e.effective))?.id == e.id
        }.compactMap { e -> FigurePoint? in
          guard let v = e.data["value"]?.doubleValue else { return nil }
          return FigurePoint(event: e, time: e.effective.cityTime, value: v, text: EventDescription.number(e.data["value"]))
        }
        guard !points.isEmpty else { return nil }
        let label = c.label(of: s) ?? Label(zh: String(s.name), en: String(s.name))
        return FigureSeries(subject: s, label: label, unit: points[0].event.data["unit"]?.stringValue ?? "", points: points)
      }
    }
    var scope = filter.district ?? "city"
    var all = series(scope: scope)
    if all.isEmpty && scope != "city" {
      scope = "city"
      all = series(scope: scope)
    }
    // Series share one y axis, so they must share a unit: keep the unit most points use.
    var counts: [String: Int] = [:]
    for s in all { counts[s.unit, default: 0] += s.points.count }
    guard let unit = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return ([], scope) }
    return (all.filter { $0.unit == unit }, scope)
  }
}
