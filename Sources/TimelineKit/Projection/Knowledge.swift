/// A point on both time axes: valid time `at`, as known at transaction time `knownAt` (`nil` = all known).
public struct Bitemporal: Sendable, Hashable {
  public var at: Timestamp
  public var knownAt: Timestamp?

  public init(at: Timestamp, knownAt: Timestamp? = nil) {
    self.at = at
    self.knownAt = knownAt
  }

  /// Whether an event had been made known by ``knownAt``.
  @inline(__always) public func knows(_ e: Event) -> Bool {
    knownAt.map { e.recorded.epochSeconds <= $0.epochSeconds } ?? true
  }
}

extension EventType {
  /// Whether the subject is not in force after this event decides its state (a lift, or a completed round).
  public var endsState: Bool { isLift || self == .testingCompleted }
}
