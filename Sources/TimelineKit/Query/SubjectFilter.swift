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

  /// Whether the filter lets everything through.
  public var isEmpty: Bool { district == nil && category == nil && kind == nil }

  /// Whether the state asserted by `e` passes the filter.
  public func admits(_ e: Event, catalogue: Catalogue) -> Bool {
    guard mayAdmit(e.subject, catalogue: catalogue) else { return false }
    // Only a district filter on a subject whose key names neither a zone's district nor a scope needs the data.
    guard let district, e.subject.zoneDistrict == nil, e.subject.scope == nil, let scope = e.data["scope"]?.stringValue,
      let covered = catalogue.districts(in: scope)
    else { return true }
    return covered.contains(district)
  }

  /// Whether some event of `subject` may pass the filter, decided from the key alone: kind, category, a zone's
  /// district, a scope written in the key. `false` only when ``admits(_:catalogue:)`` is false for every event of
  /// the subject, so that a query decodes only the events it may show.
  public func mayAdmit(_ subject: SubjectKey, catalogue: Catalogue) -> Bool {
    if let kind, subject.kind != kind { return false }
    if let category, catalogue.category(of: subject) != category { return false }
    guard let district else { return true }
    if let zd = subject.zoneDistrict { return zd == district }
    guard let scope = subject.scope, let covered = catalogue.districts(in: String(scope)) else { return true }
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
