import Foundation
import Testing

@testable import TimelineKit

/// Edits, deletions, reorderings and torn tails are each detected at the right line.
@Suite struct IntegrityTests {
  func sealedFixture() throws -> Fixture {
    let f = try Fixture()
    try f.append([
      Fixture.briefing(), Fixture.dineIn("b1-002"), Fixture.dineIn("b1-003", rule: "r3"), Fixture.dineIn("b1-004", rule: "r4"),
      Fixture.dineIn("b1-005", rule: "r5"),
    ])
    return f
  }

  func problems(_ f: Fixture) throws -> [Diagnostic] { try Verifier.verify(directory: f.dir).diagnostics }

  @Test func anEditedLineBreaksTheChainOnTheNextLine() throws {
    let f = try sealedFixture()
    defer { f.remove() }
    var lines = try f.lines()
    lines[2] = lines[2].replacingOccurrences(#""rule":"r3""#, #""rule":"r9""#)
    try f.write(Array((lines.joined(separator: "\n") + "\n").utf8))
    let p = try problems(f)
    #expect(p.count == 1)
    #expect(p.first?.location.line == 4)
    if case .chainBroken? = p.first?.problem {} else { Issue.record("expected a broken chain, got \(p)") }
  }

  @Test func aDeletedLineIsASeqGapAndABrokenChain() throws {
    let f = try sealedFixture()
    defer { f.remove() }
    var lines = try f.lines()
    lines.remove(at: 2)
    try f.write(Array((lines.joined(separator: "\n") + "\n").utf8))
    let p = try problems(f)
    // Reported once where the line is missing; the lines after it are checked against their own predecessor.
    #expect(p.map(\.location.line) == [3, 3])
    #expect(p.contains(Diagnostic(SourceLocation(file: f.path("b1.jsonl"), line: 3), .seqOutOfOrder(expected: 3, found: 4))))
  }

  @Test func swappedLinesAreDetectedWhereTheyMoved() throws {
    let f = try sealedFixture()
    defer { f.remove() }
    var lines = try f.lines()
    lines.swapAt(2, 3)
    try f.write(Array((lines.joined(separator: "\n") + "\n").utf8))
    let p = try problems(f)
    #expect(Set(p.map(\.location.line)) == [3, 4, 5])
    #expect(p.contains { $0.location.line == 3 && $0.problem == .seqOutOfOrder(expected: 3, found: 4) })
  }

  @Test func aNonCanonicalLineIsReported() throws {
    let f = try sealedFixture()
    defer { f.remove() }
    var lines = try f.lines()
    lines[4] = lines[4].replacingOccurrences(#""seq":5,"#, #""seq": 5,"#)
    try f.write(Array((lines.joined(separator: "\n") + "\n").utf8))
    #expect(try problems(f) == [Diagnostic(SourceLocation(file: f.path("b1.jsonl"), line: 5), .notCanonical)])
  }

  @Test(arguments: [TornReason.noTrailingNewline, .incompleteJSON])
  func aTornTailIsReportedRefusedAndRepairedWithoutLosingBytes(_ reason: TornReason) throws {
    let f = try sealedFixture()
    defer { f.remove() }
    let good = try f.read()
    let partial = Array(#"{"seq":6,"id":"b1-006","type":"measure.imp"#.utf8) + (reason == .incompleteJSON ? [0x0A] : [])
    try f.write(good + partial)

    let p = try problems(f)
    #expect(p == [Diagnostic(SourceLocation(file: f.path("b1.jsonl"), line: 6), .tornTail(reason, bytes: partial.count))])
    #expect(p.first?.description.contains("torn last line") == true)
    #expect(throws: (any Error).self) { try EventStore.load(directory: f.dir) }
    #expect(throws: (any Error).self) { try f.append([Fixture.dineIn("b1-006")]) }
    #expect(try f.read() == good + partial, "a refused append must not touch a torn log")

    let outcome = try #require(try Repair.moveTornTail(logPath: f.path("b1.jsonl")))
    #expect(outcome.movedTo == f.path("b1.jsonl.torn"))
    #expect(try f.read() == good)
    #expect(Array(try Data(contentsOf: URL(fileURLWithPath: outcome.movedTo))) == partial)
    #expect(try Verifier.verify(directory: f.dir).isClean)
    try f.append([Fixture.dineIn("b1-006")])
    #expect(try Verifier.verify(directory: f.dir).isClean)
  }

  @Test func readerAgreesWithNaiveSplitOnEveryLine() throws {
    let f = try sealedFixture()
    defer { f.remove() }
    let bytes = try f.read()
    let log = LogReader.parse(bytes, path: "x.jsonl", options: .init(digests: true, canonicalForm: true))
    let naive = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast()
    #expect(log.lineCount == naive.count)
    #expect(log.lineDigests == naive.map { SHA256.hash(Array($0)) })
    #expect(zip(log.events, naive).allSatisfy { EventCodec.encode($0) == Array($1) })
    #expect(log.canonical.allSatisfy { $0 })
  }

  @Test func everyBadLineIsReportedNotJustTheFirst() throws {
    let f = try sealedFixture()
    defer { f.remove() }
    var lines = try f.lines()
    lines[1] = "{}"
    lines[3] = "not json"
    try f.write(Array((lines.joined(separator: "\n") + "\n").utf8))
    let p = try problems(f)
    #expect(p.contains { $0.location.line == 2 && $0.problem == .missingField("id") })
    #expect(p.contains { $0.location.line == 4 && $0.location.column == 1 && $0.problem == .invalidJSON(.value) })
  }
}
