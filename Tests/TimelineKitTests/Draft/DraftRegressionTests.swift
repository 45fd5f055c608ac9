import Foundation
import Testing

@testable import TimelineKit

// Made-up sentences in the style of official notices: none is copied from the five source texts or the practice set.

private let eventsDirectory = DraftFixture.eventsDirectory
@Suite("Draft: regressions")
struct DraftRegressionTests {
  /// review.guessed used to gain the slug's guess once per round of a daily screening.
  @Test func guessesAreListedOnceEach() throws {
    let d = try draft("6月6日至6月8日，每天开展一次全员核酸筛查。").drafts.filter { $0.type == .testingScheduled }
    #expect(d.count == 3)
    for r in d {
      let g = guessed(r)
      #expect(Set(g).count == g.count, "\(g)")
    }
    #expect(Set(d.map { guessed($0) }).count == 1)
    #expect(Set(d.map { $0.review?["confidence"] }).count == 1)
  }

  /// A column break that indents the rest of a sentence used to cut the quote in the middle of a word.
  @Test func aColumnBreakInsideASentenceKeepsTheQuoteWhole() throws {
    let lines = [
      "　　本报讯　记者从市交通", "运输局获悉，自6月6日首", "班车起，市区公交线路恢", "复正常运营，不再实行甩",
      "　　站运行。市民乘车须全", "程佩戴口罩，主动扫码。", "　　另据介绍，全市地铁", "线网同步恢复正常运营。",
      "　　记者　王一", "　　编辑　李二",
    ]
    let bt = BriefingText(lines.joined(separator: "\n"))
    #expect(bt.isHardWrapped)
    let sentences = bt.paragraphs.flatMap { p in BriefingText.sentences(in: p).map { p.quote($0) } }
    #expect(sentences.contains("本报讯记者从市交通运输局获悉，自6月6日首班车起，市区公交线路恢复正常运营，不再实行甩站运行。"))
  }

  /// Short lines that each end with a mark are a list, not a hard-wrapped column.
  @Test func shortItemsEndingWithMarksAreNotAColumn() {
    let lines = (1...9).map { "\($0).金水区花溪街道第\($0)小区；" }
    #expect(!BriefingText(lines.joined(separator: "\n")).isHardWrapped)
  }
}

@Suite("Draft: proposed entries accepted, every draft appends and verifies")
struct DraftAcceptanceTests {
  static let stems = [
    "2022-01-08_press-conference-28", "2022-01-10_services-and-provincial-transport", "2022-01-11_press-conference-29",
    "2022-11-07_press-conference-34", "2022-11-24_press-conference-35",
  ]

  /// `draft --catalogue-out` for each text, the proposals merged into a copy of the catalogue (what
  /// tools/catalogue-accept.py does), then `append` of every draft and `verify` of the copy.
  @Test func everyDraftOfTheFiveTextsIsAcceptedAfterItsProposals() throws {
    let fm = FileManager.default
    let dir = NSTemporaryDirectory() + "draft-accept-" + UUID().uuidString
    try fm.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? fm.removeItem(atPath: dir) }
    try fm.copyItem(atPath: eventsDirectory + "/sources", toPath: dir + "/sources")
    var catalogue =
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: eventsDirectory + "/catalogue.json"))) as! [String: Any]
    var drafts: [String: String] = [:]
    for stem in Self.stems {
      let out = ErrBox()
      let err = ErrBox()
      let io = CommandIO(writeOut: { out.append($0) }, writeErr: { err.append($0) }, readInput: { [] })
      let proposals = dir + "/\(stem).catalogue.json"
      let status = TimelineCLI.run(
        ["draft", eventsDirectory + "/sources/\(stem).txt", "--source", stem, "--events", eventsDirectory, "--catalogue-out", proposals], io: io)
      #expect(status == 0, "\(err.text)")
      drafts[stem] = out.text
      let proposed = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: proposals))) as! [String: Any]
      for section in ["scopes", "measures", "metrics"] {
        var list = catalogue[section] as! [[String: Any]]
        let have = Set(list.map { $0["key"] as! String })
        for var entry in proposed[section] as! [[String: Any]] where !have.contains(entry["key"] as! String) {
          entry["proposed_from"] = nil
          list.append(entry)
        }
        catalogue[section] = list
      }
      try fm.removeItem(atPath: proposals)
    }
    try JSONSerialization.data(withJSONObject: catalogue).write(to: URL(fileURLWithPath: dir + "/catalogue.json"))
    for stem in Self.stems {
      let file = dir + "-\(stem).drafts.jsonl"
      try drafts[stem]!.write(toFile: file, atomically: true, encoding: .utf8)
      defer { try? fm.removeItem(atPath: file) }
      let err = ErrBox()
      let io = CommandIO(writeOut: { _ in }, writeErr: { err.append($0) }, readInput: { [] })
      #expect(TimelineCLI.run(["append", dir + "/\(stem).jsonl", file, "--events", dir], io: io) == 0, "\(stem): \(err.text)")
    }
    let err = ErrBox()
    let io = CommandIO(writeOut: { _ in }, writeErr: { err.append($0) }, readInput: { [] })
    #expect(TimelineCLI.run(["verify", "--events", dir], io: io) == 0, "\(err.text)")
  }
}

extension DraftRegressionTests {
  /// Bare numbers of a breakdown and caps are JSON number literals even when printed with a leading zero.
  @Test func bareNumbersWithALeadingZeroReadBack() throws {
    let r = try draft("6月3日0—24时，全市新增本土确诊病例12例。确诊12例分布：金水区05、管城区07。自6月6日起，公交车限流05%。")
    for d in r.drafts {
      let back = EventCodec.encodeDraft(d).withUnsafeBufferPointer { EventCodec.decodeDraft($0) }
      #expect((try? back.get()) == d, "\(d.id)")
    }
    #expect(r.drafts.contains { $0.quote == "金水区05" && $0.data["value"] == .number("5") })
  }
}

extension DraftRegressionTests {
  /// A passage set in lines wider than the column still wraps mid-word: its lines join into one paragraph.
  @Test func widerLinesOfAnUnfinishedSentenceJoin() {
    var lines = (1...10).map { "　　第\($0)行的短栏目文字，" }
    lines += ["本通告自发布之日起施行，各小区实行封闭管理，居民原", "则上居家，非必要不外出。", "　　短栏目继续。"]
    let bt = BriefingText(lines.joined(separator: "\n"))
    #expect(bt.isHardWrapped)
    let sentences = bt.paragraphs.flatMap { p in BriefingText.sentences(in: p).map { p.quote($0) } }
    #expect(sentences.contains { $0.hasSuffix("各小区实行封闭管理，居民原则上居家，非必要不外出。") })
  }
}

extension DraftAcceptanceTests {
  /// A near miss of the new option gets the usage line and a did-you-mean, exit 64.
  @Test func aMisspeltCatalogueOutIsAUsageError() {
    let err = ErrBox()
    let io = CommandIO(writeOut: { _ in }, writeErr: { err.append($0) }, readInput: { [] })
    let status = TimelineCLI.run(["draft", "x.txt", "--source", "a", "--catalog-out", "f.json"], io: io)
    #expect(status == 64)
    #expect(
      err.text == """
        Error: unknown option '--catalog-out'
        Usage: timeline draft BRIEFING --source ID [--published T] [--catalogue-out FILE] [--events DIR]
        Did you mean '--catalogue-out'?
        See 'timeline draft --help'.

        """)
  }

  /// Without --catalogue-out the proposals are listed on standard error, one note each.
  @Test func proposalsAreListedOnStandardErrorWithoutAFile() throws {
    let dir = NSTemporaryDirectory() + "draft-notes-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let text = dir + "/2022-06-04_notice.txt"
    try "自6月6日起，全市剧本杀门店暂停营业。\n".write(toFile: text, atomically: true, encoding: .utf8)
    let err = ErrBox()
    let io = CommandIO(writeOut: { _ in }, writeErr: { err.append($0) }, readInput: { [] })
    #expect(TimelineCLI.run(["draft", text, "--source", "notice", "--events", eventsDirectory], io: io) == 0)
    #expect(err.text.contains("note: proposed catalogue measure venues.p-"))
    #expect(err.text.contains(" (剧本杀门店); write it with --catalogue-out FILE\n"))
  }
}

extension DraftRegressionTests {
  /// A page wrapped at a wider measure (about 30 characters) is still a column: its sentences are whole.
  @Test func aWiderColumnIsJoinedToo() {
    let body = "自6月6日零时起，全市影剧院、歌舞娱乐场所、网吧等室内密闭场所暂停营业，恢复时间另行通知。全市中小学、幼儿园自6月7日起暂停线下教学，改为线上教学，具体安排由各校另行通知。市区公交线路途经封控区、管控区的，一律实行甩站运行，不停靠区域内站点，其余线路正常运行。"
    var lines: [String] = []
    let more = "自6月8日起，全市A级旅游景区有序开放，实行预约、限流、错峰，接待游客量不超过最大承载量的50%。全市图书馆、博物馆、美术馆自6月8日起陆续开放，实行实名预约入馆，在馆人数不超过最大容量的50%。"
    var rest = Substring(body + more)
    while !rest.isEmpty {
      lines.append(String(rest.prefix(30)))
      rest = rest.dropFirst(30)
    }
    let bt = BriefingText(lines.joined(separator: "\n"))
    #expect(bt.isHardWrapped)
    let sentences = bt.paragraphs.flatMap { p in BriefingText.sentences(in: p).map { p.quote($0) } }
    #expect(sentences.contains("全市中小学、幼儿园自6月7日起暂停线下教学，改为线上教学，具体安排由各校另行通知。"))
  }
}
