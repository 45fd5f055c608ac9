/// The manual page, in roff (`man 7 man`), generated from the command specs that `--help` is written from.
public enum ManPage {
  /// `timeline.1`.
  public static func page(commands: [CommandSpec], version: String) -> String {
    var s = """
      .TH TIMELINE 1 "" "\(escape(version))" "User Commands"
      .SH NAME
      timeline \\- replay, audit and export the rules a city had in force, from append-only event logs
      .SH SYNOPSIS
      .B timeline
      .I command
      [options]
      .SH DESCRIPTION
      Every command reads events/ unless \\fB\\-\\-events\\fR \\fIDIR\\fR is given. Times are ISO 8601
      (2022\\-01\\-08T13:00+08:00); a time without offset is Asia/Shanghai (+08:00) and a bare date is its 00:00.
      On a terminal, tables take its width and long output goes through $PAGER (default \\fBless \\-FRSX\\fR).
      .SH COMMANDS

      """
    for c in commands {
      s += ".SS \"\(escape(c.name))\"\n" + escape(c.summary) + "\n.PP\n.B " + escape(c.usage) + "\n"
      if !c.notes.isEmpty { s += ".PP\n" + lines(c.notes) }
      for p in c.positionals { s += ".TP\n.I \(escape(p.name))\n" + lines(p.help) }
      for o in c.options {
        s += ".TP\n\\fB\\-\\-\(escape(o.name))\\fR" + (o.valueName.map { " \\fI\(escape($0))\\fR" } ?? "") + "\n" + lines(o.help)
      }
      s += ".PP\nExamples:\n.RS\n.nf\n" + c.examples.map { lines($0) }.joined() + ".fi\n.RE\n"
    }
    s += """
      .SH "EXIT STATUS"
      0 on success (and for \\fB\\-\\-help\\fR); 1 when the data, a check or the system fails; 64 for a usage error,
      printed on standard error as \\fBError:\\fR, the usage line and a suggestion.
      .SH "SEE ALSO"
      \\fBtimeline completion\\fR for shell completion; README.md, CONTRIBUTING.md and events/README.md in the source tree.

      """
    return s
  }

  /// Text safe in roff: backslashes escaped, hyphens as minus signs, and no line that starts like a request.
  static func escape(_ text: String) -> String {
    var out = ""
    for ch in text {
      switch ch {
      case "\\": out += "\\e"
      case "-": out += "\\-"
      default: out.append(ch)
      }
    }
    return out
  }

  /// `text` escaped, one roff line per line, each made safe to start with `.` or `'`.
  static func lines(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let e = escape(String(line))
      return (e.hasPrefix(".") || e.hasPrefix("'") ? "\\&" : "") + e + "\n"
    }.joined()
  }
}
