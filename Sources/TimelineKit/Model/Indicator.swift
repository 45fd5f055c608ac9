/// One of the Oxford COVID-19 Government Response Tracker's ordinal indicators the engine can code
/// (docs/indicators.md has the codebook's level definitions and every mapping judgement).
///
/// ## Topics
/// - The codebook: ``all``, ``maximumLevel``, ``hasFlag``, ``inStringencyIndex``
public struct Indicator: Sendable, Hashable {
  /// The code as OxCGRT writes it: `C1` … `C8`, `H2`, `H6`.
  public var code: String
  /// What it measures, in OxCGRT's words.
  public var name: String
  /// The top of its ordinal scale (0 is always the bottom).
  public var maximumLevel: Int
  /// Whether it carries a targeted/general flag (every C-indicator but C8, and H6).
  public var hasFlag: Bool
  /// Whether OxCGRT's stringency index averages it (C1–C8; H1 too, which no event here codes).
  public var inStringencyIndex: Bool

  /// The indicators `timeline export indicators` writes, in OxCGRT's order.
  public static let all: [Indicator] = [
    Indicator(code: "C1", name: "school closing", maximumLevel: 3, hasFlag: true, inStringencyIndex: true),
    Indicator(code: "C2", name: "workplace closing", maximumLevel: 3, hasFlag: true, inStringencyIndex: true),
    Indicator(code: "C3", name: "cancel public events", maximumLevel: 2, hasFlag: true, inStringencyIndex: true),
    Indicator(code: "C4", name: "restrictions on gatherings", maximumLevel: 4, hasFlag: true, inStringencyIndex: true),
    Indicator(code: "C5", name: "close public transport", maximumLevel: 2, hasFlag: true, inStringencyIndex: true),
    Indicator(code: "C6", name: "stay at home requirements", maximumLevel: 3, hasFlag: true, inStringencyIndex: true),
    Indicator(code: "C7", name: "restrictions on internal movement", maximumLevel: 2, hasFlag: true, inStringencyIndex: true),
    Indicator(code: "C8", name: "international travel controls", maximumLevel: 4, hasFlag: false, inStringencyIndex: true),
    Indicator(code: "H2", name: "testing policy", maximumLevel: 3, hasFlag: false, inStringencyIndex: false),
    Indicator(code: "H6", name: "facial coverings", maximumLevel: 4, hasFlag: true, inStringencyIndex: false),
  ]

  /// The indicator with this code, or `nil`.
  public static func named(_ code: String) -> Indicator? { all.first { $0.code == code } }
}

/// Whether a coded level applies to the whole area of a row or only to part of it (OxCGRT: geographically
/// targeted or general).
public enum IndicatorFlag: String, Sendable, Hashable {
  case targeted, general
}

/// One line of the mapping from a catalogue entry (a measure, or a zone level) to an indicator: `catalogue.json`'s
/// `"indicators": [{"code": "C6", "level": 2, ...}]`.
///
/// A measure's mappings are tried in order; for each code the first whose condition holds for the deciding event
/// applies, so conditional lines come before the line without a condition.
public struct IndicatorMapping: Sendable, Hashable {
  /// The indicator's code (`C6`).
  public var code: String
  /// The level the rule implies, within the indicator's range.
  public var level: Int
  /// A fixed flag; `nil` (the default) derives it from the deciding event's scope for the row's area.
  public var flag: IndicatorFlag?
  /// Only when the event's `data.params[param]` is `has` (a string) or contains it (an array of strings).
  public var param: String?
  public var has: String?
  /// Only when the event's scope is of this kind: `zones`, `city`, `province`, `district`, `county` or `district-set`.
  public var scopeKind: String?
  /// Why this level: shown in docs/indicators.md, kept with the data so a reviewer can dispute it.
  public var why: String?

  public init(code: String, level: Int, flag: IndicatorFlag? = nil, param: String? = nil, has: String? = nil, scopeKind: String? = nil) {
    self.code = code
    self.level = level
    self.flag = flag
    self.param = param
    self.has = has
    self.scopeKind = scopeKind
  }

  /// Whether the condition holds for an event's data and scope.
  func matches(data: JSONObject, scope: String?, catalogue: Catalogue) -> Bool {
    if let param {
      guard let v = data["params"]?.objectValue?[param] else { return false }
      if let has {
        if let s = v.stringValue {
          if s != has { return false }
        } else if let a = v.arrayValue {
          if !a.contains(where: { $0.stringValue == has }) { return false }
        } else {
          return false
        }
      }
    }
    if let scopeKind {
      guard let scope else { return false }
      let kind = scope.hasPrefix("zones:") ? "zones" : catalogue.scopes[scope]?.kind.rawValue
      if kind != scopeKind { return false }
    }
    return true
  }
}
