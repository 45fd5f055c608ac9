import Foundation
import Testing

@testable import TimelineKit

/// `export events --format parquet --output DIR`: one file per log under its recorded_date partition, rows sorted,
/// and a later export rewrites only the files of logs that changed.
@Suite struct ParquetLakeTests {
  /// A fixture with two logs: b1 (recorded 2022-01-11, three events) and b2 (recorded 2022-01-12, two events).
  static func twoLogs() throws -> Fixture {
    let f = try Fixture()
    try Fixture.sourceText.write(toFile: f.path("sources/b2.txt"), atomically: true, encoding: .utf8)
    try f.append([
      Fixture.briefing(),
      Fixture.dineIn("b1-003", effective: "2022-01-09T00:00+08:00", rule: "resumed"),
      Fixture.dineIn("b1-002"),
    ])
    try f.append(
      [
        Fixture.briefing("b2", id: "b2-001", recorded: "2022-01-12T00:00+08:00").replacingOccurrences(of: "sources/b1.txt", with: "sources/b2.txt"),
        Fixture.dineIn("b2-002", log: "b2", effective: "2022-01-12T00:00+08:00", recorded: "2022-01-12T00:00+08:00"),
      ], to: "b2")
    return f
  }

  static func export(_ f: Fixture, _ lake: String) -> (status: Int32, out: String, err: String) {
    InProcessCLI.run(["export", "events", "--format", "parquet", "--output", lake], events: f.dir)
  }

  static func identity(_ path: String) -> (inode: UInt64, mtime: Int64)? {
    FileIO.status(path).map { ($0.inode, $0.mtimeNanos) }
  }

  @Test func oneFilePerLogUnderTheDayItsBriefingWasRecorded() throws {
    let f = try Self.twoLogs()
    defer { f.remove() }
    let lake = f.dir + "-lake"
    let r = Self.export(f, lake)
    #expect(r.status == 0, "\(r.err)")
    #expect(r.err == "wrote 2 of 2 files (5 rows) to \(lake)\n")
    let b1 = try ParquetTestFile(path: lake + "/recorded_date=2022-01-11/b1.parquet")
    let b2 = try ParquetTestFile(path: lake + "/recorded_date=2022-01-12/b2.parquet")
    #expect(b1.rowCount == 3 && b2.rowCount == 2)
    // Sorted by subject, then effective: the briefing's subject sorts first, b1-002 (Jan 8) before b1-003 (Jan 9).
    #expect(try b1.strings("id") == ["b1-001", "b1-002", "b1-003"])
    #expect(try b1.strings("log") == ["b1", "b1", "b1"])
    #expect(try b1.column("seq") == [.int(1), .int(3), .int(2)])
    #expect(try b1.strings("effective_text") == ["2022-01-11T00:00+08:00", "2022-01-08T12:00+08:00", "2022-01-09T00:00+08:00"])
    #expect(try b1.strings("rule") == [nil, "suspended citywide", "resumed"])
    #expect(try b1.strings("data_json")[1] == #"{"rule":"suspended citywide","scope":"city"}"#)
    // The partition column lives in the directory name only, so readers do not see it twice.
    #expect(!b1.columnNames.contains("recorded_date"))
    let kv = Dictionary(uniqueKeysWithValues: b1.meta[5]!.list!.map { ($0[1]!.string!, $0[2]!.string!) })
    #expect(kv["timeline.log"] == "b1")
    #expect(kv["timeline.log_bytes"] == String(try f.read("b1").count))
    let lastLine = try f.lines("b1").last!
    #expect(kv["timeline.last_line_sha256"] == SHA256.hash(Array(lastLine.utf8)).hex)
  }

  /// `--output lake/events` in a fresh directory, as the README shows it: the missing parents are created; a file
  /// in the way is a clear error naming it.
  @Test func theLakeDirectoryIsCreatedWithItsParents() throws {
    let f = try Self.twoLogs()
    defer { f.remove() }
    let root = f.dir + "-nested"
    defer { try? FileManager.default.removeItem(atPath: root) }
    let r = Self.export(f, root + "/lake/events")
    #expect(r.status == 0, "\(r.err)")
    #expect(FileManager.default.fileExists(atPath: root + "/lake/events/recorded_date=2022-01-11/b1.parquet"))
    try Data("not a directory".utf8).write(to: URL(fileURLWithPath: root + "/file"))
    let blocked = Self.export(f, root + "/file/events")
    #expect(blocked.status == 1)
    #expect(blocked.err.contains(root + "/file/events") && blocked.err.contains("create directory"), "\(blocked.err)")
  }

  @Test func aSecondExportLeavesEveryFileUntouchedAndAnAppendRewritesOnlyItsLog() throws {
    let f = try Self.twoLogs()
    defer { f.remove() }
    let lake = f.dir + "-lake"
    let b1 = lake + "/recorded_date=2022-01-11/b1.parquet"
    let b2 = lake + "/recorded_date=2022-01-12/b2.parquet"
    #expect(Self.export(f, lake).status == 0)
    let before = (try #require(Self.identity(b1)), try #require(Self.identity(b2)))
    let manifest = try String(contentsOfFile: lake + "/" + ParquetLake.manifestName, encoding: .utf8)

    let again = Self.export(f, lake)
    #expect(again.err == "wrote 0 of 2 files (0 rows) to \(lake); 2 unchanged logs left as they were\n")
    #expect(Self.identity(b1)! == before.0 && Self.identity(b2)! == before.1)
    #expect(try String(contentsOfFile: lake + "/" + ParquetLake.manifestName, encoding: .utf8) == manifest)

    try f.append([Fixture.dineIn("b2-003", log: "b2", effective: "2022-01-13T00:00+08:00", recorded: "2022-01-12T00:00+08:00")], to: "b2")
    let after = Self.export(f, lake)
    #expect(after.err == "wrote 1 of 2 files (3 rows) to \(lake); 1 unchanged logs left as they were\n")
    #expect(Self.identity(b1)! == before.0, "b1 did not change: its file must not be rewritten")
    #expect(Self.identity(b2)!.inode != before.1.inode, "b2 changed: its file is replaced")
    #expect(try ParquetTestFile(path: b2).rowCount == 3)
  }

  @Test func aMissingOrAlteredFileIsWrittenAgain() throws {
    let f = try Self.twoLogs()
    defer { f.remove() }
    let lake = f.dir + "-lake"
    let b1 = lake + "/recorded_date=2022-01-11/b1.parquet"
    #expect(Self.export(f, lake).status == 0)
    try FileManager.default.removeItem(atPath: b1)
    #expect(Self.export(f, lake).err == "wrote 1 of 2 files (3 rows) to \(lake); 1 unchanged logs left as they were\n")
    #expect(try ParquetTestFile(path: b1).rowCount == 3)
    try Data("PAR1".utf8).write(to: URL(fileURLWithPath: b1))
    #expect(Self.export(f, lake).err == "wrote 1 of 2 files (3 rows) to \(lake); 1 unchanged logs left as they were\n")
    #expect(try ParquetTestFile(path: b1).rowCount == 3)
  }

  @Test func aManifestOfAnotherSchemaRewritesEveryFile() throws {
    let f = try Self.twoLogs()
    defer { f.remove() }
    let lake = f.dir + "-lake"
    #expect(Self.export(f, lake).status == 0)
    let path = lake + "/" + ParquetLake.manifestName
    let manifest = try String(contentsOfFile: path, encoding: .utf8)
    #expect(manifest.hasPrefix("timeline parquet lake 1 schema "))
    let older = manifest.replacingOccurrences(of: ParquetLake.manifestHeader, with: "timeline parquet lake 1 schema 0000000000000000")
    try older.write(toFile: path, atomically: true, encoding: .utf8)
    #expect(Self.export(f, lake).err == "wrote 2 of 2 files (5 rows) to \(lake)\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == manifest)
  }

  @Test func aManifestFromElsewhereNeverRemovesFilesOutsideTheLake() throws {
    let f = try Self.twoLogs()
    defer { f.remove() }
    let lake = f.dir + "-lake"
    try FileManager.default.createDirectory(atPath: lake, withIntermediateDirectories: true)
    let victim = f.dir + "-victim.parquet"
    try Data("keep".utf8).write(to: URL(fileURLWithPath: victim))
    let forged = ParquetLake.manifestHeader + "\ngone\t1\tx\t../\(URL(fileURLWithPath: victim).lastPathComponent)\t4\n"
    try forged.write(toFile: lake + "/" + ParquetLake.manifestName, atomically: true, encoding: .utf8)
    #expect(Self.export(f, lake).status == 0)
    #expect(FileManager.default.fileExists(atPath: victim))
  }
}
