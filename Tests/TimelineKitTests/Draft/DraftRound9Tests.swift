import Foundation
import Testing

@testable import TimelineKit

// Ninth round: general patterns found by drafting made-up notices written by someone who had not read the drafter.
// Made-up sentences in the style of official notices: none is copied from the five source texts, the practice set
// or those notices.

@Suite("Draft: a speaker's tag before a colon does not hide the date that opens the answer")
struct DraftSpeakerTagTests {
  @Test(arguments: ["答（市卫健委负责人）：", "主持人：", "市卫健委："])
  func aFigureAfterASemicolonKeepsTheAnswersDay(_ tag: String) throws {
    let d = try draft(tag + "5月3日0—24时，全市新增本土确诊病例4例；新增本土无症状感染者21例。", published: "2022-05-04T20:00+08:00").drafts
      .filter { $0.type == .metricReported }
    let asym = d.first { $0.subject.raw == "metric:cases.asymptomatic.new@city" }
    #expect(asym != nil && asym!.interval.effective.dateString == "2022-05-04" && asym!.interval.effective.iso8601.hasSuffix("T00:00+08:00"), "\(d.map(\.interval.effective.iso8601))")
  }
}

@Suite("Draft: 同日 points back to the moment of the sentence before")
struct DraftSameDayMomentTests {
  @Test func zonesLiftedTheSameDayTakeItsHour() throws {
    let text = """
      上街区新冠肺炎疫情防控指挥部
      通告
      1.自6月12日15时起，济源路街道某某苑小区由高风险区降为中风险区。
      2.同日，峡窝镇某某村、中心路街道某某里小区解除高风险区管理。
      """
    let d = try draft(text, published: "2022-06-11T21:00+08:00").drafts
    let lifted = d.filter { $0.type == .zoneLifted }
    #expect(lifted.count == 2 && lifted.allSatisfy { $0.interval.effective.iso8601 == "2022-06-12T15:00+08:00" }, "\(lifted.map(\.interval.effective.iso8601))")
    // Lifting zones lifts no rule beside them.
    #expect(!d.contains { $0.type == .measureLifted }, "\(d.map(\.type))")
  }

  @Test func aSameDayWithoutAnHourBeforeStaysAtTheDaysStart() throws {
    let text = "6月12日，某某路街道开展核酸检测。\n同日，中原区某某街道某某小区解除封控。"
    let z = try draft(text, published: "2022-06-12T21:00+08:00").drafts.filter { $0.type == .zoneLifted }
    #expect(z.count == 1 && z[0].interval.effective.iso8601 == "2022-06-12T00:00+08:00", "\(z.map(\.interval.effective.iso8601))")
  }
}
