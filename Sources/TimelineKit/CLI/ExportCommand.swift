/// `timeline export <state|changes|daily|metrics|indicators> [...] [--output FILE] [--bom] [--crlf]`: CSV for programs.
enum ExportCommand {
  static let tables = ["state", "changes", "daily", "metrics", "indicators"]
  /// The longest `export daily` span, in days (about ten years: 3,660 rows per subject).
  static let maximumDailyDays = 3_660

  static func run(_ p: ParsedArguments, io: CommandIO) throws -> Int32 {
    let table = p.positionals[0]
    guard tables.contains(table) else {
      throw UsageError(
        .invalidValue(option: "TABLE", value: table, expected: "state, changes, daily, metrics or indicators"
          + (ArgumentParser.suggest(table, among: tables).map { "; did you mean '\($0)'?" } ?? "")),
        command: "export")
    }
    let knownAt = try p.time("known-at")
    let options = CSVOptions(lineEnding: p.flag("crlf") ? .crlf : .lf, byteOrderMark: p.flag("bom"))
    var rows: RowSet
    switch table {
    case "state":
      guard let at = try p.time("at") else { throw UsageError(.missingOption("--at"), command: "export") }
      // The same query as `timeline state`, on the event table.
      let (table, catalogue) = try QuerySupport.table(p, io: io)
      let point = Bitemporal(at: at, knownAt: knownAt)
      let entries = try QuerySupport.stateEntries(p, table, catalogue, point: point, confirmation: try QuerySupport.confirmation(p))
      rows = Views.state(entries, point: point, forTable: false)
    case "changes":
      let from = try p.time("from")
      let to = try p.time("to")
      let (table, catalogue) = try QuerySupport.table(p, io: io)
      let list = try table.changeEntries(from: from, to: to, knownAt: knownAt, filter: try QuerySupport.filter(p, catalogue), catalogue: catalogue)
      rows = Views.withCategories(Views.changes(list, forTable: false), list, catalogue)
    case "daily":
      guard let from = try p.time("from") else { throw UsageError(.missingOption("--from"), command: "export") }
      guard let to = try p.time("to") else { throw UsageError(.missingOption("--to"), command: "export") }
      guard from <= to else { throw UsageError(.conflict("--from must not be after --to"), command: "export") }
      guard to.epochSeconds - from.epochSeconds <= Int64(ExportCommand.maximumDailyDays) * 86_400 else {
        throw UsageError(
          .conflict("--from and --to may be at most \(ExportCommand.maximumDailyDays) days apart for the daily table (one row per day and subject)"),
          command: "export")
      }
      let tod = try timeOfDay(p)
      let columns = try selectedColumns(p, available: EventTable.dailyColumns)
      let (table, catalogue) = try QuerySupport.table(p, io: io)
      let filter = try QuerySupport.filter(p, catalogue)
      // Streamed: a year of a large log is millions of rows, never held in memory.
      let file = try p.options["output"].map { path throws(TimelineError) in try AtomicFileWriter(path: path) }
      // Only when the rows go to a file: on a terminal a progress line would land among them.
      let report: (@Sendable (Int, Int) -> Void)? = file == nil ? nil : Progress.reporter("writing days", io: io)
      let count = try table.writeDaily(
        firstDay: from, lastDay: to, secondsIntoDay: tod, knownAt: knownAt, inForceOnly: p.flag("in-force-only"),
        confirmedOnly: p.flag("confirmed-only"), confirmation: try QuerySupport.confirmation(p), filter: filter,
        catalogue: catalogue, columns: columns, options: options, progress: report
      ) { (w: inout CSVWriter) throws(TimelineError) in
        let chunk = w.takeBytes()
        if let file { try file.write(chunk) } else { io.writeOut(chunk) }
      }
      if let file, let path = p.options["output"] {
        Progress.finish(io: io)
        try file.commit()
        io.err("wrote \(count) rows to \(path)\n")
      }
      return ExitStatus.success
    case "indicators":
      rows = try indicators(p, io: io)
    default:
      let (table, catalogue) = try QuerySupport.table(p, io: io)
      rows = try table.metricSeries(
        from: try p.time("from"), to: try p.time("to"), knownAt: knownAt, filter: try QuerySupport.filter(p, catalogue), catalogue: catalogue)
    }
    if p.has("columns") {
      let names = try selectedColumns(p, available: rows.columns.map(\.name))
      rows = rows.selecting(names)
    }
    let bytes = rows.renderCSV(options: options)
    if let path = p.options["output"] {
      try FileIO.writeFileAtomically(path, bytes)
      io.err("wrote \(rows.rows.count) rows to \(path)\n")
    } else {
      io.writeOut(bytes)
    }
    return ExitStatus.success
  }

  /// `export indicators`: OxCGRT-style codes per day, for the city, one district, or every district (`--district all`).
  static func indicators(_ p: ParsedArguments, io: CommandIO) throws -> RowSet {
    guard let from = try p.time("from") else { throw UsageError(.missingOption("--from"), command: "export") }
    guard let to = try p.time("to") else { throw UsageError(.missingOption("--to"), command: "export") }
    guard from <= to else { throw UsageError(.conflict("--from must not be after --to"), command: "export") }
    guard to.epochSeconds - from.epochSeconds <= Int64(ExportCommand.maximumDailyDays) * 86_400 else {
      throw UsageError(
        .conflict("--from and --to may be at most \(ExportCommand.maximumDailyDays) days apart for the indicators table (one row per day and area)"),
        command: "export")
    }
    for name in ["category", "kind", "in-force-only"] where p.has(name) {
      throw UsageError(.conflict("--\(name) does not apply to the indicators table (it codes every measure and zone)"), command: "export")
    }
    let tod = try timeOfDay(p)
    let (table, catalogue) = try QuerySupport.table(p, io: io)
    guard catalogue.indicatorProblems.isEmpty else { throw TimelineError.problems(catalogue.indicatorProblems) }
    let areas: [String?]
    if p.options["district"] == "all" {
      areas = catalogue.scopeOrder.filter { catalogue.isDistrict($0) }
    } else if p.has("district") {
      areas = [try QuerySupport.filter(p, catalogue).district]
    } else {
      areas = [nil]
    }
    let days = try table.indicatorDays(
      firstDay: from, lastDay: to, secondsIntoDay: tod, knownAt: try p.time("known-at"), areas: areas,
      confirmedOnly: p.flag("confirmed-only"), confirmation: try QuerySupport.confirmation(p), catalogue: catalogue)
    return EventTable.indicatorRows(days, catalogue: catalogue)
  }

  /// `--columns a,b,c`, each checked against the table's columns (all of them, in order, by default).
  static func selectedColumns(_ p: ParsedArguments, available: [String]) throws(UsageError) -> [String] {
    guard let v = p.options["columns"] else { return available }
    let names = v.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() }
    for n in names where !available.contains(n) {
      let hint = ArgumentParser.suggest(n, among: available).map { "; did you mean '\($0)'?" } ?? ""
      throw UsageError(
        .invalidValue(option: "--columns", value: n, expected: "column names of this table: " + available.joined(separator: ",") + hint),
        command: "export")
    }
    return names
  }

  static func timeOfDay(_ p: ParsedArguments) throws(UsageError) -> Int {
    guard let v = p.options["time-of-day"] else { return 0 }
    let parts = v.split(separator: ":")
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
      (0...23).contains(h), (0...59).contains(m)
    else {
      throw UsageError(.invalidValue(option: "--time-of-day", value: v, expected: "HH:MM, 00:00 to 23:59"), command: "export")
    }
    return h * 3600 + m * 60
  }
}

extension String {
  func trimmingSpaces() -> String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
