/// Rows written chunk by chunk, so that an export of millions of rows never holds them all: to `--output FILE`
/// (a temporary file renamed into place by ``finish()``) or to standard output, as CSV (one header, at the start,
/// even when no row comes) or JSON Lines, with a `--columns` selection applied to every chunk.
struct RowStream {
  private let file: AtomicFileWriter?
  private let io: CommandIO
  private let json: Bool
  private let csv: CSVOptions
  private let selection: [String]?
  private let columns: [RowSet.Column]
  private var started = false
  /// Rows written so far.
  private(set) var rows = 0

  /// - Parameters:
  ///   - columns: every column of the table, in order (the header when no chunk comes).
  ///   - selection: the `--columns` names, already checked against `columns`, or `nil` for all.
  init(columns: [RowSet.Column], selection: [String]?, path: String?, json: Bool, csv: CSVOptions, io: CommandIO) throws(TimelineError) {
    self.columns = columns
    self.selection = selection
    self.file = try path.map { p throws(TimelineError) in try AtomicFileWriter(path: p) }
    self.json = json
    self.csv = csv
    self.io = io
  }

  /// Whether the rows go to a file (and a progress line on the terminal would not land among them).
  var toFile: Bool { file != nil }

  /// Writes one chunk's rows.
  mutating func write(_ chunk: RowSet) throws(TimelineError) {
    let part = selection.map { chunk.selecting($0) } ?? chunk
    try emit(json ? part.renderJSON() : part.renderCSV(options: csv, header: !started))
    started = true
    rows += part.rows.count
  }

  /// Writes the CSV header if no chunk came, and commits the file.
  mutating func finish() throws(TimelineError) {
    if !started {
      var empty = RowSet(columns: columns)
      if let selection { empty = empty.selecting(selection) }
      try emit(json ? [] : empty.renderCSV(options: csv))
      started = true
    }
    try file?.commit()
  }

  private func emit(_ bytes: [UInt8]) throws(TimelineError) {
    if let file { try file.write(bytes) } else if !bytes.isEmpty { io.writeOut(bytes) }
  }
}
