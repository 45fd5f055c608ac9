/// What a shell may offer for a value: the completion scripts are generated from this.
public enum ValueCompletion: Sendable, Hashable {
  /// Nothing to offer (a time, a number, an id).
  case none
  /// One of these words.
  case words([String])
  /// A category of the catalogue.
  case categories
  /// A district key of the catalogue.
  case districts
  /// A directory.
  case directories
  /// A file.
  case files
}

/// One option a command takes.
public struct OptionSpec: Sendable, Hashable {
  /// The long name without dashes (`known-at`).
  public var name: String
  /// The value's placeholder (`T`), or `nil` for a flag.
  public var valueName: String?
  public var help: String
  /// What a shell completes for the value.
  public var completion: ValueCompletion
  /// Whether the command cannot run without it (the parser refuses a command line that leaves it out).
  public var required: Bool

  public init(_ name: String, value: String? = nil, _ help: String, completion: ValueCompletion = .none, required: Bool = false) {
    self.name = name
    self.valueName = value
    self.help = help
    self.completion = completion
    self.required = required
  }
}

/// One positional argument a command takes.
public struct PositionalSpec: Sendable, Hashable {
  public var name: String
  public var required: Bool
  public var help: String
  /// What a shell completes for it.
  public var completion: ValueCompletion = .none
}

/// A subcommand: its name, what it does, what it takes, and examples. `--help` is generated from this.
public struct CommandSpec: Sendable, Hashable {
  public var name: String
  public var summary: String
  public var positionals: [PositionalSpec]
  public var options: [OptionSpec]
  public var examples: [String]
  /// More to know, printed in the command's own help after the usage line.
  public var notes: String = ""

  /// Whether long output goes through a pager on a terminal (the commands that take `--no-pager`).
  public var pagesOutput: Bool { options.contains { $0.name == "no-pager" } }

  /// `timeline state --at T [--known-at K] ...`
  public var usage: String {
    var parts = ["timeline", name]
    for p in positionals { parts.append(p.required ? p.name : "[\(p.name)]") }
    for o in options {
      let text = o.valueName.map { "--\(o.name) \($0)" } ?? "--\(o.name)"
      parts.append(requiredOptions.contains(o.name) ? text : "[\(text)]")
    }
    return parts.joined(separator: " ")
  }

  /// Options that must be given (shown without brackets in the usage line), as their specs declare.
  public var requiredOptions: Set<String> { Set(options.filter(\.required).map(\.name)) }
}

/// The commands of `timeline`, in the order `--help` lists them.
public enum Commands {
  static let events = OptionSpec("events", value: "DIR", "the events directory (default: events)", completion: .directories)
  static let format = OptionSpec(
    "format", value: "FORMAT", "table (default: fitted to the terminal), records (one block per row), csv or json",
    completion: .words(["table", "records", "csv", "json"]))
  static let wide = OptionSpec("wide", "show every column of the table uncut, however wide (as when piped)")
  static let noPager = OptionSpec("no-pager", "on a terminal, print everything at once instead of through $PAGER (less -FRSX)")
  static let knownAt = OptionSpec(
    "known-at", value: "K", "transaction time: only what had been published by K (default: everything known)")
  static let district = OptionSpec(
    "district", value: "D", "only what applied in district D (key like erqi, or its Chinese name 二七区)", completion: .districts)
  static let category = OptionSpec(
    "category", value: "C", "only subjects of category C (dining, transport, zones, cases, testing, ...)", completion: .categories)
  static let kind = OptionSpec(
    "kind", value: "KIND", "only subjects of one kind: measure, zone, metric or testing",
    completion: .words(["measure", "zone", "metric", "testing"]))
  static let staleAfter = OptionSpec(
    "stale-after", value: "DURATION",
    "a rule not stated for longer than this before T (and with no scheduled end) is shown as unconfirmed; 14d (default), 30d, 2w, 36h")
  static let confirmedOnly = OptionSpec("confirmed-only", "leave out what is unconfirmed (rules and figures older than --stale-after)")
  static let timeHelp = "a time: 2022-01-08T13:00+08:00, local 2022-01-08T13:00 (+08:00), or a date 2022-01-08 (its 00:00)"

  public static let all: [CommandSpec] = [
    CommandSpec(
      name: "state", summary: "Show everything in force at a moment: zones, measures, latest figures, testing rounds.",
      positionals: [],
      options: [
        OptionSpec("at", value: "T", "valid time: the moment to show; " + timeHelp, required: true),
        knownAt, district, category, kind, staleAfter, confirmedOnly, format, wide, noPager, events,
      ],
      examples: [
        "timeline state --at 2022-01-10T12:00",
        "timeline state --at 2022-01-10T12:00 --known-at 2022-01-08 --district erqi",
        "timeline state --at 2022-11-27T10:00 --category movement --format csv",
        "timeline state --at 2022-06-01 --kind measure --stale-after 30d",
        "timeline state --at 2022-01-12 --confirmed-only --kind zone",
      ],
      notes: """
        Rules (measures, zones, testing rounds) are in force when a briefing stated them within --stale-after of T,
        or when their text gives a scheduled end still ahead; otherwise they are listed apart as unconfirmed.
        Figures are listed apart: the latest of each metric, with the moment it is as of and its age.
        """),
    CommandSpec(
      name: "history", summary: "Every event of one subject in valid-time order, with its briefing and quote.",
      positionals: [
        PositionalSpec(name: "SUBJECT", required: true, help: "a subject key, or a fragment of its key or label that matches one subject")
      ],
      options: [knownAt, format, noPager, events],
      examples: ["timeline history measure:dining.dine-in", "timeline history 堂食", "timeline history dine-in --format json"]),
    CommandSpec(
      name: "diff", summary: "What was added, changed and ended between two moments, or between two knowledge times.",
      positionals: [],
      options: [
        OptionSpec("from", value: "T1", "valid-time diff: the earlier moment"),
        OptionSpec("to", value: "T2", "valid-time diff: the later moment"),
        OptionSpec(
          "known-at", value: "K1", "knowledge diff: what was known first (with --vs and --at); with --from/--to, the knowledge time of both"),
        OptionSpec("vs", value: "K2", "knowledge diff: what was known later"),
        OptionSpec("at", value: "T", "knowledge diff: the valid time to compare at"),
        district, category, kind, format, wide, noPager, events,
      ],
      examples: [
        "timeline diff --from 2022-01-08T11:00 --to 2022-01-08T13:00",
        "timeline diff --known-at 2022-01-08 --vs 2022-01-12 --at 2022-01-10T12:00",
        "timeline diff --from 2022-11-29T12:00 --to 2022-11-30T12:00 --kind measure",
      ],
      notes: """
        Every row says why: stated (a new event), lifted, retracted (by which event), ended as scheduled (its until
        lies between the two moments), not yet known (knowledge diffs run backwards) or not yet in force (valid-time
        diffs run backwards).
        """),
    CommandSpec(
      name: "changes", summary: "The change log: one line per event, ordered by valid time, newest last.",
      positionals: [],
      options: [
        OptionSpec("from", value: "T1", "only events effective at or after T1"),
        OptionSpec("to", value: "T2", "only events effective before T2"),
        knownAt, district, category, kind, format, wide, noPager, events,
      ],
      examples: ["timeline changes", "timeline changes --from 2022-01-07 --to 2022-01-12 --format csv"]),
    CommandSpec(
      name: "subjects", summary: "List the subjects there are to ask about: keys, Chinese and English labels, events.",
      positionals: [PositionalSpec(name: "MATCH", required: false, help: "only subjects whose key or label contains MATCH")],
      options: [category, kind, district, format, wide, noPager, events],
      examples: ["timeline subjects", "timeline subjects --category dining", "timeline subjects 核酸 --kind measure"],
      notes: """
        Catalogue entries no event uses yet are listed with 0 events: they are the keys a new briefing can use.
        """),
    CommandSpec(
      name: "districts", summary: "List the districts --district accepts, with what applies in each alone.",
      positionals: [], options: [format, wide, noPager, events], examples: ["timeline districts"]),
    CommandSpec(
      name: "categories", summary: "List the categories --category accepts, with their subjects and events.",
      positionals: [], options: [format, wide, noPager, events], examples: ["timeline categories"]),
    CommandSpec(
      name: "export",
      summary: "Write a projection as CSV (RFC 4180), JSON Lines or Parquet: state, changes, daily, metrics, indicators or events.",
      positionals: [
        PositionalSpec(
          name: "TABLE", required: true, help: "state, changes, daily, metrics, indicators, or events (Parquet only)",
          completion: .words(["state", "changes", "daily", "metrics", "indicators", "events"]))
      ],
      options: [
        OptionSpec("at", value: "T", "state: the moment (required for state)"),
        OptionSpec("from", value: "T1", "daily/indicators: first day (required); changes/metrics: only from T1"),
        OptionSpec("to", value: "T2", "daily/indicators: last day, inclusive (required); changes/metrics: only before T2"),
        OptionSpec("time-of-day", value: "HH:MM", "daily/indicators: the time of day each day's status is taken at (default 00:00)"),
        OptionSpec("in-force-only", "daily: only rows for subjects in force that day (default: every subject known at K, each day)"),
        knownAt, district, category, kind, staleAfter, confirmedOnly,
        OptionSpec("columns", value: "A,B,...", "only these columns, in this order (names as in the README; e.g. date,subject,status,event_id)"),
        OptionSpec(
          "output", value: "FILE", "write to FILE instead of standard output (required for parquet; for events, a directory)",
          completion: .files),
        OptionSpec("bom", "start with a UTF-8 byte-order mark (for spreadsheet programs that need it to read Chinese)"),
        OptionSpec("crlf", "end lines with CRLF instead of LF"),
        OptionSpec(
          "format", value: "FORMAT", "csv (default), json (JSON Lines: one object per row; not for daily) or parquet (typed columns)",
          completion: .words(["csv", "json", "parquet"])),
        events,
      ],
      examples: [
        "timeline export state --at 2022-01-10T12:00 --output state.csv",
        "timeline export daily --from 2022-01-07 --to 2022-01-12 --bom --crlf --output daily.csv",
        "timeline export metrics --category cases",
        "timeline export daily --from 2022-01-01 --to 2022-12-31 --columns date,subject,status,event_id --output year.csv",
        "timeline export daily --from 2022-01-07 --to 2022-01-12 --in-force-only --columns date,subject,event_id",
        "timeline export daily --from 2022-01-01 --to 2022-02-28 --kind metric --columns date,subject,status,value,as_of",
        "timeline export indicators --from 2022-11-20 --to 2022-12-02 --district all --time-of-day 12:00",
        "timeline export state --at 2022-01-10T12:00 --format parquet --output state.parquet",
        "timeline export events --format parquet --output lake/events",
      ],
      notes: """
        indicators: OxCGRT-style codes (C1-C8, H2, H6) per day for the city, one district (--district D) or each
        district (--district all), with the stringency index and, per indicator, the deciding events, their briefings,
        the quote and whether the rule was confirmed; an empty cell means no event bears on it. See docs/indicators.md.
        parquet: the same rows with typed columns (a time is a UTC timestamp plus NAME_text, its text with its offset;
        an empty cell is a null). events: one file per log, DIR/recorded_date=DAY/LOG.parquet, rewritten only when
        the log changed. See "When one machine is not enough" in the README.
        """),
    CommandSpec(
      name: "render", summary: "Draw the timeline as one self-contained HTML page (or SVG): rules, zones, figures, briefings.",
      positionals: [],
      options: [
        OptionSpec("from", value: "T1", "start of the time axis (default: the first event)"),
        OptionSpec("to", value: "T2", "end of the time axis (default: the last event)"),
        district, category, kind, staleAfter,
        OptionSpec(
          "stringency", "draw the stringency index (OxCGRT formula, see export indicators) by day under the figures: the city, or --district"),
        OptionSpec("output", value: "FILE", "the file to write (FILE.html, or FILE.svg with --format svg)", completion: .files, required: true),
        OptionSpec(
          "format", value: "FORMAT", "html (default: a page with hover details) or svg (the chart alone)", completion: .words(["html", "svg"])),
        events,
      ],
      examples: [
        "timeline render --output timeline.html",
        "timeline render --from 2022-01-07 --to 2022-01-14 --category transport --output week.html",
        "timeline render --format svg --output chart.svg",
        "timeline render --from 2022-11-20 --to 2022-12-02 --district zhongyuan --stringency --output lockdown.html",
      ]),
    CommandSpec(
      name: "draft", summary: "Draft events (JSON Lines for append) from a briefing's text, for a person to review.",
      positionals: [PositionalSpec(name: "BRIEFING", required: true, help: "the briefing's text file (UTF-8)", completion: .files)],
      options: [
        OptionSpec("source", value: "ID", "the log name the events will go into, e.g. 2022-01-11_press-conference-29", required: true),
        OptionSpec("published", value: "T", "when the briefing was published (default: a date in the file name)"),
        OptionSpec(
          "catalogue-out", value: "FILE",
          "write the catalogue entries the drafts need but the catalogue lacks (JSON) to FILE (default: list them on standard error)",
          completion: .files),
        events,
      ],
      examples: [
        "timeline draft events/sources/2022-01-11_press-conference-29.txt --source 2022-01-11_press-conference-29",
        "timeline draft new.txt --source 2022-12-01_press-conference-40 --published 2022-12-01 --catalogue-out new.catalogue.json > drafts.jsonl",
      ],
      notes: """
        Copy the text to <events>/sources/<ID>.txt before appending: append checks every quote against it.
        Each draft carries a review object (confidence, what was guessed) that append does not seal.
        Notes about figures it could not place go to standard error.
        Rules and figures whose subject is not in the catalogue are drafted under a proposed key; accept the proposed
        entries with: python3 tools/catalogue-accept.py FILE [--events DIR], then append the drafts.
        """),
    CommandSpec(
      name: "verify", summary: "Check every log: lines, hash chain, seq, ids, vocabulary, catalogue, quotes, retractions.",
      positionals: [],
      options: [
        OptionSpec("repair", "move a torn last line aside into LOG.torn (never deletes it) so the log can be appended to"),
        OptionSpec(
          "against", value: "CHECKPOINT",
          "check the logs, catalogue and sources against this checkpoint (a file, or a name in events/checkpoints/; default: the latest there)"),
        OptionSpec(
          "format", value: "FORMAT", "text (default) or json (one object: each log, every problem, clean or not)",
          completion: .words(["text", "json"])),
        events,
      ],
      examples: [
        "timeline verify", "timeline verify --events /data/events --repair", "timeline verify --against 0001",
        "timeline verify --against ~/published/0003.txt",
      ],
      notes: """
        With a checkpoint, a log that vanished, is shorter than recorded or whose recorded last line no longer hashes
        to the recorded head (an edit or a rewrite, even with its chain recomputed), and a catalogue or source text
        that changed or vanished, are problems. Lines appended since, new logs and new sources are not.
        """),
    CommandSpec(
      name: "checkpoint", summary: "Write a checkpoint of every log, the catalogue and the sources, with one Merkle root.",
      positionals: [],
      options: [events],
      examples: ["timeline checkpoint", "timeline checkpoint --events /data/events"],
      notes: """
        Verifies the directory and checks it against its latest checkpoint first; writes nothing if either fails,
        except for an edited catalogue or source text (a deliberate change, such as accepted catalogue entries),
        which it names and records as it is now. The checkpoint goes to events/checkpoints/NNNN.txt (the next
        number; none is ever replaced). Keep a copy, or its root, somewhere the logs' writers cannot reach: it is
        what later edits are checked against.
        """),
    CommandSpec(
      name: "prove", summary: "Print an event's line with its Merkle path to a checkpoint's root, or a consistency proof.",
      positionals: [PositionalSpec(name: "EVENT_ID", required: true, help: "the event's id; with --consistency, the newer checkpoint NEW")],
      options: [
        OptionSpec("checkpoint", value: "C", "the checkpoint to prove against (a file, or a name in events/checkpoints/; default: the latest)"),
        OptionSpec("consistency", value: "OLD", "prove that checkpoint NEW (the argument) extends checkpoint OLD"),
        events,
      ],
      examples: [
        "timeline prove pc29-036", "timeline prove pc29-036 --checkpoint 0001 > pc29-036.proof",
        "timeline prove --consistency 0001 0002 > 0001-0002.proof", "python3 tools/check-proof.py pc29-036.proof events/checkpoints/0001.txt",
      ],
      notes: """
        Check a proof with tools/check-proof.py (Python standard library only): it needs the proof and, to be worth
        anything, the checkpoint's root from a copy you trust. events/README.md (Proofs) describes both formats.
        """),
    CommandSpec(
      name: "append", summary: "Seal draft events (JSON Lines without seq and prev) onto a log; all or nothing.",
      positionals: [
        PositionalSpec(name: "LOG", required: true, help: "the log file to append to (created if missing)", completion: .files),
        PositionalSpec(
          name: "DRAFTS", required: false, help: "a file of draft lines (default: standard input; - also means standard input)",
          completion: .files),
      ],
      options: [
        OptionSpec("expect-seq", value: "N", "fail unless the log's last seq is N (0 for a new log): optimistic concurrency"),
        events,
      ],
      examples: [
        "timeline append events/2022-01-11_press-conference-29.jsonl drafts.jsonl",
        "cat drafts.jsonl | timeline append events/2022-01-11_press-conference-29.jsonl --expect-seq 41",
      ]),
    CommandSpec(
      name: "completion", summary: "Print a shell completion script (bash, zsh or fish) for commands, options and values.",
      positionals: [
        PositionalSpec(name: "SHELL", required: true, help: "bash, zsh or fish", completion: .words(["bash", "zsh", "fish"]))
      ],
      options: [events],
      examples: [
        "timeline completion bash > ~/.local/share/bash-completion/completions/timeline",
        "timeline completion zsh > ~/.zfunc/_timeline",
        "timeline completion fish > ~/.config/fish/completions/timeline.fish",
      ],
      notes: """
        Categories and districts are those of the catalogue in the events directory when the script is made.
        In bash, for this shell only: eval "$(timeline completion bash)".
        """),
    CommandSpec(
      name: "man", summary: "Print the manual page (roff), made from the same specs as --help.",
      positionals: [], options: [],
      examples: ["timeline man > ~/.local/share/man/man1/timeline.1", "timeline man | man -l -"]),
  ]

  /// The spec of a command by name.
  public static func spec(_ name: String) -> CommandSpec? { all.first { $0.name == name } }
}
