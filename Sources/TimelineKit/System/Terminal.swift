#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one place that asks the system about a terminal: whether a descriptor is one, and how wide it is.
///
/// The library never looks at the process's streams on its own; the executable calls these and passes the answers
/// in ``CommandIO`` (tests pass their own).
public enum Terminal {
  /// Whether `fileDescriptor` is a terminal.
  public static func isTerminal(_ fileDescriptor: Int32) -> Bool { isatty(fileDescriptor) == 1 }

  /// The width in columns of the terminal on `fileDescriptor` (`TIOCGWINSZ`), or `nil` when it is not a terminal or
  /// reports no width.
  public static func columns(of fileDescriptor: Int32) -> Int? {
    var size = winsize()
    // ioctl is variadic in C; the pointer is to a local `winsize`, valid for the duration of the call.
    let status = withUnsafeMutablePointer(to: &size) { ioctl(fileDescriptor, UInt(TIOCGWINSZ), $0) }
    guard status == 0, size.ws_col > 0 else { return nil }
    return Int(size.ws_col)
  }

  /// The width tables are fitted to on standard output: `nil` (nothing is cut) unless `isTerminal`; on a terminal,
  /// `COLUMNS` when it is a positive number, else the terminal's own width, else 80.
  public static func outputWidth(isTerminal: Bool, columnsVariable: String?, measured: Int?) -> Int? {
    guard isTerminal else { return nil }
    if let v = columnsVariable, let n = Int(v), n > 0 { return n }
    return measured ?? 80
  }
}
