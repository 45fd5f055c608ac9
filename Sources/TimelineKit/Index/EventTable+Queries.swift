/// The state and history queries answered from an ``EventTable``: decisions on compact records, then only
/// the returned events decoded from their lines.
extension EventTable {
  /// Everything in force at `point`: each rule, zone and round with its last statement, end and status, and the
  /// latest figure of each metric (lifts and completed rounds left out).
  /// - Parameters:
  ///   - confirmation: the staleness horizon that decides in force or unconfirmed.
  ///   - progress: told `(logs read, logs)` while the returned events are decoded.
  /// - Returns: entries sorted by category, then subject key.
  /// - Complexity: O(s log n) for s subjects, plus decoding the returned events.
  public func stateEntries(
    at point: Bitemporal, catalogue: Catalogue, filter: SubjectFilter = SubjectFilter(), confirmation: Confirmation = Confirmation(),
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(TimelineError) -> [StateEntry] {
    let t = point.at.epochSeconds
    let knownAt = point.knownAt?.epochSeconds
    let standings = subjects.indices.filter { mayAdmit($0, filter, catalogue) }
      .compactMap { standing(subject: $0, at: t, knownAt: knownAt) }
      .filter { !records[$0.deciding].eventType.endsState }
    let events = try events(standings.map(\.deciding), progress: progress)
    let admitted = standings.filter { filter.admits(events[$0.deciding]!, catalogue: catalogue) }
    // A statement or end that is itself a shown event (a rule stated once) is named from its decoded event.
    var refs = try refs(admitted.flatMap(\.recordsToName).filter { events[$0] == nil })
    for st in admitted {
      for i in st.recordsToName where refs[i] == nil { refs[i] = events[i].map(EventRef.init) }
    }
    return admitted.map { st in stateEntry(st, events: events, refs: refs, at: t, catalogue: catalogue, confirmation: confirmation) }.sorted {
      ($0.category, $0.subject.raw) < ($1.category, $1.subject.raw)
    }
  }

  /// Whether subject `s` may pass `filter` (``SubjectFilter/mayAdmit(_:catalogue:)``): a filtered query decodes
  /// only the events of subjects it may show.
  func mayAdmit(_ s: Int, _ filter: SubjectFilter, _ catalogue: Catalogue) -> Bool {
    guard !filter.isEmpty, let key = try? SubjectKey(subjects[s]) else { return true }
    return filter.mayAdmit(key, catalogue: catalogue)
  }

  /// A state entry from a standing whose records are decoded in `events`.
  func stateEntry(
    _ st: Standing, events: [Int: Event], refs: [Int: EventRef], at t: Int64, catalogue: Catalogue, confirmation: Confirmation
  ) -> StateEntry {
    let e = events[st.deciding]!
    let figure = e.subject.kind == .metric
    let end = StateEnd(st.end, refs: refs)
    let reference = figure ? e.effective.epochSeconds : st.lastStated
    let scheduled = records[st.deciding].until != Int64.max
    return StateEntry(
      subject: e.subject, event: e, description: EventDescription(e, catalogue: catalogue), category: catalogue.category(of: e.subject),
      statement: refs[st.statement]!, lastStated: Timestamp(epochSeconds: reference), end: end,
      status: confirmation.status(at: t, reference: reference, scheduledEnd: scheduled, figure: figure))
  }

  /// What differs between the state at `a` and at `b`, like ``Timeline/diff(from:to:filter:)``: only the
  /// subjects whose deciding record differs between the two points are decoded, with the retractions that explain
  /// an end. `progress` is told `(logs read, logs)` while they are decoded.
  /// - Complexity: O(s log n) for s subjects, plus decoding the differing events.
  public func diffEntries(
    from a: Bitemporal, to b: Bitemporal, catalogue: Catalogue, filter: SubjectFilter = SubjectFilter(),
    progress: (@Sendable (Int, Int) -> Void)? = nil
  ) throws(TimelineError) -> [DiffEntry] {
    var pairs: [(subject: Int, before: Int?, after: Int?)] = []
    for s in subjects.indices where mayAdmit(s, filter, catalogue) {
      let x = deciding(subject: s, at: a.at.epochSeconds, knownAt: a.knownAt?.epochSeconds)
      let y = deciding(subject: s, at: b.at.epochSeconds, knownAt: b.knownAt?.epochSeconds)
      if x != y { pairs.append((s, x, y)) }
    }
    // The retractions (of the same subject, recorded when the target's first retraction was) that may explain why
    // a `before` record no longer decides at b.
    let kb = b.knownAt?.epochSeconds ?? Int64.max
    var retractionCandidates: [Int] = []
    for p in pairs {
      guard let x = p.before, records[x].retractedAt != Int64.max, records[x].retractedAt <= kb else { continue }
      retractionCandidates += range(of: p.subject).filter {
        records[$0].type == EventType.eventRetracted.code && records[$0].recorded == records[x].retractedAt
      }
    }
    let events = try events(pairs.flatMap { [$0.before, $0.after].compactMap { $0 } } + retractionCandidates, progress: progress)
    let retractions = retractionCandidates.compactMap { events[$0] }
    var before: [SubjectKey: Event] = [:]
    var after: [SubjectKey: Event] = [:]
    for p in pairs {
      if let x = p.before, let e = events[x] { before[e.subject] = e }
      if let y = p.after, let e = events[y] { after[e.subject] = e }
    }
    return DiffEntry.compare(
      before: before, after: after, from: a, to: b,
      retraction: { e, k in
        retractions.filter { $0.data["target"]?.stringValue == e.id && Bitemporal(at: e.effective, knownAt: k).knows($0) }
          .min { $0.recorded < $1.recorded }
      }, filter: filter, catalogue: catalogue)
  }

  /// A subject's history, like ``Timeline/history(of:knownAt:)``: every event known at `knownAt` in ``EventOrder``,
  /// each retracted one marked with its retraction.
  public func historyEntries(of subject: Int, knownAt: Timestamp?, catalogue: Catalogue) throws(TimelineError) -> [HistoryEntry] {
    try entries(history(of: subject, knownAt: knownAt?.epochSeconds), knownAt: knownAt, filter: SubjectFilter(), catalogue: catalogue)
  }

  /// Resolves what a person typed to one subject: an exact key; else a fragment of keys; else a fragment of the
  /// labels (which needs each subject's latest event decoded; `progress` is told `(logs read, logs)` meanwhile).
  /// - Throws: `.unknownSubject` (with near keys) or `.ambiguousSubject` (with the candidates).
  public func resolveSubject(_ text: String, catalogue: Catalogue, progress: (@Sendable (Int, Int) -> Void)? = nil) throws(TimelineError)
    -> Int
  {
    if let i = subjectIndex(text) { return i }
    let needle = text.lowercased()
    // Keys are ASCII: a fragment with any other character is no part of one (and half a million keys need not be
    // searched for it).
    let asciiNeedle = needle.utf8.allSatisfy { $0 < 0x80 }
    var matches = asciiNeedle ? subjects.indices.filter { subjects[$0].lowercased().contains(needle) } : []
    var described: [Int: EventDescription] = [:]
    if matches.isEmpty {
      let latest = subjects.indices.map { range(of: $0).upperBound - 1 }
      let events = try events(latest, progress: progress)
      for (s, i) in zip(subjects.indices, latest) {
        let d = EventDescription(events[i]!, catalogue: catalogue)
        if d.subject.zh.lowercased().contains(needle) || d.subject.en.lowercased().contains(needle) {
          matches.append(s)
          described[s] = d
        }
      }
    }
    if matches.count == 1 { return matches[0] }
    if matches.isEmpty {
      // An edit distance is at least the difference in length: most keys are ruled out before it is computed.
      let length = text.count
      let near = subjects.filter { abs($0.utf8.count - length) <= 3 && $0.editDistance(to: text) <= 3 }
      throw TimelineError(.unknownSubject(text, candidates: Array(near.prefix(5))))
    }
    if described.isEmpty {
      let shown = Array(matches.prefix(40))
      let events = try events(shown.map { range(of: $0).upperBound - 1 })
      for s in shown { described[s] = EventDescription(events[range(of: s).upperBound - 1]!, catalogue: catalogue) }
    }
    let lines = matches.prefix(40).map { s in subjects[s] + "  (" + described[s]!.subject.zh + " / " + described[s]!.subject.en + ")" }
    throw TimelineError(.ambiguousSubject(text, candidates: lines + (matches.count > 40 ? ["... \(matches.count - 40) more"] : [])))
  }
}
