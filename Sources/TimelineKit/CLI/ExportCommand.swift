/// `timeline export <state|changes|daily|metrics|indicators|events> [...] [--output FILE] [--bom] [--crlf]`: CSV,
/// JSON Lines or Parquet for programs.
enum ExportCommand {
  static func run(_ o: ExportOptions, io: CommandIO) throws -> Int32 {
    switch o.query {
    case .events: return try lake(o, io: io)
    case .daily(let first, let last):
      return o.format == .parquet ? try dailyParquet(o, firstDay: first, lastDay: last, io: io) : try daily(o, firstDay: first, lastDay: last, io: io)
    case .changes: return try changes(o, io: io)
    case .metrics: return try metrics(o, io: io)
    case .state, .indicators:
      let rows = try rowSet(o, io: io)
      let selection = try o.columns.map { _ in try selectedColumns(o, available: rows.columns.map(\.name)) }
      var stream = try RowStream(columns: rows.columns, selection: selection, o, io: io)
      try stream.write(rows)
      return try finish(&stream, o, io: io)
    }
  }

  /// The rows of a table small enough to build in memory (the state at a moment: one row per subject; indicators:
  /// one per day and area), all columns.
  static func rowSet(_ o: ExportOptions, io: CommandIO) throws -> RowSet {
    switch o.query {
    case .state(let at):
      // The same query as `timeline state`, on the event table.
      let start = ContinuousClock.now
      let (table, catalogue) = try QuerySupport.table(o.events, io: io)
      let point = Bitemporal(at: at, knownAt: o.knownAt)
      let filter = try QuerySupport.filter(o.filter, catalogue, command: "export")
      let entries = try QuerySupport.stateEntries(
        table, catalogue, point: point, filter: filter, confirmation: o.confirmation, confirmedOnly: o.confirmedOnly, io: io, since: start)
      defer { Progress.finish(io: io) }
      return Views.state(entries, point: point, forTable: false)
    case .indicators(let first, let last):
      return try indicators(o, firstDay: first, lastDay: last, io: io)
    case .changes, .metrics, .daily, .events:
      preconditionFailure("changes, metrics, daily and events are streamed, never built in memory")
    }
  }

  /// How many events a streamed export decodes and writes at a time: large enough that the decoding runs on every
  /// core, small enough that a chunk's rows stay within a few tens of megabytes.
  static let chunkSize = 20_000

  /// `export changes`: streamed in chunks, since the whole change log of a large store is millions of rows.
  static func changes(_ o: ExportOptions, io: CommandIO) throws -> Int32 {
    try streamed(o, columns: Views.changeColumns, progressLabel: "writing events", io: io) { table, catalogue, filter, report, write in
      try table.changeEntries(
        from: o.from, to: o.to, knownAt: o.knownAt, filter: filter, catalogue: catalogue, chunkSize: chunkSize, progress: report
      ) { (list: [HistoryEntry]) throws(TimelineError) in try write(Views.changeRows(list, catalogue: catalogue)) }
    }
  }

  /// `export metrics`: streamed in chunks, like `export changes`.
  static func metrics(_ o: ExportOptions, io: CommandIO) throws -> Int32 {
    try streamed(o, columns: Views.metricColumns, progressLabel: "writing figures", io: io) { table, catalogue, filter, report, write in
      try table.metricSeries(
        from: o.from, to: o.to, knownAt: o.knownAt, filter: filter, catalogue: catalogue, chunkSize: chunkSize, progress: report, write)
    }
  }

  /// A streamed export: `--columns` checked, the table opened, the filter resolved, then `produce` hands its chunks
  /// of rows to the writer it is given (with a progress line on the terminal when the rows go to a file).
  static func streamed(
    _ o: ExportOptions, columns: [RowSet.Column], progressLabel: String, io: CommandIO,
    _ produce: (
      EventTable, Catalogue, SubjectFilter, (@Sendable (Int, Int) -> Void)?, (RowSet) throws(TimelineError) -> Void
    ) throws -> Void
  ) throws -> Int32 {
    let selection = try o.columns.map { _ in try selectedColumns(o, available: columns.map(\.name)) }
    let (table, catalogue) = try QuerySupport.table(o.events, io: io)
    let filter = try QuerySupport.filter(o.filter, catalogue, command: "export")
    var stream = try RowStream(columns: columns, selection: selection, o, io: io)
    let report = stream.toFile ? Progress.reporter(progressLabel, io: io) : nil
    try produce(table, catalogue, filter, report) { (rows: RowSet) throws(TimelineError) in try stream.write(rows) }
    return try finish(&stream, o, io: io)
  }

  /// Commits a streamed export and says where it went.
  static func finish(_ stream: inout RowStream, _ o: ExportOptions, io: CommandIO) throws -> Int32 {
    if stream.toFile { Progress.finish(io: io) }
    try stream.finish()
    if let path = o.file { io.err("wrote \(stream.rows) rows to \(path)\n") }
    return ExitStatus.success
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
      confirmedOnly: o.confirmedOnly, confirmation: o.confirmation, catalogue: catalogue,
      progress: Progress.reporter("coding days", io: io))
    Progress.finish(io: io)
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
