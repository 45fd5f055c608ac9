@testable import TimelineKit

extension Timeline {
  /// Every event of a subject in valid-time order (``EventOrder``), its retractions included, each marked, each
  /// rule with how its stretch ends: see ``EventTable/historyEntries(of:knownAt:catalogue:)``.
  ///
  /// - Parameter knownAt: only events recorded by then, and only retractions recorded by then count.
  func history(of subject: SubjectKey, knownAt: Timestamp? = nil) -> [HistoryEntry] {
    guard let s = table.subjectIndex(subject.raw) else { return [] }
    return inMemory { t throws(TimelineError) in try t.historyEntries(of: s, knownAt: knownAt, catalogue: catalogue) }
  }
}

extension Timeline {
  /// What differs between the state at `a` and at `b`: added, changed (old -> new) and ended subjects, each with
  /// its reason.
  ///
  /// Use two valid times with one knowledge time to see what changed in force, or one valid time with two
  /// knowledge times to see what a later briefing changed in what was known.
  func diff(from a: Bitemporal, to b: Bitemporal, filter: SubjectFilter = SubjectFilter()) -> [DiffEntry] {
    inMemory { t throws(TimelineError) in try t.diffEntries(from: a, to: b, catalogue: catalogue, filter: filter) }
  }
}
