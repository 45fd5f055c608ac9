import Foundation
import Testing

@testable import TimelineKit

/// Regressions of the breaks an outside attack found (issue 19): each failed before its fix.
@Suite struct AttackRegressionTests {
  static func figure(_ id: String, value: String) -> String {
    #"{"id":"\#(id)","type":"metric.reported","subject":"metric:cases.confirmed.cumulative@erqi","effective":"2022-01-11T00:00+08:00","recorded":"2022-01-11T00:00+08:00","source":"b1","quote":"二七区47例","data":{"unit":"例","value":\#(value)}}"#
  }

  /// The SHA-256 chain line for raw data written around the appender (a log a person edited by hand).
  static func sealed(_ drafts: [String]) throws -> [UInt8] {
    var out: [UInt8] = []
    var prev = SHA256.Digest.zero
    for (k, d) in drafts.enumerated() {
      let draft = try Array(d.utf8).withUnsafeBufferPointer { EventCodec.decodeDraft($0) }.get()
      let line = EventCodec.encode(Event(sealing: draft, seq: k + 1, prev: prev))
      out += line + [0x0A]
      prev = SHA256.hash(line)
    }
    return out
  }

  @Test(arguments: ["1e999999", "-1e999999", String(repeating: "9", count: 400), "1e16", "-2000000000000000"])
  func appendRefusesANumberThatIsNotFiniteOrTooLarge(value: String) throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing()])
    #expect(throws: (any Error).self) { try f.append([Self.figure("x1", value: value)]) }
    #expect(try f.lines().count == 1, "nothing appended")
    try f.append([Self.figure("x2", value: "1000000000000000")])
  }

  @Test func verifyAndRenderSurviveAHugeFigureWrittenByHand() throws {
    let f = try Fixture()
    defer { f.remove() }
    for (k, value) in ["1e999999", "-1e999999", String(repeating: "7", count: 400), "12345678901234567890"].enumerated() {
      try f.write(try Self.sealed([Fixture.briefing(), Self.figure("f\(k)", value: value)]))
      let report = try Verifier.verify(directory: f.dir)
      #expect(report.diagnostics.contains { "\($0)".contains("value") }, "verify reports \(value)")
      let (table, _) = try EventTable.open(directory: f.dir, useCache: false)
      let chart = try TimelineChart(table: table, catalogue: try Catalogue.load(path: f.path("catalogue.json")))
      #expect(chart.figures.allSatisfy { $0.points.allSatisfy { $0.value.isFinite } })
      _ = SVGRenderer(chart: chart).standalone()
    }
  }

  @Test func aFailedWriteToStandardOutputIsAFailure() throws {
    let path = try EndToEndTests.binary.get()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = ["export", "metrics", "--events", RealData.directory]
    process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
    let err = Pipe()
    process.standardError = err
    try process.run()
    let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(message == "timeline: could not write standard output: No space left on device\n")
  }

  @Test func outputNeverReplacesALogADeviceOrALink() throws {
    let dir = try EndToEndTests.emptyDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let events = dir + "/events"
    try FileManager.default.copyItem(atPath: RealData.directory, toPath: events)
    let log = events + "/2022-01-08_press-conference-28.jsonl"
    let before = try Data(contentsOf: URL(fileURLWithPath: log))
    let intoLog = EndToEndTests.run(["render", "--output", log, "--events", events])
    #expect(intoLog.status == 64)
    #expect(intoLog.err.hasPrefix("Error: invalid value '\(log)' for '--output': expected a file outside the events directory \(events)\n"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
    let catalogue = EndToEndTests.run(["export", "metrics", "--output", events + "/catalogue.json", "--events", events])
    #expect(catalogue.status == 64)
    let device = EndToEndTests.run(["export", "metrics", "--output", "/dev/full", "--events", events])
    #expect(device.status == 64)
    #expect(
      device.err.hasPrefix("Error: invalid value '/dev/full' for '--output': expected a new file or a regular file to replace (this is not one)\n"))
    try FileManager.default.createSymbolicLink(atPath: dir + "/link.csv", withDestinationPath: log)
    #expect(EndToEndTests.run(["export", "metrics", "--output", dir + "/link.csv", "--events", events]).status == 64)
    #expect(try Data(contentsOf: URL(fileURLWithPath: log)) == before)
    // A regular file outside the events directory is replaced as before.
    #expect(EndToEndTests.run(["export", "metrics", "--output", dir + "/m.csv", "--events", events]).status == 0)
  }

  @Test func temporaryCopiesHaveUnguessableNamesAndAreNeverFollowed() throws {
    let dir = try EndToEndTests.emptyDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let a = try AtomicFileWriter(path: dir + "/out.csv")
    let b = try AtomicFileWriter(path: dir + "/out.csv")
    #expect(a.tmp != b.tmp, "two writers of one path never share a temporary name")
    #expect(a.tmp.hasPrefix(dir + "/.out.csv.tmp-\(getpid())-"))
    // Nothing was created at the destination, and the temporary copies go with their writers.
    #expect(!FileManager.default.fileExists(atPath: dir + "/out.csv"))
  }

  @Test func terminalEscapesInDataAndArgumentsAreShownNotActedOn() throws {
    let f = try Fixture()
    defer { f.remove() }
    // A source text (and so a quote) with a title change, a screen clear and a right-to-left override.
    let hostile = "全市餐饮\u{1B}]0;pwned\u{07}场所\u{1B}[2J暂停\u{202E}堂食"
    try ("标题一\n" + hostile + "\n").write(toFile: f.path("sources/b1.txt"), atomically: true, encoding: .utf8)
    let quote = hostile.unicodeScalars.map { $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0) }.joined()
    try f.append([Fixture.briefing(), Fixture.dineIn("d1", quote: quote)])
    final class Box: @unchecked Sendable { var bytes: [UInt8] = [] }
    let out = Box()
    let io = CommandIO(writeOut: { out.bytes += $0 }, writeErr: { out.bytes += $0 }, readInput: { [] })
    #expect(TimelineCLI.run(["history", "measure:dining.dine-in", "--events", f.dir], io: io) == 0)
    let text = String(decoding: out.bytes, as: UTF8.self)
    #expect(!text.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    #expect(text.contains("全市餐饮\\u{1B}]0;pwned\\u{7}场所\\u{1B}[2J暂停\\u{202E}堂食"))
    out.bytes = []
    #expect(TimelineCLI.run(["state", "--at", "2022-01-09", "--events", f.dir], io: io) == 0)
    #expect(!String(decoding: out.bytes, as: UTF8.self).unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E })
    // JSON carries the data exactly.
    out.bytes = []
    #expect(TimelineCLI.run(["history", "measure:dining.dine-in", "--format", "json", "--events", f.dir], io: io) == 0)
    #expect(String(decoding: out.bytes, as: UTF8.self).contains("\u{202E}"))
    // An argument with an escape is echoed neutralised in the usage error.
    out.bytes = []
    #expect(TimelineCLI.run(["state", "--at", "\u{1B}[2J"], io: io) == 64)
    #expect(String(decoding: out.bytes, as: UTF8.self).hasPrefix("Error: invalid value '\\u{1B}[2J' for '--at'"))
  }

  @Test func aFIFOOrADeviceWhereAFileShouldBeIsRefusedNotWaitedOn() throws {
    let dir = try EndToEndTests.emptyDirectory()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let events = dir + "/events"
    try FileManager.default.copyItem(atPath: RealData.directory, toPath: events)
    try? FileManager.default.removeItem(atPath: events + "/.timeline-cache")
    // A FIFO named like a log: every reader used to wait forever for a writer.
    #expect(mkfifo(events + "/zz.jsonl", 0o644) == 0)
    for args in [["state", "--at", "2022-01-10"], ["verify"], ["history", "堂食"]] {
      let r = EndToEndTests.run(args + ["--events", events])
      #expect(r.status == 1, "\(args)")
      #expect(r.err.contains(events + "/zz.jsonl"), "\(args): \(r.err)")
      #expect(r.err.contains("not a regular file (a FIFO, a device or a directory); only regular files are read"), "\(args): \(r.err)")
    }
    let appended = EndToEndTests.run(["append", events + "/zz.jsonl", "--events", events], stdin: Fixture.briefing("zz") + "\n")
    #expect(appended.status == 1)
    try FileManager.default.removeItem(atPath: events + "/zz.jsonl")
    // A link to an endless device: refused instead of read until memory runs out.
    try FileManager.default.createSymbolicLink(atPath: events + "/zz.jsonl", withDestinationPath: "/dev/zero")
    #expect(EndToEndTests.run(["state", "--at", "2022-01-10", "--events", events]).status == 1)
    try FileManager.default.removeItem(atPath: events + "/zz.jsonl")
    // A FIFO where the cache goes is passed over (the cache is rebuilt from the logs), never waited on.
    #expect(mkfifo(events + "/.timeline-cache", 0o644) == 0)
    #expect(EndToEndTests.run(["state", "--at", "2022-01-10", "--events", events]).status == 0)
  }

  @Test func appendRefusesWhenAnotherLogCannotBeReadWhole() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("taken")])
    // Another log whose second line cannot be decoded: the id "taken2" in it would go unseen.
    var other = try Self.sealed([Fixture.briefing("b2", id: "b2-001"), Fixture.dineIn("taken2", log: "b2")])
    other += Array("{not json\n".utf8)
    try f.write(other, to: "b2")
    #expect(throws: (any Error).self) { try f.append([Fixture.dineIn("new-1")]) }
    do { try f.append([Fixture.dineIn("new-1")]) } catch {
      #expect(
        "\(error)".contains(
          "b2.jsonl: cannot be read whole (1 problem; see 'timeline verify'), so ids cannot be checked against it: nothing appended"))
    }
    #expect(try f.lines().count == 2, "nothing appended")
    try FileManager.default.removeItem(atPath: f.path("b2.jsonl"))
    // A directory named like a log.
    try FileManager.default.createDirectory(atPath: f.path("b3.jsonl"), withIntermediateDirectories: false)
    #expect(throws: (any Error).self) { try f.append([Fixture.dineIn("new-2")]) }
    try FileManager.default.removeItem(atPath: f.path("b3.jsonl"))
    try f.append([Fixture.dineIn("new-3")])
    // A log name without .jsonl would never be read by any command.
    #expect(throws: (any Error).self) {
      try Appender.append(drafts: Array((Fixture.briefing("x") + "\n").utf8), draftsPath: "d", toLog: f.path("x"), directory: f.dir)
    }
    #expect(!FileManager.default.fileExists(atPath: f.path("x")))
  }

  /// Break 11: one deleted early line gave one diagnostic per later line (each seq one more than its line number).
  /// Now the gap is reported once, with the broken chain, and later lines are checked against their predecessor.
  @Test func aDeletedEarlyLineIsReportedOnceNotOncePerLaterLine() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing()] + (1...40).map { Fixture.dineIn("d\($0)", rule: "rule \($0)") })
    var lines = try f.lines()
    lines.remove(at: 2)
    try f.write(Array((lines.joined(separator: "\n") + "\n").utf8))
    let report = try Verifier.verify(directory: f.dir)
    #expect(report.diagnostics.map(\.location.line) == [3, 3])
    #expect(report.diagnostics.contains(Diagnostic(SourceLocation(file: f.path("b1.jsonl"), line: 3), .seqOutOfOrder(expected: 3, found: 4))))
    #expect(report.diagnostics.contains { if case .chainBroken = $0.problem { $0.location.line == 3 } else { false } })
  }

  /// Break 11: a cell like `x;=1+1` was written bare; a spreadsheet that splits on `;` opened `=1+1` as a formula.
  @Test(arguments: [("x;=1+1", "\"x;=1+1\""), ("=1+1;x", "\"'=1+1;x\""), ("a;b", "\"a;b\""), ("=1+1", "'=1+1"), ("plain", "plain")])
  func aCellWithASemicolonIsQuoted(cell: String, written: String) {
    #expect(CSVWriter.escape(cell, neutraliseFormulas: true) == written)
  }

  /// Break 9: a text without sentence ends was one sentence, and drafting it was quadratic (each time mention's
  /// offset counted from the sentence's start). Sentences are now at most `maximumSentenceLength` characters, cut
  /// after a clause mark; the real texts' sentences (342 characters at most) are untouched.
  @Test func aTextWithoutSentenceEndsIsCutIntoBoundedSentences() {
    let unit = Array("全市餐饮场所暂停堂食，二七区新增确诊病例5例")
    let piece = BriefingText.Piece(original: Array((0..<500).map { _ in unit }.joined()) + Array("完"))
    let ranges = BriefingText.sentences(in: piece)
    #expect(ranges.allSatisfy { $0.count <= BriefingText.maximumSentenceLength })
    #expect(ranges.dropLast().allSatisfy { "，,".contains(piece.normalized[$0.upperBound - 1]) }, "cut after a clause mark")
    #expect(ranges.first?.lowerBound == 0 && ranges.last?.upperBound == piece.normalized.count)
    #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound }, "nothing lost or repeated")
    // Without any clause mark, cut at the limit.
    let bare = BriefingText.Piece(original: Array(repeating: "字", count: 2_500))
    #expect(BriefingText.sentences(in: bare).map(\.count) == [1_000, 1_000, 500])
    // A real sentence stays whole.
    let real = BriefingText.Piece(original: Array("从1月8日中午12时起，全市餐饮场所暂停堂食。市区公交线路一律暂停运营。"))
    #expect(BriefingText.sentences(in: real).map(\.count) == [23, 13])
  }

  /// Break 10: every append copied and rewrote the whole log. Now the batch is written at the end, its first byte
  /// last: the log keeps its inode and its earlier bytes are never written again.
  @Test func appendWritesOnlyTheBatch() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing()] + (1...20).map { Fixture.dineIn("d\($0)", rule: "rule \($0)") })
    let before = try FileManager.default.attributesOfItem(atPath: f.path("b1.jsonl"))
    let bytes = try f.read()
    try f.append([Fixture.dineIn("late", rule: "later")])
    let after = try FileManager.default.attributesOfItem(atPath: f.path("b1.jsonl"))
    #expect((after[.systemFileNumber] as? Int) == (before[.systemFileNumber] as? Int), "the same file, not a renamed copy")
    #expect(try f.read().starts(with: bytes))
    #expect(try Verifier.verify(directory: f.dir).isClean)
  }

  /// An append interrupted before its commit leaves its batch behind a NUL byte: readers stop before it, verify
  /// reports it as a torn last line, the next append removes it, and so does verify --repair (into LOG.torn).
  @Test func anUncommittedAppendIsInvisibleReportedAndRemoved() throws {
    let f = try Fixture()
    defer { f.remove() }
    try f.append([Fixture.briefing(), Fixture.dineIn("d1")])
    let committed = try f.read()
    let half = Array(#"{"seq":3,"id":"half"}"#.utf8)
    try f.write(committed + [0] + half.dropFirst() + [0x0A] + Array(#"{"seq":4"#.utf8))
    #expect(try EventStore.load(directory: f.dir).events.count == 2, "queries read the committed events only")
    #expect(try EventTable.open(directory: f.dir, useCache: false).table.records.count == 2)
    // No cache is kept for a log with an uncommitted batch: its commit would change one byte, not the size.
    #expect(try EventTable.open(directory: f.dir).cached == false)
    #expect(try EventTable.open(directory: f.dir).cached == false)
    let report = try Verifier.verify(directory: f.dir)
    #expect(report.diagnostics.map(\.problem) == [.tornTail(.uncommittedAppend, bytes: half.count + 1 + 8)])
    #expect(
      report.diagnostics.first?.description
        == "\(f.path("b1.jsonl")):3: torn last line (30 bytes of an append interrupted before it committed; no command reads them); "
        + "run 'timeline verify --repair' to move them aside (the next append removes them too)")
    try f.append([Fixture.dineIn("d2", rule: "again")])
    #expect(try f.lines().count == 3)
    #expect(try Verifier.verify(directory: f.dir).isClean)
    try f.write(try f.read() + [0, 0x61])
    let moved = try #require(try Repair.moveTornTail(logPath: f.path("b1.jsonl")))
    #expect(moved.bytes == 2)
    #expect(try Verifier.verify(directory: f.dir).isClean)
  }
}
