/// Moves a torn last line aside so the log can be appended to again. Never deletes a byte.
public enum Repair {
  /// What a repair did to one log.
  public struct Outcome: Sendable, Hashable {
    public var log: String
    /// Where the torn bytes went.
    public var movedTo: String
    public var bytes: Int
    public var line: Int
  }

  /// If the log ends in a torn line, copies those bytes into `<log>.torn` (or `.torn.2`, ... when taken),
  /// syncs it, and only then cuts them off the log.
  /// - Returns: what was moved, or `nil` when the log was not torn.
  /// - Throws: ``TimelineError`` `.io`.
  public static func moveTornTail(logPath: String) throws(TimelineError) -> Outcome? {
    // The same directory lock as append, so a repair never races an append.
    let lock = try LockedFile(path: FileIO.canonicalPath(FileIO.directoryOf(logPath)), create: false, directory: true)
    defer { withExtendedLifetime(lock) {} }
    let file = try LockedFile(path: logPath, create: false)
    let bytes = try file.readAll()
    let log = LogReader.parse(bytes, path: logPath)
    guard let torn = log.tornTail else { return nil }
    var target = logPath + ".torn"
    var n = 2
    while FileIO.exists(target) {
      target = logPath + ".torn.\(n)"
      n += 1
    }
    try FileIO.writeFileAtomically(target, Array(bytes[torn.offset...]))
    try file.truncate(to: torn.offset)
    return Outcome(log: logPath, movedTo: target, bytes: torn.byteCount, line: torn.line)
  }
}
