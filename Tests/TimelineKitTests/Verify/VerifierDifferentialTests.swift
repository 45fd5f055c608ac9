import Foundation
import Testing

@testable import TimelineKit

/// `Verifier.verify` against a plain restatement of what it checks (the reader's diagnostics, the chain,
/// canonical form by re-encoding, the per-event checks, quotes by naive search, ids and retractions through
/// one dictionary), over directories whose logs are damaged in many small, seeded ways. Both must report
/// exactly the same diagnostics in the same order, and the same per-log summaries.
@Suite struct VerifierDifferentialTests {
  enum Reference {
    static func verify(directory: String) throws -> VerifyReport {
      let paths = try EventStore.logPaths(in: directory)
      var diagnostics: [Diagnostic] = []
      let catalogue = (try? Catalogue.load(path: EventStore.join(directory, Catalogue.fileName))) ?? Catalogue()
      var summaries: [LogSummary] = []
      var byID: [String: (location: TimelineKit.SourceLocation, recorded: Timestamp, subject: String)] = [:]
      var retractions: [(log: Int, location: TimelineKit.SourceLocation, event: Event)] = []
      for path in paths {
        let bytes = try FileIO.readAll(path)
        let log = LogReader.parse(bytes, path: path, options: .init(digests: true))
        let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        var problems = log.diagnostics
        for (k, e) in log.events.enumerated() {
          let n = log.lineNumbers[k]
          let loc = SourceLocation(file: path, line: n)
          // Seq follows the decoded line before it (after a deleted line, one gap, not one per later line).
          let expectedSeq = k > 0 && log.lineNumbers[k - 1] == n - 1 ? log.events[k - 1].seq + 1 : n
          if e.seq != expectedSeq { problems.append(Diagnostic(loc, .seqOutOfOrder(expected: expectedSeq, found: e.seq))) }
          let expected = n == 1 ? SHA256.Digest.zero : SHA256.hash(lines[n - 2])
          if e.prev != expected { problems.append(Diagnostic(loc, .chainBroken(expected: expected, found: e.prev))) }
        }
        var source: (path: String, text: [UInt8])??
        if let first = log.events.first, first.type == .briefingPublished, let file = first.data["source_file"]?.stringValue {
          let p = EventStore.join(directory, file)
          source = file.contains("..") ? .some(nil) : (try? FileIO.readAll(p)).map { (p, $0) }
          if source == nil { source = .some(nil) }
        }
        for (k, e) in log.events.enumerated() {
          let n = log.lineNumbers[k]
          let loc = SourceLocation(file: path, line: n)
          var p = EventChecks.check(e.draft, logName: log.name, isFirst: n == 1, catalogue: catalogue)
          if EventCodec.encode(e) != lines[n - 1] { p.append(.notCanonical) }
          switch source {
          case .some(.some(let s)): if !SourceTextTests.naiveContains(s.text, e.quote) { p.append(.quoteNotInSource(sourceFile: s.path)) }
          case .some(.none):
            if k == 0 { p.append(.missingSourceText(path: EventStore.join(directory, log.events[0].data["source_file"]!.stringValue!))) }
          case .none: break
          }
          problems += p.map { Diagnostic(loc, $0) }
        }
        for (k, e) in log.events.enumerated() {
          let loc = SourceLocation(file: path, line: log.lineNumbers[k])
          if let first = byID[e.id] {
            problems.append(Diagnostic(loc, .duplicateID(e.id, first: first.location)))
          } else {
            byID[e.id] = (loc, e.recorded, e.subject.raw)
          }
          if e.type == .eventRetracted { retractions.append((summaries.count, loc, e)) }
        }
        summaries.append(
          LogSummary(path: path, events: log.events.count, lastSeq: log.events.last?.seq ?? 0, problems: problems.count, tornTail: log.tornTail))
        diagnostics += problems
      }
      for r in retractions {
        guard let target = r.event.data["target"]?.stringValue else { continue }
        var p: [Problem] = []
        if let t = byID[target] {
          if t.recorded > r.event.recorded { p.append(.retractionTargetNotEarlier(target)) }
          if t.subject != r.event.subject.raw { p.append(.retractionSubjectMismatch(target: target, targetSubject: t.subject)) }
        } else {
          p.append(.retractionTargetMissing(target))
        }
        if let rep = r.event.data["replacement"]?.stringValue, byID[rep] == nil { p.append(.retractionReplacementMissing(rep)) }
        diagnostics += p.map { Diagnostic(r.location, $0) }
        summaries[r.log].problems += p.count
      }
      return VerifyReport(logs: summaries, diagnostics: diagnostics.sorted())
    }
  }

  struct Rng {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
  }

  static func retraction(_ id: String, target: String, log: String, replacement: String? = nil) -> String {
    let rep = replacement.map { #","replacement":"\#($0)""# } ?? ""
    return
      #"{"id":"\#(id)","type":"event.retracted","subject":"measure:dining.dine-in","effective":"2022-01-11T00:00+08:00","recorded":"2022-01-11T00:00+08:00","source":"\#(log)","quote":"全市餐饮场所暂停堂食","data":{"target":"\#(target)"\#(rep)}}"#
  }

  /// Three logs sealed through the engine, so they start out clean.
  static func sealed() throws -> Fixture {
    let f = try Fixture()
    for (n, log) in ["b1", "b2", "b3"].enumerated() {
      var drafts = [Fixture.briefing(log, id: "\(log)-001")]
      for k in 2...7 { drafts.append(Fixture.dineIn("\(log)-00\(k)", log: log, rule: "r\(k)")) }
      drafts.append(Fixture.dineIn("\(log)-008", log: log, until: "2022-01-20T00:00:30+08:00", quote: "二七区47例"))
      if n > 0 { drafts.append(retraction("\(log)-009", target: "b1-002", log: log, replacement: "\(log)-002")) }
      try f.append(drafts, to: log)
    }
    return f
  }

  /// One small damage to one log's text.
  static func mutate(_ logs: inout [String: [String]], _ rng: inout Rng) {
    let names = logs.keys.sorted()
    let name = names[rng.next(names.count)]
    var lines = logs[name]!
    guard !lines.isEmpty else { return }
    let k = rng.next(lines.count)
    let edits: [(String, String)] = [
      (#""seq":"#, #""seq": "#), (#""rule":"r"#, #""rule":"x"#), ("全市餐饮场所暂停堂食", "全市餐饮场所恢复堂食"), (#""scope":"city""#, #""scope":"mars""#),
      (#""data":{"#, #""data":{"zzz":1,"#), ("measure:dining.dine-in", "measure:dining.takeaway"), ("b1-00", "b2-00"), ("b2-00", "b3-00"),
      ("+08:00", "Z"), ("T00:00+08:00", "T00:00:00+08:00"), (#""target":"b1-002""#, #""target":"b9-002""#), ("2022-01-11T00:00", "2022-01-30T00:00"),
      (#""replacement":"b2"#, #""replacement":"b8"#), (#""source":"b"#, #""source":"c"#), ("sources/b1.txt", "sources/none.txt"),
      ("sources/b1.txt", "../b1.txt"), ("briefing.published", "measure.imposed"), (#"","rule""#, #"\u0022","rule""#), ("}", ""), ("", ""),
    ]
    switch rng.next(8) {
    case 0: lines.remove(at: k)
    case 1: lines.swapAt(k, rng.next(lines.count))
    case 2: lines.insert(logs[names[rng.next(names.count)]]!.randomElement(using: &rng) ?? "", at: k)
    case 3: lines[k] = String(lines[k].prefix(rng.next(lines[k].count + 1)))
    default:
      let (from, to) = edits[rng.next(edits.count)]
      if !from.isEmpty, let r = lines[k].range(of: from) { lines[k].replaceSubrange(r, with: to) }
    }
    logs[name] = lines
  }

  @Test(arguments: 0..<80) func verifyAgreesWithTheReference(seed: Int) throws {
    let f = try Self.sealed()
    defer { f.remove() }
    var logs: [String: [String]] = [:]
    for name in ["b1", "b2", "b3"] { logs[name] = try f.lines(name) }
    var rng = Rng(state: UInt64(seed) &* 0x9E37_79B9 &+ 1)
    for _ in 0..<(1 + seed % 4) { Self.mutate(&logs, &rng) }
    for (name, lines) in logs {
      var text = lines.joined(separator: "\n") + "\n"
      if seed % 7 == 3 && name == "b2" { text.removeLast() }
      try f.write(Array(text.utf8), to: name)
    }
    let fast = try Verifier.verify(directory: f.dir)
    let slow = try Reference.verify(directory: f.dir)
    #expect(fast.diagnostics.map(\.description) == slow.diagnostics.map(\.description))
    #expect(fast.diagnostics == slow.diagnostics)
    #expect(fast.logs == slow.logs)
  }

  /// A retraction's target is any string; one that `==` equates with an id (U+212A KELVIN SIGN is `K`)
  /// finds it, as it would in a `[String: _]` dictionary.
  @Test func aTargetEqualToAnIdOnlyUnderUnicodeEquivalenceFindsIt() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("b1-K02")])
    try f.append([Fixture.briefing("b2", id: "b2-001"), Self.retraction("b2-002", target: "b1-\u{212A}02", log: "b2")], to: "b2")
    let fast = try Verifier.verify(directory: f.dir)
    let slow = try Reference.verify(directory: f.dir)
    #expect(fast.diagnostics == slow.diagnostics)
    #expect(fast.logs == slow.logs)
    #expect(!fast.diagnostics.contains { if case .retractionTargetMissing = $0.problem { true } else { false } })
  }

  @Test func theUndamagedFixtureIsClean() throws {
    let f = try Self.sealed()
    defer { f.remove() }
    let report = try Verifier.verify(directory: f.dir)
    #expect(report.diagnostics.map(\.description) == [])
    #expect(report.logs.map(\.events) == [8, 9, 9])
  }
}

extension Array {
  fileprivate func randomElement(using rng: inout VerifierDifferentialTests.Rng) -> Element? {
    isEmpty ? nil : self[rng.next(count)]
  }
}
