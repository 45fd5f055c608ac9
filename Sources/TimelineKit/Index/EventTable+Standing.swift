/// How a subject's state stands at a point, answered from the records alone: the deciding record, the last
/// statement of that state, and how its stretch ends. The one implementation behind `state`, `diff`, the daily
/// export and the chart; the naive twin lives in the tests.
extension EventTable {
  /// A subject's standing at a bitemporal point, as record indices into ``records``.
  public struct Standing: Sendable, Hashable {
    /// How the deciding record's stretch ends, as known at K.
    public enum End: Sendable, Hashable {
      /// At the deciding record's `until`.
      case scheduled(at: Int64)
      /// At the effective time of `by`: the first later record known and not retracted at K that decides
      /// (before any `until`).
      case announced(at: Int64, by: Int)
      case unknown
    }

    /// The record that decides the state (a lift or completed round included).
    public var deciding: Int
    /// The last statement of the state: the deciding record, or a later restatement of it (by `recorded`).
    public var statement: Int
    /// The statement's `recorded` time: when the state was last stated.
    public var lastStated: Int64
    public var end: End

    /// The records a description of the standing names without decoding them: its statement and what ends it.
    var recordsToName: [Int] {
      var out = [statement]
      if case .announced(_, let by) = end { out.append(by) }
      return out
    }
  }

  /// The standing of subject `s` at valid time `t` as known at `knownAt` (`nil`: everything known), or `nil`
  /// when nothing decides it.
  ///
  /// Last stated: the latest `recorded` among the deciding record and the restatements of it: those that come
  /// after it in ``EventOrder``, whose interval contains `t`, that are known and not retracted at K, and at whose
  /// own effective time the same record decided (a restatement made while a temporary rule stood restates that).
  /// End: the first moment after `t` at which a record known and not retracted at K starts, if it comes before the
  /// deciding record's `until` (announced by the record that decides then); else that `until` (scheduled, also
  /// when a new record starts at that same moment); else unknown.
  /// - Complexity: O(log n) plus the walks back to the deciding record and forward to the next deciding one.
  public func standing(subject s: Int, at t: Int64, knownAt: Int64?) -> Standing? {
    standing(subject: s, at: t, knownAt: knownAt, upperBound: upperBound(in: range(of: s), effectiveAtOrBefore: t))
  }

  /// ``standing(subject:at:knownAt:)`` for a caller that knows where the subject's records effective at or before
  /// `t` end (the daily sweep's cursor); without `withEnd`, the end is left `.unknown` (not looked for).
  func standing(subject s: Int, at t: Int64, knownAt: Int64?, upperBound lo: Int, withEnd: Bool = true) -> Standing? {
    let r = range(of: s)
    let k = knownAt ?? Int64.max
    guard let d = latestApplying(before: lo, from: r.lowerBound, at: t, knownAt: k) else { return nil }
    var statement = d
    var last = records[d].recorded
    var i = d + 1
    while i < lo {
      let rec = records[i]
      if rec.isRestatement, rec.applies(at: t, knownAt: k), rec.recorded > last,
        decidingRecord(in: r, at: rec.effective, knownAt: k) == d
      {
        statement = i
        last = rec.recorded
      }
      i += 1
    }
    let end = withEnd ? nextChange(from: lo, in: r, before: records[d].until, knownAt: k) : .unknown
    return Standing(deciding: d, statement: statement, lastStated: last, end: end)
  }

  /// How a stretch that must end by `until` (`Int64.max`: no scheduled end) ends: at the first record from `start`
  /// on (in one subject's range `r`) that is known and not retracted at `k` and can decide, if it starts before
  /// `until` (announced, by the record that decides at that moment); else at `until` (scheduled); else unknown.
  func nextChange(from start: Int, in r: Range<Int>, before until: Int64, knownAt k: Int64) -> Standing.End {
    var i = start
    while i < r.upperBound, records[i].effective < until {
      let rec = records[i]
      if rec.decides, rec.applies(at: rec.effective, knownAt: k) {
        // Several records may start at that moment: the one that decides there ends the stretch.
        return .announced(at: rec.effective, by: decidingRecord(in: r, at: rec.effective, knownAt: k) ?? i)
      }
      i += 1
    }
    return until == Int64.max ? .unknown : .scheduled(at: until)
  }

  /// How the stretch in which record `i` decides ends, as known at `knownAt`: the next record after it that
  /// starts (known, not retracted), before its `until`; `nil` for records that cannot decide.
  /// - Complexity: O(m) over the subject's later records.
  public func end(ofRecord i: Int, knownAt: Int64?) -> Standing.End? {
    guard records[i].decides else { return nil }
    return nextChange(from: i + 1, in: range(of: Int(records[i].subject)), before: records[i].until, knownAt: knownAt ?? Int64.max)
  }

  /// The deciding record among the records `r` of one subject at (t, k).
  private func decidingRecord(in r: Range<Int>, at t: Int64, knownAt k: Int64) -> Int? {
    latestApplying(before: upperBound(in: r, effectiveAtOrBefore: t), from: r.lowerBound, at: t, knownAt: k)
  }
}

extension EventTable {
  /// The latest publication (`recorded`) of a briefing at or before `t` and known at `knownAt`, or `nil`.
  /// - Complexity: O(log s + b) for b briefings.
  public func latestBriefing(atOrBefore t: Timestamp, knownAt: Timestamp?) -> Timestamp? {
    let k = min(knownAt?.epochSeconds ?? Int64.max, t.epochSeconds)
    var s = subjectIndexAtOrAfter("briefing:")
    var latest: Int64?
    while s < subjects.count, subjects[s].hasPrefix("briefing:") {
      for i in range(of: s) where records[i].type == EventType.briefingPublished.code && records[i].recorded <= k {
        latest = max(latest ?? records[i].recorded, records[i].recorded)
      }
      s += 1
    }
    return latest.map { Timestamp(epochSeconds: $0) }
  }

  /// The first subject index whose key is not less than `key`.
  func subjectIndexAtOrAfter(_ key: String) -> Int {
    var lo = 0
    var hi = subjects.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if subjects[mid] < key { lo = mid + 1 } else { hi = mid }
    }
    return lo
  }
}
