/// Writes Thrift's compact protocol, the encoding of every Parquet footer and page header.
///
/// Only what Parquet's metadata needs: structs, fields of type bool, i32, i64, binary, list and struct, and
/// lists of i32, binary and struct. Integers are zigzag-encoded ULEB128 varints; a field header is one byte
/// `(delta << 4) | type` when its id is 1...15 above the previous field's id in the same struct, else the type
/// byte followed by the id as a zigzag varint; a struct ends with a 0 byte (STOP). Booleans live in the field
/// header's type nibble (1 true, 2 false) and take no byte of their own.
///
/// The caller writes fields in increasing id order inside each struct and closes every struct it opens;
/// under `TIMELINE_INTERNAL_CHECKS` both are checked.
struct ThriftCompactWriter {
  /// The compact protocol's type codes.
  enum FieldType: UInt8 {
    case boolTrue = 1, boolFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6, double = 7, binary = 8
    case list = 9, set = 10, map = 11, structure = 12
  }

  private(set) var bytes: [UInt8] = []
  /// The last field id written in each open struct (innermost last).
  private var lastIDs: [Int16] = [0]

  /// ULEB128: seven bits per byte, low bits first, the high bit set on every byte but the last.
  mutating func writeVarint(_ value: UInt64) {
    var v = value
    while v >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
      v >>= 7
    }
    bytes.append(UInt8(v))
  }

  /// Zigzag maps signed to unsigned so that small magnitudes stay short: 0→0, -1→1, 1→2, -2→3.
  static func zigzag(_ n: Int64) -> UInt64 { UInt64(bitPattern: (n << 1) ^ (n >> 63)) }

  mutating func fieldHeader(_ id: Int16, _ type: FieldType) {
    let last = lastIDs[lastIDs.count - 1]
    #if TIMELINE_INTERNAL_CHECKS
      precondition(id > last, "Thrift field \(id) written after field \(last)")
    #endif
    let delta = Int(id) - Int(last)
    if delta > 0 && delta <= 15 {
      bytes.append(UInt8(delta << 4) | type.rawValue)
    } else {
      bytes.append(type.rawValue)
      writeVarint(ThriftCompactWriter.zigzag(Int64(id)))
    }
    lastIDs[lastIDs.count - 1] = id
  }

  mutating func field(_ id: Int16, i32 v: Int32) {
    fieldHeader(id, .i32)
    writeVarint(ThriftCompactWriter.zigzag(Int64(v)))
  }

  mutating func field(_ id: Int16, i64 v: Int64) {
    fieldHeader(id, .i64)
    writeVarint(ThriftCompactWriter.zigzag(v))
  }

  mutating func field(_ id: Int16, bool v: Bool) { fieldHeader(id, v ? .boolTrue : .boolFalse) }

  mutating func field(_ id: Int16, binary v: [UInt8]) {
    fieldHeader(id, .binary)
    writeBinary(v)
  }

  mutating func field(_ id: Int16, string v: String) { field(id, binary: Array(v.utf8)) }

  mutating func writeBinary(_ v: [UInt8]) {
    writeVarint(UInt64(v.count))
    bytes.append(contentsOf: v)
  }

  /// A list's header: `(size << 4) | element type` for fewer than 15 elements, else `0xF0 | type` and the size.
  mutating func listHeader(_ count: Int, _ element: FieldType) {
    if count < 15 {
      bytes.append(UInt8(count << 4) | element.rawValue)
    } else {
      bytes.append(0xF0 | element.rawValue)
      writeVarint(UInt64(count))
    }
  }

  mutating func field(_ id: Int16, i32List v: [Int32]) {
    fieldHeader(id, .list)
    listHeader(v.count, .i32)
    for x in v { writeVarint(ThriftCompactWriter.zigzag(Int64(x))) }
  }

  mutating func field(_ id: Int16, stringList v: [String]) {
    fieldHeader(id, .list)
    listHeader(v.count, .binary)
    for s in v { writeBinary(Array(s.utf8)) }
  }

  /// A field holding a struct: `body` writes the struct's fields; the STOP byte is written after it.
  mutating func field(_ id: Int16, struct body: (inout ThriftCompactWriter) -> Void) {
    fieldHeader(id, .structure)
    writeStruct(body)
  }

  /// A field holding a list of structs, each written by `body`.
  mutating func field<T>(_ id: Int16, structList items: [T], _ body: (inout ThriftCompactWriter, T) -> Void) {
    fieldHeader(id, .list)
    listHeader(items.count, .structure)
    for item in items { writeStruct { body(&$0, item) } }
  }

  /// A struct in place (a list element, or the top-level message): its fields, then STOP.
  mutating func writeStruct(_ body: (inout ThriftCompactWriter) -> Void) {
    lastIDs.append(0)
    body(&self)
    bytes.append(0)
    lastIDs.removeLast()
  }
}
