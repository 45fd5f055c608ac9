import Testing

@testable import TimelineKit

/// The compact protocol's bytes, from the Thrift specification (thrift/doc/specs/thrift-compact-protocol.md).
@Suite struct ThriftCompactTests {
  @Test(arguments: [
    (Int64(0), UInt64(0)), (-1, 1), (1, 2), (-2, 3), (2_147_483_647, 4_294_967_294), (-2_147_483_648, 4_294_967_295),
    (Int64.max, UInt64.max - 1), (Int64.min, UInt64.max),
  ])
  func zigzag(_ n: Int64, _ expected: UInt64) {
    #expect(ThriftCompactWriter.zigzag(n) == expected)
  }

  @Test func varintsAreLittleEndianBase128() {
    var t = ThriftCompactWriter()
    t.writeVarint(0)
    t.writeVarint(1)
    t.writeVarint(127)
    t.writeVarint(128)
    t.writeVarint(300)
    t.writeVarint(16_384)
    #expect(t.bytes == [0x00, 0x01, 0x7F, 0x80, 0x01, 0xAC, 0x02, 0x80, 0x80, 0x01])
  }

  @Test func shortFieldHeadersCarryTheDeltaAndTheType() {
    var t = ThriftCompactWriter()
    t.writeStruct { s in
      s.field(1, i32: 3)  // delta 1, type 5 (i32): 0x15, zigzag(3) = 6
      s.field(2, i64: -1)  // delta 1, type 6 (i64): 0x16, zigzag(-1) = 1
      s.field(5, bool: true)  // delta 3, type 1 (true): 0x31, no value byte
      s.field(6, bool: false)  // delta 1, type 2 (false): 0x12
      s.field(8, string: "ab")  // delta 2, type 8 (binary): 0x28, length 2, bytes
    }
    #expect(t.bytes == [0x15, 0x06, 0x16, 0x01, 0x31, 0x12, 0x28, 0x02, 0x61, 0x62, 0x00])
  }

  @Test func aJumpOfMoreThan15IsALongFieldHeader() {
    var t = ThriftCompactWriter()
    t.writeStruct { s in
      s.field(1, i32: 0)
      s.field(17, i32: 0)  // delta 16: the type byte 0x05, then the id as a zigzag varint (34 = 0x22)
    }
    #expect(t.bytes == [0x15, 0x00, 0x05, 0x22, 0x00, 0x00])
  }

  @Test func nestedStructsCountTheirFieldIdsFromZero() {
    var t = ThriftCompactWriter()
    t.writeStruct { s in
      s.field(3) { inner in inner.field(1, i32: 1) }  // 0x3C: delta 3, struct; inner 0x15 0x02, STOP
      s.field(4, i32: 1)  // delta 1 from the outer field 3, not from the inner field 1
    }
    #expect(t.bytes == [0x3C, 0x15, 0x02, 0x00, 0x15, 0x02, 0x00])
  }

  @Test func listHeadersHoldShortSizesInTheHighNibble() {
    var t = ThriftCompactWriter()
    t.writeStruct { s in
      s.field(1, i32List: [1, 2, 3])  // 0x19 (list), 0x35 (3 × i32), 2 4 6
      s.field(2, stringList: Array(repeating: "x", count: 20))  // 0x19, 0xF8 (long form, binary), varint 20
    }
    #expect(Array(t.bytes.prefix(9)) == [0x19, 0x35, 0x02, 0x04, 0x06, 0x19, 0xF8, 0x14, 0x01])
    #expect(t.bytes.count == 8 + 20 * 2 + 1)
    #expect(t.bytes.last == 0x00)
  }

  @Test func theTestReaderDecodesWhatTheWriterWrote() throws {
    var t = ThriftCompactWriter()
    t.writeStruct { s in
      s.field(1, i32: -7)
      s.field(2, i64: 1_641_787_200_000_000)
      s.field(4, string: "郑州")
      s.field(20, structList: [1, 2]) { e, v in e.field(1, i32: Int32(v)) }
      s.field(21, bool: true)
    }
    var r = ThriftCompactReader(t.bytes)
    let v = try r.structure()
    #expect(r.at == t.bytes.count)
    #expect(v[1]?.int == -7)
    #expect(v[2]?.int == 1_641_787_200_000_000)
    #expect(v[4]?.string == "郑州")
    #expect(v[20]?.list?.map { $0[1]?.int } == [1, 2])
    #expect(v[21] == .bool(true))
  }
}

/// The RLE / bit-packed hybrid of the Parquet specification (Encodings.md).
@Suite struct ParquetHybridTests {
  @Test func theSpecificationsBitPackingExample() {
    // "using bit width 3, the values 0 through 7 are encoded as 10001000 11000110 11111010"
    var out: [UInt8] = []
    ParquetEncoding.appendHybrid([0, 1, 2, 3, 4, 5, 6, 7], bitWidth: 3, into: &out)
    #expect(out == [0x03, 0b1000_1000, 0b1100_0110, 0b1111_1010])
  }

  @Test func aRunOfEightOrMoreIsAnRLERun() {
    var out: [UInt8] = []
    ParquetEncoding.appendHybrid(Array(repeating: 1, count: 10), bitWidth: 1, into: &out)
    #expect(out == [0x14, 0x01])  // varint(10 << 1), the value in one byte
    out = []
    ParquetEncoding.appendHybrid(Array(repeating: 300, count: 200), bitWidth: 9, into: &out)
    #expect(out == [0x90, 0x03, 0x2C, 0x01])  // varint(400), 300 in two little-endian bytes
  }

  @Test func aShortTailIsPaddedToAGroupOfEight() {
    var out: [UInt8] = []
    ParquetEncoding.appendHybrid([1, 0, 1], bitWidth: 1, into: &out)
    #expect(out == [0x03, 0b0000_0101])
  }

  @Test(arguments: [1, 2, 3, 7, 8, 13, 17])
  func roundTripsThroughTheSpecificationDecoder(bitWidth: Int) throws {
    var rng = ReplayPropertyTests.Random(state: UInt64(bitWidth))
    for length in [0, 1, 7, 8, 9, 63, 64, 65, 503, 504, 505, 2000] {
      let maxValue = UInt32((1 << bitWidth) - 1)
      // Runs and noise mixed, so that both kinds of run and their boundaries occur.
      var values: [UInt32] = []
      while values.count < length {
        let v = UInt32(rng.next() % UInt64(maxValue + 1))
        let run = rng.next() % 3 == 0 ? Int(rng.next() % 20) + 1 : 1
        values += Array(repeating: v, count: min(run, length - values.count))
      }
      var out: [UInt8] = []
      ParquetEncoding.appendHybrid(values, bitWidth: bitWidth, into: &out)
      #expect(try ParquetTestFile.hybrid(out, bitWidth: bitWidth, count: length) == values, "length \(length)")
    }
  }
}
