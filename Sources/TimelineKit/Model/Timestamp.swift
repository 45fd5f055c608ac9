/// An instant with the UTC offset it was written in, at one-second precision.
///
/// Events and queries use ISO 8601 with an explicit offset (`2022-01-08T12:00+08:00`). Two timestamps
/// order by instant; the offset is kept so that a value prints back exactly as it was given.
///
/// ## Topics
/// - Parsing: ``parse(_:)``, ``parseUserInput(_:)``
/// - Printing: ``iso8601``, ``cityTime``
public struct Timestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// Seconds since 1970-01-01T00:00Z.
  public let epochSeconds: Int64
  /// The offset from UTC the value was written in, in minutes (+480 for Asia/Shanghai).
  public let offsetMinutes: Int

  /// The city's offset: Asia/Shanghai, +08:00, no daylight saving.
  public static let cityOffsetMinutes = 480

  /// Creates a timestamp from an instant and the offset to print it in.
  public init(epochSeconds: Int64, offsetMinutes: Int = Timestamp.cityOffsetMinutes) {
    self.epochSeconds = epochSeconds
    self.offsetMinutes = offsetMinutes
  }

  /// Creates a timestamp from local calendar fields, or returns `nil` when a field is out of range.
  ///
  /// - Parameters:
  ///   - offsetMinutes: the UTC offset of the local fields; defaults to the city's (+08:00).
  /// - Returns: `nil` for a month, day, hour, minute or second outside its range, a year outside 1...9999,
  ///   or an offset beyond ±18:00.
  public init?(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
    offsetMinutes: Int = Timestamp.cityOffsetMinutes
  ) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Timestamp.daysIn(month: month, year: year)).contains(day),
      (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second),
      abs(offsetMinutes) <= 18 * 60
    else { return nil }
    let days = Timestamp.daysFromCivil(year: year, month: month, day: day)
    let local = days * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    self.init(epochSeconds: local - Int64(offsetMinutes * 60), offsetMinutes: offsetMinutes)
  }

  public static func < (a: Timestamp, b: Timestamp) -> Bool {
    a.epochSeconds != b.epochSeconds ? a.epochSeconds < b.epochSeconds : a.offsetMinutes < b.offsetMinutes
  }

  /// The same instant written in the city's offset (+08:00).
  public var cityTime: Timestamp { Timestamp(epochSeconds: epochSeconds, offsetMinutes: Timestamp.cityOffsetMinutes) }

  /// The same instant, `seconds` later.
  public func adding(seconds: Int64) -> Timestamp {
    Timestamp(epochSeconds: epochSeconds + seconds, offsetMinutes: offsetMinutes)
  }

  /// The local calendar fields in this timestamp's own offset.
  public var fields: (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
    let local = epochSeconds + Int64(offsetMinutes * 60)
    let days = Timestamp.floorDiv(local, 86_400)
    let secs = Int(local - days * 86_400)
    let (y, m, d) = Timestamp.civilFromDays(days)
    return (y, m, d, secs / 3600, secs / 60 % 60, secs % 60)
  }

  /// The canonical ISO 8601 text: `2022-01-08T12:00+08:00`, with `:SS` only when the seconds are not zero.
  public var iso8601: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(25)
    writeISO8601(into: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The date part in this timestamp's offset, `2022-01-08`.
  public var dateString: String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(10)
    writeISO8601(into: &bytes)
    return String(decoding: bytes.prefix(10), as: UTF8.self)
  }

  public var description: String { iso8601 }

  // MARK: - Calendar arithmetic (proleptic Gregorian, after H. Hinnant's algorithms)

  static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

  static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  static func floorDiv(_ a: Int64, _ b: Int64) -> Int64 { a >= 0 ? a / b : (a - b + 1) / b }

  static func daysFromCivil(year: Int, month: Int, day: Int) -> Int64 {
    let y = Int64(month <= 2 ? year - 1 : year)
    let era = floorDiv(y, 400)
    let yoe = y - era * 400
    let m = Int64(month)
    let doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146_097 + doe - 719_468
  }

  static func civilFromDays(_ z0: Int64) -> (Int, Int, Int) {
    let z = z0 + 719_468
    let era = floorDiv(z, 146_097)
    let doe = z - era * 146_097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
    let y = yoe + era * 400
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    return (Int(m <= 2 ? y + 1 : y), Int(m), Int(d))
  }
}
