/// How long a statement confirms a rule whose end is unknown, and the status a row gets from it.
///
/// Briefings rarely say when a rule ends. Past the horizon after the last briefing that stated a rule, the engine
/// no longer presents it as in force: it is *unconfirmed* (DESIGN.md, "What the engine knows, and how sure it is").
/// A rule whose deciding event gives a scheduled end (`until`) is confirmed up to that end by the text itself.
/// Figures are confirmed for the horizon after the moment they are as of.
///
/// The default horizon is 14 days: the national protocol in force in 2022 (the 8th and 9th editions of the
/// prevention and control plan) re-examined sealed and controlled zones and quarantines on 7- and 14-day cycles, and
/// Zhengzhou's command office briefed every one to three days while an outbreak lasted. A rule nobody repeated for
/// two weeks had, as often as not, been changed without a sentence that says so.
public struct Confirmation: Sendable, Hashable {
  /// The default horizon: 14 days.
  public static let defaultHorizonSeconds: Int64 = 14 * 86_400

  /// How long after a statement a rule counts as confirmed, in seconds.
  public var horizonSeconds: Int64

  public init(horizonSeconds: Int64 = Confirmation.defaultHorizonSeconds) {
    self.horizonSeconds = horizonSeconds
  }

  /// The status of a rule or figure at valid time `t`.
  /// - Parameters:
  ///   - reference: when it was last stated (a rule: the statement's `recorded`; a figure: the time it is as of).
  ///   - scheduledEnd: whether the deciding event itself gives a scheduled end (rules only).
  ///   - figure: whether it is a reported figure.
  public func status(at t: Int64, reference: Int64, scheduledEnd: Bool, figure: Bool) -> Status {
    let fresh = t - reference <= horizonSeconds
    if figure { return fresh ? .latest : .unconfirmed }
    return fresh || scheduledEnd ? .inForce : .unconfirmed
  }

  /// Parses a duration as a person types it: `14d`, `30d`, `2w`, `36h` (a bare number is days).
  public static func parseDuration(_ text: String) -> Int64? {
    let units: [Character: Int64] = ["h": 3600, "d": 86_400, "w": 7 * 86_400]
    var digits = Substring(text)
    var unit: Int64 = 86_400
    if let last = text.last, let u = units[last] {
      unit = u
      digits = digits.dropLast()
    }
    guard !digits.isEmpty, digits.count <= 6, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int64(digits) else { return nil }
    return n * unit
  }
}

/// What a row of `state` (or a day of `export daily`) claims about its subject.
public enum Status: String, Sendable, Hashable, CaseIterable {
  /// A rule stated within the horizon, or one whose scheduled end is still ahead.
  case inForce = "in force"
  /// A rule last stated longer than the horizon ago with no scheduled end, or a figure older than the horizon.
  case unconfirmed
  /// The latest figure of a metric, as of a moment within the horizon.
  case latest
  /// A figure whose period covers the moment (daily export).
  case reported
  /// No figure covers the moment (daily export: a period count on a day no report covers).
  case noReport = "no report"
  /// No rule in force (lifted, ended, not yet in force, or never stated).
  case notInForce = "not in force"
}

/// How the stretch in which an event decides its subject ends, as known at a knowledge time.
public enum StateEnd: Sendable, Hashable {
  /// At the deciding event's own `until`, given by the text.
  case scheduled(at: Timestamp)
  /// By a later event known at K: a lift, a completed round, or a newer state (an amendment, a re-grade, a
  /// temporary rule), at that event's effective time.
  case announced(at: Timestamp, by: EventRef)
  /// Nothing known at K ends it.
  case unknown

  /// `scheduled`, `announced` or `unknown`: the three kinds of end, as the CSV and JSON `end` column says it.
  public var kind: String {
    switch self {
    case .scheduled: "scheduled"
    case .announced: "announced"
    case .unknown: "unknown"
    }
  }

  /// A table's end with its records named (`refs` holds the announcing record).
  init(_ end: EventTable.Standing.End, refs: [Int: EventRef]) {
    switch end {
    case .scheduled(let u): self = .scheduled(at: Timestamp(epochSeconds: u))
    case .announced(let at, let by): self = .announced(at: Timestamp(epochSeconds: at), by: refs[by]!)
    case .unknown: self = .unknown
    }
  }

  /// When it ends, or `nil` when unknown.
  public var time: Timestamp? {
    switch self {
    case .scheduled(let t), .announced(let t, _): t
    case .unknown: nil
    }
  }

  /// The event that ends it, for an announced end.
  public var event: EventRef? {
    if case .announced(_, let e) = self { return e }
    return nil
  }
}
