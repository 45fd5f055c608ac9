/// The state and history queries answered from an ``EventTable``: decisions on compact records, then only
/// the returned events decoded from their lines.
extension EventTable {
  /// Everything in force at `point`, like ``Timeline/state(at:filter:)``.
  public func stateEntries(at point: Bitemporal, catalogue: Catalogue, filter: SubjectFilter = SubjectFilter()) throws(TimelineError)
    -> [Timeline.StateEntry]
  {
    let winners = state(at: point.at.epochSeconds, knownAt: point.knownAt?.epochSeconds).filter { !records[$0].eventType.endsState }
    let events = try events(winners)
    return winners.compactMap { i -> Timeline.StateEntry? in
      let e = events[i]!
      guard filter.admits(e, catalogue: catalogue) else { return nil }
      return Timeline.StateEntry(
        subject: e.subject, event: e, description: EventDescription(e, catalogue: catalogue), category: catalogue.category(of: e.subject))
    }.sorted { ($0.category, $0.subject.raw) < ($1.category, $1.subject.raw) }
  }

  /// What differs between the state at `a` and at `b`, like ``Timeline/diff(from:to:filter:)``: only the
  /// subjects whose deciding record differs between the two points are decoded.
  public func diffEntries(from a: Bitemporal, to b: Bitemporal, catalogue: Catalogue, filter: SubjectFilter = SubjectFilter())
    throws(TimelineError) -> [DiffEntry]
  {
    var pairs: [(before: Int?, after: Int?)] = []
    for s in subjects.indices {
      let x = deciding(subject: s, at: a.at.epochSeconds, knownAt: a.knownAt?.epochSeconds)
      let y = deciding(subject: s, at: b.at.epochSeconds, knownAt: b.knownAt?.epochSeconds)
      if x != y { pairs.append((x, y)) }
    }
    let events = try events(pairs.flatMap { [$0.before, $0.after].compactMap { $0 } })
    var before: [SubjectKey: Event] = [:]
    var after: [SubjectKey: Event] = [:]
    for (x, y) in pairs {
      if let x, let e = events[x] { before[e.subject] = e }
      if let y, let e = events[y] { after[e.subject] = e }
    }
    return DiffEntry.compare(before: before, after: after, filter: filter, catalogue: catalogue)
  }

  /// A subject's history, like ``Timeline/history(of:knownAt:)``: every event known at `knownAt` in ``EventOrder``,
  /// each retracted one marked with its retraction.
  public func historyEntries(of subject: Int, knownAt: Timestamp?, catalogue: Catalogue) throws(TimelineError) -> [HistoryEntry] {
    let list = history(of: subject, knownAt: knownAt?.epochSeconds)
    let events = try events(list)
    let retractions = list.compactMap { events[$0] }.filter { $0.type == .eventRetracted }
    return list.map { i in
      let e = events[i]!
      let by = retractions.filter { $0.data["target"]?.stringValue == e.id }.min { $0.recorded < $1.recorded }
      return HistoryEntry(
        event: e, description: EventDescription(e, catalogue: catalogue), retractedBy: by,
        retracts: e.type == .eventRetracted ? e.data["target"]?.stringValue : nil)
    }
  }

  /// Resolves what a person typed to one subject: an exact key; else a fragment of keys; else a fragment of the
  /// labels (which needs each subject's latest event decoded).
  /// - Throws: `.unknownSubject` (with near keys) or `.ambiguousSubject` (with the candidates).
  public func resolveSubject(_ text: String, catalogue: Catalogue) throws(TimelineError) -> Int {
    if let i = subjectIndex(text) { return i }
    let needle = text.lowercased()
    var matches = subjects.indices.filter { subjects[$0].lowercased().contains(needle) }
    var described: [Int: EventDescription] = [:]
    if matches.isEmpty {
      let latest = subjects.indices.map { range(of: $0).upperBound - 1 }
      let events = try events(latest)
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
      let near = subjects.filter { ArgumentParser.editDistance($0, text) <= 3 }
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
