import Dispatch

/// Every event of an events directory, loaded, checked for readability, and ordered for the projections.
///
/// Queries run over ``events``, which is sorted by the order the projections use to break ties:
/// effective time, then recorded time, then log name, then seq.
///
/// ## Topics
/// - Loading: ``load(directory:)``
/// - Contents: ``events``, ``logs``, ``catalogue``, ``briefings``
public struct EventStore: Sendable {
  /// The directory the store was loaded from.
  public let directory: String
  public let catalogue: Catalogue
  /// The logs in file-name order (their events are also in ``events``).
  public let logs: [LogFile]
  /// Every event, sorted by ``EventOrder``.
  public let events: [Event]
  /// Each log's name → its index in ``logs``, which is the log's rank in the ordering.
  public let logRank: [String: Int]

  /// Loads an events directory for querying.
  ///
  /// - Throws: ``TimelineError``: `.noLogs` when there are no logs, `.problems` when any line cannot be read
  ///   (a torn tail included): the engine never answers from a log it could not read whole.
  public static func load(directory: String) throws(TimelineError) -> EventStore {
    let paths = try logPaths(in: directory)
    let catalogue = try Catalogue.load(path: join(directory, Catalogue.fileName))
    let logs = readInParallel(paths, options: LogReader.Options())
    let problems = logs.flatMap(\.diagnostics)
    if !problems.isEmpty { throw .problems(problems) }
    return EventStore(directory: directory, catalogue: catalogue, logs: logs)
  }

  /// Builds a store from logs already read (used by tests and by the generator checks).
  public init(directory: String, catalogue: Catalogue, logs: [LogFile]) {
    self.directory = directory
    self.catalogue = catalogue
    self.logs = logs
    var rank: [String: Int] = [:]
    for (k, l) in logs.enumerated() { rank[l.name] = k }
    logRank = rank
    // Sort small keys, not events: comparing (effective, recorded, log rank, seq) tuples avoids
    // hashing log names and copying events in every comparison.
    var keys: [(effective: Int64, recorded: Int64, log: Int32, seq: Int32, position: Int32)] = []
    keys.reserveCapacity(logs.reduce(0) { $0 + $1.events.count })
    for (k, l) in logs.enumerated() {
      let logRank = k  // the rank of a log is its position in file-name order
      for (i, e) in l.events.enumerated() {
        keys.append((e.effective.epochSeconds, e.recorded.epochSeconds, Int32(logRank), Int32(e.seq), Int32(i)))
      }
    }
    keys.sort { ($0.effective, $0.recorded, $0.log, $0.seq) < ($1.effective, $1.recorded, $1.log, $1.seq) }
    var all: [Event] = []
    all.reserveCapacity(keys.count)
    for key in keys { all.append(logs[Int(key.log)].events[Int(key.position)]) }
    events = all
  }

  /// The briefing event of each log, by log name.
  public var briefings: [String: Event] {
    var out: [String: Event] = [:]
    for l in logs { if let f = l.events.first, f.type == .briefingPublished { out[l.name] = f } }
    return out
  }

  /// The `*.jsonl` files of a directory, sorted by name.
  /// - Throws: `.notADirectory` when the directory is missing, `.noLogs` when it has no logs.
  public static func logPaths(in directory: String) throws(TimelineError) -> [String] {
    guard FileIO.isDirectory(directory) else { throw TimelineError(.notADirectory(directory)) }
    let names = try FileIO.listDirectory(directory).filter { $0.hasSuffix(".jsonl") }
    guard !names.isEmpty else { throw TimelineError(.noLogs(directory: directory)) }
    return names.map { join(directory, $0) }
  }

  /// Reads logs on all cores; an unreadable file becomes a diagnostic of an empty log.
  static func readInParallel(_ paths: [String], options: LogReader.Options) -> [LogFile] {
    Parallel.map(paths.count) { k in
      do throws(TimelineError) { return try LogReader.read(path: paths[k], options: options) } catch {
        var empty = LogReader.parse([], path: paths[k])
        empty.diagnostics.append(Diagnostic(SourceLocation(file: paths[k]), .fileUnreadable(error.code)))
        return empty
      }
    }
  }

  /// `dir/name` without doubling the slash.
  static func join(_ dir: String, _ name: String) -> String {
    dir.hasSuffix("/") ? dir + name : dir + "/" + name
  }
}

/// The deterministic order of events: effective, then recorded, then log, then seq.
public struct EventOrder: Sendable {
  public let logRank: [String: Int]

  public init(logRank: [String: Int]) { self.logRank = logRank }

  /// Whether `a` comes before `b`: among events valid at the same moment, the later one decides.
  public func precedes(_ a: Event, _ b: Event) -> Bool {
    if a.effective.epochSeconds != b.effective.epochSeconds { return a.effective.epochSeconds < b.effective.epochSeconds }
    if a.recorded.epochSeconds != b.recorded.epochSeconds { return a.recorded.epochSeconds < b.recorded.epochSeconds }
    let ra = logRank[a.source] ?? Int.max
    let rb = logRank[b.source] ?? Int.max
    if ra != rb { return ra < rb }
    return a.seq < b.seq
  }
}
