import Foundation
import Testing

@testable import TimelineKit

/// Several `timeline append` processes at once, on the same log and on different logs of one directory, for many
/// rounds: every draft ends up in its log exactly once, every line is whole (no interleaving), the seqs run 1, 2, 3
/// ..., and `timeline verify` passes. Short by default; tools/hardening.sh sets HARDENING_ROUNDS and HARDENING_PROCS.
@Suite struct HardeningConcurrencyTests {
  @Test func manyProcessesOnSameAndDifferentLogsLoseAndDuplicateNothing() throws {
    let rounds = Hardening.setting("HARDENING_ROUNDS", 3)
    let procs = Hardening.setting("HARDENING_PROCS", 6)
    let perBatch = 5
    let f = try Fixture()
    defer { f.remove() }
    let logs = ["b1", "b2", "b3"]
    for l in logs { try f.append([Fixture.briefing(l, id: "\(l)-brief")], to: l) }
    var expected: [String: Set<String>] = Dictionary(uniqueKeysWithValues: logs.map { ($0, ["\($0)-brief"]) })
    for round in 0..<rounds {
      // Process p writes to b1 when p is even (so half of them share one log), else to b2 or b3.
      var jobs: [(log: String, path: String, ids: [String])] = []
      for p in 0..<procs {
        let log = p % 2 == 0 ? "b1" : (p % 4 == 1 ? "b2" : "b3")
        let prefix = "c\(round)-\(p)"
        let ids = (1...perBatch).map { "\(prefix)-\($0)" }
        jobs.append((log, try Hardening.draftsFile(f, Hardening.drafts(perBatch, prefix: prefix, log: log)), ids))
        expected[log, default: []].formUnion(ids)
      }
      defer { for j in jobs { try? FileManager.default.removeItem(atPath: j.path) } }
      let statuses = ResultBox(count: jobs.count)
      let launched = jobs
      EndToEndTests.onThreads(launched.count) { k in
        let r = EndToEndTests.run(["append", f.path(launched[k].log + ".jsonl"), launched[k].path, "--events", f.dir])
        statuses.set(k, r.status == 0 ? nil : r.err)
      }
      for (k, e) in statuses.values.enumerated() { #expect(e == nil, "round \(round), process \(k): \(e ?? "")") }
    }
    for l in logs {
      let bytes = Hardening.bytes(f.path(l + ".jsonl"))
      let ids = Hardening.ids(bytes)
      #expect(!ids.contains("<unreadable line>"), "\(l): a line is not one whole JSON object (interleaved writes?)")
      #expect(Set(ids).count == ids.count, "\(l): a draft was sealed twice")
      #expect(Set(ids) == expected[l], "\(l): lost \(expected[l]!.subtracting(ids).count) drafts")
      let log = LogReader.parse(bytes, path: l + ".jsonl")
      #expect(log.events.map(\.seq) == Array(1...log.events.count), "\(l): seqs are not 1...n")
    }
    let v = EndToEndTests.run(["verify", "--events", f.dir])
    #expect(v.status == 0, "verify: \(v.err)")
    print(
      "concurrency: \(rounds) rounds of \(procs) processes (\(perBatch) drafts each) on 3 logs: \(expected.values.map(\.count).reduce(0, +)) events, verify ok"
    )
  }
}

/// Per-thread results, written from several threads.
final class ResultBox: @unchecked Sendable {
  private let lock = NSLock()
  private(set) var values: [String?]
  init(count: Int) { values = Array(repeating: nil, count: count) }
  func set(_ k: Int, _ v: String?) {
    lock.lock()
    values[k] = v
    lock.unlock()
  }
}
