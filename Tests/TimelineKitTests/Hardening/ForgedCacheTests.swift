import Foundation
import Testing

@testable import TimelineKit

/// Break 3 of issue 19: a cache forged with re-sealed checksums, whose dine-in record points at the bus line,
/// made `state` answer dine-in with the bus rule. Every decoded line is now checked against its record; on a
/// mismatch the cache is discarded and the command answers from the logs.
@Suite struct ForgedCacheTests {
  static let bus =
    #"{"id":"bus-1","type":"measure.imposed","subject":"measure:transport.bus","effective":"2022-01-08T00:00+08:00","recorded":"2022-01-11T00:00+08:00","source":"b1","quote":"市区公交线路一律暂停运营","data":{"scope":"city","rule":"buses stop"}}"#

  /// Writes a cache for the fixture whose dine-in record points at the bus event's line, checksums and all.
  static func forge(_ f: Fixture) throws {
    let (table, _) = try EventTable.open(directory: f.dir, useCache: false)
    let dine = try #require(table.subjectIndex("measure:dining.dine-in"))
    let bus = try #require(table.subjectIndex("measure:transport.bus"))
    var records = Array(table.records)
    let d = table.range(of: dine).lowerBound
    let b = table.range(of: bus).lowerBound
    records[d].offset = records[b].offset
    records[d].length = records[b].length
    let forged = EventTable(logs: table.logs, subjects: table.subjects, records: FixedArray(records), subjectStart: table.subjectStart)
    let paths = try EventStore.logPaths(in: f.dir)
    forged.writeCache(f.path(EventTable.cacheFileName), stamps: paths.map { EventTable.stamp($0)! })
  }

  static func run(_ args: [String]) -> (status: Int32, out: String, err: String) {
    final class Box: @unchecked Sendable {
      var out: [UInt8] = []
      var err: [UInt8] = []
    }
    let box = Box()
    let io = CommandIO(writeOut: { box.out += $0 }, writeErr: { box.err += $0 }, readInput: { [] })
    let status = TimelineCLI.run(args, io: io)
    return (status, String(decoding: box.out, as: UTF8.self), String(decoding: box.err, as: UTF8.self))
  }

  @Test func aForgedRecordIsCaughtAndTheAnswerComesFromTheLogs() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("d1"), Self.bus])
    try Self.forge(f)
    // The forged cache is accepted as a cache (its checksums hold) ...
    let (cached, fromCache) = try EventTable.open(directory: f.dir)
    #expect(fromCache)
    // ... but the line its dine-in record points at is not the dine-in event.
    let dine = cached.range(of: cached.subjectIndex("measure:dining.dine-in")!).lowerBound
    #expect(throws: TimelineError(.tableDisagrees(log: f.path("b1.jsonl"), line: 2))) { try cached.events([dine]) }

    let args = ["state", "--at", "2022-01-09", "--category", "dining", "--format", "csv", "--events", f.dir]
    let r = Self.run(args)
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("suspended citywide"))
    #expect(!r.out.contains("buses stop"))
    #expect(
      r.err == "note: \(f.path("b1.jsonl")):2: the line is not the event the event table says it is (a forged or stale cache, "
        + "or the log changed while it was read); answering from the logs and rebuilding the cache\n")
    // The rebuilt cache answers without a note.
    let again = Self.run(args)
    #expect(again.out == r.out)
    #expect(again.err == "")
    #expect(try EventTable.open(directory: f.dir).cached)
  }

  @Test func historyIsCheckedToo() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("d1"), Self.bus])
    try Self.forge(f)
    let r = Self.run(["history", "measure:dining.dine-in", "--format", "csv", "--events", f.dir])
    #expect(r.status == 0, "\(r.err)")
    #expect(r.out.contains("suspended citywide"))
    #expect(!r.out.contains("buses stop"))
    #expect(r.err.hasPrefix("note: "))
  }
}
