/// `export indicators`: OxCGRT-style codes per day and area, each with the events that decided it.
extension EventTable {
  /// One row of `export indicators`: a day (at its time of day) and an area.
  public struct IndicatorDay: Sendable {
    public var at: Timestamp
    /// A district key, or `nil` for the whole city.
    public var area: String?
    public var cells: [String: IndicatorCell]
    public var stringency: StringencyIndex
  }

  /// The indicators of every day from `firstDay` to `lastDay` (inclusive), taken at `secondsIntoDay` after each
  /// day's 00:00 (Asia/Shanghai), for each of `areas`.
  /// - Parameters:
  ///   - areas: district keys, `nil` meaning the whole city; one row per day and area, in this order.
  ///   - confirmedOnly: leave unconfirmed rules out of the coding (by default they count, marked unconfirmed).
  /// - Complexity: O(d × s log n) for d days and s subjects, plus decoding the events in force each day.
  public func indicatorDays(
    firstDay: Timestamp, lastDay: Timestamp, secondsIntoDay: Int, knownAt: Timestamp?, areas: [String?],
    confirmedOnly: Bool = false, confirmation: Confirmation = Confirmation(), catalogue: Catalogue,
    progress: ((Int, Int) -> Void)? = nil
  ) throws(TimelineError) -> [IndicatorDay] {
    let offset = Int64(Timestamp.cityOffsetMinutes * 60)
    let day0 = Timestamp.floorDiv(firstDay.epochSeconds + offset, 86_400)
    let day1 = Timestamp.floorDiv(lastDay.epochSeconds + offset, 86_400)
    var out: [IndicatorDay] = []
    guard day0 <= day1 else { return out }
    for day in day0...day1 {
      let at = Timestamp(epochSeconds: day * 86_400 - offset + Int64(secondsIntoDay))
      let entries = try stateEntries(at: Bitemporal(at: at, knownAt: knownAt), catalogue: catalogue, confirmation: confirmation)
      for area in areas {
        let cells = IndicatorCoding.code(entries, area: area, catalogue: catalogue, confirmedOnly: confirmedOnly)
        out.append(IndicatorDay(at: at, area: area, cells: cells, stringency: IndicatorCoding.stringency(cells)))
      }
      progress?(Int(day - day0 + 1), Int(day1 - day0 + 1))
    }
    return out
  }

  /// The columns of `export indicators`, in order (documented in the README's CSV table).
  public static let indicatorColumns: [RowSet.Column] = {
    var c: [RowSet.Column] = [
      .init("date"), .init("time"), .init("area"), .init("area_zh"),
      .init("stringency", numeric: true), .init("stringency_indicators", numeric: true), .init("stringency_floor", numeric: true),
    ]
    for i in Indicator.all {
      c += [
        .init(i.code, numeric: true), .init(i.code + "_flag"), .init(i.code + "_status"), .init(i.code + "_events"),
        .init(i.code + "_sources"), .init(i.code + "_quote"),
      ]
    }
    return c
  }()

  /// The rows of `export indicators`.
  public static func indicatorRows(_ days: [IndicatorDay], catalogue: Catalogue) -> RowSet {
    var rows = RowSet(columns: indicatorColumns)
    for d in days {
      var row = [d.at.dateString, String(d.at.iso8601.dropFirst(11).prefix(5))]
      row.append(d.area ?? "city")
      row.append(catalogue.label(ofScope: d.area ?? "city").zh)
      row.append(d.stringency.value.map(twoDecimals) ?? "")
      row.append(String(d.stringency.basis))
      row.append(twoDecimals(d.stringency.floor))
      for i in Indicator.all {
        guard let cell = d.cells[i.code] else {
          row += ["", "", "", "", "", ""]
          continue
        }
        var sources: [String] = []
        for e in cell.deciding where !sources.contains(e.source) { sources.append(e.source) }
        row += [
          String(cell.level), cell.flag?.rawValue ?? "", cell.confirmed ? "confirmed" : "unconfirmed",
          cell.deciding.map(\.id).joined(separator: ";"), sources.joined(separator: ";"), cell.deciding[0].quote,
        ]
      }
      rows.append(row)
    }
    return rows
  }

  /// A number with two decimals, as OxCGRT prints its indices (`66.2` → `66.20`).
  static func twoDecimals(_ x: Double) -> String {
    let hundredths = Int64((x * 100).rounded())
    let whole = hundredths / 100
    let frac = abs(hundredths % 100)
    return (hundredths < 0 && whole == 0 ? "-" : "") + String(whole) + "." + (frac < 10 ? "0" : "") + String(frac)
  }
}
