import Foundation
import Testing

@testable import TimelineKit

/// The real logs under events/, loaded once for every test that checks a fact from the briefings.
enum RealData {
  static let directory: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
      url.deleteLastPathComponent()
    }
    return url.appendingPathComponent("events").path
  }()

  static let timeline: Result<Timeline, TimelineError> = Result { () throws(TimelineError) in
    Timeline(store: try EventStore.load(directory: directory))
  }

  /// The compact table scanned from the same files (never the cache: tests must not write into events/).
  static let table: Result<EventTable, TimelineError> = Result { () throws(TimelineError) in
    try EventTable.build(directory: directory)
  }
}

/// One thing a careful reader of the briefings would check: which event decides a subject at (T, K).
struct Fact: CustomTestStringConvertible, Sendable {
  let subject: String
  let at: String
  let knownAt: String?
  /// The deciding event, or nil when the subject must have no state (not in force, not yet known, ended).
  let decidedBy: String?
  let value: String?
  let what: String

  init(_ subject: String, at: String, knownAt: String?, decidedBy: String?, value: String? = nil, _ what: String) {
    self.subject = subject
    self.at = at
    self.knownAt = knownAt
    self.decidedBy = decidedBy
    self.value = value
    self.what = what
  }

  var testDescription: String { "\(subject) at \(at)\(knownAt.map { " known at " + $0 } ?? ""): \(what)" }
}

/// Facts from the five briefings, each checked against the sealed logs (one per line of the curation's FACTS list).
@Suite struct BriefingFactsTests {
  static let facts: [Fact] = [
    Fact(
      "measure:dining.dine-in", at: "2022-01-08T13:00+08:00", knownAt: nil, decidedBy: "pc29-036",
      "in force: all dine-in suspended citywide (pick-up at the door and delivery allowed)"),
    Fact(
      "measure:dining.dine-in", at: "2022-01-08T11:00+08:00", knownAt: nil, decidedBy: "pc28-036",
      "in force: no dine-in in sealed/controlled/precaution zones, 50% seat cap elsewhere (not ye"),
    Fact(
      "measure:dining.dine-in", at: "2022-01-10T12:00+08:00", knownAt: "2022-01-08T00:00+08:00", decidedBy: "pc28-036",
      "as known at 2022-01-08: zone ban + 50% cap (the 2022-01-11 suspension is not yet known)"),
    Fact(
      "measure:dining.dine-in", at: "2022-01-10T12:00+08:00", knownAt: "2022-01-12T00:00+08:00", decidedBy: "pc29-036",
      "as known at 2022-01-12: all dine-in suspended citywide (retroactive from 2022-01-08T12:00)"),
    Fact(
      "measure:dining.dine-in", at: "2022-01-07T12:00+08:00", knownAt: nil, decidedBy: nil,
      "no state (the first dine-in event is effective 2022-01-08T00:00)"),
    Fact(
      "measure:dining.dine-in", at: "2022-11-27T10:00+08:00", knownAt: nil, decidedBy: "pc34-029",
      "in force: dine-in banned, delivery only to the compound gate (November rule; the 2022-11-2"),
    Fact("metric:cases.confirmed.cumulative@city", at: "2022-01-11T00:00+08:00", knownAt: nil, decidedBy: "pc29-002", value: "103", "value 103 例"),
    Fact("metric:cases.confirmed.cumulative@erqi", at: "2022-01-11T00:00+08:00", knownAt: nil, decidedBy: "pc29-003", value: "47", "value 47 例"),
    Fact("metric:cases.confirmed.cumulative@zhongyuan", at: "2022-01-11T00:00+08:00", knownAt: nil, decidedBy: "pc29-004", value: "27", "value 27 例"),
    Fact("metric:cases.confirmed.cumulative@zhengdong", at: "2022-01-11T00:00+08:00", knownAt: nil, decidedBy: "pc29-009", value: "1", "value 1 例"),
    Fact(
      "metric:cases.confirmed.cumulative@city", at: "2022-01-11T00:00+08:00", knownAt: "2022-01-10T23:59+08:00", decidedBy: nil,
      "no state: as known before the 2022-01-11 briefing the figure is unknown"),
    Fact(
      "metric:cases.confirmed.new@city", at: "2022-01-11T00:00+08:00", knownAt: nil, decidedBy: "pc29-010", value: "11",
      "value 11 例, period_start 2022-01-10T00:00 (new cases of 1月10日)"),
    Fact(
      "metric:cases.confirmed.new@gaoxin", at: "2022-01-11T00:00+08:00", knownAt: nil, decidedBy: "pc29-014", value: "3", "value 3 例 (new on 1月10日)"),
    Fact(
      "metric:cases.confirmed.new@city", at: "2022-11-05T00:00+08:00", knownAt: nil, decidedBy: "pc34-004", value: "9",
      "value 9 例, period_start 2022-11-04T00:00"),
    Fact(
      "metric:cases.asymptomatic.new@city", at: "2022-11-06T00:00+08:00", knownAt: nil, decidedBy: "pc34-007", value: "168",
      "value 168 例, period_start 2022-11-05T00:00"),
    Fact(
      "metric:cases.positive.new@city", at: "2022-11-23T00:00+08:00", knownAt: nil, decidedBy: "pc35-002", value: "813",
      "value 813 例, period_start 2022-11-22T00:00"),
    Fact("metric:cases.preliminary-positive@city", at: "2022-11-23T20:00+08:00", knownAt: nil, decidedBy: "pc35-004", value: "996", "value 996 例"),
    Fact(
      "measure:movement.stay-home", at: "2022-11-27T10:00+08:00", knownAt: nil, decidedBy: "pc35-010",
      "in force in main-urban-8: stay home, compounds closed, leave only with community certifica"),
    Fact(
      "measure:movement.stay-home", at: "2022-11-30T00:01+08:00", knownAt: nil, decidedBy: nil, "not in force (ended 2022-11-30T00:00 = 11月29日24时)"),
    Fact(
      "measure:movement.stay-home", at: "2022-11-24T12:00+08:00", knownAt: nil, decidedBy: nil,
      "not in force yet (announced, starts 2022-11-25T00:00)"),
    Fact(
      "measure:movement.stay-home", at: "2022-11-25T00:00+08:00", knownAt: "2022-11-24T00:00+08:00", decidedBy: "pc35-010",
      "in force: advance announcement known at 2022-11-24, in force from 2022-11-25"),
    Fact(
      "measure:movement.stay-home", at: "2022-11-27T10:00+08:00", knownAt: "2022-11-23T23:00+08:00", decidedBy: nil,
      "no state: as known before the 2022-11-24 publication nothing is known"),
    Fact(
      "measure:movement.shopping-pass", at: "2022-11-28T09:00+08:00", knownAt: nil, decidedBy: "pc35-011",
      "in force: 1 person per household per day, 1 hour, 24h negative test"),
    Fact(
      "measure:transport.traffic-control", at: "2022-11-26T10:00+08:00", knownAt: nil, decidedBy: "pc35-013",
      "in force in main-urban-8: only special vehicles, buses, medical trips, taxis/ride-hailing,"),
    Fact(
      "zone:zhongyuan/wanda-plaza-east-court", at: "2022-01-07T12:00+08:00", knownAt: nil, decidedBy: "pc28-044",
      "level medium-risk (designated from 2022-01-07)"),
    Fact(
      "zone:zhongyuan/wanda-plaza-east-court", at: "2022-01-07T12:00+08:00", knownAt: "2022-01-07T23:59+08:00", decidedBy: nil,
      "no state: the designation (retroactive to 2022-01-07) was recorded 2022-01-08"),
    Fact(
      "zone:erqi/jianshe-hanghai-songshan-jingguang-area", at: "2022-01-09T00:00+08:00", knownAt: nil, decidedBy: "pc28-048",
      "level controlled, re-graded from precaution; 8 hospitals/health centres excluded"),
    Fact(
      "zone:erqi/jianshe-hanghai-songshan-jingguang-area", at: "2022-01-06T12:00+08:00", knownAt: nil, decidedBy: nil,
      "no state (its earlier precaution designation is not in the texts)"),
    Fact("zone:gaoxin/wulong-xincheng-xiangxieyuan", at: "2022-01-08T00:00+08:00", knownAt: nil, decidedBy: "pc28-045", "level sealed"),
    Fact("zone:gaoxin/huafei-east-road-area", at: "2022-01-08T00:00+08:00", knownAt: nil, decidedBy: "pc28-046", "level controlled"),
    Fact("zone:gaoxin/dianchang-road-area", at: "2022-01-08T00:00+08:00", knownAt: nil, decidedBy: "pc28-047", "level precaution"),
    Fact("metric:zones.sealed.count@city", at: "2022-01-08T00:00+08:00", knownAt: nil, decidedBy: "pc28-008", value: "16", "value 16 个"),
    Fact("metric:zones.medium-risk.count@city", at: "2022-01-08T00:00+08:00", knownAt: nil, decidedBy: "pc28-007", value: "2", "value 2 个"),
    Fact(
      "measure:transport.intercity-coach", at: "2022-01-07T08:00+08:00", knownAt: nil, decidedBy: "pc28-051",
      "in force: coach services into/out of Zhengzhou suspended (即日起 = 2022-01-07)"),
    Fact(
      "measure:transport.intercity-ride-hailing", at: "2022-01-07T08:00+08:00", knownAt: nil, decidedBy: "pc28-052",
      "in force: intercity ride-hailing suspended"),
    Fact(
      "measure:transport.intercity-ride-hailing", at: "2022-01-12T08:00+08:00", knownAt: nil, decidedBy: "pc29-040",
      "in force: intercity ride-hailing and taxis suspended"),
    Fact(
      "measure:transport.bus", at: "2022-01-10T10:00+08:00", knownAt: nil, decidedBy: "pc29-041",
      "in force: 35 trunk lines run and skip stops in zones; other lines through zones suspended;"),
    Fact("measure:transport.bus", at: "2022-01-09T12:00+08:00", knownAt: nil, decidedBy: nil, "no state (the bus change is dated 1月10日)"),
    Fact(
      "measure:transport.bus", at: "2022-11-27T10:00+08:00", knownAt: nil, decidedBy: "pc35-014",
      "in force in main-urban-8 (temporary): buses run; passengers scan, temperature, mask, 24h t"),
    Fact(
      "measure:transport.metro", at: "2022-01-10T10:00+08:00", knownAt: nil, decidedBy: "pc29-042",
      "in force: skip stations in zones, load cap 50%, green code + 48h test"),
    Fact(
      "measure:transport.taxi", at: "2022-01-12T10:00+08:00", knownAt: nil, decidedBy: "pc29-043",
      "in force: odd/even plates; no leaving the city; no entering zones"),
    Fact(
      "measure:entry-exit.road-entry-check", at: "2022-01-10T07:00+08:00", knownAt: nil, decidedBy: "pc28-038",
      "in force: January-8 version (green channel for Henan cities without risk areas)"),
    Fact(
      "measure:entry-exit.road-entry-check", at: "2022-01-10T09:00+08:00", knownAt: nil, decidedBy: "pc29-037",
      "in force: all road arrivals checked (temperature, code, 48h test); no test = turned back"),
    Fact(
      "measure:entry-exit.departure-test-proof", at: "2022-01-09T00:00+08:00", knownAt: nil, decidedBy: "pc28-039",
      "in force: 48h negative test to leave Zhengzhou"),
    Fact("metric:entry-exit.road-checkpoints@city", at: "2022-01-09T00:00+08:00", knownAt: nil, decidedBy: "pc28-040", value: "129", "value 129 个"),
    Fact("metric:entry-exit.road-checkpoints@city", at: "2022-01-11T00:00+08:00", knownAt: nil, decidedBy: "pc29-038", value: "131", "value 131 个"),
    Fact(
      "testing:2022-01-round-1", at: "2022-01-07T03:00+08:00", knownAt: nil, decidedBy: "pc28-002",
      "completed: tested 1176.4887 万人 (ended by 2022-01-07T02:00)"),
    Fact(
      "testing:2022-01-round-2", at: "2022-01-07T12:00+08:00", knownAt: nil, decidedBy: "pc28-003",
      "scheduled: sampling 2022-01-07T09:00 to 15:00, results due 2022-01-08T09:00"),
    Fact(
      "testing:2022-01-round-2", at: "2022-01-07T16:00+08:00", knownAt: nil, decidedBy: nil, "no state (sampling ended 15:00; no completion reported)"
    ),
    Fact(
      "testing:2022-01-08-citywide", at: "2022-01-08T12:00+08:00", knownAt: nil, decidedBy: "pc28-053",
      "scheduled: sampling 2022-01-08T10:00 to 16:00, whole city"),
    Fact("testing:2022-01-round-4", at: "2022-01-11T12:00+08:00", knownAt: nil, decidedBy: "pc29-017", "completed: 1188.9 万人 tested, 13 confirmed"),
    Fact(
      "testing:2022-01-round-5", at: "2022-01-11T12:00+08:00", knownAt: nil, decidedBy: "pc29-018", "completed: 724.9 万人 tested in 市内9区, 5 confirmed"),
    Fact(
      "testing:2022-01-round-6", at: "2022-01-11T10:00+08:00", knownAt: nil, decidedBy: "pc29-019",
      "scheduled: sampling 2022-01-11T09:00 to 15:00 in 市内9区"),
    Fact(
      "testing:2022-11-27-main-urban-8", at: "2022-11-27T10:00+08:00", knownAt: nil, decidedBy: "pc35-007",
      "scheduled: daily screening of 11月27日 in main-urban-8"),
    Fact(
      "testing:2022-11-27-main-urban-8", at: "2022-11-27T10:00+08:00", knownAt: "2022-11-23T23:00+08:00", decidedBy: nil,
      "no state: not yet announced"),
    Fact("metric:quarantine.centralised@city", at: "2022-01-11T00:00+08:00", knownAt: nil, decidedBy: "pc29-031", value: "8525", "value 8525 人"),
    Fact("metric:quarantine.home@city", at: "2022-01-11T00:00+08:00", knownAt: nil, decidedBy: "pc29-032", value: "57458", "value 57458 人"),
    Fact(
      "metric:testing.people-screened@city", at: "2022-01-10T15:00+08:00", knownAt: nil, decidedBy: "pc29-022", value: "4816.9379",
      "value 4816.9379 万人次, period_start 2022-01-04T00:00"),
    Fact(
      "measure:transport.emergency-transport-pass", at: "2022-01-09T12:00+08:00", knownAt: nil, decidedBy: "np0110-019",
      "in force across Henan (scope province) from 2022-01-09"),
    Fact(
      "measure:transport.emergency-transport-pass", at: "2022-01-09T12:00+08:00", knownAt: "2022-01-09T23:00+08:00", decidedBy: nil,
      "no state: the page was recorded 2022-01-10 (retroactive)"),
    Fact(
      "metric:transport.emergency-lanes.expressway@province", at: "2022-01-10T00:00+08:00", knownAt: nil, decidedBy: "np0110-023", value: "826",
      "value 826 条"),
    Fact(
      "measure:quarantine.risk-area-arrivals", at: "2022-01-15T00:00+08:00", knownAt: nil, decidedBy: "np0110-028",
      "in force (province): 14 days centralised + 7 days home monitoring, 7 tests"),
    Fact(
      "measure:venues.non-essential", at: "2022-01-09T12:00+08:00", knownAt: nil, decidedBy: "pc28-011",
      "in force: closure only inside the managed zones"),
    Fact(
      "measure:venues.non-essential", at: "2022-01-12T12:00+08:00", knownAt: nil, decidedBy: "pc29-044",
      "in force: all non-essential places closed citywide"),
    Fact(
      "measure:venues.non-essential", at: "2022-11-10T12:00+08:00", knownAt: nil, decidedBy: "pc34-027",
      "in force: daily-life shops in low-risk areas reopen"),
    Fact(
      "measure:health-code.untested-yellow", at: "2022-01-09T00:00+08:00", knownAt: nil, decidedBy: "pc28-006",
      "in force: skipping citywide testing = yellow code"),
    Fact(
      "measure:medical.maternity-green-channel", at: "2022-01-09T12:00+08:00", knownAt: "2022-01-10T12:00+08:00", decidedBy: nil,
      "no state: as known at 2022-01-10 the channel starts 2022-01-10"),
    Fact(
      "measure:medical.maternity-green-channel", at: "2022-01-09T12:00+08:00", knownAt: nil, decidedBy: "pc29-045",
      "in force: launched 1月8日 (learned 2022-01-11)"),
    Fact(
      "measure:entry-exit.arrival-registration", at: "2022-11-27T10:00+08:00", knownAt: nil, decidedBy: "pc35-017",
      "in force (temporary): register ahead + itinerary + codes + 24h test"),
    Fact(
      "measure:entry-exit.arrival-registration", at: "2022-11-30T12:00+08:00", knownAt: nil, decidedBy: "pc35-016",
      "in force: register with the community in advance (standing rule)"),
    Fact(
      "measure:schools.online-teaching", at: "2022-01-10T10:00+08:00", knownAt: nil, decidedBy: "pc29-025",
      "in force: primary and secondary schools online"),
    Fact(
      "measure:schools.online-teaching", at: "2022-11-10T10:00+08:00", knownAt: nil, decidedBy: "pc34-030",
      "in force: schools, childcare and off-campus training online"),
    Fact(
      "measure:testing.vaccination-exemption", at: "2022-01-08T17:00+08:00", knownAt: nil, decidedBy: nil,
      "not in force (ended with the round's sampling, 16:00)"),
  ]

  @Test(arguments: facts) func fact(_ f: Fact) throws {
    let timeline = try RealData.timeline.get()
    let point = Bitemporal(at: try Timestamp.parse(f.at), knownAt: try f.knownAt.map { try Timestamp.parse($0) })
    let subject = try SubjectKey(f.subject)
    let deciding = timeline.index.deciding(subject, at: point)
    #expect(deciding?.id == f.decidedBy)
    if let value = f.value { #expect(deciding?.data["value"] == .number(value)) }
    // The naive replay must agree with the index on every real fact.
    let naive = StateFold.replay(timeline.store.events, at: point, order: timeline.index.order)[subject]
    #expect(naive?.id == timeline.index.deciding(subject, at: point)?.id)
    // The table scanned from the log files (the path `timeline state` takes) must agree.
    let table = try RealData.table.get()
    let fromTable = table.subjectIndex(f.subject).flatMap {
      table.deciding(subject: $0, at: point.at.epochSeconds, knownAt: point.knownAt?.epochSeconds)
    }
    #expect(try fromTable.map { try table.events([$0])[$0]!.id } == f.decidedBy)
  }
}
