/// The names of every option, so that values are read by a typed key rather than by a string spelled at each use.
/// Every ``OptionSpec`` name is one of these (checked by a test).
public enum OptionName: String, Sendable, CaseIterable {
  case at, knownAt = "known-at", from, to, vs, district, category, kind, staleAfter = "stale-after"
  case confirmedOnly = "confirmed-only", format, wide, noPager = "no-pager", events, timeOfDay = "time-of-day"
  case inForceOnly = "in-force-only", columns, output, bom, crlf, stringency, source, published
  case catalogueOut = "catalogue-out", repair, expectSeq = "expect-seq"
  case against, checkpoint, consistency
}

/// What a filter option asked for, before it is checked against the catalogue (which needs the data).
public struct FilterRequest: Sendable, Hashable {
  public var district: String?
  public var category: String?
  public var kind: SubjectKind?
}

/// How a command that prints rows for people writes them.
public struct OutputOptions: Sendable, Hashable {
  public var format: OutputFormat = .table
  /// `--wide`: every column uncut.
  public var wide = false
  /// `--no-pager`.
  public var noPager = false

  /// Whether the output is for people (and so may be fitted and paged).
  public var isForPeople: Bool { format == .table || format == .records }
}

/// `timeline state`.
public struct StateOptions: Sendable {
  public var at: Timestamp
  public var knownAt: Timestamp?
  public var filter: FilterRequest
  public var confirmation: Confirmation
  public var confirmedOnly: Bool
  public var output: OutputOptions
  public var events: String
}

/// `timeline history`.
public struct HistoryOptions: Sendable {
  public var subject: String
  public var knownAt: Timestamp?
  public var output: OutputOptions
  public var events: String
}

/// `timeline diff`: between two valid times, or between two knowledge times at one valid time.
public struct DiffOptions: Sendable {
  public enum Mode: Sendable {
    case validTime(from: Timestamp, to: Timestamp, knownAt: Timestamp?)
    case knowledge(from: Timestamp, to: Timestamp, at: Timestamp)
  }
  public var mode: Mode
  public var filter: FilterRequest
  public var output: OutputOptions
  public var events: String
}

/// `timeline changes`.
public struct ChangesOptions: Sendable {
  public var from: Timestamp?
  public var to: Timestamp?
  public var knownAt: Timestamp?
  public var filter: FilterRequest
  public var output: OutputOptions
  public var events: String
}

/// `timeline subjects`, `districts` and `categories`.
public struct ListOptions: Sendable {
  /// `subjects MATCH`.
  public var match: String?
  public var filter: FilterRequest
  public var output: OutputOptions
  public var events: String
}

/// `timeline export`.
public struct ExportOptions: Sendable {
  public enum Table: String, Sendable, CaseIterable {
    case state, changes, daily, metrics, indicators, events
  }
  /// `--format`: CSV (default), JSON Lines, or Parquet (to a file, or for `events` a lake directory).
  public enum Format: String, Sendable, CaseIterable {
    case csv, json, parquet
  }
  /// What each table needs, checked: the moment of `state`, the days of `daily` and `indicators`.
  public enum Query: Sendable {
    case state(at: Timestamp)
    case changes, metrics
    /// Every event, one Parquet file per log (`--format parquet --output DIR`).
    case events
    case daily(firstDay: Timestamp, lastDay: Timestamp)
    case indicators(firstDay: Timestamp, lastDay: Timestamp)
  }
  public var table: Table
  public var query: Query = .changes
  public var at: Timestamp?
  public var from: Timestamp?
  public var to: Timestamp?
  /// Seconds after midnight (`--time-of-day`).
  public var timeOfDay: Int
  public var inForceOnly: Bool
  public var knownAt: Timestamp?
  public var filter: FilterRequest
  /// `--district all` (indicators: one row per district and day).
  public var everyDistrict: Bool
  public var confirmation: Confirmation
  public var confirmedOnly: Bool
  /// `--columns`, unchecked until the table's columns are known.
  public var columns: [String]?
  /// `--output FILE` (for the events table in Parquet, `--output DIR`).
  public var file: String?
  public var csv: CSVOptions
  public var format: Format
  /// `--format json`: JSON Lines instead of CSV.
  public var json: Bool { format == .json }
  public var events: String
}

/// `timeline render`.
public struct RenderOptions: Sendable {
  public enum Format: String, Sendable {
    case html, svg
  }
  public var from: Timestamp?
  public var to: Timestamp?
  public var filter: FilterRequest
  public var confirmation: Confirmation
  public var stringency: Bool
  public var file: String
  public var format: Format
  public var events: String
}

/// `timeline draft`.
public struct DraftOptions: Sendable {
  public var briefing: String
  public var source: String
  /// `--published`, or the date at the start of the briefing's file name.
  public var published: Timestamp
  public var catalogueOut: String?
  public var events: String
}

/// `timeline verify`.
public struct VerifyOptions: Sendable {
  public var repair: Bool
  /// `--against CHECKPOINT`: the checkpoint to check against (default: the latest in events/checkpoints/).
  public var against: String?
  /// `--format json`: one JSON object on standard output instead of lines for people.
  public var json: Bool
  public var events: String
}

/// `timeline checkpoint`.
public struct CheckpointOptions: Sendable {
  public var events: String
}

/// `timeline prove EVENT_ID [--checkpoint C]` or `timeline prove --consistency OLD NEW`.
public struct ProveOptions: Sendable {
  public enum Mode: Sendable {
    /// An event's inclusion proof, against a checkpoint (default: the latest).
    case inclusion(id: String, checkpoint: String?)
    /// That checkpoint `new` extends checkpoint `old`.
    case consistency(old: String, new: String)
  }
  public var mode: Mode
  public var events: String
}

/// `timeline append`.
public struct AppendOptions: Sendable {
  public var log: String
  /// The drafts file, or `nil` for standard input.
  public var drafts: String?
  public var expectSeq: Int?
  public var events: String
}

/// `timeline completion`.
public struct CompletionOptions: Sendable {
  public var shell: Completion.Shell
  public var events: String
}

/// A command line, parsed and typed: what to run, with every value checked that can be checked without data.
public enum Invocation: Sendable {
  case help(command: String?)
  case version
  case state(StateOptions)
  case history(HistoryOptions)
  case diff(DiffOptions)
  case changes(ChangesOptions)
  case subjects(ListOptions)
  case districts(ListOptions)
  case categories(ListOptions)
  case export(ExportOptions)
  case render(RenderOptions)
  case draft(DraftOptions)
  case verify(VerifyOptions)
  case checkpoint(CheckpointOptions)
  case prove(ProveOptions)
  case append(AppendOptions)
  case completion(CompletionOptions)
  case man
}

extension Invocation {
  /// The events directory the command reads, when it reads one.
  var eventsDirectory: String? {
    switch self {
    case .help, .version, .man: nil
    case .state(let o): o.events
    case .history(let o): o.events
    case .diff(let o): o.events
    case .changes(let o): o.events
    case .subjects(let o), .districts(let o), .categories(let o): o.events
    case .export(let o): o.events
    case .render(let o): o.events
    case .draft(let o): o.events
    case .verify(let o): o.events
    case .checkpoint(let o): o.events
    case .prove(let o): o.events
    case .append(let o): o.events
    case .completion(let o): o.events
    }
  }
}
