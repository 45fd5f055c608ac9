/// The `data` fields each event type has, and the check of an event against them and the catalogue.
///
/// This table is the single definition of the vocabulary's data; events/README.md documents the same.
enum EventSchema {
  typealias FieldType = DataFieldType

  struct Field {
    let name: String
    let type: FieldType
    let required: Bool
  }

  /// The largest magnitude a number in `data` may have: far above any count the briefings report (people,
  /// tests, tonnes), and small enough that every reader and chart handles it exactly as a Double.
  static let maximumMagnitude: Double = 1e15

  static func req(_ n: String, _ t: FieldType) -> Field { Field(name: n, type: t, required: true) }
  static func opt(_ n: String, _ t: FieldType) -> Field { Field(name: n, type: t, required: false) }

  static let fields: [EventType: [Field]] = [
    .briefingPublished: [
      req("title", .string), req("published_at", .time), req("source_file", .string), opt("number", .integer),
      opt("held_at", .time), opt("notices", .strings), opt("note", .string),
    ],
    .zoneDesignated: [
      req("level", .zoneLevel), req("district", .district), req("place", .string), opt("place_en", .string),
      opt("exclusions", .strings), opt("note", .string),
    ],
    .zoneRegraded: [
      req("level", .zoneLevel), req("district", .district), req("place", .string), opt("from_level", .zoneLevel),
      opt("place_en", .string), opt("exclusions", .strings), opt("note", .string),
    ],
    .zoneLifted: [req("district", .district), req("place", .string), opt("place_en", .string), opt("note", .string)],
    .measureImposed: [
      req("scope", .scope), req("rule", .string), opt("params", .object), opt("rule_zh", .string), opt("note", .string),
    ],
    .measureAmended: [
      req("scope", .scope), req("rule", .string), opt("params", .object), opt("rule_zh", .string), opt("note", .string),
    ],
    .measureLifted: [req("scope", .scope), opt("rule", .string), opt("note", .string)],
    .metricReported: [req("value", .number), req("unit", .string), opt("period_start", .time), opt("note", .string)],
    .testingScheduled: [
      req("scope", .scope), req("label", .string), opt("round", .integer), opt("sampling_start", .time),
      opt("sampling_end", .time), opt("results_due", .time), opt("note", .string),
    ],
    .testingCompleted: [
      req("scope", .scope), req("label", .string), opt("tested", .number), opt("tested_unit", .string),
      opt("positives", .number), opt("round", .integer), opt("note", .string),
    ],
    .eventRetracted: [req("target", .string), opt("replacement", .string), opt("reason", .string)],
    .zoneRestated: [req("district", .district), req("place", .string), opt("level", .zoneLevel), opt("place_en", .string), opt("note", .string)],
    .measureRestated: [req("scope", .scope), opt("rule", .string), opt("rule_zh", .string), opt("note", .string)],
  ]

  /// Checks an event's data fields and its subject against the catalogue.
  /// - Returns: every problem found (empty when the event is valid).
  static func check(_ d: Draft, catalogue: Catalogue) -> [Problem] {
    var problems: [Problem] = []
    let spec = fields[d.type] ?? []
    for m in d.data where !spec.contains(where: { $0.name == m.key }) {
      problems.append(.dataFieldUnknown(type: d.type, field: m.key))
    }
    for f in spec {
      guard let v = d.data[f.name] else {
        if f.required { problems.append(.dataFieldMissing(type: d.type, field: f.name)) }
        continue
      }
      if !matches(v, f.type, catalogue) {
        problems.append(.dataFieldWrongType(type: d.type, field: f.name, expected: .type(f.type)))
      }
    }
    problems += checkSubject(d.subject, catalogue: catalogue)
    if d.type.subjectKind == .zone, let district = d.data["district"]?.stringValue, let sd = d.subject.zoneDistrict,
      district != sd
    {
      problems.append(.dataFieldWrongType(type: d.type, field: "district", expected: .subjectsDistrict(String(sd))))
    }
    return problems
  }

  /// Checks that a subject's catalogue parts exist.
  static func checkSubject(_ s: SubjectKey, catalogue: Catalogue) -> [Problem] {
    var problems: [Problem] = []
    switch s.kind {
    case .measure:
      if catalogue.measures[String(s.name)] == nil { problems.append(.unknownCatalogueKey(kind: .measure, key: String(s.name))) }
    case .metric:
      if catalogue.metrics[String(s.name)] == nil { problems.append(.unknownCatalogueKey(kind: .metric, key: String(s.name))) }
    case .zone:
      if let d = s.zoneDistrict, !catalogue.isDistrict(d) { problems.append(.unknownCatalogueKey(kind: .district, key: String(d))) }
    case .briefing, .testing: break
    }
    if let scope = s.scope, !catalogue.isValidScope(String(scope)) {
      problems.append(.unknownCatalogueKey(kind: .scope, key: String(scope)))
    }
    return problems
  }

  static func matches(_ v: JSONValue, _ t: FieldType, _ c: Catalogue) -> Bool {
    switch t {
    case .string: return v.stringValue != nil
    case .integer: return v.intValue != nil
    case .number: return v.doubleValue.map { $0.isFinite && abs($0) <= maximumMagnitude } ?? false
    case .time:
      guard let s = v.stringValue else { return false }
      return (try? Timestamp.parse(s)) != nil
    case .strings: return v.arrayValue?.allSatisfy { $0.stringValue != nil } ?? false
    case .object: return v.objectValue != nil
    case .zoneLevel: return v.stringValue.map { c.zoneLevels[$0] != nil } ?? false
    case .district: return v.stringValue.map { c.isDistrict($0) } ?? false
    case .scope: return v.stringValue.map { c.isValidScope($0) } ?? false
    }
  }
}
