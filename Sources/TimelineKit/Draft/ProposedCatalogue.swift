/// Catalogue entries a draft needs but the catalogue lacks: new measures, metrics and places, for the reviewer to
/// accept (`timeline draft --catalogue-out FILE`, then `python3 tools/catalogue-accept.py FILE`).
///
/// The file has the shape of `catalogue.json`'s `measures`, `metrics` and `scopes` lists, so accepting it is a
/// merge of three lists; each entry carries `"proposed_from"`, the phrase of the text it was read from.
///
/// ## Topics
/// - ``measures``, ``metrics``, ``scopes``, ``json``
public struct ProposedCatalogue: Sendable, Hashable {
  /// A proposed measure or metric entry.
  public struct Entry: Sendable, Hashable {
    public var key: String
    public var category: String
    public var zh: String
    public var en: String
    /// The words of the text the entry was read from.
    public var from: String
  }

  /// A proposed district, county or set of districts.
  public struct Place: Sendable, Hashable {
    public var key: String
    public var kind: Catalogue.ScopeKind
    public var zh: String
    /// The districts of a district set (keys from the catalogue or proposed beside it).
    public var members: [String] = []
  }

  public private(set) var measures: [Entry] = []
  public private(set) var metrics: [Entry] = []
  public private(set) var scopes: [Place] = []

  public init() {}

  /// Whether nothing is proposed.
  public var isEmpty: Bool { measures.isEmpty && metrics.isEmpty && scopes.isEmpty }

  mutating func propose(measure e: Entry) { if !measures.contains(where: { $0.key == e.key }) { measures.append(e) } }
  mutating func propose(metric e: Entry) { if !metrics.contains(where: { $0.key == e.key }) { metrics.append(e) } }
  mutating func propose(place p: Place) { if !scopes.contains(where: { $0.key == p.key }) { scopes.append(p) } }

  /// Drops the proposed measures no draft is about: a clause read as a rule and then left out (a lift whose zones were
  /// drafted instead) must not leave an entry that accepting would add to the catalogue unused.
  mutating func keepMeasures(usedBy subjects: [String]) {
    let used = Set(subjects.filter { $0.hasPrefix("measure:") }.map { String($0.dropFirst("measure:".count)) })
    measures.removeAll { !used.contains($0.key) }
  }

  /// The entries as a JSON object with `measures`, `metrics` and `scopes` lists (the catalogue's shapes).
  public var json: JSONValue {
    func entry(_ e: Entry) -> JSONValue {
      .object(
        JSONObject(unsorted: [
          .init(key: "key", value: .string(e.key)), .init(key: "category", value: .string(e.category)),
          .init(key: "zh", value: .string(e.zh)), .init(key: "en", value: .string(e.en)),
          .init(key: "proposed_from", value: .string(e.from)),
        ]) ?? JSONObject())
    }
    func place(_ p: Place) -> JSONValue {
      var members: [JSONObject.Member] = [
        .init(key: "key", value: .string(p.key)), .init(key: "kind", value: .string(p.kind.rawValue)),
        .init(key: "zh", value: .string(p.zh)), .init(key: "en", value: .string(p.zh + " (proposed: give the English name)")),
      ]
      if p.kind == .districtSet { members.append(.init(key: "members", value: .array(p.members.map { .string($0) }))) }
      return .object(JSONObject(unsorted: members) ?? JSONObject())
    }
    return .object(
      JSONObject(unsorted: [
        .init(key: "measures", value: .array(measures.map(entry))), .init(key: "metrics", value: .array(metrics.map(entry))),
        .init(key: "scopes", value: .array(scopes.map(place))),
      ]) ?? JSONObject())
  }
}
