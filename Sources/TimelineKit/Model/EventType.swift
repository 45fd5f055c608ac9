/// The closed set of lifecycle verbs an event can be.
///
/// Subjects are open (they come from the catalogue); verbs are not: every projection knows what each of
/// these means.
public enum EventType: String, Sendable, Hashable, CaseIterable, Comparable {
  case briefingPublished = "briefing.published"
  case zoneDesignated = "zone.designated"
  case zoneRegraded = "zone.regraded"
  case zoneLifted = "zone.lifted"
  case measureImposed = "measure.imposed"
  case measureAmended = "measure.amended"
  case measureLifted = "measure.lifted"
  case metricReported = "metric.reported"
  case testingScheduled = "testing.scheduled"
  case testingCompleted = "testing.completed"
  case eventRetracted = "event.retracted"
  /// A briefing restates a zone unchanged ("继续实行…", "仍为…"): refreshes when it was last stated, never its state.
  case zoneRestated = "zone.restated"
  /// A briefing restates a measure unchanged ("继续…", "仍然…", a notice repeating a standing rule): refreshes
  /// when it was last stated, never its state.
  case measureRestated = "measure.restated"

  /// The kind of subject this verb applies to (`nil` for a retraction, which takes its target's subject).
  public var subjectKind: SubjectKind? {
    switch self {
    case .briefingPublished: .briefing
    case .zoneDesignated, .zoneRegraded, .zoneLifted, .zoneRestated: .zone
    case .measureImposed, .measureAmended, .measureLifted, .measureRestated: .measure
    case .metricReported: .metric
    case .testingScheduled, .testingCompleted: .testing
    case .eventRetracted: nil
    }
  }

  /// Whether the event ends its subject's state (a lift): from its effective time the subject is not in force.
  public var isLift: Bool { self == .zoneLifted || self == .measureLifted }

  /// Whether the event restates its subject's standing state without changing it (see ``zoneRestated``).
  public var isRestatement: Bool { self == .zoneRestated || self == .measureRestated }

  /// Whether the event can decide its subject's state: not a briefing, a retraction or a restatement.
  public var decides: Bool { self != .briefingPublished && self != .eventRetracted && !isRestatement }

  public static func < (a: EventType, b: EventType) -> Bool { a.rawValue < b.rawValue }
}
