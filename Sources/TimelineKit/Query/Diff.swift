/// One difference between two states.
public struct DiffEntry: Sendable, Hashable {
  public enum Change: String, Sendable, Hashable {
    case added, changed, ended
  }
  public var change: Change
  public var subject: SubjectKey
  public var category: String
  /// The state before (for changed and ended).
  public var before: Event?
  /// The state after (for added and changed).
  public var after: Event?
  /// The event responsible: the new deciding event, the lift, or (for a scheduled end) the event that ended.
  public var responsible: Event
  /// How an ended state ended: by a lift or completion event, or by its scheduled `until`.
  public var endedBySchedule: Bool
}

extension DiffEntry {
  /// The comparison behind every diff: the deciding event of each subject at two points (lifts and completed
  /// rounds included; a subject missing from both has nothing to report) into added, changed and ended entries,
  /// sorted by change, category and subject. Subjects whose deciding event is the same on both sides may be
  /// left out of both maps: they never differ.
  static func compare(
    before: [SubjectKey: Event], after: [SubjectKey: Event], filter: SubjectFilter, catalogue: Catalogue
  ) -> [DiffEntry] {
    var out: [DiffEntry] = []
    for s in Set(before.keys).union(after.keys) {
      let old = before[s].flatMap { $0.type.endsState ? nil : $0 }
      let newDeciding = after[s]
      let new = newDeciding.flatMap { $0.type.endsState ? nil : $0 }
      // Neither side in force (e.g. a round completed before and after): nothing to report.
      guard let probe = new ?? old else { continue }
      guard filter.admits(probe, catalogue: catalogue) || (old.map { filter.admits($0, catalogue: catalogue) } ?? false) else { continue }
      let category = catalogue.category(of: s)
      switch (old, new) {
      case (nil, let n?):
        out.append(DiffEntry(change: .added, subject: s, category: category, before: nil, after: n, responsible: n, endedBySchedule: false))
      case (let o?, nil):
        let by = newDeciding
        out.append(
          DiffEntry(change: .ended, subject: s, category: category, before: o, after: nil, responsible: by ?? o, endedBySchedule: by == nil))
      case (let o?, let n?) where o.id != n.id && (o.data != n.data || o.type != n.type || o.until != n.until):
        out.append(DiffEntry(change: .changed, subject: s, category: category, before: o, after: n, responsible: n, endedBySchedule: false))
      default: break
      }
    }
    let rank: [DiffEntry.Change: Int] = [.added: 0, .changed: 1, .ended: 2]
    return out.sorted { (rank[$0.change]!, $0.category, $0.subject.raw) < (rank[$1.change]!, $1.category, $1.subject.raw) }
  }
}

extension Timeline {
  /// What differs between the state at `a` and at `b`: added, changed (old -> new) and ended subjects.
  ///
  /// Use two valid times with one knowledge time to see what changed in force, or one valid time with two
  /// knowledge times to see what a later briefing changed in what was known.
  public func diff(from a: Bitemporal, to b: Bitemporal, filter: SubjectFilter = SubjectFilter()) -> [DiffEntry] {
    DiffEntry.compare(before: index.state(at: a), after: index.state(at: b), filter: filter, catalogue: catalogue)
  }
}
