/// A failure of an engine operation, carrying what went wrong as data.
///
/// Catch it with `catch let e as TimelineError` and match ``code``; print it with `description`. The text
/// of `description` is for people and may change between versions.
public struct TimelineError: Error, Sendable, Equatable, CustomStringConvertible {
  /// What went wrong.
  public enum Code: Sendable, Hashable {
    /// Problems found in logs, drafts, the catalogue or sources; each names its file and line.
    case problems([Diagnostic])
    /// A system call failed on a path: the operation (`open`, `read`, `write`, `fsync`, `lock`, `rename`) and errno.
    case io(path: String, operation: String, errno: Int32)
    /// `--expect-seq` did not match the log's last seq.
    case sequenceConflict(log: String, expected: Int, actual: Int)
    /// A query named a subject that no event has; `candidates` are near matches.
    case unknownSubject(String, candidates: [String])
    /// A query named a subject fragment that matches several subjects.
    case ambiguousSubject(String, candidates: [String])
    /// The events directory holds no logs.
    case noLogs(directory: String)
    /// The events directory does not exist (or is not a directory).
    case notADirectory(String)
    /// An input is not a regular file (a FIFO, a device, a directory): reading it could hang or never end.
    case notARegularFile(String)
    /// A log line read for a query is not the event the event table (from its cache) says it is: the cache was
    /// forged or is stale, or the log changed while it was read.
    case tableDisagrees(log: String, line: Int)
    /// A cell of an export does not fit its typed column (a count that is not a whole number in an INT64 column, a
    /// time that does not parse): the column, the cell's text, and the column's type (`INT64`, `DOUBLE`, ...).
    case cellNotOfType(column: String, value: String, type: String)
  }

  public var code: Code

  public init(_ code: Code) { self.code = code }

  /// Problems as an error.
  public static func problems(_ d: [Diagnostic]) -> TimelineError { TimelineError(.problems(d.sorted())) }

}

extension TimelineError.Code {
  /// Matches an error against a code, so callers can write `catch TimelineError.Code.noLogs(directory: d)`.
  public static func ~= (code: TimelineError.Code, error: any Error) -> Bool {
    (error as? TimelineError)?.code == code
  }
}
