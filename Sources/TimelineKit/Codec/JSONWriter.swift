/// Writes JSON in the log's canonical form: no insignificant whitespace, object keys in sorted order,
/// numbers as their literal, strings with only `"`, `\` and control characters escaped.
///
/// The same writer serves the log, `--format json` output and draft output, so there is one escaping rule.
public enum JSONWriter {
  /// Appends the canonical text of `value` to `out`.
  /// - Complexity: O(n) in the size of the output.
  public static func write(_ value: JSONValue, into out: inout [UInt8]) {
    switch value {
    case .null: out.append(contentsOf: "null".utf8)
    case .bool(let v): out.append(contentsOf: (v ? "true" : "false").utf8)
    case .number(let n): out.append(contentsOf: n.utf8)
    case .string(let s): writeString(s, into: &out)
    case .array(let items):
      out.append(UInt8(ascii: "["))
      for (k, item) in items.enumerated() {
        if k > 0 { out.append(UInt8(ascii: ",")) }
        write(item, into: &out)
      }
      out.append(UInt8(ascii: "]"))
    case .object(let o): write(o, into: &out)
    }
  }

  /// Appends the canonical text of an object to `out`.
  public static func write(_ object: JSONObject, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "{"))
    for (k, m) in object.members.enumerated() {
      if k > 0 { out.append(UInt8(ascii: ",")) }
      writeString(m.key, into: &out)
      out.append(UInt8(ascii: ":"))
      write(m.value, into: &out)
    }
    out.append(UInt8(ascii: "}"))
  }

  /// The canonical text of `value` as a `String`.
  public static func string(_ value: JSONValue) -> String {
    var out: [UInt8] = []
    write(value, into: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends a JSON string literal for `s` to `out`.
  public static func writeString(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    var s = s
    s.withUTF8 { buf in
      var runStart = 0
      for (i, c) in buf.enumerated() where c < 0x20 || c == 0x22 || c == 0x5C {
        out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<i]))
        runStart = i + 1
        switch c {
        case 0x22: out.append(contentsOf: [0x5C, 0x22])
        case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
        case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
        case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
        case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
        case 0x08: out.append(contentsOf: [0x5C, UInt8(ascii: "b")])
        case 0x0C: out.append(contentsOf: [0x5C, UInt8(ascii: "f")])
        default:
          let hex: [UInt8] = Array("0123456789abcdef".utf8)
          out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(c >> 4)], hex[Int(c & 0xF)]])
        }
      }
      out.append(contentsOf: UnsafeBufferPointer(rebasing: buf[runStart..<buf.count]))
    }
    out.append(UInt8(ascii: "\""))
  }
}
