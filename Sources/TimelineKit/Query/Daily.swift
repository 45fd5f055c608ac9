extension Timeline {
  /// Columns of the daily export.
  public static let dailyColumns: [RowSet.Column] = [
    .init("date"), .init("time"), .init("subject"), .init("category"), .init("label_zh"), .init("label_en"),
    .init("status"), .init("state_zh"), .init("state_en"), .init("scope"), .init("value", numeric: true), .init("unit"),
    .init("effective"), .init("until"), .init("event_id"), .init("source"),
  ]

  /// One row per day and subject from the day of `from` to the day of `to` (inclusive): the subject's status
  /// at that day's `secondsIntoDay` (city time), `in force` with its state or `not in force`.
  ///
  /// Subjects that have no event known at `knownAt` do not appear; subjects with an event but no state that
  /// day appear as `not in force`.
  /// - Complexity: O(days × subjects × log events-per-subject).
  public func daily(
    from: Timestamp, to: Timestamp, secondsIntoDay: Int, knownAt: Timestamp?, filter: SubjectFilter
  ) -> RowSet {
    var rs = RowSet(columns: Timeline.dailyColumns)
    let offset = Int64(Timestamp.cityOffsetMinutes * 60)
    let firstDay = Timestamp.floorDiv(from.epochSeconds + offset, 86_400)
    let lastDay = Timestamp.floorDiv(to.epochSeconds + offset, 86_400)
    let subjects = index.subjects.filter { s in
      let evs = index.events(of: s).filter { knownAt == nil || $0.recorded <= knownAt! }
      return !evs.isEmpty && evs.contains { filter.admits($0, catalogue: catalogue) }
    }
    for day in firstDay...lastDay {
      let t = Timestamp(epochSeconds: day * 86_400 - offset + Int64(secondsIntoDay))
      let date = t.dateString
      let time = String(t.iso8601.dropFirst(11).prefix(5))
      for s in subjects {
        let e = index.deciding(s, at: Bitemporal(at: t, knownAt: knownAt))
        let category = catalogue.category(of: s)
        guard let e, !e.type.endsState else {
          let any = index.events(of: s).last!
          let d = EventDescription(any, catalogue: catalogue)
          rs.append([date, time, s.raw, category, d.subject.zh, d.subject.en, "not in force", "", "", "", "", "", "", "", e?.id ?? "", e?.source ?? ""])
          continue
        }
        let d = EventDescription(e, catalogue: catalogue)
        rs.append([
          date, time, s.raw, category, d.subject.zh, d.subject.en, "in force", d.state.zh, d.state.en,
          Views.dataString(e, "scope"), Views.dataString(e, "value"), Views.dataString(e, "unit"),
          e.effective.iso8601, e.until?.iso8601 ?? "", e.id, e.source,
        ])
      }
    }
    return rs
  }

  /// Columns of the metrics export.
  public static let metricColumns: [RowSet.Column] = [
    .init("as_of"), .init("period_start"), .init("metric"), .init("scope"), .init("scope_zh"), .init("category"),
    .init("label_zh"), .init("label_en"), .init("value", numeric: true), .init("unit"), .init("recorded"),
    .init("source"), .init("event_id"), .init("quote"), .init("note"),
  ]

  /// One row per reported figure (retracted ones left out, as known at `knownAt`), as a time series by as-of time.
  public func metricSeries(from: Timestamp?, to: Timestamp?, knownAt: Timestamp?, filter: SubjectFilter) -> RowSet {
    var rs = RowSet(columns: Timeline.metricColumns)
    for e in store.events where e.type == .metricReported {
      if let knownAt, e.recorded > knownAt { continue }
      if index.isRetracted(e, knownAt: knownAt) { continue }
      if let from, e.effective < from { continue }
      if let to, e.effective >= to { continue }
      guard filter.admits(e, catalogue: catalogue) else { continue }
      let scope = e.subject.scope.map(String.init) ?? ""
      let label = catalogue.label(of: e.subject) ?? Label(zh: "", en: "")
      rs.append([
        e.effective.iso8601, Views.dataString(e, "period_start"), String(e.subject.name), scope,
        catalogue.label(ofScope: scope).zh, catalogue.category(of: e.subject), label.zh, label.en,
        Views.dataString(e, "value"), Views.dataString(e, "unit"), e.recorded.iso8601, e.source, e.id, e.quote,
        Views.dataString(e, "note"),
      ])
    }
    return rs
  }
}
