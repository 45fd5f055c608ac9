/// The change log and the metrics series answered from an ``EventTable``: the records pick and order the events,
/// and only the events printed are decoded.
extension EventTable {
  /// The change log: every event (briefings and retractions included) effective in [from, to), known at
  /// `knownAt`, in ``EventOrder`` — newest last — each retracted one marked with its retraction and each rule with
  /// how its stretch ends.
  /// - Complexity: O(n log n) over the n records that fall in the window, plus decoding them.
  public func changeEntries(
    from: Timestamp? = nil, to: Timestamp? = nil, knownAt: Timestamp? = nil, filter: SubjectFilter = SubjectFilter(),
    catalogue: Catalogue
  ) throws(TimelineError) -> [HistoryEntry] {
    try entries(
      changeRecords(from: from, to: to, knownAt: knownAt, filter: filter, catalogue: catalogue), knownAt: knownAt, filter: filter,
      catalogue: catalogue)
  }

  /// The change log of ``changeEntries(from:to:knownAt:filter:catalogue:)`` handed to `body` in consecutive
  /// chunks of at most `chunkSize` records, so that a log of millions of events is written without holding its
  /// rows: only one chunk's events are decoded at a time.
  /// - Complexity: O(n log n) over the n records in the window, plus decoding them; memory O(n) for the record
  ///   numbers and O(chunkSize) for events.
  public func changeEntries(
    from: Timestamp? = nil, to: Timestamp? = nil, knownAt: Timestamp? = nil, filter: SubjectFilter = SubjectFilter(),
    catalogue: Catalogue, chunkSize: Int, progress: (@Sendable (Int, Int) -> Void)? = nil,
    _ body: ([HistoryEntry]) throws(TimelineError) -> Void
  ) throws(TimelineError) {
    precondition(chunkSize > 0, "a chunk holds at least one record")
    let chosen = changeRecords(from: from, to: to, knownAt: knownAt, filter: filter, catalogue: catalogue)
    try EventTable.forEachChunk(of: chosen, size: chunkSize, progress: progress) { (part: ArraySlice<Int>) throws(TimelineError) in
      try body(try entries(Array(part), knownAt: knownAt, filter: filter, catalogue: catalogue))
    }
  }

  /// Calls `body` with consecutive slices of at most `size` of `list`, telling `progress` how far it got after each.
  static func forEachChunk(
    of list: [Int], size: Int, progress: (@Sendable (Int, Int) -> Void)?, _ body: (ArraySlice<Int>) throws(TimelineError) -> Void
  ) throws(TimelineError) {
    var start = 0
    while start < list.count {
      let end = start + min(size, list.count - start)
      try body(list[start..<end])
      progress?(end, list.count)
      start = end
    }
  }

  /// The records of the change log, in ``EventOrder``: effective in [from, to), known at `knownAt`, briefings only
  /// without a category, district or kind filter; subjects the filter cannot admit (decided from their keys) left out.
  func changeRecords(from: Timestamp?, to: Timestamp?, knownAt: Timestamp?, filter: SubjectFilter, catalogue: Catalogue) -> [Int] {
    let k = knownAt?.epochSeconds ?? Int64.max
    let lo = from?.epochSeconds ?? Int64.min
    let hi = to?.epochSeconds ?? Int64.max
    let briefingsToo = filter.category == nil && filter.district == nil && filter.kind == nil
    var chosen: [Int] = []
    for s in subjects.indices {
      guard mayAdmit(s, filter, catalogue) else { continue }
      for i in range(of: s) {
        let r = records[i]
        guard r.recorded <= k, r.effective >= lo, r.effective < hi else { continue }
        if r.type == EventType.briefingPublished.code && !briefingsToo { continue }
        chosen.append(i)
      }
    }
    chosen.sort { records[$0].precedes(records[$1]) }
    return chosen
  }

  /// History entries for records (in the order given), with retractions known at `knownAt`, ends, and the filter
  /// applied to every event but briefings.
  func entries(_ list: [Int], knownAt: Timestamp?, filter: SubjectFilter, catalogue: Catalogue) throws(TimelineError) -> [HistoryEntry] {
    let k = knownAt?.epochSeconds ?? Int64.max
    // The retraction known at K of each retracted record: among its subject's retractions recorded at its
    // `retractedAt` (the earliest), the one that names it.
    @inline(__always) func retractedAtK(_ i: Int) -> Bool { records[i].retractedAt != Int64.max && records[i].retractedAt <= k }
    var retractionCandidates: [Int] = []
    for i in list where retractedAtK(i) {
      retractionCandidates += range(of: Int(records[i].subject)).filter {
        records[$0].type == EventType.eventRetracted.code && records[$0].recorded == records[i].retractedAt
      }
    }
    let ends = list.map { i in
      records[i].eventType.endsState || records[i].eventType == .metricReported ? nil : end(ofRecord: i, knownAt: knownAt?.epochSeconds)
    }
    let enders = ends.compactMap { e -> Int? in if case .announced(_, let by)? = e { by } else { nil } }
    let events = try events(list + retractionCandidates)
    let refs = try refs(enders)
    // The earliest retraction of each target among the candidates.
    var retractionOf: [String: Event] = [:]
    for r in retractionCandidates.compactMap({ events[$0] }) {
      guard let target = r.data["target"]?.stringValue else { continue }
      if let known = retractionOf[target], known.recorded <= r.recorded { continue }
      retractionOf[target] = r
    }
    var out: [HistoryEntry] = []
    out.reserveCapacity(list.count)
    for (i, end) in zip(list, ends) {
      let e = events[i]!
      if e.type != .briefingPublished, !filter.admits(e, catalogue: catalogue) { continue }
      let by = retractedAtK(i) ? retractionOf[e.id] : nil
      out.append(
        HistoryEntry(
          event: e, description: EventDescription(e, catalogue: catalogue), retractedBy: by,
          retracts: e.type == .eventRetracted ? e.data["target"]?.stringValue : nil, end: end.map { StateEnd($0, refs: refs) }))
    }
    return out
  }

  /// One row per reported figure (retracted ones left out, as known at `knownAt`) as of a moment in [from, to), in
  /// ``EventOrder``.
  /// - Complexity: O(m log m) over the m figure records in the window, plus decoding them.
  public func metricSeries(from: Timestamp?, to: Timestamp?, knownAt: Timestamp?, filter: SubjectFilter, catalogue: Catalogue)
    throws(TimelineError) -> RowSet
  {
    var rs = RowSet(columns: Views.metricColumns)
    try metricSeries(from: from, to: to, knownAt: knownAt, filter: filter, catalogue: catalogue, chunkSize: Int.max) {
      (chunk: RowSet) throws(TimelineError) in rs.rows += chunk.rows
    }
    return rs
  }

  /// The rows of ``metricSeries(from:to:knownAt:filter:catalogue:)`` handed to `body` in consecutive chunks of at
  /// most `chunkSize` figures, each decoded only for its chunk.
  /// - Complexity: O(m log m) over the m figure records in the window, plus decoding them; memory O(m) for the
  ///   record numbers and O(chunkSize) for events and rows.
  public func metricSeries(
    from: Timestamp?, to: Timestamp?, knownAt: Timestamp?, filter: SubjectFilter, catalogue: Catalogue, chunkSize: Int,
    progress: (@Sendable (Int, Int) -> Void)? = nil, _ body: (RowSet) throws(TimelineError) -> Void
  ) throws(TimelineError) {
    precondition(chunkSize > 0, "a chunk holds at least one record")
    let k = knownAt?.epochSeconds ?? Int64.max
    let lo = from?.epochSeconds ?? Int64.min
    let hi = to?.epochSeconds ?? Int64.max
    var chosen: [Int] = []
    for s in subjects.indices where subjects[s].hasPrefix("metric:") && mayAdmit(s, filter, catalogue) {
      for i in range(of: s) {
        let r = records[i]
        guard r.type == EventType.metricReported.code, r.recorded <= k, r.retractedAt > k || r.retractedAt == Int64.max,
          r.effective >= lo, r.effective < hi
        else { continue }
        chosen.append(i)
      }
    }
    chosen.sort { records[$0].precedes(records[$1]) }
    try EventTable.forEachChunk(of: chosen, size: chunkSize, progress: progress) { (part: ArraySlice<Int>) throws(TimelineError) in
      let events = try events(Array(part))
      var rs = RowSet(columns: Views.metricColumns)
      for i in part {
        let e = events[i]!
        guard filter.admits(e, catalogue: catalogue) else { continue }
        rs.append(Views.metricRow(e, catalogue: catalogue))
      }
      try body(rs)
    }
  }
}
