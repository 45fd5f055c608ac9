/// Writes a flat table as an Apache Parquet file, row group by row group, to a sink of bytes.
///
/// The file is `PAR1`, the row groups (one column chunk per column: a dictionary page when the column is a
/// repetitive BYTE_ARRAY, then one version 1 data page), the `FileMetaData` footer in Thrift's compact protocol,
/// the footer's length as 4 little-endian bytes, and `PAR1` again. Pages are uncompressed; values are PLAIN, or
/// RLE_DICTIONARY indices into a PLAIN dictionary page; OPTIONAL columns carry definition levels (RLE / bit-packed
/// hybrid, bit width 1), REQUIRED ones none. Every chunk has statistics (null count, min and max); the footer
/// declares the type-defined column order so that readers trust the byte-array min and max.
///
/// A row group is written once it holds ``rowGroupRows`` rows or about ``rowGroupBytes`` bytes of values, so
/// memory stays bounded however many rows the table has.
///
/// ```swift
/// var w = ParquetWriter(columns: [.init("subject", .byteArray, .required, logical: .string)], sink: { file.append(contentsOf: $0) })
/// try w.append(bytes: Array("zone:erqi".utf8), column: 0)
/// try w.endRow()
/// try w.finish()
/// ```
public struct ParquetWriter {
  /// The columns, in order.
  public let columns: [ParquetSchema.Column]
  /// Written into the footer's `key_value_metadata`.
  public var keyValues: [(key: String, value: String)]
  /// The most rows in one row group.
  public var rowGroupRows: Int
  /// About the most bytes of values in one row group (a row group is closed at the first row past it).
  public var rowGroupBytes: Int
  /// Receives the file's bytes in order.
  let sink: ([UInt8]) throws(TimelineError) -> Void

  var buffers: [ParquetColumnBuffer]
  var rowGroups: [RowGroupMeta] = []
  /// Bytes handed to the sink so far.
  var offset: Int64 = 0
  var rowsInGroup = 0
  public private(set) var totalRows: Int64 = 0

  /// What the footer says of a written column chunk.
  struct ChunkMeta {
    var encodings: [ParquetSchema.Encoding]
    var valueCount: Int64
    var size: Int64
    var start: Int64
    var dataPageOffset: Int64
    var dictionaryPageOffset: Int64?
    var nulls: Int64
    var extremes: (min: [UInt8], max: [UInt8])?
  }

  struct RowGroupMeta {
    var chunks: [ChunkMeta]
    var rows: Int64
    var start: Int64
    var size: Int64
  }

  /// `created_by` in the footer.
  public static let createdBy = TimelineCLI.version

  /// Creates a writer; nothing is written until the first row group or ``finish()``.
  /// - Parameters:
  ///   - columns: the leaf columns of the table, in order (names unique).
  ///   - keyValues: key-value metadata for the footer.
  ///   - rowGroupRows: the most rows per row group (default 1,048,576).
  ///   - rowGroupBytes: about the most bytes of values per row group (default 64 MiB).
  ///   - sink: receives the bytes of the file, in order; its error ends the write.
  public init(
    columns: [ParquetSchema.Column], keyValues: [(key: String, value: String)] = [], rowGroupRows: Int = 1 << 20,
    rowGroupBytes: Int = 64 << 20, sink: @escaping ([UInt8]) throws(TimelineError) -> Void
  ) {
    self.columns = columns
    self.keyValues = keyValues
    self.rowGroupRows = max(1, rowGroupRows)
    self.rowGroupBytes = rowGroupBytes
    self.sink = sink
    self.buffers = columns.map(ParquetColumnBuffer.init)
  }

  /// Appends a null to an OPTIONAL column of the current row (a trap for a REQUIRED one).
  public mutating func appendNull(column: Int) { buffers[column].appendNull() }
  /// Appends an INT64 value to the current row.
  public mutating func append(int64 v: Int64, column: Int) { buffers[column].append(int64: v) }
  /// Appends an INT32 value to the current row.
  public mutating func append(int32 v: Int32, column: Int) { buffers[column].append(int32: v) }
  /// Appends a DOUBLE value to the current row.
  public mutating func append(double v: Double, column: Int) { buffers[column].append(double: v) }
  /// Appends a BYTE_ARRAY value (UTF-8 text for STRING columns) to the current row.
  public mutating func append<C: Collection>(bytes v: C, column: Int) where C.Element == UInt8 { buffers[column].append(bytes: v) }
  /// Appends a BYTE_ARRAY value from memory (no copy but into the column's buffer).
  public mutating func append(bytes v: UnsafeBufferPointer<UInt8>, column: Int) { buffers[column].append(bytes: v) }

  /// Ends the current row (every column must have had one value or null), writing the row group when it is full.
  /// - Throws: the sink's error.
  public mutating func endRow() throws(TimelineError) {
    rowsInGroup += 1
    #if TIMELINE_INTERNAL_CHECKS
      for b in buffers { precondition(b.rows == rowsInGroup, "column \(b.column.name) has \(b.rows) values in row \(rowsInGroup)") }
    #endif
    if rowsInGroup >= rowGroupRows || (rowsInGroup & 1023 == 0 && bufferedBytes >= rowGroupBytes) { try flushRowGroup() }
  }

  /// Bytes of values buffered for the current row group.
  var bufferedBytes: Int { buffers.reduce(0) { $0 + $1.bufferedBytes } }

  /// Hands bytes to the sink, after the leading magic if nothing was written yet.
  private mutating func emit(_ bytes: [UInt8]) throws(TimelineError) {
    try startIfNeeded()
    try sink(bytes)
    offset += Int64(bytes.count)
  }

  /// Writes the leading `PAR1` once.
  private mutating func startIfNeeded() throws(TimelineError) {
    guard offset == 0 else { return }
    try sink(ParquetWriter.magic)
    offset = 4
  }

  /// Writes the buffered rows as a row group (nothing when there are none).
  public mutating func flushRowGroup() throws(TimelineError) {
    guard rowsInGroup > 0 else { return }
    try startIfNeeded()
    let start = offset
    var chunks: [ChunkMeta] = []
    for c in buffers.indices {
      let (bytes, meta) = ParquetWriter.encodeChunk(buffers[c], at: offset)
      try emit(bytes)
      chunks.append(meta)
      buffers[c].reset()
    }
    rowGroups.append(RowGroupMeta(chunks: chunks, rows: Int64(rowsInGroup), start: start, size: offset - start))
    totalRows += Int64(rowsInGroup)
    rowsInGroup = 0
  }

  /// Writes the last row group and the footer. The writer must not be used after.
  /// - Throws: the sink's error.
  public mutating func finish() throws(TimelineError) {
    try flushRowGroup()
    let footer = fileMetaData()
    var tail = footer
    ParquetEncoding.appendLittleEndian(UInt32(footer.count), into: &tail)
    tail += ParquetWriter.magic
    try emit(tail)
  }

  /// `PAR1`, at both ends of every Parquet file.
  public static let magic: [UInt8] = Array("PAR1".utf8)
}
