import Foundation
import Testing
@testable import TimelineKit

/// Tables fitted to a terminal: no line wider than it, no wide character split, the least useful columns left out
/// first and named, and nothing cut without a width.
@Suite("Table fit")
struct TableFitTests {
  static func sample() -> RowSet {
    var rs = RowSet(columns: [
      .init("subject", table: "subject", minWidth: 12, priority: 0),
      .init("label_zh", table: "名称", minWidth: 8, priority: 2),
      .init("state_en", table: "state", minWidth: 16, priority: 1),
      .init("effective", table: "since", priority: 3),
      .init("source", table: "briefing", minWidth: 12, priority: 8),
      .init("hidden"),
    ])
    rs.append([
      "measure:dining.dine-in", "堂食", "All dine-in service at restaurants is suspended city-wide", "2022-01-08 12:00",
      "2022-01-11_press-conference-29", "x",
    ])
    rs.append([
      "measure:entry-exit.departure-test-proof", "离开郑州市需提供48小时核酸检测阴性证明", "People leaving Zhengzhou need a negative test",
      "2022-01-08 00:00", "2022-01-08_press-conference-28", "y",
    ])
    return rs
  }

  static func maxWidth(_ s: String) -> Int { s.split(separator: "\n").map { displayWidth(of: $0) }.max() ?? 0 }

  @Test(arguments: [40, 50, 60, 80, 100, 120, 200])
  func noLineIsWiderThanTheTerminal(_ width: Int) {
    let text = Self.sample().renderTable(width: width)
    #expect(Self.maxWidth(text) <= width, "\(text)")
    // Every wide character is whole: cutting never leaves half of one (the replacement character would show it).
    #expect(!text.contains("\u{FFFD}"))
    #expect(text.contains("measure:di"))
  }

  @Test func theLeastUsefulColumnsAreLeftOutFirstAndNamed() {
    let text = Self.sample().renderTable(width: 60)
    // briefing (8) goes first, then since (3) and 名称 (2); subject and state (0, 1) stay, readable.
    #expect(text.hasPrefix("left out: 名称, since, briefing; see them with --wide or\n--format records\n"), "\(text)")
    #expect(text.contains("\nsubject "))
    #expect(!text.contains("2022-01-11_press"))
  }

  @Test func cutTextEndsInAnEllipsisAndKeepsWideCharactersWhole() {
    let text = Self.sample().renderTable(width: 90)
    #expect(text.contains("…"))
    for line in text.split(separator: "\n") where line.contains("离开") {
      let cells = line.split(separator: "  ", omittingEmptySubsequences: true).map { $0.trimmingCharacters(in: .whitespaces) }
      let label = cells.first { $0.hasPrefix("离开") }!
      #expect(label.hasSuffix("…"), "\(line)")
      #expect(label.dropLast().allSatisfy { displayWidth(of: String($0)) == 2 || $0.isNumber }, "\(line)")
    }
  }

  @Test func withoutAWidthNothingIsCutOrLeftOut() {
    let text = Self.sample().renderTable(width: nil)
    #expect(!text.contains("…"))
    #expect(!text.contains("left out"))
    #expect(text.contains("离开郑州市需提供48小时核酸检测阴性证明"))
    #expect(text.contains("2022-01-11_press-conference-29"))
    #expect(!text.contains("hidden"))
  }

  @Test func recordsShowEveryNonEmptyColumnFoldedToTheWidth() {
    let text = Self.sample().renderRecords(width: 40)
    #expect(Self.maxWidth(text) <= 40, "\(text)")
    #expect(text.hasPrefix("subject    measure:dining.dine-in\n"))
    #expect(text.contains("\nhidden     x\n"))
    #expect(text.contains("\n           "))  // a continuation line, under the values
    let unfolded = Self.sample().renderRecords(width: nil)
    #expect(unfolded.contains("state_en   All dine-in service at restaurants is suspended city-wide\n"))
  }

  @Test func wrappingBreaksAtSpacesAndSplitsOnlyOverlongWords() {
    #expect(TextWrap.lines("aaa bbb ccc", width: 7) == "aaa bbb\nccc\n")
    #expect(TextWrap.lines("二七区二七区", width: 5) == "二七\n区二\n七区\n")
    #expect(TextWrap.lines("one two", width: nil) == "one two\n")
    #expect(TextWrap.lines("aaa bbb ccc", width: 6, indent: "  ") == "aaa\n  bbb\n  ccc\n")
  }

  @Test func theWidthComesFromColumnsOrTheTerminalAndOnlyOnATerminal() {
    #expect(Terminal.outputWidth(isTerminal: false, columnsVariable: "100", measured: 80) == nil)
    #expect(Terminal.outputWidth(isTerminal: true, columnsVariable: "100", measured: 80) == 100)
    #expect(Terminal.outputWidth(isTerminal: true, columnsVariable: "x", measured: 132) == 132)
    #expect(Terminal.outputWidth(isTerminal: true, columnsVariable: nil, measured: nil) == 80)
  }
}

extension TableFitTests {
  @Test func keysAreCutInTheMiddleSoThatTheirEndsStillTellRowsApart() {
    #expect(RowSet.cutInTheMiddle("metric:cases.confirmed.cumulative@hangkonggang", toWidth: 24) == "metric:case…hangkonggang")
    #expect(RowSet.cutInTheMiddle("zone:erqi/二七区某某小区", toWidth: 12) == "zone:…某小区")
    #expect(RowSet.cutInTheMiddle("short", toWidth: 12) == "short")
    #expect(displayWidth(of: RowSet.cutInTheMiddle("区区区区区区区区", toWidth: 8)) <= 8)
  }
}
