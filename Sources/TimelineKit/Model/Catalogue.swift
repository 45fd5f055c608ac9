/// A label in the two languages the engine shows: Chinese as the texts say it, and English.
public struct Label: Sendable, Hashable {
  public var zh: String
  public var en: String
  public init(zh: String, en: String) {
    self.zh = zh
    self.en = en
  }
}

/// The open catalogue of what events can be about, read from `events/catalogue.json`.
///
/// Adding a new kind of measure or metric is a new entry here, never a code change.
///
/// ## Topics
/// - Lookups: ``measures``, ``metrics``, ``scopes``, ``zoneLevels``, ``label(of:)``
/// - Scopes: ``districts(in:)``
public struct Catalogue: Sendable {
  /// A kind of measure or metric.
  public struct Entry: Sendable, Hashable {
    public var key: String
    public var category: String
    public var label: Label
    /// Extra Chinese trigger phrases for `timeline draft` (the catalogue's optional "aliases"), besides `label.zh`.
    public var aliases: [String] = []
    /// How a rule of this kind maps to OxCGRT indicators (the catalogue's optional "indicators"; measures only).
    public var indicators: [IndicatorMapping] = []
  }

  /// What a scope key covers.
  public enum ScopeKind: String, Sendable, Hashable {
    case city, province, district, districtSet = "district-set", county
  }

  /// A named scope: the city, the province, a district, or a set of districts.
  public struct Scope: Sendable, Hashable {
    public var key: String
    public var kind: ScopeKind
    public var label: Label
    /// For a district set, its districts' keys.
    public var members: [String]
  }

  public var categories: [String]
  public var zoneLevels: [String: Label]
  /// Zone level keys in the catalogue's order (most to least severe as listed).
  public var zoneLevelOrder: [String]
  public var scopes: [String: Scope]
  /// Scope keys in the catalogue's order.
  public var scopeOrder: [String] = []
  /// How a zone of each level maps to OxCGRT indicators (a zone level's optional "indicators"); always targeted.
  public var zoneLevelIndicators: [String: [IndicatorMapping]] = [:]
  /// Problems in the `indicators` mappings (unknown code, level out of range, ...): reported by `verify`, refused
  /// by `export indicators`; the rest of the catalogue stays usable.
  public var indicatorProblems: [Diagnostic] = []
  public var measures: [String: Entry]
  public var metrics: [String: Entry]

  /// Creates an empty catalogue.
  public init() {
    categories = []
    zoneLevels = [:]
    zoneLevelOrder = []
    scopes = [:]
    measures = [:]
    metrics = [:]
  }

  /// Whether `key` names a district (or a county, which the texts treat the same way).
  public func isDistrict(_ key: some StringProtocol) -> Bool {
    guard let s = scopes[String(key)] else { return false }
    return s.kind == .district || s.kind == .county
  }

  /// The district keys a scope string covers, or `nil` for "everywhere" (city, province, zones of a level).
  ///
  /// - Returns: `nil` for `city`, `province` and `zones:...` scopes; the members of a district set; the
  ///   district itself; an empty set for an unknown key.
  public func districts(in scope: String) -> Set<String>? {
    if scope.hasPrefix("zones:") { return nil }
    guard let s = scopes[scope] else { return [] }
    switch s.kind {
    case .city, .province: return nil
    case .district, .county: return [s.key]
    case .districtSet: return Set(s.members)
    }
  }

  /// Whether a scope string is valid: a catalogue scope key, or `zones:` followed by known zone levels.
  public func isValidScope(_ scope: String) -> Bool {
    if scope.hasPrefix("zones:") {
      let levels = scope.dropFirst(6).split(separator: ",", omittingEmptySubsequences: false)
      return !levels.isEmpty && levels.allSatisfy { zoneLevels[String($0)] != nil }
    }
    return scopes[scope] != nil
  }

  /// A readable label for a scope string.
  public func label(ofScope scope: String) -> Label {
    if scope.hasPrefix("zones:") {
      let levels = scope.dropFirst(6).split(separator: ",").map { zoneLevels[String($0)] ?? Label(zh: String($0), en: String($0)) }
      return Label(zh: levels.map(\.zh).joined(separator: "、"), en: "inside " + levels.map(\.en).joined(separator: ", "))
    }
    return scopes[scope]?.label ?? Label(zh: scope, en: scope)
  }

  /// The category of a subject: its measure's or metric's category, `zones` for zones, `testing` for rounds.
  public func category(of subject: SubjectKey) -> String {
    switch subject.kind {
    case .measure: measures[String(subject.name)]?.category ?? "?"
    case .metric: metrics[String(subject.name)]?.category ?? "?"
    case .zone: "zones"
    case .testing: "testing"
    case .briefing: "briefings"
    }
  }

  /// A readable label for a subject's kind (the measure or metric; zones and rounds are labelled by their events).
  public func label(of subject: SubjectKey) -> Label? {
    switch subject.kind {
    case .measure: measures[String(subject.name)]?.label
    case .metric: metrics[String(subject.name)]?.label
    default: nil
    }
  }
}
