import Foundation
import Testing

@testable import TimelineKit

/// The repository's events/ directory (read only).
private let eventsDirectory: String = {
  var url = URL(fileURLWithPath: #filePath)
  while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
    url.deleteLastPathComponent()
  }
  return url.appendingPathComponent("events").path
}()

private func catalogue() throws -> Catalogue { try Catalogue.load(path: eventsDirectory + "/catalogue.json") }

private func ts(_ s: String) -> Timestamp { try! Timestamp.parse(s) }

@Suite("Draft: Chinese numerals")
struct DraftNumeralTests {
  @Test(arguments: [("三十五", 35), ("十一", 11), ("二十", 20), ("一百零八", 108), ("十", 10), ("两", 2), ("二〇二二", 2022), ("１２", 12)])
  func value(_ c: (String, Int)) {
    #expect(ChineseNumerals.value(c.0) == c.1)
  }

  @Test func notANumeral() {
    #expect(ChineseNumerals.value("三天") == nil)
    #expect(ChineseNumerals.value("") == nil)
  }
}

@Suite("Draft: time expressions")
struct DraftTimeTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var published: String
    var expected: [(String, TimeMention.Role)]
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "1月10日8时起，对所有自公路入郑车辆", published: "2022-01-11T00:00+08:00", expected: [("2022-01-10T08:00+08:00", .start)]),
    Case(text: "从1月8日中午12时起，全市餐饮场所暂停堂食", published: "2022-01-11T00:00+08:00", expected: [("2022-01-08T12:00+08:00", .start)]),
    Case(
      text: "第六轮全员核酸检测1月11日上午9:00开始，当日下午3:00结束。", published: "2022-01-11T00:00+08:00",
      expected: [("2022-01-11T09:00+08:00", .start), ("2022-01-11T15:00+08:00", .end)]),
    Case(
      text: "11月25日零时到29日24时，郑州市将用5天时间", published: "2022-11-24T00:00+08:00",
      expected: [("2022-11-25T00:00+08:00", .start), ("2022-11-30T00:00+08:00", .end)]),
    Case(text: "截至1月10日24时，全市累计报告", published: "2022-01-11T00:00+08:00", expected: [("2022-01-11T00:00+08:00", .asOf)]),
    Case(text: "截至1月7日2时,第一轮全员核酸检测已全部结束", published: "2022-01-08T00:00+08:00", expected: [("2022-01-07T02:00+08:00", .asOf)]),
    Case(text: "上午9:00", published: "2022-01-11T00:00+08:00", expected: [("2022-01-11T09:00+08:00", .point)]),
    Case(text: "次日", published: "2022-01-11T00:00+08:00", expected: [("2022-01-12T00:00+08:00", .point)]),
    Case(text: "今天", published: "2022-01-11T00:00+08:00", expected: [("2022-01-11T00:00+08:00", .point)]),
    Case(text: "今日", published: "2022-01-11T00:00+08:00", expected: [("2022-01-11T00:00+08:00", .point)]),
    Case(text: "昨天解封小区", published: "2022-11-07T00:00+08:00", expected: [("2022-11-06T00:00+08:00", .point)]),
    Case(text: "昨晚，郑州市召开", published: "2022-11-24T00:00+08:00", expected: [("2022-11-23T00:00+08:00", .point)]),
    Case(text: "十一月二十九日", published: "2022-11-24T00:00+08:00", expected: [("2022-11-29T00:00+08:00", .point)]),
    Case(text: "12月30日起", published: "2022-01-08T00:00+08:00", expected: [("2021-12-30T00:00+08:00", .start)]),
  ]

  @Test(arguments: cases)
  func resolves(_ c: Case) {
    var scanner = TimeScanner(published: ts(c.published))
    let found = scanner.scan(c.text.map(BriefingText.normalize))
    #expect(found.map(\.time.iso8601) == c.expected.map(\.0))
    #expect(found.map(\.role) == c.expected.map(\.1))
  }

  @Test func previousYearIsRecordedAsAGuess() {
    var scanner = TimeScanner(published: ts("2022-01-08T00:00+08:00"))
    let found = scanner.scan(Array("12月30日起"))
    #expect(found.first?.guesses.first?.contains("year before") == true)
  }

  @Test func durations() {
    #expect(TimeScanner.durations(in: Array("连续14天无新增")).map(\.days) == [14])
    #expect(TimeScanner.durations(in: Array("用三天时间")).map(\.days) == [3])
  }
}

@Suite("Draft: text handling")
struct DraftTextTests {
  @Test func joinsHardWrappedColumns() throws {
    let text = try String(contentsOfFile: eventsDirectory + "/sources/2022-11-24_press-conference-35.txt", encoding: .utf8)
    let bt = BriefingText(text)
    #expect(bt.isHardWrapped)
    let sentences = bt.paragraphs.flatMap { p in BriefingText.sentences(in: p).map { p.quote($0) } }
    #expect(sentences.contains("昨晚，郑州市召开全市新冠肺炎疫情防控第三十五场新闻发布会，11月25日零时到29日24时，郑州市将用5天时间打一场疫情防控歼灭战。"))
    // A sentence broken across a blank column gap is one sentence.
    #expect(sentences.contains { $0.hasSuffix("疫情形势复杂多变。") })
  }

  @Test func normalisesFullWidthDigits() {
    let p = BriefingText.Piece(original: Array("截至１月１０日１８：００"))
    #expect(p.text == "截至1月10日18:00")
    #expect(String(p.original) == "截至１月１０日１８：００")
    var scanner = TimeScanner(published: ts("2022-01-11T00:00+08:00"))
    #expect(scanner.scan(p.normalized).map(\.time.iso8601) == ["2022-01-10T18:00+08:00"])
  }

  @Test func figuresWithUnits() {
    let f = FigureRecogniser.figures(in: Array("全市共检测1176.4887万人，3.1万车、77万吨，每户每天1人"))
    #expect(f.map { $0.value + "|" + $0.unit } == ["1176.4887|万人", "3.1|万车", "77|万吨"])
  }
}

@Suite("Draft: recognition")
struct DraftRecognitionTests {
  let published = ts("2022-01-11T00:00+08:00")

  func drafts(_ text: String) throws -> [Draft] {
    Drafter(catalogue: try catalogue()).draft(text: text, source: "test-briefing", published: published).drafts
  }

  @Test func figureListByDistrict() throws {
    let d = try drafts("截至1月10日24时，累计报告本土确诊病例103例（其中，二七区47例，中原区27例）。")
    let metrics = d.filter { $0.type == .metricReported }
    #expect(
      metrics.map(\.subject.raw) == [
        "metric:cases.confirmed.cumulative@city", "metric:cases.confirmed.cumulative@erqi", "metric:cases.confirmed.cumulative@zhongyuan",
      ])
    #expect(metrics.map { $0.data["value"] } == [.number("103"), .number("47"), .number("27")])
    #expect(metrics.allSatisfy { $0.interval.effective.iso8601 == "2022-01-11T00:00+08:00" })
    #expect(metrics[1].quote == "二七区47例")
  }

  @Test func zoneDesignation() throws {
    let d = try drafts("自2022年1月7日起，将中原区中原西路街道万达社区中原万达广场小区东院划定为中风险地区。")
    let z = try #require(d.first { $0.type == .zoneDesignated })
    #expect(z.data["level"] == .string("medium-risk"))
    #expect(z.data["district"] == .string("zhongyuan"))
    #expect(z.data["place"] == .string("中原区中原西路街道万达社区中原万达广场小区东院"))
    #expect(z.interval.effective.iso8601 == "2022-01-07T00:00+08:00")
    #expect(z.subject.zoneDistrict == "zhongyuan")
  }

  @Test func measureWithSuspension() throws {
    let d = try drafts("从1月8日中午12时起，全市餐饮场所暂停堂食，可提供到店自取、外卖订餐服务。")
    let m = try #require(d.first { $0.subject.raw == "measure:dining.dine-in" })
    #expect(m.type == .measureImposed)
    #expect(m.interval.effective.iso8601 == "2022-01-08T12:00+08:00")
    #expect(m.data["scope"] == .string("city"))
    let guessed = m.review?["guessed"]?.arrayValue?.compactMap(\.stringValue) ?? []
    #expect(guessed.contains("subject: measure:dining.dine-in via 堂食"))
  }

  @Test func briefingComesFirstWithItsSourceFile() throws {
    let d = try drafts("1月11日,第29场新闻发布会召开。")
    #expect(d.first?.type == .briefingPublished)
    #expect(d.first?.data["source_file"] == .string("sources/test-briefing.txt"))
    #expect(d.first?.data["number"] == .number("29"))
    #expect(d.first?.id == "test-briefing-d001")
  }

  /// Every draft of every source text decodes as a draft and quotes its text verbatim.
  @Test(arguments: [
    "2022-01-08_press-conference-28", "2022-01-10_services-and-provincial-transport", "2022-01-11_press-conference-29",
    "2022-11-07_press-conference-34", "2022-11-24_press-conference-35",
  ])
  func everyDraftDecodesAndQuotesVerbatim(_ stem: String) throws {
    let path = eventsDirectory + "/sources/\(stem).txt"
    let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
    let published = DraftCommand.dateAtStart(ofFileName: path)!
    let result = Drafter(catalogue: try catalogue()).draft(text: String(decoding: bytes, as: UTF8.self), source: stem, published: published)
    #expect(result.drafts.count > 10)
    let source = SourceText(bytes)
    for d in result.drafts {
      let line = EventCodec.encodeDraft(d)
      let decoded = line.withUnsafeBufferPointer { EventCodec.decodeDraft($0) }
      guard case .success(let back) = decoded else {
        Issue.record("\(d.id) does not decode: \(String(decoding: line, as: UTF8.self))")
        continue
      }
      #expect(back.sealsSame(as: d))
      #expect(source.contains(quote: d.quote), "\(d.id): \(d.quote)")
    }
  }
}

extension DraftTimeTests {
  @Test func zhiWithoutAStartIsAnEnd() {
    var scanner = TimeScanner(published: ts("2022-06-04T00:00+08:00"))
    let found = scanner.scan(Array("暂停营运,至6月15日24时。"))
    #expect(found.map(\.role) == [.end])
    #expect(found.map(\.time.iso8601) == ["2022-06-16T00:00+08:00"])
  }
}
