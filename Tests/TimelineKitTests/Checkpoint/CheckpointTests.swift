import Foundation
import Testing

@testable import TimelineKit

/// Checkpoints catch what the chain alone cannot (issue 19): a log cut at a line boundary, deleted, or rewritten
/// with its chain recomputed, an edited last line, and an edited source text or catalogue; each is named.
@Suite struct CheckpointTests {
  /// A copy of the bundled events directory without its checkpoints, with a fresh checkpoint 0001.txt.
  struct Copy {
    let dir: String
    init() throws {
      dir = NSTemporaryDirectory() + "timeline-checkpoint-" + UUID().uuidString
      try FileManager.default.copyItem(atPath: RealData.directory, toPath: dir)
      try? FileManager.default.removeItem(atPath: dir + "/checkpoints")
      try? FileManager.default.removeItem(atPath: dir + "/" + EventTable.cacheFileName)
      _ = try Checkpoint.write(try Checkpoint.make(directory: dir, extending: nil), directory: dir)
    }
    var checkpointPath: String { dir + "/checkpoints/0001.txt" }
    func path(_ name: String) -> String { dir + "/" + name }
    func remove() { try? FileManager.default.removeItem(atPath: dir) }

    /// The problems `verify` reports against the checkpoint, as text relative to the directory.
    func problems() throws -> [String] {
      let cp = try Checkpoint.load(path: checkpointPath)
      return cp.check(directory: dir, checkpointPath: checkpointPath).map { $0.description.replacingOccurrences(of: dir + "/", with: "") }
    }

    func lines(_ log: String) throws -> [String] {
      try String(contentsOfFile: path(log), encoding: .utf8).split(separator: "\n").map(String.init)
    }

    func write(_ lines: [String], to log: String) throws {
      try (lines.joined(separator: "\n") + "\n").write(toFile: path(log), atomically: false, encoding: .utf8)
    }
  }

  static let log = "2022-01-11_press-conference-29.jsonl"

  @Test func theUntouchedCopyAndAnAppendAreClean() throws {
    let c = try Copy()
    defer { c.remove() }
    #expect(try c.problems() == [])
    var lines = try c.lines(Self.log)
    let last = lines.last!
    let draft = try JSONSerialization.jsonObject(with: Data(last.utf8)) as! [String: Any]
    var next = draft
    next["id"] = "appended-1"
    next.removeValue(forKey: "seq")
    next.removeValue(forKey: "prev")
    let text = String(decoding: try JSONSerialization.data(withJSONObject: next), as: UTF8.self)
    _ = try Appender.append(drafts: Array((text + "\n").utf8), draftsPath: "-", toLog: c.path(Self.log), directory: c.dir)
    lines = try c.lines(Self.log)
    #expect(lines.count == 60)
    #expect(try c.problems() == [], "lines appended after a checkpoint are no problem")
  }

  @Test func anEditedLastLineIsNamed() throws {
    let c = try Copy()
    defer { c.remove() }
    var lines = try c.lines(Self.log)
    lines[58] = lines[58].replacingOccurrences(of: "\"seq\":59", with: "\"seq\":59 ")
    try c.write(lines, to: Self.log)
    #expect(
      try c.problems() == [
        "\(Self.log):59: line no longer hashes to the head checkpoint 0001.txt recorded: the log was edited or rewritten up to this line"
      ])
  }

  @Test func aLogCutAtALineBoundaryIsNamed() throws {
    let c = try Copy()
    defer { c.remove() }
    try c.write(Array(try c.lines(Self.log).dropLast(3)), to: Self.log)
    // The chain of what is left is intact: only the checkpoint sees the cut.
    #expect(try Verifier.verify(directory: c.dir).isClean)
    #expect(
      try c.problems() == [
        "\(Self.log): log has 56 events, fewer than the 59 checkpoint 0001.txt recorded: lines were cut from its end"
      ])
  }

  @Test func aDeletedLogIsNamed() throws {
    let c = try Copy()
    defer { c.remove() }
    try FileManager.default.removeItem(atPath: c.path(Self.log))
    #expect(try c.problems() == ["\(Self.log): log is gone, but checkpoint 0001.txt recorded it with 59 events"])
  }

  @Test func aLogRewrittenWithItsChainRecomputedIsNamed() throws {
    let c = try Copy()
    defer { c.remove() }
    var lines = try c.lines(Self.log)
    // Change what a rule says (not its quote), then re-seal every later line's prev, as a careful forger would.
    let k = try #require(lines.firstIndex { $0.contains("\"id\":\"pc29-036\"") })
    lines[k] = lines[k].replacingOccurrences(of: "All dine-in service at restaurants across the city is suspended", with: "Dine-in service continues")
    for i in (k + 1)..<lines.count {
      let prev = SHA256.hash(Array(lines[i - 1].utf8)).hex
      let at = try #require(lines[i].range(of: "\"prev\":\"", options: .backwards))
      lines[i] = String(lines[i][..<at.upperBound]) + prev + "\"}"
    }
    try c.write(lines, to: Self.log)
    #expect(try Verifier.verify(directory: c.dir).isClean, "the chain alone does not see a rewrite")
    #expect(
      try c.problems() == [
        "\(Self.log):59: line no longer hashes to the head checkpoint 0001.txt recorded: the log was edited or rewritten up to this line"
      ])
    // And the command says so, with exit status 1.
    let r = EndToEndTests.run(["verify", "--events", c.dir])
    #expect(r.status == 1)
    #expect(r.out.contains("checkpoint 0001.txt: 5 logs, 222 events, 6 files: 1 problem\n"))
    #expect(r.err.contains("\(c.dir)/\(Self.log):59: line no longer hashes to the head checkpoint 0001.txt recorded"))
  }

  @Test func anEditedSourceTextIsNamed() throws {
    let c = try Copy()
    defer { c.remove() }
    let source = "sources/2022-01-08_press-conference-28.txt"
    try (try String(contentsOfFile: c.path(source), encoding: .utf8) + "\n补充一句。\n").write(toFile: c.path(source), atomically: false, encoding: .utf8)
    #expect(
      try c.problems() == [
        "\(source): file changed since checkpoint 0001.txt (its SHA-256 differs; if the change is deliberate, record it with `timeline checkpoint`)"
      ])
    try FileManager.default.removeItem(atPath: c.path(source))
    #expect(try c.problems() == ["\(source): file is gone, but checkpoint 0001.txt recorded it"])
  }

  @Test func anEditedCatalogueEntryIsNamed() throws {
    let c = try Copy()
    defer { c.remove() }
    let text = try String(contentsOfFile: c.path("catalogue.json"), encoding: .utf8)
    #expect(text.contains("\"Dine-in service\""))
    try text.replacingOccurrences(of: "\"Dine-in service\"", with: "\"Dine-in allowed\"").write(
      toFile: c.path("catalogue.json"), atomically: false, encoding: .utf8)
    #expect(
      try c.problems() == [
        "catalogue.json: file changed since checkpoint 0001.txt (its SHA-256 differs; if the change is deliberate, record it with `timeline checkpoint`)"
      ])
    // verify --against names it and fails.
    let r = EndToEndTests.run(["verify", "--against", "0001", "--events", c.dir])
    #expect(r.status == 1)
    #expect(
      r.err.contains(
        "\(c.dir)/catalogue.json: file changed since checkpoint 0001.txt (its SHA-256 differs; if the change is deliberate, record it with `timeline checkpoint`)\n"
      ))
    // A deliberate change is recorded by the next checkpoint (named as it is), after which verify is clean again;
    // the first checkpoint still names the change.
    let w = EndToEndTests.run(["checkpoint", "--events", c.dir])
    #expect(w.status == 0, "\(w.err)")
    #expect(w.err == "\(c.dir)/catalogue.json: changed since 0001.txt; recorded as it is now\n")
    #expect(w.out.hasPrefix("wrote \(c.dir)/checkpoints/0002.txt: 5 logs, 222 events (0 new since 0001.txt)"))
    #expect(EndToEndTests.run(["verify", "--events", c.dir]).status == 0)
    #expect(EndToEndTests.run(["verify", "--against", "0001", "--events", c.dir]).status == 1)
  }

  @Test func aLogCutWithAnEditedCatalogueIsStillRefused() throws {
    let c = try Copy()
    defer { c.remove() }
    try (try String(contentsOfFile: c.path("catalogue.json"), encoding: .utf8) + "\n").write(
      toFile: c.path("catalogue.json"), atomically: false, encoding: .utf8)
    var lines = try c.lines(Self.log)
    lines.removeLast()
    try c.write(lines, to: Self.log)
    let w = EndToEndTests.run(["checkpoint", "--events", c.dir])
    #expect(w.status == 1)
    #expect(w.err.contains("fewer than the 59 checkpoint 0001.txt recorded"))
    #expect(w.err.hasSuffix("1 problem: no checkpoint written (a checkpoint vouches only for a directory that verifies)\n"))
    #expect(!FileManager.default.fileExists(atPath: c.path("checkpoints/0002.txt")))
  }

  @Test func anEditedCheckpointIsRefused() throws {
    let c = try Copy()
    defer { c.remove() }
    var text = try String(contentsOfFile: c.checkpointPath, encoding: .utf8)
    // Forge the size of one log (to hide a cut): its leaves line (15) now runs past it, so that line is named.
    text = text.replacingOccurrences(of: "log \(Self.log) 59 ", with: "log \(Self.log) 58 ")
    try text.write(toFile: c.checkpointPath, atomically: false, encoding: .utf8)
    #expect(throws: TimelineError.self) { try Checkpoint.load(path: c.checkpointPath) }
    let r = EndToEndTests.run(["verify", "--events", c.dir])
    #expect(r.status == 1)
    #expect(r.err.contains("checkpoints/0001.txt:15: not a line of a checkpoint (see events/README.md, Checkpoints)"))
    // A file's hash edited by hand (to hide an edit) no longer hashes to the files root: the files line (19) is named.
    let cp = try Checkpoint.load(path: RealData.directory + "/checkpoints/0001.txt")
    try cp.text.replacingOccurrences(of: cp.files[0].sha256.hex, with: String(repeating: "0", count: 64))
      .write(toFile: c.checkpointPath, atomically: false, encoding: .utf8)
    let files = EndToEndTests.run(["verify", "--events", c.dir])
    #expect(files.status == 1)
    #expect(files.err.contains("checkpoints/0001.txt:19: not a line of a checkpoint (see events/README.md, Checkpoints)"))
  }

  /// Nothing under checkpoints/ is read as a log, even a file named like one.
  @Test func theCheckpointFolderIsNotReadForLogs() throws {
    let c = try Copy()
    defer { c.remove() }
    try "not a log\n".write(toFile: c.path("checkpoints/evil.jsonl"), atomically: true, encoding: .utf8)
    #expect(try EventStore.logPaths(in: c.dir).allSatisfy { !$0.contains("/checkpoints/") })
    #expect(try Verifier.verify(directory: c.dir).isClean)
    #expect(try EventStore.load(directory: c.dir).logs.count == 5)
    #expect(try EventTable.open(directory: c.dir).table.logs.count == 5)
    #expect(try c.problems() == [])
  }

  /// A checkpoint re-sealed by hand with another events root (its own lines agree) no longer matches the logs.
  @Test func aCheckpointWithAForgedEventsRootIsNamed() throws {
    let c = try Copy()
    defer { c.remove() }
    var cp = try Checkpoint.load(path: c.checkpointPath)
    cp.eventsRoot = SHA256.hash(Array("forged".utf8))
    cp.root = Checkpoint.root(events: cp.eventsRoot, files: cp.filesRoot)
    try cp.text.write(toFile: c.checkpointPath, atomically: false, encoding: .utf8)
    #expect(
      try c.problems() == [
        "checkpoints/0001.txt: the logs' lines do not hash to this checkpoint's events root, though every head matches: the checkpoint was edited"
      ])
  }

  @Test func aLogNameACheckpointCannotHoldIsRefused() throws {
    let c = try Copy()
    defer { c.remove() }
    try FileManager.default.moveItem(atPath: c.path(Self.log), toPath: c.path("with space.jsonl"))
    #expect(throws: TimelineError.problems([Diagnostic(SourceLocation(file: c.path("with space.jsonl")), .checkpointUnsupportedName)])) {
      try Checkpoint.make(directory: c.dir, extending: nil)
    }
    #expect(
      Problem.checkpointUnsupportedName.description
        == "a name with a space or a control character cannot be recorded in a checkpoint; rename the file")
  }

  @Test func theTextRoundTrips() throws {
    let c = try Copy()
    defer { c.remove() }
    let cp = try Checkpoint.load(path: c.checkpointPath)
    #expect(try Checkpoint.parse(cp.text) == cp)
    #expect(cp.eventCount == 222)
    #expect(cp.files.map(\.path).first == "catalogue.json")
    #expect(cp.root == Checkpoint.root(events: cp.eventsRoot, files: cp.filesRoot))
  }

  /// The bundled checkpoint still vouches for the bundled logs (what `.ci/run`'s `timeline verify` checks).
  @Test func theBundledCheckpointHolds() throws {
    let path = RealData.directory + "/checkpoints/0001.txt"
    let cp = try Checkpoint.load(path: path)
    #expect(cp.check(directory: RealData.directory, checkpointPath: path) == [])
  }
}
