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

  /// A command's help, fitted to `width` columns when it goes to a terminal (`nil`: lines as written): option
  /// descriptions wrap under themselves, examples continue with ` \` so they can still be pasted.
  static func command(_ c: CommandSpec, width: Int? = nil) -> String {
    var s =
      hanging("", c.summary, width: width) + "\n" + hanging("Usage: ", c.usage, width: width, indent: 7 + c.usage.prefix { $0 != " " }.count + 1)
    if !c.notes.isEmpty {
      // Through a pipe the notes keep their lines; on a terminal their paragraphs wrap to its width.
      s += "\n" + (width == nil ? c.notes + "\n" : paragraphs(c.notes).map { hanging("", $0, width: width) }.joined())
    }
    if !c.positionals.isEmpty {
      s += "\nArguments:\n"
      let w = c.positionals.map(\.name.count).max() ?? 0
      for p in c.positionals { s += hanging("  " + p.name.padding(w) + "  ", p.help, width: width) }
    }
    s += "\nOptions:\n"
    let names = c.options.map { o in "--" + o.name + (o.valueName.map { " " + $0 } ?? "") } + ["-h, --help"]
    let w = names.map(\.count).max() ?? 0
    for (o, n) in zip(c.options, names) { s += hanging("  " + n.padding(w) + "  ", o.help, width: width) }
    s += "  " + "-h, --help".padding(w) + "  show this help\n"
    s += "\nExamples:\n" + c.examples.map { example($0, width: width) }.joined()
    return s
  }

  /// `prefix` then `text` wrapped at spaces to `width`, its later lines indented by `indent` columns (default: the
  /// prefix's width), so that a description stays in its column.
  static func hanging(_ prefix: String, _ text: String, width: Int?, indent: Int? = nil) -> String {
    let pad = indent ?? DisplayWidth.width(of: prefix)
    guard let width, width - pad >= 24, DisplayWidth.width(of: prefix + text) > width else { return prefix + text + "\n" }
    var out = prefix
    var used = DisplayWidth.width(of: prefix)
    var fresh = true
    for word in text.split(separator: " ") {
      let w = DisplayWidth.width(of: word)
      if !fresh, used + 1 + w > width {
        out += "\n" + String(repeating: " ", count: pad)
        used = pad
        fresh = true
      }
      if !fresh {
        out += " "
        used += 1
      }
      out += word
      used += w
      fresh = false
    }
    return out + "\n"
  }

  /// The notes' paragraphs: their hard-wrapped lines joined, so that they wrap again to any width. A paragraph
  /// starts after an empty line, at an indented or `-` line, or at a line whose first word ends in `:`.
  static func paragraphs(_ notes: String) -> [String] {
    var out: [String] = []
    for line in notes.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      let starts =
        line.isEmpty || line.hasPrefix(" ") || line.hasPrefix("-") || (line.split(separator: " ").first?.hasSuffix(":") ?? false)
      if let last = out.last, !last.isEmpty, !starts {
        out[out.count - 1] = last + " " + line
      } else {
        out.append(line)
      }
    }
    return out
  }

  /// An example command, broken at spaces with a ` \` at each break when it is wider than `width`.
  static func example(_ text: String, width: Int?) -> String {
    guard let width, width >= 40, DisplayWidth.width(of: text) + 2 > width else { return "  " + text + "\n" }
    var out = ""
    var line = "  "
    for word in text.split(separator: " ") {
      if line.contains(where: { $0 != " " }), DisplayWidth.width(of: line) + 1 + DisplayWidth.width(of: word) + 2 > width {
        out += line + " \\\n"
        line = "      "
      }
      line += (line.hasSuffix(" ") ? "" : " ") + word
    }
    return out + line + "\n"
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
