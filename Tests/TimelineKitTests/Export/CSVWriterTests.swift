import Testing
@testable import TimelineKit

/// Tests for `CSVWriter`: RFC 4180 section 2 rules, formula neutralisation, options, and a
/// randomised round trip through an independent reader.
@Suite("CSVWriter")
struct CSVWriterTests {
  /// Writes `rows` as text cells with LF endings and returns the output as a string.
  static func csv(_ rows: [[String]], options: CSVOptions = CSVOptions()) -> String {
    var writer = CSVWriter(options: options)
    for row in rows { writer.writeRow(row) }
    return String(decoding: writer.bytes, as: UTF8.self)
  }

  // MARK: RFC 4180 section 2

  struct RFCCase: Sendable, CustomTestStringConvertible {
    let name: String
    let rows: [[String]]
    let expected: String
    var testDescription: String { name }
  }

  static let rfcCases: [RFCCase] = [
    RFCCase(
      name: "rule 1: records on separate lines ending in CRLF",
      rows: [["aaa", "bbb", "ccc"], ["zzz", "yyy", "xxx"]],
      expected: "aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n"),
    RFCCase(
      name: "rule 2: the last record also ends with a line break",
      rows: [["aaa", "bbb", "ccc"]],
      expected: "aaa,bbb,ccc\r\n"),
    RFCCase(
      name: "rule 3: header has the same format as records",
      rows: [["field_name", "field_name", "field_name"], ["aaa", "bbb", "ccc"]],
      expected: "field_name,field_name,field_name\r\naaa,bbb,ccc\r\n"),
    RFCCase(
      name: "rule 4: spaces are part of a field",
      rows: [[" aaa ", "b b", "ccc "]],
      expected: " aaa ,b b,ccc \r\n"),
    RFCCase(
      name: "rule 4: empty fields",
      rows: [["", "", ""], ["aaa", "", "ccc"]],
      expected: ",,\r\naaa,,ccc\r\n"),
    RFCCase(
      name: "rule 5: plain fields are not quoted",
      rows: [["aaa", "bbb", "ccc"]],
      expected: "aaa,bbb,ccc\r\n"),
    RFCCase(
      name: "rule 6: embedded CRLF is quoted",
      rows: [["aaa", "b\r\nbb", "ccc"], ["zzz", "yyy", "xxx"]],
      expected: "aaa,\"b\r\nbb\",ccc\r\nzzz,yyy,xxx\r\n"),
    RFCCase(
      name: "rule 6: embedded comma and LF are quoted",
      rows: [["a,a", "b\nb", "c\rc"]],
      expected: "\"a,a\",\"b\nb\",\"c\rc\"\r\n"),
    RFCCase(
      name: "rule 7: inner double quotes are doubled",
      rows: [["aaa", "b\"bb", "ccc"]],
      expected: "aaa,\"b\"\"bb\",ccc\r\n"),
    RFCCase(
      name: "rule 7: a field that is only a quote",
      rows: [["\"", "\"\""]],
      expected: "\"\"\"\",\"\"\"\"\"\"\r\n"),
  ]

  @Test("RFC 4180 section 2", arguments: rfcCases)
  func rfc4180(_ testCase: RFCCase) {
    #expect(Self.csv(testCase.rows, options: CSVOptions(lineEnding: .crlf)) == testCase.expected)
  }

  // MARK: Formula neutralisation

  struct EscapeCase: Sendable, CustomTestStringConvertible {
    let input: String
    let expected: String
    var testDescription: String {
      "\(input.debugDescription) → \(expected.debugDescription)"
    }
  }

  static let neutralisationCases: [EscapeCase] = [
    EscapeCase(input: "=1+1", expected: "'=1+1"),
    EscapeCase(input: "+1", expected: "'+1"),
    EscapeCase(input: "-5", expected: "'-5"),
    EscapeCase(input: "@SUM(A1)", expected: "'@SUM(A1)"),
    EscapeCase(input: "\tx", expected: "'\tx"),
    EscapeCase(input: "\rx", expected: "\"'\rx\""),
    EscapeCase(input: "=HYPERLINK(\"http://x\",\"y\")", expected: "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""),
    EscapeCase(input: "=A1,B1", expected: "\"'=A1,B1\""),
    EscapeCase(input: "a=1", expected: "a=1"),
    EscapeCase(input: " =1", expected: " =1"),
    EscapeCase(input: "'=1", expected: "'=1"),
    EscapeCase(input: "", expected: ""),
    EscapeCase(input: "二七区", expected: "二七区"),
  ]

  @Test("text cells starting with = + - @ TAB CR get an apostrophe", arguments: neutralisationCases)
  func neutralisation(_ testCase: EscapeCase) {
    #expect(CSVWriter.escape(testCase.input, neutraliseFormulas: true) == testCase.expected)
    #expect(Self.csv([[testCase.input, "x"]]) == testCase.expected + ",x\n")
  }

  @Test("neutralisation can be switched off")
  func neutralisationOff() {
    #expect(CSVWriter.escape("=1+1", neutraliseFormulas: false) == "=1+1")
    #expect(CSVWriter.escape("-5", neutraliseFormulas: false) == "-5")
    #expect(CSVWriter.escape("\r=", neutraliseFormulas: false) == "\"\r=\"")
    let options = CSVOptions(neutraliseFormulas: false)
    #expect(Self.csv([["=1+1", "@x", "-5"]], options: options) == "=1+1,@x,-5\n")
  }

  @Test("number cells stay numeric", arguments: ["-5", "+3", "42", "-0.25", "1.", ".5", "-.5", "6.02e23", "-1.5E-3", "0"])
  func numbersStayNumeric(_ literal: String) {
    var writer = CSVWriter()
    writer.writeRow([.text(literal), .number(literal)])
    let expectedText = literal.first.map { "=+-@".contains($0) } == true ? "'" + literal : literal
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "\(expectedText),\(literal)\n")
  }

  @Test(
    "number cells that are not numeric literals are treated as text",
    arguments: ["-1+cmd|' /C calc'!A0", "=1", "-", "+", ".", "-e5", "1e", "1,000", "-inf", " 5", "5 ", "٣"])
  func nonNumbersAreText(_ literal: String) {
    var writer = CSVWriter()
    writer.writeRow([.number(literal), .text("x")])
    let expected = CSVWriter.escape(literal, neutraliseFormulas: true) + ",x\n"
    #expect(String(decoding: writer.bytes, as: UTF8.self) == expected)
  }

  @Test("integer convenience writes the decimal value")
  func integerField() {
    var writer = CSVWriter()
    writer.writeRow([.integer(-5), .integer(UInt8(200)), .integer(Int64.min)])
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "-5,200,-9223372036854775808\n")
  }

  // MARK: Options and layout

  @Test("LF and CRLF line endings", arguments: [CSVOptions.LineEnding.lf, .crlf])
  func lineEndings(_ ending: CSVOptions.LineEnding) {
    let end = ending == .lf ? "\n" : "\r\n"
    let output = Self.csv([["h1", "h2"], ["a", "b\nc"]], options: CSVOptions(lineEnding: ending))
    #expect(output == "h1,h2\(end)a,\"b\nc\"\(end)")
  }

  @Test("BOM is written once at the very start")
  func byteOrderMark() {
    var writer = CSVWriter(options: CSVOptions(byteOrderMark: true))
    #expect(writer.bytes == [0xEF, 0xBB, 0xBF])
    writer.writeRow(["a"])
    writer.writeRow(["b"])
    #expect(writer.bytes == [0xEF, 0xBB, 0xBF, 0x61, 0x0A, 0x62, 0x0A])
    #expect(writer.recordCount == 2)

    var plain = CSVWriter()
    plain.writeRow(["a"])
    #expect(plain.bytes == [0x61, 0x0A])
  }

  @Test("takeBytes drains the buffer without repeating the BOM")
  func takeBytes() {
    var writer = CSVWriter(options: CSVOptions(byteOrderMark: true))
    writer.writeRow(["a"])
    #expect(writer.takeBytes() == [0xEF, 0xBB, 0xBF, 0x61, 0x0A])
    #expect(writer.bytes.isEmpty)
    writer.writeRow(["b"])
    #expect(writer.takeBytes() == [0x62, 0x0A])
  }

  @Test("a record with one empty field or no field is written as \"\"")
  func emptyRecords() {
    #expect(Self.csv([[""], [], ["a"]]) == "\"\"\n\"\"\na\n")
    var writer = CSVWriter()
    writer.writeRow([CSVField]())
    writer.writeRow([.text("")])
    writer.writeRow([.text(""), .text("")])
    #expect(String(decoding: writer.bytes, as: UTF8.self) == "\"\"\n\"\"\n,\n")
  }

  @Test("Chinese text is written as UTF-8 and reads back unchanged")
  func chineseRoundTrip() throws {
    let rows = [["区域", "状态", "人数"], ["二七区", "封控区 sealed", "-12"], ["金水区", "\"管控\",区", "3"]]
    var writer = CSVWriter(options: CSVOptions(lineEnding: .crlf, byteOrderMark: true))
    for row in rows { writer.writeRow(row) }
    let expected = "\u{FEFF}区域,状态,人数\r\n二七区,封控区 sealed,'-12\r\n金水区,\"\"\"管控\"\",区\",3\r\n"
    #expect(writer.bytes == Array(expected.utf8))
    #expect(Array("二".utf8) == [0xE4, 0xBA, 0x8C])
    let parsed = try #require(RFC4180Reader.parse(writer.bytes, lineEnding: .crlf, byteOrderMark: true))
    #expect(parsed == [rows[0], ["二七区", "封控区 sealed", "'-12"], rows[2]])
  }

  // MARK: Oracle

  @Test(
    "random rows survive a round trip through an independent RFC 4180 reader",
    arguments: [
      CSVOptions(),
      CSVOptions(lineEnding: .crlf),
      CSVOptions(byteOrderMark: true),
      CSVOptions(lineEnding: .crlf, byteOrderMark: true, neutraliseFormulas: false),
    ])
  func oracle(_ options: CSVOptions) throws {
    var random = SplitMix64(seed: options.lineEnding == .lf ? 0x5EED : 0xC0FFEE)
    let pieces = [
      "a", "Z", "9", " ", ",", "\"", "\n", "\r", "\r\n", "=", "+", "-", "@", "\t", "'",
      "二", "七", "区", "封控", "😀", "é", "e\u{301}", "sealed", "1+1",
    ]
    for _ in 0..<30 {
      var writer = CSVWriter(options: options)
      var expected: [[String]] = []
      for _ in 0..<Int(random.next() % 8 + 1) {
        let fieldCount = Int(random.next() % 6 + 1)
        var fields: [CSVField] = []
        var expectedRow: [String] = []
        for _ in 0..<fieldCount {
          if random.next() % 4 == 0 {
            let number = "\(Int(random.next() % 2001) - 1000)"
            fields.append(.number(number))
            expectedRow.append(number)
          } else {
            var text = ""
            for _ in 0..<Int(random.next() % 7) {
              text += pieces[Int(random.next() % UInt64(pieces.count))]
            }
            fields.append(.text(text))
            let trigger = text.unicodeScalars.first.map { "=+-@\t\r".unicodeScalars.contains($0) } ?? false
            expectedRow.append(options.neutraliseFormulas && trigger ? "'" + text : text)
          }
        }
        writer.writeRow(fields)
        expected.append(expectedRow)
      }
      let parsed = try #require(
        RFC4180Reader.parse(writer.bytes, lineEnding: options.lineEnding, byteOrderMark: options.byteOrderMark))
      #expect(parsed == expected)
      #expect(writer.recordCount == expected.count)
    }
  }
}

/// A strict, independent RFC 4180 reader used as a test oracle.
///
/// It rejects (returns `nil`) anything the writer should never produce: a bare CR or LF outside
/// quotes that is not the expected record terminator, a quote inside an unquoted field, text after
/// a closing quote, an unterminated quoted field, a missing final terminator, or a missing BOM.
private enum RFC4180Reader {
  static func parse(_ bytes: [UInt8], lineEnding: CSVOptions.LineEnding, byteOrderMark: Bool) -> [[String]]? {
    var input = bytes[...]
    if byteOrderMark {
      guard input.starts(with: [0xEF, 0xBB, 0xBF]) else { return nil }
      input = input.dropFirst(3)
    }
    return readStrictCSV(Array(input), crlf: lineEnding == .crlf)
  }
}

/// A small deterministic pseudo-random generator so the oracle test is reproducible.
private struct SplitMix64 {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
