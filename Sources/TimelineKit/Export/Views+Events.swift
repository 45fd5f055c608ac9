/// The events table: every event as its log holds it, one row per event, with the type-specific fields most
/// queries need pulled out of `data` (all of it is also in `data_json`). Nothing in a row depends on another log
/// (no retraction status, no end), so a log's rows never change once written.
extension Views {
  /// The events table's columns. Times are written as their text with its offset (typed by the Parquet export).
  public static let eventColumns: [String] = [
    "subject", "effective", "until", "recorded", "log", "seq", "id", "type", "scope", "level", "from_level", "district",
    "place", "rule", "rule_zh", "params_json", "value", "unit", "period_start", "label", "tested", "positives", "target",
    "replacement", "note", "source", "quote", "data_json", "prev",
  ]
  /// The numeric columns of ``eventColumns``.
  public static let eventNumeric: Set<String> = ["seq", "value", "tested", "positives"]

  /// One event as a row of ``eventColumns``.
  public static func eventRow(_ e: Event, log: String) -> [String] {
    [
      e.subject.raw, iso(e.effective), iso(e.until), iso(e.recorded), log, String(e.seq), e.id, e.type.rawValue,
      dataString(e, "scope"), dataString(e, "level"), dataString(e, "from_level"), dataString(e, "district"),
      dataString(e, "place"), dataString(e, "rule"), dataString(e, "rule_zh"), json(e.data["params"]),
      dataString(e, "value"), dataString(e, "unit"), dataString(e, "period_start"), dataString(e, "label"),
      dataString(e, "tested"), dataString(e, "positives"), dataString(e, "target"), dataString(e, "replacement"),
      dataString(e, "note"), e.source, e.quote, JSONWriter.string(.object(e.data)), e.prev.hex,
    ]
  }
}

extension RowSet {
  /// Writes the rows as a Parquet table through `sink` (columns typed by name, see ``ParquetTable``): the cells
  /// the CSV export writes, typed.
  /// - Returns: the number of rows.
  /// - Throws: ``TimelineError`` `.cellNotOfType`, or the sink's error.
  public func writeParquet(keyValues: [(key: String, value: String)] = [], sink: @escaping ([UInt8]) throws(TimelineError) -> Void)
    throws(TimelineError) -> Int
  {
    let fields = ParquetTable.fields(columns.map(\.name), numeric: Set(columns.filter(\.numeric).map(\.name)))
    var table = ParquetTable(fields: fields, keyValues: keyValues, sink: sink)
    for r in rows { try table.append(row: r) }
    try table.finish()
    return rows.count
  }
}
