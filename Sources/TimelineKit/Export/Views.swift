/// The column sets of each view. Names are stable: scripts and the README depend on them.
public enum Views {
  /// A time for people: `2022-01-08 12:00` in the city's offset.
  static func short(_ t: Timestamp?) -> String {
    guard let t else { return "" }
    let s = t.cityTime.iso8601
    return String(s.prefix(10)) + " " + String(s.dropFirst(11).prefix(s.count > 22 ? 8 : 5))
  }

  static func iso(_ t: Timestamp?) -> String { t?.iso8601 ?? "" }

  static func json(_ v: JSONValue?) -> String { v.map { JSONWriter.string($0) } ?? "" }

  static func dataString(_ e: Event, _ key: String) -> String {
    switch e.data[key] {
    case .string(let s)?: s
    case .number(let n)?: n
    case let v?: JSONWriter.string(v)
    case nil: ""
    }
  }

  /// Columns of the metrics export.
  public static let metricColumns: [RowSet.Column] = [
    .init("as_of"), .init("period_start"), .init("metric"), .init("scope"), .init("scope_zh"), .init("category"),
    .init("label_zh"), .init("label_en"), .init("value", numeric: true), .init("unit"), .init("recorded"),
    .init("source"), .init("event_id"), .init("quote"), .init("note"),
  ]

  /// One figure as a row of ``metricColumns``.
  static func metricRow(_ e: Event, catalogue: Catalogue) -> [String] {
    let scope = e.subject.scope.map(String.init) ?? ""
    let label = catalogue.label(of: e.subject) ?? Label(zh: "", en: "")
    return [
      e.effective.iso8601, dataString(e, "period_start"), String(e.subject.name), scope, catalogue.label(ofScope: scope).zh,
      catalogue.category(of: e.subject), label.zh, label.en, dataString(e, "value"), dataString(e, "unit"), e.recorded.iso8601,
      e.source, e.id, e.quote, dataString(e, "note"),
    ]
  }

  // MARK: history and changes

  public static let changeColumns: [RowSet.Column] = [
    .init("effective", table: "effective", priority: 0), .init("until", table: "until", priority: 5),
    .init("recorded", table: "recorded", priority: 6),
    .init("log"), .init("seq", numeric: true), .init("id", table: "id", priority: 4), .init("type", table: "type", priority: 3),
    .init("subject", table: "subject", minWidth: 24, cutsMiddle: true, priority: 0), .init("category"),
    .init("label_zh"), .init("label_en"), .init("state_zh"), .init("state_en", table: "state", minWidth: 16, priority: 1),
    .init("scope"), .init("level"), .init("from_level"), .init("district"), .init("place"), .init("rule"), .init("rule_zh"),
    .init("params_json"), .init("value", numeric: true), .init("unit"), .init("period_start"), .init("label"),
    .init("tested", numeric: true), .init("positives", numeric: true), .init("target"), .init("replacement"), .init("note"),
    .init("source", table: "briefing", minWidth: 12, priority: 8),
    .init("quote", table: "quote", minWidth: 16, priority: 7),
    .init("retracted_by", table: "retracted by", priority: 2), .init("data_json"), .init("prev"),
    .init("end"), .init("end_at"), .init("end_event"),
  ]

  public static func changes(_ entries: [HistoryEntry], forTable: Bool) -> RowSet {
    var rs = RowSet(columns: changeColumns)
    for h in entries {
      let e = h.event
      let d = h.description
      let t = { (x: Timestamp?) -> String in forTable ? short(x) : iso(x) }
      var retractedBy = h.retractedBy.map { $0.id + " (" + $0.source + ")" } ?? ""
      if let target = h.retracts, forTable { retractedBy = "retracts " + target }
      rs.append([
        t(e.effective), t(e.until), t(e.recorded), e.source, String(e.seq), e.id, e.type.rawValue, e.subject.raw,
        e.type == .briefingPublished ? "briefings" : e.subject.kind == .zone ? "zones" : "",
        d.subject.zh, d.subject.en, d.state.zh, d.state.en,
        dataString(e, "scope"), dataString(e, "level"), dataString(e, "from_level"), dataString(e, "district"),
        dataString(e, "place"), dataString(e, "rule"), dataString(e, "rule_zh"), json(e.data["params"]),
        dataString(e, "value"), dataString(e, "unit"), dataString(e, "period_start"), dataString(e, "label"),
        dataString(e, "tested"), dataString(e, "positives"), dataString(e, "target"), dataString(e, "replacement"),
        dataString(e, "note"), e.source, e.quote, retractedBy, JSONWriter.string(.object(e.data)), e.prev.hex,
        h.end?.kind ?? "", iso(h.end?.time), h.end?.event?.id ?? "",
      ])
    }
    return rs
  }

  /// Fills the category column, which needs the catalogue.
  /// The rows of change-log entries with their categories (briefings: `briefings`): what `changes`, `history`
  /// and `export changes` write.
  static func changeRows(_ entries: [HistoryEntry], catalogue c: Catalogue, forTable: Bool = false) -> RowSet {
    withCategories(changes(entries, forTable: forTable), entries, c)
  }

  static func withCategories(_ rs: RowSet, _ entries: [HistoryEntry], _ c: Catalogue) -> RowSet {
    var rs = rs
    let col = rs.columns.firstIndex { $0.name == "category" }!
    for (k, h) in entries.enumerated() where rs.rows[k][col].isEmpty {
      rs.rows[k][col] = h.event.type == .briefingPublished ? "briefings" : c.category(of: h.event.subject)
    }
    return rs
  }
}
