/// Typing the options of the commands that write files: export, render and draft.
extension Invocation {
  /// The longest `export daily` or `export indicators` span, in days (about ten years: 3,660 rows per subject).
  public static let maximumDailyDays = 3_660

  static func export(_ p: ParsedArguments) throws(UsageError) -> ExportOptions {
    let name = p.positionals[0]
    let all = ExportOptions.Table.allCases.map(\.rawValue)
    guard let table = ExportOptions.Table(rawValue: name) else {
      throw UsageError(
        .invalidValue(option: "TABLE", value: name, expected: .choice(all, suggestion: ArgumentParser.suggest(name, among: all))),
        command: p.command)
    }
    let everyDistrict = table == .indicators && p[.district] == "all"
    var filter = try filter(p)
    if everyDistrict { filter.district = nil }
    var o = ExportOptions(
      table: table, at: try p.time(.at), from: try p.time(.from), to: try p.time(.to), timeOfDay: try timeOfDay(p),
      inForceOnly: p.flag(.inForceOnly), knownAt: try p.time(.knownAt), filter: filter, everyDistrict: everyDistrict,
      confirmation: try confirmation(p), confirmedOnly: p.flag(.confirmedOnly),
      columns: p[.columns].map { v in v.split(separator: ",", omittingEmptySubsequences: false).map { String($0).trimmingSpaces() } },
      file: nil, csv: CSVOptions(lineEnding: p.flag(.crlf) ? .crlf : .lf, byteOrderMark: p.flag(.bom)),
      format: try exportFormat(p), events: p.eventsDirectory)
    if table == .events {
      guard o.format == .parquet else { throw UsageError(.conflict(.eventsIsParquet), command: p.command) }
      let taken: [OptionName] = [
        .at, .from, .to, .timeOfDay, .inForceOnly, .knownAt, .district, .category, .kind, .staleAfter, .confirmedOnly, .columns,
      ]
      for option in taken where p.has(option) {
        throw UsageError(.conflict(.notForExport(option: "--" + option.rawValue, what: table.rawValue)), command: p.command)
      }
    }
    if o.format == .parquet {
      for option in [OptionName.bom, .crlf] where p.has(option) {
        throw UsageError(.conflict(.notForExport(option: "--" + option.rawValue, what: "parquet")), command: p.command)
      }
      guard p.has(.output) else { throw UsageError(.conflict(.parquetNeedsOutput(table: table.rawValue)), command: p.command) }
    }
    o.file = table == .events ? try outputDirectory(p) : try outputFile(p)
    switch table {
    case .state:
      guard let at = o.at else { throw UsageError(.missingOption("--at"), command: p.command) }
      o.query = .state(at: at)
    case .daily, .indicators:
      guard let from = o.from else { throw UsageError(.missingOption("--from"), command: p.command) }
      guard let to = o.to else { throw UsageError(.missingOption("--to"), command: p.command) }
      guard from <= to else { throw UsageError(.conflict(.fromAfterTo), command: p.command) }
      guard to.epochSeconds - from.epochSeconds <= Int64(maximumDailyDays) * 86_400 else {
        throw UsageError(.conflict(.spanTooLong(table: table.rawValue, days: maximumDailyDays)), command: p.command)
      }
      if table == .daily, o.format == .json { throw UsageError(.conflict(.dailyIsCSV), command: p.command) }
      if table == .indicators {
        for option in [OptionName.category, .kind, .inForceOnly] where p.has(option) {
          throw UsageError(.conflict(.notForIndicators(option: "--" + option.rawValue)), command: p.command)
        }
      }
      o.query = table == .daily ? .daily(firstDay: from, lastDay: to) : .indicators(firstDay: from, lastDay: to)
    case .changes: o.query = .changes
    case .metrics: o.query = .metrics
    case .events: o.query = .events
    }
    o.filter = filter
    return o
  }

  /// `--format csv|json|parquet` (default csv).
  static func exportFormat(_ p: ParsedArguments) throws(UsageError) -> ExportOptions.Format {
    guard let v = p[.format] else { return .csv }
    guard let f = ExportOptions.Format(rawValue: v) else {
      let all = ExportOptions.Format.allCases.map(\.rawValue)
      throw UsageError(
        .invalidValue(option: "--format", value: v, expected: .choice(all, suggestion: ArgumentParser.suggest(v, among: all))), command: p.command)
    }
    return f
  }

  /// `--output DIR` for the events lake: refused when it is something other than a directory (a file, a symbolic
  /// link, a device) or lies inside the events directory.
  static func outputDirectory(_ p: ParsedArguments) throws(UsageError) -> String? {
    guard let path = p[.output] else { return nil }
    if FileIO.isRegularFile(path) != nil && !FileIO.isRealDirectory(path) {
      throw UsageError(.invalidValue(option: "--output", value: path, expected: .lakeDirectory), command: p.command)
    }
    let events = FileIO.canonicalPath(p.eventsDirectory)
    let target = FileIO.isRealDirectory(path) ? FileIO.canonicalPath(path) : FileIO.canonicalPath(FileIO.directoryOf(path))
    if target == events || target.hasPrefix(events.hasSuffix("/") ? events : events + "/") {
      throw UsageError(.invalidValue(option: "--output", value: path, expected: .fileOutside(directory: p.eventsDirectory)), command: p.command)
    }
    return path
  }

  /// `--time-of-day HH:MM` in seconds after midnight (default 0).
  static func timeOfDay(_ p: ParsedArguments) throws(UsageError) -> Int {
    guard let v = p[.timeOfDay] else { return 0 }
    let parts = v.split(separator: ":")
    guard parts.count == 2, parts[0].count == 2, parts[1].count == 2, let h = Int(parts[0]), let m = Int(parts[1]),
      (0...23).contains(h), (0...59).contains(m)
    else {
      throw UsageError(.invalidValue(option: "--time-of-day", value: v, expected: .timeOfDay), command: p.command)
    }
    return h * 3600 + m * 60
  }

  static func render(_ p: ParsedArguments) throws(UsageError) -> RenderOptions {
    let from = try p.time(.from)
    let to = try p.time(.to)
    if let from, let to, to.epochSeconds <= from.epochSeconds {
      throw UsageError(.invalidValue(option: "--to", value: p[.to] ?? "", expected: .timeAfter(from)), command: p.command)
    }
    var format = RenderOptions.Format.html
    if let v = p[.format] {
      guard let f = RenderOptions.Format(rawValue: v) else {
        throw UsageError(.invalidValue(option: "--format", value: v, expected: .choice(["html", "svg"], suggestion: nil)), command: p.command)
      }
      format = f
    }
    let filter = try filter(p)
    let confirmation = try confirmation(p)
    // Required by the spec, so the parser has refused a command line without it.
    guard let file = try outputFile(p) else { throw UsageError(.missingOption("--output"), command: p.command) }
    return RenderOptions(
      from: from, to: to, filter: filter, confirmation: confirmation, stringency: p.flag(.stringency), file: file, format: format,
      events: p.eventsDirectory)
  }

  static func draft(_ p: ParsedArguments) throws(UsageError) -> DraftOptions {
    let path = p.positionals[0]
    guard let source = p[.source], isValidID(source) else {
      throw UsageError(.invalidValue(option: "--source", value: p[.source] ?? "", expected: .logName), command: p.command)
    }
    guard let published = try p.time(.published) ?? DraftCommand.dateAtStart(ofFileName: path) else {
      throw UsageError(.conflict(.noDateInFileName(path)), command: p.command)
    }
    return DraftOptions(briefing: path, source: source, published: published, catalogueOut: p[.catalogueOut], events: p.eventsDirectory)
  }
}
