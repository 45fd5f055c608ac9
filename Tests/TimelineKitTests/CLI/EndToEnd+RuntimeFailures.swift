import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - 3. Runtime failures

extension EndToEndTests {
  @Suite struct RuntimeFailures {
    @Test(arguments: [
      ["verify"], ["state", "--at", "2022-01-10"], ["changes"], ["history", "堂食"], ["export", "changes"],
      ["diff", "--from", "2022-01-08", "--to", "2022-01-09"],
    ])
    func aMissingEventsDirectoryIsStatus1(_ args: [String]) {
      let dir = "/nonexistent/timeline-e2e-" + UUID().uuidString
      let r = EndToEndTests.run(args + ["--events", dir])
      #expect(r.status == 1)
      #expect(r.out == "")
      #expect(r.err == "\(dir): no such events directory (give another with --events DIR)\n")
    }

    @Test func anEditedByteBreaksTheChainOnTheNextLine() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      #expect(EndToEndTests.run(["verify", "--events", f.dir]).status == 0)

      // One byte of line 2 changes ("citywide" -> "citywidE"); the line itself stays valid and canonical.
      var bytes = try EndToEndTests.bytes(log)
      let lines = try f.lines()
      let line2Start = lines[0].utf8.count + 1
      let offset = try #require(Array(lines[1].utf8).firstRange(of: Array("citywide".utf8))).upperBound - 1
      #expect(bytes[line2Start + offset] == UInt8(ascii: "e"))
      bytes[line2Start + offset] = UInt8(ascii: "E")
      try f.write(bytes)

      let r = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(r.status == 1)
      #expect(r.out == "\(log): 3 events, seq 1-3, 1 problem\n")
      let err = r.err.split(separator: "\n").map(String.init)
      #expect(err.count == 2, "\(r.err)")
      #expect(err.first?.hasPrefix("\(log):3: hash chain broken: 'prev' is ") == true, "\(r.err)")
      #expect(err.first?.hasSuffix("(a line before this one was edited, deleted or moved)") == true)
      #expect(!r.err.contains("b1.jsonl:2"), "the edited line itself is well-formed; the break shows on the next line")
      #expect(err.last == "1 problem in 1 log")

      // Nothing may be appended to a broken chain.
      let a = try EndToEndTests.appendThroughBinary(f, [Fixture.dineIn("b1-004")])
      #expect(a.status == 1)
      #expect(a.err.hasPrefix("\(log):3: hash chain broken"))
      #expect(try EndToEndTests.bytes(log) == bytes)
    }

    struct TornCase: CustomTestStringConvertible, Sendable {
      let partial: String
      let reasonText: String
      var testDescription: String { partial.hasSuffix("\n") ? "incomplete JSON line" : "no final newline" }
    }

    @Test(arguments: [
      TornCase(
        partial: #"{"seq":4,"id":"b1-004","type":"measure.imp"#,
        reasonText: "42 bytes without a final newline, as a crash mid-write leaves"),
      TornCase(
        partial: #"{"seq":4,"id":"b1-004","type":"measure.imp"# + "\n",
        reasonText: "43 bytes that are not a complete JSON object"),
    ])
    func aTornTailIsReportedRefusedAndRepaired(_ c: TornCase) throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let good = try EndToEndTests.bytes(log)
      let partial = Array(c.partial.utf8)
      try f.write(good + partial)
      let tornMessage =
        "\(log):4: torn last line (\(c.reasonText)); run 'timeline verify --repair' to move it aside"

      let v = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(v.status == 1)
      #expect(v.out == "\(log): 3 events, seq 1-3, 1 problem, torn last line\n")
      #expect(v.err == tornMessage + "\n1 problem in 1 log\n")

      let s = EndToEndTests.run(["state", "--at", "2022-01-10", "--events", f.dir])
      #expect(s.status == 1)
      #expect(s.out == "")
      #expect(s.err.contains(tornMessage), "\(s.err)")

      let a = EndToEndTests.run(["append", log, "-", "--events", f.dir], stdin: Fixture.dineIn("b1-004") + "\n")
      #expect(a.status == 1)
      #expect(a.out == "")
      #expect(a.err.contains(tornMessage), "\(a.err)")
      #expect(try EndToEndTests.bytes(log) == good + partial, "a refused append must not touch a torn log")

      let repair = EndToEndTests.run(["verify", "--repair", "--events", f.dir])
      #expect(repair.status == 0)
      #expect(
        repair.out == """
          \(log): moved the torn last line (line 4, \(partial.count) bytes) to \(log).torn
          \(log): 3 events, seq 1-3, chain ok, quotes ok
          verified 1 log, 3 events: no problems

          """)
      #expect(repair.err == "")
      #expect(try EndToEndTests.bytes(log + ".torn") == partial, "the torn bytes are kept, exactly")
      #expect(try EndToEndTests.bytes(log) == good)

      let again = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(again.status == 0)
      #expect(again.out == "\(log): 3 events, seq 1-3, chain ok, quotes ok\nverified 1 log, 3 events: no problems\n")
      #expect(again.err == "")

      // The repaired log takes appends again.
      let after = EndToEndTests.run(["append", log, "--events", f.dir], stdin: Fixture.dineIn("b1-004", rule: "r4") + "\n")
      #expect(after.status == 0, "\(after.err)")
      #expect(after.out == "\(log): appended 1 event (seq 4)\n")
    }

    @Test func anUnknownSubjectIsStatus1() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let r = EndToEndTests.run(["history", "no-such-subject", "--events", f.dir])
      #expect(r.status == 1)
      #expect(r.out == "")
      #expect(r.err.hasPrefix(#"no subject matches "no-such-subject""#))
    }
  }
}
