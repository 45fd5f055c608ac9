/// What `timeline render` draws, as plain values: rows of bars and markers grouped by category, briefing lines,
/// and the reported case figures, over one window of valid time. Pure: built from a ``Timeline``, no I/O.
///
/// Bars come from the engine's own replay: for each subject, ``EventTable/standing(subject:at:knownAt:)`` is
/// asked at every change point of ``Timeline/table`` (see ``bars(of:in:catalogue:confirmation:)``), and each run of
/// change points decided by the same event becomes one bar. So a bar covers exactly the moments at which
/// `timeline state` shows that event, and says what `state` says about it: when it was last stated, from when it
/// is unconfirmed, and how it ends. Markers, labels and figures come from the same table (`TimelineChart+Rows.swift`).
///
/// ## Topics
/// - Building: ``init(timeline:from:to:filter:confirmation:)``, ``bars(of:in:catalogue:confirmation:)``
/// - Contents: ``groups``, ``briefings``, ``figures``, ``rowCount``, ``barCount``, ``activity``
public struct TimelineChart: Sendable {
  /// How a bar ends: DESIGN.md's three kinds of end, with an announced end split into a lift and a replacement.
  public enum EndKind: String, Sendable, Hashable {
    /// At the deciding event's own `until` (a scheduled end, "至29日24时").
    case scheduled
    /// Announced by a lift (or a completed testing round): the subject is no longer in force.
    case lift
    /// Announced by a later event that replaces the state (an amendment, a re-grade, a temporary rule).
    case change
    /// Nothing in the logs ends it. The chart never draws this as "still in force": past the horizon it is
    /// unconfirmed, and its end fades out.
    case unknown
  }

  /// A statement of a bar's rule: its deciding event or a later restatement, at its `recorded` time.
  public struct Statement: Sendable, Hashable {
    /// When the briefing made the statement (the event's `recorded`).
    public var time: Timestamp
    /// The deciding event or the restatement.
    public var event: Event
  }

  /// A stretch of valid time [from, to), or [from, ∞) when `to` is `nil`.
  ///
  /// For an unconfirmed stretch, `from` is the infimum of the moments `state` calls unconfirmed (last statement +
  /// horizon, or the change point at which the stretch's piece starts): `state` still says "in force" at exactly
  /// last statement + horizon.
  public struct Span: Sendable, Hashable {
    public var from: Timestamp
    /// The end (exclusive), or `nil` for a stretch with no end in the logs.
    public var to: Timestamp?
  }

  /// One interval in which one event decided its subject's state: [start, end), or [start, ∞) when the end is
  /// unknown.
  public struct Bar: Sendable, Hashable {
    public var subject: SubjectKey
    public var event: Event
    public var start: Timestamp
    /// The end (exclusive); `nil` when ``endKind`` is ``EndKind/unknown``.
    public var end: Timestamp?
    public var endKind: EndKind
    /// The lift or the replacing event, for an announced end.
    public var endedBy: Event?
    /// A colour key: `zone-<level>` for zones, `cat-<category>` otherwise.
    public var style: String
    /// The deciding event's statement and each restatement that is the last statement somewhere in the bar, by
    /// time (a statement may come after the bar's start: a retroactive announcement).
    public var statements: [Statement]
    /// The last statement at the bar's end (or at its last change point, for an unknown end).
    public var lastStatement: Event
    /// When ``lastStatement`` was made (its `recorded`).
    public var lastStated: Timestamp
    /// The stretches of the bar in which the rule is unconfirmed: more than the horizon after its last statement,
    /// with no scheduled end. Empty for a rule with a scheduled `until`.
    public var unconfirmed: [Span]

    /// The first moment in the bar from which the rule is unconfirmed (last statement + horizon, recomputed after
    /// each restatement), or `nil` when it has a scheduled end or never goes stale inside the bar.
    public var unconfirmedFrom: Timestamp? { unconfirmed.first?.from }
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
  /// The horizon that decides when a bar is unconfirmed.
  public var confirmation: Confirmation
  /// The stringency index by day, when asked for (``withStringency(table:area:)``); empty otherwise.
  public var stringency: [StringencyPoint] = []
  /// The area of ``stringency``: `city` or a district key.
  public var stringencyArea: String = "city"

  public var rowCount: Int { groups.reduce(0) { $0 + $1.rows.count } }
  public var barCount: Int { groups.reduce(0) { $0 + $1.rows.reduce(0) { $0 + $1.bars.count } } }

  /// Builds the chart of a timeline over a window.
  ///
  /// - Parameters:
  ///   - from: the window's start; default: the first event's effective time, less a margin of 3 % of the span
  ///     (at least an hour, at most two days: on a broken axis a wider margin would only take room from the data).
  ///   - to: the window's end; default: the last effective or `until` time, plus the same margin.
  ///   - filter: which subjects get rows (as for `timeline state`); the figures follow the district and are
  ///     shown unless the category filter names another category than `cases` or the kind filter another kind
  ///     than `metric`.
  ///   - confirmation: the staleness horizon (default 14 days, as `--stale-after`).
  ///   - progress: told `(subjects looked at, subjects)` as the rows are drawn.
  /// - Complexity: O(s · c · log n) for s subjects with c change points each.
  /// - Throws: ``TimelineError`` when a log changed under a file-backed table.
  public init(
    table: EventTable, catalogue: Catalogue, from: Timestamp? = nil, to: Timestamp? = nil, filter: SubjectFilter = SubjectFilter(),
    confirmation: Confirmation = Confirmation(), progress: ((Int, Int) -> Void)? = nil
  ) throws(TimelineError) {
    let span = TimelineChart.dataSpan(table)
    let margin = min(max((span.last.epochSeconds - span.first.epochSeconds) / 33, 3600), 2 * 86_400)
    let lo = (from ?? span.first.adding(seconds: -margin)).cityTime
    let hi = (to ?? span.last.adding(seconds: margin)).cityTime
    let end = hi.epochSeconds > lo.epochSeconds ? hi : lo.adding(seconds: 3600)
    self.from = lo
    self.to = end
    self.filter = filter
    self.confirmation = confirmation
    self.catalogue = catalogue
    let c = catalogue

    var rowsByCategory: [String: [(first: Int64, row: Row)]] = [:]
    for s in table.subjects.indices {
      progress?(s + 1, table.subjects.count)
      let key = table.subjects[s]
      guard key.hasPrefix("measure:") || key.hasPrefix("zone:") || key.hasPrefix("testing:") else { continue }
      guard TimelineChart.mayHaveRow(subject: s, table: table, from: lo, to: end) else { continue }
      let found = try TimelineChart.row(subject: s, table: table, from: lo, to: end, filter: filter, catalogue: c, confirmation: confirmation)
      if let found { rowsByCategory[found.row.category, default: []].append(found) }
    }
    let order = c.categories + rowsByCategory.keys.filter { !c.categories.contains($0) }.sorted()
    groups = order.compactMap { cat in
      guard let rows = rowsByCategory[cat] else { return nil }
      return Group(
        category: cat,
        rows: rows.sorted { ($0.first, $0.row.subject.raw) < ($1.first, $1.row.subject.raw) }.map(\.row))
    }

    let briefingRecords = table.records.indices.filter {
      let r = table.records[$0]
      return r.type == EventType.briefingPublished.code && r.effective >= lo.epochSeconds && r.effective <= end.epochSeconds
    }
    let briefingEvents = try table.events(briefingRecords)
    briefings = briefingEvents.values
      .filter { $0.effective.epochSeconds >= lo.epochSeconds && $0.effective.epochSeconds <= end.epochSeconds }
      .sorted { ($0.effective, $0.source) < ($1.effective, $1.source) }
      .map { e in
        BriefingLine(
          event: e, source: e.source, number: e.data["number"]?.intValue, time: e.effective.cityTime,
          title: e.data["title"]?.stringValue ?? e.source,
          heldAt: e.data["held_at"]?.stringValue.flatMap { try? Timestamp.parse($0) })
      }

    (figures, figureScope) = try TimelineChart.figures(table: table, catalogue: c, from: lo, to: end, filter: filter)
  }

  /// Whether subject `s` can have a row in the window [lo, hi]: one of its events takes effect or runs out (`until`)
  /// in the window, or a state (neither lifted nor completed) stands at `lo`. A bar that overlaps the window starts
  /// at one of those change points or is in force at its start, and a marker is an event in it; every other
  /// subject is skipped without decoding anything, which is what makes a month of a large store quick (a property
  /// test checks that no row is lost, and that forgetting the `until` times would lose some).
  /// - Complexity: O(r) for the subject's r records, without decoding.
  static func mayHaveRow(subject s: Int, table: EventTable, from lo: Timestamp, to hi: Timestamp) -> Bool {
    let window = lo.epochSeconds...hi.epochSeconds
    for i in table.range(of: s) {
      let r = table.records[i]
      if window.contains(r.effective) || (r.until != Int64.max && window.contains(r.until)) { return true }
    }
    guard let st = table.standing(subject: s, at: lo.epochSeconds, knownAt: nil) else { return false }
    return !table.records[st.deciding].eventType.endsState
  }

  /// The first effective time and the last effective or `until` time of all events.
  static func dataSpan(_ table: EventTable) -> (first: Timestamp, last: Timestamp) {
    guard !table.records.isEmpty else {
      let zero = Timestamp(epochSeconds: 0)
      return (zero, zero.adding(seconds: 86_400))
    }
    var first = Int64.max
    var last = Int64.min
    for r in table.records {
      first = min(first, r.effective)
      last = max(last, r.until == Int64.max ? r.effective : r.until)
    }
    return (Timestamp(epochSeconds: first), Timestamp(epochSeconds: last))
  }
}

extension TimelineChart {
  /// Every moment inside the window at which the chart shows something happen: a bar starts or ends, a change,
  /// a statement, a rule becoming unconfirmed, a briefing, a figure. The broken time axis keeps these readable
  /// and compresses only the long stretches between them.
  /// - Complexity: O(e log e) for e elements drawn.
  public var activity: [Timestamp] {
    var out: [Timestamp] = []
    for g in groups {
      for r in g.rows {
        for b in r.bars {
          out.append(b.start)
          if let e = b.end { out.append(e) }
          if let u = b.unconfirmedFrom { out.append(u) }
          out += b.statements.map(\.time)
        }
        out += r.markers.map(\.event.effective)
      }
    }
    out += briefings.map(\.time)
    for s in figures { out += s.points.map(\.time) }
    return out.filter { $0 >= from && $0 <= to }.sorted()
  }
}
