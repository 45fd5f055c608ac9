import Foundation
import Testing

@testable import TimelineKit

// Made-up sentences in the style of official notices: none is copied from the five source texts or the practice set.

private let eventsDirectory: String = {
  var url = URL(fileURLWithPath: #filePath)
  while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
    url.deleteLastPathComponent()
  }
  return url.appendingPathComponent("events").path
}()

private func catalogue() throws -> Catalogue { try Catalogue.load(path: eventsDirectory + "/catalogue.json") }
private func ts(_ s: String) -> Timestamp { try! Timestamp.parse(s) }

private func draft(_ text: String, published: String = "2022-06-04T20:00+08:00", known: Set<String> = []) throws -> DraftResult {
  Drafter(catalogue: try catalogue(), knownSubjects: known).draft(text: text, source: "made-up", published: ts(published))
}

private func guessed(_ d: Draft) -> [String] { d.review?["guessed"]?.arrayValue?.compactMap(\.stringValue) ?? [] }

@Suite("Draft: frames carry context across paragraphs")
struct DraftFrameTests {
  @Test func sectionMarks() {
    #expect(SectionMark.at(Array("一、封控区：")) == SectionMark(rank: 1, length: 2))
    #expect(SectionMark.at(Array("（三）自6月5日起")) == SectionMark(rank: 2, length: 3))
    #expect(SectionMark.at(Array("2.6月5日12时起")) == SectionMark(rank: 3, length: 2))
    #expect(SectionMark.at(Array("(4)公交")) == SectionMark(rank: 3, length: 3))
    #expect(SectionMark.at(Array("6月5日起")) == nil)
  }

  @Test func aZoneLevelHeadingMakesEachItemAZone() throws {
    let text = """
      自2022年6月4日22时起，对以下区域实施分类管控。
      一、封控区：金水区花溪街道松柏苑小区；二七区长江路街道梧桐里小区3号楼。
      封控区实行“足不出户、上门服务”。
      二、管控区：金水区花溪街道（松柏苑小区除外）。
      """
    let d = try draft(text).drafts
    let zones = d.filter { $0.type == .zoneDesignated }
    #expect(zones.map { $0.data["district"] } == [.string("jinshui"), .string("erqi"), .string("jinshui")])
    #expect(zones.map { $0.data["level"] } == [.string("sealed"), .string("sealed"), .string("controlled")])
    #expect(zones.allSatisfy { $0.interval.effective.iso8601 == "2022-06-04T22:00+08:00" })
    #expect(zones[0].quote == "金水区花溪街道松柏苑小区")
    #expect(zones[2].data["exclusions"] == .array([.string("松柏苑小区")]))
    // The rule under the level's section takes the level as its scope and the section's start.
    let rule = try #require(d.first { $0.type == .measureImposed })
    #expect(rule.data["scope"] == .string("zones:sealed"))
    #expect(rule.interval.effective.iso8601 == "2022-06-04T22:00+08:00")
  }

  @Test func aListUnderItsOpeningSentenceLiftsEachItem() throws {
    let text = """
      一、解除封控区域
      自6月5日零时起，以下区域解除封控：
      1.管城区南关街道榆林苑小区；
      2.惠济区古荥镇柿园村。
      二、其他事项
      1.自6月6日起，全市健身房有序开放。
      """
    let d = try draft(text).drafts
    let lifted = d.filter { $0.type == .zoneLifted }
    #expect(lifted.map { $0.data["district"] } == [.string("guancheng"), .string("huiji")])
    #expect(lifted.allSatisfy { $0.interval.effective.iso8601 == "2022-06-05T00:00+08:00" })
    // The next section of the same rank closes the list: its item is a rule, not a zone.
    #expect(d.contains { $0.type == .measureLifted && $0.interval.effective.iso8601 == "2022-06-06T00:00+08:00" })
  }

  @Test func samplingFieldsMakeOneRound() throws {
    let text = """
      关于开展第二轮全员核酸检测的通告
      一、第二轮全员核酸检测
      采样时间：6月6日8:00开始，20:00结束。
      采样范围：金水区全域。
      采样对象：范围内全体居民。
      """
    let d = try draft(text).drafts
    let rounds = d.filter { $0.type == .testingScheduled }
    #expect(rounds.count == 1)
    let r = try #require(rounds.first)
    #expect(r.interval.effective.iso8601 == "2022-06-06T08:00+08:00")
    #expect(r.interval.until?.iso8601 == "2022-06-06T20:00+08:00")
    #expect(r.data["scope"] == .string("jinshui"))
    #expect(r.data["round"] == .number("2"))
    #expect(r.subject.raw == "testing:2022-06-round-2")
  }

  @Test func theNoticePeriodIsWhatQiJianMeans() throws {
    let text = """
      决定自6月5日零时至6月7日24时，对管城区实行临时性管控措施。现通告如下：
      （一）其间，管城区居民原则上居家。
      """
    let d = try draft(text).drafts
    let rule = try #require(d.first { $0.quote.contains("其间") })
    #expect(rule.interval.effective.iso8601 == "2022-06-05T00:00+08:00")
    #expect(rule.interval.until?.iso8601 == "2022-06-08T00:00+08:00")
  }

  @Test func sameTimeSlotPointsBackToTheRuleBefore() throws {
    let text = """
      （一）6月6日8时至18时，金水区居民原则上居家。
      （二）同一时段内，金水区商场暂停营业。
      """
    let d = try draft(text).drafts
    let mall = try #require(d.first { $0.quote.contains("商场") })
    #expect(mall.interval.effective.iso8601 == "2022-06-06T08:00+08:00")
    #expect(mall.interval.until?.iso8601 == "2022-06-06T18:00+08:00")
  }
}

@Suite("Draft: figures from their parts")
struct DraftFigurePartTests {
  @Test func composedKeys() {
    #expect(Drafter.composedKey("新增本土确诊病例", inherited: nil)?.key == "cases.confirmed.new")
    #expect(Drafter.composedKey("累计报告本土无症状感染者", inherited: nil)?.key == "cases.asymptomatic.cumulative")
    #expect(Drafter.composedKey("本土无症状感染者", inherited: "cumulative")?.key == "cases.asymptomatic.cumulative")
    #expect(Drafter.composedKey("累计治愈出院", inherited: nil)?.key == "cases.discharged.cumulative")
    #expect(Drafter.composedKey("集中隔离", inherited: nil)?.key == "quarantine.centralised")
    #expect(Drafter.composedKey("采样点位", inherited: nil) == nil)
  }

  @Test func bareNumbersAfterAHeaderInheritItsKeyUnitAndTime() throws {
    let text = "6月3日0—24时，全市新增本土确诊病例9例、无症状感染者4例。确诊9例分布：金水区6、管城区3；无症状感染者4例分布：惠济区4。"
    let d = try draft(text).drafts.filter { $0.type == .metricReported }
    let byScope = Dictionary(d.map { ($0.subject.raw, $0) }, uniquingKeysWith: { a, _ in a })
    let j = try #require(byScope["metric:cases.confirmed.new@jinshui"])
    #expect(j.data["value"] == .number("6"))
    #expect(j.data["unit"] == .string("例"))
    #expect(j.quote == "金水区6")
    #expect(j.interval.effective.iso8601 == "2022-06-04T00:00+08:00")
    #expect(j.data["period_start"] == .string("2022-06-03T00:00+08:00"))
    #expect(byScope["metric:cases.confirmed.new@guancheng"]?.data["value"] == .number("3"))
    // The second figure of a 、 list inherits the qualifier of the first.
    #expect(byScope["metric:cases.asymptomatic.new@city"]?.data["value"] == .number("4"))
    #expect(byScope["metric:cases.asymptomatic.new@huiji"]?.quote == "惠济区4")
    // The header repeats a figure already reported: it is not a second draft.
    #expect(d.filter { $0.subject.raw == "metric:cases.confirmed.new@city" }.count == 1)
  }

  @Test func bracketedItemsWithNewDistrictsAreProposed() throws {
    let text = "截至6月3日24时，累计报告本土确诊病例15例（其中青溪区9例、白石县6例）。"
    let r = try draft(text)
    let items = r.drafts.filter { $0.type == .metricReported && !$0.subject.raw.hasSuffix("@city") }
    #expect(items.map(\.quote) == ["青溪区9例", "白石县6例"])
    #expect(items.allSatisfy { $0.subject.raw.hasPrefix("metric:cases.confirmed.cumulative@d-") })
    #expect(r.proposed.scopes.map(\.zh) == ["青溪区", "白石县"])
    #expect(r.proposed.scopes.map(\.kind) == [.district, .county])
  }

  @Test func zeroAsNegationAndStreaks() throws {
    let text = "目前在院治疗的确诊病例12例，未发现重症病例。青溪区、白石县已连续6天零新增。"
    let d = try draft(text).drafts.filter { $0.type == .metricReported }
    let severe = try #require(d.first { $0.quote == "未发现重症病例" })
    #expect(severe.data["value"] == .number("0"))
    let streaks = d.filter { $0.subject.raw.hasPrefix("metric:cases.zero-new.streak-days@") }
    #expect(streaks.count == 2)
    #expect(streaks.allSatisfy { $0.data["value"] == .number("6") && $0.data["unit"] == .string("天") })
  }

  @Test func manyDaysWithoutANumberIsNoFigure() throws {
    let d = try draft("相关区域已连续多日无新增阳性感染者。").drafts
    #expect(!d.contains { $0.type == .metricReported })
  }

  @Test func aCountedNounAfterTheMeasureWord() throws {
    let d = try draft("全市共设置2150个便民采样点。").drafts
    let m = try #require(d.first { $0.type == .metricReported })
    #expect(m.data["value"] == .number("2150"))
    #expect(m.review?["reading"] == nil || m.subject.raw.hasPrefix("metric:testing."))
  }
}

@Suite("Draft: verb classes")
struct DraftVerbClassTests {
  struct Case: CustomTestStringConvertible, Sendable {
    var text: String
    var type: EventType
    var testDescription: String { text }
  }

  static let cases: [Case] = [
    Case(text: "自6月6日起，全市健身房恢复营业。", type: .measureLifted),
    Case(text: "自6月6日起，全市游泳馆陆续开放。", type: .measureLifted),
    Case(text: "自6月6日起，全市剧本杀门店有序开放，实行预约限流。", type: .measureAmended),
    Case(text: "自6月6日起，全市网吧暂停营业。", type: .measureImposed),
    Case(text: "全市严禁举办大型聚集性活动。", type: .measureImposed),
    Case(text: "未按时参加核酸检测的人员，健康码将被赋为黄码。", type: .measureImposed),
    Case(text: "每户每天可安排1名家庭成员外出采购。", type: .measureImposed),
    Case(text: "进入超市查验核酸检测阴性证明的时限，由48小时调整为72小时。", type: .measureAmended),
    Case(text: "管城区餐饮服务单位继续暂停堂食。", type: .measureRestated),
    Case(text: "全市仍然实行进入公共场所扫码、测温。", type: .measureRestated),
  ]

  @Test(arguments: cases)
  func drafts(_ c: Case) throws {
    let d = try draft(c.text).drafts.filter { $0.subject.kind == .measure }
    #expect(d.first?.type == c.type, "\(d.map { "\($0.type.rawValue) \($0.subject.raw)" })")
  }

  @Test func aRuleOnASubjectStatedThisMonthIsAnAmendment() throws {
    let d = try draft("自6月6日起，全市餐饮服务单位暂停堂食。", known: ["measure:dining.dine-in"]).drafts
    #expect(d.first { $0.subject.raw == "measure:dining.dine-in" }?.type == .measureAmended)
  }

  @Test(arguments: [
    "力争6月底前全面恢复正常生产生活秩序。",
    "请广大市民继续佩戴口罩、勤洗手。",
    "各区要切实落实属地责任，严格落实各项防控措施。",
    "当前疫情形势趋稳向好，但解封不等于解防。",
    "请排队时保持一米间距，携带有效证件。",
    "对拒不配合的，将依法追究相关责任。",
  ])
  func guardedSentencesAreNoRules(_ text: String) throws {
    #expect(try draft(text).drafts.filter { $0.subject.kind == .measure }.isEmpty)
  }
}

@Suite("Draft: open-world subjects")
struct DraftOpenSubjectTests {
  @Test func anUncataloguedObjectIsDraftedUnderAProposedKey() throws {
    let r = try draft("自6月6日起，全市剧本杀门店暂停营业。")
    let m = try #require(r.drafts.first { $0.subject.kind == .measure })
    let proposal = try #require(r.proposed.measures.first)
    #expect(m.subject.raw == "measure:" + proposal.key)
    #expect(proposal.zh == "剧本杀门店")
    #expect(proposal.category == "venues")
    #expect(m.interval.effective.iso8601 == "2022-06-06T00:00+08:00")
  }

  @Test func aCatalogueSynonymFindsItsEntry() throws {
    // 餐饮 is another word for what the catalogue's 堂食 entry is about.
    let d = try draft("自6月6日起，全市餐饮场所恢复营业。").drafts
    #expect(d.first { $0.subject.kind == .measure }?.subject.raw == "measure:dining.dine-in")
    // A shorter name of a catalogued object (one part of its label) finds it too.
    let library = try draft("自6月6日起，全市图书馆暂停开放。").drafts
    #expect(library.first { $0.subject.kind == .measure }?.subject.raw == "measure:venues.cultural")
  }

  @Test func coordinatedObjectsAreTwoDrafts() throws {
    let r = try draft("自6月6日起，健身房和影剧院有序恢复开放。")
    let m = r.drafts.filter { $0.subject.kind == .measure }
    #expect(m.count == 2)
    #expect(Set(r.proposed.measures.map(\.zh)) == ["健身房", "影剧院"])
  }

  @Test func theProposalFileHasTheCataloguesShapes() throws {
    let r = try draft("自6月6日起，全市剧本杀门店暂停营业。截至6月5日24时，累计报告本土确诊病例15例（其中青溪区9例）。")
    var out: [UInt8] = []
    JSONWriter.write(r.proposed.json, into: &out)
    let text = String(decoding: out, as: UTF8.self)
    #expect(text.contains(#""measures":[{"category":"venues","en":"proposed: 剧本杀门店 (give the English name)""#))
    #expect(text.contains(#""scopes":[{"en":"青溪区 (proposed: give the English name)","key":"d-"#))
  }
}

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
    var catalogue = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: eventsDirectory + "/catalogue.json"))) as! [String: Any]
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

@Suite("Draft: more patterns of the notices")
struct DraftMorePatternTests {
  @Test func aListOfPlacesBeforeTheVerbIsOneZoneEach() throws {
    let d = try draft("自6月5日12时起，将金水区花溪街道松柏苑社区、惠济区古荥镇柿园村划定为中风险地区。").drafts
    let z = d.filter { $0.type == .zoneDesignated }
    #expect(z.map { $0.data["district"] } == [.string("jinshui"), .string("huiji")])
    #expect(z.allSatisfy { $0.data["level"] == .string("medium-risk") && $0.interval.effective.iso8601 == "2022-06-05T12:00+08:00" })
  }

  @Test func laterItemsWithoutADistrictAreInTheOneBefore() throws {
    let d = try draft("自6月5日零时起，管城区南关街道榆林苑小区、紫荆山街道枫香里小区解除封控。").drafts
    let z = d.filter { $0.type == .zoneLifted }
    #expect(z.count == 2)
    #expect(z.allSatisfy { $0.data["district"] == .string("guancheng") })
  }

  @Test func theZoneIsTheClauseBeforeTheVerb() throws {
    let d = try draft("对该人员居住的金水区花溪街道松柏苑小区，已于6月4日6时起划定为封控区。").drafts
    let z = try #require(d.first { $0.type == .zoneDesignated })
    #expect(z.data["place"] == .string("金水区花溪街道松柏苑小区"))
    #expect(z.interval.effective.iso8601 == "2022-06-04T06:00+08:00")
  }

  @Test func regradedAfterLiftingAndFromTo() throws {
    let d = try draft("自6月6日零时起，惠济区古荥镇由中风险区降为低风险区；管城区南关街道榆林苑小区解除封控，调整为管控区。").drafts
    let z = d.filter { $0.type == .zoneRegraded }
    #expect(z.map { $0.data["level"] } == [.string("low-risk"), .string("controlled")])
    #expect(z.map { $0.data["from_level"] } == [.string("medium-risk"), .string("sealed")])
  }

  @Test func anExceptionIsPartOfTheRuleBefore() throws {
    let d = try draft("其间，管城区人员非必要不离区。确需离开的，须持24小时内核酸检测阴性证明。").drafts
    #expect(d.filter { $0.subject.kind == .measure }.count == 1)
  }

  @Test func aVerbNamingAMomentOrAPlaceIsNoCue() throws {
    // 解封后 and 恢复运营前 are times, 解封区域 a place: the rules are what 须 imposes.
    let d = try draft("解封后，相关小区居民须在6月8日24时前完成两次核酸检测。").drafts
    #expect(d.first { $0.subject.kind == .measure }?.type == .measureImposed)
    let narrative = try draft("恢复运营前，已对全部车辆进行了消杀。").drafts
    #expect(!narrative.contains { $0.type == .measureLifted })
  }

  @Test func theFirstBusIsTheStartOfTheDay() throws {
    let d = try draft("记者从市公交集团获悉，6月6日首班车起，市区全部公交线路恢复正常运营。").drafts
    let m = try #require(d.first { $0.subject.kind == .measure })
    #expect(m.type == .measureLifted)
    #expect(m.interval.effective.iso8601 == "2022-06-06T00:00+08:00")
  }

  @Test func aVerbFirstClauseAboutAnotherKindOfThingIsAnotherRule() throws {
    let d = try draft("解封区域居民须在6月6日零时至6月8日24时期间完成两次核酸检测，其间非必要不离开所在街道。").drafts
    #expect(d.filter { $0.subject.kind == .measure }.count == 2)
  }

  @Test func aQualifierInheritedFromTheFigureBeforeIsShown() throws {
    let d = try draft("截至6月3日24时，累计报告本土确诊病例21例、本土无症状感染者40例。").drafts
    let m = try #require(d.first { $0.subject.raw == "metric:cases.asymptomatic.cumulative@city" })
    #expect(m.review?["reading"] == .string("累计（承前）本土无症状感染者"))
  }
}

extension DraftMorePatternTests {
  @Test func twoDistrictsMakeAProposedSetThatLiangQuMeansLater() throws {
    let r = try draft("（一）自6月6日起，青溪区、白石县中小学暂停线下教学。（二）其间，两区餐饮服务单位暂停堂食。")
    let m = r.drafts.filter { $0.subject.kind == .measure }
    #expect(m.count == 2)
    let set = try #require(r.proposed.scopes.first { $0.kind == .districtSet })
    #expect(set.zh == "青溪区、白石县")
    #expect(set.members.count == 2 && set.members.allSatisfy { $0.hasPrefix("d-") })
    #expect(m.allSatisfy { $0.data["scope"] == .string(set.key) })
  }

  @Test func aCatalogueSetIsFoundByItsMembers() throws {
    let d = try draft("自6月6日起，中原区、二七区、管城区、金水区、惠济区、郑东新区、高新区、经开区暂停堂食。").drafts
    #expect(d.first { $0.subject.kind == .measure }?.data["scope"] == .string("main-urban-8"))
  }
}

@Suite("Draft: testing rounds")
struct DraftTestingRoundTests {
  @Test func aRoundSinceADayIsACompletedRound() throws {
    let d = try draft("自6月1日第三轮全员核酸检测以来，全市未发现新的社会面感染者。").drafts
    let r = try #require(d.first { $0.type == .testingCompleted })
    #expect(r.data["round"] == .number("3"))
    #expect(r.interval.effective.iso8601 == "2022-06-01T00:00+08:00")
  }

  @Test func aSentenceGivingTheSamplingTimeIsARound() throws {
    let d = try draft("其间，管城区每天开展一轮全员核酸检测。首轮采样时间为6月6日7:00至12:00，采样点位另行通知。").drafts
    let r = try #require(d.first { $0.type == .testingScheduled })
    #expect(r.data["label"] == .string("首轮采样"))
    #expect(r.interval.effective.iso8601 == "2022-06-06T07:00+08:00")
    #expect(r.interval.until?.iso8601 == "2022-06-06T12:00+08:00")
    // The daily testing itself is a rule.
    #expect(d.contains { $0.type == .measureImposed && $0.quote.hasPrefix("其间") })
  }

  @Test func anyTestingWithAStartVerbAndATimeIsARound() throws {
    let d = try draft("6月6日8时起，金水区对重点行业从业人员开展核酸检测。").drafts
    #expect(d.contains { $0.type == .testingScheduled && $0.interval.effective.iso8601 == "2022-06-06T08:00+08:00" })
  }

  @Test func aPenaltyOnThisRoundTakesItsStart() throws {
    let text = """
      一、第二轮全员核酸检测
      采样时间：6月6日8:00开始，20:00结束。
      二、有关要求
      不参加本轮检测的人员，健康码将被赋为黄码。
      """
    let d = try draft(text).drafts
    let p = try #require(d.first { $0.subject.kind == .measure })
    #expect(p.interval.effective.iso8601 == "2022-06-06T08:00+08:00")
  }
}
