import Foundation
import Testing

@testable import TimelineKit

/// Hostile text in drafts: each input either round-trips exactly (append → log → read, and through the CSV of
/// `timeline export changes`, the JSON of `timeline changes --format json` and the HTML of `timeline render`, each
/// parsed back strictly) or is refused with a clear message. Nothing crashes, and nothing breaks out of its cell,
/// string or element: a quote starting with `=` gets a leading `'` in CSV, and `</script>` stays text in HTML.
@Suite(.serialized) struct HardeningHostileContentTests {
  enum Expect: Sendable {
    /// Appended; the event's quote and data.note read back equal to these.
    case roundTrips
    /// Refused; the one diagnostic's text after `drafts.jsonl:LINE[:COL]: ` is exactly this.
    case refused(String)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var quote: String = "全市餐饮场所暂停堂食"
    var note: String? = nil
    var subject: String = "measure:dining.dine-in"
    /// Raw bytes spliced into the JSON text of the quote, after the escaped `quote` (for what JSON cannot carry).
    var rawInQuote: [UInt8] = []
    var expect: Expect
    var testDescription: String { name }
  }

  /// Everything a hostile quote needs to be verbatim in the source text.
  static let hostileQuotes = [
    #"他说"暂停"堂食"#, #"C:\dir\n\堂食"#, "a\u{1}b\u{7}c\u{1B}[31m\u{7F}", "\u{202E}gnp.exe\u{202C}堂食",
    "\u{FEFF}标题\u{FEFF}", "=1+1", "+SUM(A1:A9)", "@cmd", "-2+3", "</script><script>alert(1)</script>",
    "<!--", "a,b;\"c\"\n", "🦠𝒳\u{0301}",
  ]

  static let cases: [Case] = [
    Case(name: "quotation marks", quote: hostileQuotes[0], expect: .roundTrips),
    Case(name: "backslashes", quote: hostileQuotes[1], expect: .roundTrips),
    Case(name: "control characters (escaped in JSON)", quote: hostileQuotes[2], expect: .roundTrips),
    Case(name: "right-to-left override U+202E", quote: hostileQuotes[3], expect: .roundTrips),
    Case(name: "BOM inside the text", quote: hostileQuotes[4], expect: .roundTrips),
    Case(name: "spreadsheet formula =1+1", quote: hostileQuotes[5], expect: .roundTrips),
    Case(name: "formula +SUM", quote: hostileQuotes[6], expect: .roundTrips),
    Case(name: "formula @cmd", quote: hostileQuotes[7], expect: .roundTrips),
    Case(name: "formula -2+3", quote: hostileQuotes[8], expect: .roundTrips),
    Case(name: "</script> in a quote", quote: hostileQuotes[9], expect: .roundTrips),
    Case(name: "HTML comment opener", quote: hostileQuotes[10], expect: .roundTrips),
    Case(name: "CSV separators and a newline", quote: hostileQuotes[11], expect: .roundTrips),
    Case(name: "astral and combining characters", quote: hostileQuotes[12], expect: .roundTrips),
    Case(name: "escaped NUL \\u0000 in data", note: "a\u{0}b", expect: .roundTrips),
    Case(name: "10 MB note", note: String(repeating: "长", count: 10 << 20 / 3), expect: .roundTrips),
    Case(
      name: "raw NUL byte", rawInQuote: [0x00],
      expect: .refused(#"invalid JSON: expected control characters escaped (\n, \t, \u0000 ...)"#)),
    Case(name: "invalid UTF-8 (0xFF)", rawInQuote: [0xFF], expect: .refused("invalid JSON: expected valid UTF-8")),
    Case(name: "overlong UTF-8 (C0 AF)", rawInQuote: [0xC0, 0xAF], expect: .refused("invalid JSON: expected valid UTF-8")),
    Case(name: "truncated UTF-8 (E5 A0)", rawInQuote: [0xE5, 0xA0], expect: .refused("invalid JSON: expected valid UTF-8")),
    Case(
      name: "lone surrogate escape", rawInQuote: Array(#"\ud800"#.utf8),
      expect: .refused(#"invalid JSON: expected a \uDC00-\uDFFF low surrogate after a high surrogate"#)),
    Case(
      name: "raw line break inside the JSON string", rawInQuote: [0x0A],
      expect: .refused("invalid JSON: expected more input (the line ends in the middle of a value)")),
    Case(
      name: "quotation mark in the subject", subject: #"measure:dining.dine-in"x"#,
      expect: .refused(#"invalid subject "measure:dining.dine-in\"x": use only ASCII letters, digits and - . in keys"#)),
    Case(
      name: "right-to-left override in the subject", subject: "measure:dining.\u{202E}dine-in",
      expect: .refused("invalid subject \"measure:dining.\u{202E}dine-in\": use only ASCII letters, digits and - . in keys")),
    Case(
      name: "control character in the subject", subject: "measure:dining.dine-in\u{1}",
      expect: .refused(#"invalid subject "measure:dining.dine-in\u{1}": use only ASCII letters, digits and - . in keys"#)),
  ]

  /// A fixture whose source text also holds every hostile quote.
  static func fixture() throws -> Fixture {
    let f = try Fixture()
    let text = Fixture.sourceText + hostileQuotes.joined(separator: "\n") + "\n"
    try Data(text.utf8).write(to: URL(fileURLWithPath: f.path("sources/b1.txt")))
    try f.append([Fixture.briefing()])
    return f
  }

  /// The draft line's bytes for a case.
  static func draftLine(_ c: Case, id: String) -> [UInt8] {
    func str(_ s: String) -> [UInt8] {
      var o: [UInt8] = []
      JSONWriter.writeString(s, into: &o)
      return o
    }
    var quote = str(c.quote)
    quote.insert(contentsOf: c.rawInQuote, at: quote.count - 1)
    var data: [UInt8] = Array(#"{"rule":"r","scope":"city""#.utf8)
    if let note = c.note {
      data += Array(#","note":"#.utf8)
      data += str(note)
    }
    data += Array("}".utf8)
    var line: [UInt8] = Array(#"{"id":""#.utf8)
    line += Array(id.utf8)
    line += Array(#"","type":"measure.imposed","subject":"#.utf8)
    line += str(c.subject)
    line += Array(#","effective":"2022-01-08T12:00+08:00","recorded":"2022-01-11T00:00+08:00","source":"b1","quote":"#.utf8)
    line += quote
    line += Array(#","data":"#.utf8)
    line += data
    line += Array("}".utf8)
    return line
  }

  @Test(arguments: cases)
  func hostileInputRoundTripsOrIsRefusedWithAClearMessage(_ c: Case) throws {
    let f = try Self.fixture()
    defer { f.remove() }
    let before = Hardening.bytes(f.path("b1.jsonl"))
    let drafts = Self.draftLine(c, id: "h-1") + [0x0A]
    let result = Swift.Result { () throws(TimelineError) in
      try Appender.append(drafts: drafts, draftsPath: "drafts.jsonl", toLog: f.path("b1.jsonl"), directory: f.dir)
    }
    switch (c.expect, result) {
    case (.roundTrips, .failure(let e)):
      Issue.record("\(c.name): refused: \(e.description.prefix(500))")
    case (.refused(let message), .success):
      Issue.record("\(c.name): appended, but should be refused with \(message)")
    case (.refused(let message), .failure(let e)):
      let d = problems(of: e)
      // A raw line break splits the draft in two lines, each refused; everything else is one problem.
      #expect(d.count == (c.rawInQuote == [0x0A] ? 2 : 1), "\(c.name): \(d)")
      #expect(d.first.map { "\($0.problem)" } == message)
      #expect(d.first?.location.file == "drafts.jsonl" && d.first?.location.line == 1)
      #expect(Hardening.bytes(f.path("b1.jsonl")) == before, "a refused batch changed the log")
    case (.roundTrips, .success):
      let log = try LogReader.read(path: f.path("b1.jsonl"), options: .init(digests: true, canonicalForm: true))
      #expect(log.diagnostics.isEmpty)
      #expect(log.canonical.allSatisfy { $0 })
      let e = try #require(log.events.last)
      #expect(e.quote == c.quote, "\(c.name): quote changed")
      #expect(e.data["note"]?.stringValue == c.note, "\(c.name): note changed")
      let v = try Verifier.verify(directory: f.dir)
      #expect(v.isClean, "\(c.name): \(v.diagnostics.prefix(3))")
      try checkOutputs(f, c, id: "h-1")
    }
  }

  /// The exports of a round-tripped case, each parsed back strictly.
  func checkOutputs(_ f: Fixture, _ c: Case, id: String) throws {
    // CSV: one record per row; the quote cell is the quote, with `'` in front when it starts like a formula.
    let csv = EndToEndTests.run(["export", "changes", "--events", f.dir])
    #expect(csv.status == 0, "\(c.name): export: \(csv.err.prefix(300))")
    let rows = try #require(Hardening.csvRows(csv.out), "\(c.name): export changes is not strict RFC 4180 CSV")
    let row = try #require(rows.first { $0["id"] == id }, "\(c.name): no CSV row for \(id)")
    let formula = c.quote.utf8.first.map(CSVWriter.isFormulaTrigger) ?? false
    #expect(row["quote"] == (formula ? "'" : "") + c.quote, "\(c.name): CSV cell")
    if c.quote == "=1+1" { #expect(row["quote"] == "'=1+1") }
    #expect(rows.count == 2, "\(c.name): a cell broke out of its record (\(rows.count) rows)")

    // JSON: parsed by Foundation; the quote is exactly the original.
    let json = EndToEndTests.run(["changes", "--format", "json", "--events", f.dir])
    #expect(json.status == 0, "\(c.name): changes --format json: \(json.err.prefix(300))")
    // Strict RFC 8259 (JSONParser: no trailing commas, no raw control characters, valid UTF-8, unique keys). Not
    // Foundation's JSONSerialization: on Linux it drops a U+FEFF at the start of a string value.
    // JSON Lines: each line one object; a raw line break inside a value would split an object and fail here.
    let objects: [JSONObject] = try json.out.split(separator: "\n").map { line in
      try JSONParser.parse(Array(line.utf8)).objectValue
    }.compactMap { $0 }
    guard let object = objects.first(where: { $0["id"]?.stringValue == id }) else {
      Issue.record("\(c.name): no JSON object for \(id)")
      return
    }
    #expect(object["quote"]?.stringValue == c.quote, "\(c.name): JSON quote")
    #expect(objects.count == 2)

    // HTML: `timeline render` must keep the quote as text: no raw `<script>`/`</script>` beyond the page's own.
    if c.quote.contains("<") {
      let out = f.dir + "-render-" + UUID().uuidString + ".html"
      defer { try? FileManager.default.removeItem(atPath: out) }
      let r = EndToEndTests.run(["render", "--output", out, "--events", f.dir])
      #expect(r.status == 0, "\(c.name): render: \(r.err.prefix(300))")
      let html = String(decoding: Hardening.bytes(out), as: UTF8.self)
      #expect(!html.contains("<script>alert(1)"), "\(c.name): the quote's <script> is live in the HTML")
      #expect(!html.contains("alert(1)</script>"), "\(c.name): the quote closes a script element")
      let page = String(decoding: Hardening.bytes(out), as: UTF8.self)
      #expect(
        page.components(separatedBy: "</script>").count == page.components(separatedBy: "<script").count,
        "\(c.name): every </script> in the page closes one of its own <script> elements")
    }
  }

  @Test func aBOMAndCRLFLineEndsInADraftsFileAreReadAsPlainLines() throws {
    let f = try Self.fixture()
    defer { f.remove() }
    let lines = [Fixture.dineIn("crlf-1"), Fixture.dineIn("crlf-2", rule: "two")]
    let crlf: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(lines.joined(separator: "\r\n").utf8) + [0x0D, 0x0A]
    _ = try Appender.append(drafts: crlf, draftsPath: "drafts.jsonl", toLog: f.path("b1.jsonl"), directory: f.dir)
    let log = try LogReader.read(path: f.path("b1.jsonl"))
    #expect(log.events.map(\.id) == ["b1-001", "crlf-1", "crlf-2"])
    #expect(log.events.last?.data["rule"]?.stringValue == "two", "the CR did not become part of a value")
    #expect(!Hardening.bytes(f.path("b1.jsonl")).contains(0x0D), "no CR reached the log")
  }

  /// A sealed log is LF-only and has no BOM. A BOM makes line 1 unreadable everywhere; a CR before the newline is
  /// read by queries (JSON allows trailing whitespace) but `verify` reports the line as not canonical.
  @Test func aLogWithCRLFOrABOMIsReportedByVerify() throws {
    let f = try Self.fixture()
    defer { f.remove() }
    let good = Hardening.bytes(f.path("b1.jsonl"))
    try f.write(Array(good.dropLast()) + [0x0D, 0x0A])
    let crlf = try Verifier.verify(directory: f.dir).diagnostics.map(\.problem)
    #expect(crlf == [.notCanonical])
    try f.write([0xEF, 0xBB, 0xBF] + good)
    let bom = LogReader.parse(Hardening.bytes(f.path("b1.jsonl")), path: "b1.jsonl")
    #expect(bom.events.isEmpty)
    #expect(
      bom.diagnostics.map(\.description) == [
        "b1.jsonl:1:1: invalid JSON: expected a value (object, array, string, number, true, false or null)"
      ])
  }
}
