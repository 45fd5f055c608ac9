/// `timeline verify [--repair]`: one summary line per log, then every problem with file:line.
enum VerifyCommand {
  static func run(_ p: ParsedArguments, io: CommandIO) throws -> Int32 {
    let dir = p.eventsDirectory
    if p.flag("repair") {
      for path in try EventStore.logPaths(in: dir) {
        if let moved = try Repair.moveTornTail(logPath: path) {
          io.out("\(moved.log): moved the torn last line (line \(moved.line), \(moved.bytes) bytes) to \(moved.movedTo)\n")
        }
      }
    }
    let report = try Verifier.verify(directory: dir)
    for log in report.logs {
      var line = "\(log.path): \(log.events) events"
      if log.events > 0 { line += ", seq 1-\(log.lastSeq)" }
      line += log.problems == 0 ? ", chain ok, quotes ok" : ", \(log.problems) problem\(log.problems == 1 ? "" : "s")"
      if log.tornTail != nil { line += ", torn last line" }
      io.out(line + "\n")
    }
    let total = report.logs.reduce(0) { $0 + $1.events }
    if report.isClean {
      io.out("verified \(report.logs.count) logs, \(total) events: no problems\n")
      return ExitStatus.success
    }
    for d in report.diagnostics { io.err(d.description + "\n") }
    io.err("\(report.diagnostics.count) problem\(report.diagnostics.count == 1 ? "" : "s") in \(report.logs.count) logs\n")
    return ExitStatus.failure
  }
}
