/// The values of one column for the row group being built, with their statistics, until the row group is
/// written as a column chunk.
struct ParquetColumnBuffer {
  let column: ParquetSchema.Column
  /// PLAIN bytes of INT32, INT64 and DOUBLE values; the bytes of BYTE_ARRAY values end to end (no lengths).
  var values: [UInt8] = []
  /// BYTE_ARRAY only: where each value ends in ``values``.
  var ends: [Int32] = []
  /// OPTIONAL only: 1 for a value, 0 for a null, one per row.
  var levels: [UInt8] = []
  var rows = 0
  var nulls = 0
  /// The extremes of the values so far: integers and doubles by value, byte arrays in unsigned lexicographic order
  /// (the spec's TypeDefinedOrder for BYTE_ARRAY).
  var minInt = Int64.max
  var maxInt = Int64.min
  var minDouble = Double.infinity
  var maxDouble = -Double.infinity
  var minBytes: [UInt8] = []
  var maxBytes: [UInt8] = []

  init(_ column: ParquetSchema.Column) { self.column = column }

  /// Bytes held, for deciding when a row group is large enough.
  var bufferedBytes: Int { values.count + ends.count * 4 + levels.count }
  var valueCount: Int { rows - nulls }

  mutating func appendNull() {
    precondition(column.repetition == .optional, "null in required column \(column.name)")
    levels.append(0)
    rows += 1
    nulls += 1
  }

  private mutating func defined() {
    if column.repetition == .optional { levels.append(1) }
    rows += 1
  }

  mutating func append(int64 v: Int64) {
    defined()
    ParquetEncoding.appendLittleEndian(v, into: &values)
    minInt = min(minInt, v)
    maxInt = max(maxInt, v)
  }

  mutating func append(int32 v: Int32) {
    defined()
    ParquetEncoding.appendLittleEndian(v, into: &values)
    minInt = min(minInt, Int64(v))
    maxInt = max(maxInt, Int64(v))
  }

  mutating func append(double v: Double) {
    defined()
    ParquetEncoding.appendLittleEndian(v.bitPattern, into: &values)
    if !v.isNaN {
      minDouble = min(minDouble, v)
      maxDouble = max(maxDouble, v)
    }
  }

  mutating func append(bytes v: UnsafeBufferPointer<UInt8>) {
    defined()
    values.append(contentsOf: v)
    ends.append(Int32(values.count))
    if ends.count == 1 {
      minBytes = Array(v)
      maxBytes = Array(v)
    } else {
      if v.lexicographicallyPrecedes(minBytes) { minBytes = Array(v) }
      if maxBytes.lexicographicallyPrecedes(v) { maxBytes = Array(v) }
    }
  }

  mutating func append<C: Collection>(bytes v: C) where C.Element == UInt8 {
    let array = Array(v)
    array.withUnsafeBufferPointer { append(bytes: $0) }
  }

  /// The `i`th BYTE_ARRAY value.
  func value(_ i: Int) -> ArraySlice<UInt8> { values[(i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i])] }

  /// The statistics' min and max as the spec stores them (little-endian integers and doubles, byte arrays as
  /// they are), or `nil` when there are no values, or a byte array extreme is longer than
  /// ``maximumStatisticsLength`` (a long quote is no use for skipping, and readers would copy it for every chunk).
  func extremes() -> (min: [UInt8], max: [UInt8])? {
    guard valueCount > 0 else { return nil }
    var lo: [UInt8] = []
    var hi: [UInt8] = []
    switch column.type {
    case .int64:
      ParquetEncoding.appendLittleEndian(minInt, into: &lo)
      ParquetEncoding.appendLittleEndian(maxInt, into: &hi)
    case .int32:
      ParquetEncoding.appendLittleEndian(Int32(minInt), into: &lo)
      ParquetEncoding.appendLittleEndian(Int32(maxInt), into: &hi)
    case .double:
      guard minDouble <= maxDouble else { return nil }
      ParquetEncoding.appendLittleEndian(minDouble.bitPattern, into: &lo)
      ParquetEncoding.appendLittleEndian(maxDouble.bitPattern, into: &hi)
    case .byteArray:
      lo = minBytes
      hi = maxBytes
      guard lo.count <= ParquetColumnBuffer.maximumStatisticsLength, hi.count <= ParquetColumnBuffer.maximumStatisticsLength else { return nil }
    }
    return (lo, hi)
  }

  /// The longest BYTE_ARRAY min or max written as a statistic.
  static let maximumStatisticsLength = 256

  /// Empties the buffer for the next row group, keeping its storage.
  mutating func reset() {
    values.removeAll(keepingCapacity: true)
    ends.removeAll(keepingCapacity: true)
    levels.removeAll(keepingCapacity: true)
    rows = 0
    nulls = 0
    minInt = Int64.max
    maxInt = Int64.min
    minDouble = Double.infinity
    maxDouble = -Double.infinity
    minBytes = []
    maxBytes = []
  }
}
