import Foundation
import Testing

@testable import TimelineKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Appends onto a 400 KB tmpfs until the disk is full: the failing append exits 1 with a message that names the
/// log and says "No space left on device", the log is byte-identical to before, no temporary file is left, and
/// after a filler file is deleted the next append works and `timeline verify` passes.
///
/// Needs root and a system that lets it mount a tmpfs; otherwise the suite is reported as skipped, never as passed.
@Suite(.serialized, .enabled(if: Hardening.tmpfsMountable, "needs root and permission to mount a tmpfs (run the tests as root)"))
struct HardeningDiskFullTests {
  struct Result {
    var status: Int32
    var err: String
    var log: String
  }

  /// Fills a tmpfs with appends and returns the failing append; runs `afterwards` while the tmpfs is still mounted.
  func fillDisk(_ afterwards: (Fixture, String) throws -> Void) throws -> Result? {
    guard Hardening.canMount else {
      print("disk full: SKIPPED: not running as root, so no tmpfs can be mounted (run the tests as root to include it)")
      return nil
    }
    let mountPoint = NSTemporaryDirectory() + "timeline-diskfull-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: mountPoint, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: mountPoint) }
    let m = Hardening.shell("/bin/mount", ["-t", "tmpfs", "-o", "size=400k", "tmpfs", mountPoint])
    guard m.status == 0 else {
      print("disk full: SKIPPED: mount -t tmpfs is not permitted here (\(m.output.trimmingCharacters(in: .whitespacesAndNewlines)))")
      return nil
    }
    defer { Hardening.shell("/bin/umount", [mountPoint]) }

    // A fixture inside the tmpfs: catalogue and source, a 64 KB filler file, then appends of 20 drafts each.
    let f = try Fixture()
    defer { f.remove() }
    let dir = mountPoint + "/events"
    try FileManager.default.copyItem(atPath: f.dir, toPath: dir)
    try Data(count: 64 << 10).write(to: URL(fileURLWithPath: mountPoint + "/filler"))
    let small = Fixture(existing: dir)
    let log = small.path("b1.jsonl")
    try small.append([Fixture.briefing()])
    for round in 1...200 {
      let before = Hardening.bytes(log)
      let drafts = try Hardening.draftsFile(f, Hardening.drafts(20, prefix: "d\(round)"))
      defer { try? FileManager.default.removeItem(atPath: drafts) }
      let r = EndToEndTests.run(["append", log, drafts, "--events", dir])
      if r.status == 0 { continue }
      #expect(Hardening.bytes(log) == before, "the failed append changed the log")
      let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.contains(".tmp-") }
      #expect(leftovers.isEmpty, "temporary files left behind: \(leftovers)")
      // Free space, append again, verify.
      try FileManager.default.removeItem(atPath: mountPoint + "/filler")
      let again = EndToEndTests.run(["append", log, drafts, "--events", dir])
      #expect(again.status == 0, "append after freeing space: \(again.err)")
      #expect(Hardening.ids(Hardening.bytes(log)).suffix(20) == (1...20).map { "d\(round)-\($0)" })
      let v = EndToEndTests.run(["verify", "--events", dir])
      #expect(v.status == 0, "verify after the disk was full: \(v.err)")
      try afterwards(small, log)
      print(
        "disk full: append \(round + 1) failed with status \(r.status): \(r.err.trimmingCharacters(in: .newlines)); log unchanged (\(before.count) bytes); after deleting the filler the append worked and verify passed"
      )
      return Result(status: r.status, err: r.err, log: log)
    }
    Issue.record("the 400 KB tmpfs never filled up")
    return nil
  }

  @Test func appendOnAFullDiskFailsCleanlyAndWorksAfterSpaceIsFreed() throws {
    guard let r = try fillDisk({ _, _ in }) else { return }
    #expect(r.status == 1)
    #expect(r.err.contains("No space left on device"), "message: \(r.err)")
    #expect(r.err.contains("b1.jsonl"), "the message names the log's file: \(r.err)")
  }

  @Test
  func theFullDiskMessageNamesTheLogItself() throws {
    guard let r = try fillDisk({ _, _ in }) else { return }
    // The batch is written in place at the log's end (no copy since break 10), and cut back on failure.
    #expect(r.err == "\(r.log): write failed: No space left on device\n")
  }
}

extension Fixture {
  /// A fixture over an existing events directory (not removed by ``remove()`` of the original).
  init(existing dir: String) { self.dir = dir }
}
