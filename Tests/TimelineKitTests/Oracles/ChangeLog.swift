@testable import TimelineKit

extension Timeline {
  /// The naive change log (the oracle of ``EventTable/changeEntries(from:to:knownAt:filter:catalogue:)``, ends
  /// left out): every event (briefings and retractions included) effective in [from, to), known at
  /// `knownAt`, in ``EventOrder`` — newest last.
  func changes(
    from: Timestamp? = nil, to: Timestamp? = nil, knownAt: Timestamp? = nil, filter: SubjectFilter = SubjectFilter()
  ) -> [HistoryEntry] {
    let point = Bitemporal(at: Timestamp(epochSeconds: 0), knownAt: knownAt)
    var out: [HistoryEntry] = []
    for e in events where point.knows(e) {
      if let from, e.effective < from { continue }
      if let to, e.effective >= to { continue }
      if e.type != .briefingPublished, !filter.admits(e, catalogue: catalogue) { continue }
      if e.type == .briefingPublished, filter.category != nil || filter.district != nil || filter.kind != nil { continue }
      let by = index.retractionsByTarget[e.id]?.first { point.knows($0) }
      out.append(
        HistoryEntry(
          event: e, description: EventDescription(e, catalogue: catalogue), retractedBy: by,
          retracts: e.type == .eventRetracted ? e.data["target"]?.stringValue : nil))
    }
    return out
  }
}
