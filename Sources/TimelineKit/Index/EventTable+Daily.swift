/// The daily export as a sweep over the table: one row per day and subject, streamed as CSV, with each
/// event decoded at most once however many days it decides.
///
/// Rules are `in force` or `unconfirmed` (by their last statement and the horizon) or `not in force`. Figures keep
/// their period: a count with a `period_start` is `reported` only on the days its period covers (the moment of the
/// row lies in [period_start, as of)) and is otherwise `no report` with an empty value; a figure as of a moment (a
/// cumulative count, a stock) is shown with its `as_of` as `latest` within the horizon and `unconfirmed` after it.
extension EventTable {
  /// The columns of the daily export, in their stable order (new columns are only ever added at the end).
  public static let dailyColumns = [
    "date", "time", "subject", "category", "label_zh", "label_en", "status", "state_zh", "state_en", "scope", "value", "unit",
    "effective", "until", "event_id", "source", "kind", "as_of", "period_start", "last_stated", "age_days", "end", "end_at",
  ]
  static let dailyNumeric: Set<String> = ["value", "age_days"]
  /// Columns that need the event decoded (the others come from the record, its line or the catalogue).
  static let dailyDecoded: Set<String> = ["label_zh", "label_en", "state_zh", "state_en", "scope", "value", "unit", "period_start"]

  /// What a daily row needs of an event, computed once per event.
  struct RowFacts {
    var label: Label
    var state: Label
    var scope: String
    var value: String
    var unit: String
    var periodStart: Int64?
  }

  /// What one row shows: the record whose state or figure it shows (if any), and the row's status.
  struct DailyRow: Equatable {
    var shown: Int?
    var deciding: Int?
    var status: Status
    var lastStated: Int64?
    var end: Standing.End?
  }

  /// Writes the daily export.
  /// - Parameters:
  ///   - days: the first and last day (inclusive), as the city's midnight of each.
  ///   - secondsIntoDay: the time of day each status is taken at.
  ///   - inForceOnly: only the rows that show a rule in force or unconfirmed, or a figure (otherwise every subject
  ///     known at K has a row).
  ///   - confirmedOnly: leave out unconfirmed rows.
  ///   - columns: which columns, in which order (names from ``dailyColumns``).
  ///   - progress: told `(days written, days)` after each day.
  ///   - flush: receives the CSV bytes in chunks of about a megabyte.
  /// - Returns: the number of rows written (header excluded).
  /// - Complexity: O(subjects × days × log n + events) (each subject's cursor only moves forward), plus one decode
  ///   per distinct event shown when a column needs it, and one per figure a period count is looked up in.
  public func writeDaily(
    firstDay: Timestamp, lastDay: Timestamp, secondsIntoDay: Int, knownAt: Timestamp?, inForceOnly: Bool = false,
    confirmedOnly: Bool = false, confirmation: Confirmation = Confirmation(), filter: SubjectFilter,
    catalogue: Catalogue, columns: [String], options: CSVOptions, progress: ((Int, Int) -> Void)? = nil,
    flush: (inout CSVWriter) throws(TimelineError) -> Void
  ) throws(TimelineError) -> Int {
    var w = CSVWriter(options: options)
    w.writeRow(columns)
    return try sweepDaily(
      firstDay: firstDay, lastDay: lastDay, secondsIntoDay: secondsIntoDay, knownAt: knownAt, inForceOnly: inForceOnly,
      confirmedOnly: confirmedOnly, confirmation: confirmation, filter: filter, catalogue: catalogue, columns: columns,
      progress: progress, sink: &w, flush: flush)
  }

  /// The daily rows, cell by cell, into any ``DailyRowSink`` (CSV or Parquet): the one sweep both formats share.
  func sweepDaily<Sink: DailyRowSink>(
    firstDay: Timestamp, lastDay: Timestamp, secondsIntoDay: Int, knownAt: Timestamp?, inForceOnly: Bool,
    confirmedOnly: Bool, confirmation: Confirmation, filter: SubjectFilter, catalogue: Catalogue, columns: [String],
    progress: ((Int, Int) -> Void)?, sink w: inout Sink, flush: (inout Sink) throws(TimelineError) -> Void
  ) throws(TimelineError) -> Int {
    let k = knownAt?.epochSeconds ?? Int64.max
    let offset = Int64(Timestamp.cityOffsetMinutes * 60)
    let day0 = Timestamp.floorDiv(firstDay.epochSeconds + offset, 86_400)
    let day1 = Timestamp.floorDiv(lastDay.epochSeconds + offset, 86_400)
    let lines = LineSource(table: self)
    let needsDecode = columns.contains { EventTable.dailyDecoded.contains($0) } || filter.district != nil
    let needsEnd = columns.contains("end") || columns.contains("end_at")
    let sink = w
    func encode(_ text: String) -> [UInt8] { sink.encode(.text(text)) }

    // Subjects with an event known at K that pass the filter; category from the key alone.
    var chosen: [DailyChosen] = []
    for s in subjects.indices {
      let known = range(of: s).filter { records[$0].recorded <= k && records[$0].type != EventType.briefingPublished.code }
      guard let last = known.last, let key = try? SubjectKey(subjects[s]) else { continue }
      if let kind = filter.kind, key.kind != kind { continue }
      let category = catalogue.category(of: key)
      if let c = filter.category, c != category { continue }
      if filter.district != nil {
        guard filter.mayAdmit(key, catalogue: catalogue) else { continue }
        let events = try lines.events(known)
        guard known.contains(where: { filter.admits(events[$0]!, catalogue: catalogue) }) else { continue }
      }
      chosen.append(
        DailyChosen(
          index: s, last: last, subject: encode(key.raw), category: encode(category), kind: encode(key.kind.rawValue),
          isFigure: key.kind == .metric))
    }

    // The facts of the events shown lately: each subject's row is memoised below, so this only saves decoding
    // for figures looked up again; emptied when it grows, so that a year of ten million events stays small.
    var facts: [Int: RowFacts] = [:]
    func factsOf(_ i: Int) throws(TimelineError) -> RowFacts {
      if let f = facts[i] { return f }
      if facts.count >= 65_536 { facts.removeAll(keepingCapacity: true) }
      let e = try lines.event(i)
      let d = EventDescription(e, catalogue: catalogue)
      let f = RowFacts(
        label: d.subject, state: d.state, scope: Views.dataString(e, "scope"), value: Views.dataString(e, "value"),
        unit: Views.dataString(e, "unit"), periodStart: e.data["period_start"]?.stringValue.flatMap { try? Timestamp.parse($0).epochSeconds })
      facts[i] = f
      return f
    }

    /// A figure's row at `t`: the next figure (the first as of a moment after `t`) when it is a count whose period
    /// covers `t`; else the latest figure when it is as of a moment (not a count); else no report.
    /// What a figure's rows depend on besides the moment: the next figure after the cursor and the latest one
    /// before it, with their periods. Figures have no `until`, so both change only when the cursor moves.
    var figureCursors: [Int: DailyFigureCursor] = [:]
    func figureRow(_ subject: Int, n: Int, cursor c: Int, at t: Int64) throws(TimelineError) -> DailyRow {
      var fc: DailyFigureCursor
      if let known = figureCursors[n], known.cursor == c {
        fc = known
      } else {
        let r = range(of: subject)
        var i = c
        while i < r.upperBound, !(records[i].decides && records[i].applies(at: records[i].effective, knownAt: k)) { i += 1 }
        fc = DailyFigureCursor(cursor: c)
        if i < r.upperBound { fc.next = (i, try factsOf(i).periodStart) }
        if let d = latestApplying(before: c, from: r.lowerBound, at: t, knownAt: k) { fc.latest = (d, try factsOf(d).periodStart) }
        figureCursors[n] = fc
      }
      if let next = fc.next, let p = next.periodStart, p <= t {
        return DailyRow(shown: next.index, deciding: next.index, status: .reported, lastStated: nil, end: nil)
      }
      guard let latest = fc.latest, latest.periodStart == nil else {
        return DailyRow(shown: nil, deciding: nil, status: .noReport, lastStated: nil, end: nil)
      }
      let asOf = records[latest.index].effective
      let status = confirmation.status(at: t, reference: asOf, scheduledEnd: false, figure: true)
      return DailyRow(shown: latest.index, deciding: latest.index, status: status, lastStated: asOf, end: nil)
    }

    /// A rule's row at `t`, from its standing.
    func ruleRow(_ subject: Int, cursor c: Int, at t: Int64) -> DailyRow {
      guard let st = standing(subject: subject, at: t, knownAt: k, upperBound: c, withEnd: needsEnd) else {
        return DailyRow(shown: nil, deciding: nil, status: .notInForce, lastStated: nil, end: nil)
      }
      if records[st.deciding].eventType.endsState {
        return DailyRow(shown: nil, deciding: st.deciding, status: .notInForce, lastStated: nil, end: nil)
      }
      let status = confirmation.status(
        at: t, reference: st.lastStated, scheduledEnd: records[st.deciding].until != Int64.max, figure: false)
      return DailyRow(shown: st.deciding, deciding: st.deciding, status: status, lastStated: st.lastStated, end: needsEnd ? st.end : nil)
    }

    /// The cells that depend only on the row's records, encoded, in the order of `columns` (others left empty).
    func eventCells(_ row: DailyRow, last: Int) throws(TimelineError) -> [[UInt8]] {
      let shown = row.shown
      let f: RowFacts? = needsDecode ? try factsOf(shown ?? last) : nil
      let on = shown != nil
      var cells: [[UInt8]] = []
      cells.reserveCapacity(columns.count)
      for c in columns {
        switch c {
        case "label_zh": cells.append(encode(f!.label.zh))
        case "label_en": cells.append(encode(f!.label.en))
        case "status": cells.append(encode(row.status.rawValue))
        case "state_zh": cells.append(encode(on ? f!.state.zh : ""))
        case "state_en": cells.append(encode(on ? f!.state.en : ""))
        case "scope": cells.append(encode(on ? f!.scope : ""))
        case "value": cells.append(sink.encode(.number(on ? f!.value : "")))
        case "unit": cells.append(encode(on ? f!.unit : ""))
        case "effective": cells.append(encode(shown.map { Timestamp(epochSeconds: records[$0].effective).iso8601 } ?? ""))
        case "until":
          cells.append(encode(shown.flatMap { records[$0].until == Int64.max ? nil : Timestamp(epochSeconds: records[$0].until).iso8601 } ?? ""))
        case "event_id": cells.append(encode(try row.deciding.map { i throws(TimelineError) in try lines.id(i) } ?? ""))
        case "source": cells.append(encode(row.deciding.map { logs[Int(records[$0].log)].name } ?? ""))
        case "as_of":
          let figure = shown.map { records[$0].eventType == .metricReported } ?? false
          cells.append(encode(figure ? Timestamp(epochSeconds: records[shown!].effective).iso8601 : ""))
        case "period_start": cells.append(encode(on ? (f!.periodStart.map { Timestamp(epochSeconds: $0).iso8601 } ?? "") : ""))
        case "last_stated": cells.append(encode(row.lastStated.map { Timestamp(epochSeconds: $0).iso8601 } ?? ""))
        case "end":
          switch row.end {
          case .scheduled?: cells.append(encode("scheduled"))
          case .announced?: cells.append(encode("announced"))
          case .unknown?: cells.append(encode("unknown"))
          case nil: cells.append([])
          }
        case "end_at":
          switch row.end {
          case .scheduled(let u)?, .announced(let u, _)?: cells.append(encode(Timestamp(epochSeconds: u).iso8601))
          default: cells.append([])
          }
        default: cells.append([])
        }
      }
      return cells
    }

    let kinds: [DailyCellKind] = columns.map {
      switch $0 {
      case "date": .date
      case "time": .time
      case "subject": .subject
      case "category": .category
      case "kind": .kind
      case "age_days": .age
      default: .event
      }
    }
    var rows = 0
    // Each subject's cursor: its first record effective after the current day's moment.
    var cursor = chosen.map { Int(subjectStart[$0.index]) }
    // Each subject's last row and cells: most days repeat the day before.
    var memo: [(row: DailyRow, cells: [[UInt8]])?] = Array(repeating: nil, count: chosen.count)
    for day in day0...day1 {
      let t = day * 86_400 - offset + Int64(secondsIntoDay)
      let stamp = Timestamp(epochSeconds: t)
      let date = encode(stamp.dateString)
      let time = encode(String(stamp.iso8601.dropFirst(11).prefix(5)))
      for n in chosen.indices {
        let index = chosen[n].index
        let hi = Int(subjectStart[index + 1])
        var c = cursor[n]
        while c < hi, records[c].effective <= t { c += 1 }
        cursor[n] = c
        let row = chosen[n].isFigure ? try figureRow(index, n: n, cursor: c, at: t) : ruleRow(index, cursor: c, at: t)
        if inForceOnly && row.shown == nil { continue }
        if confirmedOnly && row.status == .unconfirmed { continue }
        let cells: [[UInt8]]
        if let m = memo[n], m.row == row {
          cells = m.cells
        } else {
          cells = try eventCells(row, last: chosen[n].last)
          memo[n] = (row, cells)
        }
        for (col, kind) in kinds.enumerated() {
          switch kind {
          case .date: try w.appendEncoded(date)
          case .time: try w.appendEncoded(time)
          case .subject: try w.appendEncoded(chosen[n].subject)
          case .category: try w.appendEncoded(chosen[n].category)
          case .kind: try w.appendEncoded(chosen[n].kind)
          case .age:
            try w.appendEncoded(row.lastStated.map { sink.encode(.number(Views.ageDays(t - $0))) } ?? [])
          case .event: try w.appendEncoded(cells[col])
          }
        }
        try w.endRow()
        rows += 1
        if w.pendingBytes > 1 << 20 { try flush(&w) }
      }
      progress?(Int(day - day0 + 1), Int(day1 - day0 + 1))
    }
    try flush(&w)
    return rows
  }
}

/// Reads the lines of a table's events one at a time with `pread`, through a few open logs: a year's export of ten
/// million events touches every log, and mapping them whole would hold gigabytes of their pages.
final class LineSource {
  let table: EventTable
  /// Open logs, most recently used last; at most ``openLimit`` (well under the usual limit of 1,024 descriptors).
  private var open: [(log: Int, file: ReadOnlyFile)] = []
  private static let openLimit = 32
  private var line: [UInt8] = []

  init(table: EventTable) { self.table = table }

  private func file(ofLog log: Int) throws(TimelineError) -> ReadOnlyFile {
    if let k = open.lastIndex(where: { $0.log == log }) {
      let f = open.remove(at: k)
      open.append(f)
      return f.file
    }
    if open.count == LineSource.openLimit { open.removeFirst() }
    let f = try ReadOnlyFile(path: table.logs[log].path)
    open.append((log, f))
    return f
  }

  /// Reads `count` bytes of log `log` at `offset` into ``line``.
  private func read(log: Int, at offset: Int64, count: Int) throws(TimelineError) {
    let f = try file(ofLog: log)
    if line.count < count { line = [UInt8](repeating: 0, count: max(count, 2 * line.count)) }
    // The buffer holds at least `count` bytes (grown above) and is not resized while the pointer is used.
    let result = line.withUnsafeMutableBytes { b in Result { () throws(TimelineError) in try f.read(into: b.baseAddress!, count: count, at: offset) }
    }
    try result.get()
  }

  /// The event of record `i`.
  func event(_ i: Int) throws(TimelineError) -> Event {
    let r = table.records[i]
    if let inMemory = table.inMemory { return inMemory[Int(r.offset)] }
    try read(log: Int(r.log), at: r.offset, count: Int(r.length))
    let decoded = line.withUnsafeBufferPointer { EventCodec.decodeEvent(UnsafeBufferPointer(rebasing: $0[..<Int(r.length)])) }
    guard case .success(let e) = decoded else {
      throw TimelineError.problems([Diagnostic(SourceLocation(file: table.logs[Int(r.log)].path, line: Int(r.seq)), .notCanonical)])
    }
    return e
  }

  /// The events of several records.
  func events(_ indices: [Int]) throws(TimelineError) -> [Int: Event] {
    var out: [Int: Event] = [:]
    for i in indices { out[i] = try event(i) }
    return out
  }

  /// The id of record `i`, read from its line without decoding the event when the scanner noted where it is.
  func id(_ i: Int) throws(TimelineError) -> String {
    let r = table.records[i]
    guard table.inMemory == nil, r.idLength > 0 else { return try event(i).id }
    let f = try file(ofLog: Int(r.log))
    if let id = try EventTable.readID(of: r, in: f, buffer: &line) { return id }
    return try event(i).id
  }
}

/// A subject the daily sweep writes rows for: its index, its last record known at K, and its encoded cells.
struct DailyChosen {
  var index: Int
  var last: Int
  var subject: [UInt8]
  var category: [UInt8]
  var kind: [UInt8]
  var isFigure: Bool
}

/// What a figure's rows depend on besides the moment: the next figure after the cursor and the latest one
/// before it, with their periods. Figures have no `until`, so both change only when the cursor moves.
struct DailyFigureCursor {
  var cursor: Int
  var next: (index: Int, periodStart: Int64?)?
  var latest: (index: Int, periodStart: Int64?)?
}

/// Where a daily cell comes from: the day, the subject, or the row's event.
enum DailyCellKind { case date, time, subject, category, kind, age, event }
