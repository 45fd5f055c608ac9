import Foundation
import Testing

@testable import TimelineKit

/// The Parquet exports of the real logs hold the CSV exports' rows, cell for cell, typed.
@Suite struct ParquetExportTests {
  static func temporaryPath(_ name: String) -> String {
    let dir = NSTemporaryDirectory() + "timeline-parquet-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir + "/" + name
  }

  /// Checks a Parquet file against the CSV of the same export: same columns (a time adds `NAME_text`), same
  /// rows in the same order, every cell equal (a time's text, a number's value, an empty cell as a null).
  static func expectSameTable(csv: String, parquet path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let records = try #require(readStrictCSV(Array(csv.utf8), crlf: false), sourceLocation: sourceLocation)
    let header = records[0]
    let rows = Array(records.dropFirst())
    let f = try ParquetTestFile(path: path)
    #expect(f.rowCount == Int64(rows.count), sourceLocation: sourceLocation)
    let expectedColumns = header.flatMap { ParquetTable.timeColumns.contains($0) ? [$0, $0 + "_text"] : [$0] }
    #expect(f.columnNames == expectedColumns, sourceLocation: sourceLocation)
    for (c, name) in header.enumerated() {
      let column = ParquetTable.timeColumns.contains(name) ? name + "_text" : name
      let cells = try f.column(column)
      for (r, row) in rows.enumerated() {
        let text = row[c]
        switch cells[r] {
        case nil: #expect(text.isEmpty, "\(name) row \(r): null for \(text)", sourceLocation: sourceLocation)
        case .bytes(let b)?:
          // CSV neutralises text that a spreadsheet would run as a formula with a leading `'`.
          let s = String(decoding: b, as: UTF8.self)
          #expect(text == s || text == "'" + s, "\(name) row \(r)", sourceLocation: sourceLocation)
        case .double(let d)?: #expect(Double(text) == d, "\(name) row \(r)", sourceLocation: sourceLocation)
        case .int(let i)?:
          if name == "date" {
            #expect(Timestamp.daysFromCivil(year: Int(text.prefix(4))!, month: Int(text.dropFirst(5).prefix(2))!, day: Int(text.suffix(2))!) == i)
          } else {
            #expect(Int64(text) == i, "\(name) row \(r)", sourceLocation: sourceLocation)
          }
        }
      }
      if ParquetTable.timeColumns.contains(name) {
        // The instant is the text's instant.
        for (r, cell) in try f.column(name).enumerated() {
          let expected = rows[r][c].isEmpty ? nil : try Timestamp.parse(rows[r][c]).epochSeconds * 1_000_000
          #expect(cell == expected.map { ParquetTestFile.Cell.int($0) }, "\(name) row \(r)", sourceLocation: sourceLocation)
        }
      }
    }
  }

  @Test(arguments: [
    ["state", "--at", "2022-01-10T12:00"], ["state", "--at", "2022-11-25T12:00", "--known-at", "2022-11-24T12:00"],
    ["changes"], ["metrics"], ["daily", "--from", "2022-01-07", "--to", "2022-01-12"],
    ["daily", "--from", "2022-11-20", "--to", "2022-12-02", "--in-force-only", "--time-of-day", "12:00"],
    ["state", "--at", "2022-01-10T12:00", "--columns", "subject,status,effective"],
  ])
  func theRealLogsExportTheCSVsRows(_ args: [String]) throws {
    let csv = InProcessCLI.run(["export"] + args)
    #expect(csv.status == 0, "\(csv.err)")
    let path = Self.temporaryPath("t.parquet")
    let pq = InProcessCLI.run(["export"] + args + ["--format", "parquet", "--output", path])
    #expect(pq.status == 0, "\(pq.err)")
    #expect(pq.out.isEmpty)
    try Self.expectSameTable(csv: csv.out, parquet: path)
    let rows = try #require(readStrictCSV(Array(csv.out.utf8), crlf: false)).count - 1
    #expect(rows > 0, "an export of no rows would prove little")
    #expect(pq.err == "wrote \(rows) rows to \(path)\n")
  }

  @Test func theStateRowsAreTheCSVsSubjectsAtARealTime() throws {
    let path = Self.temporaryPath("state.parquet")
    #expect(InProcessCLI.run(["export", "state", "--at", "2022-01-10T12:00", "--format", "parquet", "--output", path]).status == 0)
    let csv = try #require(readStrictCSV(Array(InProcessCLI.run(["export", "state", "--at", "2022-01-10T12:00"]).out.utf8), crlf: false))
    let subject = csv[0].firstIndex(of: "subject")!
    #expect(try ParquetTestFile(path: path).strings("subject") == csv.dropFirst().map { $0[subject] })
  }
}

/// The command line's refusals for Parquet, with their exact text.
@Suite struct ParquetUsageErrorTests {
  static let usage =
    "Usage: timeline export TABLE [--at T] [--from T1] [--to T2] [--time-of-day HH:MM] [--in-force-only] [--known-at K] [--district D] [--category C] [--kind KIND] [--stale-after DURATION] [--confirmed-only] [--columns A,B,...] [--output FILE] [--bom] [--crlf] [--format FORMAT] [--events DIR]\nSee 'timeline export --help'.\n"

  @Test func parquetNeedsAFileAndNeverGoesToStandardOutput() {
    let r = InProcessCLI.run(["export", "state", "--at", "2022-01-10", "--format", "parquet"])
    #expect(r.status == 64)
    #expect(r.out.isEmpty)
    #expect(r.err == "Error: Parquet is binary and is written to a file: give --output FILE\n" + Self.usage)
    let events = InProcessCLI.run(["export", "events", "--format", "parquet"])
    #expect(
      events.err == "Error: Parquet is written to files: give --output DIR (one file per log goes under DIR/recorded_date=.../)\n" + Self.usage)
  }

  @Test func theEventsTableIsParquetOnly() {
    let r = InProcessCLI.run(["export", "events"])
    #expect(r.status == 64)
    #expect(r.err == "Error: the events table is written as Parquet only: give --format parquet --output DIR\n" + Self.usage)
  }

  @Test func optionsThatDoNotApplyAreRefused() {
    let dir = ParquetExportTests.temporaryPath("lake")
    let r = InProcessCLI.run(["export", "events", "--format", "parquet", "--output", dir, "--known-at", "2022-01-10"])
    #expect(r.status == 64)
    #expect(r.err == "Error: --known-at does not apply to the events table\n" + Self.usage)
    let bom = InProcessCLI.run(["export", "changes", "--format", "parquet", "--output", dir + ".parquet", "--bom"])
    #expect(bom.err == "Error: --bom does not apply to Parquet (it is for CSV)\n" + Self.usage)
    #expect(!FileManager.default.fileExists(atPath: dir) && !FileManager.default.fileExists(atPath: dir + ".parquet"))
  }

  @Test func anUnknownFormatListsTheThree() {
    let r = InProcessCLI.run(["export", "changes", "--format", "parquett", "--output", "/tmp/x"])
    #expect(r.status == 64)
    #expect(r.err == "Error: invalid value 'parquett' for '--format': expected csv, json or parquet; did you mean 'parquet'?\n" + Self.usage)
  }

  @Test func theLakeMustBeADirectoryOutsideTheEvents() throws {
    let file = ParquetExportTests.temporaryPath("file")
    try Data().write(to: URL(fileURLWithPath: file))
    let link = file + "-link"
    try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: NSTemporaryDirectory())
    for path in [file, link] {
      let r = InProcessCLI.run(["export", "events", "--format", "parquet", "--output", path])
      #expect(r.status == 64)
      #expect(
        r.err == "Error: invalid value '\(path)' for '--output': expected a new directory or a directory to update (not a file or a symbolic link)\n"
          + Self.usage)
    }
    let inside = InProcessCLI.events + "/lake"
    let r = InProcessCLI.run(["export", "events", "--format", "parquet", "--output", inside])
    #expect(r.status == 64)
    #expect(r.err.hasPrefix("Error: invalid value '\(inside)' for '--output': expected a file outside the events directory"))
    #expect(!FileManager.default.fileExists(atPath: inside))
  }
}
