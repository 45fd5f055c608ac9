import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - 4. Append through the binary

extension EndToEndTests {
  @Suite struct Append {
    @Test func readsDraftsFromStdinWithDashOrWithoutADraftsArgument() throws {
      let f = try Fixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let first = EndToEndTests.run(
        ["append", log, "-", "--events", f.dir], stdin: [Fixture.briefing(), Fixture.dineIn("b1-002")].joined(separator: "\n") + "\n")
      #expect(first.status == 0, "\(first.err)")
      #expect(first.out == "\(log): appended 2 events (seq 1-2), log created\n")
      #expect(first.err == "")

      let second = EndToEndTests.run(["append", log, "--events", f.dir], stdin: Fixture.dineIn("b1-003", rule: "r3") + "\n")
      #expect(second.status == 0, "\(second.err)")
      #expect(second.out == "\(log): appended 1 event (seq 3)\n")
      #expect(second.err == "")

      #expect(EndToEndTests.seqsAndIDs(try f.lines()).map(\.id) == ["b1-001", "b1-002", "b1-003"])
      #expect(EndToEndTests.seqsAndIDs(try f.lines()).map(\.seq) == [1, 2, 3])
      let v = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(v.status == 0)
      #expect(v.out == "\(log): 3 events, seq 1-3, chain ok, quotes ok\nverified 1 log, 3 events: no problems\n")
    }

    @Test func expectSeqIsCheckedAgainstTheLastSeq() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let before = try EndToEndTests.bytes(log)
      let stale = EndToEndTests.run(
        ["append", log, "-", "--expect-seq", "2", "--events", f.dir], stdin: Fixture.dineIn("b1-004", rule: "r4") + "\n")
      #expect(stale.status == 1)
      #expect(stale.out == "")
      #expect(
        stale.err
          == "\(log): expected the last seq to be 2, but it is 3 (another append got there first); re-read the log and retry\n")
      #expect(try EndToEndTests.bytes(log) == before)

      let current = EndToEndTests.run(
        ["append", log, "-", "--expect-seq", "3", "--events", f.dir], stdin: Fixture.dineIn("b1-004", rule: "r4") + "\n")
      #expect(current.status == 0, "\(current.err)")
      #expect(current.out == "\(log): appended 1 event (seq 4)\n")
    }

    @Test func reappendingIsANoOpReportedAsAlreadyPresent() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let before = try EndToEndTests.bytes(log)
      let r = try EndToEndTests.appendThroughBinary(f, EndToEndTests.threeDrafts)
      #expect(r.status == 0, "\(r.err)")
      #expect(r.err == "")
      #expect(
        r.out == """
          b1-001: already present at \(log):1, nothing appended for it
          b1-002: already present at \(log):2, nothing appended for it
          b1-003: already present at \(log):3, nothing appended for it
          \(log): nothing to append; last seq is 3

          """)
      #expect(try EndToEndTests.bytes(log) == before)

      // A batch mixing a present event and a new one appends only the new one.
      let mixed = try EndToEndTests.appendThroughBinary(f, [Fixture.dineIn("b1-002"), Fixture.dineIn("b1-004", rule: "r4")])
      #expect(mixed.status == 0, "\(mixed.err)")
      #expect(mixed.out == "b1-002: already present at \(log):2, nothing appended for it\n\(log): appended 1 event (seq 4)\n")

      // The same id with a different event is refused, and nothing of the batch is written.
      let afterMixed = try EndToEndTests.bytes(log)
      let clash = try EndToEndTests.appendThroughBinary(f, [Fixture.dineIn("b1-005", rule: "r5"), Fixture.dineIn("b1-002", rule: "changed")])
      #expect(clash.status == 1)
      #expect(clash.out == "")
      #expect(clash.err.contains(#":2: id "b1-002" is already used by a different event at \#(log):2"#), "\(clash.err)")
      #expect(try EndToEndTests.bytes(log) == afterMixed)
    }
  }
}
