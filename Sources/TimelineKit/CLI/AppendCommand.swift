/// `timeline append LOG [DRAFTS] [--expect-seq N]`.
enum AppendCommand {
  static func run(_ o: AppendOptions, io: CommandIO) throws -> Int32 {
    let log = o.log
    let draftsPath = o.drafts
    let expect = o.expectSeq
    let bytes = try draftsPath.map { path throws(TimelineError) in try FileIO.readAll(path) } ?? io.readInput()
    let result = try Appender.append(
      drafts: bytes, draftsPath: draftsPath ?? "<stdin>", toLog: log, directory: o.events, expectSeq: expect)
    for present in result.alreadyPresent {
      io.out("\(present.id): already present at \(present.location), nothing appended for it\n")
    }
    if let first = result.appended.first, let last = result.appended.last {
      io.out(
        "\(log): appended \(plural(result.appended.count, "event")) (seq \(first.seq == last.seq ? "\(first.seq)" : "\(first.seq)-\(last.seq)"))"
          + (result.created ? ", log created" : "") + "\n")
    } else {
      io.out("\(log): nothing to append; last seq is \(result.lastSeq)\n")
    }
    return ExitStatus.success
  }
}
