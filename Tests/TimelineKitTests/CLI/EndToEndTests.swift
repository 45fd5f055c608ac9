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
      "Usage: timeline <command> [options]  (commands: state, history, diff, changes, subjects, districts, categories, export, render, draft, verify, append, completion)"
    static let state =
      "Usage: timeline state --at T [--known-at K] [--district D] [--category C] [--kind KIND] [--stale-after DURATION] [--confirmed-only] [--format FORMAT] [--wide] [--no-pager] [--events DIR]"
    static let history = "Usage: timeline history SUBJECT [--known-at K] [--format FORMAT] [--no-pager] [--events DIR]"
    static let diff =
      "Usage: timeline diff [--from T1] [--to T2] [--known-at K1] [--vs K2] [--at T] [--district D] [--category C] [--kind KIND] [--format FORMAT] [--wide] [--no-pager] [--events DIR]"
    static let export =
      "Usage: timeline export TABLE [--at T] [--from T1] [--to T2] [--time-of-day HH:MM] [--in-force-only] [--known-at K] [--district D] [--category C] [--kind KIND] [--stale-after DURATION] [--confirmed-only] [--columns A,B,...] [--output FILE] [--bom] [--crlf] [--format FORMAT] [--events DIR]"
    static let verify = "Usage: timeline verify [--repair] [--format FORMAT] [--events DIR]"
    static let append = "Usage: timeline append LOG [DRAFTS] [--expect-seq N] [--events DIR]"
  }

  static let commandNames = [
    "state", "history", "diff", "changes", "subjects", "districts", "categories", "export", "render", "draft", "verify", "append", "completion",
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

// MARK: - 1. Help

extension EndToEndTests {
  @Suite struct Help {
    struct Case: CustomTestStringConvertible, Sendable {
      let args: [String]
      var testDescription: String { "timeline " + args.joined(separator: " ") }
    }

    @Test(arguments: [Case(args: ["--help"]), Case(args: ["-h"]), Case(args: ["help"])])
    func overviewGoesToStdoutWithStatus0(_ c: Case) throws {
      let r = try EndToEndTests.runInEmptyDirectory(c.args)
      #expect(r.status == 0)
      #expect(r.err == "")
      #expect(r.out.hasPrefix("timeline: replay, audit and export the rules a city had in force, from append-only event logs.\n\n"))
      #expect(r.out.contains("\nUsage: timeline <command> [options]\n"))
      #expect(r.out.contains("\nExamples:\n"))
      #expect(
        r.out.hasSuffix(
          """
          Run 'timeline <command> --help' for a command's options. Tab completion of commands, options, categories
          and districts: eval "$(timeline completion bash)" (or zsh, fish; see 'timeline completion --help').

          """))
      // Every command is listed, in order, at the start of its own line.
      let listed = r.out.split(separator: "\n").compactMap { line -> String? in
        let words = line.split(separator: " ")
        return line.hasPrefix("  ") && !line.hasPrefix("  timeline") ? words.first.map(String.init) : nil
      }
      #expect(listed == EndToEndTests.commandNames)
    }

    @Test(arguments: EndToEndTests.commandNames)
    func everyCommandHasHelpWithUsageAndExamples(_ name: String) throws {
      let cwd = try EndToEndTests.emptyDirectory()
      defer { try? FileManager.default.removeItem(atPath: cwd) }
      let r = EndToEndTests.run([name, "--help"], cwd: cwd)
      #expect(r.status == 0)
      #expect(r.err == "")
      #expect(r.out.contains("\nUsage: timeline \(name)"))
      #expect(r.out.contains("\nOptions:\n"))
      #expect(r.out.contains("\n  -h, --help "))
      #expect(r.out.contains("\nExamples:\n  timeline \(name)"))
      // `help NAME`, `NAME -h` and `NAME --help` print the same text.
      #expect(EndToEndTests.run(["help", name], cwd: cwd).out == r.out)
      #expect(EndToEndTests.run([name, "-h"], cwd: cwd).out == r.out)
    }

    @Test func stateHelpIsExact() throws {
      let r = try EndToEndTests.runInEmptyDirectory(["state", "--help"])
      #expect(r.status == 0)
      #expect(r.err == "")
      #expect(
        r.out == """
          Show everything in force at a moment: zones, measures, latest figures, testing rounds.

          \(EndToEndTests.UsageLine.state)

          Rules (measures, zones, testing rounds) are in force when a briefing stated them within --stale-after of T,
          or when their text gives a scheduled end still ahead; otherwise they are listed apart as unconfirmed.
          Figures are listed apart: the latest of each metric, with the moment it is as of and its age.

          Options:
            --at T                  valid time: the moment to show; a time: 2022-01-08T13:00+08:00, local 2022-01-08T13:00 (+08:00), or a date 2022-01-08 (its 00:00)
            --known-at K            transaction time: only what had been published by K (default: everything known)
            --district D            only what applied in district D (key like erqi, or its Chinese name 二七区)
            --category C            only subjects of category C (dining, transport, zones, cases, testing, ...)
            --kind KIND             only subjects of one kind: measure, zone, metric or testing
            --stale-after DURATION  a rule not stated for longer than this before T (and with no scheduled end) is shown as unconfirmed; 14d (default), 30d, 2w, 36h
            --confirmed-only        leave out what is unconfirmed (rules and figures older than --stale-after)
            --format FORMAT         table (default: fitted to the terminal), records (one block per row), csv or json
            --wide                  show every column of the table uncut, however wide (as when piped)
            --no-pager              on a terminal, print everything at once instead of through $PAGER (less -FRSX)
            --events DIR            the events directory (default: events)
            -h, --help              show this help

          Examples:
            timeline state --at 2022-01-10T12:00
            timeline state --at 2022-01-10T12:00 --known-at 2022-01-08 --district erqi
            timeline state --at 2022-11-27T10:00 --category movement --format csv
            timeline state --at 2022-06-01 --kind measure --stale-after 30d
            timeline state --at 2022-01-12 --confirmed-only --kind zone

          """)
    }

    @Test func helpWinsOverMissingRequiredArguments() throws {
      // `--help` anywhere shows help, even when the command line would otherwise be incomplete.
      let cwd = try EndToEndTests.emptyDirectory()
      defer { try? FileManager.default.removeItem(atPath: cwd) }
      for args in [["state", "--help"], ["history", "--help"], ["append", "-h"], ["export", "--help"]] {
        let r = EndToEndTests.run(args, cwd: cwd)
        #expect(r.status == 0, "\(args)")
        #expect(r.err == "", "\(args)")
        #expect(r.out.contains("Usage: timeline \(args[0])"), "\(args)")
      }
    }
  }
}

// MARK: - 2. Usage errors

extension EndToEndTests {
  @Suite struct UsageErrors {
    /// One command line that must be refused with status 64 before any data is read.
    struct Case: CustomTestStringConvertible, Sendable {
      let args: [String]
      /// The exact message after `Error: `, when it is stable; otherwise nil and ``messageContains`` is checked.
      let message: String?
      var messageContains: [String] = []
      let usage: String
      var suggestion: String? = nil
      /// The command named in `See 'timeline CMD --help'.`, or nil for the general help.
      var helpFor: String? = nil

      var testDescription: String { "timeline " + args.joined(separator: " ") }

      /// The whole stderr, when the message is exact.
      var expectedStderr: String? {
        guard let message else { return nil }
        var s = "Error: \(message)\n\(usage)\n"
        if let suggestion { s += "Did you mean '\(suggestion)'?\n" }
        s += "See '" + (helpFor.map { "timeline \($0) --help" } ?? "timeline --help") + "'.\n"
        return s
      }
    }

    static let cases: [Case] = [
      Case(args: [], message: "no command given", usage: UsageLine.general),
      Case(args: ["stat"], message: "unknown command 'stat'", usage: UsageLine.general, suggestion: "state"),
      Case(args: ["help", "stat"], message: "unknown command 'stat'", usage: UsageLine.general, suggestion: "state"),
      Case(args: ["frobnicate"], message: "unknown command 'frobnicate'", usage: UsageLine.general),
      Case(
        args: ["state", "--att", "2022-01-10"], message: "unknown option '--att'", usage: UsageLine.state, suggestion: "--at",
        helpFor: "state"),
      Case(
        args: ["state", "--at", "2022-01-10", "--formt=csv"], message: "unknown option '--formt'", usage: UsageLine.state,
        suggestion: "--format", helpFor: "state"),
      Case(args: ["state", "--at"], message: "option '--at' needs a value", usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "2022-01-10", "--kind", "measures"],
        message: "invalid value 'measures' for '--kind': expected one of measure, zone, metric, testing; did you mean 'measure'?",
        usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "2022-01-10", "--stale-after", "2x"],
        message: "invalid value '2x' for '--stale-after': expected a duration such as 14d, 30d, 2w or 36h (a bare number is days)",
        usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "--format", "csv"], message: "option '--at' needs a value", usage: UsageLine.state, helpFor: "state"),
      Case(args: ["state"], message: "missing required option '--at'", usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "yesterday"], message: nil,
        messageContains: [
          "invalid value 'yesterday' for '--at': expected a time like 2022-01-08T13:00+08:00, 2022-01-08T13:00 (Asia/Shanghai) or 2022-01-08"
        ], usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "2022-01-10", "--format", "xml"], message: "invalid value 'xml' for '--format': expected table, records, csv or json",
        usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["history", "堂食", "--format=xml"], message: "invalid value 'xml' for '--format': expected table, records, csv or json",
        usage: UsageLine.history, helpFor: "history"),
      Case(
        args: ["state", "--at", "2022-01-10", "--at", "2022-01-11"], message: "option '--at' is given more than once",
        usage: UsageLine.state, helpFor: "state"),
      Case(
        args: ["state", "--at", "2022-01-10", "extra"], message: "unexpected argument 'extra'", usage: UsageLine.state, helpFor: "state"),
      Case(args: ["history"], message: "missing argument SUBJECT", usage: UsageLine.history, helpFor: "history"),
      Case(
        args: ["diff"], message: "give --from T1 --to T2, or --known-at K1 --vs K2 --at T", usage: UsageLine.diff, helpFor: "diff"),
      Case(
        args: ["diff", "--from", "2022-01-08"], message: "a valid-time diff needs both --from and --to", usage: UsageLine.diff,
        helpFor: "diff"),
      Case(
        args: ["diff", "--from", "2022-01-08", "--to", "2022-01-09", "--at", "2022-01-08"],
        message: "use either --from/--to (valid time) or --known-at/--vs/--at (knowledge), not both", usage: UsageLine.diff,
        helpFor: "diff"),
      Case(
        args: ["export", "daily"], message: nil, messageContains: ["missing required option '--from'"], usage: UsageLine.export,
        helpFor: "export"),
      Case(
        args: ["export", "daily", "--from", "2022-01-07"], message: nil, messageContains: ["missing required option '--to'"],
        usage: UsageLine.export, helpFor: "export"),
      Case(
        args: ["export", "daily", "--from", "2022-01-09", "--to", "2022-01-08"], message: "--from must not be after --to",
        usage: UsageLine.export, helpFor: "export"),
      Case(
        args: ["export", "state"], message: nil, messageContains: ["missing required option '--at'"], usage: UsageLine.export,
        helpFor: "export"),
      Case(
        args: ["export", "stat"],
        message: "invalid value 'stat' for 'TABLE': expected state, changes, daily, metrics or indicators; did you mean 'state'?",
        usage: UsageLine.export, helpFor: "export"),
      Case(
        args: ["export", "daily", "--from", "2022-01-07", "--to", "2022-01-08", "--time-of-day", "25:00"],
        message: "invalid value '25:00' for '--time-of-day': expected HH:MM, 00:00 to 23:59", usage: UsageLine.export, helpFor: "export"),
      Case(
        args: ["export", "indicators", "--to", "2022-11-30"], message: nil, messageContains: ["missing required option '--from'"],
        usage: UsageLine.export, helpFor: "export"),
      Case(
        args: ["export", "indicators", "--from", "2022-11-26", "--to", "2022-11-26", "--category", "movement"],
        message: "--category does not apply to the indicators table (it codes every measure and zone)", usage: UsageLine.export,
        helpFor: "export"),
      Case(args: ["verify", "--repair=yes"], message: "option '--repair' does not take a value", usage: UsageLine.verify, helpFor: "verify"),
      Case(args: ["append"], message: "missing argument LOG", usage: UsageLine.append, helpFor: "append"),
      Case(
        args: ["append", "new.jsonl", "--expect-seq", "-1"],
        message: "invalid value '-1' for '--expect-seq': expected a whole number, 0 or more", usage: UsageLine.append, helpFor: "append"),
      // Options go after the command: `--events` before it is not a global option.
      Case(args: ["--events", "/tmp", "verify"], message: "unknown option '--events'", usage: UsageLine.general),
    ]

    @Test(arguments: cases)
    func isRefusedWithStatus64AndTheUsageLine(_ c: Case) throws {
      // An empty working directory: a usage error must be found before any events are looked for.
      let cwd = try EndToEndTests.emptyDirectory()
      defer { try? FileManager.default.removeItem(atPath: cwd) }
      let r = EndToEndTests.run(c.args, cwd: cwd)
      #expect(r.status == 64, "stderr: \(r.err)")
      #expect(r.out == "")
      #expect(r.err.hasPrefix("Error: "))
      let lines = r.err.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      #expect(lines.count >= 3)
      // The usage line comes right after the Error line.
      #expect(lines.dropFirst().first == c.usage)
      if let expected = c.expectedStderr {
        #expect(r.err == expected)
      } else {
        for fragment in c.messageContains { #expect(lines.first?.contains(fragment) == true, "missing \(fragment.debugDescription)") }
        #expect(lines.last == "" && lines.dropLast().last == "See 'timeline \(c.helpFor ?? "") --help'.")
      }
      #expect(try FileManager.default.contentsOfDirectory(atPath: cwd) == [], "a refused command line must not create files")
    }

    @Test func aBadTimeNamesTheOptionTheValueAndEveryAcceptedForm() throws {
      let r = try EndToEndTests.runInEmptyDirectory(["state", "--at", "yesterday"])
      #expect(r.status == 64)
      let first = r.err.split(separator: "\n").first.map(String.init) ?? ""
      #expect(first.hasPrefix("Error: invalid value 'yesterday' for '--at': expected "))
      for form in ["2022-01-08T13:00+08:00", "2022-01-08T13:00", "2022-01-08"] {
        #expect(first.contains(form), "the message should show the form \(form)")
      }
    }
  }
}

// MARK: - 3. Runtime failures

extension EndToEndTests {
  @Suite struct RuntimeFailures {
    @Test(arguments: [
      ["verify"], ["state", "--at", "2022-01-10"], ["changes"], ["history", "堂食"], ["export", "changes"],
      ["diff", "--from", "2022-01-08", "--to", "2022-01-09"],
    ])
    func aMissingEventsDirectoryIsStatus1(_ args: [String]) {
      let dir = "/nonexistent/timeline-e2e-" + UUID().uuidString
      let r = EndToEndTests.run(args + ["--events", dir])
      #expect(r.status == 1)
      #expect(r.out == "")
      #expect(r.err == "\(dir): no such events directory (give another with --events DIR)\n")
    }

    @Test func anEditedByteBreaksTheChainOnTheNextLine() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      #expect(EndToEndTests.run(["verify", "--events", f.dir]).status == 0)

      // One byte of line 2 changes ("citywide" -> "citywidE"); the line itself stays valid and canonical.
      var bytes = try EndToEndTests.bytes(log)
      let lines = try f.lines()
      let line2Start = lines[0].utf8.count + 1
      let offset = try #require(Array(lines[1].utf8).firstRange(of: Array("citywide".utf8))).upperBound - 1
      #expect(bytes[line2Start + offset] == UInt8(ascii: "e"))
      bytes[line2Start + offset] = UInt8(ascii: "E")
      try f.write(bytes)

      let r = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(r.status == 1)
      #expect(r.out == "\(log): 3 events, seq 1-3, 1 problem\n")
      let err = r.err.split(separator: "\n").map(String.init)
      #expect(err.count == 2, "\(r.err)")
      #expect(err.first?.hasPrefix("\(log):3: hash chain broken: 'prev' is ") == true, "\(r.err)")
      #expect(err.first?.hasSuffix("(a line before this one was edited, deleted or moved)") == true)
      #expect(!r.err.contains("b1.jsonl:2"), "the edited line itself is well-formed; the break shows on the next line")
      #expect(err.last == "1 problem in 1 log")

      // Nothing may be appended to a broken chain.
      let a = try EndToEndTests.appendThroughBinary(f, [Fixture.dineIn("b1-004")])
      #expect(a.status == 1)
      #expect(a.err.hasPrefix("\(log):3: hash chain broken"))
      #expect(try EndToEndTests.bytes(log) == bytes)
    }

    struct TornCase: CustomTestStringConvertible, Sendable {
      let partial: String
      let reasonText: String
      var testDescription: String { partial.hasSuffix("\n") ? "incomplete JSON line" : "no final newline" }
    }

    @Test(arguments: [
      TornCase(
        partial: #"{"seq":4,"id":"b1-004","type":"measure.imp"#,
        reasonText: "42 bytes without a final newline, as a crash mid-write leaves"),
      TornCase(
        partial: #"{"seq":4,"id":"b1-004","type":"measure.imp"# + "\n",
        reasonText: "43 bytes that are not a complete JSON object"),
    ])
    func aTornTailIsReportedRefusedAndRepaired(_ c: TornCase) throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let good = try EndToEndTests.bytes(log)
      let partial = Array(c.partial.utf8)
      try f.write(good + partial)
      let tornMessage =
        "\(log):4: torn last line (\(c.reasonText)); run 'timeline verify --repair' to move it aside"

      let v = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(v.status == 1)
      #expect(v.out == "\(log): 3 events, seq 1-3, 1 problem, torn last line\n")
      #expect(v.err == tornMessage + "\n1 problem in 1 log\n")

      let s = EndToEndTests.run(["state", "--at", "2022-01-10", "--events", f.dir])
      #expect(s.status == 1)
      #expect(s.out == "")
      #expect(s.err.contains(tornMessage), "\(s.err)")

      let a = EndToEndTests.run(["append", log, "-", "--events", f.dir], stdin: Fixture.dineIn("b1-004") + "\n")
      #expect(a.status == 1)
      #expect(a.out == "")
      #expect(a.err.contains(tornMessage), "\(a.err)")
      #expect(try EndToEndTests.bytes(log) == good + partial, "a refused append must not touch a torn log")

      let repair = EndToEndTests.run(["verify", "--repair", "--events", f.dir])
      #expect(repair.status == 0)
      #expect(
        repair.out == """
          \(log): moved the torn last line (line 4, \(partial.count) bytes) to \(log).torn
          \(log): 3 events, seq 1-3, chain ok, quotes ok
          verified 1 log, 3 events: no problems

          """)
      #expect(repair.err == "")
      #expect(try EndToEndTests.bytes(log + ".torn") == partial, "the torn bytes are kept, exactly")
      #expect(try EndToEndTests.bytes(log) == good)

      let again = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(again.status == 0)
      #expect(again.out == "\(log): 3 events, seq 1-3, chain ok, quotes ok\nverified 1 log, 3 events: no problems\n")
      #expect(again.err == "")

      // The repaired log takes appends again.
      let after = EndToEndTests.run(["append", log, "--events", f.dir], stdin: Fixture.dineIn("b1-004", rule: "r4") + "\n")
      #expect(after.status == 0, "\(after.err)")
      #expect(after.out == "\(log): appended 1 event (seq 4)\n")
    }

    @Test func anUnknownSubjectIsStatus1() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let r = EndToEndTests.run(["history", "no-such-subject", "--events", f.dir])
      #expect(r.status == 1)
      #expect(r.out == "")
      #expect(r.err.hasPrefix(#"no subject matches "no-such-subject""#))
    }
  }
}

// MARK: - 4. Append through the binary

extension EndToEndTests {
  @Suite struct Append {
    @Test func readsDraftsFromStdinWithDashOrWithoutADraftsArgument() throws {
      let f = try Fixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let first = EndToEndTests.run(
        ["append", log, "-", "--events", f.dir], stdin: [Fixture.briefing(), Fixture.dineIn("b1-002")].joined(separator: "\n") + "\n")
      #expect(first.status == 0, "\(first.err)")
      #expect(first.out == "\(log): appended 2 events (seq 1-2), log created\n")
      #expect(first.err == "")

      let second = EndToEndTests.run(["append", log, "--events", f.dir], stdin: Fixture.dineIn("b1-003", rule: "r3") + "\n")
      #expect(second.status == 0, "\(second.err)")
      #expect(second.out == "\(log): appended 1 event (seq 3)\n")
      #expect(second.err == "")

      #expect(EndToEndTests.seqsAndIDs(try f.lines()).map(\.id) == ["b1-001", "b1-002", "b1-003"])
      #expect(EndToEndTests.seqsAndIDs(try f.lines()).map(\.seq) == [1, 2, 3])
      let v = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(v.status == 0)
      #expect(v.out == "\(log): 3 events, seq 1-3, chain ok, quotes ok\nverified 1 log, 3 events: no problems\n")
    }

    @Test func expectSeqIsCheckedAgainstTheLastSeq() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let before = try EndToEndTests.bytes(log)
      let stale = EndToEndTests.run(
        ["append", log, "-", "--expect-seq", "2", "--events", f.dir], stdin: Fixture.dineIn("b1-004", rule: "r4") + "\n")
      #expect(stale.status == 1)
      #expect(stale.out == "")
      #expect(
        stale.err
          == "\(log): expected the last seq to be 2, but it is 3 (another append got there first); re-read the log and retry\n")
      #expect(try EndToEndTests.bytes(log) == before)

      let current = EndToEndTests.run(
        ["append", log, "-", "--expect-seq", "3", "--events", f.dir], stdin: Fixture.dineIn("b1-004", rule: "r4") + "\n")
      #expect(current.status == 0, "\(current.err)")
      #expect(current.out == "\(log): appended 1 event (seq 4)\n")
    }

    @Test func reappendingIsANoOpReportedAsAlreadyPresent() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let before = try EndToEndTests.bytes(log)
      let r = try EndToEndTests.appendThroughBinary(f, EndToEndTests.threeDrafts)
      #expect(r.status == 0, "\(r.err)")
      #expect(r.err == "")
      #expect(
        r.out == """
          b1-001: already present at \(log):1, nothing appended for it
          b1-002: already present at \(log):2, nothing appended for it
          b1-003: already present at \(log):3, nothing appended for it
          \(log): nothing to append; last seq is 3

          """)
      #expect(try EndToEndTests.bytes(log) == before)

      // A batch mixing a present event and a new one appends only the new one.
      let mixed = try EndToEndTests.appendThroughBinary(f, [Fixture.dineIn("b1-002"), Fixture.dineIn("b1-004", rule: "r4")])
      #expect(mixed.status == 0, "\(mixed.err)")
      #expect(mixed.out == "b1-002: already present at \(log):2, nothing appended for it\n\(log): appended 1 event (seq 4)\n")

      // The same id with a different event is refused, and nothing of the batch is written.
      let afterMixed = try EndToEndTests.bytes(log)
      let clash = try EndToEndTests.appendThroughBinary(f, [Fixture.dineIn("b1-005", rule: "r5"), Fixture.dineIn("b1-002", rule: "changed")])
      #expect(clash.status == 1)
      #expect(clash.out == "")
      #expect(clash.err.contains(#":2: id "b1-002" is already used by a different event at \#(log):2"#), "\(clash.err)")
      #expect(try EndToEndTests.bytes(log) == afterMixed)
    }
  }
}

// MARK: - 5. Concurrent processes

extension EndToEndTests {
  @Suite(.serialized) struct ConcurrentProcesses {
    final class Outputs: @unchecked Sendable {
      private let lock = NSLock()
      private var results: [(status: Int32, out: String, err: String)] = []
      func add(_ r: (status: Int32, out: String, err: String)) { lock.withLock { results.append(r) } }
      var all: [(status: Int32, out: String, err: String)] { lock.withLock { results } }
    }

    @Test(.timeLimit(.minutes(5)))
    func manyProcessesAppendingToOneLogNeitherLoseNorInterleave() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let processes = 4
      let rounds = 15
      let outputs = Outputs()
      EndToEndTests.onThreads(processes) { p in
        for k in 0..<rounds {
          let draft = Fixture.dineIn("p\(p)-\(k)", effective: "2022-01-08T12:\(String(format: "%02d", k))+08:00", rule: "p\(p) round \(k)")
          outputs.add(EndToEndTests.run(["append", log, "--events", f.dir], stdin: draft + "\n"))
        }
      }
      let results = outputs.all
      #expect(results.count == processes * rounds)
      #expect(results.allSatisfy { $0.status == 0 && $0.err == "" }, "\(results.filter { $0.status != 0 }.map(\.err))")
      // Every append sealed exactly one event, and together they took every seq after the first three once.
      let seqs = results.compactMap { r -> Int? in
        let prefix = log + ": appended 1 event (seq "
        guard r.out.hasPrefix(prefix), r.out.hasSuffix(")\n") else { return nil }
        return Int(r.out.dropFirst(prefix.count).dropLast(2))
      }
      #expect(seqs.sorted() == Array(4...(3 + processes * rounds)))

      let lines = try f.lines()
      #expect(lines.count == 3 + processes * rounds)
      #expect(try EndToEndTests.bytes(log).last == 0x0A)
      let decoded = EndToEndTests.seqsAndIDs(lines)
      #expect(decoded.map(\.seq) == Array(1...(3 + processes * rounds)))
      let ids = decoded.map(\.id)
      #expect(Set(ids).count == ids.count, "no id twice")
      let expected = Set((0..<processes).flatMap { p in (0..<rounds).map { "p\(p)-\($0)" } })
      #expect(Set(ids.dropFirst(3)) == expected)
      // Each process's appends stay in its own order.
      for p in 0..<processes {
        #expect(ids.filter { $0.hasPrefix("p\(p)-") } == (0..<rounds).map { "p\(p)-\($0)" })
      }

      let v = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(v.status == 0, "\(v.err)")
      let n = 3 + processes * rounds
      #expect(v.out == "\(log): \(n) events, seq 1-\(n), chain ok, quotes ok\nverified 1 log, \(n) events: no problems\n")
      #expect(v.err == "")
    }

    @Test(.timeLimit(.minutes(5)))
    func oneGenesisAmongRacingCreators() throws {
      // Several processes race to create the same new log with the same briefing; exactly one creates it.
      let f = try Fixture()
      defer { f.remove() }
      let log = f.path("b1.jsonl")
      let outputs = Outputs()
      EndToEndTests.onThreads(4) { _ in
        outputs.add(EndToEndTests.run(["append", log, "--events", f.dir], stdin: Fixture.briefing() + "\n"))
      }
      let results = outputs.all
      #expect(results.allSatisfy { $0.status == 0 }, "\(results.map(\.err))")
      #expect(results.filter { $0.out == "\(log): appended 1 event (seq 1), log created\n" }.count == 1, "\(results.map(\.out))")
      #expect(
        results.filter { $0.out == "b1-001: already present at \(log):1, nothing appended for it\n\(log): nothing to append; last seq is 1\n" }
          .count == 3)
      #expect(try f.lines().count == 1)
    }

    @Test(.timeLimit(.minutes(5)))
    func twoProcessesAppendingToTwoLogsOfOneDirectory() throws {
      let f = try EndToEndTests.sealedFixture()
      defer { f.remove() }
      let b2 = try EndToEndTests.appendThroughBinary(f, [Fixture.briefing("b2", id: "b2-001")], log: "b2")
      #expect(b2.status == 0, "\(b2.err)")
      let rounds = 15
      let outputs = Outputs()
      EndToEndTests.onThreads(2) { p in
        let log = p == 0 ? "b1" : "b2"
        for k in 0..<rounds {
          let draft = Fixture.dineIn("\(log)-x\(k)", log: log, effective: "2022-01-08T12:\(String(format: "%02d", k))+08:00")
          outputs.add(EndToEndTests.run(["append", f.path(log + ".jsonl"), "--events", f.dir], stdin: draft + "\n"))
        }
      }
      #expect(outputs.all.allSatisfy { $0.status == 0 }, "\(outputs.all.filter { $0.status != 0 }.map(\.err))")
      let b1Lines = EndToEndTests.seqsAndIDs(try f.lines("b1"))
      let b2Lines = EndToEndTests.seqsAndIDs(try f.lines("b2"))
      #expect(b1Lines.map(\.seq) == Array(1...(3 + rounds)))
      #expect(b2Lines.map(\.seq) == Array(1...(1 + rounds)))
      #expect(b1Lines.dropFirst(3).map(\.id) == (0..<rounds).map { "b1-x\($0)" })
      #expect(b2Lines.dropFirst(1).map(\.id) == (0..<rounds).map { "b2-x\($0)" })

      let v = EndToEndTests.run(["verify", "--events", f.dir])
      #expect(v.status == 0, "\(v.err)")
      let n1 = 3 + rounds
      let n2 = 1 + rounds
      #expect(
        v.out == """
          \(f.path("b1.jsonl")): \(n1) events, seq 1-\(n1), chain ok, quotes ok
          \(f.path("b2.jsonl")): \(n2) events, seq 1-\(n2), chain ok, quotes ok
          verified 2 logs, \(n1 + n2) events: no problems

          """)
    }
  }
}

// MARK: - 6. The real data in events/ (read-only)

extension EndToEndTests {
  @Suite struct OnRealData {
    static var root: String { EndToEndTests.packageRoot }

    @Test func verifyChecksTheFiveLogs() throws {
      let logs = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/events").filter { $0.hasSuffix(".jsonl") }.sorted()
      #expect(logs.count == 5)
      let r = EndToEndTests.run(["verify"], cwd: Self.root)
      #expect(r.status == 0, "\(r.err)")
      #expect(r.err == "")
      var lines = r.out.split(separator: "\n").map(String.init)
      let summary = lines.popLast() ?? ""
      #expect(lines.count == logs.count)
      var total = 0
      for (line, name) in zip(lines, logs) {
        // events/NAME.jsonl: N events, seq 1-N, chain ok, quotes ok
        let prefix = "events/\(name): "
        #expect(line.hasPrefix(prefix), "\(line)")
        let rest = line.dropFirst(prefix.count)
        let n = Int(rest.prefix { $0.isNumber }) ?? -1
        #expect(n > 0)
        #expect(rest == "\(n) events, seq 1-\(n), chain ok, quotes ok")
        total += n
      }
      #expect(summary == "verified 5 logs, \(total) events: no problems")
    }

    /// The state rows of `--format csv` as dictionaries by header.
    static func stateRows(_ at: String, category: String) throws -> (header: [String], rows: [[String: String]]) {
      let r = EndToEndTests.run(["state", "--at", at, "--category", category, "--format", "csv"], cwd: root)
      #expect(r.status == 0, "\(r.err)")
      #expect(r.err == "")
      let table = EndToEndTests.parseCSV(r.out)
      let header = try #require(table.first)
      #expect(table.dropFirst().allSatisfy { $0.count == header.count }, "every row has as many fields as the header")
      let rows = table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
      return (header, rows)
    }

    @Test func dineInAt13IsTheCitywideSuspensionOfPressConference29() throws {
      let (header, rows) = try Self.stateRows("2022-01-08T13:00", category: "dining")
      #expect(Array(header.prefix(4)) == ["at", "known_at", "category", "subject"])
      let dineIn = rows.filter { $0["subject"] == "measure:dining.dine-in" }
      #expect(dineIn.count == 1)
      let row = try #require(dineIn.first)
      #expect(row["event_id"] == "pc29-036")
      #expect(row["at"] == "2022-01-08T13:00+08:00")
      #expect(row["category"] == "dining")
      #expect(row["effective"] == "2022-01-08T12:00+08:00")
      #expect(row["state_en"]?.hasPrefix("All dine-in service at restaurants across the city is suspended") == true, "\(row)")
      #expect(row["params_json"]?.contains(#""dine_in":"suspended""#) == true, "\(row)")
      #expect(row["quote"]?.contains("全市餐饮场所暂停堂食") == true)
      #expect(rows.allSatisfy { $0["category"] == "dining" })
    }

    @Test func dineInAt11IsStillTheZoneBanOfPressConference28() throws {
      let (_, rows) = try Self.stateRows("2022-01-08T11:00", category: "dining")
      let row = try #require(rows.first { $0["subject"] == "measure:dining.dine-in" })
      #expect(row["event_id"] == "pc28-036")
      #expect(row["effective"] == "2022-01-08T00:00+08:00")
      #expect(row["state_en"]?.contains("No dine-in at restaurants inside sealed, controlled and precaution zones") == true, "\(row)")
      #expect(row["params_json"]?.contains(#""load_cap_pct":50"#) == true)
    }

    @Test func historyOfDineInByItsChineseName() throws {
      let r = EndToEndTests.run(["history", "堂食"], cwd: Self.root)
      #expect(r.status == 0, "\(r.err)")
      #expect(r.err == "")
      #expect(r.out.hasPrefix("History of measure:dining.dine-in  堂食 / Dine-in service: 3 events\n\n"))
      let ids = r.out.split(separator: "\n").filter { !$0.hasPrefix(" ") }.compactMap { line in
        line.split(separator: " ").last.map(String.init)
      }.filter { $0.contains("-0") }
      #expect(ids == ["pc28-036", "pc29-036", "pc34-029"])
      #expect(r.out.contains("2022-01-08 12:00 →   measure.amended   pc29-036\n"))
    }

    @Test func anAmbiguousSubjectListsTheCandidates() throws {
      let r = EndToEndTests.run(["history", "zone"], cwd: Self.root)
      #expect(r.status == 1)
      #expect(r.out == "")
      let lines = r.err.split(separator: "\n").map(String.init)
      let first = try #require(lines.first)
      let candidates = lines.dropFirst()
      #expect(first == #""zone" matches \#(candidates.count) subjects; name one of:"#)
      #expect(candidates.count >= 2)
      #expect(candidates.allSatisfy { $0.hasPrefix("  ") })
      #expect(candidates.contains { $0.hasPrefix("  zone:erqi/") })
      #expect(candidates.contains { $0.hasPrefix("  metric:zones.sealed.count@city  (封控区数") })
    }

    @Test func aMistypedCategoryIsAUsageErrorListingEachCategoryOnce() throws {
      let r = EndToEndTests.run(["state", "--at", "2022-01-10", "--category", "dinning"], cwd: Self.root)
      #expect(r.status == 64)
      #expect(r.out == "")
      let first = r.err.split(separator: "\n").first.map(String.init) ?? ""
      #expect(first.hasPrefix("Error: invalid value 'dinning' for '--category': expected one of "))
      #expect(first.hasSuffix("; did you mean 'dining'?"))
      let list =
        first.dropFirst("Error: invalid value 'dinning' for '--category': expected one of ".count)
        .split(separator: ";").first.map { $0.components(separatedBy: ", ") } ?? []
      #expect(list.contains("dining") && list.contains("zones"))
      #expect(list.count == Set(list).count, "each category once: \(list)")
    }

    @Test func exportIndicatorsForEveryDistrict() throws {
      let r = EndToEndTests.run(
        ["export", "indicators", "--from", "2022-11-26", "--to", "2022-11-26", "--district", "all", "--columns", "date,area,C6,C6_flag,C6_events"],
        cwd: Self.root)
      #expect(r.status == 0, "\(r.err)")
      let table = EndToEndTests.parseCSV(r.out)
      #expect(table.first == ["date", "area", "C6", "C6_flag", "C6_events"])
      #expect(table.count == 17, "one row for each of the 16 districts and counties")
      #expect(table.contains(["2022-11-26", "zhongyuan", "2", "general", "pc35-010"]))
      #expect(table.contains(["2022-11-26", "shangjie", "", "", ""]))
    }

    @Test func exportStateWithBOMAndCRLFToAFile() throws {
      let dir = try EndToEndTests.emptyDirectory()
      defer { try? FileManager.default.removeItem(atPath: dir) }
      let file = dir + "/state.csv"
      let r = EndToEndTests.run(["export", "state", "--at", "2022-01-10T12:00", "--bom", "--crlf", "--output", file], cwd: Self.root)
      #expect(r.status == 0, "\(r.err)")
      #expect(r.out == "")
      let bytes = try EndToEndTests.bytes(file)
      #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
      #expect(String(decoding: bytes.dropFirst(3).prefix(29), as: UTF8.self) == "at,known_at,category,subject,")
      #expect(bytes.suffix(2) == [0x0D, 0x0A])
      let bareLF = bytes.indices.filter { bytes[$0] == 0x0A && ($0 == 0 || bytes[$0 - 1] != 0x0D) }
      #expect(bareLF.isEmpty, "every line ends in CRLF")
      let table = EndToEndTests.parseCSV(String(decoding: bytes.dropFirst(3), as: UTF8.self))
      #expect(table.count > 1)
      #expect(r.err == "wrote \(table.count - 1) rows to \(file)\n")
      #expect(table.dropFirst().contains { $0.contains("measure:dining.dine-in") && $0.contains("pc29-036") })
    }
  }
}
