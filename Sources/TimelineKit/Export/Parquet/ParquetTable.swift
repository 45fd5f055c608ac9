/// An export table's columns typed for Parquet, and the writer that turns each row's text cells (the cells the
/// CSV export writes, before CSV escaping) into typed values: the Parquet rows equal the CSV rows by construction.
///
/// Types follow the column's name, the same in every table (see ``kind(of:numeric:)``): times become an INT64
/// `TIMESTAMP(MICROS, UTC)` column of the same name plus `NAME_text`, the text as written with its offset;
/// `date` is a `DATE`; `seq` is INT64; other numeric columns (values, ages, and the people tested and positives
/// of a testing round, which briefings give in units of ten thousand: 1176.4887) are DOUBLE; everything
/// else, JSON (`*_json`) included, is a UTF-8 `STRING`. An empty cell is a null.
public struct ParquetTable {
  /// How one export column is stored.
  public enum Kind: Sendable, Hashable {
    case string, timestamp, date, int64, double
  }

  /// One export column: its name, how it is stored, and whether it may be null.
  public struct Field: Sendable, Hashable {
    public var name: String
    public var kind: Kind
    public var required: Bool
  }

  /// Columns holding a time with its offset.
  public static let timeColumns: Set<String> = [
    "at", "known_at", "effective", "until", "recorded", "last_stated", "end_at", "period_start", "as_of",
  ]
  /// Columns holding a whole number.
  public static let integerColumns: Set<String> = ["seq"]

  /// How a column of this name is stored; `numeric` says the CSV writes it as a number.
  public static func kind(of name: String, numeric: Bool) -> Kind {
    if timeColumns.contains(name) { return .timestamp }
    if name == "date" { return .date }
    if integerColumns.contains(name) { return .int64 }
    return numeric ? .double : .string
  }

  /// Names that are never empty in any export (so their Parquet columns are REQUIRED).
  public static let requiredColumns: Set<String> = ["subject", "seq", "log", "id", "type", "date", "time", "status", "at"]

  public let fields: [Field]
  /// Each field's first Parquet column (a time has two: the instant and its text).
  let firstColumn: [Int]
  var writer: ParquetWriter

  /// The Parquet columns of `fields`, in order.
  public static func columns(_ fields: [Field]) -> [ParquetSchema.Column] {
    fields.flatMap { f -> [ParquetSchema.Column] in
      let rep: ParquetSchema.Repetition = f.required ? .required : .optional
      switch f.kind {
      case .string: return [.init(f.name, .byteArray, rep, logical: .string)]
      case .timestamp:
        return [.init(f.name, .int64, rep, logical: .timestampMicrosUTC), .init(f.name + "_text", .byteArray, rep, logical: .string)]
      case .date: return [.init(f.name, .int32, rep, logical: .date)]
      case .int64: return [.init(f.name, .int64, rep)]
      case .double: return [.init(f.name, .double, rep)]
      }
    }
  }

  /// The fields of an export's columns: `numeric` are those the CSV writes as numbers; `required` those never
  /// empty in this table (beside ``requiredColumns``, never empty in any).
  public static func fields(_ names: [String], numeric: Set<String>, required: Set<String> = []) -> [Field] {
    names.map {
      Field(name: $0, kind: kind(of: $0, numeric: numeric.contains($0)), required: requiredColumns.contains($0) || required.contains($0))
    }
  }

  /// A table writing to `sink` (see ``ParquetWriter/init(columns:keyValues:rowGroupRows:rowGroupBytes:sink:)``).
  public init(
    fields: [Field], keyValues: [(key: String, value: String)] = [], rowGroupRows: Int = 1 << 20,
    sink: @escaping ([UInt8]) throws(TimelineError) -> Void
  ) {
    self.fields = fields
    var first: [Int] = []
    var n = 0
    for f in fields {
      first.append(n)
      n += f.kind == .timestamp ? 2 : 1
    }
    self.firstColumn = first
    self.writer = ParquetWriter(columns: ParquetTable.columns(fields), keyValues: keyValues, rowGroupRows: rowGroupRows, sink: sink)
  }

  /// Appends field `index`'s cell of the current row: UTF-8 text as the CSV export has it, empty for none.
  /// - Throws: ``TimelineError`` `.cellNotOfType` when the text is not of the field's type, or is empty in a
  ///   required field.
  public mutating func append(cell: UnsafeBufferPointer<UInt8>, field index: Int) throws(TimelineError) {
    let f = fields[index]
    let c = firstColumn[index]
    if cell.isEmpty {
      guard !f.required else { throw mismatch(f, cell) }
      writer.appendNull(column: c)
      if f.kind == .timestamp { writer.appendNull(column: c + 1) }
      return
    }
    switch f.kind {
    case .string: writer.append(bytes: cell, column: c)
    case .timestamp:
      guard let t = try? Timestamp.parse(bytes: cell, requireOffset: true) else { throw mismatch(f, cell) }
      writer.append(int64: t.epochSeconds * 1_000_000, column: c)
      writer.append(bytes: cell, column: c + 1)
    case .date:
      guard let days = ParquetTable.days(cell) else { throw mismatch(f, cell) }
      writer.append(int32: days, column: c)
    case .int64:
      guard let v = Int64(String(decoding: cell, as: UTF8.self)) else { throw mismatch(f, cell) }
      writer.append(int64: v, column: c)
    case .double:
      guard let v = Double(String(decoding: cell, as: UTF8.self)), v.isFinite else { throw mismatch(f, cell) }
      writer.append(double: v, column: c)
    }
  }

  /// The days since 1970-01-01 of a date `YYYY-MM-DD`, or `nil`.
  static func days(_ b: UnsafeBufferPointer<UInt8>) -> Int32? {
    guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-") else { return nil }
    func number(_ r: Range<Int>) -> Int? {
      var v = 0
      for i in r {
        guard b[i] >= 0x30 && b[i] <= 0x39 else { return nil }
        v = v * 10 + Int(b[i] - 0x30)
      }
      return v
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10), (1...12).contains(m),
      (1...Timestamp.daysIn(month: m, year: y)).contains(d)
    else { return nil }
    return Int32(Timestamp.daysFromCivil(year: y, month: m, day: d))
  }

  /// Appends a cell given as text.
  public mutating func append(cell: String, field index: Int) throws(TimelineError) {
    var s = cell
    // `withUTF8` rethrows untyped errors: carry the typed one out by hand.
    var failure: TimelineError?
    s.withUTF8 { b in
      do throws(TimelineError) { try append(cell: b, field: index) } catch { failure = error }
    }
    if let failure { throw failure }
  }

  /// Appends a whole row of text cells, one per field, and ends it.
  public mutating func append(row: [String]) throws(TimelineError) {
    for (i, cell) in row.enumerated() { try append(cell: cell, field: i) }
    try endRow()
  }

  /// Ends the current row.
  public mutating func endRow() throws(TimelineError) { try writer.endRow() }

  /// Writes the last row group and the footer.
  public mutating func finish() throws(TimelineError) { try writer.finish() }

  /// The rows written so far.
  public var rows: Int64 { writer.totalRows + Int64(writer.rowsInGroup) }

  private func mismatch(_ f: Field, _ cell: UnsafeBufferPointer<UInt8>) -> TimelineError {
    let type: String
    switch f.kind {
    case .string: type = "STRING"
    case .timestamp: type = "TIMESTAMP(MICROS, UTC)"
    case .date: type = "DATE"
    case .int64: type = "INT64"
    case .double: type = "DOUBLE"
    }
    return TimelineError(
      .cellNotOfType(column: f.name, value: cell.isEmpty ? "" : String(decoding: cell, as: UTF8.self), type: f.required ? type + " (required)" : type)
    )
  }
}
