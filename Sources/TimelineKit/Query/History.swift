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
