// The English of usage errors: the one place it is written.

extension UsageError: CustomStringConvertible {
  /// `Error: ...`, the usage line, a "Did you mean" when there is a near miss, and where to read more; one per line.
  public var description: String {
    var lines = ["Error: " + UsageError.message(kind)]
    if let name = command, let spec = Commands.spec(name) {
      lines.append("Usage: " + spec.usage)
    } else {
      lines.append("Usage: timeline <command> [options]  (commands: " + Commands.all.map(\.name).joined(separator: ", ") + ")")
    }
    switch kind {
    case .unknownCommand(_, let s?), .unknownOption(_, let s?): lines.append("Did you mean '\(s)'?")
    default: break
    }
    let helpFor = command.map { "timeline \($0) --help" } ?? "timeline --help"
    lines.append("See '\(helpFor)'.")
    return lines.joined(separator: "\n") + "\n"
  }

  static func message(_ k: Kind) -> String {
    switch k {
    case .missingCommand: "no command given"
    case .unknownCommand(let c, _): "unknown command '\(c)'"
    case .unknownOption(let o, _): "unknown option '\(o)'"
    case .missingValue(let o): "option '\(o)' needs a value"
    case .flagTakesNoValue(let o): "option '\(o)' does not take a value"
    case .repeatedOption(let o): "option '\(o)' is given more than once"
    case .unexpectedArgument(let a): "unexpected argument '\(a)'"
    case .missingArgument(let a): "missing argument \(a)"
    case .missingOption(let o): "missing required option '\(o)'"
    case .invalidValue(let o, let v, let expected): "invalid value '\(v)' for '\(o)': expected \(text(expected))"
    case .invalidTime(let o, let v, let problem):
      "invalid value '\(v)' for '\(o)': expected a time like 2022-01-08T13:00+08:00, 2022-01-08T13:00 (Asia/Shanghai) or 2022-01-08"
        + (problem.map { " (\($0))" } ?? "")
    case .conflict(let c): text(c)
    }
  }

  static func text(_ e: Expected) -> String {
    func hint(_ s: String?) -> String { s.map { "; did you mean '\($0)'?" } ?? "" }
    func choice(_ words: [String]) -> String {
      words.count < 2 ? words.joined() : words.dropLast().joined(separator: ", ") + " or " + words.last!
    }
    switch e {
    case .choice(let words, let s): return choice(words) + hint(s)
    case .oneOf(let words, let s): return "one of " + words.joined(separator: ", ") + hint(s)
    case .district(let keys, let s): return "a district: " + keys.joined(separator: ", ") + hint(s)
    case .columns(let names, let s): return "column names of this table: " + names.joined(separator: ",") + hint(s)
    case .wholeNumber: return "a whole number, 0 or more"
    case .duration: return "a duration such as 14d, 30d, 2w or 36h (a bare number is days)"
    case .timeOfDay: return "HH:MM, 00:00 to 23:59"
    case .timeAfter(let t): return "a time after --from (\(t.cityTime.iso8601))"
    case .logName: return "a log name of A-Z a-z 0-9 . _ -"
    case .replaceableFile: return "a new file or a regular file to replace (this is not one)"
    case .fileOutside(let d): return "a file outside the events directory \(d)"
    case .lakeDirectory: return "a new directory or a directory to update (not a file or a symbolic link)"
    }
  }

  static func text(_ c: Conflict) -> String {
    switch c {
    case .diffNeedsBothTimes: "a valid-time diff needs both --from and --to"
    case .diffModesMixed: "use either --from/--to (valid time) or --known-at/--vs/--at (knowledge), not both"
    case .diffNeedsAMode: "give --from T1 --to T2, or --known-at K1 --vs K2 --at T"
    case .fromAfterTo: "--from must not be after --to"
    case .spanTooLong(let table, let days):
      "--from and --to may be at most \(days) days apart for the \(table) table (one row per day and "
        + (table == "indicators" ? "area)" : "subject)")
    case .notForIndicators(let o): "\(o) does not apply to the indicators table (it codes every measure and zone)"
    case .dailyIsCSV: "the daily table is written as CSV only (it is streamed); use --format csv"
    case .noDateInFileName(let path): "no date at the start of the file name '\(path)'; give the publication time with --published T"
    case .proveModesMixed: "--checkpoint and --consistency do not go together"
    case .parquetNeedsOutput(let table):
      table == "events"
        ? "Parquet is written to files: give --output DIR (one file per log goes under DIR/recorded_date=.../)"
        : "Parquet is binary and is written to a file: give --output FILE"
    case .eventsIsParquet: "the events table is written as Parquet only: give --format parquet --output DIR"
    case .notForExport(let o, let what):
      what == "parquet" ? "\(o) does not apply to Parquet (it is for CSV)" : "\(o) does not apply to the \(what) table"
    }
  }
}
