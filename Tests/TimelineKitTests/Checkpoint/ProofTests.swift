import Foundation
import Testing

@testable import TimelineKit

/// `timeline prove`: inclusion paths and consistency proofs that a reader checks against a checkpoint's root,
/// in Swift and with tools/check-proof.py.
@Suite struct ProofTests {
  static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// A copy with checkpoint 0001, one event appended to the *first* log (by name), and checkpoint 0002.
  static func twoCheckpoints() throws -> CheckpointTests.Copy {
    let c = try CheckpointTests.Copy()
    let log = "2022-01-08_press-conference-28.jsonl"
    var draft = try JSONSerialization.jsonObject(with: Data(try c.lines(log)[2].utf8)) as! [String: Any]
    draft["id"] = "appended-1"
    draft.removeValue(forKey: "seq")
    draft.removeValue(forKey: "prev")
    let text = String(decoding: try JSONSerialization.data(withJSONObject: draft), as: UTF8.self)
    _ = try Appender.append(drafts: Array((text + "\n").utf8), draftsPath: "-", toLog: c.path(log), directory: c.dir)
    let old = try Checkpoint.load(path: c.checkpointPath)
    _ = try Checkpoint.write(try Checkpoint.make(directory: c.dir, extending: old), directory: c.dir)
    return c
  }

  @Test func anAppendToAnEarlierLogExtendsTheTree() throws {
    let c = try Self.twoCheckpoints()
    defer { c.remove() }
    let old = try Checkpoint.load(path: c.path("checkpoints/0001.txt"))
    let new = try Checkpoint.load(path: c.path("checkpoints/0002.txt"))
    #expect(new.eventCount == 223)
    #expect(Array(new.segments.prefix(old.segments.count)) == old.segments)
    #expect(new.segments.last == Checkpoint.Segment(log: "2022-01-08_press-conference-28.jsonl", first: 60, last: 60))
    let proof = try new.consistencyProof(from: old, directory: c.dir)
    #expect(MerkleTree.verifyConsistency(oldSize: 222, newSize: 223, proof: proof, oldRoot: old.eventsRoot, newRoot: new.eventsRoot))
    #expect(throws: Checkpoint.ProofError.notAnExtension) { try old.consistencyProof(from: new, directory: c.dir) }
  }

  @Test func everyEventOfACheckpointHasAPathToItsRoot() throws {
    let c = try Self.twoCheckpoints()
    defer { c.remove() }
    let cp = try Checkpoint.load(path: c.path("checkpoints/0002.txt"))
    for s in cp.segments {
      // Every fourth line and each segment's ends (each proof rebuilds the tree: all 223 take seconds in debug).
      for seq in s.first...s.last where seq % 4 == 0 || seq == s.first || seq == s.last {
        let p = try cp.inclusionProof(log: s.log, seq: seq, directory: c.dir)
        #expect(MerkleTree.verifyInclusion(leaf: MerkleTree.leafHash(p.line), index: p.index, size: p.size, path: p.path, root: cp.eventsRoot))
        #expect(MerkleTree.nodeHash(p.eventsRoot, p.filesRoot) == cp.root)
      }
    }
    let late = EndToEndTests.run(["prove", "appended-1", "--checkpoint", "0001", "--events", c.dir])
    #expect(late.status == 1)
    #expect(
      late.err == "\(c.dir)/checkpoints/0001.txt: 2022-01-08_press-conference-28.jsonl:60: the event was appended after the checkpoint; "
        + "write a new one with 'timeline checkpoint'\n")
    let first = try Checkpoint.load(path: c.path("checkpoints/0001.txt"))
    #expect(throws: Checkpoint.ProofError.eventNotInCheckpoint(log: "2022-01-08_press-conference-28.jsonl", seq: 60)) {
      try first.inclusionProof(log: "2022-01-08_press-conference-28.jsonl", seq: 60, directory: c.dir)
    }
  }

  @Test(.enabled(if: python != nil, "needs python3"))
  func checkProofPyAcceptsTheProofsAndRejectsAForgedOne() throws {
    let c = try Self.twoCheckpoints()
    defer { c.remove() }
    let script = EndToEndTests.packageRoot + "/tools/check-proof.py"
    func check(_ proof: String, _ checkpoints: [String]) throws -> (Int32, String) {
      let file = c.dir + "/proof-" + UUID().uuidString
      try proof.write(toFile: file, atomically: true, encoding: .utf8)
      let p = Process()
      p.executableURL = URL(fileURLWithPath: Self.python!)
      p.arguments = [script, file] + checkpoints.map { c.path("checkpoints/" + $0) }
      let out = Pipe()
      p.standardOutput = out
      try p.run()
      let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      p.waitUntilExit()
      return (p.terminationStatus, text)
    }
    let inclusion = EndToEndTests.run(["prove", "pc29-036", "--checkpoint", "0001", "--events", c.dir])
    #expect(inclusion.status == 0, "\(inclusion.err)")
    #expect(
      inclusion.out.hasPrefix("timeline-proof inclusion v1\ncheckpoint 0001.txt\nevent pc29-036 2022-01-11_press-conference-29.jsonl 36\nline {"))
    #expect(try check(inclusion.out, ["0001.txt"]).0 == 0)
    #expect(try check(inclusion.out, ["0002.txt"]) == (1, "FAIL: the proof's root is not the checkpoint's\n"))
    let forged = inclusion.out.replacingOccurrences(of: "\"seq\":36,", with: "\"seq\":37,")
    #expect(try check(forged, []) == (1, "FAIL: the line's path does not lead to the events root\n"))
    let consistency = EndToEndTests.run(["prove", "--consistency", "0001", "0002", "--events", c.dir])
    #expect(consistency.status == 0, "\(consistency.err)")
    #expect(try check(consistency.out, ["0001.txt", "0002.txt"]) == (0, "ok: the tree of 223 leaves extends the tree of 222\n"))
    let swapped = EndToEndTests.run(["prove", "--consistency", "0002", "0001", "--events", c.dir])
    #expect(swapped.status == 1)
    #expect(swapped.err.hasSuffix("0001.txt: the newer checkpoint does not extend the older one (give the older one first)\n"))
    let vectors = Process()
    vectors.executableURL = URL(fileURLWithPath: Self.python!)
    vectors.arguments = [script, "--selftest"]
    try vectors.run()
    vectors.waitUntilExit()
    #expect(vectors.terminationStatus == 0)
  }

  @Test func proveFailsClearly() throws {
    let c = try CheckpointTests.Copy()
    defer { c.remove() }
    let unknown = EndToEndTests.run(["prove", "no-such-id", "--events", c.dir])
    #expect(unknown.status == 1)
    #expect(unknown.err == "no event has the id \"no-such-id\"\n")
    try FileManager.default.removeItem(atPath: c.dir + "/checkpoints")
    let none = EndToEndTests.run(["prove", "pc29-036", "--events", c.dir])
    #expect(none.status == 1)
    #expect(none.err == "\(c.dir): no checkpoint to prove against; write one with 'timeline checkpoint'\n")
    // Without a checkpoint, verify checks what it always did; a named checkpoint that is not there is a failure.
    #expect(EndToEndTests.run(["verify", "--events", c.dir]).status == 0)
    let missing = EndToEndTests.run(["verify", "--against", "0007", "--events", c.dir])
    #expect(missing.status == 1)
    #expect(missing.err == "0007: open failed: No such file or directory\n")
  }

  /// A tampered log cannot be proved against the checkpoint it no longer matches.
  @Test func aTamperedLogGetsNoProof() throws {
    let c = try CheckpointTests.Copy()
    defer { c.remove() }
    let log = "2022-11-24_press-conference-35.jsonl"
    try c.write(Array(try c.lines(log).dropLast()), to: log)
    let r = EndToEndTests.run(["prove", "pc29-036", "--events", c.dir])
    #expect(r.status == 1)
    #expect(r.err.hasSuffix("0001.txt: the logs no longer hash to the checkpoint's events root; see 'timeline verify --against'\n"))
  }
}
