import Foundation
import Testing

@testable import TimelineKit

/// The derived cache is used only while it matches the logs exactly, and is rebuilt otherwise.
@Suite struct EventTableCacheTests {
  func ids(_ t: EventTable, at: String) throws -> [String] {
    let winners = t.state(at: try Timestamp.parseUserInput(at).epochSeconds, knownAt: nil)
    let events = try t.events(winners)
    return winners.map { events[$0]!.id }.sorted()
  }

  @Test func aSecondOpenUsesTheCacheAndAgreesWithAScan() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-002"), Fixture.dineIn("b1-003", effective: "2022-01-09T00:00+08:00", rule: "r3")])
    let first = try EventTable.open(directory: f.dir)
    #expect(!first.cached)
    #expect(FileManager.default.fileExists(atPath: f.path(EventTable.cacheFileName)))
    let second = try EventTable.open(directory: f.dir)
    #expect(second.cached)
    #expect(second.table.records == first.table.records)
    #expect(second.table.subjects == first.table.subjects)
    #expect(try ids(second.table, at: "2022-01-10") == ["b1-003"])
  }

  @Test func anAppendMakesTheCacheStale() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-002")])
    _ = try EventTable.open(directory: f.dir)
    try f.append([Fixture.dineIn("b1-003", effective: "2022-01-09T00:00+08:00", rule: "r3")])
    let after = try EventTable.open(directory: f.dir)
    #expect(!after.cached, "the log changed, so the cache must not be used")
    #expect(try ids(after.table, at: "2022-01-10") == ["b1-003"])
    #expect(try EventTable.open(directory: f.dir).cached)
  }

  @Test func aNewLogMakesTheCacheStale() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-002")])
    _ = try EventTable.open(directory: f.dir)
    try f.append([Fixture.briefing("b2", id: "b2-001"), Fixture.dineIn("b2-002", log: "b2", effective: "2022-01-09T00:00+08:00")], to: "b2")
    let after = try EventTable.open(directory: f.dir)
    #expect(!after.cached)
    #expect(try ids(after.table, at: "2022-01-10") == ["b2-002"])
  }

  @Test(arguments: ["flip a byte", "truncate", "empty", "garbage"])
  func aCorruptCacheIsDetectedAndRebuilt(_ damage: String) throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-002")])
    _ = try EventTable.open(directory: f.dir)
    let path = f.path(EventTable.cacheFileName)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    switch damage {
    case "flip a byte": bytes[bytes.count - 20] ^= 0x40
    case "truncate": bytes.removeLast(9)
    case "empty": bytes = []
    default: bytes = Array("not a cache at all, but long enough to have a header of 32 bytes".utf8)
    }
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let reopened = try EventTable.open(directory: f.dir)
    #expect(!reopened.cached)
    #expect(try ids(reopened.table, at: "2022-01-10") == ["b1-002"])
    #expect(try EventTable.open(directory: f.dir).cached, "the rebuilt cache is written back")
  }

  @Test func aDamagedRecordIsCaughtByTheOneSubjectOpenToo() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-002")])
    let first = try EventTable.open(directory: f.dir).table
    let path = f.path(EventTable.cacheFileName)
    var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
    // The records are the first section of the data, which starts at the first page boundary.
    let dataStart = 4096
    let seqOffset = MemoryLayout<EventRecord>.offset(of: \EventRecord.seq)!
    bytes[dataStart + seqOffset] ^= 0x01
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    let opened = try EventTable.open(directory: f.dir, subject: "measure:dining.dine-in", catalogue: Catalogue())
    #expect(opened.table.integrity == nil, "a damaged block must send the open back to the logs")
    #expect(Array(opened.table.records) == Array(first.records))
    #expect(try EventTable.open(directory: f.dir).cached, "the rebuilt cache is written back")
  }

  @Test func aOneSubjectOpenChecksOnlyWhatItReads() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-002")])
    _ = try EventTable.open(directory: f.dir)
    let opened = try EventTable.open(directory: f.dir, subject: "measure:dining.dine-in", catalogue: Catalogue())
    #expect(opened.table.integrity != nil, "an intact cache is used")
    #expect(opened.table.subjects[opened.subject] == "measure:dining.dine-in")
  }

  @Test func typeCodesArePositionsInAllCases() {
    for (k, t) in EventType.allCases.enumerated() {
      #expect(Int(t.code) == k)
      #expect(eventTypesByCode[k] == t)
      // The records' own readings of the code agree with the type's.
      let r = EventRecord(effective: 0, until: 0, recorded: 0, retractedAt: 0, offset: 0, length: 0, seq: 0, subject: 0, log: 0, type: t.code)
      #expect(r.decides == t.decides && r.isRestatement == t.isRestatement, "\(t)")
    }
  }

  @Test func aTornLogIsReportedEvenWithAValidLookingCache() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-002")])
    _ = try EventTable.open(directory: f.dir)
    try f.write(try f.read() + Array(#"{"seq":3,"id":"b1-0"#.utf8))
    #expect(throws: (any Error).self) { try EventTable.open(directory: f.dir) }
  }

  @Test func scanningAgreesWithTheFullReaderOnTheRealLogs() throws {
    let scanned = try RealData.table.get()
    let timeline = try RealData.timeline.get()
    let fromEvents = EventTable(events: timeline.store.events, logRank: timeline.store.logRank)
    #expect(scanned.subjects == fromEvents.subjects)
    #expect(scanned.records.map(\.effective) == fromEvents.records.map(\.effective))
    #expect(scanned.records.map(\.until) == fromEvents.records.map(\.until))
    #expect(scanned.records.map(\.type) == fromEvents.records.map(\.type))
    #expect(scanned.records.map(\.seq) == fromEvents.records.map(\.seq))
  }
}
