// Fuzz target (c): the argument parser, then the whole CLI in memory.
//
// The input is split on NUL bytes into an argument vector (a segment starting with 0x01 is standard input instead).
// ArgumentParser.parse must never crash and a parse must satisfy its own contract (known command, positionals
// within the spec). Then TimelineCLI.run runs the arguments against a small events directory (catalogue, one real
// log and its source) in a private temporary working directory, with output captured in memory.
//
// Safety: the process works inside a fresh `mkdtemp` directory; any argument containing '/' or starting with '..'
// is not run (so nothing can name a path outside it), and after a command that may write (append, verify --repair,
// export/render --output, draft) every file it added is removed and the originals are written back.
#if canImport(Glibc)
  import Glibc
#endif

enum CLIFuzzSandbox {
  /// The real events directory the seed files come from: TIMELINE_FUZZ_EVENTS, or `events` in the starting directory.
  static let sourceEvents: String = {
    if let e = getenv("TIMELINE_FUZZ_EVENTS") { return String(cString: e) }
    return FileIO.canonicalPath("events")  // run from the package root
  }()
  static let logName = "2022-11-07_press-conference-34"
  /// Relative path (inside the sandbox) → original bytes.
  static let originals: [(String, [UInt8])] = {
    func read(_ rel: String) -> [UInt8] {
      guard let b = try? FileIO.readAll(sourceEvents + "/" + rel) else { fuzzFail("cannot read \(sourceEvents)/\(rel)") }
      return b
    }
    return [
      ("events/catalogue.json", read("catalogue.json")),
      ("events/\(logName).jsonl", read("\(logName).jsonl")),
      ("events/sources/\(logName).txt", read("sources/\(logName).txt")),
      (
        "drafts.jsonl",
        Array(
          (#"{"id":"fz-1","type":"metric.reported","subject":"metric:cases.confirmed.cumulative@city","effective":"2022-11-07T00:00+08:00","recorded":"2022-11-07T00:00+08:00","source":"\#(logName)","quote":"x","data":{"value":1,"unit":"例"}}"#
            + "\n").utf8)
      ),
    ]
  }()

  /// The sandbox root, created once; the process's working directory from then on.
  static let root: String = {
    var template = Array("/tmp/timeline-fuzz-cli-XXXXXX".utf8CString)
    guard let p = mkdtemp(&template) else { fuzzFail("mkdtemp failed") }
    let dir = String(cString: p)
    guard chdir(dir) == 0 else { fuzzFail("chdir \(dir) failed") }
    mkdir("events", 0o755)
    mkdir("events/sources", 0o755)
    restore()
    return dir
  }()

  static func writeFile(_ rel: String, _ bytes: [UInt8]) {
    let fd = open(rel, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    guard fd >= 0 else { fuzzFail("cannot write \(rel): \(errno)") }
    defer { close(fd) }
    try? FileIO.writeAll(fd: fd, bytes, path: rel)
  }

  /// Removes every file that is not an original, then writes the originals back.
  static func restore() {
    let keep = Set(originals.map(\.0)).union(["events", "events/sources"])
    for dir in ["events/sources", "events", "."] {
      for name in (try? FileIO.listDirectory(dir)) ?? [] {
        let rel = dir == "." ? name : dir + "/" + name
        if keep.contains(rel) { continue }
        if unlink(rel) != 0 { rmdir(rel) }
      }
    }
    for (rel, bytes) in originals { writeFile(rel, bytes) }
  }

  static func mayWrite(_ p: ParsedArguments) -> Bool {
    switch p.command {
    case "append", "draft": return true
    case "verify": return p.has("repair")
    default: return p.has("output")
    }
  }
}

/// Output kept in memory, at most 1 MB of each stream (a command may stream far more to stdout; the harness must
/// not run out of memory holding it, as it did on `export daily --from 0101-11-01 ...` before export streamed).
final class CapturedOutput: @unchecked Sendable {
  static let limit = 1 << 20
  var out: [UInt8] = []
  var err: [UInt8] = []
  func keep(_ bytes: [UInt8], in buffer: inout [UInt8]) {
    if buffer.count < CapturedOutput.limit { buffer += bytes.prefix(CapturedOutput.limit - buffer.count) }
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArgumentParser(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  var args: [String] = []
  var stdin: [UInt8] = []
  for segment in bytes.split(separator: 0, omittingEmptySubsequences: false).prefix(32) {
    if segment.first == 0x01 { stdin = Array(segment.dropFirst()) } else { args.append(String(decoding: segment, as: UTF8.self)) }
  }
  let parsed: ParsedArguments
  do { parsed = try ArgumentParser.parse(args) } catch {
    _ = HelpText.usageError(error)  // rendering the message must not crash either
    return 0
  }
  if !parsed.help && parsed.command != "version" {
    guard let spec = Commands.spec(parsed.command) else { fuzzFail("parsed an unknown command \(parsed.command.debugDescription)") }
    if parsed.positionals.count > spec.positionals.count { fuzzFail("more positionals than the spec allows: \(args)") }
    for name in parsed.options.keys where !spec.options.contains(where: { $0.name == name }) {
      fuzzFail("parsed an option the spec does not have: --\(name)")
    }
  }
  // Only run what cannot name a path outside the sandbox.
  if args.contains(where: { $0.contains("/") || $0.hasPrefix("..") }) { return 0 }
  _ = CLIFuzzSandbox.root
  let captured = CapturedOutput()
  let input = stdin
  let io = CommandIO(
    writeOut: { captured.keep($0, in: &captured.out) }, writeErr: { captured.keep($0, in: &captured.err) },
    readInput: { () throws(TimelineError) in input })
  let status = TimelineCLI.run(args, io: io)
  if ![ExitStatus.success, ExitStatus.failure, ExitStatus.usage].contains(status) { fuzzFail("exit status \(status) for \(args)") }
  if status != ExitStatus.success && captured.err.isEmpty { fuzzFail("status \(status) with nothing on stderr for \(args)") }
  if status == ExitStatus.usage && !captured.err.starts(with: Array("Error: ".utf8)) { fuzzFail("usage error without 'Error: ' for \(args)") }
  if CLIFuzzSandbox.mayWrite(parsed) { CLIFuzzSandbox.restore() }
  return 0
}
