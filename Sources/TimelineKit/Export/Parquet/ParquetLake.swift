import Synchronization

/// The events as a lake: one immutable Parquet file per log, under Hive-style partitions by the day its briefing
/// was recorded, `DIR/recorded_date=2022-01-11/2022-01-11_press-conference-29.parquet`.
///
/// A log's partition is the city date of the earliest `recorded` among its events, so every row of a partition
/// dated D was recorded on or after D: a query "as known at K" may skip every partition dated after K's day.
/// Rows are sorted by subject, effective, recorded, seq (a log is one briefing: the log is the same on every row).
///
/// A later export rewrites only the files of logs that changed: `DIR/_timeline_manifest.tsv` records, per log,
/// its size and the SHA-256 of its last line (logs are append-only and hash-chained, so the two identify its
/// content), the file written and that file's size. A log whose size and last line match, and whose file is still
/// there with its size, is left untouched. Files are written atomically (temporary file, fsync, rename). The
/// manifest's name starts with `_` so that Spark, Hive and DuckDB's `*.parquet` globs pass it by.
public enum ParquetLake {
  /// The manifest's file name inside the lake directory.
  public static let manifestName = "_timeline_manifest.tsv"
  /// The manifest's first line, naming the layout and the files' schema (a digest of the columns, their types and
  /// repetitions); a manifest with another (an older layout or schema) is ignored and every file rewritten.
  static let manifestHeader: String = {
    let schema = eventFields.map { "\($0.name):\($0.kind):\($0.required)" }.joined(separator: ",")
    let tag = String(SHA256.hash(Array(schema.utf8)).hex.prefix(16))
    return "timeline parquet lake 1 schema \(tag)\tlog\tlog_bytes\tlast_line_sha256\tfile\tfile_bytes"
  }()

  /// What an export did.
  public struct Report: Sendable, Equatable {
    /// The files written (paths relative to the lake directory), in log order.
    public var written: [String] = []
    /// Logs whose files were left as they were.
    public var unchanged: Int = 0
    /// Files removed: a log's earlier file in another partition, or the file of a log no longer there.
    public var removed: [String] = []
    /// Rows written.
    public var rows: Int = 0
  }

  /// One manifest line.
  struct Entry: Equatable {
    var logBytes: Int64
    var lastLine: String
    var file: String
    var fileBytes: Int64
  }

  /// Exports every log of `table` into `directory` (created with its parents if missing). The logs that
  /// changed are written on every core at once, each by one thread (a log's file is one sequential stream).
  /// - Parameter progress: told `(logs written, logs to write)` after each log written (from one thread at a time).
  /// - Returns: what was written, kept and removed.
  /// - Throws: ``TimelineError`` `.io` when a log or the lake cannot be read or written.
  /// - Complexity: O(records) to group them by log, plus O(events of each changed log) decoded and written.
  public static func export(_ table: EventTable, to directory: String, progress: ((Int, Int) -> Void)? = nil) throws(TimelineError) -> Report {
    try FileIO.makeDirectories(directory)
    let manifestPath = directory + "/" + manifestName
    let old = readManifest(manifestPath)
    var byLog: [[Int32]] = Array(repeating: [], count: table.logs.count)
    for i in 0..<table.records.count { byLog[Int(table.records[i].log)].append(Int32(i)) }
    var report = Report()
    var manifest: [String: Entry] = [:]
    // First what each log's file is and whether it is up to date; then the files to write, in parallel.
    var pending: [(log: Int, entry: Entry)] = []
    for (l, log) in table.logs.enumerated() {
      let records = byLog[l]
      let size = try FileIO.size(log.path)
      let last = records.max { table.records[Int($0)].seq < table.records[Int($1)].seq }
      let lastLine = try last.map { (i) throws(TimelineError) in try lastLineDigest(table, Int(i)) } ?? SHA256.Digest.zero.hex
      let earliest = records.map { table.records[Int($0)].recorded }.min()
      let date = earliest.map { Timestamp(epochSeconds: $0).dateString } ?? "none"
      let file = "recorded_date=\(date)/\(log.name).parquet"
      if let e = old[log.name], e.logBytes == size, e.lastLine == lastLine, e.file == file,
        FileIO.status(directory + "/" + file)?.size == e.fileBytes
      {
        manifest[log.name] = e
        report.unchanged += 1
      } else {
        try FileIO.makeDirectory(directory + "/recorded_date=\(date)")
        pending.append((l, Entry(logBytes: size, lastLine: lastLine, file: file, fileBytes: 0)))
      }
    }
    let done = Mutex(0)
    let results = Parallel.map(pending.count) { k -> Result<Int64, TimelineError> in
      let (l, entry) = pending[k]
      let r = Result { () throws(TimelineError) in try writeFile(table, log: l, records: byLog[l], entry: entry, directory: directory) }
      done.withLock { n in
        n += 1
        progress?(n, pending.count)
      }
      return r
    }
    for (k, result) in results.enumerated() {
      let (l, entry) = pending[k]
      let name = table.logs[l].name
      manifest[name] = Entry(logBytes: entry.logBytes, lastLine: entry.lastLine, file: entry.file, fileBytes: try result.get())
      report.written.append(entry.file)
      report.rows += byLog[l].count
      if let e = old[name], e.file != entry.file, FileIO.removeFile(directory + "/" + e.file) { report.removed.append(e.file) }
    }
    for (name, e) in old where manifest[name] == nil {
      if FileIO.removeFile(directory + "/" + e.file) { report.removed.append(e.file) }
    }
    report.removed.sort()
    try FileIO.writeFileAtomically(manifestPath, manifestBytes(manifest))
    return report
  }

  /// Writes one log's file atomically; returns its size.
  static func writeFile(_ table: EventTable, log l: Int, records: [Int32], entry: Entry, directory: String) throws(TimelineError) -> Int64 {
    let log = table.logs[l]
    let writer = try AtomicFileWriter(path: directory + "/" + entry.file)
    var written: Int64 = 0
    var out = ParquetTable(
      fields: eventFields,
      keyValues: [("timeline.log", log.name), ("timeline.log_bytes", String(entry.logBytes)), ("timeline.last_line_sha256", entry.lastLine)]
    ) { (bytes: [UInt8]) throws(TimelineError) in
      try writer.write(bytes)
      written += Int64(bytes.count)
    }
    // One reader per log: its mapping goes when the log is done, so memory holds one log per thread.
    let lines = LineSource(table: table)
    for i in records { try out.append(row: Views.eventRow(try lines.event(Int(i)), log: log.name)) }
    try out.finish()
    try writer.commit()
    return written
  }

  /// The Parquet fields of the events table.
  public static let eventFields = ParquetTable.fields(
    Views.eventColumns, numeric: Views.eventNumeric, required: ["effective", "recorded", "source", "data_json", "prev"])

  /// The SHA-256 of a record's line (its bytes without the newline), in hex.
  static func lastLineDigest(_ table: EventTable, _ i: Int) throws(TimelineError) -> String {
    let r = table.records[i]
    let file = try ReadOnlyFile(path: table.logs[Int(r.log)].path)
    let line = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, Int(r.length)), alignment: 1)
    defer { line.deallocate() }
    try file.read(into: line.baseAddress!, count: Int(r.length), at: r.offset)
    return SHA256.hash(UnsafeBufferPointer(start: line.baseAddress!.assumingMemoryBound(to: UInt8.self), count: Int(r.length))).hex
  }

  /// The manifest's entries by log name; empty when there is none, or it is of another layout or unreadable (then
  /// every file is written again).
  static func readManifest(_ path: String) -> [String: Entry] {
    guard FileIO.isRegularFile(path) == true, let bytes = try? FileIO.readAll(path) else { return [:] }
    let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
    guard lines.first.map(String.init) == manifestHeader else { return [:] }
    var out: [String: Entry] = [:]
    for line in lines.dropFirst() {
      let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      // A file name that would leave the lake (`..`, an absolute path) is never trusted, so never removed.
      guard f.count == 5, let size = Int64(f[1]), let fileSize = Int64(f[4]), isLakePath(f[3]) else { return [:] }
      out[f[0]] = Entry(logBytes: size, lastLine: f[2], file: f[3], fileBytes: fileSize)
    }
    return out
  }

  /// Whether a manifest's file name is one this writer makes: `recorded_date=DATE/NAME.parquet`.
  static func isLakePath(_ p: String) -> Bool {
    let parts = p.split(separator: "/", omittingEmptySubsequences: false)
    return parts.count == 2 && parts[0].hasPrefix("recorded_date=") && parts[1].hasSuffix(".parquet") && !parts[1].hasPrefix(".")
      && !parts.contains("..")
  }

  static func manifestBytes(_ m: [String: Entry]) -> [UInt8] {
    var text = manifestHeader + "\n"
    for name in m.keys.sorted() {
      let e = m[name]!
      text += "\(name)\t\(e.logBytes)\t\(e.lastLine)\t\(e.file)\t\(e.fileBytes)\n"
    }
    return Array(text.utf8)
  }
}
