/// The parts of the Parquet schema the engine writes: flat tables of INT32, INT64, DOUBLE and BYTE_ARRAY
/// columns, each REQUIRED or OPTIONAL, with the logical types STRING, DATE and TIMESTAMP(MICROS, UTC).
///
/// Numbers are the enum values of the Apache Parquet format's `parquet.thrift`.
public enum ParquetSchema {
  /// `Type`: how values are stored.
  public enum PhysicalType: Int32, Sendable {
    case int32 = 1, int64 = 2, double = 5, byteArray = 6
  }

  /// `FieldRepetitionType`.
  public enum Repetition: Int32, Sendable {
    case required = 0, optional = 1
  }

  /// What a column's values mean. Each is written both as the old `ConvertedType` and the newer `LogicalType`
  /// union, so that old readers (Spark 2, Hive) and new ones (Arrow, DuckDB, Polars) read the same type.
  public enum Logical: Sendable, Hashable {
    /// UTF-8 text: ConvertedType UTF8 (0), LogicalType STRING (field 1).
    case string
    /// Days since 1970-01-01 in INT32: ConvertedType DATE (6), LogicalType DATE (field 6).
    case date
    /// Microseconds since 1970-01-01T00:00Z in INT64: ConvertedType TIMESTAMP_MICROS (10), LogicalType TIMESTAMP
    /// (field 8) with isAdjustedToUTC true and unit MICROS.
    case timestampMicrosUTC
  }

  /// One leaf column of a flat table.
  public struct Column: Sendable, Hashable {
    public var name: String
    public var type: PhysicalType
    public var repetition: Repetition
    public var logical: Logical?

    public init(_ name: String, _ type: PhysicalType, _ repetition: Repetition = .optional, logical: Logical? = nil) {
      self.name = name
      self.type = type
      self.repetition = repetition
      self.logical = logical
    }
  }

  /// `Encoding`.
  enum Encoding: Int32 {
    case plain = 0, rle = 3, rleDictionary = 8
  }

  /// `PageType`.
  enum PageType: Int32 {
    case dataPage = 0, dictionaryPage = 2
  }

  /// Writes a `SchemaElement` for a leaf column.
  static func writeElement(_ c: Column, into t: inout ThriftCompactWriter) {
    t.field(1, i32: c.type.rawValue)
    t.field(3, i32: c.repetition.rawValue)
    t.field(4, string: c.name)
    switch c.logical {
    case .string?:
      t.field(6, i32: 0)
      t.field(10) { $0.field(1) { _ in } }
    case .date?:
      t.field(6, i32: 6)
      t.field(10) { $0.field(6) { _ in } }
    case .timestampMicrosUTC?:
      t.field(6, i32: 10)
      t.field(10) { u in
        u.field(8) { ts in
          ts.field(1, bool: true)
          ts.field(2) { unit in unit.field(2) { _ in } }
        }
      }
    case nil: break
    }
  }
}
