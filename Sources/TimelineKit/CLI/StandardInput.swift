/// Reads the process's standard input (the one edge the executable asks the library to handle).
public enum StandardInput {
  /// All bytes of standard input.
  public static func readAll() throws(TimelineError) -> [UInt8] { try FileIO.readAll(fd: 0, path: "<stdin>") }
}
