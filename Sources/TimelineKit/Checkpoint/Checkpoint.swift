/// A checkpoint of an events directory: what every log, the catalogue and every source text held when it was
/// written, committed to by one Merkle root (events/README.md, "Checkpoints").
///
/// Logs only grow, so a later directory is checked against a checkpoint by asking that each log still has at
/// least the checkpointed number of lines, that its checkpointed last line still hashes to the recorded head
/// (the `prev` chain then vouches for every line before it), and that the catalogue and sources are unchanged.
///
/// The Merkle tree has two parts. The *events tree* has one leaf per log line (`SHA256(0x00 || line)`), in
/// checkpoint-era order: the lines the first checkpoint saw (logs in name order, lines in seq order), then the
/// lines appended before the second (again logs in name order), and so on; the ``segments`` spell the order
/// out, so a checkpoint can be read alone. An append therefore only ever adds leaves at the end, and a newer
/// checkpoint's events tree extends an older one's (RFC 6962 consistency). The *files tree* has one leaf per
/// file (`PATH SHA256HEX`), the catalogue first, then sources by name; files may change between checkpoints, so
/// they are kept out of the append-only tree. The root is `SHA256(0x01 || eventsRoot || filesRoot)`.
///
/// ## Topics
/// - Contents: ``logs``, ``files``, ``segments``, ``eventCount``, ``eventsRoot``, ``filesRoot``, ``root``
/// - Text: ``parse(_:)``, ``text``
public struct Checkpoint: Sendable, Hashable {
  /// One log as the checkpoint saw it.
  public struct Log: Sendable, Hashable {
    /// The log's file name (`2022-01-08_press-conference-28.jsonl`).
    public var name: String
    /// How many lines (events) it held.
    public var events: Int
    /// The SHA-256 of its last line (without the newline); ``SHA256/Digest/zero`` for an empty log.
    public var head: SHA256.Digest
  }

  /// One file other than a log: the catalogue or a source text.
  public struct File: Sendable, Hashable {
    /// The path inside the events directory (`catalogue.json`, `sources/….txt`).
    public var path: String
    public var sha256: SHA256.Digest
    /// The files tree's leaf data: `PATH SHA256HEX`.
    public var leafData: [UInt8] { Array("\(path) \(sha256.hex)".utf8) }
  }

  /// A run of lines of one log, in the events tree's leaf order.
  public struct Segment: Sendable, Hashable {
    public var log: String
    /// The first and last seq of the run (1-based, inclusive).
    public var first: Int
    public var last: Int
    public var count: Int { last - first + 1 }
  }

  public var logs: [Log]
  public var files: [File]
  public var segments: [Segment]
  /// The number of leaves of the events tree (the sum of the segments).
  public var eventCount: Int
  public var eventsRoot: SHA256.Digest
  public var filesRoot: SHA256.Digest
  /// `SHA256(0x01 || eventsRoot || filesRoot)`.
  public var root: SHA256.Digest

  /// The first line of every checkpoint file.
  public static let magic = "timeline-checkpoint v1"

  /// The root of an events root and a files root.
  public static func root(events: SHA256.Digest, files: SHA256.Digest) -> SHA256.Digest {
    MerkleTree.nodeHash(events, files)
  }

  /// The files tree's head.
  public static func filesRoot(_ files: [File]) -> SHA256.Digest {
    MerkleTree.root(files.map { MerkleTree.leafHash($0.leafData) }[...])
  }

  /// The checkpoint as the text written to `events/checkpoints/NNNN.txt`.
  public var text: String {
    var out = Checkpoint.magic + "\n"
    for l in logs { out += "log \(l.name) \(l.events) \(l.head.hex)\n" }
    for f in files { out += "file \(f.path) \(f.sha256.hex)\n" }
    for s in segments { out += "leaves \(s.log) \(s.first)-\(s.last)\n" }
    out += "events \(eventCount) \(eventsRoot.hex)\n"
    out += "files \(files.count) \(filesRoot.hex)\n"
    out += "root \(root.hex)\n"
    return out
  }

  /// Why a checkpoint's text cannot be read: the 1-based line at fault.
  public struct FormatError: Error, Sendable, Hashable {
    public var line: Int
  }

  /// Reads a checkpoint's text. Every line must be of the documented form, in the documented order, names free
  /// of spaces and slashes (`sources/` aside), and the counts and the files root must agree with the entries.
  /// - Throws: ``FormatError`` naming the first line that does not.
  public static func parse(_ text: String) throws(FormatError) -> Checkpoint {
    var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.last == "" else { throw FormatError(line: lines.count) }
    lines.removeLast()
    guard lines.first == magic else { throw FormatError(line: 1) }
    var cp = Checkpoint(logs: [], files: [], segments: [], eventCount: 0, eventsRoot: .zero, filesRoot: .zero, root: .zero)
    var stage = 0  // the index in `order` of the last kind read; 6 after root
    let order = ["log", "file", "leaves", "events", "files", "root"]
    // Each log's size, and the last seq its segments reach so far: one lookup per line, not a scan.
    var sizes: [String: Int] = [:]
    var reached: [String: Int] = [:]
    var paths = Set<String>()
    for (k, line) in lines.enumerated().dropFirst() {
      let f = line.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
      let bad = FormatError(line: k + 1)
      guard let kind = f.first, let at = order.firstIndex(of: kind) else { throw bad }
      // log, file and leaves lines repeat, in that order; then events, files and root once each.
      if at < 3 {
        guard at >= stage, stage <= 2 else { throw bad }
        stage = at
      } else {
        guard at == 3 ? stage <= 3 : stage == at else { throw bad }
        stage = at + 1
      }
      switch kind {
      case "log":
        guard f.count == 4, isLogName(f[1]), let n = Int(f[2]), n >= 0, let head = SHA256.Digest(hex: f[3]),
          cp.logs.last.map({ $0.name.utf8.lexicographicallyPrecedes(f[1].utf8) }) ?? true
        else { throw bad }
        cp.logs.append(Log(name: f[1], events: n, head: head))
        sizes[f[1]] = n
      case "file":
        guard f.count == 3, isFilePath(f[1]), let h = SHA256.Digest(hex: f[2]), paths.insert(f[1]).inserted else { throw bad }
        cp.files.append(File(path: f[1], sha256: h))
      case "leaves":
        let range = f.count == 3 ? f[2].split(separator: "-").compactMap { Int($0) } : []
        guard range.count == 2, range[0] >= 1, range[1] >= range[0], let size = sizes[f[1]], range[1] <= size,
          range[0] == (reached[f[1]] ?? 0) + 1
        else { throw bad }
        reached[f[1]] = range[1]
        cp.segments.append(Segment(log: f[1], first: range[0], last: range[1]))
      case "events":
        guard f.count == 3, let n = Int(f[1]), n == cp.segments.reduce(0, { $0 + $1.count }), let r = SHA256.Digest(hex: f[2]) else { throw bad }
        cp.eventCount = n
        cp.eventsRoot = r
      case "files":
        guard f.count == 3, Int(f[1]) == cp.files.count, let r = SHA256.Digest(hex: f[2]), r == filesRoot(cp.files) else { throw bad }
        cp.filesRoot = r
      default:
        guard f.count == 2, let r = SHA256.Digest(hex: f[1]), r == root(events: cp.eventsRoot, files: cp.filesRoot) else { throw bad }
        cp.root = r
      }
    }
    guard stage == 6 else { throw FormatError(line: lines.count + 1) }
    // Each log's segments end where the log's recorded size does.
    for (k, l) in cp.logs.enumerated() where (reached[l.name] ?? 0) != l.events { throw FormatError(line: k + 2) }
    return cp
  }

  static func isLogName(_ s: String) -> Bool {
    s.hasSuffix(".jsonl") && !s.contains("/") && s.unicodeScalars.allSatisfy { $0.value > 0x20 && $0 != "\u{7F}" }
  }

  static func isFilePath(_ s: String) -> Bool {
    if s == "catalogue.json" { return true }
    guard s.hasPrefix("sources/") else { return false }
    let name = s.dropFirst("sources/".count)
    return !name.isEmpty && !name.contains("/") && !name.hasPrefix(".") && name.unicodeScalars.allSatisfy { $0.value > 0x20 && $0 != "\u{7F}" }
  }
}
