import Foundation
import Testing

@testable import TimelineKit

/// Limits that keep a hostile or runaway log from exhausting memory: the longest line (LogFile.maximumLineBytes,
/// 16 MiB), the most events per log (LogFile.maximumEvents, proposed in hardening.diff) and the largest draft batch
/// (Appender.maximumBatchDrafts, proposed in hardening.diff).
@Suite struct HardeningResourceLimitTests {
  @Test func theReaderRefusesALineOverTheLimitAndReadsTheRest() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-002")])
    var bytes = try f.read()
    let long = LogFile.maximumLineBytes + 1
    bytes += [UInt8](repeating: UInt8(ascii: "x"), count: long) + [0x0A]
    let log = LogReader.parse(bytes, path: "b1.jsonl")
    #expect(log.events.count == 2)
    #expect(log.diagnostics.map(\.description) == ["b1.jsonl:3: line is 16777217 bytes, over the limit of 16777216 bytes"])
  }

  @Test
  func appendRefusesADraftWhoseSealedLineWouldBeOverTheLineLimit() throws {
    // Before the fix this was sealed, and from then on every read of the log refused the line: the log was unreadable.
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing()])
    let before = try f.read()
    let note = String(repeating: "n", count: LogFile.maximumLineBytes)
    let draft = Fixture.dineIn("big-1").replacingOccurrences(of: #""rule":"#, with: #""note":"\#(note)","rule":"#)
    #expect(throws: TimelineError.self) { try f.append([draft]) }
    do { try f.append([draft]) } catch {
      #expect(problems(of: error).map(\.description) == ["drafts.jsonl:1: line is 16777562 bytes, over the limit of 16777216 bytes"])
    }
    #expect(try f.read() == before)
    #expect(try LogReader.read(path: f.path("b1.jsonl")).diagnostics.isEmpty)
  }

  @Test
  func theReaderStopsAtTheMaximumNumberOfEvents() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing()] + (2...5).map { Fixture.dineIn("b1-00\($0)") })
    let log = LogReader.parse(try f.read(), path: "b1.jsonl", options: .init(maximumEvents: 3))
    #expect(log.events.count == 3)
    #expect(log.diagnostics.map(\.description) == ["b1.jsonl:4: log holds more than 3 events, the most one log may hold; start a new log"])
    #expect(LogFile.maximumEvents == 10_000_000)
  }

  @Test
  func appendRefusesABatchOverTheLimitAndALogPastTheEventLimit() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing()])
    let before = try f.read()
    let drafts = Array(Hardening.drafts(4, prefix: "lim").utf8)
    do {
      _ = try Appender.append(drafts: drafts, draftsPath: "drafts.jsonl", toLog: f.path("b1.jsonl"), directory: f.dir, maximumBatch: 3)
      Issue.record("a batch of 4 passed a limit of 3")
    } catch {
      #expect(error.description == "drafts.jsonl:4: batch has more than 3 drafts, the most one append takes; split it into smaller batches")
    }
    do {
      _ = try Appender.append(drafts: drafts, draftsPath: "drafts.jsonl", toLog: f.path("b1.jsonl"), directory: f.dir, maximumEvents: 4)
      Issue.record("1 + 4 events passed a log limit of 4")
    } catch {
      #expect(error.description == "\(f.path("b1.jsonl")): log holds more than 4 events, the most one log may hold; start a new log")
    }
    #expect(try f.read() == before)
    #expect(Appender.maximumBatchDrafts == 100_000)
  }
}
