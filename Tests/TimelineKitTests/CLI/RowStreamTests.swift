import Foundation
import Testing

@testable import TimelineKit

/// Streamed exports (`export changes`, `export metrics`, `changes --format csv|json`) write their rows chunk by
/// chunk: one header and one byte order mark at the very start, whatever the number of chunks, and the same bytes as
/// the whole table rendered at once.
@Suite("Streamed rows")
struct RowStreamTests {
  final class Box: @unchecked Sendable {  // Written only by the synchronous calls of one test.
    var out: [UInt8] = []
  }

  static let columns: [RowSet.Column] = [.init("subject"), .init("value", numeric: true), .init("quote")]
  static func chunk(_ rows: [[String]]) -> RowSet {
    var rs = RowSet(columns: columns)
    for r in rows { rs.append(r) }
    return rs
  }
  static let parts = [
    [["measure:dine-in@city", "", "暂停堂食"], ["metric:new-cases@erqi", "-5", "=1+1"]],
    [["zone:控制区@jinshui", "", "a,b"]],
    [],
    [["metric:new-cases@city", "12", ""]],
  ]

  func stream(json: Bool, csv: CSVOptions, selection: [String]? = nil, parts: [[[String]]]) throws -> [UInt8] {
    let box = Box()
    let io = CommandIO(writeOut: { box.out += $0 }, writeErr: { _ in }, readInput: { [] })
    var s = try RowStream(columns: Self.columns, selection: selection, path: nil, format: json ? .json : .csv, csv: csv, table: "test", io: io)
    for p in parts { try s.write(Self.chunk(p)) }
    try s.finish()
    #expect(s.rows == parts.joined().count)
    return box.out
  }

  @Test func csvInChunksIsTheWholeTableWithOneHeaderAndOneByteOrderMark() throws {
    let options = CSVOptions(lineEnding: .crlf, byteOrderMark: true)
    let whole = Self.chunk(Array(Self.parts.joined())).renderCSV(options: options)
    let streamed = try stream(json: false, csv: options, parts: Self.parts)
    #expect(streamed == whole)
    #expect(String(decoding: streamed, as: UTF8.self).components(separatedBy: "subject,value,quote").count == 2)
    #expect(Array(streamed.prefix(3)) == [0xEF, 0xBB, 0xBF])
    #expect(!streamed.dropFirst(3).starts(with: [0xEF, 0xBB, 0xBF]))
  }

  @Test func jsonLinesInChunksIsTheWholeTable() throws {
    let whole = Self.chunk(Array(Self.parts.joined())).renderJSON()
    #expect(try stream(json: true, csv: CSVOptions(), parts: Self.parts) == whole)
  }

  @Test func noRowsStillWritesTheHeaderOfTheSelectedColumns() throws {
    let out = try stream(json: false, csv: CSVOptions(), selection: ["quote", "subject"], parts: [[], []])
    #expect(String(decoding: out, as: UTF8.self) == "quote,subject\n")
    #expect(try stream(json: true, csv: CSVOptions(), parts: []).isEmpty)
  }

  @Test func theSelectionAppliesToEveryChunk() throws {
    let out = String(decoding: try stream(json: false, csv: CSVOptions(), selection: ["value"], parts: Self.parts), as: UTF8.self)
    // A record of one empty field is written `""` (an empty line would read as no record).
    #expect(out == "value\n\"\"\n-5\n\"\"\n12\n")
  }

  /// The real logs: the streamed export of every change is the change log of the table, row for row.
  @Test func exportChangesOfTheRealLogsHasOneRowPerEventOfTheChangeLog() throws {
    let r = InProcessCLI.run(["export", "changes"])
    #expect(r.status == 0, "\(r.err)")
    let (table, catalogue) = try QuerySupport.table(RealData.directory)
    let entries = try table.changeEntries(catalogue: catalogue)
    #expect(entries.count == 222)
    #expect(r.out.hasPrefix(Views.changeColumns.map(\.name).joined(separator: ",") + "\n"))
    #expect(r.out.components(separatedBy: "effective,until,recorded").count == 2)
    let csv = EndToEndTests.parseCSV(r.out)
    #expect(csv.count == entries.count + 1)
    #expect(csv.dropFirst().map { $0[5] } == entries.map(\.event.id))
  }
}
