/// One difference between two states, with why it happened.
public struct DiffEntry: Sendable, Hashable {
  public enum Change: String, Sendable, Hashable {
    case added, changed, ended
  }

  /// Why a subject was added, changed or ended between the two points. Every case names a time and, where one is
  /// responsible, the event; nothing is left blank.
  public enum Reason: Sendable, Hashable {
    /// Added or changed: this event decides at the second point.
    case stated(by: Event)
    /// Ended: a lift (or a completed round) decides at the second point.
    case lifted(by: Event)
    /// Ended or changed: the earlier deciding event is retracted as known at the second point.
    case retracted(by: Event)
    /// Ended: the earlier deciding event's own `until`, between the two valid times.
    case scheduledEnd(at: Timestamp)
    /// Ended or changed: the earlier deciding event was not yet recorded at the second knowledge time.
    case notYetKnown(recorded: Timestamp)
    /// Ended or changed: the second valid time is before the earlier deciding event's effective time (a diff run
    /// backwards in valid time).
    case notYetInForce(effective: Timestamp)

    /// `stated`, `lifted`, `retracted`, `ended as scheduled`, `not yet known`, `not yet in force`.
    public var name: String {
      switch self {
      case .stated: "stated"
      case .lifted: "lifted"
      case .retracted: "retracted"
      case .scheduledEnd: "ended as scheduled"
      case .notYetKnown: "not yet known"
      case .notYetInForce: "not yet in force"
      }
    }

    /// When the reason took effect: the new event's effective time, the retraction's recorded time, the `until`,
    /// the event's recorded or effective time.
    public var time: Timestamp {
      switch self {
      case .stated(let e), .lifted(let e): e.effective
      case .retracted(let r): r.recorded
      case .scheduledEnd(let t), .notYetKnown(let t), .notYetInForce(let t): t
      }
    }
  }

  public var change: Change
  public var subject: SubjectKey
  public var category: String
  /// The state before (for changed and ended).
  public var before: Event?
  /// The state after (for added and changed).
  public var after: Event?
  public var reason: Reason

  /// The event responsible: the new deciding event, the lift, the retraction, or (for an end by schedule, a
  /// knowledge time before it was known, or a backwards diff) the earlier event itself.
  public var responsible: Event {
    switch reason {
    case .stated(let e), .lifted(let e), .retracted(let e): e
    case .scheduledEnd, .notYetKnown, .notYetInForce: before ?? after!
    }
  }
}

extension DiffEntry {
  /// The comparison behind every diff: the deciding event of each subject at two points (lifts and completed
  /// rounds included; a subject missing from both has nothing to report) into added, changed and ended entries,
  /// each with its reason, sorted by change, category and subject. Subjects whose deciding event is the same on
  /// both sides may be left out of both maps: they never differ.
  /// - Parameter retraction: the earliest retraction of an event known at a knowledge time, if any.
  static func compare(
    before: [SubjectKey: Event], after: [SubjectKey: Event], from a: Bitemporal, to b: Bitemporal,
    retraction: (Event, Timestamp?) -> Event?, filter: SubjectFilter, catalogue: Catalogue
  ) -> [DiffEntry] {
    /// Why `o`, deciding at `a`, does not decide at `b`: the first of the rule's conditions it fails there.
    func gone(_ o: Event) -> Reason? {
      if !b.knows(o) { return .notYetKnown(recorded: o.recorded) }
      if let r = retraction(o, b.knownAt) { return .retracted(by: r) }
      if b.at < o.effective { return .notYetInForce(effective: o.effective) }
      if let u = o.until, u <= b.at { return .scheduledEnd(at: u) }
      return nil
    }
    /// Why `o` gave way to `n` (or, for an end, to `n` a lift or nothing): what happened first between the points.
    func reason(_ o: Event, replacedBy n: Event?, lift: Bool) -> Reason {
      let why = gone(o)
      guard let n else { return why ?? .stated(by: o) }  // nothing decides at b, so `o` fails a condition there
      let newer: Reason = lift ? .lifted(by: n) : .stated(by: n)
      switch why {
      case nil: return newer
      case .scheduledEnd(let u)? where n.effective > a.at && n.effective < u: return newer
      case let w?: return w
      }
    }
    var out: [DiffEntry] = []
    for s in Set(before.keys).union(after.keys) {
      let old = before[s].flatMap { $0.type.endsState ? nil : $0 }
      let newDeciding = after[s]
      let new = newDeciding.flatMap { $0.type.endsState ? nil : $0 }
      // Neither side in force (e.g. a round completed before and after): nothing to report.
      guard let probe = new ?? old else { continue }
      guard filter.admits(probe, catalogue: catalogue) || (old.map { filter.admits($0, catalogue: catalogue) } ?? false) else { continue }
      let category = catalogue.category(of: s)
      func entry(_ c: Change, _ r: Reason) -> DiffEntry {
        DiffEntry(change: c, subject: s, category: category, before: old, after: new, reason: r)
      }
      switch (old, new) {
      case (nil, let n?):
        out.append(entry(.added, .stated(by: n)))
      case (let o?, nil):
        out.append(entry(.ended, reason(o, replacedBy: newDeciding, lift: true)))
      case (let o?, let n?) where o.id != n.id && (o.data != n.data || o.type != n.type || o.until != n.until):
        out.append(entry(.changed, reason(o, replacedBy: n, lift: false)))
      default: break
      }
    }
    let rank: [DiffEntry.Change: Int] = [.added: 0, .changed: 1, .ended: 2]
    return out.sorted { (rank[$0.change]!, $0.category, $0.subject.raw) < (rank[$1.change]!, $1.category, $1.subject.raw) }
  }
}
