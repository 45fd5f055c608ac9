/// `timeline export <state|changes|daily|metrics|indicators|events> [...] [--output FILE] [--bom] [--crlf]`: CSV,
/// JSON Lines or Parquet for programs.
enum ExportCommand {
  static func run(_ o: ExportOptions, io: CommandIO) throws -> Int32 {
    if o.format == .parquet { return try parquet(o, io: io) }
    if case .daily(let first, let last) = o.query { return try daily(o, firstDay: first, lastDay: last, io: io) }
    let rows = try rowSet(o, io: io)
    let bytes = o.json ? rows.renderJSON() : rows.renderCSV(options: o.csv)
    if let path = o.file {
      try FileIO.writeFileAtomically(path, bytes)
      io.err("wrote \(rows.rows.count) rows to \(path)\n")
    } else {
      io.writeOut(bytes)
    }
    return ExitStatus.success
  }

  /// The rows of a table built in memory (every table but daily, which is streamed, and events, which is a lake),
  /// with `--columns` applied.
  static func rowSet(_ o: ExportOptions, io: CommandIO) throws -> RowSet {
    var rows: RowSet
    switch o.query {
    case .state(let at):
      // The same query as `timeline state`, on the event table.
      let (table, catalogue) = try QuerySupport.table(o.events, io: io)
      let point = Bitemporal(at: at, knownAt: o.knownAt)
      let filter = try QuerySupport.filter(o.filter, catalogue, command: "export")
      let entries = try QuerySupport.stateEntries(
        table, catalogue, point: point, filter: filter, confirmation: o.confirmation, confirmedOnly: o.confirmedOnly)
      rows = Views.state(entries, point: point, forTable: false)
    case .changes:
      let (table, catalogue) = try QuerySupport.table(o.events, io: io)
      let filter = try QuerySupport.filter(o.filter, catalogue, command: "export")
      let list = try table.changeEntries(from: o.from, to: o.to, knownAt: o.knownAt, filter: filter, catalogue: catalogue)
      rows = Views.withCategories(Views.changes(list, forTable: false), list, catalogue)
    case .daily, .events:
      preconditionFailure("daily and events are streamed, never built in memory")
    case .indicators(let first, let last):
      rows = try indicators(o, firstDay: first, lastDay: last, io: io)
    case .metrics:
      let (table, catalogue) = try QuerySupport.table(o.events, io: io)
      let filter = try QuerySupport.filter(o.filter, catalogue, command: "export")
      rows = try table.metricSeries(from: o.from, to: o.to, knownAt: o.knownAt, filter: filter, catalogue: catalogue)
    }
    if o.columns != nil { rows = rows.selecting(try selectedColumns(o, available: rows.columns.map(\.name))) }
    return rows
  }

  /// `export daily`: streamed, since a year of a large log is millions of rows, never held in memory.
  static func daily(_ o: ExportOptions, firstDay: Timestamp, lastDay: Timestamp, io: CommandIO) throws -> Int32 {
    let columns = try selectedColumns(o, available: EventTable.dailyColumns)
    let (table, catalogue) = try QuerySupport.table(o.events, io: io)
    let filter = try QuerySupport.filter(o.filter, catalogue, command: "export")
    let file = try o.file.map { path throws(TimelineError) in try AtomicFileWriter(path: path) }
    // Only when the rows go to a file: on a terminal a progress line would land among them.
    let report: (@Sendable (Int, Int) -> Void)? = file == nil ? nil : Progress.reporter("writing days", io: io)
    let count = try table.writeDaily(
      firstDay: firstDay, lastDay: lastDay, secondsIntoDay: o.timeOfDay, knownAt: o.knownAt, inForceOnly: o.inForceOnly,
      confirmedOnly: o.confirmedOnly, confirmation: o.confirmation, filter: filter,
      catalogue: catalogue, columns: columns, options: o.csv, progress: report
    ) { (w: inout CSVWriter) throws(TimelineError) in
      let chunk = w.takeBytes()
      if let file { try file.write(chunk) } else { io.writeOut(chunk) }
    }
    if let file, let path = o.file {
      Progress.finish(io: io)
      try file.commit()
      io.err("wrote \(count) rows to \(path)\n")
    }
    return ExitStatus.success
  }

  /// `export indicators`: OxCGRT-style codes per day, for the city, one district, or every district (`--district all`).
  static func indicators(_ o: ExportOptions, firstDay: Timestamp, lastDay: Timestamp, io: CommandIO) throws -> RowSet {
    let (table, catalogue) = try QuerySupport.table(o.events, io: io)
    guard catalogue.indicatorProblems.isEmpty else { throw TimelineError.problems(catalogue.indicatorProblems) }
    let areas: [String?]
    if o.everyDistrict {
      areas = catalogue.scopeOrder.filter { catalogue.isDistrict($0) }
    } else if o.filter.district != nil {
      areas = [try QuerySupport.filter(o.filter, catalogue, command: "export").district]
    } else {
      areas = [nil]
    }
    let days = try table.indicatorDays(
      firstDay: firstDay, lastDay: lastDay, secondsIntoDay: o.timeOfDay, knownAt: o.knownAt, areas: areas,
      confirmedOnly: o.confirmedOnly, confirmation: o.confirmation, catalogue: catalogue)
    return EventTable.indicatorRows(days, catalogue: catalogue)
  }

  /// `--columns a,b,c`, each checked against the table's columns (all of them, in order, by default).
  static func selectedColumns(_ o: ExportOptions, available: [String]) throws(UsageError) -> [String] {
    guard let names = o.columns else { return available }
    for n in names where !available.contains(n) {
      throw UsageError(
        .invalidValue(option: "--columns", value: n, expected: .columns(available, suggestion: ArgumentParser.suggest(n, among: available))),
        command: "export")
    }
    return names
  }
}

extension String {
  func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
