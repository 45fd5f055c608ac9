/// What ``Drafter`` produced: the drafts in text order, and notes for the reviewer about what it skipped.
public struct DraftResult: Sendable {
  public var drafts: [Draft]
  /// One line each: figures without a catalogue metric, zones without a district, quotes that failed the check.
  public var notes: [String]
  /// Catalogue entries the drafts use but the catalogue lacks (accepted by the reviewer before appending).
  public var proposed = ProposedCatalogue()
}

/// Turns a briefing's text into draft events for a person to review (`timeline draft`).
///
/// Reads sentence by sentence with general patterns of the notices' language: testing rounds, zone
/// designations, reported figures and rules, each resolved against the publication date and matched to
/// catalogue subjects through their Chinese labels and aliases. Every quote is a slice of the folded text
/// and is checked with ``SourceText/contains(quote:)`` before it is kept.
///
/// ## Topics
/// - ``init(catalogue:knownSubjects:)``, ``draft(text:source:published:)``
public struct Drafter: Sendable {
  public let vocabulary: DraftVocabulary
  /// Subjects that already have events in earlier logs: a rule on one of them is an amendment.
  public let knownSubjects: Set<String>

  public init(catalogue: Catalogue, knownSubjects: Set<String> = []) {
    self.vocabulary = DraftVocabulary(catalogue: catalogue)
    self.knownSubjects = knownSubjects
  }

  struct Candidate {
    var type: EventType
    var subject: String
    var effective: Timestamp
    var until: Timestamp?
    var quote: String
    var data: [String: JSONValue]
    var guesses: [String]
    var confidence: Double
    var dedupeKey: String { "\(type.rawValue)|\(subject)|\(effective.iso8601)|\(until?.iso8601 ?? "")|\(data["value"].map { "\($0)" } ?? "")" }
  }

  static let ruleCues = [
    "暂停", "恢复", "关闭", "开放", "禁止", "严禁", "不得", "限流", "不超过", "单双号", "实行", "实施", "执行", "启用", "开通", "开辟",
    "设立", "须", "需", "必须", "一律", "要求", "正常营业", "正常运营", "正常接诊", "上线", "启动", "停止", "取消", "解除", "调整", "可以",
    "落实", "组建", "提供", "保障", "开展", "建立", "停课", "封闭", "闭环", "劝返", "报备", "管控", "限行",
  ]
  static let notRuleCues = ["建议", "提倡", "倡议", "下一步", "呼吁", "预计", "计划", "将根据"]

  /// Drafts the events of a briefing.
  ///
  /// - Parameters:
  ///   - text: the briefing as printed (UTF-8 decoded).
  ///   - source: the log name (`2022-01-11_press-conference-29`); ids are `<source>-d001`, ….
  ///   - published: the publication time; every draft's `recorded`.
  /// - Returns: the drafts (the first is `briefing.published`) and notes.
  public func draft(text: String, source: String, published: Timestamp) -> DraftResult {
    let bt = BriefingText(text)
    let check = SourceText(Array(text.utf8))
    var notes: [String] = []
    var candidates: [Candidate] = []
    let pub = published.cityTime

    candidates.append(briefingEvent(bt, source: source, published: pub))

    for para in bt.paragraphs where !para.isHeading {
      var scanner = TimeScanner(published: pub)
      var lastDistrict: String?
      for r in BriefingText.sentences(in: para) {
        let s = para.slice(r)
        let chars = s.normalized
        let mentions = scanner.scan(chars)
        let places = vocabulary.places.find(in: chars)
        if let d = places.last(where: { vocabulary.catalogue.isDistrict($0.value) }) { lastDistrict = d.value }
        candidates += zones(s, mentions: mentions, published: pub, fallbackDistrict: lastDistrict, notes: &notes)
        // Clauses joined by ； often state separate things (two rounds, bus then metro): read them one by one,
        // each keeping a date that opens the sentence ("1月10日，我市对…").
        let leading = mentions.first { $0.hasDay && $0.range.lowerBound <= 8 && $0.role != .asOf && $0.role != .end }
        for part in BriefingText.split(s, at: ";；", keepClosingQuote: false) {
          let ps = s.slice(part)
          var pm = mentions.filter { part.contains($0.range.lowerBound) }.map { m -> TimeMention in
            var m = m
            m.range = (m.range.lowerBound - part.lowerBound)..<(m.range.upperBound - part.lowerBound)
            return m
          }
          if let leading, part.lowerBound > 0, !pm.contains(where: { $0.hasDay && $0.role != .asOf }) {
            var l = leading
            l.range = 0..<0
            pm.insert(l, at: 0)
          }
          let pp = places.filter { part.contains($0.range.lowerBound) }.map { h -> Lexicon.Hit in
            var h = h
            h.range = (h.range.lowerBound - part.lowerBound)..<(h.range.upperBound - part.lowerBound)
            return h
          }
          var consumed: [Range<Int>] = pm.map(\.range)
          if let t = testing(ps, mentions: pm, places: pp, published: pub, consumed: &consumed) {
            candidates += t
          }
          candidates += metrics(ps, mentions: pm, places: pp, published: pub, consumed: consumed, notes: &notes)
          candidates += measures(ps, mentions: pm, places: pp, published: pub)
        }
      }
    }

    var seen = Set<String>()
    var drafts: [Draft] = []
    for c in candidates {
      guard seen.insert(c.dedupeKey).inserted else { continue }
      guard check.contains(quote: c.quote) else {
        notes.append("quote not found verbatim, draft dropped: \(c.quote)")
        continue
      }
      guard let subject = try? SubjectKey(c.subject) else {
        notes.append("no valid subject key '\(c.subject)' for: \(c.quote)")
        continue
      }
      var until = c.until
      if let u = until, u <= c.effective { until = nil }
      let id = source + "-d" + String(format3(drafts.count + 1))
      var review = JSONObject()
      let confidence = max(0.05, min(0.95, c.confidence - 0.05 * Double(c.guesses.count)))
      review["confidence"] = .number(String(format2(confidence)))
      review["guessed"] = .array(c.guesses.map { .string($0) })
      drafts.append(
        Draft(
          id: id, type: c.type, subject: subject, interval: ValidInterval(effective: c.effective, until: until), recorded: pub,
          source: source, quote: c.quote, data: JSONObject(unsorted: c.data.map { .init(key: $0.key, value: $0.value) }) ?? JSONObject(),
          review: review))
    }
    return DraftResult(drafts: drafts, notes: notes)
  }

  // MARK: - The briefing

  func briefingEvent(_ bt: BriefingText, source: String, published: Timestamp) -> Candidate {
    var quote = bt.paragraphs.first.map { String($0.original) } ?? source
    var title = quote
    outer: for p in bt.paragraphs.prefix(6) {
      for r in BriefingText.sentences(in: p) where String(p.normalized[r]).contains("发布会") {
        let clauses = BriefingText.clauses(in: p.slice(r))
        let c = clauses.first { String(p.normalized[r][p.normalized[r].startIndex...].dropFirst($0.lowerBound).prefix($0.count)).contains("发布会") }
        let cr = c.map { (r.lowerBound + $0.lowerBound)..<(r.lowerBound + $0.upperBound) } ?? r
        quote = p.quote(cr)
        title = quote
        break outer
      }
    }
    if let h = bt.paragraphs.first, h.isHeading { title = String(h.original) }
    title = String(title.trimmingTrailing("，。,：:"))
    var data: [String: JSONValue] = [
      "title": .string(title), "published_at": .string(published.iso8601), "source_file": .string("sources/\(source).txt"),
    ]
    var guesses = ["title: first heading or the sentence naming the conference"]
    let norm = String(quote.map(BriefingText.normalize))
    if let re = try? Regex(#"第([[0-9]一二三四五六七八九十百零]+)场"#), let m = norm.firstMatch(of: re),
      let n = m.output[1].substring.flatMap({ ChineseNumerals.value($0) })
    {
      data["number"] = .number(String(n))
    } else {
      guesses.append("number: none found")
    }
    return Candidate(
      type: .briefingPublished, subject: "briefing:\(source)", effective: published, until: nil, quote: quote, data: data,
      guesses: guesses, confidence: 0.9)
  }

  // MARK: - Testing rounds

  func testing(
    _ s: BriefingText.Piece, mentions: [TimeMention], places: [Lexicon.Hit], published: Timestamp, consumed: inout [Range<Int>]
  ) -> [Candidate]? {
    let t = s.text
    guard t.contains("核酸"), t.contains("全员") || t.contains("筛查") || t.contains("轮") else { return nil }
    var round: Int?
    var label: String?
    if let re = try? Regex(#"(第([[0-9]一二三四五六七八九十]+)轮|新一轮)[^,。;，]*?(全员核酸检测|全员核酸|核酸检测|核酸筛查)"#), let m = t.firstMatch(of: re) {
      label = String(m.output[0].substring ?? "")
      round = m.output[2].substring.flatMap { ChineseNumerals.value($0) }
      if label?.hasSuffix("全员核酸") == true { label! += "检测" }
    }
    let scope = scopeOf(places, in: s.normalized)
    let start = mentions.first { $0.role == .start } ?? mentions.first { $0.role == .point && ($0.hasClock || $0.hasDay) }
    let end = mentions.first { $0.role == .end && $0.time > (start?.time ?? published) }
    let asOf = mentions.first { $0.role == .asOf }
    let figures = FigureRecogniser.figures(in: s.normalized, excluding: consumed)
    let testedFigure = figures.first { $0.unit.hasSuffix("人") || $0.unit.hasSuffix("人次") }
    let completed = ["共检测", "已全部结束", "已完成", "检测结束"].contains { t.contains($0) } || (testedFigure != nil && round != nil && start == nil)
    let scheduled = ["开始", "启动", "开展", "进行"].contains { t.contains($0) } && start != nil
    guard completed || scheduled, label != nil || t.contains("全员核酸") || t.contains("核酸筛查") else { return nil }
    var guesses = scope.guess.map { [$0] } ?? []
    let quote = String(s.original)
    func slug(_ day: Timestamp) -> String {
      if let round {
        let f = published.fields
        guesses.append("slug: round \(round) of \(f.year)-\(f.month) (publication month)")
        return "\(f.year)-\(f.month < 10 ? "0" : "")\(f.month)-round-\(round)"
      }
      guesses.append("slug: date and scope")
      return day.dateString + "-" + (scope.key == "city" ? "citywide" : String(scope.key.map { $0 == ":" || $0 == "," ? "-" : $0 }))
    }
    let label0 = label ?? "核酸检测"
    if completed, !scheduled || testedFigure != nil && asOf != nil {
      var data: [String: JSONValue] = ["scope": .string(scope.key), "label": .string(label0)]
      if let round { data["round"] = .number(String(round)) }
      if let f = testedFigure {
        data["tested"] = .number(f.value)
        data["tested_unit"] = .string(f.unit)
        consumed.append(f.range)
      }
      if let re = try? Regex(#"(确诊|阳性)([0-9]+)(人|例)"#), let m = t.firstMatch(of: re), let v = m.output[2].substring {
        data["positives"] = Int(v).map { .number(String($0)) } ?? .string(String(v))
        let lo = t.distance(from: t.startIndex, to: m.range.lowerBound)
        consumed.append(lo..<(lo + t[m.range].count))
      }
      let effective = asOf?.time ?? end?.time ?? published
      if asOf == nil && end == nil { guesses.append("completed: at publication (no end time given)") }
      let sub = slug(effective)
      return [
        Candidate(
          type: .testingCompleted, subject: "testing:" + sub, effective: effective, until: nil, quote: quote, data: data,
          guesses: guesses + (asOf?.guesses ?? []), confidence: 0.6)
      ]
    }
    guard let start else { return nil }
    for f in figures { consumed.append(f.range) }
    // A daily screening over a range of days: one round a day.
    if t.contains("每天") || t.contains("每日"), let end, !start.hasClock, end.time > start.time {
      var out: [Candidate] = []
      var day = start.time
      let last = end.hasClock ? end.time : end.time.adding(seconds: 86_400)
      while day < last && out.count < 31 {
        let next = day.adding(seconds: 86_400)
        let f = day.fields
        var data: [String: JSONValue] = ["scope": .string(scope.key), "label": .string(label0 + "（\(f.month)月\(f.day)日）")]
        data["sampling_start"] = .string(day.iso8601)
        out.append(
          Candidate(
            type: .testingScheduled, subject: "testing:" + slug(day), effective: day, until: next, quote: quote, data: data,
            guesses: guesses + ["one round a day from 每天"], confidence: 0.5))
        day = next
      }
      return out
    }
    var data: [String: JSONValue] = ["scope": .string(scope.key), "label": .string(label0)]
    if let round { data["round"] = .number(String(round)) }
    data["sampling_start"] = .string(start.time.iso8601)
    if let end { data["sampling_end"] = .string(end.time.iso8601) }
    let sub = slug(start.time)
    return [
      Candidate(
        type: .testingScheduled, subject: "testing:" + sub, effective: start.time, until: end?.time, quote: quote, data: data,
        guesses: guesses + start.guesses, confidence: 0.6)
    ]
  }

  // MARK: - Zones

  func zones(
    _ s: BriefingText.Piece, mentions: [TimeMention], published: Timestamp, fallbackDistrict: String?, notes: inout [String]
  ) -> [Candidate] {
    guard let verbRe = try? Regex(#"(由(\S{2,8}?)调整为|调整为|划定为|划为|列为|升级为|降为|实行(\S{0,8}?)管理|解封)"#) else { return [] }
    var out: [Candidate] = []
    let start = mentions.first { $0.role == .start } ?? mentions.first { $0.role == .point && $0.hasDay }
    let end = mentions.first { $0.role == .end }
    for part in BriefingText.split(s, at: ";；", keepClosingQuote: false) {
      let p = s.slice(part)
      let t = p.text
      guard let m = t.firstMatch(of: verbRe) else { continue }
      let vLo = t.distance(from: t.startIndex, to: m.range.lowerBound)
      let vHi = vLo + t[m.range].count
      let verb = String(t[m.range])
      let levels = vocabulary.zoneLevels.find(in: p.normalized)
      let after = levels.first { $0.range.lowerBound >= vLo && $0.range.lowerBound <= vHi + 1 }
      let isLift = verb == "解封"
      guard isLift || after != nil else { continue }
      // The place: from the clause start (or 将/对) to the verb.
      var pStart = 0
      var k = vLo - 1
      while k >= 0 {
        let c = p.normalized[k]
        if ",:，：".contains(c) { pStart = k + 1; break }
        if c == "将" || c == "对" { pStart = k + 1; break }
        k -= 1
      }
      var placeEnd = vLo
      var fromLevel: String?
      if verb.hasPrefix("由") {
        fromLevel = levels.first { $0.range.lowerBound >= vLo && $0.range.upperBound <= vHi && $0.value != after?.value }?.value
      }
      if let from = levels.last(where: { $0.range.upperBound == vLo }), isLift { placeEnd = from.range.lowerBound }
      if placeEnd > pStart, p.normalized[placeEnd - 1] == "的" { placeEnd -= 1 }
      guard placeEnd - pStart >= 2 else { continue }
      var place = String(p.original[pStart..<placeEnd])
      var exclusions: [String] = []
      if let ex = try? Regex(#"[（(]不含(.+)[)）]"#), let em = place.firstMatch(of: ex) {
        exclusions = String(em.output[1].substring ?? "").split(whereSeparator: { "、,，".contains($0) }).map(String.init)
        place.removeSubrange(em.range)
      }
      let placeChars = Array(place.map(BriefingText.normalize))
      var guesses: [String] = []
      let districtHit = vocabulary.places.find(in: placeChars).first { vocabulary.catalogue.isDistrict($0.value) }
      let beforeHit = vocabulary.places.find(in: Array(s.normalized)).last { vocabulary.catalogue.isDistrict($0.value) }
      guard let district = districtHit?.value ?? beforeHit?.value ?? fallbackDistrict else {
        notes.append("zone without a district, not drafted: \(String(p.original))")
        continue
      }
      if districtHit == nil { guesses.append("district: \(district) from the surrounding text") }
      let slug = "p" + String(fnv1a(place), radix: 16)
      guesses.append("zone slug: placeholder \(slug), give it a readable name")
      var data: [String: JSONValue] = ["district": .string(district), "place": .string(place)]
      if !exclusions.isEmpty { data["exclusions"] = .array(exclusions.map { .string($0) }) }
      let type: EventType
      if isLift {
        type = .zoneLifted
      } else {
        data["level"] = .string(after!.value)
        if let fromLevel {
          data["from_level"] = .string(fromLevel)
          type = .zoneRegraded
        } else {
          type = verb.hasPrefix("调整为") || verb.hasPrefix("升级为") || verb.hasPrefix("降为") ? .zoneRegraded : .zoneDesignated
        }
      }
      if start == nil { guesses.append("effective: publication (no start given)") }
      out.append(
        Candidate(
          type: type, subject: "zone:\(district)/\(slug)", effective: start?.time ?? published, until: end?.time, quote: String(p.original),
          data: data, guesses: guesses + (start?.guesses ?? []), confidence: 0.6))
    }
    return out
  }

  // MARK: - Figures

  func metrics(
    _ s: BriefingText.Piece, mentions: [TimeMention], places: [Lexicon.Hit], published: Timestamp, consumed: [Range<Int>],
    notes: inout [String]
  ) -> [Candidate] {
    let chars = s.normalized
    let figures = FigureRecogniser.figures(in: chars, excluding: consumed)
    guard !figures.isEmpty else { return [] }
    let hits = vocabulary.metrics.find(in: chars)
    let clauses = BriefingText.clauses(in: s)
    let asOf = mentions.first { $0.role == .asOf }
    var out: [Candidate] = []
    var lastMetric: String?
    var lastFigureEnd = 0
    for f in figures {
      let clause = clauses.first { $0.contains(f.range.lowerBound) } ?? 0..<chars.count
      var guesses: [String] = []
      var key: String?
      var via = ""
      var confidence = 0.7
      var scope = "city"
      var scopeGiven = false
      // A list item: a district right before the figure ("二七区47例").
      let districtBefore = places.last { $0.range.upperBound == f.range.lowerBound || $0.range.upperBound + 1 == f.range.lowerBound && ":：".contains(chars[$0.range.upperBound]) }
      let labelBefore = hits.last { $0.range.upperBound <= f.range.lowerBound && $0.range.lowerBound >= max(clause.lowerBound, lastFigureEnd) }
      let labelAfter = hits.first { $0.range.lowerBound >= f.range.upperBound && $0.range.lowerBound <= f.range.upperBound + 2 && $0.range.upperBound <= clause.upperBound }
      if let d = districtBefore, labelBefore == nil || labelBefore!.range.upperBound <= d.range.lowerBound, let lm = lastMetric {
        key = lm
        via = "the total before this list"
        scope = d.value
        scopeGiven = true
        confidence = 0.75
      } else if let h = labelBefore ?? labelAfter {
        key = h.value
        via = h.phrase
        confidence = h.range.upperBound + 2 >= f.range.lowerBound || h.range.lowerBound == f.range.upperBound ? 0.75 : 0.55
      }
      lastFigureEnd = f.range.upperBound
      guard let key else {
        let text = String(s.original[clause])
        notes.append("figure \(f.value)\(f.unit) has no catalogue metric (add an alias?): \(text)")
        continue
      }
      lastMetric = key
      if !scopeGiven {
        let scopeHit = places.last { $0.range.upperBound <= f.range.lowerBound && $0.range.lowerBound >= clause.lowerBound }
        if let sh = scopeHit {
          scope = sh.value
        } else {
          guesses.append("scope: city (no district named)")
        }
      }
      guesses.append("subject: metric:\(key) via \(via)")
      var data: [String: JSONValue] = ["value": .number(f.value), "unit": .string(f.unit)]
      if let q = f.qualifier { data["note"] = .string("approximate: \(q)") }
      var effective = published
      if let asOf {
        effective = asOf.time
        guesses += asOf.guesses
      } else if key.contains("new") || via.contains("新增"),
        let day = mentions.last(where: { $0.hasDay && !$0.hasClock && $0.range.upperBound <= f.range.lowerBound })
      {
        effective = day.time.adding(seconds: 86_400)
        data["period_start"] = .string(day.time.iso8601)
        guesses += day.guesses + ["as of: end of the day named"]
      } else {
        guesses.append("as of: publication (no 截至 time)")
      }
      let lo = scopeGiven ? (districtBefore?.range.lowerBound ?? f.range.lowerBound) : min(clause.lowerBound, f.range.lowerBound)
      var quote = Substring(s.quote(lo..<max(clause.upperBound, f.range.upperBound)))
      for tail in ["（其中", "(其中", "（", "("] where quote.hasSuffix(tail) { quote = quote.dropLast(tail.count) }
      quote = quote.trimmingTrailing("，,；;。：:")
      if quote.hasSuffix("）") || quote.hasSuffix(")"), !quote.contains("（") && !quote.contains("(") { quote = quote.dropLast() }
      out.append(
        Candidate(
          type: .metricReported, subject: "metric:\(key)@\(scope)", effective: effective, until: nil, quote: String(quote), data: data,
          guesses: guesses, confidence: confidence))
    }
    return out
  }

  // MARK: - Rules

  func measures(_ s: BriefingText.Piece, mentions: [TimeMention], places: [Lexicon.Hit], published: Timestamp) -> [Candidate] {
    let t = s.text
    guard Drafter.ruleCues.contains(where: { t.contains($0) }), !Drafter.notRuleCues.contains(where: { t.contains($0) }) else { return [] }
    let hits = vocabulary.measures.find(in: s.normalized)
    var best: [String: Lexicon.Hit] = [:]
    for h in hits where (best[h.value]?.weight ?? -1) < h.weight { best[h.value] = h }
    var chosen = best.values.filter { $0.weight >= 12 }.sorted { $0.weight > $1.weight }
    if chosen.isEmpty, let top = best.values.max(by: { $0.weight < $1.weight }), top.range.count >= 4 { chosen = [top] }
    guard !chosen.isEmpty else { return [] }
    chosen = Array(chosen.prefix(3)).sorted { $0.range.lowerBound < $1.range.lowerBound }
    let scope = scopeOf(places, in: s.normalized)
    let start =
      mentions.first { $0.role == .start && $0.hasDay } ?? mentions.first { $0.role == .point && $0.hasDay && $0.range.lowerBound <= 8 }
    let end = mentions.first { $0.role == .end && $0.time > (start?.time ?? published) }
    var params: [String: JSONValue] = [:]
    if let re = try? Regex(#"不超过([0-9]+)%"#), let m = t.firstMatch(of: re), let v = m.output[1].substring {
      params["load_cap_percent"] = Int(v).map { .number(String($0)) } ?? .string(String(v))
    }
    if t.contains("单双号") { params["plates"] = .string("odd-even") }
    var out: [Candidate] = []
    for h in chosen {
      let key = h.value
      let subject = "measure:" + key
      var guesses = scope.guess.map { [$0] } ?? []
      guesses.append("subject: \(subject) via \(h.phrase)")
      var type = EventType.measureImposed
      if t.contains("解除") || t.contains("取消") {
        type = .measureLifted
        guesses.append("type: lifted (解除/取消)")
      } else if t.contains("恢复") || t.contains("调整") || t.contains("放宽") || t.contains("优化") {
        type = .measureAmended
        guesses.append("type: amended (恢复/调整)")
      } else if knownSubjects.contains(subject) {
        type = .measureAmended
        guesses.append("type: amended (an earlier log has this subject)")
      }
      if start == nil { guesses.append("effective: publication (no start given)") }
      let en = vocabulary.catalogue.measures[key]?.label.en ?? key
      var data: [String: JSONValue] = ["scope": .string(scope.key)]
      if type != .measureLifted || true {
        data["rule"] = .string("\(en) (draft: state the rule in force)")
        data["rule_zh"] = .string(String(s.original))
      }
      if !params.isEmpty { data["params"] = .object(JSONObject(unsorted: params.map { .init(key: $0.key, value: $0.value) }) ?? JSONObject()) }
      let confidence = h.weight >= 20 ? 0.6 : h.weight >= 12 ? 0.5 : 0.35
      out.append(
        Candidate(
          type: type, subject: subject, effective: start?.time ?? published, until: end?.time, quote: String(s.original), data: data,
          guesses: guesses + (start?.guesses ?? []), confidence: confidence))
    }
    return out
  }

  // MARK: - Scopes

  struct ScopeReading {
    var key: String
    var guess: String?
  }

  /// The scope a sentence names: a district set, one district, the province, or the city.
  func scopeOf(_ places: [Lexicon.Hit], in chars: [Character]) -> ScopeReading {
    let c = vocabulary.catalogue
    if let set = places.first(where: { c.scopes[$0.value]?.kind == .districtSet }) { return ScopeReading(key: set.value, guess: nil) }
    let districts = Array(Set(places.filter { c.isDistrict($0.value) }.map(\.value))).sorted()
    if districts.count == 1 { return ScopeReading(key: districts[0], guess: "scope: \(districts[0]) (the one district named)") }
    if districts.count > 1 {
      for s in c.scopes.values.sorted(by: { $0.key < $1.key }) where s.kind == .districtSet && Set(s.members) == Set(districts) {
        return ScopeReading(key: s.key, guess: nil)
      }
      return ScopeReading(key: "city", guess: "scope: city (several districts named: \(districts.joined(separator: ", ")))")
    }
    if places.contains(where: { c.scopes[$0.value]?.kind == .province }) { return ScopeReading(key: "province", guess: nil) }
    if places.contains(where: { c.scopes[$0.value]?.kind == .city }) { return ScopeReading(key: "city", guess: nil) }
    return ScopeReading(key: "city", guess: "scope: city (no district named)")
  }
}

func format3(_ n: Int) -> String { n < 10 ? "00\(n)" : n < 100 ? "0\(n)" : "\(n)" }

func format2(_ x: Double) -> String {
  let h = Int((x * 100).rounded())
  return "\(h / 100)." + (h % 100 < 10 ? "0" : "") + "\(h % 100)"
}

func fnv1a(_ s: String) -> UInt32 {
  var h: UInt32 = 2_166_136_261
  for b in s.utf8 {
    h ^= UInt32(b)
    h = h &* 16_777_619
  }
  return h
}

extension StringProtocol {
  func trimmingTrailing(_ chars: String) -> SubSequence {
    var s = self[...]
    while let last = s.last, chars.contains(last) { s = s.dropLast() }
    return s
  }
}
