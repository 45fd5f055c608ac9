import Foundation
import Testing

@testable import TimelineKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Kills `timeline append` with SIGKILL at many moments while it writes a large batch, and checks after every kill
/// that the log holds the whole batch or none of it, that every line acknowledged earlier is there byte for byte,
/// and that `timeline verify` passes (an uncommitted batch, which an append killed before its commit leaves, must be
/// moved aside by `--repair` without touching the acknowledged lines).
///
/// Short by default (10 kill points, 2,000 drafts); tools/hardening.sh runs it with HARDENING_KILL_POINTS=60 and
/// HARDENING_BATCH=20000.
@Suite(.serialized) struct HardeningCrashSafetyTests {
  struct Outcome: CustomStringConvertible {
    var delayMicros: Int
    var result: String
    var description: String { "kill after \(delayMicros) µs: \(result)" }
  }

  @Test func sigkillDuringAppendLosesNothingAcknowledgedAndNeverHalfAppends() throws {
    guard case .success(let binary) = EndToEndTests.binary else {
      Issue.record("build the timeline executable first (swift build)")
      return
    }
    let killPoints = Hardening.setting("HARDENING_KILL_POINTS", 10)
    let batch = Hardening.setting("HARDENING_BATCH", 2_000)
    let f = try Fixture()
    defer { f.remove() }
    let log = f.path("b1.jsonl")

    // The acknowledged base: the briefing and one batch, appended to the end (also times a clean append).
    try f.append([Fixture.briefing()])
    let clock = ContinuousClock()
    let first = try Hardening.draftsFile(f, Hardening.drafts(batch, prefix: "base"))
    defer { try? FileManager.default.removeItem(atPath: first) }
    let took = clock.measure { _ = EndToEndTests.run(["append", log, first, "--events", f.dir]) }
    let base = Hardening.bytes(log)
    #expect(Hardening.ids(base).count == batch + 1, "the timing append sealed the whole batch")
    let full = Int(took.components.seconds) * 1_000_000 + Int(took.components.attoseconds / 1_000_000_000_000)

    var acknowledged = base
    var outcomes: [Outcome] = []
    var committed = 0
    var rng = SystemRandomNumberGenerator()
    for k in 0..<killPoints {
      // Spread from 0 to 150% of a clean append (so the last ones may land after the rename), jittered in each slot.
      let slot = full * 3 / 2 / max(killPoints, 1)
      let delay = slot * k + Int.random(in: 0...max(slot, 1), using: &rng)
      let ids = (1...batch).map { "r\(k)-\($0)" }
      let drafts = try Hardening.draftsFile(f, Hardening.drafts(batch, prefix: "r\(k)"))
      defer { try? FileManager.default.removeItem(atPath: drafts) }

      let p = Process()
      p.executableURL = URL(fileURLWithPath: binary)
      p.arguments = ["append", log, drafts, "--events", f.dir]
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      try p.run()
      usleep(UInt32(delay))
      kill(p.processIdentifier, SIGKILL)
      p.waitUntilExit()
      let killed = p.terminationReason == .uncaughtSignal

      var after = Hardening.bytes(log)
      var note = ""
      let v = EndToEndTests.run(["verify", "--events", f.dir])
      if v.status != 0 {
        // Only a torn tail is acceptable, and --repair must move exactly that aside.
        #expect(v.err.contains("torn last line"), "kill point \(k): verify failed for another reason: \(v.err)")
        let repaired = EndToEndTests.run(["verify", "--repair", "--events", f.dir])
        #expect(repaired.status == 0, "kill point \(k): verify --repair failed: \(repaired.err)")
        after = Hardening.bytes(log)
        note = ", torn tail repaired"
      }
      #expect(after.starts(with: acknowledged), "kill point \(k): an acknowledged line changed or vanished")
      let added = Hardening.ids(Array(after.dropFirst(acknowledged.count)))
      if added.isEmpty {
        outcomes.append(Outcome(delayMicros: delay, result: (killed ? "killed" : "exited") + ", nothing appended" + note))
      } else {
        #expect(added == ids, "kill point \(k): the log gained \(added.count) of \(batch) drafts")
        outcomes.append(Outcome(delayMicros: delay, result: (killed ? "killed" : "exited") + ", whole batch appended" + note))
        committed += 1
        // Keep the log from growing without end: the next round starts from the acknowledged base again.
        try Data(base).write(to: URL(fileURLWithPath: log))
      }
      acknowledged = Hardening.bytes(log)
    }
    let stale = try FileManager.default.contentsOfDirectory(atPath: f.dir).filter { $0.contains(".tmp-") }
    print(
      "crash safety: \(killPoints) kill points over a \(batch)-draft batch (\(base.count) bytes, clean append \(full) µs): "
        + "\(committed) committed whole, \(killPoints - committed) appended nothing, \(stale.count) stale temp files left\n  "
        + outcomes.map(\.description).joined(separator: "\n  "))
    #expect(outcomes.count == killPoints)
  }
}
