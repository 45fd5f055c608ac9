import Synchronization

/// The streams a command runs against, supplied by the executable (or by a test).
///
/// The library never touches the process's standard streams itself; it writes through these.
public struct CommandIO: Sendable {
  /// Writes to standard output.
  public var writeOut: @Sendable ([UInt8]) -> Void
  /// Writes to standard error.
  public var writeErr: @Sendable ([UInt8]) -> Void
  /// Reads all of standard input.
  public var readInput: @Sendable () throws(TimelineError) -> [UInt8]
  /// Whether standard error is a terminal (progress is shown only then).
  public var stderrIsTerminal: Bool
  /// The width tables for people are fitted to: the terminal's columns when standard output is a terminal, `nil`
  /// when it is a pipe or a file (then nothing is cut). See ``Terminal/outputWidth(isTerminal:columnsVariable:measured:)``.
  public var outputWidth: Int?
  /// Starts a pager and makes standard output go to it; `nil` when standard output is not a terminal (or `$PAGER`
  /// says none). Called at most once, just before the first write of a command whose output is for people.
  public var startPager: (@Sendable () -> Void)?

  public init(
    writeOut: @escaping @Sendable ([UInt8]) -> Void, writeErr: @escaping @Sendable ([UInt8]) -> Void,
    readInput: @escaping @Sendable () throws(TimelineError) -> [UInt8], stderrIsTerminal: Bool = false,
    outputWidth: Int? = nil, startPager: (@Sendable () -> Void)? = nil
  ) {
    self.writeOut = writeOut
    self.writeErr = writeErr
    self.readInput = readInput
    self.stderrIsTerminal = stderrIsTerminal
    self.outputWidth = outputWidth
    self.startPager = startPager
  }

  /// The same streams, but the first write to standard output starts the pager (when there is one).
  func paged() -> CommandIO {
    guard let start = startPager else { return self }
    let started = Mutex(false)
    var copy = self
    let write = writeOut
    copy.writeOut = { bytes in
      started.withLock { done in
        if !done {
          done = true
          start()
        }
      }
      write(bytes)
    }
    copy.startPager = nil
    return copy
  }

  /// Writes text for people to standard output, control characters neutralised (``TerminalText``).
  func out(_ s: String) { writeOut(Array(TerminalText.neutralised(s).utf8)) }
  /// Writes text for people to standard error, control characters neutralised (``TerminalText``).
  func err(_ s: String) { writeErr(Array(TerminalText.neutralised(s).utf8)) }
  /// Writes terminal control text as it is (the progress line's carriage return and erase): only for text the
  /// engine wrote itself, never for data.
  func errControl(_ s: String) { writeErr(Array(s.utf8)) }
}

/// Exit statuses of `timeline`.
public enum ExitStatus {
  public static let success: Int32 = 0
  /// A runtime failure: bad data, a failed check, an I/O error.
  public static let failure: Int32 = 1
  /// A usage error (EX_USAGE).
  public static let usage: Int32 = 64
}
