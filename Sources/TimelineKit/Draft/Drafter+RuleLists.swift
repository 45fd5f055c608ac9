/// Lists of places a rule names one by one: "下列市场暂停营业：" and then "① 中原区某某农贸市场，5月18日18时起；".
extension Drafter {
  /// What a lead-in (`以下三个市场暂停营业：`) does to each item under it.
  struct RuleListAction: Sendable {
    var type: EventType
    var category: String
    var start: TimeMention?
    var end: TimeMention?
    /// Whether the items are groups of people and how often they are tested (`下列人员按以下频次参加核酸检测：`).
    var testsGroups = false
    /// Where the list's rules hold when its items name no place: the district or county whose command issued the notice.
    var issuer: String?
  }

  /// The lead-in's action, when a paragraph names 以下 / 下列 places, a rule's verb and ends with a colon.
  func ruleListAction(_ para: BriefingText.Piece, published: Timestamp) -> RuleListAction? {
    let c = para.normalized
    let t = para.text
    // "自6月8日起，下列重点行业从业人员按以下频次参加核酸检测：" then "1. 医疗机构工作人员…，每天1次；": how often each
    // group is tested is a testing rule for that group.
    if c.count <= 100, let last = c.last(where: { $0 != " " }), ":：".contains(last),
      t.firstMatch(of: #/(?:以下|下列)[^,，。：:]{0,12}(?:人员|人群)/#) != nil, t.contains("检测"),
      ["频次", "频率", "按以下", "按照以下"].contains(where: { t.contains($0) })
    {
      var scanner = TimeScanner(published: published)
      let mentions = scanner.scan(c)
      return RuleListAction(
        type: .measureImposed, category: "testing", start: mentions.first { ($0.role == .start || $0.role == .point) && $0.hasDay },
        end: mentions.first { $0.role == .end }, testsGroups: true)
    }
    // "以下途经管控区域的线路实行甩站运行：": lines a rule names pass through zones without designating them.
    guard c.count <= 80, let re = DraftPatterns.regex(#"(以下|下列)[^,，。：:]{0,10}?(市场|商场|超市|门店|场所|网点|商户|药店|医院|线路)"#),
      let m = t.firstMatch(of: re), let last = c.last(where: { $0 != " " }), ":：".contains(last),
      m.output[2].substring == "线路" || vocabulary.zoneLevels.find(in: c).isEmpty, let (cls, _) = VerbClass.find(in: c)
    else { return nil }
    var scanner = TimeScanner(published: published)
    let mentions = scanner.scan(c)
    let category = Drafter.categoryWords.first { $0.1.contains { t.contains($0) } }?.0 ?? "venues"
    return RuleListAction(
      type: cls == .lifted ? .measureLifted : cls.eventType, category: category,
      start: mentions.first { ($0.role == .start || $0.role == .point) && $0.hasDay },
      end: mentions.first { $0.role == .end })
  }

  /// One rule for an item of such a list: a place's name, with its district and its own start when it gives them.
  func ruleListItem(_ para: BriefingText.Piece, action: RuleListAction, published: Timestamp, proposed: inout ProposedCatalogue) -> Candidate? {
    if action.testsGroups { return testedGroup(para, action: action, published: published, proposed: &proposed) }
    let c = para.normalized
    // "B11路：甩开纬六路站、政和路站；": a line and, after its colon, what the rule does on it.
    let colon = c.prefix(12).firstIndex(where: { ":：".contains($0) })
    guard c.count <= (colon == nil ? 40 : 80), colon != nil || VerbClass.find(in: c) == nil else { return nil }
    // The name runs to the first mark; what follows may be its own time ("，5月18日18时起").
    let nameEnd = colon ?? c.firstIndex(where: { ",，；;。".contains($0) }) ?? c.count
    var name = String(c[..<nameEnd].filter { $0 != " " })
    let suffixes = colon == nil ? ["市场", "广场", "商场", "超市", "中心", "商城", "店", "场所", "馆", "院", "厅"] : ["路", "线", "专线"]
    // ("服务热线：…" after the list is a number to call, not a line.)
    guard name.count >= 2, suffixes.contains(where: { name.hasSuffix($0) }), !Drafter.lineNames.contains(where: { name.contains($0) }) else {
      return nil
    }
    var scratch = proposed
    let place = district(at: 0, in: Array(name), proposed: &scratch)
    if let place, vocabulary.catalogue.isDistrict(place.key) { name = String(name.dropFirst(place.range.upperBound)) }
    var scanner = TimeScanner(published: published)
    let own = scanner.scan(c).first { ($0.role == .start || $0.role == .point) && $0.hasDay }
    let start = own ?? action.start
    let key = "\(action.category).p-\(String(fnv1a(name), radix: 16))"
    if vocabulary.catalogue.measures[key] == nil {
      proposed.propose(
        measure: .init(key: key, category: action.category, zh: name, en: "proposed: \(name) (give the English name)", from: para.text))
    }
    let scope = place.flatMap { vocabulary.catalogue.isDistrict($0.key) ? $0.key : nil } ?? "city"
    var data: [String: JSONValue] = ["scope": .string(scope), "rule": .string("proposed: \(name) (draft: state the rule in force)")]
    data[action.type == .measureLifted ? "note" : "rule_zh"] = .string(para.text)
    var guesses = ["type and time: from the list's lead-in"]
    if start == nil { guesses.append("effective: publication (no start given)") }
    return Candidate(
      type: action.type, subject: "measure:" + key, effective: start?.time ?? published, until: action.end?.time,
      quote: String(String(para.original).trimmingTrailing("；;。 ")), data: data, guesses: guesses, confidence: 0.5, reading: name)
  }

  /// One group and how often it is tested (`1. 医疗机构工作人员、集中隔离场所工作人员，每天1次；`) under a lead-in that
  /// tests groups by frequency: a testing rule for that group, from the lead-in's start.
  func testedGroup(_ para: BriefingText.Piece, action: RuleListAction, published: Timestamp, proposed: inout ProposedCatalogue) -> Candidate? {
    // (The item's mark, "1." or "（一）", is no part of the group.)
    let t = String(para.normalized.dropFirst(SectionMark.at(para.normalized)?.length ?? 0).drop { $0 == " " || $0 == "　" })
    guard t.count <= 90,
      let m = t.firstMatch(
        of: #/^([^。；;：:]{2,60}?)[,，：:](?:由[^,，。；;]{1,12}调整为|[^,，。；;每由]{0,6})?(每[^,，。；;]{0,6}?[0-9一二两三四五六七]+次|[一两三四五六七]天[一两三四五六七]检|隔天一检|隔日一检)/#)
    else { return nil }
    let name = String(String(m.output.1).filter { $0 != " " }.map { ",，".contains($0) ? "、" : $0 })
    let key = "testing.p-\(String(fnv1a(name), radix: 16))"
    if vocabulary.catalogue.measures[key] == nil {
      proposed.propose(measure: .init(key: key, category: "testing", zh: name, en: "proposed: \(name) (give the English name)", from: para.text))
    }
    var scanner = TimeScanner(published: published)
    let own = scanner.scan(para.normalized).first { ($0.role == .start || $0.role == .point) && $0.hasDay }
    let start = own ?? action.start
    let scope = action.issuer ?? "city"
    var guesses = [
      "type and time: from the list's lead-in (groups tested at a frequency)",
      action.issuer == nil ? "scope: city (the lead-in names no place)" : "scope: \(scope), whose command issued the notice",
    ]
    if start == nil { guesses.append("effective: publication (no start given)") }
    let data: [String: JSONValue] = [
      "scope": .string(scope), "rule": .string("proposed: \(name) tested \(m.output.2) (draft: state the rule in force)"),
      "rule_zh": .string(para.text),
    ]
    // ("…，由每周2次调整为每2天1次": a frequency changed.)
    let changed = t.contains("调整为")
    if changed { guesses.append("type: amended (由…调整为)") }
    return Candidate(
      type: changed ? .measureAmended : .measureImposed, subject: "measure:" + key, effective: start?.time ?? published, until: action.end?.time,
      quote: String(String(para.original).trimmingTrailing("；;。 ")), data: data, guesses: guesses, confidence: 0.5, reading: name)
  }
}
