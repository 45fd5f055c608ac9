/// Rows written chunk by chunk, so that an export of millions of rows never holds them all: to `--output FILE`
/// (a temporary file renamed into place by ``finish()``) or to standard output, as CSV (one header, at the start,
/// even when no row comes), JSON Lines or Parquet (a file only: row groups written as they fill), with a
/// `--columns` selection applied to every chunk.
struct RowStream {
  private let file: AtomicFileWriter?
  private let io: CommandIO
  private let format: ExportOptions.Format
  private let csv: CSVOptions
  private var parquet: ParquetTable?
  private let selection: [String]?
  private let columns: [RowSet.Column]
  private var started = false
  /// Rows written so far.
  private(set) var rows = 0

  /// - Parameters:
  ///   - columns: every column of the table, in order (the header when no chunk comes).
  ///   - selection: the `--columns` names, already checked against `columns`, or `nil` for all.
  ///   - format: Parquet needs `path`.
  ///   - table: the table's name, kept in a Parquet file's key-value metadata.
  init(
    columns: [RowSet.Column], selection: [String]?, path: String?, format: ExportOptions.Format, csv: CSVOptions, table: String,
    io: CommandIO
  ) throws(TimelineError) {
    precondition(format != .parquet || path != nil, "Parquet is written to a file")
    self.columns = columns
    self.selection = selection
    let file = try path.map { p throws(TimelineError) in try AtomicFileWriter(path: p) }
    self.file = file
    self.format = format
    self.csv = csv
    self.io = io
    if format == .parquet, let file {
      let shown = selection.map { names in names.map { n in columns.first { $0.name == n }! } } ?? columns
      let fields = ParquetTable.fields(shown.map(\.name), numeric: Set(shown.filter(\.numeric).map(\.name)))
      parquet = ParquetTable(fields: fields, keyValues: [("timeline.table", table)]) { (bytes: [UInt8]) throws(TimelineError) in
        try file.write(bytes)
      }
    }
  }

  /// The stream of an export's options: `--output`, `--format`, `--bom`, `--crlf`.
  init(columns: [RowSet.Column], selection: [String]?, _ o: ExportOptions, io: CommandIO) throws(TimelineError) {
    try self.init(columns: columns, selection: selection, path: o.file, format: o.format, csv: o.csv, table: o.table.rawValue, io: io)
  }

  /// Whether the rows go to a file (and a progress line on the terminal would not land among them).
  var toFile: Bool { file != nil }

  /// Writes one chunk's rows.
  mutating func write(_ chunk: RowSet) throws(TimelineError) {
    let part = selection.map { chunk.selecting($0) } ?? chunk
    switch format {
    case .csv: try emit(part.renderCSV(options: csv, header: !started))
    case .json: try emit(part.renderJSON())
    case .parquet: for r in part.rows { try parquet!.append(row: r) }
    }
    started = true
    rows += part.rows.count
  }

  /// Writes the CSV header if no chunk came, and commits the file.
  mutating func finish() throws(TimelineError) {
    if !started && format == .csv {
      var empty = RowSet(columns: columns)
      if let selection { empty = empty.selecting(selection) }
      try emit(empty.renderCSV(options: csv))
    }
    started = true
    try parquet?.finish()
    try file?.commit()
  }

  private func emit(_ bytes: [UInt8]) throws(TimelineError) {
    if let file { try file.write(bytes) } else if !bytes.isEmpty { io.writeOut(bytes) }
  }
}
