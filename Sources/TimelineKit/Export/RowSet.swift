/// A projection as rows of named columns, ready to be written as a table for people, CSV or JSON.
///
/// Every view builds one ``RowSet`` with all its columns; each format then picks what it shows: CSV and JSON
/// carry every column (stable names, documented in the README), the table for people a readable subset.
public struct RowSet: Sendable {
  /// A column: its stable name, whether its cells are numbers, and how the table for people shows it.
  public struct Column: Sendable, Hashable {
    public var name: String
    public var numeric: Bool
    /// The title in the table for people, or `nil` when the table leaves this column out.
    public var tableTitle: String?
    /// The narrowest the column's text may be cut to (with an ellipsis) to fit a terminal, or `nil` when it is
    /// never cut (times, numbers, ids); the title is never cut.
    public var minWidth: Int?
    /// Whether a cut keeps the start and the end of the text (`metric:cases.co…ed@erqi`): for keys, whose last part
    /// tells rows apart.
    public var cutsMiddle: Bool
    /// How useful the column is in the table for people: 0 is kept longest; to fit a terminal, columns with the
    /// highest number are left out first (the rightmost of equals first).
    public var priority: Int

    public init(_ name: String, numeric: Bool = false, table: String? = nil, minWidth: Int? = nil, cutsMiddle: Bool = false, priority: Int = 5) {
      self.name = name
      self.numeric = numeric
      self.tableTitle = table
      self.minWidth = minWidth
      self.cutsMiddle = cutsMiddle
      self.priority = priority
    }
  }

  public var columns: [Column]
  /// Rows; an empty string is an empty cell.
  public var rows: [[String]] = []

  public init(columns: [Column]) { self.columns = columns }

  /// The same rows with only the named columns, in that order (names must exist).
  public func selecting(_ names: [String]) -> RowSet {
    let idx = names.map { n in columns.firstIndex { $0.name == n }! }
    var out = RowSet(columns: idx.map { columns[$0] })
    out.rows = rows.map { r in idx.map { r[$0] } }
    return out
  }

  public mutating func append(_ row: [String]) {
    precondition(row.count == columns.count, "row has \(row.count) cells for \(columns.count) columns")
    rows.append(row)
  }

  /// CSV per RFC 4180 with a header row; numeric columns are written as numbers, text is neutralised.
  /// - Parameter header: `false` for the second and later chunks of a streamed table (no header row, and no byte
  ///   order mark even when `options` asks for one: it belongs at the very start of the output only).
  public func renderCSV(options: CSVOptions, header: Bool = true) -> [UInt8] {
    var options = options
    if !header { options.byteOrderMark = false }
    var w = CSVWriter(options: options)
    if header { w.writeRow(columns.map(\.name)) }
    let numeric = columns.map(\.numeric)
    for r in rows {
      for k in r.indices { w.appendField(numeric[k] && !r[k].isEmpty ? .number(r[k]) : .text(r[k])) }
      w.endRow()
    }
    return w.bytes
  }

  /// JSON Lines: one object per row, each on its own line ending in `\n` (nothing at all for no rows); empty cells
  /// are `null`, numbers are numbers.
  public func renderJSON() -> [UInt8] {
    var out: [UInt8] = []
    for r in rows {
      out.append(UInt8(ascii: "{"))
      for (i, (c, v)) in zip(columns, r).enumerated() {
        if i > 0 { out.append(UInt8(ascii: ",")) }
        JSONWriter.writeString(c.name, into: &out)
        out.append(UInt8(ascii: ":"))
        if v.isEmpty {
          out.append(contentsOf: "null".utf8)
        } else if c.numeric, (try? JSONParser.parse(v))?.kind == .number {
          out.append(contentsOf: v.utf8)
        } else if c.name.hasSuffix("_json"), let parsed = try? JSONParser.parse(v) {
          JSONWriter.write(parsed, into: &out)
        } else {
          JSONWriter.writeString(v, into: &out)
        }
      }
      out.append(contentsOf: "}\n".utf8)
    }
    return out
  }
}
