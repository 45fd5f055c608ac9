import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - 2. Usage errors

extension EndToEndTests {
  @Suite struct UsageErrors {
    /// One command line that must be refused with status 64 before any data is read.
    struct Case: CustomTestStringConvertible, Sendable {
      let args: [String]
      /// The exact message after `Error: `, when it is stable; otherwise nil and ``messageContains`` is checked.
      let message: String?
      var messageContains: [String] = []
      let usage: String
      var suggestion: String? = nil
      /// The command named in `See 'timeline CMD --help'.`, or nil for the general help.
      var helpFor: String? = nil

      var testDescription: String { "timeline " + args.joined(separator: " ") }

      /// The whole stderr, when the message is exact.
      var expectedStderr: String? {
        guard let message else { return nil }
        var s = "Error: \(message)\n\(usage)\n"
        if let suggestion { s += "Did you mean '\(suggestion)'?\n" }
        s += "See '" + (helpFor.map { "timeline \($0) --help" } ?? "timeline --help") + "'.\n"
        return s
      }
    }

    static let cases: [Case] = [
      Case(args: [], message: "no command given", usage: UsageLine.general),
      Case(args: ["stat"], message: "unknown command 'stat'", usage: UsageLine.general, suggestion: "state"),
      Case(args: ["help", "stat"], message: "unknown command 'stat'", usage: UsageLine.general, suggestion: "state"),
      Case(args: ["frobnicate"], message: "unknown command 'frobnicate'", usage: UsageLine.general),
      Case(
        args: ["state", "--att", "2022-01-10"], message: "unknown option '--att'", usage: UsageLine.state, suggestion: "--at",
        helpFor: "state"),
      Case(
        args: ["state", "--at", "2022-01-10", "--formt=csv"], message: "unknown option '--formt'", usage: UsageLine.state,
        suggestion: "--format", helpFor: "state"),
      Case(args: ["state", "--at"], message: "option '--at' needs a value", usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "2022-01-10", "--kind", "measures"],
        message: "invalid value 'measures' for '--kind': expected one of measure, zone, metric, testing; did you mean 'measure'?",
        usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "2022-01-10", "--stale-after", "2x"],
        message: "invalid value '2x' for '--stale-after': expected a duration such as 14d, 30d, 2w or 36h (a bare number is days)",
        usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "--format", "csv"], message: "option '--at' needs a value", usage: UsageLine.state, helpFor: "state"),
      Case(args: ["state"], message: "missing required option '--at'", usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "yesterday"], message: nil,
        messageContains: [
          "invalid value 'yesterday' for '--at': expected a time like 2022-01-08T13:00+08:00, 2022-01-08T13:00 (Asia/Shanghai) or 2022-01-08"
        ], usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "2022-01-10", "--format", "xml"], message: "invalid value 'xml' for '--format': expected table, records, csv or json",
        usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["history", "堂食", "--format=xml"], message: "invalid value 'xml' for '--format': expected table, records, csv or json",
        usage: UsageLine.history, helpFor: "history"),
      Case(
        args: ["state", "--at", "2022-01-10", "--at", "2022-01-11"], message: "option '--at' is given more than once",
        usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "2022-01-10", "extra"], message: "unexpected argument 'extra'", usage: UsageLine.state, helpFor: "state"),
      Case(args: ["history"], message: "missing argument SUBJECT", usage: UsageLine.history, helpFor: "history"),
      Case(
        args: ["diff"], message: "give --from T1 --to T2, or --known-at K1 --vs K2 --at T", usage: UsageLine.diff, helpFor: "diff"),
      Case(
        args: ["diff", "--from", "2022-01-08"], message: "a valid-time diff needs both --from and --to", usage: UsageLine.diff,
        helpFor: "diff"),
      Case(
        args: ["diff", "--from", "2022-01-08", "--to", "2022-01-09", "--at", "2022-01-08"],
        message: "use either --from/--to (valid time) or --known-at/--vs/--at (knowledge), not both", usage: UsageLine.diff,
        helpFor: "diff"),
      Case(
        args: ["export", "daily"], message: nil, messageContains: ["missing required option '--from'"], usage: UsageLine.export,
        helpFor: "export"),
      Case(
        args: ["export", "daily", "--from", "2022-01-07"], message: nil, messageContains: ["missing required option '--to'"],
        usage: UsageLine.export, helpFor: "export"),
      Case(
        args: ["export", "daily", "--from", "2022-01-09", "--to", "2022-01-08"], message: "--from must not be after --to",
        usage: UsageLine.export, helpFor: "export"),
      Case(
        args: ["export", "state"], message: nil, messageContains: ["missing required option '--at'"], usage: UsageLine.export,
        helpFor: "export"),
      Case(
        args: ["export", "stat"],
        message: "invalid value 'stat' for 'TABLE': expected state, changes, daily, metrics, indicators or events; did you mean 'state'?",
        usage: UsageLine.export, helpFor: "export"),
      Case(
        args: ["export", "daily", "--from", "2022-01-07", "--to", "2022-01-08", "--time-of-day", "25:00"],
        message: "invalid value '25:00' for '--time-of-day': expected HH:MM, 00:00 to 23:59", usage: UsageLine.export, helpFor: "export"),
      Case(
        args: ["export", "indicators", "--to", "2022-11-30"], message: nil, messageContains: ["missing required option '--from'"],
        usage: UsageLine.export, helpFor: "export"),
      Case(
        args: ["export", "indicators", "--from", "2022-11-26", "--to", "2022-11-26", "--category", "movement"],
        message: "--category does not apply to the indicators table (it codes every measure and zone)", usage: UsageLine.export,
        helpFor: "export"),
      Case(args: ["verify", "--repair=yes"], message: "option '--repair' does not take a value", usage: UsageLine.verify, helpFor: "verify"),
      Case(
        args: ["verify", "--againts", "0001"], message: "unknown option '--againts'", usage: UsageLine.verify, suggestion: "--against",
        helpFor: "verify"),
      Case(args: ["checkpoint", "now"], message: "unexpected argument 'now'", usage: UsageLine.checkpoint, helpFor: "checkpoint"),
      Case(args: ["prove"], message: "missing argument EVENT_ID", usage: UsageLine.prove, helpFor: "prove"),
      Case(
        args: ["prove", "0002", "--consistensy", "0001"], message: "unknown option '--consistensy'", usage: UsageLine.prove,
        suggestion: "--consistency", helpFor: "prove"),
      Case(
        args: ["prove", "0002", "--consistency", "0001", "--checkpoint", "0002"],
        message: "--checkpoint and --consistency do not go together", usage: UsageLine.prove, helpFor: "prove"),
      Case(args: ["append"], message: "missing argument LOG", usage: UsageLine.append, helpFor: "append"),
      Case(
        args: ["append", "new.jsonl", "--expect-seq", "-1"],
        message: "invalid value '-1' for '--expect-seq': expected a whole number, 0 or more", usage: UsageLine.append, helpFor: "append"),
      // Options go after the command: `--events` before it is not a global option.
      Case(args: ["--events", "/tmp", "verify"], message: "unknown option '--events'", usage: UsageLine.general),
    ]

    @Test(arguments: cases)
    func isRefusedWithStatus64AndTheUsageLine(_ c: Case) throws {
      // An empty working directory: a usage error must be found before any events are looked for.
      let cwd = try EndToEndTests.emptyDirectory()
      defer { try? FileManager.default.removeItem(atPath: cwd) }
      let r = EndToEndTests.run(c.args, cwd: cwd)
      #expect(r.status == 64, "stderr: \(r.err)")
      #expect(r.out == "")
      #expect(r.err.hasPrefix("Error: "))
      let lines = r.err.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      #expect(lines.count >= 3)
      // The usage line comes right after the Error line.
      #expect(lines.dropFirst().first == c.usage)
      if let expected = c.expectedStderr {
        #expect(r.err == expected)
      } else {
        for fragment in c.messageContains { #expect(lines.first?.contains(fragment) == true, "missing \(fragment.debugDescription)") }
        #expect(lines.last == "" && lines.dropLast().last == "See 'timeline \(c.helpFor ?? "") --help'.")
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: cwd) == [], "a refused command line must not create files")
    }

    @Test func aBadTimeNamesTheOptionTheValueAndEveryAcceptedForm() throws {
      let r = try EndToEndTests.runInEmptyDirectory(["state", "--at", "yesterday"])
      #expect(r.status == 64)
      let first = r.err.split(separator: "\n").first.map(String.init) ?? ""
      #expect(first.hasPrefix("Error: invalid value 'yesterday' for '--at': expected "))
      for form in ["2022-01-08T13:00+08:00", "2022-01-08T13:00", "2022-01-08"] {
        #expect(first.contains(form), "the message should show the form \(form)")
      }
    }
  }
}
