import Foundation
import Synchronization
import Testing

@testable import TimelineKit

/// Runs `timeline` in-process through ``TimelineCLI/run(_:io:)``, against a private copy of events/ (so that the
/// table cache is never written into the repository), as a terminal of `width` columns or as a pipe (`nil`).
enum InProcessCLI {
  final class Buffer: Sendable {
    let bytes = Mutex<[UInt8]>([])
    func append(_ b: [UInt8]) { bytes.withLock { $0 += b } }
    var text: String { String(decoding: bytes.withLock { $0 }, as: UTF8.self) }
  }

  /// A copy of the real events directory, made once per test process.
  static let events: String = {
    let dir = NSTemporaryDirectory() + "timeline-inprocess-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let copy = dir + "/events"
    try? FileManager.default.copyItem(atPath: RealData.directory, toPath: copy)
    try? FileManager.default.removeItem(atPath: copy + "/" + EventTable.cacheFileName)
    return copy
  }()

  static func run(_ args: [String], width: Int? = nil, events: String? = InProcessCLI.events) -> (status: Int32, out: String, err: String) {
    let out = Buffer()
    let err = Buffer()
    let io = CommandIO(
      writeOut: { out.append($0) }, writeErr: { err.append($0) }, readInput: { [] }, outputWidth: width)
    let full = events.map { args + ["--events", $0] } ?? args
    let status = TimelineCLI.run(full, io: io)
    return (status, out.text, err.text)
  }

  /// The widest line of `text`, in terminal columns.
  static func widest(_ text: String) -> Int { text.split(separator: "\n").map { displayWidth(of: $0) }.max() ?? 0 }
}
