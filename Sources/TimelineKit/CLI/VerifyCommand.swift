/// `timeline verify [--repair]`: one summary line per log, then every problem with file:line.
enum VerifyCommand {
  static func run(_ o: VerifyOptions, io: CommandIO) throws -> Int32 {
    let dir = o.events
    if o.repair {
      for path in try EventStore.logPaths(in: dir) {
        if let moved = try Repair.moveTornTail(logPath: path) {
          io.out("\(moved.log): moved the torn last line (line \(moved.line), \(moved.bytes) bytes) to \(moved.movedTo)\n")
        }
      }
    }
    let report = try Verifier.verify(directory: dir, progress: Progress.reporter("verifying logs", io: io))
    Progress.finish(io: io)
    for log in report.logs {
      var line = "\(log.path): \(plural(log.events, "event"))"
      if log.events > 0 { line += log.lastSeq == 1 ? ", seq 1" : ", seq 1-\(log.lastSeq)" }
      line += log.problems == 0 ? ", chain ok, quotes ok" : ", \(plural(log.problems, "problem"))"
      if log.tornTail != nil { line += ", torn last line" }
      io.out(line + "\n")
    }
    let total = report.logs.reduce(0) { $0 + $1.events }
    if report.isClean {
      io.out("verified \(plural(report.logs.count, "log")), \(plural(total, "event")): no problems\n")
      return ExitStatus.success
    }
    for d in report.diagnostics { io.err(d.description + "\n") }
    io.err("\(plural(report.diagnostics.count, "problem")) in \(plural(report.logs.count, "log"))\n")
    return ExitStatus.failure
  }
}
