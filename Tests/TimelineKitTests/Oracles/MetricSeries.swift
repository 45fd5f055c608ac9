@testable import TimelineKit

extension Timeline {
  /// The naive metrics series (the oracle of ``EventTable/metricSeries(from:to:knownAt:filter:catalogue:)``): one row per reported figure (retracted ones left out, as known at `knownAt`), as a time series by as-of time.
  func metricSeries(from: Timestamp?, to: Timestamp?, knownAt: Timestamp?, filter: SubjectFilter) -> RowSet {
    var rs = RowSet(columns: Views.metricColumns)
    for e in events where e.type == .metricReported {
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
