/// How rows are shown to people: an aligned table, or one block per row.
public enum TableStyle: Sendable, Hashable {
  /// An aligned table fitted to `width` columns; `nil` shows every table column uncut (`--wide`, a pipe, a file).
  case table(width: Int?)
  /// One block per row, every non-empty column on its own line, folded to `width` when given.
  case records(width: Int?)

  /// The width it is fitted to, if any.
  public var width: Int? {
    switch self {
    case .table(let w), .records(let w): w
    }
  }
}

/// The table for people, fitted to a terminal.
extension RowSet {
  /// The width a cut text column keeps before less useful columns are left out to make room.
  static let readableWidth = 20

  /// The rows in `style`.
  public func render(_ style: TableStyle) -> String {
    switch style {
    case .table(let width): renderTable(width: width)
    case .records(let width): renderRecords(width: width)
    }
  }

  /// The aligned table for people: the columns that have a table title and at least one non-empty cell.
  ///
  /// With a `width`, no line is wider: the widest shrinking columns are cut with an ellipsis (never inside a wide
  /// character), and the least useful columns (highest ``Column/priority``) are left out first, named on a line
  /// above the table, until the others fit with their text at least ``readableWidth`` wide (or their
  /// ``Column/minWidth``, or their own width when it is less).
  /// - Complexity: O(rows × columns) plus O(columns × cut) to share out the cut.
  public func renderTable(width: Int? = nil) -> String {
    let shown = columns.indices.filter { c in columns[c].tableTitle != nil && rows.contains { !$0[c].isEmpty } }
    let titles = shown.map { columns[$0].tableTitle! }
    let cells = rows.map { r in shown.map { TextTable.normalised(TerminalText.neutralised(r[$0])) } }
    var natural = titles.map { DisplayWidth.width(of: $0) }
    for r in cells {
      for (i, c) in r.enumerated() { natural[i] = max(natural[i], DisplayWidth.width(of: c)) }
    }
    var kept = Array(shown.indices)
    var limits = natural
    var note = ""
    if let width {
      let floor = shown.indices.map { i in
        columns[shown[i]].minWidth.map { min(natural[i], max(DisplayWidth.width(of: titles[i]), $0)) } ?? natural[i]
      }
      // Columns are left out until the rest fit at a readable width (a cut text column keeps at least
      // ``readableWidth``), so that a useful column is not cut to a stub to make room for a less useful one.
      let readable = shown.indices.map { i in columns[shown[i]].minWidth == nil ? natural[i] : min(natural[i], max(floor[i], Self.readableWidth)) }
      func total(_ w: [Int]) -> Int { kept.reduce(0) { $0 + w[$1] } + TextTable.separator.count * max(kept.count - 1, 0) }
      while kept.count > 1, total(readable) > width {
        let drop = kept.max { (columns[shown[$0]].priority, $0) < (columns[shown[$1]].priority, $1) }!
        kept.removeAll { $0 == drop }
      }
      var excess = total(limits) - width
      while excess > 0, let widest = kept.filter({ limits[$0] > floor[$0] }).max(by: { (limits[$0], -$0) < (limits[$1], -$1) }) {
        limits[widest] -= 1
        excess -= 1
      }
      if excess > 0, kept.count == 1 { limits[kept[0]] = max(width, 1) }
      let leftOut = shown.indices.filter { !kept.contains($0) }.map { titles[$0] }
      if !leftOut.isEmpty {
        note = TextWrap.lines("left out: " + leftOut.joined(separator: ", ") + "; see them with --wide or --format records", width: width)
      }
    }
    var t = TextTable(
      columns: kept.map {
        TextTable.Column(
          title: titles[$0], alignment: columns[shown[$0]].numeric ? .right : .left, maxWidth: limits[$0] < natural[$0] ? limits[$0] : nil)
      })
    for r in cells {
      t.addRow(
        kept.map { i in
          columns[shown[i]].cutsMiddle && limits[i] < natural[i] ? Self.cutInTheMiddle(r[i], toWidth: limits[i]) : r[i]
        })
    }
    return note + t.render()
  }

  /// `text` cut to at most `limit` columns by replacing its middle with `…`, at grapheme boundaries (a wide
  /// character is kept or dropped whole); the end gets the larger half.
  static func cutInTheMiddle(_ text: String, toWidth limit: Int) -> String {
    guard DisplayWidth.width(of: text) > limit, limit >= 3 else { return text }
    let budget = limit - 1
    var headWidth = 0
    var head = text.startIndex
    for i in text.indices {
      let w = DisplayWidth.width(of: text[i])
      if headWidth + w > budget / 2 { break }
      headWidth += w
      head = text.index(after: i)
    }
    var tailWidth = 0
    var tail = text.endIndex
    while tail > head {
      let before = text.index(before: tail)
      let w = DisplayWidth.width(of: text[before])
      if headWidth + tailWidth + w > budget { break }
      tailWidth += w
      tail = before
    }
    return String(text[..<head]) + "…" + String(text[tail...])
  }

  /// One block per row: `name  value` for every non-empty cell (all columns, by their stable names), a blank line
  /// after each block; values folded to `width` under themselves when given.
  public func renderRecords(width: Int? = nil) -> String {
    let nameWidth = columns.map { DisplayWidth.width(of: $0.name) }.max() ?? 0
    let indent = String(repeating: " ", count: nameWidth + 2)
    let valueWidth = width.map { max($0 - nameWidth - 2, 10) }
    var out = ""
    for r in rows {
      for (c, v) in zip(columns, r) where !v.isEmpty {
        let value = TextTable.normalised(TerminalText.neutralised(v))
        let lines = TextWrap.lines(value, width: valueWidth).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        for (k, line) in lines.enumerated() { out += (k == 0 ? c.name.padding(nameWidth) + "  " : indent) + line + "\n" }
      }
      out += "\n"
    }
    return out
  }
}
