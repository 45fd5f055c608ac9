/// `timeline checkpoint`: verify the directory, check it against its latest checkpoint, then write the next one.
enum CheckpointCommand {
  static func run(_ o: CheckpointOptions, io: CommandIO) throws -> Int32 {
    let dir = o.events
    _ = try EventStore.logPaths(in: dir)
    // Appenders lock the events directory: hold it so that what is verified is what is checkpointed.
    let lock = try LockedFile(path: FileIO.canonicalPath(dir), create: false, directory: true)
    defer { withExtendedLifetime(lock) {} }
    let report = try Verifier.verify(directory: dir)
    var problems = report.diagnostics
    var previous: (path: String, checkpoint: Checkpoint)?
    if let path = Checkpoint.latestPath(in: dir) {
      let cp = try Checkpoint.load(path: path)
      previous = (path, cp)
      problems += cp.check(directory: dir, checkpointPath: path)
    }
    // The catalogue and the sources may be edited between checkpoints (a new catalogue entry after drafting): a
    // changed file is what the new checkpoint records, and is named. Everything else (a cut, an edited or lost
    // log, a lost file) means the directory no longer holds what was vouched for, and nothing is written.
    let changed = problems.filter { if case .checkpointFileChanged = $0.problem { true } else { false } }
    problems.removeAll { changed.contains($0) }
    if !problems.isEmpty {
      for d in problems.sorted() { io.err(d.description + "\n") }
      io.err("\(plural(problems.count, "problem")): no checkpoint written (a checkpoint vouches only for a directory that verifies)\n")
      return ExitStatus.failure
    }
    let cp = try Checkpoint.make(directory: dir, extending: previous?.checkpoint, named: previous.map { fileName($0.path) } ?? "previous")
    let path = try Checkpoint.write(cp, directory: dir)
    for d in changed.sorted() {
      io.err("\(d.location.file): changed since \(previous.map { fileName($0.path) } ?? "the last checkpoint"); recorded as it is now\n")
    }
    var line = "wrote \(path): \(plural(cp.logs.count, "log")), \(plural(cp.eventCount, "event"))"
    if let previous { line += " (\(cp.eventCount - previous.checkpoint.eventCount) new since \(fileName(previous.path)))" }
    io.out(line + ", \(plural(cp.files.count, "file")), root \(cp.root.hex)\n")
    return ExitStatus.success
  }

  /// The last component of a path.
  static func fileName(_ path: String) -> String { String(path.split(separator: "/").last ?? Substring(path)) }

  /// A checkpoint named on the command line: a path to a file, or a name in the directory's checkpoint folder
  /// (`0001.txt`, `0001` or `1`).
  static func resolve(_ value: String, directory: String) -> String {
    if FileIO.exists(value) { return value }
    let folder = EventStore.join(directory, Checkpoint.folderName)
    var candidates = [EventStore.join(folder, value), EventStore.join(folder, value + ".txt")]
    if let n = Int(value), n > 0 {
      let digits = String(n)
      candidates.append(EventStore.join(folder, String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".txt"))
    }
    return candidates.first(where: FileIO.exists) ?? value
  }
}

/// `timeline prove EVENT_ID [--checkpoint C]` and `timeline prove --consistency OLD NEW`.
enum ProveCommand {
  static func run(_ o: ProveOptions, io: CommandIO) throws -> Int32 {
    let dir = o.events
    let checkpointName: String?
    let id: String
    switch o.mode {
    case .consistency(let old, let new):
      let oldPath = CheckpointCommand.resolve(old, directory: dir)
      let newPath = CheckpointCommand.resolve(new, directory: dir)
      let older = try Checkpoint.load(path: oldPath)
      let newer = try Checkpoint.load(path: newPath)
      do {
        let proof = try newer.consistencyProof(from: older, directory: dir)
        io.writeOut(
          Array(
            Checkpoint.consistencyText(
              old: (CheckpointCommand.fileName(oldPath), older), new: (CheckpointCommand.fileName(newPath), newer), proof: proof
            ).utf8))
        return ExitStatus.success
      } catch let e as Checkpoint.ProofError {
        io.err("\(newPath): \(e)\n")
        return ExitStatus.failure
      }
    case .inclusion(let event, let checkpoint):
      id = event
      checkpointName = checkpoint
    }
    guard let cpPath = checkpointName.map({ CheckpointCommand.resolve($0, directory: dir) }) ?? Checkpoint.latestPath(in: dir) else {
      io.err("\(dir): no checkpoint to prove against; write one with 'timeline checkpoint'\n")
      return ExitStatus.failure
    }
    let cp = try Checkpoint.load(path: cpPath)
    let store = try EventStore.load(directory: dir)
    guard let (file, event) = store.logs.lazy.compactMap({ l in l.events.first { $0.id == id }.map { (l.name, $0) } }).first else {
      io.err("no event has the id \(quoted(id))\n")
      return ExitStatus.failure
    }
    let log = file + ".jsonl"
    do {
      let proof = try cp.inclusionProof(log: log, seq: event.seq, directory: dir)
      io.writeOut(Array(proof.text(checkpoint: CheckpointCommand.fileName(cpPath), id: id, log: log, seq: event.seq).utf8))
      return ExitStatus.success
    } catch let e as Checkpoint.ProofError {
      io.err("\(cpPath): \(e)\n")
      return ExitStatus.failure
    }
  }
}
