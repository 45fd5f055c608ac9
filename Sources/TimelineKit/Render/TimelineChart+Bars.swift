/// The bars of a chart row, built from the event table's standings: the one implementation `timeline state` runs.
extension TimelineChart {
  /// The intervals in which each of a subject's records decided its state, over all valid time, with the
  /// statements inside each, the stretches in which it is unconfirmed, and how it ends.
  ///
  /// ``EventTable/standing(subject:at:knownAt:)`` is asked at every change point of the subject (every `effective`
  /// and `until` of its records, restatements included); each run of change points decided by the same record is
  /// one bar, which ends at the next change point decided by another record (or by none). Lifts and completed
  /// rounds decide "not in force" and get no bar. The end kind comes from the standing at the bar's start.
  ///
  /// Between two change points the last statement is constant, so a bar is unconfirmed in a piece
  /// [p, q) from `max(p, lastStated + horizon)` on, when that is before q; a rule whose deciding event has its own
  /// `until` is never unconfirmed (the text gives its end).
  /// - Parameters:
  ///   - subject: the subject's index in `table`.
  ///   - confirmation: the horizon after a statement at which a rule with no scheduled end becomes unconfirmed.
  /// - Throws: ``TimelineError`` when a log changed under a file-backed table.
  /// - Complexity: O(c log n) for c change points, plus decoding the bars' events.
  public static func bars(
    of subject: Int, in table: EventTable, catalogue: Catalogue, confirmation: Confirmation = Confirmation()
  ) throws(TimelineError) -> [Bar] {
    let r = table.range(of: subject)
    var points = Set<Int64>()
    for i in r {
      points.insert(table.records[i].effective)
      if table.records[i].until != Int64.max { points.insert(table.records[i].until) }
    }
    var runs: [Run] = []
    var current: Run?
    for p in points.sorted() {
      let st = table.standing(subject: subject, at: p, knownAt: nil)
      let inForce = st.flatMap { table.records[$0.deciding].eventType.endsState ? nil : $0 }
      if var c = current, let f = inForce, c.standing.deciding == f.deciding {
        c.pieces.append(Piece(start: p, lastStated: f.lastStated, statement: f.statement))
        current = c
        continue
      }
      if var c = current {
        c.end = p
        runs.append(c)
        current = nil
      }
      if let f = inForce { current = Run(standing: f, start: p, pieces: [Piece(start: p, lastStated: f.lastStated, statement: f.statement)]) }
    }
    if let c = current { runs.append(c) }

    var needed = Set<Int>()
    for run in runs {
      needed.formUnion(run.pieces.map(\.statement))
      needed.insert(run.standing.deciding)
      needed.formUnion(run.standing.recordsToName)
    }
    let events = try table.events(Array(needed))
    return runs.map { run in
      bar(run, table: table, events: events, catalogue: catalogue, horizon: confirmation.horizonSeconds)
    }
  }

  /// A stretch of change points decided by one record.
  private struct Run {
    var standing: EventTable.Standing
    var start: Int64
    var pieces: [Piece]
    var end: Int64?
  }

  /// From one change point to the next: the last statement is the same throughout.
  private struct Piece {
    var start: Int64
    var lastStated: Int64
    var statement: Int
  }

  /// A bar from a run: its unconfirmed stretches, statements and end kind.
  private static func bar(_ run: Run, table: EventTable, events: [Int: Event], catalogue: Catalogue, horizon: Int64) -> Bar {
    let d = run.standing.deciding
    let e = events[d]!
    let scheduled = table.records[d].until != Int64.max
    var stale: [Span] = []
    if !scheduled {
      for (k, piece) in run.pieces.enumerated() {
        let pieceEnd = k + 1 < run.pieces.count ? run.pieces[k + 1].start : run.end
        let (threshold, overflow) = piece.lastStated.addingReportingOverflow(horizon)
        let from = overflow ? Int64.max : max(piece.start, threshold)
        guard pieceEnd.map({ from < $0 }) ?? (from != Int64.max) else { continue }
        if let last = stale.last, last.to?.epochSeconds == from {
          stale[stale.count - 1].to = pieceEnd.map { Timestamp(epochSeconds: $0) }
        } else {
          stale.append(Span(from: Timestamp(epochSeconds: from), to: pieceEnd.map { Timestamp(epochSeconds: $0) }))
        }
      }
    }
    var statementIndices: [Int] = [d]
    for piece in run.pieces where !statementIndices.contains(piece.statement) { statementIndices.append(piece.statement) }
    let statements = statementIndices.map { Statement(time: Timestamp(epochSeconds: table.records[$0].recorded), event: events[$0]!) }
      .sorted { $0.time < $1.time }
    let endKind: EndKind
    var endedBy: Event?
    switch run.standing.end {
    case .scheduled: endKind = .scheduled
    case .announced(_, let by):
      endedBy = events[by]
      endKind = table.records[by].eventType.endsState ? .lift : .change
    case .unknown: endKind = .unknown
    }
    // The standing's end and the end of the run of change points are the same moment (tested on random logs).
    assert(endTime(run.standing.end) == run.end, "a bar's end differs from its standing's")
    let last = run.pieces.last!
    let subject = e.subject
    let style = subject.kind == .zone ? "zone-" + (e.data["level"]?.stringValue ?? "unknown") : "cat-" + catalogue.category(of: subject)
    return Bar(
      subject: subject, event: e, start: Timestamp(epochSeconds: run.start), end: run.end.map { Timestamp(epochSeconds: $0) },
      endKind: endKind, endedBy: endedBy, style: style, statements: statements, lastStatement: events[last.statement]!,
      lastStated: Timestamp(epochSeconds: last.lastStated), unconfirmed: stale)
  }

  /// When a standing's stretch ends, or `nil` when unknown.
  static func endTime(_ end: EventTable.Standing.End) -> Int64? {
    switch end {
    case .scheduled(let at), .announced(let at, _): at
    case .unknown: nil
    }
  }
}
