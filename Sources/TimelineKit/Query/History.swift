/// One line of a subject's history.
public struct HistoryEntry: Sendable, Hashable {
  public var event: Event
  public var description: EventDescription
  /// The retraction that hides this event (as known at the query's knowledge time), if any.
  public var retractedBy: Event?
  /// For a retraction: the event it retracts.
  public var retracts: String?
  /// For a rule, zone or round that can be in force: how its stretch ends, as known at the query's knowledge time
  /// (`nil` for lifts, figures, restatements, retractions and briefings).
  public var end: StateEnd? = nil
}

extension Timeline {
  /// Every event of a subject in valid-time order (``EventOrder``), its retractions included, each marked, each
  /// rule with how its stretch ends: see ``EventTable/historyEntries(of:knownAt:catalogue:)``.
  ///
  /// - Parameter knownAt: only events recorded by then, and only retractions recorded by then count.
  public func history(of subject: SubjectKey, knownAt: Timestamp? = nil) -> [HistoryEntry] {
    guard let s = table.subjectIndex(subject.raw) else { return [] }
    return inMemory { t throws(TimelineError) in try t.historyEntries(of: s, knownAt: knownAt, catalogue: catalogue) }
  }
}
