/// Writing a checkpoint of an events directory, and finding the checkpoints it has.
extension Checkpoint {
  /// The folder of an events directory that holds its checkpoints (`events/checkpoints/0001.txt`, ...). No reader
  /// of logs looks inside it: logs are the `*.jsonl` files at the directory's top level.
  public static let folderName = "checkpoints"

  /// The complete lines of a log file, as ranges of its bytes (without their newlines).
  struct LogLines {
    var bytes: [UInt8]
    var lines: [Range<Int>]
    /// Bytes after the last newline (a torn last line), if any.
    var tail: Int

    init(path: String) throws(TimelineError) {
      bytes = try FileIO.readAll(path)
      lines = []
      var start = 0
      for (i, b) in bytes.enumerated() where b == 0x0A {
        if bytes[start] == 0 { break }  // an uncommitted append (LogReader): not part of the log
        lines.append(start..<i)
        start = i + 1
      }
      tail = bytes.count - start
    }

    func line(_ seq: Int) -> ArraySlice<UInt8> { bytes[lines[seq - 1]] }
  }

  /// The checkpoint file names of a directory (`NNNN.txt`, four or more digits), in number order.
  /// - Complexity: O(files in the folder).
  public static func names(in directory: String) -> [String] {
    let folder = EventStore.join(directory, folderName)
    guard FileIO.isDirectory(folder), let names = try? FileIO.listDirectory(folder) else { return [] }
    return names.filter { number(of: $0) != nil }.sorted { number(of: $0)! < number(of: $1)! }
  }

  /// The number of a checkpoint file name (`0012.txt` → 12), or `nil` when the name is not one.
  static func number(of name: String) -> Int? {
    guard name.hasSuffix(".txt") else { return nil }
    let digits = name.dropLast(4)
    guard digits.count >= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
    return Int(digits)
  }

  /// The path of the latest checkpoint of a directory, if it has one.
  public static func latestPath(in directory: String) -> String? {
    names(in: directory).last.map { EventStore.join(EventStore.join(directory, folderName), $0) }
  }

  /// Reads and parses a checkpoint file.
  /// - Throws: ``TimelineError``: `.io`/`.notARegularFile` when it cannot be read, `.problems` naming the line
  ///   that is not of the format.
  public static func load(path: String) throws(TimelineError) -> Checkpoint {
    let bytes = try FileIO.readAll(path)
    guard let text = String(validating: bytes, as: UTF8.self) else {
      throw .problems([Diagnostic(SourceLocation(file: path), .checkpointMalformed)])
    }
    do { return try parse(text) } catch { throw .problems([Diagnostic(SourceLocation(file: path, line: error.line), .checkpointMalformed)]) }
  }

  /// The catalogue and every source text of a directory, hashed: the catalogue first, then `sources/` by name
  /// (regular files only; names starting with a dot are left out).
  static func hashFiles(in directory: String) throws(TimelineError) -> [File] {
    var files: [File] = []
    let catalogue = EventStore.join(directory, Catalogue.fileName)
    if FileIO.exists(catalogue) { files.append(File(path: Catalogue.fileName, sha256: SHA256.hash(try FileIO.readAll(catalogue)))) }
    let sources = EventStore.join(directory, "sources")
    if FileIO.isDirectory(sources) {
      for name in try FileIO.listDirectory(sources) where !name.hasPrefix(".") && isFilePath("sources/" + name) {
        let path = EventStore.join(sources, name)
        guard FileIO.isRegularFile(path) == true else { continue }
        files.append(File(path: "sources/" + name, sha256: SHA256.hash(try FileIO.readAll(path))))
      }
    }
    return files
  }

  /// The events tree's leaf hashes in the order of `segments`, from the logs' lines; `nil` when a log lacks a line.
  static func eventLeaves(_ segments: [Segment], logs: [String: LogLines]) -> [SHA256.Digest]? {
    var leaves: [SHA256.Digest] = []
    leaves.reserveCapacity(segments.reduce(0) { $0 + $1.count })
    for s in segments {
      guard let l = logs[s.log], l.lines.count >= s.last else { return nil }
      for seq in s.first...s.last { leaves.append(MerkleTree.leafHash(l.line(seq))) }
    }
    return leaves
  }

  /// A checkpoint of a directory as it is now, extending `previous`: its segments first, then, log by log in
  /// name order, the lines appended since.
  ///
  /// Check the directory against `previous` (``check(directory:checkpointName:)``) and verify it first: this
  /// does not, beyond refusing a torn last line and a log shorter than `previous` says.
  /// - Throws: ``TimelineError``.
  /// - Complexity: O(total bytes).
  /// - Parameters:
  ///   - directory: the events directory.
  ///   - previous: the latest checkpoint, if any, and its file name (for messages).
  public static func make(directory: String, extending previous: Checkpoint?, named previousName: String = "previous") throws(TimelineError)
    -> Checkpoint
  {
    var lines: [String: LogLines] = [:]
    var logs: [Log] = []
    for path in try EventStore.logPaths(in: directory) {
      let l = try LogLines(path: path)
      if l.tail > 0 {
        throw .problems([Diagnostic(SourceLocation(file: path, line: l.lines.count + 1), .tornTail(.noTrailingNewline, bytes: l.tail))])
      }
      let name = LogFile.name(ofPath: path) + ".jsonl"
      guard isLogName(name) else { throw .problems([Diagnostic(SourceLocation(file: path), .checkpointUnsupportedName)]) }
      lines[name] = l
      logs.append(Log(name: name, events: l.lines.count, head: l.lines.isEmpty ? .zero : SHA256.hash(l.line(l.lines.count))))
    }
    var segments = previous?.segments ?? []
    let sizeBefore = Dictionary((previous?.logs ?? []).map { ($0.name, $0.events) }, uniquingKeysWith: { a, _ in a })
    for log in logs {
      let before = sizeBefore[log.name] ?? 0
      if log.events < before {
        throw .problems([
          Diagnostic(
            SourceLocation(file: EventStore.join(directory, log.name)),
            .checkpointLogShorter(checkpoint: previousName, events: before, found: log.events))
        ])
      }
      if log.events > before { segments.append(Segment(log: log.name, first: before + 1, last: log.events)) }
    }
    for old in previous?.logs ?? [] where lines[old.name] == nil {
      throw .problems([
        Diagnostic(SourceLocation(file: EventStore.join(directory, old.name)), .checkpointLogVanished(checkpoint: previousName, events: old.events))
      ])
    }
    let leaves = eventLeaves(segments, logs: lines)!
    let files = try hashFiles(in: directory)
    let eventsRoot = MerkleTree.root(leaves[...])
    let filesRoot = filesRoot(files)
    return Checkpoint(
      logs: logs, files: files, segments: segments, eventCount: leaves.count, eventsRoot: eventsRoot, filesRoot: filesRoot,
      root: root(events: eventsRoot, files: filesRoot))
  }

  /// Writes `checkpoint` as the next numbered file of the directory's checkpoint folder (created if missing),
  /// never replacing one: the file is created exclusively, written whole and synced.
  /// - Returns: the path written.
  /// - Throws: ``TimelineError`` `.io`.
  public static func write(_ checkpoint: Checkpoint, directory: String) throws(TimelineError) -> String {
    let folder = EventStore.join(directory, folderName)
    if !FileIO.isDirectory(folder) { try FileIO.makeDirectory(folder) }
    let next = (names(in: directory).last.flatMap(number(of:)) ?? 0) + 1
    let digits = String(next)
    let path = EventStore.join(folder, String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".txt")
    try FileIO.createExclusively(path, Array(checkpoint.text.utf8))
    return path
  }
}
