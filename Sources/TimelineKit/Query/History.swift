/// One line of a subject's history.
public struct HistoryEntry: Sendable, Hashable {
  public var event: Event
  public var description: EventDescription
  /// The retraction that hides this event (as known at the query's knowledge time), if any.
  public var retractedBy: Event?
  /// For a retraction: the event it retracts.
  public var retracts: String?
}

extension Timeline {
  /// Every event of a subject in valid-time order (``EventOrder``), its retractions included, each marked.
  ///
  /// - Parameter knownAt: only events recorded by then, and only retractions recorded by then count.
  public func history(of subject: SubjectKey, knownAt: Timestamp? = nil) -> [HistoryEntry] {
    let point = Bitemporal(at: Timestamp(epochSeconds: 0), knownAt: knownAt)
    var rows: [HistoryEntry] = []
    var retractionEvents: [Event] = []
    for e in index.events(of: subject) where point.knows(e) {
      let by = index.retractionsByTarget[e.id]?.first { point.knows($0) }
      rows.append(HistoryEntry(event: e, description: EventDescription(e, catalogue: catalogue), retractedBy: by, retracts: nil))
      for r in index.retractionsByTarget[e.id] ?? [] where point.knows(r) { retractionEvents.append(r) }
    }
    for r in retractionEvents {
      rows.append(
        HistoryEntry(event: r, description: EventDescription(r, catalogue: catalogue), retractedBy: nil, retracts: r.data["target"]?.stringValue))
    }
    let order = index.order
    return rows.sorted { order.precedes($0.event, $1.event) }
  }
}
