/// Where the daily sweep writes its cells: CSV text, or a Parquet table. The sweep encodes each distinct cell
/// once (through ``encode(_:)``) and hands the encoded cells over row by row.
protocol DailyRowSink {
  /// A cell as this sink stores it.
  func encode(_ field: CSVField) -> [UInt8]
  /// Appends the next cell of the current row, as ``encode(_:)`` made it.
  mutating func appendEncoded(_ cell: [UInt8]) throws(TimelineError)
  mutating func endRow() throws(TimelineError)
  /// Bytes held that the sweep's `flush` should take (0 when the sink writes on its own).
  var pendingBytes: Int { get }
}

extension CSVWriter: DailyRowSink {
  func encode(_ field: CSVField) -> [UInt8] { CSVWriter.encode(field, options: options) }
  var pendingBytes: Int { bytes.count }
}

/// The daily rows as a Parquet table: cells are the text the CSV would hold, unescaped.
struct ParquetDailySink: DailyRowSink {
  var table: ParquetTable
  private var column = 0

  init(table: ParquetTable) { self.table = table }

  func encode(_ field: CSVField) -> [UInt8] {
    switch field {
    case .text(let s), .number(let s): Array(s.utf8)
    }
  }

  mutating func appendEncoded(_ cell: [UInt8]) throws(TimelineError) {
    var failure: TimelineError?
    cell.withUnsafeBufferPointer { b in
      do throws(TimelineError) { try table.append(cell: b, field: column) } catch { failure = error }
    }
    if let failure { throw failure }
    column += 1
  }

  mutating func endRow() throws(TimelineError) {
    try table.endRow()
    column = 0
  }

  var pendingBytes: Int { 0 }
}

extension EventTable {
  /// Writes the daily export as Parquet into `table` (whose fields are `columns`, typed by
  /// ``ParquetTable/fields(_:numeric:)``), the same rows as ``writeDaily(firstDay:lastDay:secondsIntoDay:knownAt:inForceOnly:confirmedOnly:confirmation:filter:catalogue:columns:options:progress:flush:)``.
  /// The caller finishes the table.
  /// - Returns: the number of rows written.
  /// - Complexity: as the CSV daily export.
  public func writeDaily(
    firstDay: Timestamp, lastDay: Timestamp, secondsIntoDay: Int, knownAt: Timestamp?, inForceOnly: Bool = false,
    confirmedOnly: Bool = false, confirmation: Confirmation = Confirmation(), filter: SubjectFilter,
    catalogue: Catalogue, columns: [String], progress: ((Int, Int) -> Void)? = nil, into table: inout ParquetTable
  ) throws(TimelineError) -> Int {
    var sink = ParquetDailySink(table: table)
    let n = try sweepDaily(
      firstDay: firstDay, lastDay: lastDay, secondsIntoDay: secondsIntoDay, knownAt: knownAt, inForceOnly: inForceOnly,
      confirmedOnly: confirmedOnly, confirmation: confirmation, filter: filter, catalogue: catalogue, columns: columns,
      progress: progress, sink: &sink, flush: { _ in })
    table = sink.table
    return n
  }
}
