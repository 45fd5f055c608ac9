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
    let total = report.logs.reduce(0) { $0 + $1.events }
    if report.isClean {
      io.out("verified \(plural(report.logs.count, "log")), \(plural(total, "event")): no problems\n")
      return ExitStatus.success
    }
    for d in report.diagnostics { io.err(d.description + "\n") }
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
