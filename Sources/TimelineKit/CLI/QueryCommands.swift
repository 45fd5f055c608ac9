/// Shared steps of the query commands: load, resolve filters, write in the chosen format.
enum QuerySupport {
  /// The event table (from its cache when valid) and the catalogue: what the fast query paths need.
  static func table(_ p: ParsedArguments, io: CommandIO? = nil) throws -> (EventTable, Catalogue) {
    let progress = io.flatMap { Progress.reporter("reading logs", io: $0) }
    let table = try EventTable.open(directory: p.eventsDirectory, progress: progress).table
    if let io { Progress.finish(io: io) }
    return (table, try Catalogue.load(path: EventStore.join(p.eventsDirectory, Catalogue.fileName)))
  }

  /// `--district` and `--category`, checked against the catalogue.
  static func filter(_ p: ParsedArguments, _ c: Catalogue) throws(UsageError) -> SubjectFilter {
    var f = SubjectFilter()
    if let d = p.options["district"] {
      guard let key = SubjectFilter.resolveDistrict(d, catalogue: c) else {
        let keys = c.scopes.values.filter { c.isDistrict($0.key) }.map(\.key).sorted()
        let hint = ArgumentParser.suggest(d.lowercased(), among: keys).map { "; did you mean '\($0)'?" } ?? ""
        throw UsageError(
          .invalidValue(option: "--district", value: d, expected: "a district: " + keys.joined(separator: ", ") + hint), command: p.command)
      }
      f.district = key
    }
    if let cat = p.options["category"] {
      let all = SubjectFilter.categories(c)
      guard all.contains(cat) else {
        let hint = ArgumentParser.suggest(cat, among: all).map { "; did you mean '\($0)'?" } ?? ""
        throw UsageError(.invalidValue(option: "--category", value: cat, expected: "one of " + all.joined(separator: ", ") + hint), command: p.command)
      }
      f.category = cat
    }
    f.kind = try kind(p)
    return f
  }

  /// `--kind KIND`, one of ``SubjectFilter/kinds``.
  static func kind(_ p: ParsedArguments) throws(UsageError) -> SubjectKind? {
    guard let k = p.options["kind"] else { return nil }
    let names = SubjectFilter.kinds.map(\.rawValue)
    guard let kind = SubjectKind(rawValue: k), SubjectFilter.kinds.contains(kind) else {
      let hint = ArgumentParser.suggest(k, among: names).map { "; did you mean '\($0)'?" } ?? ""
      throw UsageError(.invalidValue(option: "--kind", value: k, expected: "one of " + names.joined(separator: ", ") + hint), command: p.command)
    }
    return kind
  }

  /// `--output FILE`, refused when it would replace something that is not a regular file (a device, a FIFO, a
  /// directory, a symbolic link) or land inside the events directory (a log, the catalogue, a source).
  static func output(_ p: ParsedArguments) throws(UsageError) -> String? {
    guard let path = p.options["output"] else { return nil }
    if FileIO.isRegularFile(path) == false {
      throw UsageError(.invalidValue(option: "--output", value: path, expected: "a new file or a regular file to replace (this is not one)"), command: p.command)
    }
    let events = FileIO.canonicalPath(p.eventsDirectory)
    let target = FileIO.canonicalPath(FileIO.directoryOf(path))
    if target == events || target.hasPrefix(events.hasSuffix("/") ? events : events + "/") {
      throw UsageError(.invalidValue(option: "--output", value: path, expected: "a file outside the events directory \(p.eventsDirectory)"), command: p.command)
    }
    return path
  }

  /// `--stale-after DURATION` as a confirmation horizon (default 14 days).
  static func confirmation(_ p: ParsedArguments) throws(UsageError) -> Confirmation {
    guard let v = p.options["stale-after"] else { return Confirmation() }
    guard let seconds = Confirmation.parseDuration(v), seconds > 0 else {
      throw UsageError(
        .invalidValue(option: "--stale-after", value: v, expected: "a duration such as 14d, 30d, 2w or 36h (a bare number is days)"),
        command: p.command)
    }
    return Confirmation(horizonSeconds: seconds)
  }

  /// The words a title adds for a filter: ", in 二七区 (erqi), category dining, kind measure".
  static func filterText(_ f: SubjectFilter, _ c: Catalogue) -> String {
    var s = ""
    if let d = f.district { s += ", in \(c.label(ofScope: d).zh) (\(d))" }
    if let cat = f.category { s += ", category \(cat)" }
    if let k = f.kind { s += ", kind \(k.rawValue)" }
    return s
  }

  /// State entries at a point with `--stale-after`, `--confirmed-only` and the filters applied.
  static func stateEntries(_ p: ParsedArguments, _ table: EventTable, _ catalogue: Catalogue, point: Bitemporal, confirmation: Confirmation)
    throws -> [StateEntry]
  {
    let entries = try table.stateEntries(at: point, catalogue: catalogue, filter: filter(p, catalogue), confirmation: confirmation)
    return p.flag("confirmed-only") ? entries.filter { $0.status != .unconfirmed } : entries
  }

  static func write(_ rows: RowSet, format: OutputFormat, style: TableStyle, io: CommandIO, title: String?) {
    switch format {
    case .table, .records:
      if let title { io.out(TextWrap.lines(title, width: style.width) + "\n") }
      io.out(rows.rows.isEmpty ? "(nothing)\n" : rows.render(style))
    case .csv: io.writeOut(rows.renderCSV(options: CSVOptions()))
    case .json: io.writeOut(rows.renderJSON())
    }
  }
}

/// `timeline state --at T [--known-at K] [--district D] [--category C] [--format F]`.
enum StateCommand {
  static func run(_ p: ParsedArguments, io: CommandIO) throws -> Int32 {
    let at = try p.time("at")!
    let point = Bitemporal(at: at, knownAt: try p.time("known-at"))
    let format = try p.format()
    let confirmation = try QuerySupport.confirmation(p)
    let (table, catalogue) = try QuerySupport.table(p, io: io)
    let filter = try QuerySupport.filter(p, catalogue)
    let entries = try QuerySupport.stateEntries(p, table, catalogue, point: point, confirmation: confirmation)
    switch format {
    case .table, .records:
      let title = Views.stateTitle(
        entries, point: point, filterText: QuerySupport.filterText(filter, catalogue),
        latestBriefing: table.latestBriefing(atOrBefore: point.at, knownAt: point.knownAt), confirmation: confirmation)
      let style = p.style(format, io: io)
      io.out(TextWrap.lines(title, width: style.width) + Views.stateTable(entries, point: point, confirmation: confirmation, style: style))
    case .csv, .json:
      QuerySupport.write(Views.state(entries, point: point, forTable: false), format: format, style: .table(width: nil), io: io, title: nil)
    }
    return ExitStatus.success
  }
}

/// `timeline history SUBJECT [--known-at K]`.
enum HistoryCommand {
  static func run(_ p: ParsedArguments, io: CommandIO) throws -> Int32 {
    let knownAt = try p.time("known-at")
    let format = try p.format()
    // The directory first, so that a wrong --events is reported as such rather than as a missing catalogue.
    _ = try EventStore.logPaths(in: p.eventsDirectory)
    let catalogue = try Catalogue.load(path: EventStore.join(p.eventsDirectory, Catalogue.fileName))
    let (table, index) = try EventTable.open(directory: p.eventsDirectory, subject: p.positionals[0], catalogue: catalogue)
    let subject = try SubjectKey(table.subjects[index])
    let rows = try table.historyEntries(of: index, knownAt: knownAt, catalogue: catalogue)
    if format == .table || format == .records {
      let latest = rows.last.map { $0.description.subject } ?? Label(zh: "", en: "")
      io.out("History of \(subject.raw)  \(latest.zh) / \(latest.en): \(rows.count) event\(rows.count == 1 ? "" : "s")\n\n")
      for h in rows { io.out(historyBlock(h)) }
      return ExitStatus.success
    }
    QuerySupport.write(
      Views.withCategories(Views.changes(rows, forTable: false), rows, catalogue), format: format, style: .table(width: nil), io: io, title: nil)
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
      s += "    ends:     " + (end == .unknown ? "unknown (no later briefing says when it ended)" : end.phrase) + "\n"
    }
    s += "    quote:    " + e.quote.replacingNewlines() + "\n\n"
    return s
  }
}

/// `timeline diff --from T1 --to T2 [--known-at K]` or `timeline diff --known-at K1 --vs K2 --at T`.
enum DiffCommand {
  static func run(_ p: ParsedArguments, io: CommandIO) throws -> Int32 {
    let format = try p.format()
    let a: Bitemporal
    let b: Bitemporal
    let title: String
    if p.has("from") || p.has("to") {
      guard let from = try p.time("from"), let to = try p.time("to") else {
        throw UsageError(.conflict("a valid-time diff needs both --from and --to"), command: "diff")
      }
      if p.has("vs") || p.has("at") {
        throw UsageError(.conflict("use either --from/--to (valid time) or --known-at/--vs/--at (knowledge), not both"), command: "diff")
      }
      let k = try p.time("known-at")
      a = Bitemporal(at: from, knownAt: k)
      b = Bitemporal(at: to, knownAt: k)
      title = "Changes in force from \(from.cityTime.iso8601) to \(to.cityTime.iso8601)" + (k.map { ", as known at \($0.cityTime.iso8601)" } ?? "")
    } else {
      guard let k1 = try p.time("known-at"), let k2 = try p.time("vs"), let at = try p.time("at") else {
        throw UsageError(.conflict("give --from T1 --to T2, or --known-at K1 --vs K2 --at T"), command: "diff")
      }
      a = Bitemporal(at: at, knownAt: k1)
      b = Bitemporal(at: at, knownAt: k2)
      title = "What was known about \(at.cityTime.iso8601): at \(k1.cityTime.iso8601) vs at \(k2.cityTime.iso8601)"
    }
    let (table, catalogue) = try QuerySupport.table(p, io: io)
    let filter = try QuerySupport.filter(p, catalogue)
    let entries = try table.diffEntries(from: a, to: b, catalogue: catalogue, filter: filter)
    let counts = Dictionary(grouping: entries, by: \.change).mapValues(\.count)
    let summary = "\(counts[.added] ?? 0) added, \(counts[.changed] ?? 0) changed, \(counts[.ended] ?? 0) ended"
    QuerySupport.write(
      Views.diff(entries, catalogue: catalogue, forTable: format == .table || format == .records), format: format,
      style: p.style(format, io: io), io: io,
      title: title + ": " + summary)
    return ExitStatus.success
  }
}

/// `timeline changes [--from T1 --to T2] [--known-at K]`.
enum ChangesCommand {
  static func run(_ p: ParsedArguments, io: CommandIO) throws -> Int32 {
    let format = try p.format()
    let from = try p.time("from")
    let to = try p.time("to")
    let (table, catalogue) = try QuerySupport.table(p, io: io)
    let filter = try QuerySupport.filter(p, catalogue)
    let rows = try table.changeEntries(from: from, to: to, knownAt: try p.time("known-at"), filter: filter, catalogue: catalogue)
    let set = Views.withCategories(Views.changes(rows, forTable: format == .table || format == .records), rows, catalogue)
    QuerySupport.write(set, format: format, style: p.style(format, io: io), io: io, title: "\(rows.count) event\(rows.count == 1 ? "" : "s"), by valid time (newest last)")
    return ExitStatus.success
  }
}

extension String {
  func replacingNewlines() -> String {
    String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
  }
}
