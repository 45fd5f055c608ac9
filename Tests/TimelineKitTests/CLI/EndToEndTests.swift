import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// End-to-end tests: they launch the built `timeline` executable and check stdout, stderr and the exit status.
///
/// Build the executable first (`swift build`, or `swift build --scratch-path X` then `swift test --scratch-path X`).
/// The binary is looked for in `.build/debug/`, `.build/<triple>/debug/` and next to the test bundle; the most
/// recently modified one wins. `TIMELINE_BINARY=/path/to/timeline` overrides the search.
@Suite enum EndToEndTests {
  // MARK: - Locating the binary

  /// The package root: the first directory above this file that holds `Package.swift`.
  static let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
      url.deleteLastPathComponent()
    }
    return url.path
  }()

  /// The built `timeline` executable, or a message saying where it was looked for.
  static let binary: Result<String, BinaryNotFound> = locateBinary()

  struct BinaryNotFound: Error, CustomStringConvertible {
    let searched: [String]
    var description: String {
      "the built 'timeline' executable was not found; run 'swift build' (with the same --scratch-path as 'swift test') first. Looked at:\n"
        + searched.map { "  " + $0 }.joined(separator: "\n")
    }
  }

  static func locateBinary() -> Result<String, BinaryNotFound> {
    let fm = FileManager.default
    if let forced = ProcessInfo.processInfo.environment["TIMELINE_BINARY"], !forced.isEmpty {
      return isExecutableFile(forced) ? .success(forced) : .failure(BinaryNotFound(searched: [forced + " (from TIMELINE_BINARY)"]))
    }
    var candidates = [
      packageRoot + "/.build/debug/timeline",
      packageRoot + "/.build/x86_64-unknown-linux-gnu/debug/timeline",
      packageRoot + "/.build/aarch64-unknown-linux-gnu/debug/timeline",
      packageRoot + "/.build/arm64-apple-macosx/debug/timeline",
    ]
    // The directory the test bundle was built into: X/debug/timelinePackageTests.xctest (an executable on Linux,
    // a bundle directory on macOS). Under `swift test --scratch-path X` the executable is in X/debug/ too.
    let cwd = URL(fileURLWithPath: fm.currentDirectoryPath, isDirectory: true)
    var starts = [CommandLine.arguments.first, ProcessInfo.processInfo.arguments.first, Bundle.main.executablePath]
    starts.append(Bundle.main.bundlePath)
    for case let start? in starts where !start.isEmpty {
      let url = URL(fileURLWithPath: start, relativeTo: cwd).standardizedFileURL.resolvingSymlinksInPath()
      var components = url.pathComponents
      if let bundle = components.firstIndex(where: { $0.hasSuffix(".xctest") }) {
        components = Array(components[..<bundle])
      } else {
        components.removeLast()
      }
      candidates.append(NSString.path(withComponents: components + ["timeline"]))
    }
    var seen = Set<String>()
    var found: [(path: String, modified: Date)] = []
    for c in candidates {
      let real = URL(fileURLWithPath: c).resolvingSymlinksInPath().path
      guard seen.insert(real).inserted, isExecutableFile(real) else { continue }
      let modified = (try? fm.attributesOfItem(atPath: real)[.modificationDate] as? Date) ?? .distantPast
      found.append((real, modified))
    }
    guard let newest = found.max(by: { $0.modified < $1.modified }) else { return .failure(BinaryNotFound(searched: candidates)) }
    return .success(newest.path)
  }

  static func isExecutableFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
      && FileManager.default.isExecutableFile(atPath: path)
  }

  // MARK: - Running it

  /// Collects the bytes of one pipe on its own thread.
  final class Sink: @unchecked Sendable {
    var data = Data()
  }

  /// Ignore SIGPIPE once, so writing stdin to a process that exits without reading it cannot kill the test runner.
  static let ignoreSIGPIPE: Void = { _ = signal(SIGPIPE, SIG_IGN) }()

  /// Runs the built `timeline` with `args`, feeding `stdin` (or nothing), in `cwd` (or the test's own directory).
  ///
  /// Both pipes are drained on their own threads while the process runs, so large output cannot deadlock.
  /// A missing binary, a failed launch or a run longer than two minutes is recorded as a test failure.
  @discardableResult
  static func run(
    _ args: [String], stdin: String? = nil, cwd: String? = nil, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> (status: Int32, out: String, err: String) {
    _ = ignoreSIGPIPE
    let path: String
    switch binary {
    case .success(let p): path = p
    case .failure(let e):
      Issue.record(Comment(rawValue: e.description), sourceLocation: sourceLocation)
      return (-1, "", "")
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = args
    if let cwd { process.currentDirectoryURL = URL(fileURLWithPath: cwd, isDirectory: true) }
    let outPipe = Pipe()
    let errPipe = Pipe()
    let inPipe = stdin == nil ? nil : Pipe()
    process.standardOutput = outPipe
    process.standardError = errPipe
    process.standardInput = inPipe ?? FileHandle.nullDevice
    do { try process.run() } catch {
      Issue.record("could not launch \(path) \(args): \(error)", sourceLocation: sourceLocation)
      return (-1, "", "")
    }
    let done = DispatchGroup()
    let out = Sink()
    let err = Sink()
    for (handle, sink) in [(outPipe.fileHandleForReading, out), (errPipe.fileHandleForReading, err)] {
      done.enter()
      Thread {
        sink.data = handle.readDataToEndOfFile()
        done.leave()
      }.start()
    }
    if let inPipe, let stdin {
      let writer = inPipe.fileHandleForWriting
      let bytes = Data(stdin.utf8)
      Thread {
        try? writer.write(contentsOf: bytes)
        try? writer.close()
      }.start()
    }
    if done.wait(timeout: .now() + 120) == .timedOut {
      process.terminate()
      Issue.record("timeline \(args) did not finish within 2 minutes; terminated it", sourceLocation: sourceLocation)
      done.wait()
    }
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out.data, as: UTF8.self), String(decoding: err.data, as: UTF8.self))
  }

  /// Runs `body(0..<n)` on `n` threads at once (real threads: the cooperative pool may have only two).
  static func onThreads(_ n: Int, _ body: @escaping @Sendable (Int) -> Void) {
    let group = DispatchGroup()
    for k in 0..<n {
      group.enter()
      Thread {
        body(k)
        group.leave()
      }.start()
    }
    group.wait()
  }

  // MARK: - Files

  /// A fresh empty directory, for a working directory that holds no events/.
  static func emptyDirectory() throws -> String {
    let dir = NSTemporaryDirectory() + "timeline-e2e-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
  }

  /// Runs `timeline args` in a fresh empty working directory (no events/ to fall back on), then removes it.
  static func runInEmptyDirectory(
    _ args: [String], sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> (status: Int32, out: String, err: String) {
    let cwd = try emptyDirectory()
    defer { try? FileManager.default.removeItem(atPath: cwd) }
    return run(args, cwd: cwd, sourceLocation: sourceLocation)
  }

  static func bytes(_ path: String) throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path))) }

  /// Appends `drafts` to `log` of the fixture through the binary, reading them from a drafts file.
  static func appendThroughBinary(
    _ f: Fixture, _ drafts: [String], log: String = "b1", sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws -> (status: Int32, out: String, err: String) {
    // The drafts file lives outside the events directory: every *.jsonl in there is read as a log.
    let draftsPath = f.dir + "-drafts-" + UUID().uuidString + ".jsonl"
    try (drafts.joined(separator: "\n") + "\n").write(toFile: draftsPath, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: draftsPath) }
    return run(["append", f.path(log + ".jsonl"), draftsPath, "--events", f.dir], sourceLocation: sourceLocation)
  }

  /// The fixture's three standard events: the briefing and two dine-in rules (lines 1-3 of b1.jsonl).
  static let threeDrafts = [
    Fixture.briefing(), Fixture.dineIn("b1-002"), Fixture.dineIn("b1-003", effective: "2022-01-09T12:00+08:00", rule: "r3"),
  ]

  /// A fixture whose b1.jsonl holds ``threeDrafts``, sealed by the binary.
  static func sealedFixture(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Fixture {
    let f = try Fixture()
    let r = try appendThroughBinary(f, threeDrafts, sourceLocation: sourceLocation)
    #expect(r.status == 0, "append failed: \(r.err)", sourceLocation: sourceLocation)
    #expect(r.out == "\(f.path("b1.jsonl")): appended 3 events (seq 1-3), log created\n", sourceLocation: sourceLocation)
    #expect(r.err == "", sourceLocation: sourceLocation)
    return f
  }

  /// The `seq` and `id` of every line of a log, decoded with Foundation's JSON parser (an oracle independent of TimelineKit).
  static func seqsAndIDs(_ lines: [String]) -> [(seq: Int, id: String)] {
    lines.map { line in
      let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
      return ((object?["seq"] as? NSNumber)?.intValue ?? -1, object?["id"] as? String ?? "?")
    }
  }

  /// Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF records) into rows of fields.
  static func parseCSV(_ text: String) -> [[String]] {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var inQuotes = false
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let c = pending {
      pending = scalars.next()
      if inQuotes {
        if c == "\"" {
          if pending == "\"" {
            field.unicodeScalars.append("\"")
            pending = scalars.next()
          } else {
            inQuotes = false
          }
        } else {
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case "\"": inQuotes = true
      case ",":
        row.append(field)
        field = ""
      case "\r" where pending == "\n": continue
      case "\n":
        row.append(field)
        rows.append(row)
        row = []
        field = ""
      default: field.unicodeScalars.append(c)
      }
    }
    if !field.isEmpty || !row.isEmpty { rows.append(row + [field]) }
    return rows
  }

  /// Usage lines of the commands, as `--help` and usage errors print them.
  enum UsageLine {
    static let general =
      "Usage: timeline <command> [options]  (commands: state, history, diff, changes, subjects, districts, categories, export, render, draft, verify, checkpoint, prove, append, completion, man)"
    static let state =
      "Usage: timeline state --at T [--known-at K] [--district D] [--category C] [--kind KIND] [--stale-after DURATION] [--confirmed-only] [--format FORMAT] [--wide] [--no-pager] [--events DIR]"
    static let history = "Usage: timeline history SUBJECT [--known-at K] [--format FORMAT] [--no-pager] [--events DIR]"
    static let diff =
      "Usage: timeline diff [--from T1] [--to T2] [--known-at K1] [--vs K2] [--at T] [--district D] [--category C] [--kind KIND] [--format FORMAT] [--wide] [--no-pager] [--events DIR]"
    static let export =
      "Usage: timeline export TABLE [--at T] [--from T1] [--to T2] [--time-of-day HH:MM] [--in-force-only] [--known-at K] [--district D] [--category C] [--kind KIND] [--stale-after DURATION] [--confirmed-only] [--columns A,B,...] [--output FILE] [--bom] [--crlf] [--format FORMAT] [--events DIR]"
    static let verify = "Usage: timeline verify [--repair] [--against CHECKPOINT] [--format FORMAT] [--events DIR]"
    static let checkpoint = "Usage: timeline checkpoint [--events DIR]"
    static let prove = "Usage: timeline prove EVENT_ID [--checkpoint C] [--consistency OLD] [--events DIR]"
    static let append = "Usage: timeline append LOG [DRAFTS] [--expect-seq N] [--events DIR]"
  }

  static let commandNames = [
    "state", "history", "diff", "changes", "subjects", "districts", "categories", "export", "render", "draft", "verify", "checkpoint", "prove",
    "append", "completion", "man",
  ]
}

// MARK: - The binary itself

extension EndToEndTests {
  @Suite struct Binary {
    @Test func theBuiltExecutableIsFound() throws {
      switch EndToEndTests.binary {
      case .success(let path):
        #expect(EndToEndTests.isExecutableFile(path))
        let r = EndToEndTests.run(["--version"])
        #expect(r.status == 0)
        #expect(r.out == "timeline 0.1.0\n")
        #expect(r.err == "")
      case .failure(let e):
        Issue.record(Comment(rawValue: e.description))
      }
    }
  }
}
