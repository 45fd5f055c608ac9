import Testing

@testable import TimelineKit

/// The parser and the typing step, in-process: what each command line becomes, and the exact message of every kind
/// of usage error.
@Suite("Argument parser")
struct ArgumentParserTests {
  struct Refused: CustomTestStringConvertible, Sendable {
    let args: [String]
    /// The first line of standard error, after `Error: `.
    let message: String
    var testDescription: String { "timeline " + args.joined(separator: " ") }
  }

  /// One case per kind of usage error and per kind of expected value and conflict.
  static let refused: [Refused] = [
    Refused(args: [], message: "no command given"),
    Refused(args: ["stat"], message: "unknown command 'stat'"),
    Refused(args: ["state", "--att", "2022-01-10"], message: "unknown option '--att'"),
    Refused(args: ["state", "--at"], message: "option '--at' needs a value"),
    Refused(args: ["state", "--at", "2022-01-10", "--wide=yes"], message: "option '--wide' does not take a value"),
    Refused(args: ["state", "--at", "1", "--at", "2"], message: "option '--at' is given more than once"),
    Refused(args: ["verify", "extra"], message: "unexpected argument 'extra'"),
    Refused(args: ["history"], message: "missing argument SUBJECT"),
    Refused(args: ["state"], message: "missing required option '--at'"),
    Refused(args: ["render"], message: "missing required option '--output'"),
    Refused(args: ["draft", "x.txt"], message: "missing required option '--source'"),
    Refused(
      args: ["state", "--at", "noon"],
      message: "invalid value 'noon' for '--at': expected a time like 2022-01-08T13:00+08:00, 2022-01-08T13:00 (Asia/Shanghai) or 2022-01-08"),
    Refused(args: ["changes", "--format", "xml"], message: "invalid value 'xml' for '--format': expected table, records, csv or json"),
    Refused(args: ["render", "--output", "a.html", "--format", "png"], message: "invalid value 'png' for '--format': expected html or svg"),
    Refused(args: ["completion", "tcsh"], message: "invalid value 'tcsh' for 'SHELL': expected bash, zsh or fish"),
    Refused(
      args: ["export", "dayly"],
      message: "invalid value 'dayly' for 'TABLE': expected state, changes, daily, metrics, indicators or events; did you mean 'daily'?"),
    Refused(
      args: ["changes", "--kind", "zones"],
      message: "invalid value 'zones' for '--kind': expected one of measure, zone, metric, testing; did you mean 'zone'?"),
    Refused(args: ["append", "a.jsonl", "--expect-seq", "-1"], message: "invalid value '-1' for '--expect-seq': expected a whole number, 0 or more"),
    Refused(
      args: ["state", "--at", "2022-01-10", "--stale-after", "soon"],
      message: "invalid value 'soon' for '--stale-after': expected a duration such as 14d, 30d, 2w or 36h (a bare number is days)"),
    Refused(
      args: ["export", "daily", "--from", "2022-01-01", "--to", "2022-01-02", "--time-of-day", "25:00"],
      message: "invalid value '25:00' for '--time-of-day': expected HH:MM, 00:00 to 23:59"),
    Refused(
      args: ["render", "--output", "a.html", "--from", "2022-01-02", "--to", "2022-01-01"],
      message: "invalid value '2022-01-01' for '--to': expected a time after --from (2022-01-02T00:00+08:00)"),
    Refused(args: ["draft", "x.txt", "--source", "a/b"], message: "invalid value 'a/b' for '--source': expected a log name of A-Z a-z 0-9 . _ -"),
    Refused(
      args: ["export", "state", "--at", "2022-01-10", "--output", "/dev/null"],
      message: "invalid value '/dev/null' for '--output': expected a new file or a regular file to replace (this is not one)"),
    Refused(
      args: ["export", "state", "--at", "2022-01-10", "--output", "events/x.csv"],
      message: "invalid value 'events/x.csv' for '--output': expected a file outside the events directory events"),
    Refused(args: ["diff", "--to", "2022-01-08"], message: "a valid-time diff needs both --from and --to"),
    Refused(
      args: ["diff", "--from", "2022-01-08", "--to", "2022-01-09", "--vs", "2022-01-08"],
      message: "use either --from/--to (valid time) or --known-at/--vs/--at (knowledge), not both"),
    Refused(args: ["diff", "--known-at", "2022-01-08"], message: "give --from T1 --to T2, or --known-at K1 --vs K2 --at T"),
    Refused(args: ["export", "daily", "--from", "2022-01-02", "--to", "2022-01-01"], message: "--from must not be after --to"),
    Refused(
      args: ["export", "daily", "--from", "2000-01-01", "--to", "2022-01-01"],
      message: "--from and --to may be at most 3660 days apart for the daily table (one row per day and subject)"),
    Refused(
      args: ["export", "indicators", "--from", "2000-01-01", "--to", "2022-01-01"],
      message: "--from and --to may be at most 3660 days apart for the indicators table (one row per day and area)"),
    Refused(
      args: ["export", "indicators", "--from", "2022-01-01", "--to", "2022-01-02", "--kind", "zone"],
      message: "--kind does not apply to the indicators table (it codes every measure and zone)"),
    Refused(
      args: ["export", "daily", "--from", "2022-01-01", "--to", "2022-01-02", "--format", "json"],
      message: "the daily table is written as CSV only (it is streamed); use --format csv"),
    Refused(args: ["verify", "--format", "csv"], message: "invalid value 'csv' for '--format': expected text or json"),
    Refused(
      args: ["draft", "briefing.txt", "--source", "pc-1"],
      message: "no date at the start of the file name 'briefing.txt'; give the publication time with --published T"),
  ]

  @Test(arguments: refused)
  func isRefusedWithItsExactMessage(_ c: Refused) {
    do {
      _ = try Invocation.parse(c.args)
      Issue.record("accepted")
    } catch {
      #expect(error.description.split(separator: "\n").first.map(String.init) == "Error: " + c.message)
    }
  }

  @Test(arguments: refused)
  func isStatus64OnStandardErrorInProcess(_ c: Refused) {
    let r = InProcessCLI.run(c.args, events: nil)
    #expect(r.status == 64)
    #expect(r.out == "")
    #expect(r.err.hasPrefix("Error: " + c.message + "\nUsage: timeline "))
  }

  @Test func stateBecomesTypedOptions() throws {
    guard
      case .state(let o) = try Invocation.parse([
        "state", "--at", "2022-01-10T12:00", "--known-at=2022-01-08", "--kind", "zone", "--stale-after", "2w", "--format", "records",
        "--wide", "--no-pager", "--events", "e",
      ])
    else {
      Issue.record("not state")
      return
    }
    #expect(o.at == (try Timestamp.parseUserInput("2022-01-10T12:00")))
    #expect(o.knownAt == (try Timestamp.parseUserInput("2022-01-08")))
    #expect(o.filter == FilterRequest(district: nil, category: nil, kind: .zone))
    #expect(o.confirmation.horizonSeconds == 14 * 86_400)
    #expect(o.output == OutputOptions(format: .records, wide: true, noPager: true))
    #expect(o.events == "e")
  }

  @Test func diffModesAndExportQueriesAreTyped() throws {
    guard case .diff(let d) = try Invocation.parse(["diff", "--known-at", "2022-01-08", "--vs", "2022-01-12", "--at", "2022-01-10"]),
      case .knowledge = d.mode
    else {
      Issue.record("not a knowledge diff")
      return
    }
    guard case .export(let e) = try Invocation.parse(["export", "indicators", "--from", "2022-11-20", "--to", "2022-11-21", "--district", "all"]),
      case .indicators = e.query
    else {
      Issue.record("not indicators")
      return
    }
    #expect(e.everyDistrict && e.filter.district == nil)
    guard case .append(let a) = try Invocation.parse(["append", "log.jsonl", "-", "--expect-seq", "3"]) else {
      Issue.record("not append")
      return
    }
    #expect(a.drafts == nil && a.expectSeq == 3)
  }

  @Test func everyOptionOfTheSpecsHasATypedName() {
    for c in Commands.all {
      for o in c.options { #expect(OptionName(rawValue: o.name) != nil, "--\(o.name) of \(c.name)") }
    }
    #expect(Commands.spec("state")!.requiredOptions == ["at"])
    #expect(Commands.spec("render")!.requiredOptions == ["output"])
    #expect(Commands.spec("draft")!.requiredOptions == ["source"])
  }
}
