/// The byte encodings inside Parquet pages: PLAIN values and the RLE / bit-packed hybrid of definition levels
/// and dictionary indices.
enum ParquetEncoding {
  /// Appends `v` little-endian in `count` bytes.
  @inline(__always) static func appendLittleEndian<T: FixedWidthInteger>(_ v: T, _ count: Int = MemoryLayout<T>.size, into out: inout [UInt8]) {
    var x = v
    for _ in 0..<count {
      out.append(UInt8(truncatingIfNeeded: x))
      x = x >> 8
    }
  }

  static func appendVarint(_ value: UInt64, into out: inout [UInt8]) {
    var v = value
    while v >= 0x80 {
      out.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    out.append(UInt8(v))
  }

  /// The bits needed for values up to `maxValue` (0 needs 0 bits).
  static func bitWidth(_ maxValue: UInt32) -> Int { maxValue == 0 ? 0 : 32 - maxValue.leadingZeroBitCount }

  /// The RLE / bit-packed hybrid of the Parquet spec (without its length prefix): runs of 8 or more equal values
  /// as RLE runs (`varint(count << 1)` and the value in ⌈bitWidth/8⌉ little-endian bytes), everything else as
  /// bit-packed runs of groups of 8 values (`varint(groups << 1 | 1)` and the values packed least significant
  /// bit first), at most 63 groups per run. The last group is padded with zeros; readers stop at the page's
  /// value count.
  /// - Complexity: O(n).
  static func appendHybrid(_ values: UnsafeBufferPointer<UInt32>, bitWidth: Int, into out: inout [UInt8]) {
    let n = values.count
    let valueBytes = (bitWidth + 7) / 8
    var literal: [UInt32] = []
    literal.reserveCapacity(504)
    func flushLiteral() {
      guard !literal.isEmpty else { return }
      appendVarint(UInt64(literal.count / 8) << 1 | 1, into: &out)
      var acc: UInt64 = 0
      var bits = 0
      for v in literal {
        acc |= UInt64(v) << UInt64(bits)
        bits += bitWidth
        while bits >= 8 {
          out.append(UInt8(truncatingIfNeeded: acc))
          acc >>= 8
          bits -= 8
        }
      }
      // A multiple of 8 values of any width is a whole number of bytes, so nothing is left over.
      literal.removeAll(keepingCapacity: true)
    }
    var i = 0
    while i < n {
      var run = 1
      while i + run < n && values[i + run] == values[i] { run += 1 }
      if run >= 8 {
        flushLiteral()
        appendVarint(UInt64(run) << 1, into: &out)
        appendLittleEndian(values[i], valueBytes, into: &out)
        i += run
      } else {
        let end = min(i + 8, n)
        for k in i..<end { literal.append(values[k]) }
        for _ in end..<(i + 8) { literal.append(0) }
        i = end
        if literal.count == 504 { flushLiteral() }
      }
    }
    flushLiteral()
  }

  static func appendHybrid(_ values: [UInt32], bitWidth: Int, into out: inout [UInt8]) {
    values.withUnsafeBufferPointer { appendHybrid($0, bitWidth: bitWidth, into: &out) }
  }
}
