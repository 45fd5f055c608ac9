import Foundation
import Testing

@testable import TimelineKit

/// Every input the fuzz targets (tools/fuzz/) found, as a regression test. Each needs the hardening.diff hunk named.
@Suite struct HardeningFuzzRegressionTests {
  /// A real sealed line from the fixture, to mutate.
  static func sealedLine() throws -> String {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-002")])
    return try f.lines()[1]
  }

  /// The fast path and the generic path must agree on a line: both accept the same event, or the fast path declines.
  static func pathsAgree(_ line: [UInt8]) -> (fast: Event?, generic: Result<Event, LineFailure>) {
    line.withUnsafeBufferPointer { buf in
      var intern = EventCodec.SourceIntern()
      return (EventCodec.decodeEventFast(buf, intern: &intern), EventCodec.decodeEvent(buf))
    }
  }

  // LogReaderFuzz, first minute: `"quote":` followed by a byte that is not `"` was read as a quote (the byte skipped).
  @Test(arguments: ["id", "type", "subject", "quote"])
  func aStringFieldWithoutItsOpeningQuoteIsRefused(_ key: String) throws {
    let line = try Self.sealedLine()
    let broken = line.replacingOccurrences(of: #""\#(key)":""#, with: #""\#(key)":X"#)
    #expect(broken != line)
    let (fast, generic) = Self.pathsAgree(Array(broken.utf8))
    #expect(fast == nil, "the fast path accepted a '\(key)' without its opening quote")
    guard case .failure = generic else {
      Issue.record("the generic path accepted it")
      return
    }
    let log = LogReader.parse(Array((broken + "\n").utf8), path: "b1.jsonl")
    #expect(log.events.isEmpty)
    #expect(log.diagnostics.count == 1)
  }

  // The exact crashing input of LogReaderFuzz (tools/fuzz/regressions/logreader-quote-without-opening-quote).
  @Test
  func theRecordedCrashInputIsRefused() throws {
    let path = EndToEndTests.packageRoot + "/tools/fuzz/regressions/logreader-quote-without-opening-quote"
    let bytes = Hardening.bytes(path)
    try #require(!bytes.isEmpty, "missing \(path)")
    let log = LogReader.parse(bytes, path: "fuzz.jsonl")
    for (k, e) in log.events.enumerated() {
      let again = LogReader.parse(EventCodec.encode(e) + [0x0A], path: "fuzz.jsonl")
      #expect(again.events.first == e, "event \(k) does not re-read as itself")
    }
    for line in bytes.split(separator: 0x0A) {
      let (fast, generic) = Self.pathsAgree(Array(line))
      if let fast { #expect((try? generic.get()) == fast) }
    }
  }

  // A line that ends right after `"source":` made the fast path read one byte past the line.
  @Test
  func aLineEndingAfterTheSourceKeyIsRefusedWithoutReadingPastIt() throws {
    let line = try Self.sealedLine()
    let cut = String(line[..<line.range(of: #""source":"#)!.upperBound])
    let (fast, generic) = Self.pathsAgree(Array(cut.utf8))  // exact-size buffer: a read past it traps in debug
    #expect(fast == nil)
    guard case .failure(let f) = generic else {
      Issue.record("accepted")
      return
    }
    #expect(f.problems == [.invalidJSON(.moreInput)])
  }

  // `data` nested to exactly one level past JSONParser.maximumDepth: the fast path accepted what the generic refuses.
  @Test
  func dataNestedPastTheMaximumDepthIsRefusedByBothPaths() throws {
    let line = try Self.sealedLine()
    // The line is depth 1 and data depth 2, so 63 more levels reach 65 > 64.
    let deep = String(repeating: #"{"a":"#, count: 63) + "1" + String(repeating: "}", count: 63)
    let nested = line.replacingOccurrences(of: #""data":{"#, with: #""data":{"z":\#(deep),"#)
    let (fast, generic) = Self.pathsAgree(Array(nested.utf8))
    guard case .failure(let f) = generic else {
      Issue.record("generic path accepted depth 65")
      return
    }
    #expect(f.problems == [.invalidJSON(.shallowerNesting)])
    #expect(fast == nil, "the fast path accepted nesting the generic path refuses")
  }
}

extension HardeningFuzzRegressionTests {
  // DraftFuzz: digits with a leading zero became invalid number literals in drafts: a figure "0594.9万人" (value
  // 0594.9), a cap "载客率不超过00%" (params.load_cap_percent 00) and "确诊007人" (positives 007).
  @Test
  func draftsOfATextWithALeadingZeroFigureReadBack() throws {
    let catalogue = try Catalogue.load(path: EndToEndTests.packageRoot + "/events/catalogue.json")
    for text in [
      "截至1月10日24时，第四轮全员核酸共检测0594.9万人，确诊13人。",
      "1月11日起，地铁全部跳站运营，载客率不超过00%。",
      "第六轮全员核酸检测已完成，共检测724.9万人，确诊007人。",
      String(decoding: Hardening.bytes(EndToEndTests.packageRoot + "/tools/fuzz/regressions/draft-leading-zero-figure"), as: UTF8.self),
      String(decoding: Hardening.bytes(EndToEndTests.packageRoot + "/tools/fuzz/regressions/draft-leading-zero-percent"), as: UTF8.self),
    ] {
      let published = Timestamp(year: 2022, month: 1, day: 11)!
      let result = Drafter(catalogue: catalogue).draft(text: text, source: "fuzz-briefing", published: published)
      for d in result.drafts {
        let back = EventCodec.encodeDraft(d).withUnsafeBufferPointer { EventCodec.decodeDraft($0) }
        #expect((try? back.get()) == d, "draft \(d.id) does not read back: \(back)")
      }
    }
  }
}

extension HardeningFuzzRegressionTests {
  // ArgumentParserFuzz: `export daily` over a thousand years (a typo: 1011 for 2011) ran out of memory (before daily
  // streamed) and then ran for minutes; a span over the documented maximum is a usage error.
  @Test
  func aDailyExportOverTheMaximumSpanIsAUsageError() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-002")])
    let r = EndToEndTests.run(
      ["export", "daily", "--from", "1011-11-09", "--to", "2022-11-10", "--time-of-day", "12:00", "--events", f.dir])
    #expect(r.status == 64)
    #expect(r.out.isEmpty)
    #expect(
      r.err.hasPrefix("Error: --from and --to may be at most 3660 days apart for the daily table (one row per day and subject)\n"),
      "\(r.err)")
    let ok = EndToEndTests.run(["export", "daily", "--from", "2012-11-10", "--to", "2022-11-10", "--events", f.dir])
    #expect(ok.status == 0, "ten years is within the limit: \(ok.err)")
  }
}
