/// Why a piece of text is not a timestamp. The English wording lives in `Diagnostic+Messages.swift`.
public enum TimestampError: Error, Sendable, Hashable {
  /// The text does not have the shape `YYYY-MM-DDTHH:MM[:SS]±HH:MM` (or `Z`).
  case malformed
  /// The shape is right but there is no UTC offset; log times must say their offset.
  case missingOffset
  /// A field is out of its range: the named field (`month`, `day`, `hour`, `minute`, `second`, `offset`, `year`).
  case outOfRange(field: String)
}

extension Timestamp {
  /// Parses a log timestamp: ISO 8601 extended format with minutes, optional seconds and a required offset.
  ///
  /// Accepts `2022-01-08T12:00+08:00`, `2022-01-08T12:00:30+08:00` and `...Z`. Rejects fractions of a second,
  /// a missing offset, `24:00`, and any field out of range.
  /// - Throws: ``TimestampError``.
  public static func parse(_ text: String) throws(TimestampError) -> Timestamp {
    var text = text
    let r = text.withUTF8 { buf in Result { () throws(TimestampError) in try parse(bytes: buf, requireOffset: true) } }
    return try r.get()
  }

  /// Parses a time a person typed on the command line.
  ///
  /// Accepts a full timestamp with offset, a local time without offset (read in Asia/Shanghai, +08:00), or a
  /// bare date `2022-01-10` (its 00:00 in the city).
  /// - Throws: ``TimestampError``.
  public static func parseUserInput(_ text: String) throws(TimestampError) -> Timestamp {
    var text = text
    let r = text.withUTF8 { buf in
      Result { () throws(TimestampError) in
        if buf.count == 10 {
          let date = try parseDate(buf)
          guard let t = Timestamp(year: date.0, month: date.1, day: date.2) else { throw .outOfRange(field: "day") }
          return t
        }
        return try parse(bytes: buf, requireOffset: false)
      }
    }
    return try r.get()
  }

  /// Parses bytes of a timestamp; the fast path of the log reader.
  static func parse(bytes b: UnsafeBufferPointer<UInt8>, requireOffset: Bool) throws(TimestampError) -> Timestamp {
    // YYYY-MM-DDTHH:MM
    guard b.count >= 16, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ") && !requireOffset,
      b[13] == UInt8(ascii: ":")
    else { throw .malformed }
    let (year, month, day) = try parseDate(UnsafeBufferPointer(rebasing: b[0..<10]))
    guard let hour = digits(b, 11, 2), let minute = digits(b, 14, 2) else { throw .malformed }
    var i = 16
    var second = 0
    if i < b.count, b[i] == UInt8(ascii: ":") {
      guard let s = digits(b, 17, 2) else { throw .malformed }
      second = s
      i = 19
    }
    if i < b.count, b[i] == UInt8(ascii: ".") { throw .malformed }
    var offset = cityOffsetMinutes
    if i == b.count {
      if requireOffset { throw .missingOffset }
    } else if b[i] == UInt8(ascii: "Z") && i + 1 == b.count {
      offset = 0
    } else if (b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-")) && i + 6 == b.count && b[i + 3] == UInt8(ascii: ":") {
      guard let oh = digits(b, i + 1, 2), let om = digits(b, i + 4, 2) else { throw .malformed }
      guard oh <= 18, om <= 59 else { throw .outOfRange(field: "offset") }
      offset = (oh * 60 + om) * (b[i] == UInt8(ascii: "-") ? -1 : 1)
    } else {
      throw .malformed
    }
    guard hour <= 23 else { throw .outOfRange(field: "hour") }
    guard minute <= 59 else { throw .outOfRange(field: "minute") }
    guard second <= 59 else { throw .outOfRange(field: "second") }
    guard abs(offset) <= 18 * 60 else { throw .outOfRange(field: "offset") }
    guard let t = Timestamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second, offsetMinutes: offset)
    else { throw .outOfRange(field: "day") }
    return t
  }

  private static func parseDate(_ b: UnsafeBufferPointer<UInt8>) throws(TimestampError) -> (Int, Int, Int) {
    guard b.count == 10, b[4] == UInt8(ascii: "-"), b[7] == UInt8(ascii: "-"),
      let y = digits(b, 0, 4), let m = digits(b, 5, 2), let d = digits(b, 8, 2)
    else { throw .malformed }
    guard y >= 1 else { throw .outOfRange(field: "year") }
    guard (1...12).contains(m) else { throw .outOfRange(field: "month") }
    guard (1...daysIn(month: m, year: y)).contains(d) else { throw .outOfRange(field: "day") }
    return (y, m, d)
  }

  @inline(__always)
  private static func digits(_ b: UnsafeBufferPointer<UInt8>, _ at: Int, _ n: Int) -> Int? {
    guard at + n <= b.count else { return nil }
    var v = 0
    for k in at..<(at + n) {
      let c = b[k] &- UInt8(ascii: "0")
      guard c <= 9 else { return nil }
      v = v * 10 + Int(c)
    }
    return v
  }
}
