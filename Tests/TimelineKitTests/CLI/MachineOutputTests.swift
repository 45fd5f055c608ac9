import Foundation
import Testing

@testable import TimelineKit

/// `--format json` for programs: JSON Lines wherever there are rows (export included), one object for `verify`, with
/// the exit codes of the text output.
@Suite("Machine output")
struct MachineOutputTests {
  @Test(arguments: [
    ["state", "--at", "2022-01-10T12:00"], ["changes"], ["diff", "--from", "2022-01-08", "--to", "2022-01-12"], ["history", "堂食"],
    ["subjects"], ["districts"], ["categories"], ["export", "changes"], ["export", "state", "--at", "2022-01-10"],
    ["export", "metrics"], ["export", "indicators", "--from", "2022-11-20", "--to", "2022-11-22"],
  ])
  func rowsAreJSONLines(_ args: [String]) throws {
    let r = InProcessCLI.run(args + ["--format", "json"])
    #expect(r.status == 0, "\(r.err)")
    let rows = try #require(Hardening.jsonRows(r.out))
    #expect(rows.count > 0)
  }

  @Test func verifySummarisesEveryLogAsOneObject() throws {
    let r = InProcessCLI.run(["verify", "--format", "json"])
    #expect(r.status == 0)
    #expect(r.out.hasPrefix("{\"clean\":true,\"events\":222,\"logs\":[{\"events\":59,\"last_seq\":59,\"path\":"))
    #expect(r.out.hasSuffix(",\"problems\":[]}\n"))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    #expect((object["logs"] as? [Any])?.count == 5)
  }

  @Test func aDamagedLogIsStatus1WithItsProblemsInTheObject() throws {
    let dir = NSTemporaryDirectory() + "timeline-verify-json-\(getpid())"
    try? FileManager.default.removeItem(atPath: dir)
    try FileManager.default.copyItem(atPath: RealData.directory, toPath: dir)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    let log = dir + "/2022-01-08_press-conference-28.jsonl"
    var text = try String(contentsOfFile: log, encoding: .utf8)
    text = text.replacingOccurrences(of: "\"seq\":3,", with: "\"seq\":4,")
    try text.write(toFile: log, atomically: true, encoding: .utf8)
    let r = InProcessCLI.run(["verify", "--format", "json"], events: dir)
    #expect(r.status == 1)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [String: Any])
    #expect(object["clean"] as? Bool == false)
    let problems = try #require(object["problems"] as? [[String: Any]])
    #expect(problems.contains { $0["line"] as? Int == 3 && ($0["file"] as? String ?? "").hasSuffix("press-conference-28.jsonl") })
  }
}
