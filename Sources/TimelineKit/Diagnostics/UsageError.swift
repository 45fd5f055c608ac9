/// Why a command line is not usable; rendered as `Error: ...`, the usage line, and a suggestion. Exit 64.
///
/// Data only: the English is written in one place, `UsageError+Messages.swift`. The text may change between
/// versions; match on ``kind``, not on the message.
public struct UsageError: Error, Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    case missingCommand
    case unknownCommand(String, suggestion: String?)
    case unknownOption(String, suggestion: String?)
    case missingValue(option: String)
    case flagTakesNoValue(option: String)
    case repeatedOption(String)
    case unexpectedArgument(String)
    case missingArgument(String)
    case missingOption(String)
    /// A value that is not of the expected form: the option (or argument), the value, what was expected.
    case invalidValue(option: String, value: String, expected: Expected)
    /// A time that cannot be read, with the parser's reason when it is more than "malformed".
    case invalidTime(option: String, value: String, problem: TimestampError?)
    /// Options that do not go together, or a required combination that is incomplete.
    case conflict(Conflict)
  }

  /// What a value should have been.
  public enum Expected: Sendable, Hashable {
    /// `a, b or c` (and a near miss, if any).
    case choice([String], suggestion: String?)
    /// `one of a, b, c` (and a near miss, if any).
    case oneOf([String], suggestion: String?)
    /// A district key of the catalogue.
    case district([String], suggestion: String?)
    /// Column names of the table being exported.
    case columns([String], suggestion: String?)
    case wholeNumber
    case duration
    case timeOfDay
    /// A time after `--from`.
    case timeAfter(Timestamp)
    /// A log name (A-Z a-z 0-9 . _ -).
    case logName
    /// A new file or a regular file (not a device, FIFO, directory or link).
    case replaceableFile
    /// A file outside the events directory.
    case fileOutside(directory: String)
    /// A new directory or a directory (not a file or a link), for the events lake.
    case lakeDirectory
  }

  /// Options that do not go together.
  public enum Conflict: Sendable, Hashable {
    /// A valid-time diff given only one of --from and --to.
    case diffNeedsBothTimes
    /// --from/--to mixed with --vs/--at.
    case diffModesMixed
    /// Neither kind of diff given completely.
    case diffNeedsAMode
    case fromAfterTo
    /// A daily or indicators export longer than the most days allowed.
    case spanTooLong(table: String, days: Int)
    /// An option the indicators table does not take.
    case notForIndicators(option: String)
    /// `export daily --format json`: the daily table is streamed as CSV only.
    case dailyIsCSV
    /// `draft` without --published, and no date at the start of the file name.
    case noDateInFileName(String)
    /// `prove` with both --checkpoint and --consistency.
    case proveModesMixed
    /// `--format parquet` without `--output`: Parquet is binary and goes to a file (a directory for events).
    case parquetNeedsOutput(table: String)
    /// `export events` in another format than Parquet.
    case eventsIsParquet
    /// An option the table or format does not take: the option, and which table (or `parquet`).
    case notForExport(option: String, what: String)
  }

  public var kind: Kind
  /// The command the error is about, for its usage line.
  public var command: String?

  public init(_ kind: Kind, command: String? = nil) {
    self.kind = kind
    self.command = command
  }

  /// Matches an error of this kind, for `catch`.
  public static func ~= (kind: Kind, error: UsageError) -> Bool { error.kind == kind }
}
