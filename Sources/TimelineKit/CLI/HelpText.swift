/// The English of `--help` and of usage errors.
enum HelpText {
  static func overview() -> String {
    var s = """
      timeline: replay, audit and export the rules a city had in force, from append-only event logs.

      Usage: timeline <command> [options]

      Commands:

      """
    let width = Commands.all.map(\.name.count).max() ?? 0
    for c in Commands.all { s += "  " + c.name.padding(width) + "  " + c.summary + "\n" }
    s += """

      Every command reads events/ unless --events DIR is given. Times are ISO 8601 (2022-01-08T13:00+08:00);
      a time without offset is Asia/Shanghai (+08:00) and a bare date is its 00:00.

      Examples:
        timeline state --at 2022-01-10T12:00
        timeline history 堂食
        timeline verify

      Run 'timeline <command> --help' for a command's options. Tab completion of commands, options, categories
      and districts: eval "$(timeline completion bash)" (or zsh, fish; see 'timeline completion --help').

      """
    return s
  }

  static func command(_ c: CommandSpec) -> String {
    var s = c.summary + "\n\nUsage: " + c.usage + "\n"
    if !c.notes.isEmpty { s += "\n" + c.notes + "\n" }
    if !c.positionals.isEmpty {
      s += "\nArguments:\n"
      let w = c.positionals.map(\.name.count).max() ?? 0
      for p in c.positionals { s += "  " + p.name.padding(w) + "  " + p.help + "\n" }
    }
    s += "\nOptions:\n"
    let names = c.options.map { o in "--" + o.name + (o.valueName.map { " " + $0 } ?? "") } + ["-h, --help"]
    let w = names.map(\.count).max() ?? 0
    for (o, n) in zip(c.options, names) { s += "  " + n.padding(w) + "  " + o.help + "\n" }
    s += "  " + "-h, --help".padding(w) + "  show this help\n"
    s += "\nExamples:\n" + c.examples.map { "  " + $0 + "\n" }.joined()
    return s
  }

  /// A usage error as printed (the English is in Diagnostics, `UsageError+Messages.swift`).
  static func usageError(_ e: UsageError) -> String { e.description }
}

extension String {
  /// The string padded with spaces to `width` characters.
  func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}

/// "1 event", "2 events".
func plural(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
