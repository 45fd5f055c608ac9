import Testing
@testable import TimelineKit

/// Tests for `TextTable`: alignment by display width, truncation, normalisation and trimming.
@Suite("TextTable")
struct TextTableTests {
  /// The mixed Chinese/ASCII table shown in the `TextTable` documentation.
  static func districtTable() -> TextTable {
    var table = TextTable(columns: [
      .init(title: "区域"),
      .init(title: "人数", alignment: .right),
      .init(title: "note", maxWidth: 8),
    ])
    table.addRow(["二七区", "12", "sealed"])
    table.addRow(["金水区 north", "3", "封控区 sealed area"])
    return table
  }

  @Test("exact rendering of a mixed Chinese and ASCII table")
  func exactRendering() {
    let expected = """
      区域          人数  note
      ------------  ----  --------
      二七区          12  sealed
      金水区 north     3  封控区 …

      """
    #expect(Self.districtTable().render() == expected)
  }

  @Test("column starts line up in display columns")
  func columnsLineUp() {
    var table = TextTable(columns: [
      .init(title: "区"), .init(title: "n", alignment: .right), .init(title: "状态"), .init(title: "|"),
    ])
    table.addRow(["二七区", "1", "封控区 sealed", "|"])
    table.addRow(["a", "12345", "ｅ", "|"])
    table.addRow(["金水区金水区金水区", "", "", "|"])
    table.addRow(["e\u{301}x", "-3", "，，", "|"])
    let lines = table.render().split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.last == "")
    let content = lines.dropLast()
    #expect(content.count == 6)
    // Every line except the rule ends in "|", at the same display column.
    let markerColumns = content.enumerated().filter { $0.offset != 1 }.map { _, line in
      displayWidth(of: line.dropLast())
    }
    #expect(content.enumerated().allSatisfy { $0.offset == 1 || $0.element.last == "|" })
    #expect(Set(markerColumns).count == 1)
    // The rule is as wide as the whole table.
    #expect(displayWidth(of: content[1]) == markerColumns[0] + 1)
    // The right-aligned column ends at the same display column on every line.
    let ruleLine = String(content[1])
    #expect(ruleLine == "------------------  -----  -------------  -")
  }

  @Test("right-aligned columns pad on the left")
  func rightAlignment() {
    var table = TextTable(columns: [.init(title: "n", alignment: .right), .init(title: "名")])
    table.addRow(["7", "a"])
    table.addRow(["1234", "b"])
    table.addRow(["二七", "c"])
    #expect(table.render() == "   n  名\n----  --\n   7  a\n1234  b\n二七  c\n")
  }

  @Test("truncation never splits a wide character")
  func truncationAtWideCharacter() {
    var table = TextTable(columns: [.init(title: "x", maxWidth: 4), .init(title: "y")])
    table.addRow(["二七区", "1"])  // 6 columns: 二 fits in 3, 七 would reach 4 → "二…" (3), padded.
    table.addRow(["a二七", "2"])  // 5 columns: a二 is 3 → "a二…" (4).
    table.addRow(["abcd", "3"])  // exactly 4: kept.
    table.addRow(["abcde", "4"])  // 5 columns: "abc…".
    #expect(table.render() == "x     y\n----  -\n二…   1\na二…  2\nabcd  3\nabc…  4\n")
  }

  @Test("truncation keeps combining marks with their base and handles tiny limits")
  func truncationEdges() {
    #expect(TextTable.truncated("e\u{301}e\u{301}e\u{301}", toWidth: 3).text == "e\u{301}e\u{301}…")
    #expect(TextTable.truncated("二七区", toWidth: 1).text == "…")
    var table = TextTable(columns: [.init(title: "long title", maxWidth: 0)])
    table.addRow(["abc"])
    #expect(table.render() == "…\n-\n…\n")
  }

  @Test("newlines and tabs become single spaces")
  func normalisation() {
    var table = TextTable(columns: [.init(title: "a\tb"), .init(title: "c")])
    table.addRow(["x\ny", "1"])
    table.addRow(["p\r\nq", "2"])
    table.addRow(["r\u{1B}[31ms", "3"])
    #expect(table.render() == "a b      c\n-------  -\nx y      1\np q      2\nr [31ms  3\n")
  }

  @Test("no line has trailing whitespace")
  func noTrailingWhitespace() {
    var table = TextTable(columns: [
      .init(title: "a"), .init(title: "b"), .init(title: ""),
    ])
    table.addRow(["1", "", ""])
    table.addRow(["22", "x ", "\u{3000}"])
    table.addRow(["", "", ""])
    let rendered = table.render()
    #expect(rendered.hasSuffix("\n"))
    for line in rendered.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      #expect(line.last?.isWhitespace != true, "\(line.debugDescription)")
    }
    #expect(rendered == "a   b\n--  --  --\n1\n22  x\n\n")
  }

  @Test("short rows are padded, extra cells ignored, empty table renders nothing")
  func rowShapes() {
    var table = TextTable(columns: [.init(title: "a"), .init(title: "b")])
    table.addRow(["1"])
    table.addRow(["2", "3", "ignored"])
    #expect(table.rows == [["1", ""], ["2", "3"]])
    #expect(table.render() == "a  b\n-  -\n1\n2  3\n")
    #expect(TextTable(columns: []).render() == "")
  }
}
