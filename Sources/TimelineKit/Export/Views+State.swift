/// The state view: rules in force, rules shown as unconfirmed, and the latest figures, each row with its last
/// statement, age and end.
extension Views {
  public static let stateColumns: [RowSet.Column] = [
    .init("at"), .init("known_at"),
    .init("category", table: "category", priority: 7),
    .init("subject", table: "subject", minWidth: 24, cutsMiddle: true, priority: 0),
    .init("label_zh", table: "名称", minWidth: 8, priority: 3),
    .init("label_en", table: "name", minWidth: 12, priority: 3),
    .init("state_zh", table: "状态", minWidth: 12, priority: 1),
    .init("state_en", table: "state", minWidth: 16, priority: 1),
    .init("scope"), .init("scope_zh", table: "范围", minWidth: 8, priority: 8), .init("scope_en"),
    .init("level"), .init("value", numeric: true), .init("unit"), .init("params_json"),
    .init("effective", table: "since / as of", priority: 3), .init("until"), .init("recorded"),
    .init("source"), .init("event_id"), .init("quote"),
    .init("kind"), .init("status", table: "status", priority: 4),
    .init("last_stated", table: "last stated", priority: 6), .init("last_stated_source", table: "on the word of", minWidth: 12, priority: 8),
    .init("last_stated_event"), .init("age_days", numeric: true), .init("age", table: "age", priority: 2),
    .init("end", table: "end", minWidth: 12, priority: 4), .init("end_at"), .init("end_event"), .init("period_start"),
  ]

  /// The rows of `entries` at `point` (all columns; the table for people shows a subset, by section).
  public static func state(_ entries: [StateEntry], point: Bitemporal, forTable: Bool) -> RowSet {
    var rs = RowSet(columns: stateColumns)
    let at = iso(point.at)
    let knownAt = iso(point.knownAt)
    let t = { (x: Timestamp?) -> String in forTable ? short(x) : iso(x) }
    for s in entries {
      let e = s.event
      let d = s.description
      let age = s.ageSeconds(at: point.at)
      rs.append([
        at, knownAt, s.category, e.subject.raw, d.subject.zh, d.subject.en, d.state.zh, d.state.en,
        dataString(e, "scope").isEmpty ? (e.subject.scope.map(String.init) ?? "") : dataString(e, "scope"),
        d.scope?.zh ?? "", d.scope?.en ?? "", dataString(e, "level"), dataString(e, "value"), dataString(e, "unit"),
        json(e.data["params"]), t(e.effective), t(e.until), iso(e.recorded), e.source, e.id, e.quote,
        e.subject.kind.rawValue, s.status.rawValue, t(s.lastStated), s.statement.source, s.statement.id,
        ageDays(age), ageText(age), forTable ? endPhrase(s.end) : s.end.kind, iso(s.end.time), s.end.event?.id ?? "",
        dataString(e, "period_start"),
      ])
    }
    return rs
  }

  /// The table for people: the rules in force, the rules shown as unconfirmed (under a line that says why), and
  /// the latest figures, each an aligned table of its own.
  public static func stateTable(
    _ entries: [StateEntry], point: Bitemporal, confirmation: Confirmation, style: TableStyle = .table(width: nil)
  ) -> String {
    let horizon = durationText(confirmation.horizonSeconds)
    let rules = entries.filter { !$0.isFigure }
    let figures = entries.filter(\.isFigure)
    let confirmed = rules.filter { $0.status == .inForce }
    let stale = rules.filter { $0.status == .unconfirmed }
    let ruleColumns = ["category", "subject", "label_zh", "state_en", "scope_zh", "effective", "last_stated", "age", "end"]
    let figureColumns = ["category", "subject", "label_zh", "state_zh", "effective", "age", "status", "last_stated_source"]
    var out = ""
    func section(_ title: String, _ list: [StateEntry], _ columns: [String]) {
      guard !list.isEmpty else { return }
      let rows = state(list, point: point, forTable: true)
      let width = style.width
      if case .records = style {
        out += "\n" + TextWrap.lines(title, width: width) + "\n" + rows.render(style)
      } else {
        out += "\n" + TextWrap.lines(title, width: width) + "\n" + rows.selecting(columns).render(style)
      }
    }
    section("In force: \(count(confirmed.count, "rule")) stated within \(horizon) or with a scheduled end ahead", confirmed, ruleColumns)
    section(
      "\(count(stale.count, "rule")) last stated more than \(horizon) before \(short(point.at)): shown as unconfirmed (not restated since; the texts give no end)",
      stale, ruleColumns)
    section(
      "Latest figures: \(count(figures.count, "metric")), each as of its own moment (older than \(horizon): unconfirmed)", figures,
      figureColumns)
    return out.isEmpty ? "\n(nothing)\n" : out
  }

  /// The first line of `state`: the point, the counts, and how old the latest briefing before the point is.
  public static func stateTitle(
    _ entries: [StateEntry], point: Bitemporal, filterText: String, latestBriefing: Timestamp?, confirmation: Confirmation
  ) -> String {
    let rules = entries.filter { !$0.isFigure }
    var s = "State at \(point.at.cityTime.iso8601)"
    if let k = point.knownAt { s += ", as known at \(k.cityTime.iso8601)" }
    s += filterText + ": "
    let figures = entries.filter(\.isFigure)
    var parts: [String] = []
    if !rules.isEmpty || figures.isEmpty {
      parts.append("\(rules.filter { $0.status == .inForce }.count) in force, \(rules.filter { $0.status == .unconfirmed }.count) unconfirmed")
    }
    if !figures.isEmpty {
      let old = figures.filter { $0.status == .unconfirmed }.count
      parts.append(count(figures.count, "figure") + " (\(old) older than \(durationText(confirmation.horizonSeconds)))")
    }
    s += parts.joined(separator: "; ")
    if let b = latestBriefing {
      let age = point.at.epochSeconds - b.epochSeconds
      if age > confirmation.horizonSeconds {
        s += ". The latest briefing before it is from \(short(b)), \(ageText(age)) earlier: no briefing confirms anything since"
      } else {
        s += ". Latest briefing before it: \(short(b))"
      }
    }
    return s
  }

  /// An end for people: "scheduled 2022-11-30 00:00", "lifted 2022-01-25 00:00 (pc30-004)", "replaced … (id)", "unknown".
  static func endPhrase(_ end: StateEnd) -> String {
    switch end {
    case .scheduled(let t): "scheduled " + short(t)
    case .announced(let t, let e): (e.type.endsState ? "lifted " : "replaced ") + short(t) + " (" + e.id + ")"
    case .unknown: "unknown"
    }
  }

  /// `141`, `0.5`, `-2.25`: days with at most two decimals, for CSV and JSON.
  static func ageDays(_ seconds: Int64) -> String {
    let hundredths = (seconds * 100 + (seconds >= 0 ? 43_200 : -43_200)) / 86_400
    let sign = hundredths < 0 ? "-" : ""
    let m = abs(hundredths)
    let frac = m % 100
    if frac == 0 { return sign + String(m / 100) }
    return sign + String(m / 100) + "." + (frac % 10 == 0 ? String(frac / 10) : (frac < 10 ? "0" : "") + String(frac))
  }

  /// `141 days`, `5 h`, `stated 2 days later`: an age for people.
  static func ageText(_ seconds: Int64) -> String {
    if seconds < 0 { return "stated " + durationText(-seconds) + " later" }
    return durationText(seconds)
  }

  /// `14 days`, `1 day`, `5 h`, `20 min`.
  static func durationText(_ seconds: Int64) -> String {
    if seconds >= 86_400 { return count(Int(seconds / 86_400), "day") }
    if seconds >= 3600 { return "\(seconds / 3600) h" }
    return "\(seconds / 60) min"
  }

  static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
