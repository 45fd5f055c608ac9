/// The rows and the figures of a chart, read from the event table: the same records, order and retractions as
/// `timeline state`, `history` and the exports.
extension TimelineChart {
  /// A subject's row over the window [lo, hi], or `nil` when it has no bar and no change there.
  /// - Returns: the row, and the subject's first effective time (rows are ordered by it).
  /// - Complexity: O(c log n) for c change points, plus decoding the subject's events.
  static func row(
    subject s: Int, table: EventTable, from lo: Timestamp, to hi: Timestamp, filter: SubjectFilter, catalogue c: Catalogue,
    confirmation: Confirmation
  ) throws(TimelineError) -> (first: Int64, row: Row)? {
    // A subject the filter cannot admit (decided from its key) has no bar and no marker: nothing is decoded for it.
    guard let key = try? SubjectKey(table.subjects[s]), filter.mayAdmit(key, catalogue: c) else { return nil }
    let bars = try bars(of: s, in: table, catalogue: c, confirmation: confirmation).filter {
      $0.start < hi && ($0.end.map { $0 > lo } ?? true) && filter.admits($0.event, catalogue: c)
    }
    // The subject's own events: no briefing, no retraction (it shows as its target's mark).
    let own = table.range(of: s).filter {
      let type = table.records[$0].eventType
      return type != .briefingPublished && type != .eventRetracted
    }
    guard let firstRecord = own.first, let lastRecord = own.last else { return nil }
    let shown = own.filter {
      let r = table.records[$0]
      return !r.eventType.isRestatement && r.effective >= lo.epochSeconds && r.effective <= hi.epochSeconds
    }
    // A row's label takes the words of the latest event not retracted (or the latest, when all are).
    let labelRecord = own.last { table.records[$0].retractedAt == Int64.max } ?? lastRecord
    let events = try table.events(shown + [labelRecord])
    let markers = shown.compactMap { i -> Marker? in
      let e = events[i]!
      return filter.admits(e, catalogue: c) ? Marker(event: e, retracted: table.records[i].retractedAt != Int64.max) : nil
    }
    if bars.isEmpty && markers.isEmpty { return nil }
    let row = Row(
      subject: key, category: c.category(of: key), label: label(of: key, latest: events[labelRecord]!, catalogue: c), bars: bars,
      markers: markers)
    return (table.records[firstRecord].effective, row)
  }

  /// A row's label: the catalogue's name of a measure (with its scope when the key names one), a zone's district
  /// and place, a testing round's label, in the words of the subject's latest event.
  static func label(of s: SubjectKey, latest: Event, catalogue c: Catalogue) -> Label {
    var l = EventDescription(latest, catalogue: c).subject
    if s.kind == .measure, let scope = s.scope {
      let sl = c.label(ofScope: String(scope))
      l = Label(zh: l.zh + "（" + sl.zh + "）", en: l.en + " (" + sl.en + ")")
    }
    return l
  }

  /// The case figures for the window: metrics of category `cases` for one scope, in the unit most of them use.
  /// Each figure is a point at the moment it is as of, and only a figure that decides its metric there (not one a
  /// later report corrected or a retraction withdrew).
  static func figures(table: EventTable, catalogue c: Catalogue, from: Timestamp, to: Timestamp, filter: SubjectFilter)
    throws(TimelineError) -> ([FigureSeries], String)
  {
    if let cat = filter.category, cat != "cases" { return ([], "city") }
    if let kind = filter.kind, kind != .metric { return ([], "city") }
    func series(scope: String) throws(TimelineError) -> [FigureSeries] {
      var out: [FigureSeries] = []
      for s in table.subjects.indices where table.subjects[s].hasPrefix("metric:") {
        guard let key = try? SubjectKey(table.subjects[s]), key.scope.map(String.init) == scope, c.category(of: key) == "cases" else { continue }
        let decided = table.range(of: s).filter { i in
          let r = table.records[i]
          return r.eventType.decides && r.effective >= from.epochSeconds && r.effective <= to.epochSeconds
            && table.deciding(subject: s, at: r.effective, knownAt: nil) == i
        }
        let events = try table.events(decided)
        let points = decided.compactMap { i -> FigurePoint? in
          let e = events[i]!
          // A value verify would refuse (not finite, beyond 1e15) is left out rather than break the axis.
          guard let v = e.data["value"]?.doubleValue, v.isFinite, abs(v) <= EventSchema.maximumMagnitude else { return nil }
          return FigurePoint(event: e, time: e.effective.cityTime, value: v, text: EventDescription.number(e.data["value"]))
        }
        guard !points.isEmpty else { continue }
        let label = c.label(of: key) ?? Label(zh: String(key.name), en: String(key.name))
        out.append(FigureSeries(subject: key, label: label, unit: points[0].event.data["unit"]?.stringValue ?? "", points: points))
      }
      return out
    }
    var scope = filter.district ?? "city"
    var all = try series(scope: scope)
    if all.isEmpty && scope != "city" {
      scope = "city"
      all = try series(scope: scope)
    }
    // Series share one y axis, so they must share a unit: keep the unit most points use.
    var counts: [String: Int] = [:]
    for s in all { counts[s.unit, default: 0] += s.points.count }
    guard let unit = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) })?.key else { return ([], scope) }
    return (all.filter { $0.unit == unit }, scope)
  }
}
