/// Narrows a query to what applied in one district and/or to one category.
///
/// A district filter keeps rules scoped to the whole city, the province or zones of some level, rules scoped
/// to a set of districts that includes it or to it alone, and its own zones.
public struct SubjectFilter: Sendable {
  public var district: String?
  public var category: String?
  /// Only subjects of this kind (measures, zones, metrics or testing rounds).
  public var kind: SubjectKind?

  public init(district: String? = nil, category: String? = nil, kind: SubjectKind? = nil) {
    self.district = district
    self.category = category
    self.kind = kind
  }

  /// The kinds `--kind` may name.
  public static let kinds: [SubjectKind] = [.measure, .zone, .metric, .testing]

  /// Whether the state asserted by `e` passes the filter.
  public func admits(_ e: Event, catalogue: Catalogue) -> Bool {
    if let kind, e.subject.kind != kind { return false }
    if let category, catalogue.category(of: e.subject) != category { return false }
    guard let district else { return true }
    if let zd = e.subject.zoneDistrict { return zd == district }
    let scope = e.subject.scope.map(String.init) ?? e.data["scope"]?.stringValue
    guard let scope else { return true }
    guard let covered = catalogue.districts(in: scope) else { return true }
    return covered.contains(district)
  }

  /// Resolves what a person typed for a district (`erqi`, `二七区`, `Erqi District`) to its key.
  public static func resolveDistrict(_ text: String, catalogue: Catalogue) -> String? {
    let t = text.lowercased()
    for s in catalogue.scopes.values where catalogue.isDistrict(s.key) {
      if s.key == t || s.label.zh == text || s.label.en.lowercased() == t || s.label.zh.hasPrefix(text) && text.count >= 2 {
        return s.key
      }
    }
    return nil
  }

  /// The categories a filter may name: the catalogue's, plus `zones`.
  public static func categories(_ catalogue: Catalogue) -> [String] {
    catalogue.categories.contains("zones") ? catalogue.categories : catalogue.categories + ["zones"]
  }
}
