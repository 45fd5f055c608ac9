/// What a person reads about an event: which thing it is about and what it says, in Chinese and English.
public struct EventDescription: Sendable, Hashable {
  /// The subject, e.g. "堂食" / "Dine-in service", "累计确诊病例 二七区", "五龙新城香榭园小区".
  public var subject: Label
  /// The asserted state, e.g. "封控区" / "sealed area", "suspended citywide", "47 例".
  public var state: Label
  /// The scope's label, when the event has one.
  public var scope: Label?

  /// Describes an event with the catalogue's labels.
  public init(_ e: Event, catalogue c: Catalogue) {
    let d = e.data
    func str(_ k: String) -> String? { d[k]?.stringValue }
    let scopeKey = str("scope") ?? e.subject.scope.map(String.init)
    scope = scopeKey.map { c.label(ofScope: $0) }
    switch e.subject.kind {
    case .zone:
      let place = str("place") ?? String(e.subject.name)
      let district = e.subject.zoneDistrict.map { c.label(ofScope: String($0)) }
      subject = Label(
        zh: (district.map { $0.zh + " " } ?? "") + place,
        en: (district.map { $0.en + ": " } ?? "") + (str("place_en") ?? place))
      if e.type == .zoneLifted {
        state = Label(zh: "解封", en: "lifted")
      } else {
        let level = str("level").flatMap { c.zoneLevels[$0] } ?? Label(zh: "?", en: "?")
        state = level
      }
    case .measure:
      let kind = c.label(of: e.subject) ?? Label(zh: String(e.subject.name), en: String(e.subject.name))
      subject = kind
      if e.type == .measureLifted {
        state = Label(zh: "解除", en: str("rule") ?? "lifted")
      } else {
        state = Label(zh: str("rule_zh") ?? "", en: str("rule") ?? "")
      }
    case .metric:
      let kind = c.label(of: e.subject) ?? Label(zh: String(e.subject.name), en: String(e.subject.name))
      let s = scope ?? Label(zh: "", en: "")
      subject = Label(zh: kind.zh + " " + s.zh, en: kind.en + ", " + s.en)
      let value = EventDescription.number(d["value"]) + " " + (str("unit") ?? "")
      state = Label(zh: value, en: value)
    case .testing:
      let label = str("label") ?? String(e.subject.name)
      subject = Label(zh: label, en: label)
      if e.type == .testingCompleted {
        var en = "completed"
        if let t = d["tested"] { en += ": \(EventDescription.number(t)) \(str("tested_unit") ?? "") tested" }
        if let p = d["positives"] { en += ", \(EventDescription.number(p)) positive" }
        state = Label(zh: "完成", en: en)
      } else {
        state = Label(zh: "进行中", en: "scheduled")
      }
    case .briefing:
      let title = str("title") ?? e.source
      subject = Label(zh: title, en: title)
      state = Label(zh: "发布", en: "published")
    }
    if e.type == .eventRetracted {
      state = Label(zh: "撤回", en: "retracts " + (str("target") ?? "?"))
    }
  }

  static func number(_ v: JSONValue?) -> String {
    if case .number(let n)? = v { return n }
    return "?"
  }
}
