/// One indicator's value for one day and area: its level, flag, whether its deciding rule was confirmed, and the
/// events that decided it.
public struct IndicatorCell: Sendable, Hashable {
  public var level: Int
  /// Targeted or general; `nil` for an indicator without a flag (C8, H2) and for level 0.
  public var flag: IndicatorFlag?
  /// Whether the principal deciding rule was stated within the horizon (or has a scheduled end ahead): `status`
  /// `in force`. Of rules at the same level and flag, a confirmed one is principal.
  public var confirmed: Bool
  /// The rules that imply this level and flag, the principal one (whose quote the export shows) first.
  public var deciding: [Event]
}

/// OxCGRT's stringency index over the indicators that events code.
public struct StringencyIndex: Sendable, Hashable {
  /// The mean of the sub-indices of the coded indicators among C1–C8, or `nil` when none is coded.
  public var value: Double?
  /// How many indicators `value` rests on (0 to 8: H1 is never coded from these events).
  public var basis: Int
  /// The same sub-indices summed over all eight of C1–C8, an uncoded one counting as 0: a lower bound.
  public var floor: Double
}

/// Codes OxCGRT's indicators from the rules in force at one moment, in one area (a district, or the whole city).
///
/// A pure fold over state entries: no I/O, no clock. The mapping is the catalogue's (`indicators` on measures and
/// zone levels); docs/indicators.md states every judgement.
public enum IndicatorCoding {
  /// The indicators coded at one moment for one area.
  /// - Parameters:
  ///   - entries: everything in force at the moment (``EventTable/stateEntries(at:catalogue:filter:confirmation:)``),
  ///     unfiltered; rules that do not apply in `area` are left out here, as `SubjectFilter` does.
  ///   - area: a district key, or `nil` for the whole city.
  ///   - confirmedOnly: whether unconfirmed rules are left out (by default they still count, marked).
  /// - Returns: a cell for each indicator some rule bears on, by code; no cell where none does (never a 0).
  /// - Complexity: O(e) for e entries.
  public static func code(_ entries: [StateEntry], area: String?, catalogue: Catalogue, confirmedOnly: Bool = false)
    -> [String: IndicatorCell]
  {
    struct Candidate {
      var level: Int
      var flag: IndicatorFlag?
      var confirmed: Bool
      var event: Event
    }
    var byCode: [String: [Candidate]] = [:]
    let filter = SubjectFilter(district: area)
    for entry in entries where !entry.isFigure {
      let confirmed = entry.status == .inForce
      if confirmedOnly && !confirmed { continue }
      let e = entry.event
      guard filter.admits(e, catalogue: catalogue) else { continue }
      let mappings: [IndicatorMapping]
      let scope = e.subject.scope.map(String.init) ?? e.data["scope"]?.stringValue
      let derived: IndicatorFlag
      switch e.subject.kind {
      case .measure:
        mappings = catalogue.measures[String(e.subject.name)]?.indicators ?? []
        derived = flag(ofScope: scope, area: area, catalogue: catalogue)
      case .zone:
        mappings = e.data["level"]?.stringValue.flatMap { catalogue.zoneLevelIndicators[$0] } ?? []
        derived = .targeted
      default:
        continue
      }
      var seen: Set<String> = []
      for m in mappings where !seen.contains(m.code) && m.matches(data: e.data, scope: scope, catalogue: catalogue) {
        seen.insert(m.code)
        guard let indicator = Indicator.named(m.code) else { continue }
        let f: IndicatorFlag? = indicator.hasFlag && m.level > 0 ? (m.flag ?? derived) : nil
        byCode[m.code, default: []].append(Candidate(level: m.level, flag: f, confirmed: confirmed, event: e))
      }
    }
    var cells: [String: IndicatorCell] = [:]
    for (code, list) in byCode {
      // OxCGRT's rule: the strictest level; at that level a general rule before a targeted one. Then a confirmed
      // rule before an unconfirmed one, then the newest. An unconfirmed rule counts like any other (so adding a rule
      // never lowers a code) but its cell says so; `confirmedOnly` leaves such rules out altogether.
      let sorted = list.sorted { a, b in
        if a.level != b.level { return a.level > b.level }
        if (a.flag == .general) != (b.flag == .general) { return a.flag == .general }
        if a.confirmed != b.confirmed { return a.confirmed }
        if a.event.effective != b.event.effective { return a.event.effective > b.event.effective }
        return a.event.id < b.event.id
      }
      let top = sorted[0]
      let deciding = sorted.filter { $0.level == top.level && $0.flag == top.flag }
      cells[code] = IndicatorCell(level: top.level, flag: top.flag, confirmed: top.confirmed, deciding: deciding.map(\.event))
    }
    return cells
  }

  /// Whether a rule with this scope covers all of `area` (general) or only part of it (targeted).
  ///
  /// For a district: a rule for the city, the province, a set of districts that includes it or the district
  /// itself is general; a rule inside zones of some level is targeted. For the whole city: only a rule for the city
  /// or the province is general.
  public static func flag(ofScope scope: String?, area: String?, catalogue: Catalogue) -> IndicatorFlag {
    guard let scope else { return .general }
    if scope.hasPrefix("zones:") { return .targeted }
    guard let covered = catalogue.districts(in: scope) else { return .general }
    guard let area else { return .targeted }
    return covered.contains(area) ? .general : .targeted
  }

  /// One indicator's sub-index, OxCGRT's formula: 100 × (v − 0.5 × (F − f)) / N, where N is its top level, F is 1
  /// when it has a flag, f is 1 for general and 0 for targeted; 0 when v is 0.
  public static func subIndex(_ indicator: Indicator, _ cell: IndicatorCell) -> Double {
    guard cell.level > 0 else { return 0 }
    let hasFlag = indicator.hasFlag ? 1.0 : 0.0  // F
    let general = cell.flag == .general ? 1.0 : 0.0  // f
    return 100 * (Double(cell.level) - 0.5 * (hasFlag - general)) / Double(indicator.maximumLevel)
  }

  /// The stringency index over the coded indicators among C1–C8 (see ``StringencyIndex``).
  public static func stringency(_ cells: [String: IndicatorCell]) -> StringencyIndex {
    var sum = 0.0
    var basis = 0
    for indicator in Indicator.all where indicator.inStringencyIndex {
      guard let cell = cells[indicator.code] else { continue }
      sum += subIndex(indicator, cell)
      basis += 1
    }
    let eight = Double(Indicator.all.filter(\.inStringencyIndex).count)
    return StringencyIndex(value: basis == 0 ? nil : sum / Double(basis), basis: basis, floor: sum / eight)
  }
}
