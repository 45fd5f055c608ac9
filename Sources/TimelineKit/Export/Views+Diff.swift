/// The diff view: what was added, changed and ended, and why.
extension Views {
  public static let diffColumns: [RowSet.Column] = [
    .init("change", table: "change", priority: 0), .init("category", table: "category", priority: 7),
    .init("subject", table: "subject", minWidth: 24, cutsMiddle: true, priority: 0),
    .init("label_zh", table: "名称", minWidth: 8, priority: 3), .init("label_en"),
    .init("before_zh"), .init("before_en", table: "before", minWidth: 12, priority: 3),
    .init("after_zh"), .init("after_en", table: "after", minWidth: 16, priority: 1),
    .init("event_id", table: "event", priority: 5), .init("effective"), .init("recorded"),
    .init("source", table: "briefing", minWidth: 12, priority: 8), .init("quote"),
    .init("reason"), .init("reason_at"), .init("why", table: "why", minWidth: 16, priority: 2),
  ]

  /// One row per entry; `event_id` … `quote` are the responsible event's (the new event, the lift, the retraction,
  /// or the earlier event itself for an end by schedule, by knowledge or before its start).
  public static func diff(_ entries: [DiffEntry], catalogue: Catalogue, forTable: Bool) -> RowSet {
    var rs = RowSet(columns: diffColumns)
    let t = { (x: Timestamp?) -> String in forTable ? short(x) : iso(x) }
    for d in entries {
      let b = d.before.map { EventDescription($0, catalogue: catalogue) }
      let a = d.after.map { EventDescription($0, catalogue: catalogue) }
      let r = d.responsible
      let label = (a ?? b)!.subject
      rs.append([
        d.change.rawValue, d.category, d.subject.raw, label.zh, label.en, b?.state.zh ?? "", b?.state.en ?? "",
        a?.state.zh ?? "", a?.state.en ?? "", r.id, t(r.effective), t(r.recorded), r.source, r.quote,
        d.reason.name, iso(d.reason.time), why(d.reason),
      ])
    }
    return rs
  }

  /// The reason for people: "retracted by pc35-040 (2022-11-24_press-conference-35), recorded 2022-11-26 00:00".
  static func why(_ r: DiffEntry.Reason) -> String {
    switch r {
    case .stated(let e): "stated by \(e.id), in force from \(short(e.effective))"
    case .lifted(let e): "\(e.type == .testingCompleted ? "completed" : "lifted") by \(e.id), from \(short(e.effective))"
    case .retracted(let e): "retracted by \(e.id) (\(e.source)), recorded \(short(e.recorded))"
    case .scheduledEnd(let u): "ended as scheduled at \(short(u))"
    case .notYetKnown(let rec): "not yet known (recorded \(short(rec)))"
    case .notYetInForce(let eff): "not yet in force (from \(short(eff)))"
    }
  }
}
