import Testing

@testable import TimelineKit

/// The writer's bytes against the Apache Parquet specification (parquet-format: the file layout, `parquet.thrift`),
/// read back by the independent reader in ParquetTestReader.swift.
@Suite struct ParquetWriterTests {
  static let fields = [
    ParquetTable.Field(name: "subject", kind: .string, required: true),
    ParquetTable.Field(name: "effective", kind: .timestamp, required: false),
    ParquetTable.Field(name: "seq", kind: .int64, required: true),
    ParquetTable.Field(name: "value", kind: .double, required: false),
    ParquetTable.Field(name: "date", kind: .date, required: false),
  ]
  static let rows = [
    ["zone:b", "2022-01-08T12:00+08:00", "3", "47", "2022-01-08"],
    ["zone:a", "", "1", "", ""],
    ["zone:é", "2022-01-10T00:00+08:00", "2", "-0.5", "1969-12-31"],
  ]

  /// Writes rows of `fields` into bytes.
  static func write(
    _ fields: [ParquetTable.Field], _ rows: [[String]], rowGroupRows: Int = 1 << 20, keyValues: [(key: String, value: String)] = []
  ) throws -> [UInt8] {
    final class Box { var bytes: [UInt8] = [] }
    let box = Box()
    var t = ParquetTable(fields: fields, keyValues: keyValues, rowGroupRows: rowGroupRows) { (b: [UInt8]) throws(TimelineError) in
      box.bytes += b
    }
    for r in rows { try t.append(row: r) }
    try t.finish()
    return box.bytes
  }

  @Test func magicAtBothEndsAndTheFooterLengthBeforeTheLastOne() throws {
    let b = try Self.write(Self.fields, Self.rows)
    #expect(Array(b.prefix(4)) == [0x50, 0x41, 0x52, 0x31])
    #expect(Array(b.suffix(4)) == [0x50, 0x41, 0x52, 0x31])
    let f = try ParquetTestFile(b)
    // The footer ends exactly at the 4-byte little-endian length, which ends at the final magic.
    #expect(f.footerLength > 0 && f.footerLength < b.count - 12)
    #expect(f.meta[1]?.int == 1)  // version
    #expect(f.meta[3]?.int == 3)  // num_rows
    #expect(f.meta[6]?.string == "timeline 0.1.0")  // created_by
  }

  @Test func theSchemaIsARootAndTypedLeaves() throws {
    let f = try ParquetTestFile(try Self.write(Self.fields, Self.rows))
    let schema = f.meta[2]!.list!
    #expect(schema[0][4]?.string == "schema")
    #expect(schema[0][5]?.int == 6)  // num_children: a time is two columns
    #expect(f.columnNames == ["subject", "effective", "effective_text", "seq", "value", "date"])
    // (type, repetition, converted_type) per leaf: BYTE_ARRAY=6, INT64=2, DOUBLE=5, INT32=1; REQUIRED=0, OPTIONAL=1;
    // UTF8=0, TIMESTAMP_MICROS=10, DATE=6.
    let leaves = f.leaves.map { [$0[1]?.int, $0[3]?.int, $0[6]?.int] }
    #expect(leaves == [[6, 0, 0], [2, 1, 10], [6, 1, 0], [2, 0, nil], [5, 1, nil], [1, 1, 6]])
    // LogicalType: STRING is field 1 (empty struct); TIMESTAMP is field 8 {isAdjustedToUTC: true, unit: MICROS (2)}; DATE is 6.
    #expect(f.leaves[0][10] == .structure([1: .structure([:])]))
    #expect(f.leaves[1][10] == .structure([8: .structure([1: .bool(true), 2: .structure([2: .structure([:])])])]))
    #expect(f.leaves[5][10] == .structure([6: .structure([:])]))
    #expect(f.leaves[3][10] == nil)
  }

  @Test func columnChunksSayWhereTheirPagesAreAndNeverNameAnotherFile() throws {
    let b = try Self.write(Self.fields, Self.rows)
    let f = try ParquetTestFile(b)
    let group = f.rowGroups[0]
    #expect(group[3]?.int == 3)
    var end = 4
    for (c, chunk) in group[1]!.list!.enumerated() {
      #expect(chunk[1] == nil, "file_path must not be set")
      let m = chunk[3]!
      #expect(m[1]?.int == f.leaves[c][1]?.int)  // type
      #expect(m[3]?.list?.compactMap(\.string) == [f.columnNames[c]])  // path_in_schema
      #expect(m[4]?.int == 0)  // UNCOMPRESSED
      #expect(m[5]?.int == 3)  // num_values
      #expect(m[6]?.int == m[7]?.int)  // uncompressed = compressed
      let start = Int(m[11]?.int ?? m[9]!.int!)
      #expect(start == end, "chunks follow one another from the magic on")
      #expect(chunk[2]?.int == Int64(start))
      end = start + Int(m[7]!.int!)
      // The data page header at data_page_offset: DATA_PAGE (0), 3 values, RLE levels.
      var r = ThriftCompactReader(b, at: Int(m[9]!.int!))
      let page = try r.structure()
      #expect(page[1]?.int == 0)
      #expect(page[5]?[1]?.int == 3)
      #expect(page[5]?[3]?.int == 3 && page[5]?[4]?.int == 3)
    }
    #expect(end == b.count - 8 - f.footerLength, "the footer follows the last chunk")
    // Every column declares the type-defined order, so readers use min_value and max_value.
    #expect(f.meta[7]?.list?.count == 6)
    #expect(f.meta[7]?.list?.allSatisfy { $0 == .structure([1: .structure([:])]) } == true)
  }

  @Test func statisticsHoldMinMaxInTheSpecsByteForm() throws {
    let f = try ParquetTestFile(try Self.write(Self.fields, Self.rows))
    let stats = f.rowGroups[0][1]!.list!.map { $0[3]![12]! }
    // Strings: unsigned byte order, so "é" (0xC3 0xA9) sorts after "b"; no deprecated min/max for byte arrays.
    #expect(stats[0][6]?.string == "zone:a")
    #expect(stats[0][5]?.string == "zone:é")
    #expect(stats[0][1] == nil && stats[0][2] == nil)
    #expect(stats[0][3]?.int == 0)
    // INT64 timestamps: 8 little-endian bytes of microseconds; one null.
    let micros = { (v: Int64) in (0..<8).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    #expect(stats[1][6]?.bytes == micros(1_641_614_400_000_000))  // 2022-01-08T04:00Z
    #expect(stats[1][5]?.bytes == micros(1_641_744_000_000_000))  // 2022-01-09T16:00Z
    #expect(stats[1][3]?.int == 1)
    #expect(stats[3][6]?.bytes == micros(1) && stats[3][5]?.bytes == micros(3))
    #expect(stats[3][2]?.bytes == micros(1) && stats[3][1]?.bytes == micros(3))  // numbers also in the old fields
    #expect(stats[4][6]?.bytes == micros(Int64(bitPattern: (-0.5).bitPattern)))
    #expect(stats[5][6]?.bytes == [0xFF, 0xFF, 0xFF, 0xFF])  // DATE 1969-12-31 is day -1
  }

  @Test func valuesAndNullsReadBack() throws {
    let f = try ParquetTestFile(try Self.write(Self.fields, Self.rows))
    #expect(try f.strings("subject") == ["zone:b", "zone:a", "zone:é"])
    #expect(try f.column("effective") == [.int(1_641_614_400_000_000), nil, .int(1_641_744_000_000_000)])
    #expect(try f.strings("effective_text") == ["2022-01-08T12:00+08:00", nil, "2022-01-10T00:00+08:00"])
    #expect(try f.column("seq") == [.int(3), .int(1), .int(2)])
    #expect(try f.column("value") == [.double(47), nil, .double(-0.5)])
    #expect(try f.column("date") == [.int(19_000), nil, .int(-1)])
  }

  @Test func repetitiveStringsGetADictionaryPageAndUniqueOnesDoNot() throws {
    let fields = [
      ParquetTable.Field(name: "status", kind: .string, required: true), ParquetTable.Field(name: "id", kind: .string, required: false),
    ]
    let statuses = ["in force", "unconfirmed", "not in force"]
    let rows = (0..<100).map { [statuses[$0 % 3], $0 % 10 == 0 ? "" : "e\($0)"] }
    let f = try ParquetTestFile(try Self.write(fields, rows))
    let chunks = f.rowGroups[0][1]!.list!
    let status = chunks[0][3]!
    #expect(status[11] != nil)  // dictionary_page_offset
    #expect(Set(status[2]!.list!.compactMap(\.int)) == [0, 8])  // PLAIN (the dictionary), RLE_DICTIONARY
    var r = ThriftCompactReader(f.bytes, at: Int(status[11]!.int!))
    let page = try r.structure()
    #expect(page[1]?.int == 2)  // DICTIONARY_PAGE
    #expect(page[7]?[1]?.int == 3 && page[7]?[2]?.int == 0)  // 3 values, PLAIN
    #expect(chunks[1][3]![11] == nil)
    #expect(Set(chunks[1][3]![2]!.list!.compactMap(\.int)) == [0, 3])  // PLAIN values, RLE levels
    #expect(try f.strings("status") == rows.map { $0[0] })
    #expect(try f.strings("id") == rows.map { $0[1].isEmpty ? nil : $0[1] })
  }

  @Test func rowGroupsAreWrittenAsTheyFill() throws {
    let rows = (0..<5).map { ["zone:\($0)", "", String($0), "", ""] }
    let f = try ParquetTestFile(try Self.write(Self.fields, rows, rowGroupRows: 2))
    #expect(f.rowGroups.map { $0[3]?.int } == [2, 2, 1])
    #expect(f.rowCount == 5)
    #expect(try f.column("seq") == (0..<5).map { .int(Int64($0)) })
    // Each row group's statistics are its own.
    #expect(f.rowGroups.map { $0[1]!.list![0][3]![12]![6]?.string } == ["zone:0", "zone:2", "zone:4"])
  }

  @Test func aFullRowGroupReachesTheSinkBeforeTheTableEnds() throws {
    final class Box { var bytes: [UInt8] = [] }
    let box = Box()
    var t = ParquetTable(fields: Self.fields, rowGroupRows: 2) { (b: [UInt8]) throws(TimelineError) in box.bytes += b }
    try t.append(row: Self.rows[0])
    #expect(box.bytes.isEmpty)
    try t.append(row: Self.rows[1])
    // The first row group is written: the magic and its column chunks, no footer yet.
    #expect(Array(box.bytes.prefix(4)) == ParquetWriter.magic)
    let afterOne = box.bytes.count
    #expect(afterOne > 4)
    try t.append(row: Self.rows[2])
    #expect(box.bytes.count == afterOne)
    try t.finish()
    #expect(try ParquetTestFile(box.bytes).rowGroups.map { $0[3]?.int } == [2, 1])
  }

  @Test func anEmptyTableIsAValidFileWithNoRowGroups() throws {
    let f = try ParquetTestFile(try Self.write(Self.fields, []))
    #expect(f.rowCount == 0)
    #expect(f.rowGroups.isEmpty)
    #expect(f.columnNames.count == 6)
  }

  @Test func keyValueMetadataIsInTheFooter() throws {
    let f = try ParquetTestFile(try Self.write(Self.fields, Self.rows, keyValues: [("timeline.log", "b1")]))
    #expect(f.meta[5]?.list?.map { [$0[1]?.string, $0[2]?.string] } == [["timeline.log", "b1"]])
  }

  @Test func theCellErrorSaysWhichColumnWhatValueAndWhichType() {
    let e = TimelineError(.cellNotOfType(column: "tested", value: "约100万", type: "DOUBLE"))
    #expect(e.description == "column tested: \"约100万\" is not a value of its Parquet type DOUBLE")
  }

  @Test(arguments: [
    ("seq", "1.5", "INT64 (required)"), ("value", "n/a", "DOUBLE"), ("effective", "2022-01-08", "TIMESTAMP(MICROS, UTC)"),
    ("date", "2022-02-30", "DATE"), ("subject", "", "STRING (required)"),
  ])
  func aCellNotOfItsTypeIsAnErrorNamingTheColumn(_ column: String, _ value: String, _ type: String) throws {
    var row = Self.rows[0]
    row[Self.fields.firstIndex { $0.name == column }!] = value
    #expect(throws: TimelineError(.cellNotOfType(column: column, value: value, type: type))) { try Self.write(Self.fields, [row]) }
  }
}
