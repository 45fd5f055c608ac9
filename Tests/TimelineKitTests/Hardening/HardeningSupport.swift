import Foundation
import Testing

@testable import TimelineKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Shared by the hardening tests: sizes that `tools/hardening.sh` turns up for the long versions, drafts in bulk,
/// and strict readers for the CSV and JSON the engine writes.
enum Hardening {
  /// An integer from the environment (the long versions in tools/hardening.sh set these), or `fallback`.
  static func setting(_ name: String, _ fallback: Int) -> Int {
    ProcessInfo.processInfo.environment[name].flatMap(Int.init) ?? fallback
  }

  /// `n` valid dine-in drafts for the fixture's log b1, ids `prefix-1` ... `prefix-n`, as JSON Lines.
  static func drafts(_ n: Int, prefix: String, log: String = "b1") -> String {
    var s = ""
    s.reserveCapacity(n * 320)
    for k in 1...n { s += Fixture.dineIn("\(prefix)-\(k)", log: log, rule: "rule \(k) of \(prefix)") + "\n" }
    return s
  }

  /// Writes text to a file outside any events directory and returns its path.
  static func draftsFile(_ f: Fixture, _ text: String) throws -> String {
    let path = f.dir + "-drafts-" + UUID().uuidString + ".jsonl"
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    return path
  }

  static func bytes(_ path: String) -> [UInt8] {
    (try? Data(contentsOf: URL(fileURLWithPath: path))).map(Array.init) ?? []
  }

  /// The ids of a log's lines in order, read with Foundation's JSON parser (independent of TimelineKit).
  static func ids(_ bytes: [UInt8]) -> [String] {
    bytes.split(separator: 0x0A, omittingEmptySubsequences: false).dropLast().map { line in
      ((try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any])?["id"] as? String ?? "<unreadable line>"
    }
  }

  /// A strict RFC 4180 reader: nil unless every quoted field closes, inner quotes are doubled, unquoted fields hold
  /// no quote, and every record (the last included) ends with `\n` (or `\r\n` when `crlf`).
  static func strictCSV(_ text: String, crlf: Bool = false) -> [[String]]? { readStrictCSV(Array(text.utf8), crlf: crlf) }

  /// The CSV as header-keyed rows, or nil when it is not strict CSV or a row's width differs from the header's.
  static func csvRows(_ text: String) -> [[String: String]]? {
    guard let table = strictCSV(text), let header = table.first else { return nil }
    var out: [[String: String]] = []
    for row in table.dropFirst() {
      guard row.count == header.count else { return nil }
      out.append(Dictionary(uniqueKeysWithValues: zip(header, row)))
    }
    return out
  }

  /// `--format json` output (JSON Lines) parsed line by line with Foundation's strict JSON parser.
  static func jsonRows(_ text: String) -> [[String: Any]]? {
    var rows: [[String: Any]] = []
    guard text.isEmpty || text.hasSuffix("\n") else { return nil }
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
      guard let row = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else { return nil }
      rows.append(row)
    }
    return rows
  }

  /// Whether this process may mount file systems (root, and mount(8) present).
  static var canMount: Bool { geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/bin/mount") }

  /// Whether a tmpfs can be mounted here: root, mount(8), and a trial mount that the system permits (a container
  /// may refuse it even to root). Tried once per test process.
  static let tmpfsMountable: Bool = {
    guard canMount else { return false }
    let point = NSTemporaryDirectory() + "timeline-mount-probe-\(getpid())"
    guard (try? FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)) != nil else { return false }
    defer { try? FileManager.default.removeItem(atPath: point) }
    guard shell("/bin/mount", ["-t", "tmpfs", "-o", "size=16k", "tmpfs", point]).status == 0 else { return false }
    shell("/bin/umount", [point])
    return true
  }()

  /// Runs a program to completion and returns its status and combined output.
  @discardableResult
  static func shell(_ path: String, _ args: [String]) -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    do { try p.run() } catch { return (-1, "\(error)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
