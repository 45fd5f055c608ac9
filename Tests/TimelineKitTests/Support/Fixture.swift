import Foundation
import Testing

@testable import TimelineKit

/// A throwaway events directory with a small catalogue and one source text, for log tests.
struct Fixture {
  let dir: String

  static let catalogue = """
    {"categories":["dining","cases","transport","movement","testing"],
     "zone_levels":[{"key":"sealed","zh":"封控区","en":"sealed area"},{"key":"controlled","zh":"管控区","en":"controlled area"},{"key":"precaution","zh":"防范区","en":"precaution area"}],
     "scopes":[{"key":"city","kind":"city","zh":"郑州市","en":"Zhengzhou"},{"key":"province","kind":"province","zh":"河南省","en":"Henan"},
       {"key":"erqi","kind":"district","zh":"二七区","en":"Erqi District"},{"key":"jinshui","kind":"district","zh":"金水区","en":"Jinshui District"},
       {"key":"gaoxin","kind":"district","zh":"高新区","en":"Gaoxin District"},
       {"key":"two","kind":"district-set","zh":"两区","en":"two districts","members":["erqi","jinshui"]}],
     "measures":[{"key":"dining.dine-in","category":"dining","zh":"堂食","en":"Dine-in"},{"key":"transport.bus","category":"transport","zh":"公交","en":"Buses"},{"key":"movement.stay-home","category":"movement","zh":"居家","en":"Stay at home"}],
     "metrics":[{"key":"cases.confirmed.cumulative","category":"cases","zh":"累计确诊","en":"Cumulative confirmed"}]}
    """

  /// The source text every fixture quote comes from; it is hard-wrapped like a newspaper column.
  static let sourceText = "标题一\n从1月8日中午12时起,全市餐饮\n场所暂停堂食。二七区47例。\n市区公交线路一律暂停运营。居民 足不出户。\n"

  init() throws {
    dir = NSTemporaryDirectory() + "timeline-test-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: dir + "/sources", withIntermediateDirectories: true)
    try Fixture.catalogue.write(toFile: dir + "/catalogue.json", atomically: true, encoding: .utf8)
    try Fixture.sourceText.write(toFile: dir + "/sources/b1.txt", atomically: true, encoding: .utf8)
  }

  func path(_ name: String) -> String { dir + "/" + name }

  func remove() { try? FileManager.default.removeItem(atPath: dir) }

  /// A briefing.published draft for log `log` (source file sources/b1.txt).
  static func briefing(_ log: String = "b1", id: String = "b1-001", recorded: String = "2022-01-11T00:00+08:00") -> String {
    #"{"id":"\#(id)","type":"briefing.published","subject":"briefing:\#(log)","effective":"\#(recorded)","recorded":"\#(recorded)","source":"\#(log)","quote":"标题一","data":{"title":"标题一","published_at":"\#(recorded)","source_file":"sources/b1.txt"}}"#
  }

  /// A measure draft on dine-in.
  static func dineIn(
    _ id: String, log: String = "b1", effective: String = "2022-01-08T12:00+08:00", until: String? = nil,
    recorded: String = "2022-01-11T00:00+08:00", rule: String = "suspended citywide", quote: String = "全市餐饮场所暂停堂食"
  ) -> String {
    let u = until.map { #""until":"\#($0)","# } ?? ""
    return
      #"{"id":"\#(id)","type":"measure.imposed","subject":"measure:dining.dine-in","effective":"\#(effective)",\#(u)"recorded":"\#(recorded)","source":"\#(log)","quote":"\#(quote)","data":{"scope":"city","rule":"\#(rule)"}}"#
  }

  /// Appends draft lines to a log of this fixture through the engine.
  @discardableResult
  func append(_ lines: [String], to log: String = "b1", expectSeq: Int? = nil) throws -> AppendResult {
    try Appender.append(
      drafts: Array((lines.joined(separator: "\n") + "\n").utf8), draftsPath: "drafts.jsonl", toLog: path(log + ".jsonl"),
      directory: dir, expectSeq: expectSeq)
  }

  func read(_ log: String = "b1") throws -> [UInt8] { Array(try Data(contentsOf: URL(fileURLWithPath: path(log + ".jsonl")))) }

  func write(_ bytes: [UInt8], to log: String = "b1") throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path(log + ".jsonl")))
  }

  func lines(_ log: String = "b1") throws -> [String] {
    String(decoding: try read(log), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
  }
}

/// The problems of a thrown TimelineError, or an empty list.
func problems(of error: any Error) -> [Diagnostic] {
  if let e = error as? TimelineError, case .problems(let d) = e.code { return d }
  return []
}
