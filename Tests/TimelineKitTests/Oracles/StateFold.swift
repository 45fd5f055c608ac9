@testable import TimelineKit

/// The naive replay: a pure fold over every event that yields each subject's deciding event at one
/// bitemporal point. It is the reference the fast ``TimelineIndex`` is tested against.
///
/// Rule (DESIGN.md, "Time: two axes"): among a subject's events known at K, not retracted as known at K,
/// whose valid interval contains T, the latest by ``EventOrder`` decides. A retraction hides its target
/// only for knowledge times at or after the retraction's `recorded`.
///
/// No I/O, no clock: `apply` in any order, then read ``deciding``.
struct StateFold: Sendable {
  let point: Bitemporal
  let order: EventOrder
  /// Candidates per subject: known at K and valid at T.
  private(set) var candidates: [SubjectKey: [Event]] = [:]
  /// Ids retracted by a retraction known at K.
  private(set) var retracted: Set<String> = []

  init(point: Bitemporal, order: EventOrder) {
    self.point = point
    self.order = order
  }

  /// Folds one event in.
  mutating func apply(_ e: Event) {
    guard point.knows(e) else { return }
    if e.type == .eventRetracted {
      if let target = e.data["target"]?.stringValue { retracted.insert(target) }
      return
    }
    guard e.type.decides, e.interval.contains(point.at) else { return }
    candidates[e.subject, default: []].append(e)
  }

  /// The deciding event of every subject that has one (lifts and completed rounds included).
  /// - Complexity: O(n) in the number of candidates.
  var deciding: [SubjectKey: Event] {
    var out: [SubjectKey: Event] = [:]
    for (subject, list) in candidates {
      var best: Event?
      for e in list where !retracted.contains(e.id) {
        if best == nil || order.precedes(best!, e) { best = e }
      }
      if let best { out[subject] = best }
    }
    return out
  }

  /// Replays `events` from scratch at `point`.
  static func replay(_ events: some Sequence<Event>, at point: Bitemporal, order: EventOrder) -> [SubjectKey: Event] {
    var fold = StateFold(point: point, order: order)
    for e in events { fold.apply(e) }
    return fold.deciding
  }
}
