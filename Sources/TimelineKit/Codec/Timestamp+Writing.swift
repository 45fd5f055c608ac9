/// Writing timestamps and integers straight into a byte buffer, for the log's canonical encoder: the same
/// text as ``Timestamp/iso8601`` and `String(_:)` without building a `String` per field.
extension Timestamp {
  /// Appends ``iso8601`` (`2022-01-08T12:00+08:00`, `:SS` only when the seconds are not zero) to `out`.
  func writeISO8601(into out: inout [UInt8]) {
    let f = fields
    writeDigits(f.year, width: 4, into: &out)
    out.append(UInt8(ascii: "-"))
    writeDigits(f.month, width: 2, into: &out)
    out.append(UInt8(ascii: "-"))
    writeDigits(f.day, width: 2, into: &out)
    out.append(UInt8(ascii: "T"))
    writeDigits(f.hour, width: 2, into: &out)
    out.append(UInt8(ascii: ":"))
    writeDigits(f.minute, width: 2, into: &out)
    if f.second != 0 {
      out.append(UInt8(ascii: ":"))
      writeDigits(f.second, width: 2, into: &out)
    }
    out.append(offsetMinutes < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
    let off = abs(offsetMinutes)
    writeDigits(off / 60, width: 2, into: &out)
    out.append(UInt8(ascii: ":"))
    writeDigits(off % 60, width: 2, into: &out)
  }
}

extension Timestamp {
  /// Whether `text`, which ``parse(_:)`` accepts, is exactly the ``iso8601`` of the value it parses to,
  /// decided from the text alone: the parser keeps every field as written, so only three spellings differ
  /// from the canonical one: `Z`, seconds written as `:00`, and the offset `-00:00`.
  static func isCanonicalText(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard text.count == 22 || text.count == 25 else { return false }
    if text.count == 25, text[17] == UInt8(ascii: "0"), text[18] == UInt8(ascii: "0") { return false }
    let o = text.count - 6
    return
      !(text[o] == UInt8(ascii: "-") && text[o + 1] == UInt8(ascii: "0") && text[o + 2] == UInt8(ascii: "0")
      && text[o + 4] == UInt8(ascii: "0") && text[o + 5] == UInt8(ascii: "0"))
  }
}

/// Appends the decimal digits of `v` to `out`, left-padded with zeros to `width`: the same text as
/// `String(v)` padded the way ``Timestamp/iso8601`` pads (the sign of a negative value counts toward the width).
func writeDigits(_ v: Int, width: Int = 1, into out: inout [UInt8]) {
  var buffer: (UInt64, UInt64, UInt64) = (0, 0, 0)
  withUnsafeMutableBytes(of: &buffer) { b in
    var x = v.magnitude
    var i = b.count
    repeat {
      i -= 1
      b[i] = UInt8(truncatingIfNeeded: x % 10) &+ UInt8(ascii: "0")
      x /= 10
    } while x > 0
    if v < 0 {
      i -= 1
      b[i] = UInt8(ascii: "-")
    }
    let length = b.count - i
    if length < width { out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: width - length)) }
    out.append(contentsOf: UnsafeRawBufferPointer(rebasing: b[i...]))
  }
}
