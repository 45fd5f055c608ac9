/// The views of what exists: subjects, districts and categories, each with how many events it has.
extension Views {
  public static let subjectColumns: [RowSet.Column] = [
    .init("subject", table: "subject", minWidth: 24, cutsMiddle: true, priority: 0), .init("kind", table: "kind", priority: 6),
    .init("category", table: "category", priority: 4), .init("label_zh", table: "名称", minWidth: 8, priority: 1),
    .init("label_en", table: "name", minWidth: 12, priority: 2), .init("districts", table: "districts", minWidth: 10, priority: 5),
    .init("events", numeric: true, table: "events", priority: 3),
  ]

  public static func subjects(_ list: [SubjectSummary]) -> RowSet {
    var rs = RowSet(columns: subjectColumns)
    for s in list {
      rs.append([s.key, s.kind.rawValue, s.category, s.label.zh, s.label.en, s.districts.joined(separator: ","), String(s.events)])
    }
    return rs
  }

  public static let districtColumns: [RowSet.Column] = [
    .init("district", table: "district", priority: 0), .init("label_zh", table: "名称", priority: 1),
    .init("label_en", table: "name", minWidth: 12, priority: 2), .init("kind", table: "kind", priority: 5),
    .init("subjects", numeric: true, table: "subjects", priority: 4), .init("events", numeric: true, table: "events", priority: 3),
  ]

  /// One row per district or county of the catalogue, in its order, with the subjects that apply in it alone (its
  /// zones, rules and figures scoped to it or to a set that includes it) and their events.
  public static func districts(_ list: [SubjectSummary], catalogue c: Catalogue) -> RowSet {
    var rs = RowSet(columns: districtColumns)
    for key in c.scopeOrder where c.isDistrict(key) {
      let scope = c.scopes[key]!
      let mine = list.filter { $0.districts.contains(key) }
      rs.append([
        key, scope.label.zh, scope.label.en, scope.kind.rawValue, String(mine.count), String(mine.reduce(0) { $0 + $1.events }),
      ])
    }
    return rs
  }

  public static let categoryColumns: [RowSet.Column] = [
    .init("category", table: "category", priority: 0), .init("kinds", table: "kinds", priority: 3),
    .init("subjects", numeric: true, table: "subjects", priority: 2), .init("events", numeric: true, table: "events", priority: 1),
  ]

  /// One row per category `--category` accepts, with the kinds of subject in it, its subjects and their events.
  public static func categories(_ list: [SubjectSummary], catalogue c: Catalogue) -> RowSet {
    var rs = RowSet(columns: categoryColumns)
    for category in SubjectFilter.categories(c) {
      let mine = list.filter { $0.category == category }
      let kinds = SubjectKind.allCases.filter { k in mine.contains { $0.kind == k } }.map(\.rawValue)
      rs.append([category, kinds.joined(separator: ","), String(mine.count), String(mine.reduce(0) { $0 + $1.events })])
    }
    return rs
  }
}
