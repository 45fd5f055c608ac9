/// An aligned plain-text table for terminals, where wide (East Asian) characters take two columns.
///
/// `render()` produces the header row, a rule line of `-` as wide as each column, then the rows in
/// the order they were added. Columns are separated by two spaces and padded with spaces according
/// to `displayWidth(of:)`, so columns line up even when cells mix Chinese and ASCII text:
///
/// ```
/// 区域          人数  note
/// ------------  ----  --------
/// 二七区          12  sealed
/// 金水区 north     3  封控区 …
/// ```
///
/// Cell text is normalised before measuring: every control character, newline (including CRLF,
/// U+2028 and U+2029) and tab becomes a single space. No line has trailing whitespace, and every
/// line, the last included, ends with `"\n"`.
public struct TextTable: Sendable {
  /// How the cells of a column are placed within its width.
  public enum Alignment: Sendable, Hashable {
    /// Text starts at the column's left edge; padding goes on the right.
    case left
    /// Text ends at the column's right edge; padding goes on the left (for numbers).
    case right
  }

  /// The description of one column: its title, alignment and optional width limit.
  public struct Column: Sendable, Hashable {
    /// The header text, subject to the same alignment and `maxWidth` as the cells.
    public var title: String
    /// Where cells sit within the column. Defaults to `.left`.
    public var alignment: Alignment
    /// The largest display width a cell (or the title) may take; `nil` means unlimited. Defaults to `nil`.
    ///
    /// A longer cell is cut at a grapheme boundary to at most `maxWidth - 1` columns and followed by
    /// `…`. A wide character that would overflow is dropped whole, so the result may be one column
    /// narrower and is padded. Values below 1 are treated as 1 (the cell shows only `…`).
    public var maxWidth: Int?

    /// Creates a column description.
    ///
    /// - Parameters:
    ///   - title: The header text.
    ///   - alignment: Placement of the cells. Defaults to `.left`.
    ///   - maxWidth: The display width limit for cells, or `nil` for none. Defaults to `nil`.
    public init(title: String, alignment: Alignment = .left, maxWidth: Int? = nil) {
      self.title = title
      self.alignment = alignment
      self.maxWidth = maxWidth
    }
  }

  /// The columns, in display order.
  public let columns: [Column]
  /// The rows added so far, each exactly `columns.count` cells long, as passed (not yet normalised).
  public private(set) var rows: [[String]]

  /// Creates an empty table with the given columns.
  ///
  /// - Parameter columns: The columns in display order; with no columns `render()` returns `""`.
  public init(columns: [Column]) {
    self.columns = columns
    self.rows = []
  }

  /// Appends a row of cells.
  ///
  /// Missing trailing cells are treated as empty; cells beyond `columns.count` are ignored.
  ///
  /// - Parameter cells: The cell texts in column order.
  public mutating func addRow(_ cells: [String]) {
    var row = Array(cells.prefix(columns.count))
    while row.count < columns.count {
      row.append("")
    }
    rows.append(row)
  }

  /// Renders the header, the rule line and all rows as aligned text.
  ///
  /// - Returns: One line per header, rule and row, each ending in `"\n"` and without trailing
  ///   whitespace; `""` when the table has no columns.
  /// - Complexity: O(n), where n is the total length of all cells and titles.
  public func render() -> String {
    guard !columns.isEmpty else { return "" }
    let header = columns.map { prepare($0.title, for: $0) }
    let body = rows.map { row in
      zip(row, columns).map { cell, column in prepare(cell, for: column) }
    }
    var widths = header.map(\.width)
    for row in body {
      for (index, cell) in row.enumerated() where cell.width > widths[index] {
        widths[index] = cell.width
      }
    }

    var output = ""
    appendLine(header, widths: widths, to: &output)
    var rule = ""
    for (index, width) in widths.enumerated() {
      if index > 0 { rule += TextTable.separator }
      rule += String(repeating: "-", count: width)
    }
    TextTable.appendTrimmed(rule, to: &output)
    for row in body {
      appendLine(row, widths: widths, to: &output)
    }
    return output
  }

  // MARK: - Internals

  static let separator = "  "

  /// A cell after normalisation and truncation, with its display width.
  struct PreparedCell {
    var text: String
    var width: Int
  }

  /// Normalises and truncates `text` for `column`.
  func prepare(_ text: String, for column: Column) -> PreparedCell {
    let normalised = TextTable.normalised(text)
    let width = DisplayWidth.width(of: normalised)
    guard let limit = column.maxWidth, width > max(limit, 1) else {
      return PreparedCell(text: normalised, width: width)
    }
    return TextTable.truncated(normalised, toWidth: max(limit, 1))
  }

  /// Pads each cell to its column width and appends the joined, right-trimmed line.
  func appendLine(_ cells: [PreparedCell], widths: [Int], to output: inout String) {
    var line = ""
    for (index, cell) in cells.enumerated() {
      if index > 0 { line += TextTable.separator }
      let padding = String(repeating: " ", count: widths[index] - cell.width)
      switch columns[index].alignment {
      case .left:
        line += cell.text
        line += padding
      case .right:
        line += padding
        line += cell.text
      }
    }
    TextTable.appendTrimmed(line, to: &output)
  }

  /// Appends `line` without its trailing whitespace, then `"\n"`.
  static func appendTrimmed(_ line: String, to output: inout String) {
    var end = line.endIndex
    while end > line.startIndex {
      let previous = line.index(before: end)
      guard line[previous].isWhitespace else { break }
      end = previous
    }
    output += line[..<end]
    output += "\n"
  }

  /// Replaces every control character, newline and tab in `text` by a single space.
  static func normalised(_ text: String) -> String {
    func isBreaking(_ value: UInt32) -> Bool {
      value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }
    guard text.unicodeScalars.contains(where: { isBreaking($0.value) }) else {
      return text
    }
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for character in text {
      if character.unicodeScalars.contains(where: { isBreaking($0.value) }) {
        result.append(" ")
      } else {
        result.append(character)
      }
    }
    return result
  }

  /// Cuts `text` to at most `limit - 1` columns at a grapheme boundary and appends `…`.
  static func truncated(_ text: String, toWidth limit: Int) -> PreparedCell {
    let budget = limit - 1
    var used = 0
    var end = text.startIndex
    for index in text.indices {
      let width = DisplayWidth.width(of: text[index])
      if used + width > budget { break }
      used += width
      end = text.index(after: index)
    }
    return PreparedCell(text: String(text[..<end]) + "…", width: used + 1)
  }
}
