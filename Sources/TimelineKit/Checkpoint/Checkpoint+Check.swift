/// Checking an events directory against a checkpoint.
extension Checkpoint {
  /// What a directory holds that the checkpoint does not vouch for any more, one diagnostic per log or file:
  /// a log gone or shorter than recorded, a log whose line at the recorded size no longer hashes to the recorded
  /// head (an edit or a rewrite, even with the chain recomputed), a catalogue or source text changed or gone.
  /// When every head matches, the events tree is recomputed and compared with the checkpoint's root too.
  ///
  /// Lines appended after the checkpoint, new logs and new sources are not problems: logs only grow.
  /// - Parameters:
  ///   - directory: the events directory.
  ///   - checkpointPath: the checkpoint's path, for the diagnostics (named by its file name).
  /// - Returns: the problems, sorted; empty when the directory extends the checkpoint.
  /// - Complexity: O(bytes of the recorded logs and files).
  public func check(directory: String, checkpointPath: String) -> [Diagnostic] {
    let name = String(checkpointPath.split(separator: "/").last ?? Substring(checkpointPath))
    var problems: [Diagnostic] = []
    var lines: [String: LogLines] = [:]
    for log in logs {
      let path = EventStore.join(directory, log.name)
      guard FileIO.exists(path) else {
        problems.append(Diagnostic(SourceLocation(file: path), .checkpointLogVanished(checkpoint: name, events: log.events)))
        continue
      }
      let l: LogLines
      do { l = try LogLines(path: path) } catch {
        problems.append(Diagnostic(SourceLocation(file: path), .fileUnreadable(error.code)))
        continue
      }
      if l.lines.count < log.events {
        problems.append(Diagnostic(SourceLocation(file: path), .checkpointLogShorter(checkpoint: name, events: log.events, found: l.lines.count)))
      } else if log.events > 0, SHA256.hash(l.line(log.events)) != log.head {
        problems.append(Diagnostic(SourceLocation(file: path, line: log.events), .checkpointHeadChanged(checkpoint: name)))
      } else {
        lines[log.name] = l
      }
    }
    for file in files {
      let path = EventStore.join(directory, file.path)
      guard FileIO.exists(path) else {
        problems.append(Diagnostic(SourceLocation(file: path), .checkpointFileVanished(checkpoint: name)))
        continue
      }
      do {
        if SHA256.hash(try FileIO.readAll(path)) != file.sha256 {
          problems.append(Diagnostic(SourceLocation(file: path), .checkpointFileChanged(checkpoint: name)))
        }
      } catch {
        problems.append(Diagnostic(SourceLocation(file: path), .fileUnreadable(error.code)))
      }
    }
    if problems.isEmpty, let leaves = Checkpoint.eventLeaves(segments, logs: lines), MerkleTree.root(leaves[...]) != eventsRoot {
      problems.append(Diagnostic(SourceLocation(file: checkpointPath), .checkpointEventsRootMismatch))
    }
    return problems.sorted()
  }
}
