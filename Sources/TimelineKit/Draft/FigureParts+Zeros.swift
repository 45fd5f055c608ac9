/// Figures written without a number: zeros as negations and streaks of days without new cases.
extension Drafter {
  /// Zero written as a negation (`未发现重症病例`, `无新增本土确诊病例`) and streaks (`连续5天零新增`, `连续7天未筛出阳性`).
  func zeroFigures(
    _ s: BriefingText.Piece, mentions: [TimeMention], published: Timestamp, issuer: PlaceHit? = nil, proposed: inout ProposedCatalogue
  ) -> [Candidate] {
    let t = s.text
    let chars = s.normalized
    var out: [Candidate] = []
    let day = Timestamp(year: published.fields.year, month: published.fields.month, day: published.fields.day)!
    /// A zero figure of `label` (new when it says 新增), quoted by `quote`.
    func zero(_ label: String, quote: String, from neg: String, scope: PlaceHit? = nil) {
      let new = label.contains("新增")
      guard let composed = Drafter.composedKey(label, inherited: new ? "new" : "current") else { return }
      let key = composed.key
      if vocabulary.catalogue.metrics[key] == nil {
        proposed.propose(metric: .init(key: key, category: "cases", zh: label, en: "proposed: \(label)", from: quote))
      }
      var effective = published
      var data: [String: JSONValue] = ["value": .number("0"), "unit": .string("例")]
      if composed.qualifier == "new", let d = mentions.last(where: { $0.hasDay }) {
        let ds = Timestamp(year: d.time.fields.year, month: d.time.fields.month, day: d.time.fields.day)!
        effective = ds.adding(seconds: 86_400)
        data["period_start"] = .string(ds.iso8601)
      } else if composed.qualifier != "new", let asOf = mentions.last(where: { $0.role == .asOf }) {
        // "截至11月24日24时，…暂无危重症病例": a count of those there are, as of the time the sentence gives.
        effective = asOf.time
      }
      out.append(
        Candidate(
          type: .metricReported, subject: "metric:\(key)@\(scope?.key ?? "city")", effective: effective, until: nil, quote: quote, data: data,
          guesses: ["value: 0 from \(neg)"], confidence: 0.6, reading: label + (scope.map { " @ \($0.zh)" } ?? "")))
    }
    /// Where the clause that holds `lo` starts (after a comma or a stop; after a colon too, when told).
    func clauseStart(before lo: Int, colons: Bool = false) -> Int {
      var cs = lo
      while cs > 0, !"，,。;；".contains(chars[cs - 1]), !(colons && "：:".contains(chars[cs - 1])) { cs -= 1 }
      return cs
    }
    /// The district a clause names right before `lo` ("航空港区无新增本土感染者"): the zero is that district's.
    func districtBefore(_ lo: Int) -> PlaceHit? {
      let cs = clauseStart(before: lo, colons: true)
      var scratch = proposed
      guard let d = districts(in: Array(chars[cs..<lo]), proposed: &scratch).last, lo - (cs + d.range.upperBound) <= 4 else { return nil }
      proposeIfNeeded(d, scratch: scratch, into: &proposed)
      return d
    }
    if let re = DraftPatterns.regex(
      #"(未发现|未出现|无新增|未新增|没有新增|(?:无|没有)(?=死亡|重症|危重|重型))([^,，。;；、]{0,4}?(?:确诊病例|无症状感染者|重症病例|危重病例|重型病例|危重型病例|死亡病例|阳性感染者|阳性病例|境外输入病例|输入病例|本土感染者|感染者|确诊|阳性|重型|危重型|重症|危重症))"#
    ) {
      for m in t.matches(of: re) {
        // "已连续多日无新增…" gives no number: a justification, not a figure.
        let lo = t.distance(from: t.startIndex, to: m.range.lowerBound)
        if String(chars[max(0, lo - 4)..<lo]).contains("多日") || String(chars[max(0, lo - 4)..<lo]).contains("多天") { continue }
        // "连续7天社会面无新增…" is a streak, counted below.
        if String(chars[max(0, lo - 10)..<lo]).contains("连续") { continue }
        // "社会面无新增感染者" is counted below; "无新增感染者的小区" is a condition, not a figure.
        if String(chars[max(0, lo - 3)..<lo]).hasSuffix("社会面") { continue }
        if t[m.range.upperBound...].hasPrefix("的") { continue }
        let neg = String(m.output[1].substring ?? "")
        let label = (neg.contains("新增") ? "新增" : "") + String(m.output[2].substring ?? "")
        // "无重症、危重症病例", "没有重症和危重症病例": the severities the negation joins are quoted with it (one figure: none
        // of them).
        var quote = String(t[m.range])
        if let more = t[m.range.upperBound...].prefixMatch(of: #/((?:、|和|及)(危重症|危重型|危重|重症|重型|死亡)(病例)?)+/#) {
          quote += String(more.output.0)
        }
        zero(label, quote: quote, from: neg, scope: districtBefore(lo))
        // "无新增本土确诊病例和无症状感染者": the other status the negation joins is a zero of its own.
        if neg.contains("新增"), let more = t[m.range.upperBound...].prefixMatch(of: #/(?:和|及|、)(本土)?(无症状感染者|确诊病例)/#) {
          zero("新增" + String(more.output.1 ?? "") + String(more.output.2), quote: String(more.output.0.dropFirst()), from: neg)
        }
      }
    }
    // "本土新增感染者为零": a count said to be zero.
    if let re = DraftPatterns.regex(#"([^,，。;；：:]{0,6}新增[^,，。;；：:]{0,6}?(?:感染者|确诊病例|阳性病例|病例))(?:数)?(?:均)?为零"#), let m = t.firstMatch(of: re) {
      zero(String(m.output[1].substring ?? ""), quote: String(t[m.range]), from: "为零")
    }
    // "…均在管控人员中发现，社会面无新增": no new case found outside control that day.
    // ("社会面无新增感染者", with the cases it names, is left out: most writers code no figure for it.)
    if let re = DraftPatterns.regex(#"社会面(无新增|未发现新增)(?![^,，。;；]{0,6}(病例|感染者|阳性))"#), let m = t.firstMatch(of: re) {
      let lo = t.distance(from: t.startIndex, to: m.range.lowerBound)
      let key = "cases.positive.new-community"
      if vocabulary.catalogue.metrics[key] == nil {
        proposed.propose(
          metric: .init(key: key, category: "cases", zh: "社会面新增阳性病例", en: "proposed: new community positives", from: String(t[m.range])))
      }
      var data: [String: JSONValue] = ["value": .number("0"), "unit": .string("例")]
      var effective = published
      if let day = Drafter.dayCounted(before: lo, in: mentions, skippingEnds: true) {
        effective = day.asOf
        data["period_start"] = .string(day.start.iso8601)
      }
      out.append(
        Candidate(
          type: .metricReported, subject: "metric:\(key)@city", effective: effective, until: nil, quote: String(t[m.range]), data: data,
          guesses: ["value: 0 from 社会面无新增"], confidence: 0.55, reading: "社会面新增阳性病例"))
    }
    // "当日零新增", "实现零新增" without a streak: no new cases that day.
    if let re = DraftPatterns.regex(#"零新增"#) {
      for m in t.matches(of: re) {
        let lo = t.distance(from: t.startIndex, to: m.range.lowerBound)
        let before = String(chars[max(0, lo - 6)..<lo])
        if before.contains("连续") || before.contains("天") || before.contains("日") && before.contains("连") { continue }
        let key = "cases.positive.new"
        if vocabulary.catalogue.metrics[key] == nil {
          proposed.propose(metric: .init(key: key, category: "cases", zh: "新增阳性病例", en: "proposed: new positive cases", from: "零新增"))
        }
        let cs = clauseStart(before: lo)
        var scratch = proposed
        let ds = districts(in: Array(chars[cs..<lo]), proposed: &scratch)
        let scopes: [PlaceHit?] = ds.isEmpty ? [nil] : ds
        var data: [String: JSONValue] = ["value": .number("0"), "unit": .string("例")]
        var effective = published
        if let day = Drafter.dayCounted(before: lo, in: mentions, skippingEnds: false) {
          effective = day.asOf
          data["period_start"] = .string(day.start.iso8601)
        }
        for d in scopes {
          if let d { proposeIfNeeded(d, scratch: scratch, into: &proposed) }
          out.append(
            Candidate(
              type: .metricReported, subject: "metric:\(key)@\(d?.key ?? "city")", effective: effective, until: nil,
              quote: s.quote(cs..<(lo + 3)), data: data, guesses: ["value: 0 from 零新增"], confidence: 0.6, reading: "零新增 @ \(d?.zh ?? "全市")"))
        }
      }
    }
    // "示例县、示例市未筛出阳性", "全市未检出阳性": no positive found in screening, for the places its clause names.
    if let re = DraftPatterns.regex(#"(未筛出|未检出|未筛查出)(阳性病例|阳性感染者|阳性人员|阳性)"#) {
      for m in t.matches(of: re) {
        let lo = t.distance(from: t.startIndex, to: m.range.lowerBound)
        let cs = clauseStart(before: lo)
        // A streak ("连续7天未筛出阳性") is counted below.
        if String(chars[cs..<lo]).contains("连续") { continue }
        let label = String(String(t[m.range]).dropFirst())
        let key: String
        if let hit = vocabulary.metrics.find(in: Array(label)).first(where: { $0.range == 0..<label.count && $0.weight >= 20 }) {
          key = hit.value
        } else {
          key = "testing.p-\(String(fnv1a(label), radix: 16))"
          if vocabulary.catalogue.metrics[key] == nil {
            proposed.propose(metric: .init(key: key, category: "testing", zh: label, en: "proposed: \(label)", from: String(t[m.range])))
          }
        }
        let places = vocabulary.places.find(in: Array(chars[cs..<lo]))
        let scope = places.last.map { h in vocabulary.catalogue.scopes[h.value].map { _ in h.value } ?? "city" } ?? issuer?.key ?? "city"
        // "10月27日…筛查，未检出阳性": the screening's day, when the sentence names one.
        var effective = published
        var data: [String: JSONValue] = ["value": .number("0"), "unit": .string("例")]
        if let day = Drafter.dayCounted(before: lo, in: mentions, skippingEnds: true) {
          effective = day.asOf
          data["period_start"] = .string(day.start.iso8601)
        }
        out.append(
          Candidate(
            type: .metricReported, subject: "metric:\(key)@\(scope)", effective: effective, until: nil, quote: s.quote(cs..<(lo + t[m.range].count)),
            data: data, guesses: ["value: 0 from 未筛出/未检出"], confidence: 0.55,
            reading: label + (Drafter.roundNamed(in: t).map { "（\($0)）" } ?? "") + (places.last.map { " @ \($0.phrase)" } ?? "")))
      }
    }
    if let re = DraftPatterns.regex(
      #"连续第?([0-9]+|[一二两三四五六七八九十]+)(天|日)(?:保持|实现)?(?:社会面|本土)?(零新增|无新增|未新增|没有新增|无社会面新增|无本土新增|未筛出阳性|未检出阳性|未检出|零报告|未发现[^,，。;；]{0,6})((?:社会面)?(?:本土)?(?:确诊病例|无症状感染者|阳性感染者|感染者|阳性病例|病例))?"#
    ) {
      for m in t.matches(of: re) {
        guard let n = m.output[1].substring.flatMap({ ChineseNumerals.value($0) }) else { continue }
        let lo = t.distance(from: t.startIndex, to: m.range.lowerBound)
        let what = String(m.output[3].substring ?? "")
        let key = "cases.zero-new.streak-days"
        if vocabulary.catalogue.metrics[key] == nil {
          proposed.propose(
            metric: .init(key: key, category: "cases", zh: "连续零新增天数", en: "Consecutive days without new cases", from: String(t[m.range])))
        }
        // The districts named before the streak in its clause, one figure each.
        let cs = clauseStart(before: lo)
        var scratch = proposed
        let ds = districts(in: Array(chars[cs..<lo]), proposed: &scratch)
        // "…小区、…社区已连续7天无新增": why those compounds are lifted, not a figure of a district or the city.
        // ("中原区某某街道某某社区连续7天无新增…": the district is the compound's.)
        let afterDistricts = ds.last.map { min($0.range.upperBound + cs, lo) } ?? cs
        if ["小区", "社区", "楼", "村", "院", "大厦", "家园"].contains(where: { String(chars[afterDistricts..<lo]).contains($0) }) { continue }
        // ("某某小区7号楼、9号楼，已连续14天无新增…": so is a streak whose clause follows the places.)
        if ds.isEmpty, String(chars[cs..<lo]).count <= 1, cs >= 2,
          ["小区", "社区", "楼", "村", "院", "大厦", "家园"].contains(where: { String(chars[..<(cs - 1)]).hasSuffix($0) })
        {
          continue
        }
        // "高风险区连续5天无新增感染者的，…": a condition for lifting zones, not a figure.
        if !vocabulary.zoneLevels.find(in: Array(chars[cs..<lo])).isEmpty { continue }
        // "连续7天无新增阳性感染者的，经评估后…", "…无新增感染者降为中风险区": a condition of a rule, not a figure.
        let after = String(chars[(lo + t[m.range].count)...].prefix(4))
        if after.hasPrefix("的") || ["降为", "解除", "调整", "可"].contains(where: { after.hasPrefix($0) }) { continue }
        // A district's or county's notice reports its own streak; "航空港区无新增…，这已是全区连续第8天无新增": 全区 is
        // the district the sentence named before.
        var whole: PlaceHit?
        if ds.isEmpty, ["全区", "全县", "全市"].contains(where: { String(chars[cs..<lo]).contains($0) }), cs > 0 {
          whole = districts(in: Array(chars[..<cs]), proposed: &scratch).last
        }
        let scopes: [PlaceHit?] = ds.isEmpty ? [whole ?? issuer] : ds
        // ("截至7月29日24时，全市已连续7天无…": a streak as of the time the sentence gives.)
        let asOf = mentions.last { $0.role == .asOf && $0.range.upperBound <= lo }
        for d in scopes {
          if let d { proposeIfNeeded(d, scratch: scratch, into: &proposed) }
          out.append(
            Candidate(
              type: .metricReported, subject: "metric:\(key)@\(d?.key ?? "city")", effective: asOf?.time ?? day, until: nil,
              quote: s.quote(cs..<(lo + t[m.range].count)), data: ["value": .number(String(n)), "unit": .string("天")],
              guesses: [asOf == nil ? "as of: publication day (a streak has no 截至 time)" : "as of: the 截至 time before the streak"],
              confidence: 0.6, reading: "\(what) @ \(d?.zh ?? "全市")"))
        }
      }
    }
    return out
  }

  /// The day a figure before `offset` counts ("6月3日，…未检出阳性"): 00:00 of that day, and 00:00 of the next, when the
  /// figure is as of. `skippingEnds` leaves out the end of a span ("…至6月3日").
  static func dayCounted(before offset: Int, in mentions: [TimeMention], skippingEnds: Bool) -> (start: Timestamp, asOf: Timestamp)? {
    guard let d = mentions.last(where: { $0.hasDay && $0.range.upperBound <= offset && !(skippingEnds && $0.role == .end) }),
      let start = Timestamp(year: d.time.fields.year, month: d.time.fields.month, day: d.time.fields.day)
    else { return nil }
    return (start, start.adding(seconds: 86_400))
  }
}
