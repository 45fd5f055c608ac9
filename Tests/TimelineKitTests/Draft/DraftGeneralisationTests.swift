import Foundation
import Testing

@testable import TimelineKit

// Issue 14, patterns measured on the leave-one-briefing-out evaluation. Made-up sentences in the style of official
// notices: none is copied from the five source texts or the practice set.

private func draft(_ text: String, published: String = "2022-06-04T20:00+08:00", known: Set<String> = []) throws -> DraftResult {
  try DraftFixture.draft(text, published: published, known: known)
}

@Suite("Draft: one round, however often the notice repeats it")
struct DraftRepeatedRoundTests {
  @Test func aRoundRepeatedFurtherDownIsDraftedOnce() throws {
    let text = """
      6月6日至7日，金水区每天开展一次核酸筛查。
      请居民按社区安排有序参加。
      全区居民自觉参加核酸筛查，6月6日至6月7日，每天开展一次核酸筛查。
      """
    let rounds = try draft(text).drafts.filter { $0.type == .testingScheduled }
    #expect(rounds.map(\.interval.effective.iso8601) == ["2022-06-06T00:00+08:00", "2022-06-07T00:00+08:00"])
  }

  @Test func roundsOfTwoDistrictsOnOneDayAreTwo() throws {
    let text = "6月6日8时起，金水区开展全员核酸检测；6月6日8时起，二七区开展全员核酸检测。"
    let rounds = try draft(text).drafts.filter { $0.type == .testingScheduled }
    #expect(rounds.count == 2, "\(rounds.map(\.subject.raw))")
  }
}
