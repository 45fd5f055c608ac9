import Foundation
import Testing

@testable import TimelineKit

/// Reads the writer's files with Apache Arrow's own reader, when a Python with pyarrow is at hand: in
/// `$TIMELINE_PYARROW_PYTHON`, `bench-data/venv` or `/tmp/pqvenv` (made by `python3 -m venv`; pip install pyarrow),
/// or the `python3` on PATH. Never installs anything; says so on standard output and passes when there is none.
@Suite struct ParquetPyArrowTests {
  static let python: String? = {
    var candidates: [String] = []
    if let p = ProcessInfo.processInfo.environment["TIMELINE_PYARROW_PYTHON"] { candidates.append(p) }
    let root = URL(fileURLWithPath: RealData.directory).deletingLastPathComponent().path
    candidates += [root + "/bench-data/venv/bin/python3", "/tmp/pqvenv/bin/python3", "/usr/bin/python3", "/usr/local/bin/python3"]
    return candidates.first { FileManager.default.isExecutableFile(atPath: $0) && run($0, ["-c", "import pyarrow"])?.status == 0 }
  }()

  static func run(_ python: String, _ args: [String]) -> (status: Int32, out: String)? {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: python)
    p.arguments = args
    let out = Pipe()
    p.standardOutput = out
    p.standardError = out
    do { try p.run() } catch { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  static let script = """
    import sys, pyarrow.parquet as pq
    t = pq.read_table(sys.argv[1])
    print(t.num_rows)
    for f in t.schema: print(f.name, f.type, f.nullable)
    print("subjects", "|".join(t.column("subject").to_pylist()))
    """

  @Test func pyarrowReadsTheStateTypedAndTheLakeWithItsPartitions() throws {
    guard let python = Self.python else {
      print("ParquetPyArrowTests: skipped, no python3 with pyarrow (set TIMELINE_PYARROW_PYTHON to one)")
      return
    }
    let path = ParquetExportTests.temporaryPath("state.parquet")
    #expect(InProcessCLI.run(["export", "state", "--at", "2022-01-10T12:00", "--format", "parquet", "--output", path]).status == 0)
    let csv = try #require(readStrictCSV(Array(InProcessCLI.run(["export", "state", "--at", "2022-01-10T12:00"]).out.utf8), crlf: false))
    let r = try #require(Self.run(python, ["-c", Self.script, path]))
    #expect(r.status == 0, "\(r.out)")
    let lines = r.out.split(separator: "\n").map(String.init)
    #expect(lines.first == String(csv.count - 1))
    #expect(lines.contains("at timestamp[us, tz=UTC] False"))
    #expect(lines.contains("at_text string False"))
    #expect(lines.contains("subject string False"))
    #expect(lines.contains("value double True"))
    #expect(lines.contains("effective timestamp[us, tz=UTC] True"))
    #expect(lines.contains("age_days double True"))
    let subject = csv[0].firstIndex(of: "subject")!
    #expect(lines.last == "subjects " + csv.dropFirst().map { $0[subject] }.joined(separator: "|"))

    let lake = ParquetExportTests.temporaryPath("lake")
    #expect(InProcessCLI.run(["export", "events", "--format", "parquet", "--output", lake]).status == 0)
    let dataset = """
      import sys, pyarrow.dataset as ds
      d = ds.dataset(sys.argv[1], format="parquet", partitioning="hive")
      t = d.to_table()
      print(t.num_rows, sorted(set(str(x) for x in t.column("recorded_date").to_pylist()))[0], t.schema.field("recorded").type)
      """
    let changes = try #require(readStrictCSV(Array(InProcessCLI.run(["changes", "--format", "csv"]).out.utf8), crlf: false))
    let d = try #require(Self.run(python, ["-c", dataset, lake]))
    #expect(d.status == 0, "\(d.out)")
    #expect(d.out == "\(changes.count - 1) 2022-01-08 timestamp[us, tz=UTC]\n")
  }
}
