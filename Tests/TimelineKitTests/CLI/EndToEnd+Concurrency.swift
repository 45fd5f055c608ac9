import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - 5. Concurrent processes

extension EndToEndTests {
  @Suite(.serialized) struct ConcurrentProcesses {
    final class Outputs: @unchecked Sendable {
      private let lock = NSLock()
      private var results: [(status: Int32, out: String, err: String)] = []
      func add(_ r: (status: Int32, out: String, err: String)) { lock.withLock { results.append(r) } }
      var all: [(status: Int32, out: String, err: String)] { lock.withLock { results } }
    }

    @Test(.timeLimit(.minutes(5)))
    func manyProcessesAppendingToOneLogNeitherLoseNorInterleave() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let processes = 4
      let rounds = 15
      let outputs = Outputs()
      EndToEndTests.onThreads(processes) { p in
        for k in 0..<rounds {
          let draft = Fixture.dineIn("p\(p)-\(k)", effective: "2022-01-08T12:\(String(format: "%02d", k))+08:00", rule: "p\(p) round \(k)")
          outputs.add(EndToEndTests.run(["append", log, "--events", f.dir], stdin: draft + "\n"))
        }
      }
      let results = outputs.all
      #expect(results.count == processes * rounds)
      #expect(results.allSatisfy { $0.status == 0 && $0.err == "" }, "\(results.filter { $0.status != 0 }.map(\.err))")
      // Every append sealed exactly one event, and together they took every seq after the first three once.
      let seqs = results.compactMap { r -> Int? in
        let prefix = log + ": appended 1 event (seq "
        guard r.out.hasPrefix(prefix), r.out.hasSuffix(")\n") else { return nil }
        return Int(r.out.dropFirst(prefix.count).dropLast(2))
      }
      #expect(seqs.sorted() == Array(4...(3 + processes * rounds)))

      let lines = try f.lines()
      #expect(lines.count == 3 + processes * rounds)
      #expect(try EndToEndTests.bytes(log).last == 0x0A)
      let decoded = EndToEndTests.seqsAndIDs(lines)
      #expect(decoded.map(\.seq) == Array(1...(3 + processes * rounds)))
      let ids = decoded.map(\.id)
      #expect(Set(ids).count == ids.count, "no id twice")
      let expected = Set((0..<processes).flatMap { p in (0..<rounds).map { "p\(p)-\($0)" } })
      #expect(Set(ids.dropFirst(3)) == expected)
      // Each process's appends stay in its own order.
      for p in 0..<processes {
        #expect(ids.filter { $0.hasPrefix("p\(p)-") } == (0..<rounds).map { "p\(p)-\($0)" })
      }

      let v = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(v.status == 0, "\(v.err)")
      let n = 3 + processes * rounds
      #expect(v.out == "\(log): \(n) events, seq 1-\(n), chain ok, quotes ok\nverified 1 log, \(n) events: no problems\n")
      #expect(v.err == "")
    }

    @Test(.timeLimit(.minutes(5)))
    func oneGenesisAmongRacingCreators() throws {
      // Several processes race to create the same new log with the same briefing; exactly one creates it.
      let f = try Fixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let outputs = Outputs()
      EndToEndTests.onThreads(4) { _ in
        outputs.add(EndToEndTests.run(["append", log, "--events", f.dir], stdin: Fixture.briefing() + "\n"))
      }
      let results = outputs.all
      #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.err))")
      #expect(results.filter { $0.out == "\(log): appended 1 event (seq 1), log created\n" }.count == 1, "\(results.map(\.out))")
      #expect(
        results.filter { $0.out == "b1-001: already present at \(log):1, nothing appended for it\n\(log): nothing to append; last seq is 1\n" }
          .count == 3)
      #expect(try f.lines().count == 1)
    }

    @Test(.timeLimit(.minutes(5)))
    func twoProcessesAppendingToTwoLogsOfOneDirectory() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let b2 = try EndToEndTests.appendThroughBinary(f, [Fixture.briefing("b2", id: "b2-001")], log: "b2")
      #expect(b2.status == 0, "\(b2.err)")
      let rounds = 15
      let outputs = Outputs()
      EndToEndTests.onThreads(2) { p in
        let log = p == 0 ? "b1" : "b2"
        for k in 0..<rounds {
          let draft = Fixture.dineIn("\(log)-x\(k)", log: log, effective: "2022-01-08T12:\(String(format: "%02d", k))+08:00")
          outputs.add(EndToEndTests.run(["append", f.path(log + ".jsonl"), "--events", f.dir], stdin: draft + "\n"))
        }
      }
      #expect(outputs.all.allSatisfy { $0.status == 0 }, "\(outputs.all.filter { $0.status != 0 }.map(\.err))")
      let b1Lines = EndToEndTests.seqsAndIDs(try f.lines("b1"))
      let b2Lines = EndToEndTests.seqsAndIDs(try f.lines("b2"))
      #expect(b1Lines.map(\.seq) == Array(1...(3 + rounds)))
      #expect(b2Lines.map(\.seq) == Array(1...(1 + rounds)))
      #expect(b1Lines.dropFirst(3).map(\.id) == (0..<rounds).map { "b1-x\($0)" })
      #expect(b2Lines.dropFirst(1).map(\.id) == (0..<rounds).map { "b2-x\($0)" })

      let v = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(v.status == 0, "\(v.err)")
      let n1 = 3 + rounds
      let n2 = 1 + rounds
      #expect(
        v.out == """
          \(f.path("b1.jsonl")): \(n1) events, seq 1-\(n1), chain ok, quotes ok
          \(f.path("b2.jsonl")): \(n2) events, seq 1-\(n2), chain ok, quotes ok
          verified 2 logs, \(n1 + n2) events: no problems

          """)
    }
  }
}
