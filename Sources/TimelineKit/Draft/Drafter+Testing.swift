/// Testing rounds: scheduled (a start, an end) and completed (people sampled, positives).
extension Drafter {
  // MARK: - Testing rounds

  func testing(
    _ s: BriefingText.Piece, mentions: [TimeMention], places: [Lexicon.Hit], published: Timestamp, consumed: inout [Range<Int>],
    proposed: inout ProposedCatalogue
  ) -> [Candidate]? {
    let t = s.text
    // Any testing or sampling with a start verb and a time is a round (not only 全员, 筛查 or 轮); so is a sentence
    // that gives a round's sampling time ("首轮采样时间为8月20日6:00至14:00").
    guard t.contains("核酸") || t.contains("采样") || t.contains("筛查") else { return nil }
    var round: Int?
    var label: String?
    let timed = t.contains("采样时间") || t.contains("检测时间")
    if timed, let re = DraftPatterns.regex(#"([^,，。;；:：]{0,8}?(?:采样|检测))时间"#), let m = t.firstMatch(of: re) {
      label = String(m.output[1].substring ?? "")
      if let n = DraftPatterns.regex(#"第([0-9一二三四五六七八九十]+)轮"#), let nm = label!.firstMatch(of: n) {
        round = nm.output[1].substring.flatMap { ChineseNumerals.value($0) }
      } else if label!.hasPrefix("首轮") {
        round = nil
      }
    }
    if label == nil, let re = DraftPatterns.regex(#"(第([[0-9]一二三四五六七八九十]+)轮|新一轮)[^,。;，]*?(全员核酸检测|全员核酸|核酸检测|核酸筛查)"#), let m = t.firstMatch(of: re) {
      label = String(m.output[0].substring ?? "")
      round = m.output[2].substring.flatMap { ChineseNumerals.value($0) }
      if label?.hasSuffix("全员核酸") == true { label! += "检测" }
    }
    var scope = scopeOf(places, in: s.normalized)
    // "在A区、B区开展…核酸检测": a round held in the districts named is theirs (a set of them), not the city's, unless
    // the sentence also names the city or a catalogued set.
    var named: [PlaceHit] = []
    for h in places.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) where vocabulary.catalogue.isDistrict(h.value) {
      if !named.contains(where: { $0.key == h.value }) { named.append(PlaceHit(key: h.value, zh: h.phrase, range: h.range)) }
    }
    let wider = places.contains { [.city, .province, .districtSet].contains(vocabulary.catalogue.scopes[$0.value]?.kind) }
    if named.count >= 2, scope.key == "city", !wider, !t.contains("全市") {
      scope = districtScope(named, guess: nil, proposed: &proposed)
      if label == nil, let re = DraftPatterns.regex(#"全员核酸检测|全员核酸|核酸检测|核酸筛查"#), let m = t.firstMatch(of: re) {
        label = named.map(\.zh).joined(separator: "、") + String(t[m.range])
        if label!.hasSuffix("全员核酸") { label! += "检测" }
      }
    }
    let start = mentions.first { $0.role == .start } ?? mentions.first { $0.role == .point && ($0.hasClock || $0.hasDay) }
    let end = mentions.first { $0.role == .end && $0.time > (start?.time ?? published) }
    let asOf = mentions.first { $0.role == .asOf }
    let figures = FigureRecogniser.figures(in: s.normalized, excluding: consumed)
    // ("共采集样本52.37万份": samples counted, as well as people.)
    // ("应检75.2万人，实检71.4万人": the people tested, not those who were to be.)
    let people = figures.filter { $0.unit.hasSuffix("人") || $0.unit.hasSuffix("人次") || $0.unit.hasSuffix("份") }
    let testedFigure =
      people.first { f in ["实检", "实采", "已检", "已采"].contains(where: { String(s.normalized[..<f.range.lowerBound]).hasSuffix($0) }) } ?? people.first
    let completed =
      [
        "共检测", "已全部结束", "全部结束", "全部完成", "已完成", "完成第", "检测结束", "采样结束", "共采样", "采样人数", "检测人数", "采样人员", "实检",
        "实采",
        // Said aloud: "今天上午全镇已经做了一轮全员核酸，一共采了3.46万人".
        "采了", "做了一轮",
      ].contains { t.contains($0) }
      && (testedFigure != nil || asOf != nil)
      || t.contains("以来") && round != nil
      || (testedFigure != nil && round != nil && start == nil)
    // "共组织开展了4轮…" sums rounds up; it schedules none ("…以来，先后开展五轮全员核酸检测", "累计开展6轮" too).
    // ("…实施以来，全市连续开展三轮全员核酸检测": rounds since a day looked back to are told, not scheduled.)
    let summary = (DraftPatterns.regex(#"(共|了|先后|累计|以来[^。]{0,20}连续)[^,，。]{0,6}[0-9一二三四五六七八九十]+轮"#)).map { t.firstMatch(of: $0) != nil } ?? false
    // The start verb belongs to the testing words ("开展核酸检测", "采样…开始", said "再做一轮全员核酸"), not to another
    // clause of the sentence, nor to the people a relative clause describes ("对核酸检测符合要求的人员进行劝返": 的 ends
    // the testing words).
    let near =
      (DraftPatterns.regex(#"(开始|启动|开展|进行|做一轮)[^,，。;；]{0,12}(核酸|采样|筛查)|(核酸|采样|筛查)[^,，。;；的]{0,16}(开始|启动|开展|进行)"#)).map { t.firstMatch(of: $0) != nil }
      ?? false
    // "在对…开展例行核酸检测时，发现…": how cases were found, not a round the notice schedules.
    let finding = (DraftPatterns.regex(#"(检测|筛查|采样)(时|中|过程中)[,，]"#)).map { t.firstMatch(of: $0) != nil } ?? false
    // "不再开展全员核酸检测，实行重点人群常态化核酸检测" ends rounds; "返校师生须…每天进行一次核酸检测" is a rule.
    // Tests on the days of someone's quarantine or stay ("集中隔离期间第1、2、3天各开展1次核酸检测") are a rule too.
    let rule =
      // ("…可就近到常态化核酸采样点采样": where to be sampled is no routine testing.)
      // ("…开展全员核酸检测，其他区县（市）按常态化核酸检测要求进行": a round here, routine testing elsewhere.)
      t.contains("不再") || t.replacing(#/常态化(?:核酸)?(?:检测)?采样点/#, with: "").contains("常态化") && !t.contains("全员")
      || t.contains("须") && !t.contains("全员") && !t.contains("开展")
      || ["隔离期间第", "天各开展", "天各进行", "抵郑后", "返郑后", "来郑后"].contains(where: { t.contains($0) })
      || Drafter.zoneTypeTestingRule(t) || Drafter.testingRhythm(t)
    let scheduled = (near || timed) && start != nil && !summary && !finding && !t.contains("例行") && !rule
    guard completed || scheduled, label != nil || ["核酸检测", "核酸筛查", "全员核酸", "采样"].contains(where: { t.contains($0) }) else { return nil }
    var guesses = scope.guess.map { [$0] } ?? []
    let quote = String(s.original)
    // The slug's guess is made once, not once per round of a daily screening (it used to pile up in `guessed`).
    guesses.append(
      round.map { "slug: round \($0) of \(published.fields.year)-\(published.fields.month) (publication month)" } ?? "slug: date and scope")
    func slug(_ day: Timestamp) -> String { Drafter.roundSlug(round: round, day: day, scope: scope.key, published: published) }
    let label0 = label ?? "核酸检测"
    // ("…开展第四轮…筛查，截至当晚22时采样全部结束": a round said to have ended by a time is done, whatever its start verb.)
    if completed, !scheduled || testedFigure != nil || t.contains("以来") || asOf != nil && asOf!.hasClock {
      var data: [String: JSONValue] = ["scope": .string(scope.key), "label": .string(label0)]
      if let round { data["round"] = .number(String(round)) }
      if let f = testedFigure {
        data["tested"] = .number(f.value)
        data["tested_unit"] = .string(f.unit)
        consumed.append(f.range)
      }
      if let re = DraftPatterns.regex(#"(确诊|阳性)([0-9]+)(人|例)"#), let m = t.firstMatch(of: re), let v = m.output[2].substring {
        data["positives"] = Int(v).map { .number(String($0)) } ?? .string(String(v))
        // The positives stay a figure of their own too (a metric row), so their words are not consumed.
      }
      // A round anchored by "自2月3日第五轮…以来" ended before that day's count; a day named without a clock is that day.
      let effective = asOf?.time ?? end?.time ?? start?.time ?? published
      if asOf == nil && end == nil && start == nil { guesses.append("completed: at publication (no end time given)") }
      let sub = slug(effective)
      return [
        Candidate(
          type: .testingCompleted, subject: "testing:" + sub, effective: effective, until: nil, quote: quote, data: data,
          guesses: guesses + (asOf?.guesses ?? []), confidence: 0.6)
      ]
    }
    guard let start else { return nil }
    for f in figures { consumed.append(f.range) }
    // "9月10日、11日每天上午7时至12时…再开展两轮", "10月27日、28日8时至17时各开展一轮": one round on each day named,
    // at the hours given once for all of them.
    if let days = Drafter.listedDaysWithHours(t, published: published), ["每天", "每日", "各", "轮"].contains(where: { t.contains($0) }) {
      // ("6月6日、7日两天全市开展一轮全员核酸检测，每日采样时间为7:00—20:00": one round spread over the days named.)
      if days.count >= 2, !t.contains("各"), t.firstMatch(of: #/[两二三四五]天[^。；;每]{0,12}?(?:开展|进行|组织|完成)?(?:一|1)轮/#) != nil,
        let first = days.first, let last = days.last
      {
        var data: [String: JSONValue] = ["scope": .string(scope.key), "label": .string(label0)]
        if let round { data["round"] = .number(String(round)) }
        data["sampling_start"] = .string(first.start.iso8601)
        data["sampling_end"] = .string(last.end.iso8601)
        return [
          Candidate(
            type: .testingScheduled, subject: "testing:" + slug(first.start), effective: first.start, until: last.end, quote: quote, data: data,
            guesses: guesses + ["rounds: one round over the days listed (…两天…一轮)"], confidence: 0.5)
        ]
      }
      return days.enumerated().map { k, span in
        let f = span.start.fields
        var data: [String: JSONValue] = ["scope": .string(scope.key), "label": .string(label0 + "（\(f.month)月\(f.day)日）")]
        if let round { data["round"] = .number(String(round + k)) }
        data["sampling_start"] = .string(span.start.iso8601)
        data["sampling_end"] = .string(span.end.iso8601)
        return Candidate(
          type: .testingScheduled, subject: "testing:" + slug(span.start), effective: span.start, until: span.end, quote: quote, data: data,
          guesses: guesses + ["rounds: one on each day listed, at the hours given for all"], confidence: 0.5)
      }
    }
    // "9月17日、9月19日在全市各开展一轮全员核酸检测": one round on each day named, no hours given.
    if let days = Drafter.listedDaysEach(t, published: published) {
      return days.enumerated().map { k, day in
        let f = day.fields
        var data: [String: JSONValue] = ["scope": .string(scope.key), "label": .string(label0 + "（\(f.month)月\(f.day)日）")]
        if let round { data["round"] = .number(String(round + k)) }
        data["sampling_start"] = .string(day.iso8601)
        return Candidate(
          type: .testingScheduled, subject: "testing:" + slug(day), effective: day, until: nil, quote: quote, data: data,
          guesses: guesses + ["rounds: one on each day listed (各开展一轮)"], confidence: 0.5)
      }
    }
    // A daily screening over a range of days: one round a day.
    if t.contains("每天") || t.contains("每日"), let end, !start.hasClock, end.time > start.time {
      var out: [Candidate] = []
      var day = start.time
      let last = end.time
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
    // "12月6日至7日，…开展两轮…检测": N rounds over a span of N days are one round a day; when the days do not match
    // the count, one draft that says so.
    var roundsGuess: [String] = []
    if round == nil, let re = DraftPatterns.regex(#"(^|[^第共了0-9一二两三四五六七八九十])([两二三四五六七八九十2-9])轮"#), let m = t.firstMatch(of: re),
      let n = m.output[2].substring.flatMap({ ChineseNumerals.value($0) })
    {
      let last = end.map(\.time)
      let days = last.map { Int(($0.epochSeconds - start.time.epochSeconds) / 86_400) }
      // "7月23日、7月24日，…开展两轮…检测": as many days named, one after the other, as rounds.
      let named = mentions.filter { $0.hasDay && !$0.hasClock && $0.role != .end && $0.role != .asOf }.map(\.time)
      let listedDays =
        end == nil && named.count == n && zip(named, named.dropFirst()).allSatisfy { $1.epochSeconds - $0.epochSeconds == 86_400 }
      if !start.hasClock, listedDays || last != nil && days == n && last!.epochSeconds - start.time.epochSeconds == Int64(n) * 86_400 {
        var out: [Candidate] = []
        var day = start.time
        for k in 1...n {
          let next = day.adding(seconds: 86_400)
          let f = day.fields
          var data: [String: JSONValue] = ["scope": .string(scope.key), "label": .string(label0 + "（第\(k)轮，\(f.month)月\(f.day)日）")]
          data["sampling_start"] = .string(day.iso8601)
          data["sampling_end"] = .string(next.iso8601)
          out.append(
            Candidate(
              type: .testingScheduled, subject: "testing:" + slug(day), effective: day, until: next, quote: quote, data: data,
              guesses: guesses + ["rounds: \(n)轮 over \(n) days, one round a day"] + start.guesses, confidence: 0.5))
          day = next
        }
        return out
      }
      roundsGuess = ["rounds: \(n)轮 drafted as one (the span does not give one day a round)"]
    }
    var data: [String: JSONValue] = ["scope": .string(scope.key), "label": .string(label0)]
    if let round { data["round"] = .number(String(round)) }
    data["sampling_start"] = .string(start.time.iso8601)
    if let end { data["sampling_end"] = .string(end.time.iso8601) }
    let sub = slug(start.time)
    return [
      Candidate(
        type: .testingScheduled, subject: "testing:" + sub, effective: start.time, until: end?.time, quote: quote, data: data,
        guesses: guesses + start.guesses + roundsGuess, confidence: 0.6)
    ]
  }

  /// Whether a sentence sets a rhythm of tests for a group of people (`教职员工每天开展一次核酸检测`, `学生每周开展两次
  /// 核酸检测`, `隔天一次`): a rule they follow, not a round the notice schedules.
  static func testingRhythm(_ t: String) -> Bool {
    if t.contains("全员") { return false }
    let every = #/(?:每周|每星期|每[0-9两三四五七]天|隔天|隔日|隔一天)[^。；;]{0,8}(?:核酸|检测|采样)/#
    // ("从业人员自12月1日起每日开展一次核酸检测": the day the rhythm starts may stand between them.)
    // ("医疗机构工作人员（含第三方物业、保洁、护工等）每天进行1次核酸检测": with whom they include in brackets.)
    let people =
      #/(?:人员|员工|职工|师生|学生|从业者|骑手|司机|驾驶员|乘务员|快递员|外卖员|配送员|工作人员|教师|店员|营业员|服务员|保安|保洁员)(?:（[^）。；;]{1,30}）|\([^)。；;]{1,30}\))?(?:自?[0-9]{1,2}月[0-9]{1,2}日(?:[0-9]{1,2}时)?起)?(?:每天|每日)[^。；;]{0,8}(?:核酸|检测|采样)/#
    return t.firstMatch(of: every) != nil || t.firstMatch(of: people) != nil
  }

  /// Whether a sentence's testing is a rule for the people of a zone type (`封控区、管控区每天开展一轮核酸检测，防范区实行
  /// “隔天一检”`): how often those people are tested, not rounds the notice schedules for everyone. Writers code it as
  /// a testing measure of each zone type, as they do `三天两检`.
  /// (`高风险区：自7月17日零时起，实行“足不出户、上门服务”，区域内每天开展1次核酸检测`: so is the daily testing of a
  /// zone type's regime, under the level as its label.)
  static func zoneTypeTestingRule(_ t: String) -> Bool {
    t.firstMatch(of: #/(封控区|管控区|防范区|风险区)(?:[、和及]?(?:封控区|管控区|防范区|[高中低]风险区))*(?:居民|人员|内)?(每天|每日|隔天|隔日|实行)[^。；;]{0,10}(核酸|一检|两检|三检)/#) != nil
      || t.firstMatch(of: #/^(?:[（(][一二三四五六七八九十][)）])?(?:封控区|管控区|防范区|[高中低]风险区)[：:][^。；;]{0,40}(?:区域内|区内)(?:人员|居民)?(?:每天|每日)[^。；;]{0,10}核酸/#) != nil
  }

  /// The days a sentence lists with one span of hours for all (`9月10日、11日每天上午7时至12时`), each day with
  /// those hours; nil unless two days or more are listed that way.
  static func listedDaysWithHours(_ t: String, published: Timestamp) -> [(start: Timestamp, end: Timestamp)]? {
    let hour = #"(?:上午|下午|早上|晚上|中午|凌晨)?[0-9]{1,2}(?:时|点|:[0-9]{2})(?:[0-9]{1,2}分)?"#
    guard
      let re = DraftPatterns.regex(
        // ("5月28日、29日，各学校组织…开展两轮核酸检测，采样时间均为8:00—18:00": the hours in a field later in the sentence.)
        #"([0-9]{1,2})月([0-9]{1,2})日((?:[、和及](?:[0-9]{1,2}月)?[0-9]{1,2}日)+)(?:[,，]?(?:每天|每日|均为|均)?|[^。；;]{0,40}?(?:采样|检测)时间(?:均)?为)("#
          + hour + #"(?:至|到|—|-|～)"# + hour + ")"),
      let m = t.firstMatch(of: re), let mo = m.output[1].substring.flatMap({ Int($0) }), let d0 = m.output[2].substring.flatMap({ Int($0) }),
      let more = m.output[3].substring, let hours = m.output[4].substring
    else { return nil }
    let days = Drafter.listedDays(month: mo, day: d0, more: more)
    var out: [(start: Timestamp, end: Timestamp)] = []
    for (mo, d) in days {
      var scanner = TimeScanner(published: published)
      let mentions = scanner.scan(Array("\(mo)月\(d)日" + hours))
      guard let st = mentions.first(where: { $0.role != .end && $0.hasClock }), let en = mentions.first(where: { $0.role == .end }),
        en.time > st.time
      else { return nil }
      out.append((st.time, en.time))
    }
    return out.count >= 2 ? out : nil
  }

  /// The days a sentence lists for one round each (`9月17日、9月19日在全市各开展一轮全员核酸检测`, `…分别开展一次`):
  /// nil unless two days or more are listed and the round is said to be held on each.
  static func listedDaysEach(_ t: String, published: Timestamp) -> [Timestamp]? {
    guard
      let m = t.firstMatch(
        of: #/([0-9]{1,2})月([0-9]{1,2})日((?:[、和及](?:[0-9]{1,2}月)?[0-9]{1,2}日)+)[^。；;，,]{0,14}?(?:各|分别)(?:开展|进行|组织|实施)?(?:一|1)(?:轮|次)/#),
      let mo = Int(m.output.1), let d0 = Int(m.output.2)
    else { return nil }
    let days = Drafter.listedDays(month: mo, day: d0, more: m.output.3)
    let year = published.fields.year
    let out = days.compactMap { Timestamp(year: year, month: $0.0, day: $0.1) }
    return out.count >= 2 && out.count == days.count ? out : nil
  }

  /// The month and day of each day a list names after its first (`、29日`, `、6月1日`): a day without a month is in the
  /// month named last.
  static func listedDays(month first: Int, day: Int, more: Substring) -> [(Int, Int)] {
    var days = [(first, day)]
    var month = first
    for dm in more.matches(of: #/(?:([0-9]{1,2})月)?([0-9]{1,2})日/#) {
      if let m2 = dm.output.1.flatMap({ Int($0) }) { month = m2 }
      if let d = Int(dm.output.2) { days.append((month, d)) }
    }
    return days
  }

  static func roundSlug(round: Int?, day: Timestamp, scope: String, published: Timestamp) -> String {
    if let round {
      let f = published.fields
      return "\(f.year)-\(f.month < 10 ? "0" : "")\(f.month)-round-\(round)"
    }
    return day.dateString + "-" + (scope == "city" ? "citywide" : String(scope.map { $0 == ":" || $0 == "," ? "-" : $0 }))
  }

  /// A field label of a testing notice: `采样时间：` makes (or times) the section's round; `采样范围：` gives its scope;
  /// `采样对象：`, `采样方式：` and `采样地点：` are procedure. Returns whether the paragraph was such a field.
  func testingField(
    _ para: BriefingText.Piece, frames: inout FrameStack, candidates: inout [Candidate], scanner: inout TimeScanner, published: Timestamp
  ) -> Bool {
    let c = para.normalized
    guard c.count > 5, c[0] == "采" || c[0] == "检", c[1] == "样" || c[1] == "测",
      let colon = c.prefix(6).firstIndex(where: { ":：".contains($0) })
    else { return false }
    let field = String(c[2..<colon])
    let value = Array(c[(colon + 1)...])
    switch field {
    case "时间", "时段": scheduleRound(para, value: value, frames: &frames, candidates: &candidates, scanner: &scanner, published: published)
    case "范围", "区域":
      if let i = frames.round, i < candidates.count {
        let places = vocabulary.places.find(in: value)
        let scope = scopeOf(places, in: value)
        if scope.key != "city" || value.contains("全市") { candidates[i].data["scope"] = .string(scope.key) }
      }
    default: break
    }
    return true
  }

  /// The round a notice's time field schedules (`采样时间：8月18日7:00—16:00`, or the line under a section `一、检测时间`):
  /// named by the section's title, else the notice's opening topic.
  /// The next round of a notice that scheduled one already, in a line that names the round by its number only
  /// (`5月16日上午7时至11时，开展第二轮；`): its own hours, the earlier round's test and scope.
  func nextRound(_ para: BriefingText.Piece, after prior: Candidate, published: Timestamp) -> Candidate? {
    let t = para.text
    guard let re = DraftPatterns.regex(#"(开展|进行|启动|组织)第([0-9一二三四五六七八九十]+)轮"#), let m = t.firstMatch(of: re),
      let n = m.output[2].substring.flatMap({ ChineseNumerals.value($0) }),
      // (A round that names its test, "开展第二轮全员核酸检测", is read as a round of its own; "…，具体采样点位…" after
      // the round's words is no test named.)
      !["核酸", "采样", "筛查"].contains(where: { w in
        t[..<m.range.upperBound].contains(w) || t[m.range.upperBound...].prefix { !",，。；;".contains($0) }.contains(w)
      })
    else { return nil }
    var scanner = TimeScanner(published: published)
    let mentions = scanner.scan(para.normalized)
    var start = mentions.first { ($0.role == .start || $0.role == .point) && $0.hasDay && $0.hasClock }
    var end = start.flatMap { s in mentions.first { $0.role == .end && $0.time > s.time } }
    // "5月9日同一时段开展第二轮": the day named, at the hours of the round before.
    if start == nil, ["同一时段", "同一时间", "相同时段"].contains(where: { t.contains($0) }),
      var day = mentions.first(where: { ($0.role == .start || $0.role == .point) && $0.hasDay })
    {
      let clock = { (ts: Timestamp) in ts.cityTime.fields.hour * 3600 + ts.cityTime.fields.minute * 60 }
      day.time = day.time.adding(seconds: Int64(clock(prior.effective)))
      day.guesses.append("同一时段: the hours of the round before")
      start = day
      end = prior.until.map { u in
        var e = day
        e.role = .end
        e.time = day.time.adding(seconds: Int64(clock(u) - clock(prior.effective)))
        return e
      }
    }
    guard let start, start.time > prior.effective else { return nil }
    // "第一轮全员核酸检测" before: this is "第二轮全员核酸检测".
    var test = prior.data["label"]?.stringValue ?? prior.reading ?? "核酸检测"
    if let r = test.firstMatch(of: #/第[0-9一二三四五六七八九十]+轮/#) { test = String(test[r.range.upperBound...]) }
    let label = "第\(m.output[2].substring ?? "")轮" + test
    let scope = prior.data["scope"]?.stringValue ?? "city"
    var data = prior.data
    data["label"] = .string(label)
    data["round"] = .number(String(n))
    data["sampling_start"] = .string(start.time.iso8601)
    data["sampling_end"] = end.map { .string($0.time.iso8601) }
    return Candidate(
      type: .testingScheduled, subject: "testing:" + Drafter.roundSlug(round: n, day: start.time, scope: scope, published: published),
      effective: start.time, until: end?.time, quote: String(String(para.original).trimmingTrailing("；;。")), data: data,
      guesses: ["round: numbered after the notice's earlier round, whose test and scope it takes"] + start.guesses, confidence: 0.5,
      reading: label)
  }

  /// One round on each day of a period (`期间，每日组织开展一轮全员核酸检测，采样时间为每日7时至11时`): the round the
  /// sentence drafted at its hours, repeated on every day from `from` to `to` whose hours fall inside the period.
  static func roundEachDay(of round: Candidate, from: Timestamp, to: Timestamp, published: Timestamp) -> [Candidate] {
    guard round.type == .testingScheduled, case .string(let scope)? = round.data["scope"], case .string(let label)? = round.data["label"]
    else { return [round] }
    let f = round.effective.fields
    guard let ownDay = Timestamp(year: f.year, month: f.month, day: f.day),
      let first = Timestamp(year: from.fields.year, month: from.fields.month, day: from.fields.day)
    else { return [round] }
    let hours = round.effective.epochSeconds - ownDay.epochSeconds
    let length = round.until.map { $0.epochSeconds - round.effective.epochSeconds }
    var out: [Candidate] = []
    var day = first
    while day < to && out.count < 31 {
      let start = day.adding(seconds: hours)
      if start >= from && start < to {
        var c = round
        let d = start.fields
        c.effective = start
        c.until = length.map { start.adding(seconds: $0) }
        c.subject = "testing:" + roundSlug(round: nil, day: start, scope: scope, published: published)
        c.data["label"] = .string(label + "（\(d.month)月\(d.day)日）")
        c.data["sampling_start"] = .string(start.iso8601)
        c.data["sampling_end"] = c.until.map { .string($0.iso8601) }
        c.guesses.append("rounds: one on each day of the notice's period (期间…每日)")
        out.append(c)
      }
      day = day.adding(seconds: 86_400)
    }
    return out.isEmpty ? [round] : out
  }

  /// A later batch of a round held in batches (`第四轮全员核酸检测分两批进行：A镇于8月29日6时至18时开展；其他乡镇于8月30日
  /// 7时至12时开展`): the round the sentence's first part drafted, for the places and hours this part gives.
  func roundBatch(_ part: BriefingText.Piece, sentence: String, after prior: Candidate, published: Timestamp) -> Candidate? {
    let t = part.text
    guard prior.type == .testingScheduled, sentence.firstMatch(of: #/分(?:两|三|四|[2-4])?批/#) != nil,
      !["核酸", "筛查"].contains(where: { t.contains($0) }),
      t.trimmingTrailing("。；;").firstMatch(of: #/(?:开展|进行|采样|参检)$/#) != nil
    else { return nil }
    var scanner = TimeScanner(published: published)
    let mentions = scanner.scan(part.normalized)
    guard let start = mentions.first(where: { ($0.role == .start || $0.role == .point) && $0.hasDay && $0.hasClock }),
      start.time != prior.effective
    else { return nil }
    let end = mentions.first { $0.role == .end && $0.time > start.time }
    var c = prior
    c.effective = start.time
    c.until = end?.time
    c.quote = String(String(part.original).trimmingTrailing("；;。"))
    let label = (prior.data["label"]?.stringValue ?? "核酸检测") + "（另一批）"
    c.data["label"] = .string(label)
    c.data["sampling_start"] = .string(start.time.iso8601)
    c.data["sampling_end"] = end.map { .string($0.time.iso8601) }
    c.subject = prior.subject + "-batch-" + start.time.dateString
    c.guesses = ["round: a later batch of the round the sentence's first part drafted (分两批)"] + start.guesses
    c.confidence = 0.45
    c.reading = label
    return c
  }

  /// The first of the daily rounds the sentence before announced (`…每天开展一轮全员核酸检测。第一轮于10月27日6时开始，14时
  /// 结束，…`): a round at the hours this sentence gives, of the test the sentence before named.
  func dailyRound(_ s: BriefingText.Piece, before: String, published: Timestamp, scope: String) -> Candidate? {
    let t = s.text
    guard let m = t.firstMatch(of: #/^第([0-9一二三四五六七八九十]+)轮/#), let n = ChineseNumerals.value(String(m.output.1)),
      before.firstMatch(of: #/(?:每天|每日)[^。；;]{0,6}(?:开展|进行|组织)[^。；;]{0,4}轮[^。；;]{0,8}(?:核酸|检测|筛查)/#) != nil
    else { return nil }
    var scanner = TimeScanner(published: published)
    let mentions = scanner.scan(s.normalized)
    guard let start = mentions.first(where: { ($0.role == .start || $0.role == .point) && $0.hasDay && $0.hasClock }) else { return nil }
    let end = mentions.first { $0.role == .end && $0.time > start.time }
    let test = before.contains("全员核酸检测") ? "全员核酸检测" : "核酸检测"
    let label = "第\(m.output.1)轮" + test
    var data: [String: JSONValue] = ["scope": .string(scope), "label": .string(label), "round": .number(String(n))]
    data["sampling_start"] = .string(start.time.iso8601)
    data["sampling_end"] = end.map { .string($0.time.iso8601) }
    return Candidate(
      type: .testingScheduled, subject: "testing:" + Drafter.roundSlug(round: n, day: start.time, scope: scope, published: published),
      effective: start.time, until: end?.time, quote: String(String(s.original).trimmingTrailing("；;。")), data: data,
      guesses: ["round: the first of the daily rounds the sentence before announced"] + start.guesses, confidence: 0.5, reading: label)
  }

  /// A group of a round held in groups (`第一批：中原区、二七区。采样时间：4月30日6:00—20:00。`): the round of the
  /// notice that announced the groups, for those districts at that time. The first group takes over the round the
  /// opening drafted for its day without hours; a later one is a round of its own.
  func roundGroup(
    _ para: BriefingText.Piece, candidates: inout [Candidate], published: Timestamp, issuer: PlaceHit?, proposed: inout ProposedCatalogue
  ) -> Bool {
    let t = para.text
    if let batch = roundBatch(para, candidates: &candidates, published: published, issuer: issuer, proposed: &proposed) { return batch }
    guard t.firstMatch(of: #/^第[0-9一二三四五六七八九十]+批[：:]/#) != nil, let field = t.firstRange(of: "采样时间") ?? t.firstRange(of: "检测时间"),
      let i = candidates.lastIndex(where: { $0.type == .testingScheduled })
    else { return false }
    let cut = t.distance(from: t.startIndex, to: field.lowerBound)
    var scanner = TimeScanner(published: published)
    let mentions = scanner.scan(Array(para.normalized[cut...]))
    guard let start = mentions.first(where: { ($0.role == .start || $0.role == .point) && $0.hasDay }) else { return false }
    let end = mentions.first { $0.role == .end && $0.time > start.time }
    var scratch = proposed
    let named = districts(in: Array(para.normalized[..<cut]), proposed: &scratch).filter { vocabulary.catalogue.isDistrict($0.key) }
    guard !named.isEmpty else { return false }
    proposed = scratch
    let scope = named.count == 1 ? ScopeReading(key: named[0].key, guess: nil) : districtScope(named, guess: nil, proposed: &proposed)
    // Each group is a subject of its own (the round's number stays in its data): named by its day and districts.
    // (The group's scope is what it names: no guess is noted for it, as before.)
    placePart(
      of: i, para, start: start.time, end: end?.time, scope: ScopeReading(key: scope.key, guess: nil),
      subject: Drafter.roundSlug(round: nil, day: start.time, scope: scope.key, published: published),
      guess: "time: the group's 采样时间", candidates: &candidates)
    return true
  }

  /// Drafts one part of the round at `i` (a group or a batch): the round with the part's hours, scope, quote and
  /// subject; it replaces the opening's round of that day when that was drafted without hours.
  func placePart(
    of i: Int, _ para: BriefingText.Piece, start: Timestamp, end: Timestamp?, scope: ScopeReading, subject: String, guess: String,
    data extra: [String: JSONValue] = [:], candidates: inout [Candidate]
  ) {
    let prior = candidates[i]
    var round = prior
    round.takeRoundHours(start: start, end: end, guess: guess)
    round.quote = String(String(para.original).trimmingTrailing("；;。"))
    round.data["scope"] = .string(scope.key)
    for (k, v) in extra { round.data[k] = v }
    round.reading = nil
    if let g = scope.guess { round.guesses.append(g) }
    round.subject = "testing:" + subject
    if prior.effective.dateString == start.dateString, prior.effective.iso8601.hasSuffix("T00:00+08:00") {
      candidates[i] = round
    } else {
      candidates.append(round)
    }
  }

  /// "（一）10月13日8:00—12:00：京城路街道、索河街道；": a batch of the notice's round, its hours and then its places
  /// (districts, streets or towns). Nil when the paragraph is no such batch.
  func roundBatch(
    _ para: BriefingText.Piece, candidates: inout [Candidate], published: Timestamp, issuer: PlaceHit?, proposed: inout ProposedCatalogue
  ) -> Bool? {
    let c = para.normalized
    // (Not the colon of a clock, "8:00".)
    let colonAt = c.indices.prefix(30).first { ":：".contains(c[$0]) && !BriefingText.isInNumber(c, at: $0) }
    guard let colon = colonAt, colon >= 6, colon + 3 < c.count,
      let i = candidates.lastIndex(where: { $0.type == .testingScheduled })
    else { return nil }
    var scanner = TimeScanner(published: published)
    let head = Array(c[..<colon])
    let mentions = scanner.scan(head)
    guard let start = mentions.first(where: { ($0.role == .start || $0.role == .point) && $0.hasDay && $0.hasClock }),
      start.range.lowerBound <= 1,
      let end = mentions.first(where: { $0.role == .end && $0.time > start.time }), end.range.upperBound >= head.count - 1
    else { return nil }
    let rest = String(String(c[(colon + 1)...]).trimmingTrailing("；;。 "))
    let places = rest.split(whereSeparator: { "、,，".contains($0) }).map(String.init)
    guard !places.isEmpty, places.allSatisfy({ Drafter.looksLikePlace($0) || $0.hasSuffix("区") || $0.hasSuffix("县") || $0.hasSuffix("市") })
    else { return nil }
    var scratch = proposed
    let named = districts(in: Array(rest), proposed: &scratch).filter { vocabulary.catalogue.isDistrict($0.key) }
    proposed = scratch
    let scope =
      named.count == places.count
      ? (named.count == 1 ? ScopeReading(key: named[0].key, guess: nil) : districtScope(named, guess: nil, proposed: &proposed))
      : ScopeReading(
        key: issuer?.key ?? (candidates[i].data["scope"]?.stringValue ?? "city"),
        guess: "scope: the places of the batch, in \(issuer?.zh ?? "the round's scope")")
    // Each batch is a subject of its own: its day, its scope and (for places below a district) their names.
    let slug = Drafter.roundSlug(round: nil, day: start.time, scope: scope.key, published: published)
    placePart(
      of: i, para, start: start.time, end: end.time, scope: scope,
      subject: slug + (named.count == places.count ? "" : "-p" + String(fnv1a(rest), radix: 16)), guess: "time: the batch's hours",
      data: ["places": .string(rest)], candidates: &candidates)
    return true
  }

  func scheduleRound(
    _ para: BriefingText.Piece, value: [Character], topic: String? = nil, frames: inout FrameStack, candidates: inout [Candidate],
    scanner: inout TimeScanner, published: Timestamp
  ) {
    let c = para.normalized
    let mentions = scanner.scan(c)
    guard let start = mentions.first(where: { $0.role == .start || $0.role == .point }) else { return }
    let end = mentions.first { $0.role == .end && $0.time > start.time }
    // "…决定，7月12日在某区开展一轮区域核酸检测。" then "采样时间：7月12日6:00—18:00": the field gives the hours of the
    // round the body drafted for that day without them.
    if let i = candidates.lastIndex(where: { $0.type == .testingScheduled }), candidates[i].until == nil,
      candidates[i].effective.dateString == start.time.dateString, candidates[i].effective.iso8601.hasSuffix("T00:00+08:00")
    {
      candidates[i].takeRoundHours(start: start.time, end: end?.time, guess: "time: the round's 采样时间 field")
      frames.top.round = i
      return
    }
    // The round: the section's title, else the notice's opening topic.
    let titles = frames.frames.reversed().map(\.title) + (topic.map { [$0] } ?? []) + [String(value)]
    let title = titles.first { $0.contains("核酸") || $0.contains("筛查") } ?? "核酸检测"
    var label = title
    if let re = DraftPatterns.regex(#"[^,，。;；:：]*?(核酸检测|核酸筛查|筛查)"#), let m = title.firstMatch(of: re) { label = String(title[m.range]) }
    // "…指挥部关于开展第四轮全员核酸检测": the round's own words.
    for w in ["开展", "关于"] where label.contains(w) {
      label = String(label[label.ranges(of: w).last!.upperBound...])
      break
    }
    var round: Int?
    if let re = DraftPatterns.regex(#"第([0-9一二三四五六七八九十]+)轮"#), let m = label.firstMatch(of: re) {
      round = m.output[1].substring.flatMap { ChineseNumerals.value($0) }
    }
    var places = vocabulary.places.find(in: Array(label))
    if places.isEmpty { places = vocabulary.places.find(in: value) }
    let scope = scopeOf(places, in: value)
    frames.top.round = candidates.count
    candidates.append(
      Drafter.scheduledRound(
        label: label, round: round, scope: scope, start: start, end: end, quote: String(para.original),
        guess: "round: the section's title and its 采样时间 field", confidence: 0.6, reading: label, published: published))
  }

  /// A testing round a notice schedules, from its label, number, scope and sampling hours: the one shape both a time field
  /// (`采样时间：…`) and a round's own line (`第一轮：…`) draft.
  static func scheduledRound(
    label: String, round: Int?, scope: ScopeReading, start: TimeMention, end: TimeMention?, quote: String, guess: String,
    confidence: Double, reading: String, published: Timestamp
  ) -> Candidate {
    var data: [String: JSONValue] = ["scope": .string(scope.key), "label": .string(label)]
    if let round { data["round"] = .number(String(round)) }
    data["sampling_start"] = .string(start.time.iso8601)
    if let end { data["sampling_end"] = .string(end.time.iso8601) }
    return Candidate(
      type: .testingScheduled, subject: "testing:" + Drafter.roundSlug(round: round, day: start.time, scope: scope.key, published: published),
      effective: start.time, until: end?.time, quote: quote, data: data, guesses: [guess] + (scope.guess.map { [$0] } ?? []) + start.guesses,
      confidence: confidence, reading: reading)
  }
}
