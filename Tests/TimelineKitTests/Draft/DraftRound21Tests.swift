import Foundation
import Testing

@testable import TimelineKit

// Twenty-first round: patterns of notice language found on the dev sets (and the new dev set BY). Made-up sentences in
// the style of those genres: none is copied from the five source texts, the practice set or the sets' notices.

/// The measures drafted from made-up text.
private func measures(_ text: String, published: String = "2022-09-05T21:00+08:00") throws -> [Draft] {
  try draft(text, published: published).drafts.filter { $0.type.rawValue.hasPrefix("measure.") }
}

/// Each measure as "testing|other scope".
private func scopes(_ d: [Draft]) -> [String] {
  d.map { "\($0.subject.raw.hasPrefix("measure:testing.") ? "testing" : "other") \($0.data["scope"]?.stringValue ?? "-")" }
}

@Suite("Draft: a zone type's tests — within a span of days, sampled at home every day, after a level's label")
struct DraftZoneTestsRound21Tests {
  @Test func testsWithinASpanAfterALevelsRegimeAreARuleOfTheirOwn() throws {
    let d = try measures("某市某区疫情防控指挥部通告\n中风险区实行“人不出区、错峰取物”，5天内开展3次核酸检测。\n")
    #expect(scopes(d) == ["other zones:medium-risk", "testing zones:medium-risk"], "\(scopes(d))")
  }

  @Test func sampledAtHomeEveryDayIsTheZoneTypesTestingRule() throws {
    let d = try measures("某市某区疫情防控指挥部通告\n封控区群众每日接受一次入户核酸采样。\n")
    #expect(scopes(d) == ["testing zones:sealed"], "\(scopes(d))")
  }

  @Test func aLevelAsALabelScopesEveryRuleOfItsLine() throws {
    let d = try measures("某市某区疫情防控指挥部通告\n管控区：实行“人不出区、错峰取物”，严禁聚集，3天内开展2次核酸检测。\n")
    #expect(!d.isEmpty && scopes(d).allSatisfy { $0.hasSuffix(" zones:controlled") }, "\(scopes(d))")
    #expect(scopes(d).contains("testing zones:controlled"), "\(scopes(d))")
  }

  @Test func aWindowOfHoursToBeTestedInIsNoSpanOfDays() throws {
    // (A deadline in hours, said with 须, is the one rule it always was.)
    let d = try measures("某市某区疫情防控指挥部通告\n返郑人员须在抵达后24小时内完成1次核酸检测。\n")
    #expect(d.count == 1, "\(scopes(d))")
  }
}

@Suite("Draft: the regime a zone list's lead-in sets for its places")
struct DraftLeadInRegimeRound21Tests {
  let notice = """
    郑州市金水区疫情防控指挥部通告
    一、自9月6日15时起，将以下区域划定为高风险区，落实“足不出户、上门服务”，每日开展一次入户核酸采样：
    1.某某街道青禾苑小区5号楼；
    2.某某街道南关村三组。
    二、以下区域自9月7日0时起解除封控，调整为管控区，实行“人不出区、严禁聚集”：
    某某街道桂园小区；某某街道北关村。
    三、自9月6日15时起，将以下区域划定为中风险区：
    某某街道丰和里小区。
    """

  func drafted() throws -> [Draft] { try measures(notice, published: "2022-09-06T20:00+08:00") }

  @Test func aDesignationsLeadInImposesItsRegimeFromItsStart() throws {
    let d = try drafted().filter { $0.quote.contains("划定为高风险区") }
    #expect(d.map(\.type) == [.measureImposed, .measureImposed], "\(d.map(\.type))")
    #expect(d.map(\.subject.raw).first == "measure:movement.stay-home", "\(d.map(\.subject.raw))")
    #expect(spans(d) == ["2022-09-06T15:00+08:00 -", "2022-09-06T15:00+08:00 -"], "\(spans(d))")
    #expect(scopes(d) == ["other zones:high-risk", "testing zones:high-risk"], "\(scopes(d))")
  }

  @Test func aRegradingsLeadInAmendsTheRule() throws {
    let d = try drafted().filter { $0.quote.contains("调整为管控区") }
    #expect(d.map(\.type) == [.measureAmended], "\(d.map(\.type))")
    #expect(spans(d) == ["2022-09-07T00:00+08:00 -"], "\(spans(d))")
    #expect(scopes(d) == ["other zones:controlled"], "\(scopes(d))")
  }

  @Test func aLeadInThatOnlyNamesTheListSetsNoRule() throws {
    let d = try drafted().filter { $0.quote.contains("中风险区") || $0.quote.contains("丰和里") }
    #expect(d.isEmpty, "\(d.map(\.quote))")
  }
}
