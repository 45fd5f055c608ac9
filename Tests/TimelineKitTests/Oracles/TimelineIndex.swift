@testable import TimelineKit

/// Per-subject indexes over an ``EventStore`` for fast queries: a subject's state at T is a binary search
/// plus a short walk back, not a scan of every event.
///
/// ## Topics
/// - ``deciding(_:at:)``, ``state(at:)``
/// - ``events(of:)``, ``retractions(of:)``
struct TimelineIndex: Sendable {
  /// Each subject's events (restatements included; briefings and retractions apart), sorted by ``EventOrder``.
  let bySubject: [SubjectKey: [Event]]
  /// Subjects in key order.
  let subjects: [SubjectKey]
  /// For each retracted id, its retractions sorted by recorded time.
  let retractionsByTarget: [String: [Event]]
  let order: EventOrder

  /// Builds the indexes.
  /// - Complexity: O(n log n).
  init(events: [Event], order: EventOrder) {
    var by: [SubjectKey: [Event]] = [:]
    var retractions: [String: [Event]] = [:]
    for e in events {
      if e.type == .eventRetracted {
        if let t = e.data["target"]?.stringValue { retractions[t, default: []].append(e) }
      } else if e.type != .briefingPublished {
        by[e.subject, default: []].append(e)
      }
    }
    for k in by.keys { by[k]!.sort(by: order.precedes) }
    for k in retractions.keys { retractions[k]!.sort { $0.recorded < $1.recorded } }
    bySubject = by
    subjects = by.keys.sorted()
    retractionsByTarget = retractions
    self.order = order
    checkInvariants()
  }

  /// Builds the indexes of a store.
  init(store: EventStore) {
    self.init(events: store.events, order: EventOrder(logRank: store.logRank))
  }

  /// Whether `e` is retracted as known at `knownAt`.
  @inline(__always) func isRetracted(_ e: Event, knownAt: Timestamp?) -> Bool {
    guard let r = retractionsByTarget[e.id] else { return false }
    guard let knownAt else { return true }
    return r[0].recorded.epochSeconds <= knownAt.epochSeconds
  }

  /// The event that decides `subject`'s state at `point`, or `nil` when none does.
  /// - Complexity: O(log n) to find the last event effective at or before T, then a walk back over events
  ///   that do not apply (unknown at K, retracted, or already ended).
  func deciding(_ subject: SubjectKey, at point: Bitemporal) -> Event? {
    guard let list = bySubject[subject] else { return nil }
    var lo = 0
    var hi = list.count
    let t = point.at.epochSeconds
    while lo < hi {
      let mid = (lo + hi) / 2
      if list[mid].effective.epochSeconds <= t { lo = mid + 1 } else { hi = mid }
    }
    var i = lo - 1
    while i >= 0 {
      let e = list[i]
      if e.type.decides, point.knows(e), e.interval.contains(point.at), !isRetracted(e, knownAt: point.knownAt) { return e }
      i -= 1
    }
    return nil
  }

  /// The deciding event of every subject at `point` (lifts and completed rounds included).
  func state(at point: Bitemporal) -> [SubjectKey: Event] {
    var out: [SubjectKey: Event] = [:]
    for s in subjects { if let e = deciding(s, at: point) { out[s] = e } }
    return out
  }

  /// A subject's state-asserting events in ``EventOrder``.
  func events(of subject: SubjectKey) -> [Event] { bySubject[subject] ?? [] }

  /// Checks the sort order of every subject's list (only with `-D TIMELINE_INTERNAL_CHECKS`).
  func checkInvariants() {
    #if TIMELINE_INTERNAL_CHECKS
      for (s, list) in bySubject {
        for k in list.indices.dropFirst() { precondition(!order.precedes(list[k], list[k - 1]), "index of \(s) out of order") }
        precondition(list.allSatisfy { $0.subject == s }, "index of \(s) holds another subject")
      }
    #endif
  }
}
