/// Turns option strings into typed values, as usage errors when they do not fit.
extension ParsedArguments {
  /// The events directory: `--events DIR` or `events`.
  var eventsDirectory: String { options["events"] ?? "events" }

  /// A time option, read as a person types it (offset optional, bare date allowed).
  func time(_ name: String) throws(UsageError) -> Timestamp? {
    guard let v = options[name] else { return nil }
    do { return try Timestamp.parseUserInput(v) } catch {
      throw UsageError(
        .invalidValue(
          option: "--" + name, value: v,
          expected: "a time like 2022-01-08T13:00+08:00, 2022-01-08T13:00 (Asia/Shanghai) or 2022-01-08"
            + (error == .malformed ? "" : " (\(error))")),
        command: command)
    }
  }

  /// A non-negative integer option.
  func integer(_ name: String) throws(UsageError) -> Int? {
    guard let v = options[name] else { return nil }
    guard let n = Int(v), n >= 0 else {
      throw UsageError(.invalidValue(option: "--" + name, value: v, expected: "a whole number, 0 or more"), command: command)
    }
    return n
  }

  /// The output format: table (default), records, csv or json.
  func format() throws(UsageError) -> OutputFormat {
    guard let v = options["format"] else { return .table }
    guard let f = OutputFormat(rawValue: v) else {
      throw UsageError(.invalidValue(option: "--format", value: v, expected: "table, records, csv or json"), command: command)
    }
    return f
  }

  /// How rows are shown to people: fitted to the terminal (`io.outputWidth`) unless `--wide`; for `--format
  /// records`, one block per row.
  func style(_ format: OutputFormat, io: CommandIO) -> TableStyle {
    let width = flag("wide") ? nil : io.outputWidth
    return format == .records ? .records(width: width) : .table(width: width)
  }

  func flag(_ name: String) -> Bool { options[name] != nil }
}

/// How a command writes its result.
public enum OutputFormat: String, Sendable {
  case table, records, csv, json
}
