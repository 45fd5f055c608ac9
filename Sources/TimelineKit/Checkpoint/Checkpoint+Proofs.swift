/// Proofs a reader can check with nothing but the checkpoint's root: that an event's line is a leaf of it, and
/// that a newer checkpoint's events tree extends an older one's.
extension Checkpoint {
  /// An event line's inclusion in a checkpoint.
  public struct InclusionProof: Sendable, Hashable {
    /// The event's line, exactly as in the log (without its newline).
    public var line: [UInt8]
    /// The leaf's 0-based index in the events tree.
    public var index: Int
    /// The events tree's size.
    public var size: Int
    /// The audit path from the leaf's sibling up to the events root.
    public var path: [SHA256.Digest]
    public var eventsRoot: SHA256.Digest
    public var filesRoot: SHA256.Digest
    public var root: SHA256.Digest
  }

  /// Why a proof cannot be given.
  public enum ProofError: Error, Sendable, Hashable {
    /// The event's log has the event, but the checkpoint was written before it was appended.
    case eventNotInCheckpoint(log: String, seq: Int)
    /// The logs no longer hash to the checkpoint's events root: run `timeline verify --against`.
    case logsDoNotMatch
    /// The older checkpoint is not a prefix of the newer one (not older, or another directory's).
    case notAnExtension
  }

  /// The leaf hashes of this checkpoint's events tree from the directory's logs, or `nil` when they do not hash
  /// to ``eventsRoot``.
  func leaves(directory: String) throws(TimelineError) -> [SHA256.Digest]? {
    var lines: [String: LogLines] = [:]
    for log in logs { lines[log.name] = try LogLines(path: EventStore.join(directory, log.name)) }
    guard let leaves = Checkpoint.eventLeaves(segments, logs: lines), MerkleTree.root(leaves[...]) == eventsRoot else { return nil }
    return leaves
  }

  /// The inclusion proof of line `seq` of `log` (a file name like `x.jsonl`).
  /// - Throws: ``ProofError`` (as the error's value) or ``TimelineError`` when a log cannot be read.
  /// - Complexity: O(events in the checkpoint).
  public func inclusionProof(log: String, seq: Int, directory: String) throws -> InclusionProof {
    var index = 0
    var found: Int?
    for s in segments {
      if s.log == log, (s.first...s.last).contains(seq) {
        found = index + seq - s.first
        break
      }
      index += s.count
    }
    guard let found else { throw ProofError.eventNotInCheckpoint(log: log, seq: seq) }
    guard let leaves = try leaves(directory: directory) else { throw ProofError.logsDoNotMatch }
    let line = Array(try LogLines(path: EventStore.join(directory, log)).line(seq))
    return InclusionProof(
      line: line, index: found, size: leaves.count, path: MerkleTree.inclusionPath(index: found, leaves: leaves[...]),
      eventsRoot: eventsRoot, filesRoot: filesRoot, root: root)
  }

  /// The RFC 6962 consistency proof from `older`'s events tree to this checkpoint's.
  /// - Throws: ``ProofError`` or ``TimelineError``.
  /// - Complexity: O(events in this checkpoint).
  public func consistencyProof(from older: Checkpoint, directory: String) throws -> [SHA256.Digest] {
    guard older.segments.count <= segments.count, Array(segments.prefix(older.segments.count)) == older.segments else {
      throw ProofError.notAnExtension
    }
    guard let leaves = try leaves(directory: directory) else { throw ProofError.logsDoNotMatch }
    guard MerkleTree.root(leaves.prefix(older.eventCount)) == older.eventsRoot else { throw ProofError.notAnExtension }
    return MerkleTree.consistencyProof(oldSize: older.eventCount, leaves: leaves[...])
  }
}
