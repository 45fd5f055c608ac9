import Testing

@testable import TimelineKit

/// Progress goes to standard error only when it is a terminal, only once a command has run for a second, and is
/// cleared before the rows are written.
@Suite struct ProgressTests {
  static func io(terminal: Bool, _ out: InProcessCLI.Buffer, _ err: InProcessCLI.Buffer) -> CommandIO {
    CommandIO(writeOut: { out.append($0) }, writeErr: { err.append($0) }, readInput: { [] }, stderrIsTerminal: terminal)
  }

  @Test func aPhaseIsSaidOnlyOnATerminalAfterASecond() {
    let out = InProcessCLI.Buffer()
    let err = InProcessCLI.Buffer()
    let longAgo = ContinuousClock.now - .seconds(2)
    Progress.phase("writing 9 rows", since: longAgo, io: Self.io(terminal: true, out, err))
    #expect(err.text == "\r\u{1B}[Kwriting 9 rows…")
    let quiet = InProcessCLI.Buffer()
    Progress.phase("writing 9 rows", since: .now, io: Self.io(terminal: true, out, quiet))
    Progress.phase("writing 9 rows", since: longAgo, io: Self.io(terminal: false, out, quiet))
    #expect(quiet.text.isEmpty && out.text.isEmpty)
  }

  @Test func aCountIsReportedFromTheCommandsStart() throws {
    let err = InProcessCLI.Buffer()
    let report = try #require(Progress.reporter("reading events", io: Self.io(terminal: true, InProcessCLI.Buffer(), err), since: .now - .seconds(2)))
    report(3, 3)
    #expect(err.text == "\rreading events: 3/3")
    #expect(Progress.reporter("reading events", io: Self.io(terminal: false, InProcessCLI.Buffer(), err)) == nil)
  }

  @Test func theProgressLineIsClearedBeforeRowsAreWritten() {
    let log = InProcessCLI.Buffer()
    // One buffer for both streams, as a terminal shows them: the erase must come before the first row.
    let io = CommandIO(writeOut: { log.append($0) }, writeErr: { log.append($0) }, readInput: { [] }, stderrIsTerminal: true)
    Progress.phase("writing 1 rows", since: .now - .seconds(2), io: io)
    var rows = RowSet(columns: [.init("subject")])
    rows.append(["measure:dining.dine-in"])
    QuerySupport.write(rows, output: OutputOptions(format: .csv), io: io, title: nil)
    let parts = log.text.components(separatedBy: "\r\u{1B}[K")
    #expect(parts.count == 3 && parts[0].isEmpty && parts[1] == "writing 1 rows…")
    #expect(parts.last?.contains("subject") == true && parts.last?.contains("measure:dining.dine-in") == true)
  }
}
