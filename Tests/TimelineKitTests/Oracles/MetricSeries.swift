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
      rs.append(Views.metricRow(e, catalogue: catalogue))
    }
    return rs
  }
}
