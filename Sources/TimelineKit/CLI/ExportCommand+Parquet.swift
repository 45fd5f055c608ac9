/// `timeline export TABLE --format parquet --output PATH`: the same rows as the CSV, typed, in a Parquet file;
/// for `events`, a lake directory of one file per log.
extension ExportCommand {
  static func parquet(_ o: ExportOptions, io: CommandIO) throws -> Int32 {
    // The builder refuses Parquet without --output.
    guard let path = o.file else { throw UsageError(.conflict(.parquetNeedsOutput(table: o.table.rawValue)), command: "export") }
    switch o.query {
    case .events:
      let (table, _) = try QuerySupport.table(o.events, io: io)
      let report = try ParquetLake.export(table, to: path, progress: Progress.reporter("writing logs", io: io))
      Progress.finish(io: io)
      for f in report.removed { io.err("removed \(path)/\(f)\n") }
      io.err(
        "wrote \(report.written.count) of \(report.written.count + report.unchanged) files (\(report.rows) rows) to \(path)"
          + (report.unchanged > 0 ? "; \(report.unchanged) unchanged logs left as they were" : "") + "\n")
      return ExitStatus.success
    case .daily(let first, let last):
      let columns = try selectedColumns(o, available: EventTable.dailyColumns)
      let (table, catalogue) = try QuerySupport.table(o.events, io: io)
      let filter = try QuerySupport.filter(o.filter, catalogue, command: "export")
      let file = try AtomicFileWriter(path: path)
      var out = ParquetTable(fields: ParquetTable.fields(columns, numeric: EventTable.dailyNumeric), keyValues: [("timeline.table", "daily")]) {
        (bytes: [UInt8]) throws(TimelineError) in try file.write(bytes)
      }
      let count = try table.writeDaily(
        firstDay: first, lastDay: last, secondsIntoDay: o.timeOfDay, knownAt: o.knownAt, inForceOnly: o.inForceOnly,
        confirmedOnly: o.confirmedOnly, confirmation: o.confirmation, filter: filter, catalogue: catalogue, columns: columns,
        progress: Progress.reporter("writing days", io: io), into: &out)
      try out.finish()
      Progress.finish(io: io)
      try file.commit()
      io.err("wrote \(count) rows to \(path)\n")
      return ExitStatus.success
    default:
      let rows = try rowSet(o, io: io)
      let file = try AtomicFileWriter(path: path)
      let count = try rows.writeParquet(keyValues: [("timeline.table", o.table.rawValue)]) { (bytes: [UInt8]) throws(TimelineError) in
        try file.write(bytes)
      }
      try file.commit()
      io.err("wrote \(count) rows to \(path)\n")
      return ExitStatus.success
    }
  }
}
