import Synchronization
import Testing

@testable import TimelineKit

/// When output for people goes through the pager: only on a terminal (the executable supplies `startPager` only
/// then), only for tables and records, never with `--no-pager`, started once at the first write.
@Suite("Pager")
struct PagerTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let args: [String]
    let pages: Bool
    var testDescription: String { "timeline " + args.joined(separator: " ") + (pages ? " pages" : " does not page") }
  }

  static let cases = [
    Case(args: ["state", "--at", "2022-01-10"], pages: true),
    Case(args: ["changes", "--format", "records"], pages: true),
    Case(args: ["history", "堂食"], pages: true),
    Case(args: ["subjects"], pages: true),
    Case(args: ["state", "--at", "2022-01-10", "--no-pager"], pages: false),
    Case(args: ["changes", "--format", "csv"], pages: false),
    Case(args: ["diff", "--from", "2022-01-08", "--to", "2022-01-09", "--format", "json"], pages: false),
    Case(args: ["completion", "bash"], pages: false),
    Case(args: ["state", "--help"], pages: false),
  ]

  @Test(arguments: cases)
  func pagesOnlyOutputForPeople(_ c: Case) {
    let starts = Mutex(0)
    let wroteBeforeStart = Mutex(false)
    let io = CommandIO(
      writeOut: { _ in if starts.withLock({ $0 }) == 0 { wroteBeforeStart.withLock { $0 = true } } }, writeErr: { _ in },
      readInput: { [] }, outputWidth: 80, startPager: { starts.withLock { $0 += 1 } })
    let status = TimelineCLI.run(c.args + (c.args.contains("--help") ? [] : ["--events", InProcessCLI.events]), io: io)
    #expect(status == 0)
    #expect(starts.withLock { $0 } == (c.pages ? 1 : 0))
    if c.pages { #expect(!wroteBeforeStart.withLock { $0 }) }
  }

  @Test func thePagerCommandComesFromPager() {
    #expect(Pager.command(pagerVariable: nil) == "less -FRSX")
    #expect(Pager.command(pagerVariable: "most") == "most")
    #expect(Pager.command(pagerVariable: " less -R ") == "less -R")
    #expect(Pager.command(pagerVariable: "") == nil)
    #expect(Pager.command(pagerVariable: "cat") == nil)
  }
}
