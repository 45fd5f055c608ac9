/// The text of proofs, as `timeline prove` prints them and `tools/check-proof.py` reads them
/// (events/README.md, "Proofs").
extension Checkpoint.InclusionProof {
  /// The proof as lines: `timeline-proof inclusion v1`, `checkpoint NAME`, `event ID LOG SEQ`, the line (`line
  /// TEXT`, or `line-hex HEX` when the line holds characters a terminal could act on), `leaf INDEX SIZE`, one
  /// `path HEX` per step from the leaf up, then `events-root`, `files-root` and `root`.
  public func text(checkpoint: String, id: String, log: String, seq: Int) -> String {
    var out = "timeline-proof inclusion v1\ncheckpoint \(checkpoint)\nevent \(id) \(log) \(seq)\n"
    let s = String(decoding: line, as: UTF8.self)
    if TerminalText.neutralised(s) == s, Array(s.utf8) == line {
      out += "line \(s)\n"
    } else {
      out += "line-hex \(line.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined())\n"
    }
    out += "leaf \(index) \(size)\n"
    for p in path { out += "path \(p.hex)\n" }
    out += "events-root \(eventsRoot.hex)\nfiles-root \(filesRoot.hex)\nroot \(root.hex)\n"
    return out
  }
}

extension Checkpoint {
  /// A consistency proof as lines: `timeline-proof consistency v1`, `old NAME SIZE EVENTSROOT`, `new NAME SIZE
  /// EVENTSROOT`, then one `path HEX` per hash of the RFC 6962 proof.
  public static func consistencyText(old: (name: String, checkpoint: Checkpoint), new: (name: String, checkpoint: Checkpoint), proof: [SHA256.Digest])
    -> String
  {
    var out = "timeline-proof consistency v1\n"
    out += "old \(old.name) \(old.checkpoint.eventCount) \(old.checkpoint.eventsRoot.hex)\n"
    out += "new \(new.name) \(new.checkpoint.eventCount) \(new.checkpoint.eventsRoot.hex)\n"
    for p in proof { out += "path \(p.hex)\n" }
    return out
  }
}
