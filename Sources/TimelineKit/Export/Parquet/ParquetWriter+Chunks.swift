/// Column chunks (pages and their headers) and the footer.
extension ParquetWriter {
  /// A BYTE_ARRAY chunk gets a dictionary when it has at most this many distinct values…
  static let maximumDictionaryEntries = 1 << 16
  /// …taking at most this many bytes, and at most half as many distinct values as values.
  static let maximumDictionaryBytes = 1 << 20

  /// The dictionary of a BYTE_ARRAY chunk (each entry's value index) and each value's index in it, or `nil` when
  /// a dictionary would not pay.
  ///
  /// An open-addressing table of entry numbers keyed by the XXH64 of the value's bytes, probed linearly, compared
  /// with `memcmp`-like equality on the buffer itself: no value is copied, no slice retained.
  /// - Complexity: O(n) expected.
  static func dictionary(_ b: ParquetColumnBuffer) -> (entries: [Int], indices: [UInt32])? {
    guard b.column.type == .byteArray, b.valueCount >= 2 else { return nil }
    let limit = min(maximumDictionaryEntries, b.valueCount / 2)
    var capacity = 16
    while capacity < 2 * (limit + 1) { capacity <<= 1 }
    let mask = capacity - 1
    var slots = [Int32](repeating: -1, count: capacity)
    var entries: [Int] = []
    var indices: [UInt32] = []
    indices.reserveCapacity(b.valueCount)
    var bytes = 0
    let ok = b.values.withUnsafeBytes { raw -> Bool in
      b.ends.withUnsafeBufferPointer { ends -> Bool in
        func range(_ i: Int) -> Range<Int> { (i == 0 ? 0 : Int(ends[i - 1]))..<Int(ends[i]) }
        for i in 0..<ends.count {
          let r = range(i)
          let value = UnsafeRawBufferPointer(rebasing: raw[r])
          var slot = Int(truncatingIfNeeded: XXH64.hash(value)) & mask
          while true {
            let e = Int(slots[slot])
            if e < 0 {
              slots[slot] = Int32(entries.count)
              indices.append(UInt32(entries.count))
              entries.append(i)
              bytes += 4 + r.count
              if entries.count > limit || bytes > maximumDictionaryBytes { return false }
              break
            }
            let other = range(entries[e])
            if other.count == r.count && value.elementsEqual(UnsafeRawBufferPointer(rebasing: raw[other])) {
              indices.append(UInt32(e))
              break
            }
            slot = (slot + 1) & mask
          }
        }
        return true
      }
    }
    return ok ? (entries, indices) : nil
  }

  /// The bytes of one column chunk and what the footer says of it, for a chunk starting at file offset `start`.
  static func encodeChunk(_ b: ParquetColumnBuffer, at start: Int64) -> ([UInt8], ChunkMeta) {
    var out: [UInt8] = []
    var encodings: [ParquetSchema.Encoding] = []
    var dictionaryOffset: Int64?
    // The page body: definition levels (OPTIONAL columns), then the values.
    var body: [UInt8] = []
    if b.column.repetition == .optional {
      var levels: [UInt8] = []
      ParquetEncoding.appendHybrid(b.levels.map(UInt32.init), bitWidth: 1, into: &levels)
      ParquetEncoding.appendLittleEndian(UInt32(levels.count), into: &body)
      body += levels
      encodings.append(.rle)
    }
    let valueEncoding: ParquetSchema.Encoding
    if let dict = dictionary(b) {
      var page: [UInt8] = []
      for e in dict.entries {
        let v = b.value(e)
        ParquetEncoding.appendLittleEndian(UInt32(v.count), into: &page)
        page.append(contentsOf: v)
      }
      dictionaryOffset = start
      out += pageHeader(.dictionaryPage, size: page.count) { t in
        t.field(7) { d in
          d.field(1, i32: Int32(dict.entries.count))
          d.field(2, i32: ParquetSchema.Encoding.plain.rawValue)
        }
      }
      out += page
      let width = max(1, ParquetEncoding.bitWidth(UInt32(dict.entries.count - 1)))
      body.append(UInt8(width))
      ParquetEncoding.appendHybrid(dict.indices, bitWidth: width, into: &body)
      valueEncoding = .rleDictionary
      encodings.insert(.plain, at: 0)
    } else if b.column.type == .byteArray {
      body.reserveCapacity(body.count + b.values.count + 4 * b.valueCount)
      var from = 0
      for end in b.ends {
        ParquetEncoding.appendLittleEndian(UInt32(Int(end) - from), into: &body)
        body += b.values[from..<Int(end)]
        from = Int(end)
      }
      valueEncoding = .plain
    } else {
      body += b.values
      valueEncoding = .plain
    }
    if !encodings.contains(valueEncoding) { encodings.append(valueEncoding) }
    let dataOffset = start + Int64(out.count)
    out += pageHeader(.dataPage, size: body.count) { t in
      t.field(5) { d in
        d.field(1, i32: Int32(b.rows))
        d.field(2, i32: valueEncoding.rawValue)
        d.field(3, i32: ParquetSchema.Encoding.rle.rawValue)
        d.field(4, i32: ParquetSchema.Encoding.rle.rawValue)
      }
    }
    out += body
    let meta = ChunkMeta(
      encodings: encodings, valueCount: Int64(b.rows), size: Int64(out.count), start: start, dataPageOffset: dataOffset,
      dictionaryPageOffset: dictionaryOffset, nulls: Int64(b.nulls), extremes: b.extremes())
    return (out, meta)
  }

  /// A `PageHeader`: type, uncompressed and compressed size (equal: pages are not compressed), then the
  /// type's own header written by `body`.
  static func pageHeader(_ type: ParquetSchema.PageType, size: Int, _ body: (inout ThriftCompactWriter) -> Void) -> [UInt8] {
    var t = ThriftCompactWriter()
    t.writeStruct { h in
      h.field(1, i32: type.rawValue)
      h.field(2, i32: Int32(size))
      h.field(3, i32: Int32(size))
      body(&h)
    }
    return t.bytes
  }

  /// The `FileMetaData` footer.
  func fileMetaData() -> [UInt8] {
    var t = ThriftCompactWriter()
    t.writeStruct { f in
      f.field(1, i32: 1)
      f.field(2, structList: [nil] + columns.map { Optional($0) }) { e, column in
        if let column {
          ParquetSchema.writeElement(column, into: &e)
        } else {
          e.field(4, string: "schema")
          e.field(5, i32: Int32(columns.count))
        }
      }
      f.field(3, i64: totalRows)
      f.field(4, structList: rowGroups) { g, group in
        g.field(1, structList: Array(zip(columns, group.chunks))) { c, pair in
          let (column, chunk) = pair
          // Field 1 (file_path) is never written: the chunks are in this file.
          c.field(2, i64: chunk.start)
          c.field(3) { m in
            m.field(1, i32: column.type.rawValue)
            m.field(2, i32List: chunk.encodings.map(\.rawValue))
            m.field(3, stringList: [column.name])
            m.field(4, i32: 0)
            m.field(5, i64: chunk.valueCount)
            m.field(6, i64: chunk.size)
            m.field(7, i64: chunk.size)
            m.field(9, i64: chunk.dataPageOffset)
            if let d = chunk.dictionaryPageOffset { m.field(11, i64: d) }
            m.field(12) { s in
              // The deprecated min and max (fields 1, 2) only for numbers, whose old signed order is the right one.
              if let x = chunk.extremes, column.type != .byteArray {
                s.field(1, binary: x.max)
                s.field(2, binary: x.min)
              }
              s.field(3, i64: chunk.nulls)
              if let x = chunk.extremes {
                s.field(5, binary: x.max)
                s.field(6, binary: x.min)
              }
            }
          }
        }
        g.field(2, i64: group.size)
        g.field(3, i64: group.rows)
        g.field(5, i64: group.start)
        g.field(6, i64: group.size)
      }
      if !keyValues.isEmpty {
        f.field(5, structList: keyValues) { kv, pair in
          kv.field(1, string: pair.key)
          kv.field(2, string: pair.value)
        }
      }
      f.field(6, string: ParquetWriter.createdBy)
      // TypeDefinedOrder for every column: min_value and max_value follow the types' own order.
      f.field(7, structList: columns) { o, _ in o.field(1) { _ in } }
    }
    return t.bytes
  }
}
