import Foundation
import Testing

@testable import TimelineKit

@Suite struct AppendTests {
  @Test func sealsSeqAndPrevAndCreatesTheLog() throws {
    let f = try Fixture()
    defer { f.remove() }
    let r = try f.append([Fixture.briefing(), Fixture.dineIn("b1-002")])
    #expect(r.created)
    #expect(r.appended.map(\.seq) == [1, 2])
    let lines = try f.lines()
    #expect(lines.count == 2)
    #expect(lines[0].hasSuffix(#""prev":"0000000000000000000000000000000000000000000000000000000000000000"}"#))
    #expect(lines[1].hasSuffix(#""prev":""# + SHA256.hash(Array(lines[0].utf8)).hex + #""}"#))
    let report = try Verifier.verify(directory: f.dir)
    #expect(report.isClean, "\(report.diagnostics)")
  }

  @Test func reappendingTheSameEventIsANoOpAndADifferentOneWithTheIdIsRefused() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-002")])
    let again = try f.append([Fixture.dineIn("b1-002"), Fixture.dineIn("b1-003", rule: "second")])
    #expect(again.alreadyPresent.map(\.id) == ["b1-002"])
    #expect(again.appended.map(\.seq) == [3])
    let before = try f.read()
    #expect(throws: (any Error).self) { try f.append([Fixture.dineIn("b1-002", rule: "changed"), Fixture.dineIn("b1-004")]) }
    do { try f.append([Fixture.dineIn("b1-002", rule: "changed")]) } catch {
      #expect(problems(of: error).map(\.problem) == [.idTakenByDifferentEvent("b1-002", existing: SourceLocation(file: f.path("b1.jsonl"), line: 2))])
    }
    #expect(try f.read() == before, "a refused batch must leave the log untouched")
  }

  @Test func idsMustBeUniqueAcrossLogsAndWithinABatch() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("shared-1")])
    do {
      try f.append([Fixture.briefing("b2", id: "b2-001"), Fixture.dineIn("shared-1", log: "b2", rule: "other")], to: "b2")
      Issue.record("appended a taken id")
    } catch {
      #expect(problems(of: error).first?.problem == .idTakenByDifferentEvent("shared-1", existing: SourceLocation(file: f.path("b1.jsonl"), line: 2)))
    }
    let b2 = FileManager.default.fileExists(atPath: f.path("b2.jsonl")) ? try f.read("b2") : []
    #expect(b2.isEmpty, "nothing of a refused batch is written")
    do {
      try f.append([Fixture.briefing("b3", id: "b3-001"), Fixture.dineIn("b3-x", log: "b3"), Fixture.dineIn("b3-x", log: "b3")], to: "b3")
      Issue.record("appended a repeated id")
    } catch {
      #expect(problems(of: error).map(\.problem) == [.idRepeatedInBatch("b3-x", firstLine: 2)])
    }
  }

  @Test func expectSeqIsOptimisticConcurrency() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing()], expectSeq: 0)
    try f.append([Fixture.dineIn("b1-002")], expectSeq: 1)
    #expect(throws: TimelineError(.sequenceConflict(log: f.path("b1.jsonl"), expected: 1, actual: 2))) {
      try f.append([Fixture.dineIn("b1-003")], expectSeq: 1)
    }
    #expect(try f.lines().count == 2)
  }

  @Test func aBatchWithOneInvalidDraftAppendsNothing() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing()])
    let before = try f.read()
    do {
      try f.append([Fixture.dineIn("b1-002"), Fixture.dineIn("b1-003", quote: "这句话不在原文里"), "{not json"])
      Issue.record("appended an invalid batch")
    } catch {
      let p = problems(of: error)
      #expect(p.map(\.location.line) == [3], "syntax errors are reported before anything else is checked")
      #expect(p.first?.problem == .invalidJSON(.objectKey))
    }
    do {
      try f.append([Fixture.dineIn("b1-002"), Fixture.dineIn("b1-003", quote: "这句话不在原文里")])
      Issue.record("appended a quote that is not in the source")
    } catch {
      #expect(problems(of: error).map(\.problem) == [.quoteNotInSource(sourceFile: f.path("sources/b1.txt"))])
      #expect(problems(of: error).map(\.location.line) == [2])
    }
    #expect(try f.read() == before)
  }

  @Test func vocabularyAndCatalogueAreCheckedOnAppend() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing()])
    let zone =
      #"{"id":"z1","type":"zone.designated","subject":"zone:erqi/a","effective":"2022-01-08T00:00+08:00","recorded":"2022-01-11T00:00+08:00","source":"b1","quote":"二七区47例","data":{"level":"red","district":"erqi","place":"某小区"}}"#
    let metric =
      #"{"id":"m1","type":"metric.reported","subject":"metric:cases.confirmed.cumulative@erqi","effective":"2022-01-11T00:00+08:00","recorded":"2022-01-11T00:00+08:00","source":"b1","quote":"二七区47例","data":{"unit":"例"}}"#
    let unknown =
      #"{"id":"u1","type":"measure.imposed","subject":"measure:dining.buffet","effective":"2022-01-08T00:00+08:00","recorded":"2022-01-11T00:00+08:00","source":"b1","quote":"二七区47例","data":{"scope":"city","rule":"r"}}"#
    do {
      try f.append([zone, metric, unknown])
      Issue.record("appended invalid vocabulary")
    } catch {
      let p = problems(of: error).map(\.problem)
      #expect(p.contains(.dataFieldWrongType(type: .zoneDesignated, field: "level", expected: .type(.zoneLevel))))
      #expect(p.contains(.dataFieldMissing(type: .metricReported, field: "value")))
      #expect(p.contains(.unknownCatalogueKey(kind: .measure, key: "dining.buffet")))
    }
  }

  @Test func concurrentAppendersNeverInterleaveOrForkTheChain() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing()])
    let threads = 8
    let perThread = 20
    DispatchQueue.concurrentPerform(iterations: threads) { t in
      for k in 0..<perThread {
        _ = try? f.append([Fixture.dineIn("t\(t)-\(k)", effective: "2022-01-08T12:\(String(format: "%02d", k))+08:00")])
      }
    }
    let log = try LogReader.read(path: f.path("b1.jsonl"), options: .init(digests: true))
    #expect(log.events.count == 1 + threads * perThread)
    #expect(log.events.map(\.seq) == Array(1...(1 + threads * perThread)))
    #expect(Verifier.checkChain(log).isEmpty)
    #expect(try Verifier.verify(directory: f.dir).isClean)
  }
}
