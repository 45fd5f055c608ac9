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

  /// The kind of subject this verb applies to (`nil` for a retraction, which takes its target's subject).
  public var subjectKind: SubjectKind? {
    switch self {
    case .briefingPublished: .briefing
    case .zoneDesignated, .zoneRegraded, .zoneLifted: .zone
    case .measureImposed, .measureAmended, .measureLifted: .measure
    case .metricReported: .metric
    case .testingScheduled, .testingCompleted: .testing
    case .eventRetracted: nil
    }
  }

  /// Whether the event ends its subject's state (a lift): from its effective time the subject is not in force.
  public var isLift: Bool { self == .zoneLifted || self == .measureLifted }

  /// Whether the event asserts a state of its subject (everything but a retraction).
  public var assertsState: Bool { self != .eventRetracted }

  public static func < (a: EventType, b: EventType) -> Bool { a.rawValue < b.rawValue }
}
