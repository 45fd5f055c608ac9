/// Turns option strings into typed values, as usage errors when they do not fit. Only the builders in
/// `Invocation+Build.swift` use these; commands receive typed options.
extension ParsedArguments {
  /// The raw text of an option, by its typed name.
  subscript(_ name: OptionName) -> String? { options[name.rawValue] }

  /// Whether an option (or flag) was given.
  func has(_ name: OptionName) -> Bool { options[name.rawValue] != nil }

  /// The events directory: `--events DIR` or `events`.
  var eventsDirectory: String { self[.events] ?? "events" }

  /// A time option, read as a person types it (offset optional, bare date allowed).
  func time(_ name: OptionName) throws(UsageError) -> Timestamp? {
    guard let v = self[name] else { return nil }
    do { return try Timestamp.parseUserInput(v) } catch {
      throw UsageError(.invalidTime(option: "--" + name.rawValue, value: v, problem: error == .malformed ? nil : error), command: command)
    }
  }

  /// A non-negative integer option.
  func integer(_ name: OptionName) throws(UsageError) -> Int? {
    guard let v = self[name] else { return nil }
    guard let n = Int(v), n >= 0 else {
      throw UsageError(.invalidValue(option: "--" + name.rawValue, value: v, expected: .wholeNumber), command: command)
    }
    return n
  }

  /// The output format: table (default), records, csv or json, with `--wide` and `--no-pager`.
  func output() throws(UsageError) -> OutputOptions {
    var o = OutputOptions()
    if let v = self[.format] {
      guard let f = OutputFormat(rawValue: v) else {
        throw UsageError(
          .invalidValue(option: "--format", value: v, expected: .choice(OutputFormat.allCases.map(\.rawValue), suggestion: nil)), command: command)
      }
      o.format = f
    }
    o.wide = has(.wide)
    o.noPager = has(.noPager)
    return o
  }

  func flag(_ name: OptionName) -> Bool { has(name) }
}

/// How a command writes its result.
public enum OutputFormat: String, Sendable, CaseIterable {
  case table, records, csv, json
}

extension OutputOptions {
  /// How rows are shown to people: fitted to the terminal (`io.outputWidth`) unless `--wide`; for `--format
  /// records`, one block per row.
  func style(io: CommandIO) -> TableStyle {
    let width = wide ? nil : io.outputWidth
    return format == .records ? .records(width: width) : .table(width: width)
  }
}
