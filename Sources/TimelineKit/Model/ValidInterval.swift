/// A half-open valid-time interval [effective, until), or [effective, ∞) when there is no scheduled end.
public struct ValidInterval: Sendable, Hashable {
  /// When the asserted state starts.
  public var effective: Timestamp
  /// The scheduled end (exclusive), or `nil` for open-ended.
  public var until: Timestamp?

  /// Creates an interval; `until` must be after `effective` (checked by the validator, not here).
  public init(effective: Timestamp, until: Timestamp? = nil) {
    self.effective = effective
    self.until = until
  }

  /// Whether `t` lies inside [effective, until).
  @inline(__always) public func contains(_ t: Timestamp) -> Bool {
    effective.epochSeconds <= t.epochSeconds && (until.map { t.epochSeconds < $0.epochSeconds } ?? true)
  }
}
