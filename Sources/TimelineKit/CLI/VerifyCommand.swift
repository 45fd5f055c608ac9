/// `timeline verify [--repair] [--against CHECKPOINT]`: one summary line per log, one for the checkpoint (the
/// latest in `events/checkpoints/` unless another is named), then every problem with file:line.
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
    var diagnostics = report.diagnostics
    let against = p.options["against"].map { CheckpointCommand.resolve($0, directory: dir) } ?? Checkpoint.latestPath(in: dir)
    if let against {
      let name = CheckpointCommand.fileName(against)
      do {
        let cp = try Checkpoint.load(path: against)
        let problems = cp.check(directory: dir, checkpointPath: against)
        diagnostics += problems
        var line = "checkpoint \(name): \(plural(cp.logs.count, "log")), \(plural(cp.eventCount, "event")), \(plural(cp.files.count, "file"))"
        line += problems.isEmpty ? ": all still as recorded" : ": \(plural(problems.count, "problem"))"
        io.out(line + "\n")
      } catch {
        if case .problems(let d) = error.code { diagnostics += d } else { throw error }
      }
    }
    if diagnostics.isEmpty {
      io.out("verified \(plural(report.logs.count, "log")), \(plural(total, "event")): no problems\n")
      return ExitStatus.success
    }
    for d in diagnostics.sorted() { io.err(d.description + "\n") }
    io.err("\(plural(diagnostics.count, "problem")) in \(plural(report.logs.count, "log"))\n")
    return ExitStatus.failure
  }
}
