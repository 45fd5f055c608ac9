/// Shared steps of the query commands: load, resolve filters, write in the chosen format.
enum QuerySupport {
  /// The event table (from its cache when valid) and the catalogue: what the fast query paths need.
  static func table(_ events: String, io: CommandIO? = nil) throws -> (EventTable, Catalogue) {
    let start = ContinuousClock.now
    let progress = io.flatMap { io in
      Progress.reporter("reading logs", io: io).map { report in
        { @Sendable (done: Int, total: Int) in
          report(done, total)
          // After the last log: grouping the records and writing the cache (seconds at ten million events).
          if done == total { Progress.phase("building the table", since: start, io: io) }
        }
      }
    }
    let table = try EventTable.open(directory: events, progress: progress).table
    if let io { Progress.finish(io: io) }
    return (table, try Catalogue.load(path: EventStore.join(events, Catalogue.fileName)))
  }

  /// `--district` and `--category` checked against the catalogue, with the near miss when there is one.
  static func filter(_ r: FilterRequest, _ c: Catalogue, command: String) throws(UsageError) -> SubjectFilter {
    var f = SubjectFilter(kind: r.kind)
    if let d = r.district {
      guard let key = SubjectFilter.resolveDistrict(d, catalogue: c) else {
        let keys = c.scopes.values.filter { c.isDistrict($0.key) }.map(\.key).sorted()
        throw UsageError(
          .invalidValue(option: "--district", value: d, expected: .district(keys, suggestion: ArgumentParser.suggest(d.lowercased(), among: keys))),
          command: command)
      }
      f.district = key
    }
    if let cat = r.category {
      let all = SubjectFilter.categories(c)
      guard all.contains(cat) else {
        throw UsageError(
          .invalidValue(option: "--category", value: cat, expected: .oneOf(all, suggestion: ArgumentParser.suggest(cat, among: all))),
          command: command)
      }
      f.category = cat
    }
    return f
  }

  /// The words a title adds for a filter: ", in 二七区 (erqi), category dining, kind measure".
  static func filterText(_ f: SubjectFilter, _ c: Catalogue) -> String {
    var s = ""
    if let d = f.district { s += ", in \(c.label(ofScope: d).zh) (\(d))" }
    if let cat = f.category { s += ", category \(cat)" }
    if let k = f.kind { s += ", kind \(k.rawValue)" }
    return s
  }

  /// State entries at a point with the horizon, `--confirmed-only` and the filter applied (progress on a
  /// terminal while the events are read: ten million events take seconds).
  static func stateEntries(
    _ table: EventTable, _ catalogue: Catalogue, point: Bitemporal, filter: SubjectFilter, confirmation: Confirmation, confirmedOnly: Bool,
    io: CommandIO, since start: ContinuousClock.Instant
  ) throws -> [StateEntry] {
    let entries = try table.stateEntries(
      at: point, catalogue: catalogue, filter: filter, confirmation: confirmation,
      progress: Progress.reporter("reading events", io: io, since: start))
    Progress.phase("writing \(entries.count) rows", since: start, io: io)
    return confirmedOnly ? entries.filter { $0.status != .unconfirmed } : entries
  }

  /// Writes rows in the chosen format, clearing any progress line just before the first byte goes out.
  static func write(_ rows: RowSet, output: OutputOptions, io: CommandIO, title: String?) {
    let bytes: [UInt8]
    switch output.format {
    case .table, .records:
      let style = output.style(io: io)
      let text = (title.map { TextWrap.lines($0, width: style.width) + "\n" } ?? "") + (rows.rows.isEmpty ? "(nothing)\n" : rows.render(style))
      Progress.finish(io: io)
      io.out(text)
      return
    case .csv: bytes = rows.renderCSV(options: CSVOptions())
    case .json: bytes = rows.renderJSON()
    }
    Progress.finish(io: io)
    io.writeOut(bytes)
  }
}

/// `timeline state --at T [--known-at K] [--district D] [--category C] [--format F]`.
enum StateCommand {
  static func run(_ o: StateOptions, io: CommandIO) throws -> Int32 {
    let start = ContinuousClock.now
    let point = Bitemporal(at: o.at, knownAt: o.knownAt)
    let (table, catalogue) = try QuerySupport.table(o.events, io: io)
    let filter = try QuerySupport.filter(o.filter, catalogue, command: "state")
    let entries = try QuerySupport.stateEntries(
      table, catalogue, point: point, filter: filter, confirmation: o.confirmation, confirmedOnly: o.confirmedOnly, io: io, since: start)
    switch o.output.format {
    case .table, .records:
      let title = Views.stateTitle(
        entries, point: point, filterText: QuerySupport.filterText(filter, catalogue),
        latestBriefing: table.latestBriefing(atOrBefore: point.at, knownAt: point.knownAt), confirmation: o.confirmation)
      let style = o.output.style(io: io)
      let text = TextWrap.lines(title, width: style.width) + Views.stateTable(entries, point: point, confirmation: o.confirmation, style: style)
      Progress.finish(io: io)
      io.out(text)
    case .csv, .json:
      QuerySupport.write(Views.state(entries, point: point, forTable: false), output: o.output, io: io, title: nil)
    }
    return ExitStatus.success
  }
}

/// `timeline history SUBJECT [--known-at K]`.
enum HistoryCommand {
  static func run(_ o: HistoryOptions, io: CommandIO) throws -> Int32 {
    // The directory first, so that a wrong --events is reported as such rather than as a missing catalogue.
    _ = try EventStore.logPaths(in: o.events)
    let catalogue = try Catalogue.load(path: EventStore.join(o.events, Catalogue.fileName))
    let start = ContinuousClock.now
    let (table, index) = try EventTable.open(
      directory: o.events, subject: o.subject, catalogue: catalogue, scanning: Progress.reporter("reading logs", io: io),
      searching: Progress.reporter("searching labels", io: io, since: start))
    Progress.finish(io: io)
    let subject = try SubjectKey(table.subjects[index])
    let rows = try table.historyEntries(of: index, knownAt: o.knownAt, catalogue: catalogue)
    if o.output.isForPeople {
      let latest = rows.last.map { $0.description.subject } ?? Label(zh: "", en: "")
      io.out("History of \(subject.raw)  \(latest.zh) / \(latest.en): \(rows.count) event\(rows.count == 1 ? "" : "s")\n\n")
      for h in rows { io.out(historyBlock(h)) }
      return ExitStatus.success
    }
    QuerySupport.write(Views.changeRows(rows, catalogue: catalogue), output: o.output, io: io, title: nil)
    return ExitStatus.success
  }

  /// One event as a readable block: the times, the state, the briefing and the quote, with retraction marks.
  static func historyBlock(_ h: HistoryEntry) -> String {
    let e = h.event
    var s = Views.short(e.effective)
    s += e.until.map { " → " + Views.short($0) } ?? " →"
    s += "   " + e.type.rawValue + "   " + e.id
    if let r = h.retractedBy { s += "   [RETRACTED by \(r.id), recorded \(Views.short(r.recorded))]" }
    if let t = h.retracts { s += "   [RETRACTS \(t)]" }
    s += "\n"
    let state = [h.description.state.zh, h.description.state.en].filter { !$0.isEmpty }.joined(separator: " / ")
    if !state.isEmpty { s += "    state:    " + state + "\n" }
    if let scope = h.description.scope { s += "    scope:    " + scope.zh + " / " + scope.en + "\n" }
    s += "    recorded: " + Views.short(e.recorded) + "   briefing: " + e.source + "\n"
    if e.type.isRestatement { s += "    restates: the state in force, unchanged (refreshes when it was last stated)\n" }
    if let end = h.end, h.retractedBy == nil {
      s += "    ends:     " + (end == .unknown ? "unknown (no later briefing says when it ended)" : Views.endPhrase(end)) + "\n"
    }
    s += "    quote:    " + e.quote.replacingNewlines() + "\n\n"
    return s
  }
}

/// `timeline diff --from T1 --to T2 [--known-at K]` or `timeline diff --known-at K1 --vs K2 --at T`.
enum DiffCommand {
  static func run(_ o: DiffOptions, io: CommandIO) throws -> Int32 {
    let a: Bitemporal
    let b: Bitemporal
    let title: String
    switch o.mode {
    case .validTime(let from, let to, let k):
      a = Bitemporal(at: from, knownAt: k)
      b = Bitemporal(at: to, knownAt: k)
      title = "Changes in force from \(from.cityTime.iso8601) to \(to.cityTime.iso8601)" + (k.map { ", as known at \($0.cityTime.iso8601)" } ?? "")
    case .knowledge(let k1, let k2, let at):
      a = Bitemporal(at: at, knownAt: k1)
      b = Bitemporal(at: at, knownAt: k2)
      title = "What was known about \(at.cityTime.iso8601): at \(k1.cityTime.iso8601) vs at \(k2.cityTime.iso8601)"
    }
    let start = ContinuousClock.now
    let (table, catalogue) = try QuerySupport.table(o.events, io: io)
    let filter = try QuerySupport.filter(o.filter, catalogue, command: "diff")
    let entries = try table.diffEntries(
      from: a, to: b, catalogue: catalogue, filter: filter, progress: Progress.reporter("reading events", io: io, since: start))
    Progress.phase("writing \(entries.count) rows", since: start, io: io)
    let counts = Dictionary(grouping: entries, by: \.change).mapValues(\.count)
    let summary = "\(counts[.added] ?? 0) added, \(counts[.changed] ?? 0) changed, \(counts[.ended] ?? 0) ended"
    QuerySupport.write(
      Views.diff(entries, catalogue: catalogue, forTable: o.output.isForPeople), output: o.output, io: io, title: title + ": " + summary)
    return ExitStatus.success
  }
}

/// `timeline changes [--from T1 --to T2] [--known-at K]`.
enum ChangesCommand {
  static func run(_ o: ChangesOptions, io: CommandIO) throws -> Int32 {
    let (table, catalogue) = try QuerySupport.table(o.events, io: io)
    let filter = try QuerySupport.filter(o.filter, catalogue, command: "changes")
    if !o.output.isForPeople {
      // CSV and JSON Lines are streamed: the whole change log of a large store is millions of rows.
      var stream = try RowStream(
        columns: Views.changeColumns, selection: nil, path: nil, format: o.output.format == .json ? .json : .csv, csv: CSVOptions(),
        table: "changes", io: io)
      // Progress only when the rows go to a pipe or a file, never between rows on a terminal.
      let report = io.outputWidth == nil ? Progress.reporter("writing events", io: io) : nil
      try table.changeEntries(
        from: o.from, to: o.to, knownAt: o.knownAt, filter: filter, catalogue: catalogue, chunkSize: ExportCommand.chunkSize,
        progress: report
      ) { (list: [HistoryEntry]) throws(TimelineError) in
        try stream.write(Views.changeRows(list, catalogue: catalogue))
      }
      if report != nil { Progress.finish(io: io) }
      try stream.finish()
      return ExitStatus.success
    }
    // For people: read in chunks for the progress line (cleared before the table is written).
    var rows: [HistoryEntry] = []
    try table.changeEntries(
      from: o.from, to: o.to, knownAt: o.knownAt, filter: filter, catalogue: catalogue, chunkSize: ExportCommand.chunkSize,
      progress: Progress.reporter("reading events", io: io)
    ) { (list: [HistoryEntry]) throws(TimelineError) in rows += list }
    Progress.finish(io: io)
    let set = Views.changeRows(rows, catalogue: catalogue, forTable: o.output.isForPeople)
    QuerySupport.write(set, output: o.output, io: io, title: "\(rows.count) event\(rows.count == 1 ? "" : "s"), by valid time (newest last)")
    return ExitStatus.success
  }
}

extension String {
  func replacingNewlines() -> String {
    String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
  }
}
