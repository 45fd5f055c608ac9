import Testing
@testable import TimelineKit

/// Tests for `displayWidth(of:)` and the East Asian Width table behind it.
@Suite("displayWidth")
struct DisplayWidthTests {
  struct WidthCase: Sendable, CustomTestStringConvertible {
    let text: String
    let width: Int
    let note: String
    var testDescription: String { "\(note): \(text.debugDescription) is \(width)" }
  }

  static let cases: [WidthCase] = [
    WidthCase(text: "", width: 0, note: "empty"),
    WidthCase(text: "abc", width: 3, note: "ASCII"),
    WidthCase(text: "二七区", width: 6, note: "CJK ideographs"),
    // The brief listed 11 here; 封控区 is 3 × 2 columns, the space 1 and "sealed" 6, so 13.
    WidthCase(text: "封控区 sealed", width: 13, note: "CJK and ASCII"),
    WidthCase(text: "ｅ", width: 2, note: "fullwidth Latin U+FF45"),
    WidthCase(text: "e\u{301}", width: 1, note: "combining acute"),
    WidthCase(text: "\u{E9}", width: 1, note: "precomposed é"),
    WidthCase(text: "，", width: 2, note: "fullwidth comma U+FF0C"),
    WidthCase(text: "。、「」", width: 8, note: "CJK punctuation U+3000 block"),
    WidthCase(text: "\u{3000}", width: 2, note: "ideographic space"),
    WidthCase(text: "￥", width: 2, note: "fullwidth yen U+FFE5"),
    WidthCase(text: "ひらがなカタカナ", width: 16, note: "kana"),
    WidthCase(text: "ｶﾀｶﾅ", width: 4, note: "halfwidth katakana"),
    WidthCase(text: "한국어", width: 6, note: "Hangul syllables"),
    WidthCase(text: "\u{1100}\u{1161}\u{11A8}", width: 2, note: "conjoining jamo"),
    WidthCase(text: "\u{3400}\u{20000}\u{2A700}", width: 6, note: "CJK extensions A, B, C"),
    WidthCase(text: "\u{F900}", width: 2, note: "CJK compatibility ideograph"),
    WidthCase(text: "😀🤖", width: 4, note: "emoji presentation"),
    WidthCase(text: "👨‍👩‍👧", width: 2, note: "ZWJ family is one cluster"),
    WidthCase(text: "a\u{200B}b", width: 2, note: "zero width space"),
    WidthCase(text: "a\u{FE0F}", width: 1, note: "variation selector"),
    WidthCase(text: "\u{FEFF}x", width: 1, note: "BOM / ZWNBSP"),
    WidthCase(text: "a\tb\n\u{1B}\u{7F}\u{85}", width: 2, note: "controls"),
    WidthCase(text: "…°α", width: 3, note: "East Asian Ambiguous counts 1"),
    WidthCase(text: "\u{AD}", width: 1, note: "soft hyphen is visible"),
    WidthCase(text: "\u{20DD}", width: 0, note: "lone enclosing mark"),
  ]

  @Test("widths of sample strings", arguments: cases)
  func widths(_ testCase: WidthCase) {
    #expect(displayWidth(of: testCase.text) == testCase.width)
    #expect(displayWidth(of: testCase.text[...]) == testCase.width)
  }

  @Test("range table is sorted, non-overlapping and non-adjacent")
  func tableShape() {
    let ranges = DisplayWidth.wideRanges
    for range in ranges {
      #expect(range.lower <= range.upper)
    }
    for (previous, next) in zip(ranges, ranges.dropFirst()) {
      #expect(previous.upper + 1 < next.lower)
    }
  }

  @Test(
    "range boundaries",
    arguments: [
      (UInt32(0x10FF), 1), (0x1100, 2), (0x115F, 2), (0x1160, 0),
      (0x2FFF, 2), (0x3000, 2), (0x303E, 2), (0x4DBF, 2), (0x4E00, 2), (0x9FFF, 2),
      (0xAC00, 2), (0xD7A3, 2), (0xFF00, 1), (0xFF01, 2), (0xFF60, 2), (0xFF61, 1),
      (0xFFE0, 2), (0xFFE6, 2), (0xFFE7, 1), (0x1F300, 2), (0x1F321, 1), (0x1F64F, 2),
      (0x1F650, 1), (0x1F9FF, 2), (0x3FFFD, 2), (0x3FFFE, 1), (0x10FFFD, 1),
    ])
  func boundaries(_ value: UInt32, _ width: Int) throws {
    let scalar = try #require(Unicode.Scalar(value))
    #expect(DisplayWidth.width(of: scalar) == width, "U+\(String(value, radix: 16, uppercase: true))")
  }

  @Test("binary search agrees with a linear scan")
  func binarySearchMatchesLinear() {
    let ranges = DisplayWidth.wideRanges
    var value: UInt32 = 0
    while value < 0x40000 {
      let linear = ranges.contains { $0.lower <= value && value <= $0.upper }
      if DisplayWidth.isWide(value) != linear {
        Issue.record("mismatch at U+\(String(value, radix: 16))")
        return
      }
      value += 7
    }
  }
}
