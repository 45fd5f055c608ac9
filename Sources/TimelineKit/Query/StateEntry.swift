/// One subject in force at a point (a rule, zone or round), or the latest figure of a metric.
public struct StateEntry: Sendable, Hashable {
  public var subject: SubjectKey
  /// The deciding event (for a metric: its latest figure).
  public var event: Event
  public var description: EventDescription
  public var category: String
  /// The last statement of the state: the deciding event or a later restatement of it.
  public var statement: EventRef
  /// When the state was last stated (the statement's `recorded`); for a figure, the moment it is as of.
  public var lastStated: Timestamp
  /// How the stretch ends, as known at the query's knowledge time.
  public var end: StateEnd
  /// In force or unconfirmed (rules); latest or unconfirmed (figures).
  public var status: Status

  /// Whether the entry is a reported figure rather than a rule.
  public var isFigure: Bool { subject.kind == .metric }

  /// The age of the last statement at `t`, in seconds (negative when it was made after `t`: a retroactive
  /// announcement).
  public func ageSeconds(at t: Timestamp) -> Int64 { t.epochSeconds - lastStated.epochSeconds }
}
