extension Timeline {
  /// The change log: every event (briefings and retractions included) effective in [from, to), known at
  /// `knownAt`, in ``EventOrder`` — newest last.
  public func changes(
    from: Timestamp? = nil, to: Timestamp? = nil, knownAt: Timestamp? = nil, filter: SubjectFilter = SubjectFilter()
  ) -> [HistoryEntry] {
    let point = Bitemporal(at: Timestamp(epochSeconds: 0), knownAt: knownAt)
    // The in-memory table holds the store's events in this order: record j is event records[j].offset.
    var recordOf = [Int](repeating: -1, count: store.events.count)
    if table.inMemory?.count == store.events.count {
      for j in table.records.indices { recordOf[Int(table.records[j].offset)] = j }
    }
    var out: [HistoryEntry] = []
    for (k, e) in store.events.enumerated() where point.knows(e) {
      if let from, e.effective < from { continue }
      if let to, e.effective >= to { continue }
      if e.type != .briefingPublished, !filter.admits(e, catalogue: catalogue) { continue }
      if e.type == .briefingPublished, filter.category != nil || filter.district != nil { continue }
      let by = index.retractionsByTarget[e.id]?.first { point.knows($0) }
      out.append(
        HistoryEntry(
          event: e, description: EventDescription(e, catalogue: catalogue), retractedBy: by,
          retracts: e.type == .eventRetracted ? e.data["target"]?.stringValue : nil, end: end(ofRecord: recordOf[k], knownAt: knownAt)))
    }
    return out
  }

  /// How the stretch of a rule's event ends, as known at `knownAt` (`nil` for figures, lifts and the rest).
  func end(ofRecord j: Int, knownAt: Timestamp?) -> StateEnd? {
    guard j >= 0 else { return nil }
    let type = table.records[j].eventType
    guard !type.endsState, type != .metricReported, let end = table.end(ofRecord: j, knownAt: knownAt?.epochSeconds) else { return nil }
    var events: [Int: Event] = [:]
    if case .announced(_, let by) = end { events[by] = table.inMemory![Int(table.records[by].offset)] }
    return StateEnd(end, events: events)
  }
}
