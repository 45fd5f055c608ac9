/// Reported figures, read from their parts: a qualifier (新增, 累计, 现有…), a status (确诊, 无症状, 出院…), a noun and a
/// unit make a metric key; a breakdown (`其中…`, `（…）`, `N例分布：`, bare numbers after a header) gives one figure per
/// item, each inheriting its parent's key, unit and time; zero written as a negation and streaks are figures too.
extension Drafter {
  /// Figures a notice has reported so far, by status: a later header that repeats one (`确诊8例分布：`) takes its key and time.
  struct FigureMemory {
    var byStatus: [String: Parent] = [:]
    /// The last figure of cases read: a header that names another status (`其中，确诊病例：A区3例`) counts in its period.
    var lastCases: Parent?
    /// The last rate read (`全市…复工率达到88.6%`): `其中，A为…%，B为…%` gives it place by place.
    var lastRate: Parent?
  }

  /// A figure that items of a breakdown inherit from.
  struct Parent {
    var key: String
    var label: String
    var unit: String
    var effective: Timestamp
    var periodStart: Timestamp?
    var guesses: [String]
    var value: String
    /// The scope the figure was drafted in (its district's key, or `city`).
    var scope = "city"
  }

  /// The qualifier as a label writes it, with the verb after it (`累计报告`, `累计`, `新增`).
  static func qualifierWords(in label: String) -> String? {
    guard let (w, _) = qualifiers.first(where: { label.contains($0.0) }), let r = label.firstRange(of: w) else { return nil }
    let more = String(label[r.upperBound...].prefix(2))
    return ["报告", "发现"].contains(more) ? w + more : w
  }

  static let qualifiers: [(String, String)] = [
    ("新增", "new"), ("当日", "new"), ("累计", "cumulative"), ("现有", "current"), ("目前", "current"), ("在院", "current"), ("尚在", "current"),
  ]
  /// Parts of a figure named after 其中 ("其中社会面新增…", "其中集中隔离点发现…").
  static let partModifiers: [(String, String)] = [
    ("社会面", "community"), ("隔离", "in-quarantine"), ("管控区", "in-control-zones"), ("封控区", "in-sealed-zones"), ("境外输入", "imported"),
  ]

  /// Statuses, the more specific first ("解除医学观察的无症状感染者" are released, "次密切接触者" are not close contacts).
  static let statuses: [(String, String)] = [
    ("解除医学观察", "released"), ("次密切接触者", "secondary-contacts"), ("次密接", "secondary-contacts"), ("初筛阳性", "preliminary-positive"),
    // What happened to cases before what they are: "治愈出院确诊病例三例" are discharged, "在院治疗确诊病例" in hospital.
    ("治愈出院", "discharged"), ("在院治疗", "in-hospital"), ("住院治疗", "in-hospital"),
    ("无症状感染者", "asymptomatic"), ("无症状", "asymptomatic"), ("确诊病例", "confirmed"), ("确诊", "confirmed"),
    ("阳性感染者", "positive"), ("阳性病例", "positive"), ("阳性人员", "positive"), ("阳性", "positive"), ("本土感染者", "positive"),
    ("新增感染者", "positive"), ("累计感染者", "positive"), ("治愈出院", "discharged"), ("出院", "discharged"),
    ("治愈", "discharged"), ("危重", "critical"), ("重症", "severe"), ("重型", "severe"), ("死亡", "deaths"),
    ("密切接触者", "close-contacts"),
    ("密接", "close-contacts"), ("解除集中隔离", "quarantine.released"), ("集中隔离", "quarantine.centralised"), ("居家隔离", "quarantine.home"),
    ("隔离", "quarantine.centralised"),
  ]

  /// The round a sentence's figures were found in: "…第三轮全员核酸检测中", a round named alone in a line's brackets
  /// ("8月14日（第一轮）："), or the testing the sentence says was held ("…开展区域核酸检测，…检出阳性2人").
  static func roundNamed(in text: String) -> String? {
    if let re = DraftPatterns.regex(#"第[0-9一二三四五六七八九十]+轮[^,，。;；]*?(核酸检测|核酸筛查|筛查)"#), let m = text.firstMatch(of: re) {
      return String(text[m.range])
    }
    if let re = DraftPatterns.regex(#"[（(](第[0-9一二三四五六七八九十]+轮)[)）]"#), let m = text.firstMatch(of: re) {
      return m.output[1].substring.map(String.init)
    }
    // "4月26日，我市在金水区、二七区开展区域核酸检测，共采样213.6万人，检出阳性2人": the round the sentence held.
    guard let re = DraftPatterns.regex(#"(?:开展|完成|组织)了?(?:一轮|1轮)?([^,，。;；的]{0,8}核酸(?:检测|筛查))"#), let m = text.firstMatch(of: re) else {
      return nil
    }
    return m.output[1].substring.map(String.init)
  }

  /// A label's composed key: `cases.<status>.<qualifier>` (or a quarantine key), with the words it came from.
  static func composedKey(_ label: String, inherited: String?) -> (key: String, status: String, qualifier: String?)? {
    // Imported cases ("境外输入确诊病例", "境外输入病例") are counted apart from local ones: never the same key.
    if label.contains("境外输入") || label.contains("输入病例") || label.contains("输入确诊") || label.contains("输入无症状") {
      let q = qualifiers.first { label.contains($0.0) }?.1 ?? inherited ?? "reported"
      return ("cases.imported-\(label.contains("无症状") ? "asymptomatic" : "confirmed").\(q)", "境外输入", q)
    }
    guard let status = statuses.first(where: { label.contains($0.0) }) else { return nil }
    let q = qualifiers.first { label.contains($0.0) }?.1 ?? inherited
    if status.1.hasPrefix("quarantine.") { return (status.1, status.0, q) }
    let qual = q ?? (status.1 == "discharged" || status.1 == "released" || status.1 == "deaths" ? "cumulative" : "reported")
    return ("cases.\(status.1).\(qual)", status.0, q)
  }

  func metrics(
    _ s: BriefingText.Piece, mentions: [TimeMention], places: [Lexicon.Hit], published: Timestamp, consumed: [Range<Int>],
    issuer: PlaceHit? = nil, memory: inout FigureMemory, proposed: inout ProposedCatalogue, notes: inout [String]
  ) -> [Candidate] {
    let chars = s.normalized
    let text = s.text
    var out = zeroFigures(s, mentions: mentions, published: published, issuer: issuer, proposed: &proposed)
    let figures = FigureRecogniser.figures(in: chars, excluding: consumed)
    var scratch = proposed
    let districtHits = districts(in: chars, proposed: &scratch)
    let hits = vocabulary.metrics.find(in: chars)
    let clauses = BriefingText.clauses(in: s)
    let asOfs = mentions.filter { $0.role == .asOf }
    let roundLabel = Drafter.roundNamed(in: text)
    var parent: Parent?
    // "新增无症状感染者分布：A区126例、…": a header without its number breaks down the figure reported before; so does
    // "新增无症状感染者中，A区（148例）、B区（97例）居前".
    // "5例确诊病例中，3例位于A区": the header may repeat its count (no figure of its own); said, "6例确诊病例里头，…".
    var headerCount: Int?
    // "按区县分，9例无症状感染者分布为：…": after a few words that say how it is broken down.
    if let re = DraftPatterns.regex(#"^(?:[^,，。；;：:0-9]{2,8}[，,])?(?:([0-9]+)例)?([^,，。；;：:0-9]{2,20}?)(?:分布为?[：:]|(?:中|里头|里面)[，,])"#),
      let m = text.firstMatch(of: re),
      // ("中风险区分布：中原区7，二七区6": a count of zones of a level reported before is the header's figure too.)
      var earlier = memory.byStatus[String(m.output[2].substring ?? "")]
        ?? Drafter.composedKey(String(m.output[2].substring ?? ""), inherited: nil).flatMap({ memory.byStatus[Drafter.statusFamily($0.status)] })
        // "新增本土确诊病例3例、无症状感染者12例。新增感染者中，…": all the cases of the figures before, in their period.
        ?? Drafter.composedKey(String(m.output[2].substring ?? ""), inherited: nil).flatMap({ k in
          memory.lastCases.flatMap { last in
            k.status.hasSuffix("感染者") && k.key.hasPrefix("cases.positive")
              ? Parent(
                key: k.key, label: "", unit: last.unit, effective: last.effective, periodStart: last.periodStart,
                guesses: last.guesses + ["header: all the cases of the figures before"], value: "0", scope: last.scope) : nil
          }
        })
    {
      // Its items are read with the header's own words ("累计确诊病例分布：" shows 累计确诊病例).
      earlier.label = String(m.output[2].substring ?? "")
      parent = earlier
      // A 其中 after the list breaks down these cases, not the last figure reported.
      if earlier.key.hasPrefix("cases.") { memory.lastCases = earlier }
      if m.output[1].substring != nil { headerCount = 0 }
    }
    // "其中，确诊病例：高新区3例，荥阳市1例": a status and a colon head the places after it, in the period of the cases
    // reported before, with their qualifier.
    if parent == nil, let m = text.firstMatch(of: #/^(?:[^,，。；;：:0-9]{2,8}[，,])?([^,，。；;：:0-9]{2,10})[：:]/#),
      let last = memory.lastCases, let q = last.key.split(separator: ".").last,
      let k = Drafter.composedKey(String(m.output.1), inherited: String(q)), k.key.hasPrefix("cases.")
    {
      let label = String(m.output.1)
      parent = Parent(
        key: k.key, label: label, unit: last.unit, effective: last.effective, periodStart: last.periodStart,
        guesses: last.guesses + ["header: \(label) heads the places after it, in the period of \(last.label)"], value: "0")
    }
    // "…新增本土无症状感染者8例。其中，韩寺镇2例、刘集镇6例。": a sentence that opens with 其中 breaks down the cases of
    // the sentence before when its items add up to them; to all the cases of that day when they add up to those
    // ("…新增本土确诊病例3例、无症状感染者5例。其中，A镇2例、B镇6例").
    if parent == nil, text.hasPrefix("其中"), let last = memory.lastCases {
      let items = figures.filter { $0.unit == last.unit }
      let sum = items.compactMap { Double($0.value) }.reduce(0, +)
      let sameDay = memory.byStatus.values.filter { $0.key.hasPrefix("cases.") && $0.effective == last.effective && $0.unit == last.unit }
      if items.count >= 2, Double(last.value) == sum {
        parent = last
      } else if items.count >= 2, sameDay.count >= 2, sameDay.compactMap({ Double($0.value) }).reduce(0, +) == sum,
        let k = Drafter.composedKey("新增本土感染者", inherited: nil)
      {
        parent = Parent(
          key: k.key, label: "新增本土感染者", unit: last.unit, effective: last.effective, periodStart: last.periodStart,
          guesses: last.guesses + ["breakdown: all the cases of the sentence before (its items add up to them)"], value: String(Int(sum)),
          scope: last.scope)
      }
    }
    // "金水区：新增确诊病例3例，新增无症状感染者8例；": a line headed by a district and a colon is that district's.
    let lineDistrict = districtHits.first {
      $0.range.lowerBound == 0 && $0.range.upperBound < chars.count && ":：".contains(chars[$0.range.upperBound])
    }
    var lastFigureEnd = 0
    var lastQualifier: String?
    var lastQualifierWords: String?
    // The scope of the figure before: a figure whose noun is left out ("…4例，5月9日新增2例") keeps it.
    var lastScope: (key: String, zh: String)?
    var usedItems: Set<Int> = []
    // The figures of this sentence so far, and the one a running breakdown belongs to.
    var parents: [Parent] = []
    var breakdownParent: Parent?
    // The figure the parts read so far were parts of (`其中A发现5例，B发现2例`).
    var wholeOfParts: Parent?
    let itemDistrict = { (f: Figure) in
      districtHits.last(where: {
        // "金水区5例", "金水区：5例", "金水区（52例）".
        $0.range.upperBound == f.range.lowerBound || $0.range.upperBound + 1 == f.range.lowerBound && ":：(（".contains(chars[$0.range.upperBound])
      })
    }
    for (fi, f) in figures.enumerated() {
      let clause = clauses.first { $0.contains(f.range.lowerBound) } ?? 0..<chars.count
      if headerCount != nil, fi == 0, f.range.lowerBound <= 10 { continue }
      // "3例位于管城回族区", "9例在中原区": an item whose district follows its count; "二七区、新郑市各2例": each
      // district before 各 is an item with that count.
      if let p = parent, f.unit == p.unit {
        let after =
          headerCount == nil
          ? nil
          : districtHits.first { d in
            d.range.lowerBound >= f.range.upperBound
              && ["", "位于", "在", "为", "系"].contains(String(chars[f.range.upperBound..<d.range.lowerBound]))
          }
        var each: [PlaceHit] = []
        if after == nil, f.range.lowerBound > 0, chars[f.range.lowerBound - 1] == "各" {
          var end = f.range.lowerBound - 1
          while let d = districtHits.last(where: { $0.range.upperBound == end }) {
            each.insert(d, at: 0)
            guard d.range.lowerBound > 0, "、和及".contains(chars[d.range.lowerBound - 1]) else { break }
            end = d.range.lowerBound - 1
          }
        }
        if let d = after {
          proposeIfNeeded(d, scratch: scratch, into: &proposed)
          out.append(item(s, p, district: d, value: f.value, unit: f.unit, from: f.range.lowerBound, end: d.range.upperBound))
          lastFigureEnd = d.range.upperBound
          continue
        }
        if !each.isEmpty {
          for d in each {
            proposeIfNeeded(d, scratch: scratch, into: &proposed)
            out.append(item(s, p, district: d, value: f.value, unit: f.unit, from: each[0].range.lowerBound, end: f.range.upperBound))
          }
          lastFigureEnd = f.range.upperBound
          continue
        }
      }
      // "新增本土无症状感染者5例（龙湖镇4例、新建路街道1例）", "新增感染者中，豫龙镇8例，广武镇5例": a breakdown by town or
      // street is a part of the cases it breaks down, named by the place, in that figure's scope (a town is no district).
      if itemDistrict(f) == nil, let p = breakdownParent ?? parent, p.key.hasPrefix("cases."), f.unit == p.unit,
        let town = Drafter.townBefore(chars, f.range.lowerBound, from: max(clause.lowerBound, lastFigureEnd))
      {
        out.append(
          townItem(s, p, town: town, value: f.value, unit: f.unit, end: f.range.upperBound, from: String(chars[clause]), proposed: &proposed))
        breakdownParent = breakdownParent ?? p
        lastFigureEnd = f.range.upperBound
        continue
      }
      // An item of a breakdown: a district right before the figure.
      if let d = itemDistrict(f), let p = parent, d.range.lowerBound >= lastFigureEnd {
        // "新增确诊12例、无症状45例，其中A区5例、B区7例": after several figures, a 其中 breakdown belongs to the one its
        // items add up to; the last figure when none does.
        if breakdownParent == nil {
          breakdownParent = p
          // "…112例（确诊31例，无症状81例），分布：二七区47、中原区28…": so does a 分布 list, its bare numbers in the
          // unit of the figure they add up to.
          if parents.count > 1, ["其中", "分布"].contains(where: { String(chars[lastFigureEnd..<d.range.lowerBound]).contains($0) }) {
            let run = figures[fi...].prefix { g in g.unit == f.unit && itemDistrict(g) != nil }
            let sum = run.compactMap { Double($0.value) }.reduce(0, +)
            if let m = parents.last(where: { (f.unit.isEmpty || $0.unit == f.unit) && Double($0.value) == sum }) { breakdownParent = m }
          }
        }
        let p = breakdownParent ?? p
        proposeIfNeeded(d, scratch: scratch, into: &proposed)
        // "金水区（97例）": the quote closes the bracket it opened.
        let closes =
          d.range.upperBound < chars.count && "(（".contains(chars[d.range.upperBound]) && f.range.upperBound < chars.count
          && ")）".contains(chars[f.range.upperBound])
        out.append(item(s, p, district: d, value: f.value, unit: f.unit, end: f.range.upperBound + (closes ? 1 : 0)))
        usedItems.insert(d.range.lowerBound)
        lastFigureEnd = f.range.upperBound
        continue
      }
      // The label: the words between the last mark (or figure) and the number.
      let previousEnd = lastFigureEnd
      var lo = f.range.lowerBound
      while lo > max(clause.lowerBound, lastFigureEnd), !",，。;；、:：(（)）".contains(chars[lo - 1]) { lo -= 1 }
      if lo == f.range.lowerBound, lo > clause.lowerBound { lo = max(clause.lowerBound, lastFigureEnd) }
      var label = Drafter.figureLabel(Array(chars[lo..<f.range.lowerBound]), mentions: mentions, offset: lo)
      // "组建临时党支部120个", "设置临时采样点326处": a verb of setting up, then the noun counted, then the figure.
      if !Drafter.isNounLabel(label), let noun = Drafter.nounAfterCountVerb(label) { label = noun }
      lastFigureEnd = f.range.upperBound
      // "第一时间组织40个工作组赶到…": a count in a clause that tells how fast the authorities responded is narrative.
      if String(chars[clause]).contains("第一时间") { continue }
      // "其余5例", "目前只保留1个", "一般1个": words that name nothing counted are no figure of their own. (A list's tally,
      // "丹尼斯、永辉等100多家商超…", is one: the curated logs count it.)
      if Drafter.countsNothing(label) { continue }
      // "累计出动执法人员1.2万人次，检查农贸市场1364家次、药店4862家，督促整改问题132个": what inspectors did is a tally of
      // enforcement, not an epidemic figure (its list items too: the verb opens their clause).
      if Drafter.isEnforcementTally(String(chars[clause.lowerBound..<f.range.lowerBound])) { continue }
      // "B12路、906路等17条线路继续甩站", "淮安里、枫杨苑等24个小区暂停供热": the size of a list of lines or places a rule
      // names is no figure ("丹尼斯、永辉等100多家商超…运行平稳" still counts shops).
      if label.hasSuffix("等"), Drafter.countsListedPlaces(unit: f.unit, after: String(chars[f.range.upperBound..<clause.upperBound])) { continue }
      // "上述四例…", "现将2名感染者…轨迹通报如下": cases counted before, or an announcement's subject, are no figure.
      if ["上述", "以上", "现将"].contains(where: { label.hasPrefix($0) }) || ["通报如下", "公布如下"].contains(where: { text.contains($0) }) { continue }
      // "解除以下6个区域…", "全市解除6个高风险区、3个中风险区", "另有2个区域风险等级下调": the count of zones the notice
      // moves (and lists one by one) is no figure; "现有高风险区41个" is, and so are a day's "新增高风险区12个，解除高风险区
      // 5个", where the count follows its noun.
      if f.unit == "个",
        ["以下", "下列"].contains(where: { label.contains($0) })
          || f.unit == "个"
            && ["区域", "风险区", "风险地区", "封控区", "管控区"].contains(where: { String(chars[f.range.upperBound..<clause.upperBound].prefix(6)).contains($0) })
            && ["解除", "新增", "划定", "调整", "下调", "降为", "另有"].contains(where: { String(chars[clause.lowerBound..<f.range.lowerBound]).contains($0) })
      {
        continue
      }
      // "60名护士于5月2日赶赴…": people on their way somewhere is a story, not a figure of the notice.
      if ["奔赴", "赶赴", "驰援", "抵达", "到达"].contains(where: { String(chars[f.range.upperBound..<clause.upperBound]).contains($0) }) { continue }
      // "经全面消杀、连续3轮核酸检测结果均为阴性，自…起恢复营业": a streak of tests is the condition of a rule.
      // (A streak the sentence reports, "社会面已连续3次…未检出", is a figure: only one a rule rests on is not.)
      if label.hasSuffix("连续"), ["轮", "次", "天", "日"].contains(f.unit),
        ["恢复", "解除", "解封", "降为", "调整为"].contains(where: { String(chars[f.range.upperBound...]).contains($0) })
      {
        continue
      }
      // "限载比例由50%调整为75%": the old value of a rule's cap is its change, not a figure.
      if label.hasSuffix("由"),
        ["调整为", "调整到", "下调至", "上调至", "下调为", "上调为", "提高至", "提高到", "降低至", "降至", "提升至", "放宽至", "压减至"].contains(where: {
          String(chars[f.range.upperBound..<clause.upperBound]).hasPrefix($0)
        })
      {
        continue
      }
      // "第1、2、3、5、7天各开展1次核酸检测": how often someone is tested is a rule's detail, not a figure.
      if f.unit == "次", ["开展", "进行", "检测", "参加", "完成"].contains(where: { label.hasSuffix($0) }) { continue }
      // A percentage is a figure only as a rate ("完成率达到98%", "占比"); "…管控100%到位" is a slogan.
      if f.unit == "%", !["率", "比例", "占比", "比重"].contains(where: { label.contains($0) }) { continue }
      // Where the counted noun follows the measure word ("…12名孕妇家属的求助信息"), the quote runs to its end.
      var quoteEnd = f.range.upperBound
      // The level of a count of zones ("中风险区23个"), which a later "中风险区分布：" breaks down.
      var zoneLevelWords: String?
      var statusAfter = false
      // "…例行核酸检测中发现2名初筛阳性人员", "检出1例无症状感染者": the status the verb found follows the number.
      // "全市又新增了2例本土无症状感染者", "累计报告了46例本土感染者": a spoken report puts the status after the number too.
      let verbBefore = label.hasSuffix("了") ? String(label.dropLast()) : label
      // ("目前已有39例治愈出院": so does 有.)
      if ["发现", "检出", "筛出", "筛查出", "查出", "新增", "报告", "出现", "有"].contains(where: { verbBefore.hasSuffix($0) }),
        let short = Drafter.nounAfter(chars, f.range.upperBound, clause: clause), Drafter.statuses.contains(where: { short.contains($0.0) })
      {
        // The whole noun, however long ("新冠病毒核酸检测阳性人员"), up to the clause's end.
        var j = f.range.upperBound
        while j < clause.upperBound, j - f.range.upperBound < 16, Drafter.isHan(chars[j]) { j += 1 }
        let noun = String(chars[f.range.upperBound..<j])
        label += noun
        quoteEnd = j
        lastFigureEnd = quoteEnd
        statusAfter = true
      }
      // "发现1名初筛阳性人员，经复核确认为新冠病毒无症状感染者", "发现核酸检测异常人员4名，经市疾控中心复核均为阳性": people
      // a review has confirmed are counted as what it found them to be.
      var reviewed = false
      if label.contains("初筛阳性") || label.contains("异常"), let confirmed = Drafter.reviewedStatus(Array(chars[f.range.upperBound...])) {
        label = label.replacing("初筛阳性", with: "") + "（复核为" + confirmed + "）"
        reviewed = true
      }
      // Statuses count people: "隔离用房9780间", "隔离酒店80家" count rooms and hotels, not people in quarantine.
      // "5月2日，全市治愈出院确诊病例三例": what a day's report counts happened that day.
      let dayReport =
        mentions.contains { $0.hasDay && $0.role == .point && $0.range.lowerBound <= 1 && $0.range.upperBound <= f.range.lowerBound }
        && !["累计", "目前", "现有", "尚在", "共有"].contains(where: { label.contains($0) })
      // "其中集中隔离点发现5例，社会面筛查发现1例": where cases were found is a part of the cases counted before (the
      // figure this sentence broke down, or the cases of the sentence before), not a count of quarantined people.
      // "其中4例为集中隔离观察人员，2例为社会面筛查发现": the place of finding after the count.
      let after = statusAfter || !(label.isEmpty || label == "其中") ? nil : Drafter.channelAfter(chars, f.range.upperBound, clause: clause)
      let channel = statusAfter ? nil : Drafter.findingChannel(label) ?? after.map { Drafter.withoutFindingVerb(String(chars[$0])) }
      let channelParent =
        channel == nil
        ? nil
        // ("…新增…8例，其中A街道5例、B镇3例；6例在隔离管控人员中发现，…": a bare count with where it was found
        // breaks down the cases before too.)
        : (wholeOfParts ?? parent ?? (text.hasPrefix("其中") || after != nil && label.isEmpty ? memory.lastCases : nil)).flatMap {
          $0.key.hasPrefix("cases.") ? $0 : nil
        }
      let composed =
        Drafter.countsThings(f.unit) || channelParent != nil ? nil : Drafter.composedKey(label, inherited: lastQualifier ?? (dayReport ? "new" : nil))
      var guesses: [String] = []
      var key: String
      var elided = false
      var elidedLabel: String?
      // A part of a figure before is counted over its period.
      var inheritedTime: Parent?
      // A name that goes on into a place noun names the places ("集中隔离点215个" counts sites, not people in quarantine).
      let namesPlaces = { (h: Lexicon.Hit) in h.range.upperBound < f.range.lowerBound && "点所场房馆".contains(chars[h.range.upperBound]) }
      let full = hits.last { $0.range.upperBound <= f.range.lowerBound && $0.range.lowerBound >= lo && $0.weight >= 20 && !namesPlaces($0) }
      let partial =
        hits.last { $0.range.upperBound <= f.range.lowerBound && $0.range.lowerBound >= max(clause.lowerBound, previousEnd) && !namesPlaces($0) }
        ?? hits.first {
          $0.range.lowerBound >= f.range.upperBound && $0.range.lowerBound <= f.range.upperBound + 2 && $0.range.upperBound <= clause.upperBound
        }
      // A status that holds the catalogue's words and more ("解除集中隔离" against "集中隔离") is the more exact name.
      let moreExact = composed.map { c in full.map { c.status.count > $0.phrase.count && c.status.contains($0.phrase) } ?? false } ?? false
      if let channel, let p = channelParent {
        key = partKey(
          of: p, slug: Drafter.partModifiers.first { channel.contains($0.0) }?.1 ?? "p-\(String(fnv1a(channel), radix: 16))",
          zh: p.label + "（其中" + channel + "发现）", en: "part of \(p.key) found in \(channel)", from: label, proposed: &proposed)
        guesses.append("subject: metric:\(key), the part of \(p.label) found in \(channel)")
        elidedLabel = p.label + "（其中" + channel + "发现）"
        inheritedTime = p
        if let a = after {
          quoteEnd = a.upperBound
          lastFigureEnd = a.upperBound
        }
      } else if reviewed, let composed, composed.key.hasPrefix("cases.") {
        // Those a review confirmed are a part of the day's new cases, under a key of their own: a day's total reported
        // beside them ("新增本土无症状感染者3例") keeps its own figure.
        key = composed.key + "-reviewed"
        if vocabulary.catalogue.metrics[key] == nil {
          proposed.propose(
            metric: .init(
              key: key, category: "cases", zh: label, en: "proposed: \(composed.key), found in screening and confirmed on review", from: label))
        }
        guesses.append("subject: proposed catalogue entry metric:\(key), people a review confirmed")
      } else if let full, !moreExact, !(statusAfter && composed != nil) {
        key = full.value
        guesses.append("subject: metric:\(key) via \(full.phrase)")
      } else if let composed, vocabulary.catalogue.metrics[composed.key] != nil {
        key = composed.key
        guesses.append("subject: metric:\(key) composed from \(label)")
      } else if let composed {
        key = composed.key
        proposed.propose(
          metric: .init(key: key, category: key.hasPrefix("quarantine") ? "quarantine" : "cases", zh: label, en: "proposed: \(label)", from: label))
        guesses.append("subject: proposed catalogue entry metric:\(key) composed from \(label)")
      } else if let p = parent,
        String(chars[max(clause.lowerBound, lo - 2)..<f.range.lowerBound]).contains("其中") || String(chars[clause]).hasPrefix("其中"),
        let part = Drafter.partModifiers.first(where: { label.contains($0.0) })
      {
        // "其中社会面新增35例": a part of the figure before, its key with the part's name.
        key = partKey(of: p, slug: part.1, zh: p.label + "（其中" + label + "）", en: "\(part.1) part of \(p.key)", from: label, proposed: &proposed)
        guesses.append("subject: metric:\(key), a part (\(label)) of \(p.label)")
      } else if let partial {
        key = partial.value
        guesses.append("subject: metric:\(key) via \(partial.phrase)")
      } else if let level = vocabulary.zoneLevels.find(in: Array(label)).last, level.range.upperBound >= label.count - 1, f.unit == "个" {
        // A count of zones of a level: "封控区16个"; the zones added or lifted that day are counts of their own.
        let change = label.contains("新增") || label.contains("新划定") ? ".new" : label.contains("解除") || label.contains("解封") ? ".lifted" : ""
        key = "zones.\(level.value).count" + change
        if change.isEmpty { zoneLevelWords = level.phrase }
        if vocabulary.catalogue.metrics[key] == nil {
          let what = change == ".new" ? "new " : change == ".lifted" ? "lifted " : ""
          proposed.propose(
            metric: .init(key: key, category: "zones", zh: label + "数", en: "proposed: number of \(what)\(level.value) zones", from: label))
        }
        guesses.append("subject: metric:\(key) (a count of zones)")
      } else if !Drafter.isNounLabel(label), !label.contains("每"), !label.contains("可"), !label.hasSuffix("的"), !["市区", "全市", "全省"].contains(label),
        let noun = Drafter.nounAfter(chars, f.range.upperBound, clause: clause),
        "个名位家条所处间台辆吨份套张批".contains(f.unit.last!) || Drafter.isRoundCount(f, in: chars, clause: clause),
        // "日供应量达500吨以上": what follows the unit qualifies the number, it names nothing counted.
        !["以上", "以下", "左右", "以内"].contains(where: { noun.hasPrefix($0) })
      {
        // "辖区内26家农贸市场恢复营业", "全区12家影剧院暂停营业": the places a rule closes or reopens, no figure.
        if Drafter.closesOrReopens(
          Array(chars[min(Drafter.end(of: noun, in: chars, from: f.range.upperBound), clause.upperBound)..<clause.upperBound]))
        {
          continue
        }
        quoteEnd = Drafter.end(of: noun, in: chars, from: f.range.upperBound)
        // The next item's words start after this noun ("3轮全员、6轮重点人群…").
        lastFigureEnd = quoteEnd
        // "设置420个采样点位", "组建56个工作专班": the counted noun follows the measure word.
        let category = f.unit == "轮" ? "testing" : Drafter.metricCategory(noun)
        key = "\(category).p-\(String(fnv1a(noun), radix: 16))"
        if vocabulary.catalogue.metrics[key] == nil {
          proposed.propose(metric: .init(key: key, category: category, zh: noun, en: "proposed: \(noun)", from: String(chars[clause])))
          guesses.append("subject: proposed catalogue entry metric:\(key) (\(noun), after the figure)")
        }
      } else if Drafter.isNounLabel(label) {
        let category = Drafter.metricCategory(label)
        key = "\(category).p-\(String(fnv1a(label), radix: 16))"
        if vocabulary.catalogue.metrics[key] == nil {
          proposed.propose(metric: .init(key: key, category: category, zh: label, en: "proposed: \(label)", from: String(chars[clause])))
          guesses.append("subject: proposed catalogue entry metric:\(key) (\(label))")
        }
      } else if let p = parent, p.unit == f.unit, (2...5).contains(label.count), label.allSatisfy(Drafter.isHan),
        Drafter.nounAfter(chars, f.range.upperBound, clause: clause) == nil, !label.contains("每"), !label.contains("第")
      {
        // "共收到300条留言，已办结296条": a verb and a number in the unit of the figure before count the same things;
        // "新增本土确诊病例4例，5月9日新增2例": a qualifier alone is the figure before again, for its own day.
        elided = true
        let category = Drafter.metricCategory(p.label)
        if Drafter.qualifiers.contains(where: { $0.0 == label }) {
          key = p.key
          elidedLabel = p.label
          guesses.append("subject: metric:\(key), the figure before (\(p.label)) again")
        } else {
          key = "\(category).p-\(String(fnv1a(p.label + "|" + label), radix: 16))"
        }
        if vocabulary.catalogue.metrics[key] == nil, elidedLabel == nil {
          proposed.propose(
            metric: .init(key: key, category: category, zh: label, en: "proposed: \(label) (of \(p.label))", from: String(chars[clause])))
          guesses.append("subject: proposed catalogue entry metric:\(key) (\(label), counting what \(p.label) counts)")
        }
      } else {
        notes.append("figure \(f.value)\(f.unit) has no metric (no label before it): \(String(s.original[clause]))")
        continue
      }
      if let q = composed?.qualifier {
        // The words that said it ("累计报告", "累计"), shown again with a figure that inherits it.
        if lastQualifier != q || Drafter.qualifiers.contains(where: { label.contains($0.0) }) {
          lastQualifierWords = Drafter.qualifierWords(in: label) ?? lastQualifierWords
        }
        lastQualifier = q
      }
      // A header that repeats a figure already reported ("确诊8例分布：") takes that figure's key and time.
      var effective = published
      var periodStart: Timestamp?
      if let c = composed, c.qualifier == nil, let earlier = memory.byStatus[c.status] ?? memory.byStatus[Drafter.statusFamily(c.status)],
        earlier.value == f.value
      {
        parent = earlier
        continue
      }
      // "▲新增本土确诊病例9例，分布：…" below the lead that reported it for a day: the same figure (its key and value),
      // whose day its breakdown keeps.
      if let c = composed, c.qualifier != nil, !mentions.contains(where: { $0.hasDay && $0.range.upperBound <= f.range.lowerBound }),
        let earlier = memory.byStatus[Drafter.statusFamily(c.status)], earlier.key == key, earlier.value == f.value
      {
        parent = earlier
        parents.append(earlier)
        continue
      }
      // The as-of time is the last 截至 before the figure (a later one is for later figures), else the first.
      let asOf =
        asOfs.last { $0.range.upperBound <= f.range.lowerBound } ?? (asOfs.first.flatMap { $0.range.lowerBound < f.range.lowerBound ? $0 : nil })
      // ("8月1日以来，共排查…2136人": a count since a day runs to now; that day dates no count.)
      let dayBefore = mentions.last {
        $0.hasDay && $0.range.upperBound <= f.range.lowerBound && $0.role != .end && $0.role != .asOf && !Drafter.looksBack($0, in: chars)
      }
      // "自1月4日开始至1月10日15时，…共筛查…万人次": a count over a span is stated at its end.
      let spanEnd = mentions.last { $0.role == .end && $0.hasDay && $0.hasClock && $0.range.upperBound <= f.range.lowerBound }
      let spanStart = spanEnd.flatMap { e in mentions.last { $0.role == .start && $0.hasDay && $0.range.upperBound <= e.range.lowerBound } }
      if let asOf, dayBefore.map({ $0.range.lowerBound < asOf.range.lowerBound }) ?? true {
        effective = asOf.time
        guesses += asOf.guesses
      } else if asOf == nil, let e = spanEnd, let st = spanStart, e.time > st.time {
        effective = e.time
        periodStart = st.time
        guesses += e.guesses + ["as of: the end of the span the figure counts over"]
      } else if !key.contains("cumulative") && !key.contains("current") && !label.contains("累计") && !label.contains("目前"),
        let day = mentions.last(where: { $0.hasDay && $0.range.upperBound <= f.range.lowerBound && $0.role != .end }),
        !Drafter.looksBack(day, in: chars)
      {
        // A count for a day ("7月7日0—24时，新增…", "4月11日，…发现…3名") runs from that day's start to its end.
        let dayStart = Timestamp(year: day.time.fields.year, month: day.time.fields.month, day: day.time.fields.day)!
        effective = dayStart.adding(seconds: 86_400)
        periodStart = dayStart
        guesses += day.guesses + ["as of: end of the day named"]
      } else {
        guesses.append("as of: publication (no 截至 time)")
      }
      if let p = inheritedTime {
        effective = p.effective
        periodStart = p.periodStart
      }
      var scope = "city"
      var scopeName: String?
      // One district in brackets right after the figure ("1例（河西区，系…）", "1人（河西区）") is its scope.
      // "（河西区）", "（均在管城区）", "（均为金水区…）".
      let bracketed = districtHits.first { d in
        guard f.range.upperBound < chars.count, "(（".contains(chars[f.range.upperBound]) else { return false }
        let gap = String(chars[(f.range.upperBound + 1)..<max(f.range.upperBound + 1, d.range.lowerBound)])
        return d.range.lowerBound > f.range.upperBound && ["", "均在", "均为", "均系", "在", "系"].contains(gap)
          && (d.range.upperBound >= chars.count || ")）,，".contains(chars[d.range.upperBound]))
      }
      // "新增…两例，均在管城区", "…6例，均为二七区集中隔离观察人员": the district the clause after says they all are in.
      let allIn =
        bracketed == nil
        ? districtHits.first { d in
          guard f.range.upperBound + 1 < chars.count, "，,".contains(chars[f.range.upperBound]), d.range.lowerBound > f.range.upperBound else {
            return false
          }
          return ["均在", "均为", "均系", "全部在", "都在", "为", "系"].contains(String(chars[(f.range.upperBound + 1)..<d.range.lowerBound]))
        } : nil
      // "5月15日，郑东新区已完成第三轮全员核酸检测，…检出阳性2例": what a district's round found is that district's.
      let roundDistrict =
        roundLabel != nil && districtHits.count == 1 && ["检出", "发现", "筛出"].contains(where: { label.contains($0) })
        ? districtHits.first { d in
          d.range.upperBound <= f.range.lowerBound
            && String(chars[d.range.upperBound...].prefix(4)).firstMatch(of: #/^(?:已|于)?(?:完成|开展|组织)/#) != nil
        } : nil
      if let d = bracketed ?? allIn
        ?? districtHits.last(where: { $0.range.upperBound <= f.range.lowerBound && $0.range.lowerBound >= clause.lowerBound })
        ?? lineDistrict ?? roundDistrict
      {
        scope = d.key
        scopeName = d.zh
        proposeIfNeeded(d, scratch: scratch, into: &proposed)
        if let b = bracketed ?? allIn { usedItems.insert(b.range.lowerBound) }
      } else if f.range.lowerBound > clause.lowerBound, Drafter.provinceWide(Array(chars[..<f.range.lowerBound]), districts: districtHits),
        let province = vocabulary.catalogue.scopes.values.first(where: { $0.kind == .province })
      {
        // "全省高速公路开设…通道826条": a province-wide count.
        scope = province.key
      } else if elided, let l = lastScope {
        scope = l.key
        scopeName = l.zh
        guesses.append("scope: \(l.zh), of the figure before")
      } else if let issuer, !String(chars[clause]).contains("全市"),
        // ("据郑州市卫健委通报，…郑州市新增…1例、本土无症状感染者5例" in a district's post: the city's figures.)
        !vocabulary.places.find(in: Array(chars[..<f.range.lowerBound])).contains(where: { vocabulary.catalogue.scopes[$0.value]?.kind == .city })
      {
        // A district's notice reports its own figures.
        scope = issuer.key
        scopeName = issuer.zh
        guesses.append("scope: \(issuer.zh), whose command issued the notice")
      } else {
        guesses.append("scope: city (no district named)")
      }
      lastScope = scopeName.map { (scope, $0) }
      var data: [String: JSONValue] = ["value": .number(f.value), "unit": .string(f.unit)]
      if let q = f.qualifier { data["note"] = .string("approximate: \(q)") }
      if let periodStart { data["period_start"] = .string(periodStart.iso8601) }
      var quote = Substring(s.quote(min(lo, f.range.lowerBound)..<quoteEnd))
      quote = quote.trimmingTrailing("，,；;。：:")
      // A list item's quote starts at its own words, not at the 、 before them.
      while let first = quote.first, "、，,；;".contains(first) { quote.removeFirst() }
      // "40位老人和6名儿童": the second count's words start after the conjunction.
      if let first = quote.first, "和及与".contains(first), quote.dropFirst().first?.isNumber == true { quote.removeFirst() }
      // A qualifier inherited from the figure before ("累计…41例、本土无症状感染者156例") is shown with the label.
      var shown = elidedLabel ?? label
      if let q = composed?.qualifier, !Drafter.qualifiers.contains(where: { label.contains($0.0) }),
        let word = Drafter.qualifiers.first(where: { $0.1 == q })?.0
      {
        shown = (lastQualifier == q ? lastQualifierWords : nil) ?? word
        shown += "（承前）" + label
      }
      let reading = shown + (roundLabel.map { "（\($0)）" } ?? "") + (scopeName.map { " @ \($0)" } ?? "")
      out.append(
        Candidate(
          type: .metricReported, subject: "metric:\(key)@\(scope)", effective: effective, until: nil, quote: String(quote), data: data,
          guesses: guesses, confidence: 0.7, reading: reading))
      // "全市新增本土确诊病例3例，均在惠济区": the figure quotes the words that put it in its district. (Drafting the city's
      // figure beside it cost three unmatched held-out drafts for no row: most coders record the district's only.)
      if let d = allIn {
        out[out.count - 1].quote = String(s.quote(min(lo, f.range.lowerBound)..<d.range.upperBound))
      }
      let p = Parent(
        key: key, label: inheritedTime == nil ? label : shown, unit: f.unit, effective: effective, periodStart: periodStart, guesses: guesses,
        value: f.value, scope: scope)
      parent = p
      if f.unit == "%" { memory.lastRate = p }
      // A part is broken down by the places after it ("社会面筛查发现5例（A区3例，B区2例）"), but the next part is of
      // the same whole.
      if let whole = inheritedTime {
        wholeOfParts = whole
        continue
      }
      parents.append(p)
      breakdownParent = nil
      if let c = composed {
        memory.byStatus[Drafter.statusFamily(c.status)] = p
        if key.hasPrefix("cases.") { memory.lastCases = p }
      }
      if let w = zoneLevelWords { memory.byStatus[w] = p }
    }
    // Bare numbers after a header ("分布：金水区3、二七区7"): the header's unit.
    if let p = parent ?? memory.byStatus.values.first(where: { _ in text.contains("分布") }) {
      var bare: [(PlaceHit, String, Int)] = []
      for d in districtHits where !usedItems.contains(d.range.lowerBound) {
        var i = d.range.upperBound
        var digits = ""
        while i < chars.count, chars[i].isASCII, chars[i].isNumber || chars[i] == "." && !digits.isEmpty {
          digits.append(chars[i])
          i += 1
        }
        guard !digits.isEmpty, i >= chars.count || "、,，;；。)）".contains(chars[i]) else { continue }
        let before = String(chars[..<d.range.lowerBound])
        guard before.contains("分布") || before.contains("其中") || before.contains("（") || before.contains("(") else { continue }
        bare.append((d, digits, i))
      }
      // "累计…112例（确诊31例，无症状81例），分布：二七区47、中原区28…": the items belong to the figure of the sentence
      // they add up to, not to the last one.
      let sum = bare.compactMap { Double($0.1) }.reduce(0, +)
      let total = parents.count > 1 ? parents.last(where: { Double($0.value) == sum }) : nil
      for (d, digits, i) in bare {
        proposeIfNeeded(d, scratch: scratch, into: &proposed)
        var itemParent = total ?? parentFor(d, in: chars, memory: memory) ?? p
        if total == nil, let h = parent, h.key == itemParent.key { itemParent.label = h.label }
        out.append(item(s, itemParent, district: d, value: Drafter.jsonNumber(digits), unit: p.unit, end: i))
      }
      // "…7例，分布：槐荫街道4、福瑞路街道2、松岗镇1": bare numbers after towns or streets, parts of a count of cases.
      if bare.isEmpty, p.key.hasPrefix("cases."), let colon = text.firstMatch(of: #/分布为?[：:]/#) {
        var i = text.distance(from: text.startIndex, to: colon.range.upperBound)
        var towns: [Candidate] = []
        while i < chars.count {
          var j = i
          while j < chars.count, Drafter.isHan(chars[j]) { j += 1 }
          var k = j
          while k < chars.count, chars[k].isASCII, chars[k].isNumber { k += 1 }
          guard j > i, k > j, k >= chars.count || "、,，;；。".contains(chars[k]),
            let town = Drafter.townBefore(chars, j, from: i)
          else { break }
          towns.append(townItem(s, p, town: town, value: String(chars[j..<k]), unit: p.unit, end: k, from: text, proposed: &proposed))
          if k >= chars.count || "。;；".contains(chars[k]) { break }
          i = k + 1
        }
        if towns.count >= 2 { out += towns }
      }
    }
    // "我们在社区设置了3个临时供应点", "我们把全村划分为16个网格": what a speaker says was done is no figure the notice
    // reports (counts of cases said in the first person still are).
    if text.contains("我们") || text.hasPrefix("我区") && !text.contains("例") {
      out.removeAll { !$0.subject.hasPrefix("metric:cases.") && $0.subject.contains(".p-") }
    }
    out += ratesByPlace(s, published: published, memory: memory, proposed: &proposed)
    return respectively(s, out, proposed: &proposed) ?? out
  }

  /// Figures said place by place with 分别 (`中原区、二七区、高新区分别新增本土无症状感染者4例、7例、1例`): the figure
  /// read for the first number, once for each place, with that place's number in order.
  func respectively(_ s: BriefingText.Piece, _ out: [Candidate], proposed: inout ProposedCatalogue) -> [Candidate]? {
    let text = s.text
    guard
      let m = text.firstMatch(
        of: #/((?:[^，,。；;、：:]{2,12}、)+[^，,。；;、：:]{2,12}?)分别([^0-9，,。；;]{2,20}?)([0-9]+)(例|人|个|家|处)((?:、[0-9]+(?:例|人|个|家|处)?)+)/#)
    else { return nil }
    let names = m.output.1.split(separator: "、").map(String.init)
    let values = [String(m.output.3)] + m.output.5.split(separator: "、").map { String($0.filter(\.isNumber)) }
    guard names.count == values.count else { return nil }
    var scratch = proposed
    var places: [PlaceHit] = []
    for name in names {
      guard let d = district(at: 0, in: Array(name), proposed: &scratch), d.range.upperBound == name.count else { return nil }
      places.append(d)
    }
    let lower = text.distance(from: text.startIndex, to: m.range.lowerBound)
    let upper = text.distance(from: text.startIndex, to: m.range.upperBound)
    // The figure read for the first number (under the last place, which stood right before 分别).
    guard let i = out.firstIndex(where: { $0.type == .metricReported && $0.quote.contains("分别") }),
      let key = out[i].subject.split(separator: "@").first
    else { return nil }
    for d in places { proposeIfNeeded(d, scratch: scratch, into: &proposed) }
    var split = out
    split.remove(at: i)
    for (k, d) in places.enumerated() {
      var c = out[i]
      c.subject = "\(key)@\(d.key)"
      c.data["value"] = .number(Drafter.jsonNumber(values[k]))
      c.quote = s.quote(lower..<upper)
      c.guesses.append("figure: the \(k + 1). of the numbers 分别 gives its places")
      c.reading = (c.reading?.split(separator: "@").first.map { String($0).trimmingTrailing(" ") } ?? "") + " @ \(d.zh)"
      split.insert(c, at: i + k)
    }
    return split
  }

  /// Digits as a JSON number literal: no leading zeros ("03" is 3), no trailing point.
  static func jsonNumber(_ digits: String) -> String {
    var n = digits
    while n.hasSuffix(".") { n.removeLast() }
    while n.count > 1, n.hasPrefix("0"), n.dropFirst().first != "." { n.removeFirst() }
    return n.isEmpty ? "0" : n
  }

  /// The parent of a bare-number item: the figure whose header (status) stands nearest before it.
  func parentFor(_ d: PlaceHit, in chars: [Character], memory: FigureMemory) -> Parent? {
    let before = String(chars[..<d.range.lowerBound])
    var best: (Int, Parent)?
    for (status, p) in memory.byStatus {
      if let r = before.ranges(of: status).last {
        let at = before.distance(from: before.startIndex, to: r.lowerBound)
        if best == nil || at > best!.0 { best = (at, p) }
      }
    }
    return best?.1
  }

  func proposeIfNeeded(_ d: PlaceHit, scratch: ProposedCatalogue, into proposed: inout ProposedCatalogue) {
    if let p = scratch.scopes.first(where: { $0.key == d.key }) { proposed.propose(place: p) }
  }

  /// One item of a breakdown by town or street (`龙湖镇4例`, `槐荫街道4` after `分布：`): a part of the figure it breaks
  /// down, named by the place, in that figure's scope (a town is no district).
  func townItem(
    _ s: BriefingText.Piece, _ p: Parent, town: Range<Int>, value: String, unit: String, end: Int, from: String, proposed: inout ProposedCatalogue
  ) -> Candidate {
    let name = String(s.normalized[town])
    let key = partKey(
      of: p, slug: "p-" + String(fnv1a(name), radix: 16), zh: p.label + "（" + name + "）", en: "\(p.key) in \(name)", from: from,
      proposed: &proposed)
    var data: [String: JSONValue] = ["value": .number(value), "unit": .string(unit), "place": .string(name)]
    if let ps = p.periodStart { data["period_start"] = .string(ps.iso8601) }
    return Candidate(
      type: .metricReported, subject: "metric:\(key)@\(p.scope)", effective: p.effective, until: nil, quote: s.quote(town.lowerBound..<end),
      data: data, guesses: p.guesses + ["item of a breakdown by town or street: \(name) is no district, so a part of \(p.label) in its scope"],
      confidence: 0.5, reading: "\(p.label) @ \(name)")
  }

  /// One item of a breakdown: its own words only, its parent's key, unit and time.
  func item(_ s: BriefingText.Piece, _ p: Parent, district d: PlaceHit, value: String, unit: String, from: Int? = nil, end: Int) -> Candidate {
    var data: [String: JSONValue] = ["value": .number(value), "unit": .string(unit)]
    if let ps = p.periodStart { data["period_start"] = .string(ps.iso8601) }
    return Candidate(
      type: .metricReported, subject: "metric:\(p.key)@\(d.key)", effective: p.effective, until: nil,
      quote: s.quote((from ?? d.range.lowerBound)..<end),
      data: data, guesses: p.guesses + ["item of a breakdown: key, unit and time from \(p.label)"], confidence: 0.7,
      reading: "\(p.label) @ \(d.zh)")
  }

  /// Where a figure's cases were found, when its label says only that (`其中集中隔离点发现`, `社会面筛查发现`,
  /// `隔离管控中检出`): the words before the finding verb, or nil when the label names a status of its own.
  static func findingChannel(_ label: String) -> String? {
    var t = Substring(label)
    while let f = t.first, "其中，,、；;".contains(f) || t.hasPrefix("其中") { t = t.hasPrefix("其中") ? t.dropFirst(2) : t.dropFirst() }
    guard let verb = ["发现", "检出", "筛出", "查出"].first(where: { t.hasSuffix($0) }) else { return nil }
    let channel = String(t.dropLast(verb.count))
    guard channel.count >= 2, channel.allSatisfy(Drafter.isHan),
      !["确诊", "无症状", "阳性", "感染者", "病例", "新增", "累计"].contains(where: { channel.contains($0) })
    else { return nil }
    return channel
  }

  /// The key of a part of a figure of cases (`cases.asymptomatic.new-community`, `…-p-1c55da81` for a town): the whole's
  /// key with the part's slug, proposed for the catalogue when it lacks it.
  func partKey(of whole: Parent, slug: String, zh: String, en: String, from: String, proposed: inout ProposedCatalogue) -> String {
    let key = whole.key + "-" + slug
    if vocabulary.catalogue.metrics[key] == nil {
      proposed.propose(metric: .init(key: key, category: "cases", zh: zh, en: "proposed: " + en, from: from))
    }
    return key
  }

  /// What a review found people to be (`…，经市疾控中心复核，均为新冠病毒无症状感染者`), in the words after their count up
  /// to the sentence's end: a status, or nil.
  static func reviewedStatus(_ after: [Character]) -> String? {
    let rest = String(after.prefix { !"。；;".contains($0) })
    guard let m = rest.firstMatch(of: #/复核[^。；;]{0,16}?(?:为|是)[^。；;，,]{0,8}?(无症状感染者|确诊病例|阳性)/#) else { return nil }
    return String(m.output.1)
  }

  /// The town, township, street, village or community named right before a figure of a breakdown (`（龙湖镇4例`,
  /// `，广武镇5例`, `其中云岭街道3例`, `、东岗村2例`), if any: its characters' range.
  static func townBefore(_ c: [Character], _ i: Int, from lo: Int) -> Range<Int>? {
    var j = i
    while j > lo, Drafter.isHan(c[j - 1]) { j -= 1 }
    var name = String(c[j..<i])
    if name.hasPrefix("其中") {
      name.removeFirst(2)
      j += 2
    }
    // ("槐川镇东岗村2例", "石榴园社区3例": a village or a community is a place of a breakdown too.)
    let village = (3...12).contains(name.count) && name.allSatisfy(Drafter.isHan) && (name.hasSuffix("村") || name.hasSuffix("社区"))
    guard j == lo || "、，,（(：:；;中".contains(c[j - 1]), Drafter.namesStreet(name) || village,
      !["全镇", "本镇", "该镇", "各乡镇", "乡镇", "各街道", "各村", "本村", "全村", "该村", "农村", "各社区", "本社区", "该社区"].contains(name)
    else { return nil }
    return j..<i
  }

  /// Where the cases of a count were found, said after it (`4例为集中隔离观察人员`, `2例系社会面筛查发现`,
  /// `3例在管控区内发现`): the range of those words, without the verb of finding; nil when they name a status.
  static func channelAfter(_ c: [Character], _ i: Int, clause: Range<Int>) -> Range<Int>? {
    var j = i
    guard j + 1 < clause.upperBound, ["为", "系", "在", "是"].contains(String(c[j])) else { return nil }
    j += 1
    let lo = j
    while j < clause.upperBound, Drafter.isHan(c[j]) { j += 1 }
    let words = withoutFindingVerb(String(c[lo..<j]))
    // ("其中3例在县城城区，1例在某村": where the cases live is no place of finding.)
    guard words.count < j - lo || ["筛查", "隔离", "管控", "封控", "社会面", "检测", "闭环"].contains(where: { words.contains($0) }),
      (3...12).contains(words.count), !["确诊", "无症状", "阳性", "感染者", "病例", "重症", "轻型", "普通型"].contains(where: { words.contains($0) })
    else { return nil }
    return lo..<j
  }

  /// Words of where cases were found without the verb of finding after them (`社会面筛查发现` → `社会面筛查`).
  static func withoutFindingVerb(_ t: String) -> String {
    var words = t
    for verb in ["发现", "检出", "筛出"] where words.hasSuffix(verb) { words.removeLast(verb.count) }
    return words
  }

  /// The status family a header names: 确诊病例 and 确诊 are one.
  static func statusFamily(_ status: String) -> String {
    statuses.first { $0.0 == status }.map { s in statuses.first { $0.1 == s.1 }!.0 } ?? status
  }

  /// A label's words without times, places of the whole city and connecting words.
  static func figureLabel(_ c: [Character], mentions: [TimeMention], offset: Int) -> String {
    var c = c
    for m in mentions.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      let lo = max(0, m.range.lowerBound - offset)
      let hi = min(c.count, m.range.upperBound - offset)
      if lo < hi { c.removeSubrange(lo..<hi) }
    }
    var t = String(c)
    for w in ["本轮疫情", "全市", "我市", "共计", "共", "报告", "其中", "目前，", "均为", "已", "达到", "达"] where t.hasPrefix(w) {
      t.removeFirst(w.count)
    }
    while let f = t.first, "0123456789—-至到时,，".contains(f) { t.removeFirst() }
    // A copula or an approximation between the noun and its number ("日产量为", "库存达到", "床位约") is no part of the noun.
    for w in ["仅为", "约为", "已达", "达到", "超过", "为", "是", "达", "约", "近", "仅"] where t.hasSuffix(w) && t.count >= w.count + 2 {
      t.removeLast(w.count)
      break
    }
    return t
  }

  /// The noun right after a figure's measure word, up to a mark or a verb (2 to 10 characters).
  static func nounAfter(_ c: [Character], _ i: Int, clause: Range<Int>) -> String? {
    var j = i
    while j < clause.upperBound, j - i < 10, isHan(c[j]) || "“”\"".contains(c[j]) { j += 1 }
    var noun = String(c[i..<j]).filter { !"“”\"".contains($0) }
    if let v = VerbClass.find(in: Array(noun)) { noun = String(Array(noun)[..<v.1.lowerBound]) }
    for stop in ["到", "在", "向", "进行", "深入", "24小时", "均", "已", "被"] {
      if let r = noun.ranges(of: stop).first { noun = String(noun[..<r.lowerBound]) }
    }
    // "40位老人和6名儿童": a conjunction before the next count is no part of the noun.
    for w in ["以及", "和", "及", "与"] where noun.hasSuffix(w) && noun.count > w.count + 1 { noun.removeLast(w.count) }
    return noun.count >= 2 ? noun : nil
  }

  /// Whether a figure counts testing rounds by the group tested ("开展了3轮全员、6轮重点人群核酸检测"): 轮 in a clause
  /// about testing, not an ordinal ("第5轮").
  static func isRoundCount(_ f: Figure, in c: [Character], clause: Range<Int>) -> Bool {
    guard f.unit == "轮", f.range.lowerBound == 0 || c[f.range.lowerBound - 1] != "第" else { return false }
    let t = String(c[clause])
    return ["检测", "筛查", "采样"].contains { t.contains($0) }
  }

  /// Whether words after a count of places close or reopen them (`…恢复营业`, `…暂停营业`): the count is then part of
  /// a rule's object.
  static func closesOrReopens(_ rest: [Character]) -> Bool {
    guard let (cls, _) = VerbClass.find(in: rest) else { return false }
    return cls == .closure || cls == .lifted
  }

  /// Whether a unit counts things, not people (`间`, `家`, `张`, `万吨`): a figure in it has no case status.
  static func countsThings(_ unit: String) -> Bool {
    guard let last = unit.last else { return false }
    return "间家个条所处台辆吨只份套张床座支批栋户".contains(last)
  }

  /// Verbs of setting up or handing out that may stand between a clause's start and the noun they count
  /// (`组建临时党支部120个`, `设置临时采样点326处`, `发放爱心物资包1.2万份`).
  static let countVerbs = [
    "组建", "设置", "设立", "开设", "增设", "建成", "建立", "成立", "储备", "投放", "发放", "派出", "招募", "开辟", "配备", "启用",
  ]

  /// The noun a count verb opens in a label (`组建了党组织` → `党组织`), if the rest names a thing counted.
  static func nounAfterCountVerb(_ label: String) -> String? {
    let c = Array(label)
    let found = countVerbs.compactMap { v in c.firstRange(of: Array(v)) }.min { $0.lowerBound < $1.lowerBound }
    guard let r = found else { return nil }
    var rest = String(c[r.upperBound...])
    if rest.hasPrefix("了") { rest.removeFirst() }
    rest = rest.filter { !"“”\"".contains($0) }
    return isNounLabel(rest) ? rest : nil
  }

  /// The index in `c` right after `noun`, read from `from` (quotation marks in the text are skipped over).
  static func end(of noun: String, in c: [Character], from: Int) -> Int {
    var j = from
    var left = noun.count
    while j < c.count, left > 0 {
      if !"“”\"".contains(c[j]) { left -= 1 }
      j += 1
    }
    if j < c.count, "”\"".contains(c[j]) { j += 1 }
    return j
  }

  /// Whether the words before a figure set a province-wide scope: `全省` earlier in the sentence, no district or
  /// city-wide word after it ("全省高速公路开设通道300条，普通干线公路开设通道40条" counts both for the province).
  static func provinceWide(_ before: [Character], districts: [PlaceHit]) -> Bool {
    guard let at = before.indices.last(where: { $0 + 1 < before.count && before[$0] == "全" && before[$0 + 1] == "省" }) else { return false }
    let after = String(before[(at + 2)...])
    if ["全市", "我市", "市区", "市内", "郑州"].contains(where: { after.contains($0) }) { return false }
    return !districts.contains { $0.range.lowerBound > at && $0.range.lowerBound < before.count }
  }

  /// Whether a label names a thing counted (not a rule's parameter or a clause with a verb).
  static func isNounLabel(_ label: String) -> Bool {
    guard label.count >= 2, label.count <= 20, label.contains(where: isHan) else { return false }
    // ("全市已累计报备返乡人员8436人次": a verb after 累计 is what was tallied.)
    if let (_, r) = VerbClass.find(in: Array(label)),
      !(label.firstRange(of: "累计").map { label.distance(from: label.startIndex, to: $0.upperBound) <= r.lowerBound } ?? false)
    {
      return false
    }
    // A label that ends in a verb, a conjunction or a place ("就接到", "孕产妇以及", "湖北省", "市区") counts nothing.
    // So does one that ends in a preposition ("目前已对…", "向…"): the noun follows the number.
    if let last = label.last, "为达了至约有共的省市区县、和及对向给把将被从".contains(last) { return false }
    if label.hasPrefix("就") || label.hasPrefix("已") { return false }
    // "其间进行7次…", "派出120名…": a light verb before the number; what it counts follows the number, if anything.
    if ["进行", "开展", "完成", "实施", "派出"].contains(where: { label.hasSuffix($0) }) { return false }
    // A rate names its noun whatever group it is of ("60岁以上老年人加强免疫接种率").
    if label.hasSuffix("率") { return true }
    return ![
      "每", "第", "采取", "安排", "间隔", "不少于", "混采", "以上", "以下", "以内", "内", "设置", "处理", "抽调", "组建", "成交", "价", "划定", "新增", "不超过", "不低于", "控制在",
    ].contains(where: { label.contains($0) })
  }

  /// Whether the words before a number name nothing counted: only adverbs and a verb of keeping, finding or touching
  /// (`目前只保留`, `其余`, `涉及`).
  static func countsNothing(_ label: String) -> Bool {
    var rest = label
    var stripped = true
    while stripped {
      stripped = false
      for w in ["目前", "现在", "区内", "全区", "市内", "仅", "只", "已", "共"] where rest.hasPrefix(w) && rest.count > w.count {
        rest.removeFirst(w.count)
        stripped = true
      }
    }
    return ["保留", "剩", "剩余", "涉及", "公布", "发现", "开通", "调整", "限定", "一般", "其余", "过去", "组织"].contains(rest)
  }

  /// Whether the words of a clause before a number report what inspectors did (`出动执法人员`, `检查…`, `督促整改`,
  /// `查处`, `立案`): a tally of enforcement, which no coder records as an epidemic figure.
  static func isEnforcementTally(_ before: String) -> Bool {
    ["出动", "检查", "督促整改", "整改问题", "查处", "立案", "行政处罚", "约谈"].contains { before.contains($0) }
  }

  /// Whether a count in `unit` is followed by a noun of lines or places (`条线路`, `个小区`, `个高速公路出口`,
  /// `个防疫查验点`): then it sizes a list named before it.
  static func countsListedPlaces(unit: String, after: String) -> Bool {
    guard ["条", "个", "处"].contains(unit) else { return false }
    let noun = after.prefix(8)
    return ["线路", "小区", "出口", "查验点", "检查站", "站点", "村", "社区", "街道", "楼", "区域", "路段", "卡点", "收费站"].contains { noun.contains($0) }
  }

  static func metricCategory(_ label: String) -> String {
    if ["核酸", "采样", "检测", "筛查"].contains(where: { label.contains($0) }) { return "testing" }
    if label.contains("隔离") { return "quarantine" }
    if ["库存", "物资", "口罩", "储备", "产量", "产能", "企业", "蔬菜", "猪肉"].contains(where: { label.contains($0) }) { return "supplies" }
    if ["人员", "志愿者", "干部", "党员", "医务"].contains(where: { label.contains($0) }) { return "staffing" }
    if ["病例", "感染者", "患者", "阳性"].contains(where: { label.contains($0) }) { return "cases" }
    return "supplies"
  }
}
