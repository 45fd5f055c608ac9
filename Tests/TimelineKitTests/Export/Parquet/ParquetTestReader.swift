import Foundation

@testable import TimelineKit

/// A Thrift compact-protocol value, as the test reader decodes it.
indirect enum TValue: Equatable, CustomStringConvertible {
  case bool(Bool)
  case int(Int64)
  case double(Double)
  case binary([UInt8])
  case list(elementType: UInt8, [TValue])
  case structure([Int16: TValue])

  var int: Int64? { if case .int(let v) = self { v } else { nil } }
  var bytes: [UInt8]? { if case .binary(let v) = self { v } else { nil } }
  var string: String? { bytes.map { String(decoding: $0, as: UTF8.self) } }
  var list: [TValue]? { if case .list(_, let v) = self { v } else { nil } }
  var fields: [Int16: TValue]? { if case .structure(let v) = self { v } else { nil } }
  subscript(_ id: Int16) -> TValue? { fields?[id] }

  var description: String {
    switch self {
    case .bool(let b): "\(b)"
    case .int(let i): "\(i)"
    case .double(let d): "\(d)"
    case .binary(let b): "b\"\(String(decoding: b, as: UTF8.self))\""
    case .list(_, let l): "[" + l.map(\.description).joined(separator: ", ") + "]"
    case .structure(let f): "{" + f.keys.sorted().map { "\($0): \(f[$0]!)" }.joined(separator: ", ") + "}"
    }
  }
}

/// Decodes Thrift's compact protocol independently of the writer (for the tests' oracle).
struct ThriftCompactReader {
  let bytes: [UInt8]
  var at: Int

  init(_ bytes: [UInt8], at: Int = 0) {
    self.bytes = bytes
    self.at = at
  }

  struct Malformed: Error {}

  mutating func byte() throws -> UInt8 {
    guard at < bytes.count else { throw Malformed() }
    at += 1
    return bytes[at - 1]
  }

  mutating func varint() throws -> UInt64 {
    var v: UInt64 = 0
    var shift: UInt64 = 0
    while true {
      let b = try byte()
      v |= UInt64(b & 0x7F) << shift
      if b & 0x80 == 0 { return v }
      shift += 7
      guard shift < 64 else { throw Malformed() }
    }
  }

  mutating func zigzag() throws -> Int64 {
    let u = try varint()
    return Int64(bitPattern: u >> 1) ^ -Int64(bitPattern: u & 1)
  }

  mutating func value(_ type: UInt8) throws -> TValue {
    switch type {
    case 1: return .bool(true)
    case 2: return .bool(false)
    case 3: return .int(Int64(Int8(bitPattern: try byte())))
    case 4, 5, 6: return .int(try zigzag())
    case 7:
      var bits: UInt64 = 0
      for i in 0..<8 { bits |= UInt64(try byte()) << UInt64(8 * i) }
      return .double(Double(bitPattern: bits))
    case 8:
      let n = Int(try varint())
      guard at + n <= bytes.count else { throw Malformed() }
      defer { at += n }
      return .binary(Array(bytes[at..<(at + n)]))
    case 9, 10:
      let h = try byte()
      var n = Int(h >> 4)
      if n == 15 { n = Int(try varint()) }
      let element = h & 0x0F
      var items: [TValue] = []
      for _ in 0..<n { items.append(element == 1 || element == 2 ? .bool(try byte() == 1) : try value(element)) }
      return .list(elementType: element, items)
    case 12: return try structure()
    default: throw Malformed()
    }
  }

  mutating func structure() throws -> TValue {
    var fields: [Int16: TValue] = [:]
    var last: Int16 = 0
    while true {
      let h = try byte()
      if h == 0 { return .structure(fields) }
      let delta = Int16(h >> 4)
      let id = delta != 0 ? last + delta : Int16(try zigzag())
      fields[id] = try value(h & 0x0F)
      last = id
    }
  }
}

/// A minimal Parquet reader for the writer's own files, written from the specification: the footer, the
/// schema, and every column's values (PLAIN or RLE_DICTIONARY, with definition levels).
struct ParquetTestFile {
  enum Cell: Equatable {
    case int(Int64)
    case double(Double)
    case bytes([UInt8])

    var text: String? { if case .bytes(let b) = self { String(decoding: b, as: UTF8.self) } else { nil } }
  }

  let bytes: [UInt8]
  let footerLength: Int
  let meta: TValue

  struct NotParquet: Error {}

  init(_ bytes: [UInt8]) throws {
    self.bytes = bytes
    guard bytes.count >= 12, Array(bytes.prefix(4)) == Array("PAR1".utf8), Array(bytes.suffix(4)) == Array("PAR1".utf8) else {
      throw NotParquet()
    }
    let n = bytes.count
    footerLength = Int(bytes[n - 8]) | Int(bytes[n - 7]) << 8 | Int(bytes[n - 6]) << 16 | Int(bytes[n - 5]) << 24
    var r = ThriftCompactReader(bytes, at: n - 8 - footerLength)
    meta = try r.structure()
    guard r.at == n - 8 else { throw NotParquet() }
  }

  init(path: String) throws { try self.init(Array(try Data(contentsOf: URL(fileURLWithPath: path)))) }

  /// The leaf schema elements (the root's children).
  var leaves: [TValue] { Array(meta[2]!.list!.dropFirst()) }
  var columnNames: [String] { leaves.map { $0[4]!.string! } }
  var rowCount: Int64 { meta[3]!.int! }
  var rowGroups: [TValue] { meta[4]!.list! }

  /// Every value of a column, over all row groups (`nil` for a null).
  func column(_ name: String) throws -> [Cell?] {
    guard let c = columnNames.firstIndex(of: name) else { throw NotParquet() }
    let optional = leaves[c][3]!.int! == 1
    let type = leaves[c][1]!.int!
    var out: [Cell?] = []
    for g in rowGroups {
      let m = g[1]!.list![c][3]!
      var at = Int(m[11]?.int ?? m[9]!.int!)
      var dictionary: [Cell] = []
      var r = ThriftCompactReader(bytes, at: at)
      var header = try r.structure()
      at = r.at
      if header[1]!.int! == 2 {
        let n = Int(header[7]![1]!.int!)
        var p = at
        dictionary = try (0..<n).map { _ in try ParquetTestFile.plain(type, bytes, &p) }
        at += Int(header[3]!.int!)
        r = ThriftCompactReader(bytes, at: at)
        header = try r.structure()
        at = r.at
      }
      let values = Int(header[5]![1]!.int!)
      let end = at + Int(header[3]!.int!)
      var defined = [Bool](repeating: true, count: values)
      if optional {
        let length = Int(bytes[at]) | Int(bytes[at + 1]) << 8 | Int(bytes[at + 2]) << 16 | Int(bytes[at + 3]) << 24
        defined = try ParquetTestFile.hybrid(Array(bytes[(at + 4)..<(at + 4 + length)]), bitWidth: 1, count: values).map { $0 == 1 }
        at += 4 + length
      }
      let present = defined.filter { $0 }.count
      var cells: [Cell] = []
      switch header[5]![2]!.int! {
      case 0: cells = try (0..<present).map { _ in try ParquetTestFile.plain(type, bytes, &at) }
      case 8:
        let width = Int(bytes[at])
        cells = try ParquetTestFile.hybrid(Array(bytes[(at + 1)..<end]), bitWidth: width, count: present).map { dictionary[Int($0)] }
      default: throw NotParquet()
      }
      var k = 0
      for d in defined {
        if d {
          out.append(cells[k])
          k += 1
        } else {
          out.append(nil)
        }
      }
    }
    return out
  }

  /// The texts of a STRING column (`nil` for a null).
  func strings(_ name: String) throws -> [String?] { try column(name).map { $0?.text } }

  static func plain(_ type: Int64, _ b: [UInt8], _ at: inout Int) throws -> Cell {
    func le(_ n: Int) -> UInt64 {
      var v: UInt64 = 0
      for i in 0..<n { v |= UInt64(b[at + i]) << UInt64(8 * i) }
      at += n
      return v
    }
    switch type {
    case 1: return .int(Int64(Int32(bitPattern: UInt32(le(4)))))
    case 2: return .int(Int64(bitPattern: le(8)))
    case 5: return .double(Double(bitPattern: le(8)))
    case 6:
      let n = Int(le(4))
      defer { at += n }
      return .bytes(Array(b[at..<(at + n)]))
    default: throw NotParquet()
    }
  }

  /// Decodes the RLE / bit-packed hybrid, as the specification describes it.
  static func hybrid(_ b: [UInt8], bitWidth: Int, count: Int) throws -> [UInt32] {
    var r = ThriftCompactReader(b)
    var out: [UInt32] = []
    while out.count < count {
      let h = try r.varint()
      if h & 1 == 1 {
        let n = Int(h >> 1) * 8
        var acc: UInt64 = 0
        var bits = 0
        for _ in 0..<n {
          while bits < bitWidth {
            acc |= UInt64(try r.byte()) << UInt64(bits)
            bits += 8
          }
          out.append(UInt32(acc & ((1 << UInt64(bitWidth)) - 1)))
          acc >>= UInt64(bitWidth)
          bits -= bitWidth
        }
      } else {
        var v: UInt32 = 0
        for i in 0..<((bitWidth + 7) / 8) { v |= UInt32(try r.byte()) << UInt32(8 * i) }
        out += Array(repeating: v, count: Int(h >> 1))
      }
    }
    return Array(out.prefix(count))
  }
}
