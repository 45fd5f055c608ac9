/// `timeline verify [--repair] [--against CHECKPOINT]`: one summary line per log, one for the checkpoint (the
/// latest in `events/checkpoints/` unless another is named), then every problem with file:line.
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
    var report = try Verifier.verify(directory: dir, progress: Progress.reporter("verifying logs", io: io))
    Progress.finish(io: io)
    // The checkpoint (named, or the latest present): what the chain alone cannot see.
    var checkpointLine: String?
    let against = o.against.map { CheckpointCommand.resolve($0, directory: dir) } ?? Checkpoint.latestPath(in: dir)
    if let against {
      do {
        let cp = try Checkpoint.load(path: against)
        let problems = cp.check(directory: dir, checkpointPath: against)
        report.diagnostics += problems
        checkpointLine =
          "checkpoint \(CheckpointCommand.fileName(against)): \(plural(cp.logs.count, "log")), "
          + "\(plural(cp.eventCount, "event")), \(plural(cp.files.count, "file"))"
          + (problems.isEmpty ? ": all still as recorded" : ": \(plural(problems.count, "problem"))")
      } catch {
        if case .problems(let d) = error.code { report.diagnostics += d } else { throw error }
      }
    }
    if o.json {
      var out: [UInt8] = []
      JSONWriter.write(summary(report), into: &out)
      out.append(0x0A)
      io.writeOut(out)
      return report.isClean ? ExitStatus.success : ExitStatus.failure
    }
    for log in report.logs {
      var line = "\(log.path): \(plural(log.events, "event"))"
      if log.events > 0 { line += log.lastSeq == 1 ? ", seq 1" : ", seq 1-\(log.lastSeq)" }
      line += log.problems == 0 ? ", chain ok, quotes ok" : ", \(plural(log.problems, "problem"))"
      if log.tornTail != nil { line += ", torn last line" }
      io.out(line + "\n")
    }
    if let checkpointLine { io.out(checkpointLine + "\n") }
    let total = report.logs.reduce(0) { $0 + $1.events }
    if report.isClean {
      io.out("verified \(plural(report.logs.count, "log")), \(plural(total, "event")): no problems\n")
      return ExitStatus.success
    }
    for d in report.diagnostics.sorted() { io.err(d.description + "\n") }
    io.err("\(plural(report.diagnostics.count, "problem")) in \(plural(report.logs.count, "log"))\n")
    return ExitStatus.failure
  }

  /// The report as one JSON object: `clean`, `events`, `logs` (path, events, last_seq, problems, torn_tail) and
  /// `problems` (file, line, column, message).
  static func summary(_ report: VerifyReport) -> JSONValue {
    func object(_ members: [(String, JSONValue)]) -> JSONValue {
      .object(JSONObject(unsorted: members.map { JSONObject.Member(key: $0.0, value: $0.1) }) ?? JSONObject())
    }
    func number(_ n: Int) -> JSONValue { .number(String(n)) }
    let logs = report.logs.map { log in
      object([
        ("path", .string(log.path)), ("events", number(log.events)), ("last_seq", number(log.lastSeq)),
        ("problems", number(log.problems)), ("torn_tail", .bool(log.tornTail != nil)),
      ])
    }
    let problems = report.diagnostics.map { d in
      object([
        ("file", .string(d.location.file)), ("line", d.location.line.map(number) ?? .null),
        ("column", d.location.column.map(number) ?? .null), ("message", .string(d.problem.description)),
      ])
    }
    return object([
      ("clean", .bool(report.isClean)), ("events", number(report.logs.reduce(0) { $0 + $1.events })), ("logs", .array(logs)),
      ("problems", .array(problems)),
    ])
  }
}
