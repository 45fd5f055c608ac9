import Foundation
import Testing

@testable import TimelineKit

/// `tools/compare-oxcgrt.py` runs from one command and finds the differences the README cites. It needs python3 and
/// the reference rows beside the repository (`../shared/reference`, as CI lays them out); without them it is skipped.
@Suite struct OxCGRTComparisonTests {
  static let root = URL(fileURLWithPath: RealData.directory).deletingLastPathComponent().path
  static let reference = root + "/../shared/reference/oxcgrt_henan_2022.csv"
  static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) }
  static var available: Bool {
    python != nil && FileManager.default.fileExists(atPath: reference) && (try? EndToEndTests.binary.get()) != nil
  }

  @Test(.enabled(if: available, "needs python3, ../shared/reference and the built binary"))
  func theComparisonRunsFromOneCommandAndFindsTheLockdownDifference() throws {
    let out = try EndToEndTests.emptyDirectory()
    defer { try? FileManager.default.removeItem(atPath: out) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: Self.python!)
    process.arguments = [Self.root + "/tools/compare-oxcgrt.py", "--binary", try EndToEndTests.binary.get(), "--out-dir", out]
    process.standardOutput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let md = try String(contentsOfFile: out + "/oxcgrt-comparison.md", encoding: .utf8)
    // 25-29 November in 中原区: the open letter's C6 2 general against OxCGRT's 3 targeted, noted "No Policy Change".
    #expect(md.contains("| 2022-11-25 – 11-29 | C6 stay at home | 3 targeted | 2 general | pc35-010 (confirmed) |"))
    #expect(md.contains("No Policy Change. (2022-11-23)"))
    #expect(md.contains("28.3 on 2022-12-07 (OxCGRT 57.41, engine 85.71)"))
    let svg = try String(contentsOfFile: out + "/oxcgrt-stringency.svg", encoding: .utf8)
    #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
    #expect(svg.contains("OxCGRT Henan (province)"))
  }
}
