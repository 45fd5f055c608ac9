import Foundation
import Testing

@testable import TimelineKit

/// What the engine may claim about the bundled briefings: what is confirmed, what is stale, what a figure
/// covers, and why a rule disappears between two moments.
@Suite struct HonestReplayTests {
  func t(_ s: String) throws -> Timestamp { try Timestamp.parseUserInput(s) }

  func entry(_ subject: String, at: String, knownAt: String? = nil) throws -> Timeline.StateEntry? {
    let timeline = try RealData.timeline.get()
    return timeline.state(at: Bitemporal(at: try t(at), knownAt: try knownAt.map(t))).first { $0.subject.raw == subject }
  }

  @Test func theJanuaryDineInSuspensionIsUnconfirmedInJune() throws {
    let june = try #require(try entry("measure:dining.dine-in", at: "2022-06-01"))
    #expect(june.event.id == "pc29-036", "still the deciding event: nothing later changed it before November")
    #expect(june.status == .unconfirmed)
    #expect(june.lastStated == (try t("2022-01-11")))
    #expect(june.ageSeconds(at: try t("2022-06-01")) == 141 * 86_400)
    #expect(june.end == .announced(at: try t("2022-11-07"), by: EventRef(try #require(try entry("measure:dining.dine-in", at: "2022-11-08")).event)))
    // The day after the briefing that stated it, it is in force.
    let jan12 = try #require(try entry("measure:dining.dine-in", at: "2022-01-12"))
    #expect(jan12.status == .inForce)
    #expect(jan12.ageSeconds(at: try t("2022-01-12")) == 86_400)
    // As known on 12 January nothing had yet replaced it: its end was unknown then.
    let known = try #require(try entry("measure:dining.dine-in", at: "2022-06-01", knownAt: "2022-01-12"))
    #expect(known.end == .unknown)
    #expect(known.status == .unconfirmed)
  }

  @Test func aWiderHorizonConfirmsWhatTheDefaultDoesNot() throws {
    let timeline = try RealData.timeline.get()
    let point = Bitemporal(at: try t("2022-02-01"))
    let narrow = timeline.state(at: point).first { $0.subject.raw == "measure:dining.dine-in" }
    let wide = timeline.state(at: point, confirmation: Confirmation(horizonSeconds: 30 * 86_400)).first { $0.subject.raw == "measure:dining.dine-in" }
    #expect(narrow?.status == .unconfirmed, "21 days after 2022-01-11, past the default 14")
    #expect(wide?.status == .inForce, "within 30 days")
  }

  @Test func aScheduledEndConfirmsTheRuleUntilItsEnd() throws {
    // The November stay-home order runs to 11月29日24时 by its own text, however old the briefing.
    let e = try #require(try entry("measure:movement.stay-home", at: "2022-11-29T23:00"))
    #expect(e.status == .inForce)
    #expect(e.end == .scheduled(at: try t("2022-11-30T00:00")))
  }

  @Test func aRestatementRefreshesLastStatedWithoutChangingTheState() throws {
    let subject = "measure:entry-exit.road-service-stations"
    // pc29-058 (11 January) restates pc28-037 (stations set up by 1月6日18时, published 8 January).
    let all = try #require(try entry(subject, at: "2022-01-24"))
    #expect(all.event.id == "pc28-037")
    #expect(all.statement.id == "pc29-058")
    #expect(all.lastStated == (try t("2022-01-11")))
    #expect(all.status == .inForce, "13 days after the restatement")
    // As known on 10 January the restatement was not yet made: the same state, last stated on 8 January, stale.
    let before = try #require(try entry(subject, at: "2022-01-24", knownAt: "2022-01-10"))
    #expect(before.event.id == "pc28-037")
    #expect(before.lastStated == (try t("2022-01-08")))
    #expect(before.status == .unconfirmed, "16 days after 8 January")
    // A restatement is in the subject's history, but never decides.
    let timeline = try RealData.timeline.get()
    #expect(timeline.history(of: try SubjectKey(subject)).map(\.event.id) == ["pc28-037", "pc28-059", "pc29-058"])
  }

  @Test func figuresAreShownApartWithTheirMoment() throws {
    let e = try #require(try entry("metric:cases.confirmed.new@city", at: "2022-02-01"))
    #expect(e.isFigure)
    #expect(e.lastStated == (try t("2022-01-11")), "as of 1月10日24时")
    #expect(e.status == .unconfirmed, "a count of 10 January is not news on 1 February")
    #expect(try entry("metric:cases.confirmed.new@city", at: "2022-01-12")?.status == .latest)
  }

  @Test func stateLongAfterTheLastBriefingSaysSoFirst() {
    let r = EndToEndTests.run(["state", "--at", "2022-06-01", "--events", RealData.directory])
    #expect(r.status == 0)
    let first = r.out.split(separator: "\n").first.map(String.init) ?? ""
    #expect(first.hasPrefix("State at 2022-06-01T00:00+08:00: 0 in force, "))
    #expect(first.hasSuffix("The latest briefing before it is from 2022-01-11 00:00, 141 days earlier: no briefing confirms anything since"))
    #expect(r.out.contains(" last stated more than 14 days before 2022-06-01 00:00: shown as unconfirmed"))
    let confirmed = EndToEndTests.run(["state", "--at", "2022-06-01", "--confirmed-only", "--kind", "measure", "--events", RealData.directory])
    #expect(confirmed.out.hasPrefix("State at 2022-06-01T00:00+08:00, kind measure: 0 in force, 0 unconfirmed. "))
  }

  @Test func csvCarriesStatusLastStatedAndAge() {
    let r = EndToEndTests.run(
      ["state", "--at", "2022-06-01", "--kind", "measure", "--category", "dining", "--format", "json", "--events", RealData.directory])
    #expect(r.status == 0)
    #expect(
      r.out.contains(
        #""kind":"measure","status":"unconfirmed","last_stated":"2022-01-11T00:00+08:00","last_stated_source":"2022-01-11_press-conference-29","last_stated_event":"pc29-036","age_days":141,"age":"141 days","end":"announced","end_at":"2022-11-07T00:00+08:00","end_event":"pc34-029""#
      ))
  }

  @Test func swappedEndpointsNeverPrintAnEmptyTime() throws {
    for args in [
      ["diff", "--from", "2022-11-26", "--to", "2022-11-24"], ["diff", "--known-at", "2022-01-12", "--vs", "2022-01-08", "--at", "2022-01-10T12:00"],
    ] {
      let r = EndToEndTests.run(args + ["--format", "json", "--events", RealData.directory])
      #expect(r.status == 0)
      let rows = try #require(Hardening.jsonRows(r.out))
      #expect(rows.count > 0, "\(args)")
      for row in rows {
        #expect(row["effective"] is String && row["reason_at"] is String && row["event_id"] is String, "\(args): \(row)")
        #expect(["not yet in force", "not yet known"].contains(row["reason"] as? String ?? ""), "\(args): \(row)")
      }
    }
  }

  @Test func aDiffAcrossAnAppendedRetractionNamesIt() throws {
    let dir = try EndToEndTests.emptyDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let events = dir + "/events"
    try FileManager.default.copyItem(atPath: RealData.directory, toPath: events)
    try? FileManager.default.removeItem(atPath: events + "/.timeline-cache")
    let log = events + "/2022-11-24_press-conference-35.jsonl"
    let quote = "11月22日，新增阳性病例813例"
    let draft =
      #"{"id":"fix-1","type":"event.retracted","subject":"measure:transport.metro","effective":"2022-11-25T00:00+08:00","recorded":"2022-11-25T00:00+08:00","source":"2022-11-24_press-conference-35","quote":"\#(quote)","data":{"reason":"test","target":"pc29-042"}}"#
    let appended = EndToEndTests.run(["append", log, "--events", events], stdin: draft + "\n")
    #expect(appended.status == 0, "\(appended.err)")
    let r = EndToEndTests.run(
      ["diff", "--known-at", "2022-11-24", "--vs", "2022-11-26", "--at", "2022-11-26", "--kind", "measure", "--format", "csv", "--events", events])
    #expect(r.status == 0)
    let metro = r.out.split(separator: "\n").filter { $0.hasPrefix("ended,transport,measure:transport.metro,") }
    #expect(metro.count == 1)
    #expect(
      metro.first?.hasSuffix(
        ",fix-1,2022-11-25T00:00+08:00,2022-11-25T00:00+08:00,2022-11-24_press-conference-35,\(quote),retracted,2022-11-25T00:00+08:00,\"retracted by fix-1 (2022-11-24_press-conference-35), recorded 2022-11-25 00:00\""
      ) == true,
      "\(metro)")
    // And the reverse: the retraction was not yet known.
    let back = EndToEndTests.run(
      ["diff", "--known-at", "2022-11-26", "--vs", "2022-11-24", "--at", "2022-11-26", "--kind", "measure", "--format", "csv", "--events", events])
    #expect(back.out.contains("added,transport,measure:transport.metro,"))
  }
}
