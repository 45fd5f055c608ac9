/// Rules: one draft per rule clause, its subject found in the catalogue (by label, alias, label part or synonym) or
/// proposed as a new catalogue entry named after the clause's object.
extension Drafter {
  /// What the sentences of a notice carry over to the next: the last rule's time (`同一时段内`, `同日`, `同步`).
  struct RuleMemory {
    var lastStart: TimeMention?
    var lastEnd: TimeMention?
    /// The start of the last testing round drafted: what a penalty on "本轮" / "本次" testing is attached to.
    var lastRoundStart: Timestamp?
    var lastRoundEnd: Timestamp?
    /// The hours of the round a section headed `采样期间有关要求` is about (the notice's first round), while one is open.
    var sectionRound: (start: Timestamp, end: Timestamp?)?
    /// The last set of districts a rule named: what 两区, 三区 and 上述三区 mean.
    var lastDistricts: [PlaceHit] = []
    /// The sentence before: what a sentence opening with 其中 ("其中，各超市…") goes on from, its period included.
    var previousSentence = ""
    /// The sentence that announced daily rounds (`…每天开展一轮全员核酸检测，具体安排为：`): what each of the lines
    /// `第二轮：10月30日8:00—16:00` after the first goes on from.
    var dailyRoundsAnnounced: String?
    /// Periods sentences set (`自10月29日零时起至11月7日24时，…实行闭环生产`, or from a start alone), with their words:
    /// what `闭环期间` in a later sentence points back to.
    var periods: [(words: String, start: TimeMention, end: TimeMention?)] = []
    /// The start of the last lift a sentence named (`自10月18日12时起，全域解除静态管理`): what 解封后 points back to.
    var lastLift: TimeMention?
    /// When the last rule drafted holds: what 同一时段内 in the next item points back to.
    var lastRule: (start: TimeMention, end: TimeMention?)?
    /// When the last zones drafted were designated: what `自划定之时起` points back to.
    var lastDesignation: TimeMention?
    /// When the last zones drafted were designated, re-graded or lifted: what `上述区域实行…` points back to.
    var lastZones: TimeMention?

    /// The last period whose sentence names what `X期间` opening `text` names.
    func namedPeriod(opening text: String) -> (start: TimeMention, end: TimeMention?)? {
      guard let re = DraftPatterns.regex(#"^在?([^\s，,。；;：:]{2,6}?)期间"#), let m = text.firstMatch(of: re), let w = m.output[1].substring else {
        return nil
      }
      return periods.last { $0.words.contains(String(w)) }.map { ($0.start, $0.end) }
    }
  }

  /// The nouns that name a rule by what it asks (`…查验行程卡的要求`, `…不超过60%的限制`): after 的, the words before
  /// them are the rule's name.
  static let requirementNouns: Set<String> = ["要求", "规定", "措施", "限制", "政策"]

  /// Whether a sentence opens with zone levels and then their regime (`封控区、管控区实行…`, `管控区内一律…`), not
  /// with the people in them.
  static func statesZoneRegime(_ chars: [Character], levels: Lexicon) -> Bool {
    var i = 0
    for h in levels.find(in: chars) where h.range.lowerBound <= i + 1 {
      i = h.range.upperBound
      while i < chars.count, "、和及与".contains(chars[i]) { i += 1 }
    }
    guard i > 0 else { return false }
    // ("管控区：实行“人不出区、错峰取物”…": the level as a label before its regime.)
    if i < chars.count, "：:".contains(chars[i]) { i += 1 }
    let rest = String(chars[i...].prefix(4))
    // ("封控区严格落实…措施", "管控区全面落实…", "防范区采取…": the verbs of carrying out a regime.)
    return ["实行", "实施", "落实", "严格", "全面", "采取", "严禁", "禁止", "一律", "每日", "每天", "内", "继续", "执行"].contains {
      rest.hasPrefix($0)
    }
  }

  /// The rules of one clause group (a sentence or a `；` part).
  func rules(
    _ s: BriefingText.Piece, sentence: String, mentions: [TimeMention], places: [Lexicon.Hit], published: Timestamp, frames: FrameStack,
    memory: inout RuleMemory, proposed: inout ProposedCatalogue
  ) -> [Candidate] {
    let chars = s.normalized
    let t = s.text
    // "居民确需就医的，可联系所在社区，由社区安排专车点对点接送", "孕产妇等特殊人群就医，由村（社区）安排专车接送":
    // how residents under an order reach a doctor is a medical rule of its own.
    // (The part opens with whom it is for: "…特殊群体，由社区派专车接送就医" after another rule is that rule's detail.)
    let opening = t.split(whereSeparator: { ",，".contains($0) }).prefix(2)
    let whoseCare =
      opening.first.map { FrameStack.opensWithPeriodMark(String($0)) && $0.count <= 8 } == true ? opening.dropFirst().first : opening.first
    let medicalAccess =
      whoseCare?.contains("就医") == true && Drafter.medicalTransferWords.contains(where: { t.contains($0) }) && !t.contains("已")
      && !VerbClass.isGuarded(t, sentence: true) && !t.hasPrefix("为")
    // "确需离开的，须…", "确有就医需求的，…": an exception to the rule before, not a rule of its own.
    // ("确需离郑的，须持48小时内核酸检测阴性证明。" in a sentence of its own is the city's rule for those who leave it,
    // which coders record; "确需离开的，须…" after an order's rule is still its exception.)
    // ("10月1日至7日假期期间，确需离郑人员须持…", "自明天零时起，确需离郑的人员须持…": so is it after the clause that
    // dates it.)
    let leavesTheCity =
      t.firstMatch(of: #/^(?:[^,，。；;]{2,20}(?:起|期间)[,，])?(?:确需|如确需)离(?!开|区|小区|村|社区|家|校)[^的,，。；;]{1,3}(?:的|人员)/#) != nil
    // ("确需陪护的，仍实行“一患一陪”": a regime said to go on for those who need the exception is a rule still in force.)
    let regimeGoesOn = ["仍实行", "仍然实行", "继续实行"].contains(where: { t.contains($0) })
    if (t.hasPrefix("确需") || t.hasPrefix("确有") || t.hasPrefix("如确需")) && !medicalAccess && !leavesTheCity && !regimeGoesOn { return [] }
    // "3岁以下婴幼儿、长期卧床人员可不参加": whom a rule leaves out, not a rule.
    if ["可不参加", "可不参检", "无需参加", "可不参与"].contains(where: { t.contains($0) }) { return [] }
    // An exhortation ("请…", "希望广大市民…") is one as a whole sentence, and so is a part with a guard word (a goal,
    // an assessment, a duty) other than the few that hold for their clause only.
    // ("倡导市民非必要不离郑；确需离郑的，须持…证明": a later part that binds those who leave the city is a rule.)
    // ("请居民将生活垃圾…放置在自家门口…；封控期间不得自行下楼投放垃圾": so is a later part that forbids.)
    let forbids = ["不得", "严禁", "禁止", "一律不"].contains(where: { t.contains($0) }) && !t.hasPrefix("请")
    let bindingPart = (leavesTheCity || forbids) && !sentence.hasPrefix(t) && !VerbClass.isExhortation(t)
    // "坚持非必要不离郑，确需离郑的须持…", "继续倡导“非必要不离县”，确需离县的须…报备": the rule of not leaving the city
    // said to go on, with what those who must leave do, is that rule restated (坚持 and 倡导 alone are guard words).
    let goesOnRe = #/^(?:我市|全市|全县|全区)?(?:继续倡导|继续坚持|坚持)[“"]?(非必要不离[^，,。；;”"的]{1,2})/#
    // (A later part of such a sentence, "…；确需离郑的，须持…", is that rule's exception.)
    if t.firstMatch(of: goesOnRe) == nil, sentence.firstMatch(of: goesOnRe) != nil { return [] }
    if let m = t.firstMatch(of: goesOnRe) {
      let label = String(m.output.1)
      let key = vocabulary.measure(containing: label) ?? "entry-exit.p-\(String(fnv1a(label), radix: 16))"
      if vocabulary.catalogue.measures[key] == nil {
        proposed.propose(measure: .init(key: key, category: "entry-exit", zh: label, en: "proposed: \(label) (give the English name)", from: t))
      }
      let scope = scopeOf(places, in: s.normalized, issuer: frames.issuer)
      let en = vocabulary.catalogue.measures[key]?.label.en ?? "proposed: \(label)"
      return [
        Candidate(
          type: .measureRestated, subject: "measure:" + key, effective: published, until: nil, quote: sentence,
          data: [
            "scope": .string(scope.key), "rule": .string("\(en) (draft: state the rule in force)"), "rule_zh": .string(String(s.original)),
          ],
          guesses: ["type: restated (坚持 / 继续倡导 a rule in force)", "effective: publication (no start given)"] + (scope.guess.map { [$0] } ?? []),
          confidence: 0.5, reading: label)
      ]
    }
    // "…商场、超市在入口要查验48小时内核酸检测阴性证明，请大家出门前算好时间": a request after a firm rule asks the
    // public to comply with it; the rule still stands (the request's clause is guarded on its own).
    let ruleBeforeRequest =
      DraftPatterns.regex(VerbClass.requestToThePublic).flatMap { sentence.firstMatch(of: $0) }.map { m in
        let head = String(sentence[..<m.range.lowerBound])
        return !VerbClass.isExhortation(head) && ["须", "查验", "实行", "暂停", "严禁", "禁止", "不得", "关闭"].contains(where: { head.contains($0) })
      } ?? false
    if VerbClass.isExhortation(sentence) && !bindingPart && !ruleBeforeRequest || VerbClass.isGuarded(t, sentence: true) { return [] }
    // "如出现新的本土疫情，…将立即暂停…": what would happen, not a rule in force; "…按照…的原则返校复课：" heads items.
    if ["如出现", "如发生", "一旦出现", "一旦发生", "若出现"].contains(where: { sentence.hasPrefix($0) }) { return [] }
    if let last = sentence.last(where: { !" 　".contains($0) }), ":：".contains(last) { return [] }
    let clauses = BriefingText.split(s, at: ",，", keepClosingQuote: false)
    var out: [Candidate] = []
    var keys: Set<String> = []
    var previousClause: Range<Int>?
    var lastObject: String?
    // The zone level the last rule's clause opened with ("高风险区实行…").
    var lastLevel: String?
    var lastCategory: String?
    /// The class of the last rule drafted.
    var lastClass: VerbClass?
    /// The cue of the last clause that had one.
    var previousCue: String?
    // The rule's time: its own words, a back-reference, or what its section set.
    // "4月5日以来到过…的人员" names whom a rule is about, not when it starts.
    // "8月25日实行静态管理以来，…": so does a day whose clause ends with 以来 (background to what follows).
    let since = mentions.filter { m in
      guard m.range.upperBound <= chars.count else { return false }
      let clause = String(chars[m.range.upperBound...].prefix { !",，。；;".contains($0) })
      // ("10月8日以来，我市实行…": a day that is its own clause dates the rule that goes on since.)
      let alone = clause == "以来" && m.range.lowerBound <= 1
      // "自5月12日0时起实施的静态管理": the start of the order a relative clause names, not of this sentence's rule.
      // ("10月25日已实行封控管理的某村，继续实行…": the day of what was done, told in a clause that names the object.)
      let done =
        clause.contains("已") && clause.contains("的") && VerbClass.find(in: Array(clause)) != nil
        && m.range.upperBound + clause.count < chars.count && ",，".contains(chars[m.range.upperBound + clause.count])
      return !alone && (clause.hasPrefix("以来") || clause.hasSuffix("以来")) || Drafter.startsWhatItNames(m, in: chars) || done
    }
    let own = mentions.filter { !since.contains($0) }
    // "今天不来做的，明天健康码就变黄码": whom a penalty is for, on a day, then the day it falls; the second day rules.
    let penaltyDay =
      ["黄码", "红码", "弹窗"].contains(where: { t.contains($0) }) && t.firstMatch(of: #/^[^,，。；;]{2,24}的[,，]/#) != nil
      ? own.first { m in
        m.role == .point && m.hasDay && m.range.lowerBound > (chars.firstIndex(where: { ",，".contains($0) }) ?? chars.count)
      } : nil
    var start =
      own.first { $0.role == .start && $0.hasDay } ?? penaltyDay
      ?? own.first { $0.role == .point && $0.hasDay && ($0.range.lowerBound <= 10 || Drafter.opens(chars, at: $0.range.lowerBound)) }
      // "高一、高二年级及初一、初二年级于5月20日返校复课": 于 and a day before the verb.
      ?? own.first { $0.role == .point && $0.hasDay && $0.range.lowerBound > 0 && chars[$0.range.lowerBound - 1] == "于" }
      // "截至5月4日12时，…已开设…": what was in place by the time the sentence opens with.
      ?? own.first { $0.role == .asOf && $0.hasDay && $0.range.lowerBound <= 2 && t.contains("已") }
      // "截至10月11日11:00，两轮均未参加检测的，健康码将弹窗": a penalty on those who missed a deadline starts at it.
      ?? own.first { m in
        m.role == .asOf && m.hasDay && m.hasClock && m.range.lowerBound <= 3 && t.contains("未")
          && ["黄码", "红码", "弹窗"].contains(where: { t.contains($0) })
      }
    // "同日起，…": the day of the rule before, not the last day a sentence named (its end).
    // "上述三区幼儿园同日起暂不开园" too: wherever 同日 stands, it is the day of the rule before, not the last day named.
    // (A day the sentence named before it, "2月22日首班车起，…；出租车同日起恢复运营", is that day.)
    if let s0 = start, !s0.guesses.contains(Drafter.sameDayInSentenceGuess), s0.range.upperBound <= chars.count,
      chars[s0.range].starts(with: Array("同日")) || s0.range.lowerBound <= 1 && t.hasPrefix("同日"),
      let l = own.first(where: { $0.hasDay && $0.range.upperBound <= s0.range.lowerBound && $0.range != s0.range }) ?? memory.lastStart
    {
      start = l
    }
    // "…原定于5月8日24时结束，现延长至5月11日24时", "原定于5月7日24时结束的…临时管控延长至…": an extension holds from
    // the end it replaces.
    if t.contains("延长") || t.contains("延期至"), let r = t.firstRange(of: "原定") {
      let at = t.distance(from: t.startIndex, to: r.upperBound)
      // (The sentence's mentions leave the old time out; it is read here, in the words after 原定.)
      var scanner = TimeScanner(published: published)
      let tail = Array(chars[at...])
      if let m = scanner.scan(tail).first(where: { m in
        m.hasDay && m.range.lowerBound <= 2 && String(tail[m.range.lowerBound...].prefix(m.range.count + 3)).contains("结束") && m.time > published
      }) {
        var old = m.playing(.start)
        old.range = (m.range.lowerBound + at)..<(m.range.upperBound + at)
        old.guesses.append("effective: the end the extension replaces (原定…结束)")
        start = old
      }
    }
    // "…静默管理时间延长至10月19日24时" in a notice that follows the order on the same page: from the order's old end.
    if start == nil, Drafter.extensionCues.contains(where: { t.contains($0) }), !t.contains("原定"), let ns = frames.notice.start,
      ns.guesses.contains(Drafter.extendedOrderGuess)
    {
      start = ns
    }
    // A scheduled end names a day: "运营时间调整为6:00至22:00" gives hours of service, not an end.
    var end = mentions.first { m in
      m.role == .end && m.time > (start?.time ?? published)
        && (m.hasDay || start.map { $0.hasDay && $0.range.upperBound >= m.range.lowerBound - 2 } == true)
    }
    // "农贸市场自10月18日12时起暂停营业至静态管理结束": an end named by the order is the end of the notice's period.
    if end == nil, let e = frames.notice.end, e.time > (start?.time ?? published), FrameStack.endsWithTheOrder(t) {
      end = e
    }
    // "…第28号通告中关于“非必要不离郑”的规定，执行至6月29日24时": a rule in force that the sentence gives an end to, and
    // nothing else, is lifted then.
    var endsARule = false
    // ("…的措施，继续执行至5月31日24时" goes on until then: a restatement with its end.)
    if start == nil, let e = end, e.range.lowerBound >= 3,
      ["执行至", "实施至", "实行至"].contains(String(chars[(e.range.lowerBound - 3)..<e.range.lowerBound])),
      !["继续", "仍"].contains(where: { String(chars[max(0, e.range.lowerBound - 5)..<e.range.lowerBound]).contains($0) }),
      ["规定", "措施", "要求"].contains(where: { t.contains($0 + "，") || t.contains($0 + ",") })
    {
      start = e.playing(.start)
      end = nil
      endsARule = true
    }
    // "…静态管理，将于5月19日6时结束": an end the sentence's only rule reaches is the moment of its lift.
    if start == nil, let e = end, e.range.upperBound < chars.count,
      ["结束", "解除"].contains(where: { String(chars[e.range.upperBound...]).hasPrefix($0) || String(chars[e.range]).hasSuffix($0) }),
      !Drafter.ruleGoesOn(before: e.range.lowerBound, in: chars)
    {
      start = e.playing(.start)
      end = nil
    }
    // "…继续实行静态管理，8月7日24时按期解除": a moment the rule is lifted at is its end.
    if end == nil,
      let m = own.first(where: { m in
        m.role == .point && m.hasDay && m.time > (start?.time ?? published) && m.range.upperBound < chars.count
          && ["按期解除", "如期解除", "解除", "起解除", "结束"].contains(where: { String(chars[m.range.upperBound...]).hasPrefix($0) })
      })
    {
      // (Only after a rule that goes on: "…静态管理，将于5月19日6时结束" alone is the lift, at that moment.)
      if Drafter.ruleGoesOn(before: m.range.lowerBound, in: chars) {
        end = m.playing(.end)
      } else if start == nil {
        start = m.playing(.start)
      }
    }
    // "自即日起，对2月12日至15日期间到过…的人员，…": the rule starts on publication; the dates say whom it is for.
    let fromNow = ["自即日起", "即日起", "从即日起"].contains(where: { t.hasPrefix($0) }) && !t.contains("即日起至")
    if fromNow {
      start = nil
      // ("即日起暂停旅游包车客运业务，暂定至5月10日": an end said as the rule's own term still ends it.)
      let ownTerm = end.map { e in
        ["暂定至", "执行至", "实施至", "实行至"].contains(where: { String(chars[max(0, e.range.lowerBound - 3)...].prefix(4)).contains($0) })
      }
      if ownTerm != true { end = nil }
    }
    // "即日起，…同步停办", "…须立即向所在村报备": from publication, whatever the sentence's 同步 or the notice's period.
    let immediate = fromNow || start == nil && ["立即", "即刻"].contains(where: { t.contains($0) })
    var timeGuess: String?
    var roundStart: Timestamp?
    // "其间，…有两种渠道。其中，各超市…": a sentence that details the one before is read in its period.
    let back = ["其中", "其中，"].contains(where: { sentence.hasPrefix($0) }) ? memory.previousSentence : ""
    if start == nil,
      ["检测期间", "采样期间", "筛查期间", "采样时段", "检测时段", "采样时间内", "检测时间内"].contains(where: {
        t.contains($0) || back.contains($0) || sentence.prefix(8).contains($0)
      }),
      let r = memory.lastRoundStart
    {
      // "检测期间，…暂停堂食", "采样时段内，公交线路甩站运行": the round's hours.
      roundStart = r
      end = end ?? memory.lastRoundEnd.map { TimeMention.carried($0, role: .end) }
      timeGuess = "effective: the hours of the round (检测期间)"
    } else if start == nil, let r = memory.sectionRound,
      // (Not a rule that points at the item before, "同一时段内…", nor one that goes on, "继续查验…".)
      !["同一时段", "同时", "同日", "其间", "继续", "仍"].contains(where: { t.contains($0) })
    {
      // "三、采样期间有关要求" then "（二）…暂停堂食": the items of such a section hold for the notice's round.
      roundStart = r.start
      end = end ?? r.end.map { TimeMention.carried($0, role: .end) }
      timeGuess = "effective: the hours of the round its section is about (采样期间…)"
    } else if start == nil, ["逾期未检", "逾期未参", "逾期未采", "结束后仍未", "结束后未", "截止后仍未"].contains(where: { t.contains($0) }),
      ["黄码", "红码", "健康码"].contains(where: { t.contains($0) }), let e = memory.lastRoundEnd
    {
      // "逾期未检者健康码将转为黄码", "第二轮结束后仍未参检的，健康码赋为黄码": the penalty holds from the round's end.
      roundStart = e
      timeGuess = "effective: the end of the round it follows (逾期, 结束后)"
    } else if start == nil, t.contains("本轮") || t.contains("本次"), ["检测", "筛查", "采样"].contains(where: { t.contains($0) }),
      ["黄码", "红码", "健康码"].contains(where: { t.contains($0) }), let r = memory.lastRoundStart
    {
      // "不参加本次全员核酸检测的，健康码…标记为黄码": the penalty takes the start of its round.
      roundStart = r
      timeGuess = "effective: the start of the round it is attached to"
    } else if start == nil, !immediate {
      // 其间, 管控期间, 在此期间 point at the notice's period; 疫情期间 or 采样检测期间 do not.
      // A back-reference opens its sentence; "…集中隔离…，其间进行7次核酸检测" points inside the sentence instead.
      let opening = String(sentence.prefix(8)) + " " + String(t.prefix(8)) + " " + String(back.prefix(8))
      // "解封后，…", "复市后，该市场实行…": from the reopening the notice just named.
      let afterLift =
        ["解封后", "复市后", "复业后", "营业后", "开放后"].contains(where: { opening.contains($0) })
        || t.firstMatch(of: #/^解除[^,，。；;]{0,4}后/#) != nil
        // ("解除封控的小区，解封后居民出入须…": a later clause may open with it, after whom the rule is for.)
        || clauses.dropFirst().contains(where: { String(chars[$0].prefix(3)) == "解封后" })
        // ("嘉禾苑小区调整为管控区后，…", "芦湾社区降为中风险区后，…": from the re-grading the notice just named.)
        || [t, sentence].contains(where: { $0.firstMatch(of: #/^[^,，。；;]{2,16}(?:调整为|降为|转为)[^,，。；;]{1,6}后[,，]/#) != nil })
      // (其间 after a sentence with a whole period, in a notice whose opening gave no end: that sentence's period.)
      let opensWithDuring = ["其间", "期间"].contains(where: { sentence.hasPrefix($0) || t.hasPrefix($0) })
      // The frame a "其间：" line opened, with the period of the sentence before it.
      let duringLine = frames.frames.dropFirst().last { f in FrameStack.isDuringLine(f.title) && f.start != nil }
      let sinceDesignated = ["划定之时", "划定之日", "划定时起"].contains(where: { t.contains($0) })
      // ("上述两个区域实行…", "调整后，上述区域…": the zones the sentences before drafted.)
      let aboveZones =
        !sinceDesignated && memory.lastZones != nil
        && [t, sentence].contains(where: { $0.firstMatch(of: #/^(?:调整后[,，])?(?:上述|以上)[^,，。；;、]{0,6}(?:区域|小区|地区|楼栋|村)/#) != nil })
      let periodBefore = opensWithDuring && frames.notice.end == nil && memory.lastEnd != nil
      if let e = frames.notice.end, t.firstMatch(of: #/^[^,，。；;]{0,8}(?:结束后|期满后)[,，]/#) != nil {
        // "静默管理结束后，居民凭…出入小区": from the end of the notice's period.
        start = e.playing(.start)
        timeGuess = "effective: the end of the notice's period (…结束后)"
      } else if ["其间", "管控期间", "封控期间", "此期间", "上述期间", "交通管控期间", "静默期间", "在此期间"].contains(where: { opening.contains($0) })
        || [sentence, t, back].contains(where: { FrameStack.opensWithPeriodMark($0) })
        // "…实行封站，时间与静态管理期间一致": the order's period, said at the end.
        || ["期间一致", "期间相同"].contains(where: { sentence.contains($0) })
        // "二、静态管理期间，严格执行以下措施：" heads items that hold for the period.
        || frames.frames.dropFirst().contains(where: { FrameStack.opensWithPeriodMark($0.title) })
        // "除…岗位外，静默管理期间区内各单位…": the mark opens a later clause.
        || clauses.dropFirst().contains(where: { FrameStack.opensWithOrderPeriod(String(chars[$0].prefix(12))) }),
        // A notice without a period of its own: "自11月9日零时起，…暂停…。其间，…" is the sentence before's; so is a
        // notice whose opening only gives a start when the sentence before has a whole period ("5月8日18时至5月15日
        // 24时，…暂停…。其间，…").
        let p = duringLine?.start ?? (periodBefore ? memory.lastStart : frames.notice.start ?? (opensWithDuring ? memory.lastStart : nil))
      {
        start = p
        // (The sentence before's period when the notice has none: "（一）9月7日7时至9月8日16时，…。（二）其间，…".)
        // (A "其间：" line's own period, the sentence's before it, whatever the notice's: see the lead-in it opens.)
        end = end ?? duringLine?.end ?? (frames.notice.start != nil && !periodBefore ? frames.notice.end : memory.lastEnd)
        timeGuess = "effective: the notice's period (其间/期间)"
      } else if let np = memory.namedPeriod(opening: t) ?? memory.namedPeriod(opening: sentence) {
        // "闭环期间，企业员工每日…": the period of the sentence that named what 期间 is of.
        start = np.start
        end = end ?? np.end
        timeGuess = "effective: the period of the sentence that named it (…期间)"
      } else if ["同一时段", "同时", "届时"].contains(where: { opening.contains($0) }) || afterLift || Drafter.pointsBackToTheDay(sentence)
        // ("自9月26日起，…中小学暂停线下教学…。其中，高三年级不停课，实行校内封闭管理": the part a sentence singles out
        // holds from the time of the sentence before.)
        // (Only when that sentence gave a time of its own: "…有两种方式。其中，…" is said at publication.)
        || !back.isEmpty && !VerbClass.isGuarded(back, sentence: true)
          && {
            var scanner = TimeScanner(published: published)
            return scanner.scan(Array(back)).contains { ($0.role == .start || $0.role == .point) && $0.hasDay }
          }()
        || sinceDesignated || aboveZones,
        // "同一时段内，…" is the hours of the rule before, however that rule got them (采样期间: the round's); "解封后…"
        // the moment of the last lift the notice named; "上述高风险区自划定之时起实行…" when the zones before were
        // designated; "上述两个区域实行…" when the zones before were drafted (designated, re-graded or lifted).
        let l =
          opening.contains("同一时段")
          ? memory.lastRule?.start ?? memory.lastStart
          : afterLift
            ? memory.lastLift ?? memory.lastStart
            : sinceDesignated ? memory.lastDesignation ?? memory.lastStart : aboveZones ? memory.lastZones : memory.lastStart
      {
        // 同时 opening a sentence points back; inside one it means "also". 同日 and 同步 point back anywhere.
        start = l
        if afterLift {
          // "解封后，餐饮单位暂不恢复堂食": from the lift on, however long the sentence before ran.
          timeGuess = "effective: the moment of the lift (解封后)"
        } else if aboveZones {
          timeGuess = "effective: when the zones before were drafted (上述区域)"
        } else {
          end = end ?? (opening.contains("同一时段") ? memory.lastRule?.end : nil) ?? memory.lastEnd
          timeGuess = "effective: the time of the rule before (同一时段/同日/同步)"
        }
      } else if frames.zoneLevel == nil, let f = frames.notice.start, frames.notice.end == nil, frames.designatesZones,
        // (A later part of the sentence goes with its opening: "管控区实行…；区内…其他经营场所暂停营业"; so does a later
        // sentence of the item: "（二）管控区实行…。除超市、药店外，区内其他门店一律停业。")
        [chars, Array(sentence), Array(frames.top.title)].contains(where: { c in
          vocabulary.zoneLevels.find(in: Array(c.prefix(6))).contains(where: { $0.range.lowerBound <= 1 })
            && Drafter.statesZoneRegime(c, levels: vocabulary.zoneLevels)
        })
      {
        // "（一）封控区实行…": a zone type's rules hold from when the notice designates its zones (what its residents
        // may ask for, "封控区群众确有就医需求的，可…", is a service as of publication).
        start = f
        timeGuess = "effective: when the notice designates its zones"
      } else if frames.zoneLevel == nil, let f = frames.start,
        // (Nor does what goes on under a stage's heading that gives only a start, "二、第一阶段（6月4日起）…（四）餐饮服务单位
        // 暂不恢复堂食": a restatement with no date in its own sentence or item is said at publication. Under a stage with a
        // whole period, "【第一阶段】7月2日0时至7月4日24时", it holds for that stage.)
        !(VerbClass.find(in: Array(t))?.0 == .restated && (frames.frames.contains(where: \.datesAdjustments) || frames.end == nil))
      {
        // "一、第一阶段（10月21日起）": the start its section's heading gives.
        // (Under a notice's dated lead-in to its adjustments, "…作如下调整：", what goes on keeps the publication's time.)
        start = f
        end = frames.end
        timeGuess = "effective: the start the section's heading gives"
        // ("■…同步开放" after it is at that start too, not at the last time a sentence spelled out.)
        memory.lastStart = f
        memory.lastEnd = frames.end
      } else if frames.zoneLevel != nil, let f = frames.start ?? frames.notice.start {
        start = f
        // (The notice's own start carries its end: "自9月4日0时起，对以下区域实施为期7天的封控管理（至9月10日24时）".)
        end = frames.start == nil ? frames.end ?? frames.notice.end : frames.end
        timeGuess = "effective: the start the zone section set"
      } else if frames.inNumberedSection || frames.periodOfAnOrder && sentence.first.map({ BriefingText.bullets.contains($0) }) == true,
        !frames.marksPeriodRules || frames.orderArea.map({ sentence.contains($0) }) == true,
        !t.contains("即日起"), let p = frames.notice.start,
        let e = frames.notice.end, e.time.epochSeconds - p.time.epochSeconds >= 86_400
      {
        // "决定自8月3日零时起至8月7日24时…。一、…二、…": the numbered measures of a notice hold for the period (of a
        // day or more) its opening decided, unless the notice marks the rules of its period one by one (其间，…); so
        // do its bulleted ones ("【主要措施】" then "▲院内暂停集体活动").
        start = p
        end = end ?? e
        timeGuess = "effective: the period the notice's opening set, for its numbered measures"
      } else if let f = frames.inForceFrom, !["继续", "仍", "暂不", "照常"].contains(where: { t.contains($0) }) {
        // "本通告自11月1日零时起施行": its undated rules start then; what goes on (继续, 仍) is restated now.
        start = f
        timeGuess = "effective: the day the notice takes effect"
      }
    }
    // "5月4日当天，全市中小学暂停线下教学", "4月18日全天，…": a rule for one day ends at its midnight.
    if end == nil, let st = start, st.hasDay, t.firstMatch(of: #/^(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:当天|全天|当日)[,，]/#) != nil {
      end = st.ending(afterDays: 1)
    }
    // "…须于4月27日、28日各完成一次核酸检测": days named one by one for one act each end after the last.
    if end == nil, let st = start, let m = t.firstMatch(of: #/[0-9]{1,2}日(?:、(?:[0-9]{1,2}月)?[0-9]{1,2}日)+各/#),
      let last = own.last(where: { $0.hasDay && $0.range.upperBound <= t.distance(from: t.startIndex, to: m.range.upperBound) }),
      last.time > st.time
    {
      end = last.ending(afterDays: 1)
    }
    // "9月7日、8日两天，…暂停线下教学": days named one by one for as many days end after the last.
    if end == nil, let st = start, let re = DraftPatterns.regex(#"^(?:[0-9]{1,2}月)?[0-9]{1,2}日(?:、(?:[0-9]{1,2}月)?[0-9]{1,2}日)+(两|三|四|五)天"#),
      let m = t.firstMatch(of: re), let n = m.output[1].substring.flatMap({ ChineseNumerals.value($0) }),
      t[m.range].filter({ $0 == "、" }).count == n - 1
    {
      end = st.ending(afterDays: n)
    }
    // "为期3天", "暂定3天", "解封后3天内", "解除封控后7天内": a duration from the start is the scheduled end.
    if end == nil, let st = start, let re = DraftPatterns.regex(#"(?:为期|暂定为?|^解封后|^解除[^,，。；;]{0,4}后)([0-9]+|[一二两三四五六七八九十]+)(?:个)?(天|日)"#),
      let m = t.firstMatch(of: re),
      let n = m.output[1].substring.flatMap({ ChineseNumerals.value($0) })
    {
      var e = st
      e.time = st.time.adding(seconds: Int64(n) * 86_400)
      e.role = .end
      end = e
    }
    // A sentence that opens with a bare noun phrase ("…理发店等场所，在…前提下，恢复正常经营") names what its later
    // verb-first clauses are about.
    let topic = clauses.first.flatMap { c -> [Character]? in
      let cc = Array(chars[c]).filter { !",，“”\"".contains($0) }
      guard clauses.count > 1, (2...40).contains(cc.count), VerbClass.find(in: cc) == nil, cc.last != "的",
        !mentions.contains(where: { c.contains($0.range.lowerBound) }), !Drafter.openingWords.contains(where: { String(cc).hasPrefix($0) }),
        // Places or operators a rule is about: the phrase ends in such a noun.
        Drafter.operatorSuffixes.contains(where: { String(cc).hasSuffix($0) })
      else { return nil }
      return cc
    }
    for c in clauses {
      // ("【第六条 风险区域】全市现有高风险区…继续执行…": an article's bracketed heading on the line is no part of the
      // object, and its 第六条 no count.)
      var cc = Array(chars[c])
      if c.lowerBound == 0, cc.first == "【", let close = cc.prefix(16).firstIndex(of: "】"), close + 1 < cc.count { cc = Array(cc[(close + 1)...]) }
      let ct = String(cc)
      // (A condition names no object: the clause before it still does, "…农贸市场，经消杀检测合格，自…起恢复营业".)
      defer { if !Drafter.isConditionClause(ct) { previousClause = c } }
      // "在严格落实…措施的前提下": a condition of the rule, not a rule (its 限流, 预约 are what the rule keeps).
      if Drafter.isConditionClause(ct) { continue }
      // "…新增…11例，涉及A、B等多个街道": where the cases were, not a rule (even when a place name holds a cue, 须水).
      if ct.hasPrefix("涉及") { continue }
      // "8月25日实行静态管理以来": what has been in force since, as background to the sentence, is no rule.
      if ct.trimmingTrailing(",， ").hasSuffix("以来") { continue }
      // "暂停线下教学期间，在校教职工…实行“一天一检”": a clause that names a period is when the rule after it holds.
      if ct.trimmingTrailing(",， ").hasSuffix("期间"), c != clauses.last { continue }
      // "调整为低风险区区域周边的公交站点，…恢复停靠", "10月25日已实行封控管理的某村，继续实行…": a clause that ends with
      // a short noun after 的, before a clause with a verb of its own, names what the next clause rules on.
      // (Not "…恢复线下教学的时间，由原定的…推迟至…", whose next clause moves the topic's event, nor "…黄码的，暂缓返校",
      // which names no noun.)
      // (Nor "取消离郑人员查验行程卡的要求，…", which lifts the rule its 的 names.)
      if let de = cc.lastIndex(of: "的"), (2...12).contains(cc.count - de - 1), let v = VerbClass.find(in: Array(cc[..<de])),
        VerbClass.find(in: Array(cc[(de + 1)...])) == nil, !["时间", "日期", "期限"].contains(where: { ct.hasSuffix($0) }),
        !(v.0 == .lifted && Drafter.requirementNouns.contains(where: { ct.trimmingTrailing("，,").hasSuffix($0) })),
        let k = clauses.firstIndex(of: c), k + 1 < clauses.count,
        let next = VerbClass.find(in: Array(chars[clauses[k + 1]])), next.0 != .amended
      {
        continue
      }
      // "…调整为中风险区，继续执行中风险区管控要求": a zone's rules applied to a re-graded zone, not a rule of its own.
      if (DraftPatterns.regex(#"^(继续|并|均|仍)?(执行|落实|按照)(中|高|低)?(风险区|风险地区|封控区|管控区|防范区)(管控|防控|管理)?(要求|措施)"#)).map({ ct.firstMatch(of: $0) != nil })
        == true
      {
        continue
      }
      // The transfer that brings residents to a doctor: one medical rule, named 就医, whatever clause says it.
      if medicalAccess, out.isEmpty, let w = Drafter.medicalTransferWords.first(where: { ct.contains($0) }),
        VerbClass.find(in: cc).map({ $0.0 == .imposed }) ?? true
      {
        let object = "就医"
        let key = vocabulary.measure(containing: object) ?? "medical.p-\(String(fnv1a(object), radix: 16))"
        if vocabulary.catalogue.measures[key] == nil {
          proposed.propose(
            measure: .init(key: key, category: "medical", zh: object, en: "proposed: access to medical care (give the English name)", from: t))
        }
        let scope = ruleScope(cc, places: places, whole: chars, sentence: Array(sentence), frames: frames, memory: &memory, proposed: &proposed)
        var guesses = ["type: imposed (how residents reach a doctor: \(w))"]
        if let g = scope.guess { guesses.append(g) }
        if let g = timeGuess { guesses.append(g) }

        out.append(
          Candidate(
            type: .measureImposed, subject: "measure:" + key, effective: roundStart ?? start?.time ?? published, until: end?.time, quote: sentence,
            data: [
              "scope": .string(scope.key), "rule": .string("proposed: 就医 (draft: state the rule in force)"), "rule_zh": .string(String(s.original)),
            ],
            guesses: guesses + (start?.guesses ?? []), confidence: 0.45, reading: object))
        break
      }
      // "…非必要不离开本区，确需离开的，须持…证明": what follows a 确需…的 clause is the exception of the rule before.
      // (Unless the sentence opens with it and states the city's rule for those who leave: see leavesTheCity.)
      let ownRule = (leavesTheCity || regimeGoesOn && t.hasPrefix("确")) && out.isEmpty
      if !ownRule, let pc = previousClause, ["确需", "确有", "如需", "如确需"].contains(where: { String(chars[pc]).hasPrefix($0) }) { continue }
      if !ownRule, ["确需", "确有", "如需", "如确需"].contains(where: { ct.hasPrefix($0) }) { continue }
      guard let (cls, cue) = VerbClass.find(in: cc) else { continue }
      // "…自5月12日0时起实施的静态管理": a verb that describes its noun (实施的, 开放的) is no rule of the clause.
      if cue.upperBound < cc.count, cc[cue.upperBound] == "的", Drafter.orderVerbs.contains(String(cc[cue])), clauses.count > 1 {
        continue
      }
      let sameCueAsBefore = previousCue == String(cc[cue])
      let ruleBefore = previousCue != nil
      previousCue = String(cc[cue])
      // A clause that reports a count of cases ("解除医学观察的…35例"), or designates, re-grades or lifts a zone, is no rule.
      if FigureRecogniser.figures(in: cc).contains(where: { $0.unit == "例" }) { continue }
      // So does a clause that ends with a count of people ("全市解除集中隔离1205人"), unless it caps a number (不超过2人).
      if let last = FigureRecogniser.figures(in: cc).last, ["人", "人次", "名", "万人", "万人次"].contains(last.unit),
        cc[last.range.upperBound...].allSatisfy({ "。；;，, ".contains($0) }),
        !["不超过", "限", "每", "以内", "以下", "以上", "不少于", "控制在"].contains(where: { ct.contains($0) })
      {
        continue
      }
      if Drafter.isZoneClause(cc, levels: vocabulary.zoneLevels) { continue }
      // "凡是…有时空交集的人员，要立即向所在社区报备": 要 after the clause that names whom is their rule, not a duty.
      // ("外村来帮忙收秋的亲戚朋友，要提前一天向村里报备": said aloud, what people must do before they come.)
      let peopleMust =
        ct.hasPrefix("要")
        && previousClause.map { p in
          let pc = String(chars[p]).trimmingTrailing(",， ")
          return (Drafter.peopleNouns.contains(where: { pc.hasSuffix($0) }) || ct.firstMatch(of: #/^要(?:提前|持|凭)/#) != nil)
            && VerbClass.find(in: Array(pc)) == nil
        } == true
      if VerbClass.isGuarded(ct) && !(peopleMust && !VerbClass.isGuarded(String(ct.dropFirst()))) { continue }
      // "…恢复正常运营，乘客须全程佩戴口罩": conduct on site after a rule's clause is that rule's condition.
      // (Unless they must show a test's proof: "…恢复营业，限流75%，顾客须扫码、测温并查验48小时核酸检测阴性证明" is a rule
      // of its own, whom the reopening lets in.)
      // (…and what a clause joined by 并 adds: "顾客须扫码、测温，并查验…证明".)
      let joinedNext = clauses.firstIndex(of: c).flatMap { k in k + 1 < clauses.count ? String(chars[clauses[k + 1]]) : nil } ?? ""
      let showsProof =
        Drafter.requiresTestProof(ct) || ["并", "且"].contains(where: { joinedNext.hasPrefix($0) }) && Drafter.requiresTestProof(ct + joinedNext)
      if ruleBefore, !showsProof, VerbClass.conductWords.contains(where: { ct.contains($0) }) { continue }
      let before = Array(cc[0..<cue.lowerBound])
      var object = Drafter.strippedObject(before, mentions: mentions, clauseStart: c.lowerBound)
      // (Their rule is named by what they must do: "要立即向所在社区报备" is 向所在社区报备.)
      if peopleMust {
        var act = Substring(ct.dropFirst()).trimmingTrailing("，,。；; ")
        for w in ["立即", "及时", "主动", "第一时间"] where act.hasPrefix(w) { act = act.dropFirst(w.count) }
        object = Array(act.prefix(16))
      }
      let after = Drafter.keepingPairedQuotes(Array(cc[cue.upperBound...]).filter { !"。；;\",，".contains($0) })
      // The head of a long object: what follows its last 的 or 等 ("…等室内密闭场所", "…所在城市的长途客运班线").
      if let cut = object.lastIndex(where: { $0 == "等" || $0 == "的" }), object.count - cut - 1 >= 2 {
        // ("…室内健身场所限流30%的措施继续执行至…": a rule named by what it does; 措施 alone names none.)
        let head = String(object[(cut + 1)...])
        if object[cut] == "的", ["措施", "规定", "要求", "政策"].contains(head), cut >= 2 {
          object = Array(object[..<cut])
        } else {
          object = Array(object[(cut + 1)...])
        }
      }
      // An object that is only a place ("金水区实行全域静态管理") is the rule's scope: its object follows the verb.
      var scratchPlaces = proposed
      if let d = district(at: 0, in: object, proposed: &scratchPlaces), d.range.upperBound == object.count { object = [] }
      // So is a zone level ("中风险区继续实行“人不出区”").
      let levelsInObject = vocabulary.zoneLevels.find(in: object)
      let clauseLevel = levelsInObject.first(where: { $0.range.lowerBound == 0 })?.value
      if !levelsInObject.isEmpty, object.indices.allSatisfy({ i in levelsInObject.contains { $0.range.contains(i) } || "、和及".contains(object[i]) }) {
        object = []
      }
      let hasOwnObject = object.count >= 2
      // "…须持…证明，并提前3天向…报备": a clause joined by 并 goes on with the same rule.
      // Unless it imposes a rule about another kind of thing ("外卖骑手须每日…检测，并实行无接触配送").
      var joinedRule = false
      if !out.isEmpty, ["并", "且"].contains(where: { ct.hasPrefix($0) }) {
        let afterCategory = Drafter.categoryWords.first { $0.1.contains { String(after).contains($0) } }?.0
        let ruleCue = ["实行", "实施", "暂停", "严禁", "禁止", "关闭"].contains(String(cc[cue]))
        joinedRule = ruleCue && afterCategory != nil && afterCategory != lastCategory
        if !joinedRule { continue }
      }
      // Whether the clause's own words, not the sentence's, say what kind of change it is.
      var clauseOwnsType = false
      // Whether the clause is tests of its own after a rule about another kind of thing (a testing rule, whatever
      // words of the sentence name).
      var ownTests = false
      // Whether the clause drops a requirement of its own after a lift (named by what it no longer asks).
      var droppedRequirement = false
      if !out.isEmpty {
        // A later clause is a rule of its own only when it names an operator or another catalogue subject.
        let hit = bestMeasure(in: cc)
        let ownOperator = hasOwnObject && Drafter.operatorSuffixes.contains { String(object).hasSuffix($0) }
        // "…作出规定：暂停开放A，关闭B，暂停C营业": a clause that opens with a closure or a reopening and names what it
        // closes is a rule of its own.
        // ("…餐饮网点只提供外带服务，暂不提供堂食": so does one that keeps something shut for now.)
        let verbFirst =
          !hasOwnObject && (cls == .closure || cls == .lifted || String(cc[cue]) == "暂不") && cue.lowerBound <= 1
          && (Drafter.operatorSuffixes.contains { String(after).contains($0) } || hit != nil)
        // "中小学暂停线下教学，中小学实行线上教学": the same object again is the same rule.
        if hasOwnObject, let last = lastObject, last.contains(String(object)) || String(object).contains(last) { continue }
        let newHit = hit.map { !keys.contains($0.value) } == true
        // "…完成两次核酸检测，其间非必要不离开所在街道": a verb-first clause about another kind of thing is another rule.
        let afterCategory = Drafter.categoryWords.first { $0.1.contains { String(after).contains($0) } }?.0
        let prohibition = ["非必要不", "严禁", "禁止", "不得", "暂停", "关闭"].contains { String(cc[cue]).hasPrefix($0) }
        let switches =
          !hasOwnObject && prohibition && cue.lowerBound <= 4 && afterCategory != nil && afterCategory != lastCategory
          && !["并", "且", "同时", "可", "还", "及"].contains(where: { ct.hasPrefix($0) })
          // Parallel prohibitions with the same cue ("不得出市，不得进入…", "非必要不出小区，非必要不离开…") spell out one rule.
          && !sameCueAsBefore
        // "…实行“足不出户、上门服务”，每天开展1次核酸检测": testing after a rule about another kind of thing (a zone's
        // regime and its tests) is a rule of its own.
        let testsToo =
          // (Not after a duty to report, "…须立即向所在社区报备，落实“三天三检”", whose tests are part of it.)
          cls == .imposed && lastCategory != nil && lastCategory != "testing" && lastCategory != "entry-exit"
          // (Not an arrival's tests, a code's condition or a closed loop's routine, which belong to their rule; nor an
          // exception, "除就医、核酸检测等特殊情况外".)
          && !["抵郑后", "抵达后", "到达后", "返郑后", "来郑后", "转为绿码", "转绿码", "闭环"].contains(where: { t.contains($0) })
          && !(ct.hasPrefix("除") || ct.contains("情况外"))
          // (Nor tests named as what people may still go out for: "居民非就医、非核酸采样原则上不出家门",
          // "居民除就医、核酸检测外不外出".)
          && !ct.contains("非核酸") && ct.firstMatch(of: #/除[^,，。；;]{0,16}外/#) == nil
          && ["核酸检测", "核酸采样", "上门采样", "一天一检", "两天一检", "一日一检", "三天两检", "三天三检"].contains(where: { ct.contains($0) })
          && !["并", "且", "可", "还", "及", "确需", "由"].contains(where: { ct.hasPrefix($0) })
          && !["阴性证明", "阴性结果", "检测结果", "报告"].contains(where: { ct.contains($0) })
        // "…恢复运营，同时进站乘客须查验48小时核酸检测阴性证明": people who must also (同时) show a test's proof after a rule
        // about something else are a rule of their own. (Without 同时, "…复工，返岗人员须持…证明" is that rule's condition.)
        let proofForPeople =
          showsProof && ct.hasPrefix("同时") && ["须", "需"].contains(where: { String(cc[cue]).hasSuffix($0) }) && hasOwnObject
          && lastCategory != "testing" && lastCategory != "entry-exit"
          && (Drafter.namesPeople(object) || Drafter.peopleWords.contains { String(object).hasSuffix($0) })
          && !["并", "且", "可", "还", "及", "确需", "如"].contains(where: { ct.hasPrefix($0) })
        ownTests = testsToo
        clauseOwnsType = proofForPeople || testsToo
        // "低风险区实行“个人防护、避免聚集”，人员离开郑州须持48小时内核酸检测阴性证明": leaving the city with a test's proof
        // is a rule of its own after a rule about something else.
        let leavesWithProof =
          lastCategory != "entry-exit"
          && ct.firstMatch(of: #/^[^,，。；;]{0,8}离开?(?:郑州|本市|本县|本区|全市|全县|[^,，。；;的]{1,4}(?:市|县))[^,，。；;]{0,3}(?:须|需|应)(?:持|凭|提供|出示)/#) != nil
        // "…，对A，须…，对B的人员，原则上劝返": a clause after a new 对 names another group and its own treatment.
        let newTarget =
          previousClause.map { p in
            let pc = Array(chars[p])
            return Drafter.opensWithTarget(pc) && VerbClass.find(in: pc) == nil
          } ?? false
        // "…口腔科恢复门诊诊疗，此前暂停的择期手术同步恢复": another object that follows suit (同步, 同时, 一并, 也) is
        // another rule.
        let followsSuit =
          hasOwnObject && (cls == .closure || cls == .lifted || cls == .amended)
          && ["同步", "同时", "一并", "也"].contains(where: { String(cc[0..<cue.lowerBound]).hasSuffix($0) })
        // "暂停举办运动会…等聚集性活动，课后服务暂不开展": a clause with a subject of its own (no people) and a verb of
        // another class is another rule.
        let otherSubjectOtherClass =
          hasOwnObject && object.count <= 10 && !sameCueAsBefore && lastClass != nil && lastClass != cls
          // (Only a closure or a rule kept in place: "外卖业务照常", "上座率不超过50%" are the first rule's terms.)
          && (cls == .restated || cls == .closure) && String(cc[cue]) != "照常"
          // (A count or a share, not the 一 of 一律: Character.isNumber holds for 一 and 十 too.)
          && !String(cc).contains(where: { $0.isASCII && $0.isNumber || $0 == "%" })
          && String(cc).firstMatch(of: #/[一二两三四五六七八九十百]+(?:成|人|次|桌|天|日|小时|个)|周[一二三四五六日天]/#) == nil
          && !Drafter.peopleWords.contains(where: { String(object).hasSuffix($0) }) && !Drafter.namesPeople(object)
          && !["并", "且", "可", "还", "及", "由", "确需", "如"].contains(where: { ct.hasPrefix($0) })
        // "取消“落地检”，来（返）郑人员不再提前向社区报备": another requirement dropped after a lift is another lift.
        let liftsAnother =
          cls == .lifted && lastClass == .lifted && !sameCueAsBefore
          && ["不再", "无需", "无须", "取消"].contains(where: { String(cc[cue]).hasPrefix($0) })
          && ["报备", "查验", "扫码", "测温", "核酸", "证明", "落地检", "行程卡"].contains(where: { String(after).contains($0) })
        droppedRequirement = liftsAnother
        // "…园区暂停一切收发货作业，园内人员就地封闭管理": people held where they are after a closure are a rule of their own.
        let heldOnSite = cls == .imposed && lastClass == .closure && hasOwnObject && String(cc[cue]).hasPrefix("就地")
        // "高风险区实行“足不出户、上门服务”，中风险区实行“人不出区、错峰取物”": another level's regime is another rule.
        let otherLevelsRegime = clauseLevel != nil && lastLevel != nil && clauseLevel != lastLevel
        guard
          otherLevelsRegime && (hit == nil || newHit)
            || ownOperator && (newHit || hit == nil) || newHit && (hasOwnObject || verbFirst) || verbFirst && hit == nil
            || switches && (hit == nil || newHit)
            || otherSubjectOtherClass && (hit == nil || newHit)
            || followsSuit && (hit == nil || newHit)
            || proofForPeople && (hit == nil || newHit)
            || newTarget && hit == nil || joinedRule || testsToo && (hit == nil || newHit) || leavesWithProof && (hit == nil || newHit)
            || liftsAnother && (hit == nil || newHit) || heldOnSite && (hit == nil || newHit)
        else { continue }
        if followsSuit, let w = ["同步", "同时", "一并", "也"].first(where: { String(object).hasSuffix($0) }) { object.removeLast(w.count) }
      } else if ct.hasPrefix("可") || ct.hasPrefix("并") {
        continue
      }
      // A health-code penalty is named by its verb ("赋黄码管理").
      if object.count < 2, String(cc[cue]).contains("码") { object = Array(cc[cue]) + after.prefix(4) }
      // The topic is searched for a catalogued subject; the words after the verb still name a proposed one.
      let fromTopic = object.count < 2 && topic != nil && c != clauses.first
      var namedVenues: [[Character]]?
      if object.count < 2 {
        // ("…临时性交通管控，延期至5月22日24时": what follows the verb is the new end; the clause before names the rule.)
        let movedTo = after.first?.isNumber == true && ["至", "到"].contains(where: { String(cc[cue]).hasSuffix($0) })
        // ("…师生员工，同日起每周检测2次": a bare count after the verb is how often; the clause before names whom.)
        let onlyHowOften = String(after).wholeMatch(of: #/[0-9一二两三四五六七八九十]+次/#) != nil
        object =
          after.count >= 2 && !(movedTo && previousClause != nil) && !(onlyHowOften && previousClause != nil)
          ? Array(after.prefix(24)) : previousClause.map { Array(chars[$0]).filter { !",，".contains($0) } } ?? []
        if let cut = object.lastIndex(where: { $0 == "的" || $0 == "等" }), object.count - cut - 1 >= 2 {
          // ("取消离郑人员查验行程卡的要求": a rule named by what it asks; 要求 alone names none.)
          let head = String(object[(cut + 1)...])
          object =
            object[cut] == "的" && Drafter.requirementNouns.contains(head) && cut >= 2 ? Array(object[..<cut]) : Array(object[(cut + 1)...])
        }
        // ("惠济区某某农贸市场、中牟县某某农贸市场，…自…起恢复营业": venues each named with its district are one rule each.)
        let listed = Drafter.listed(object)
        if listed.count >= 2,
          listed.allSatisfy({ p in
            p.count >= 6 && vocabulary.places.find(in: p).contains { $0.range.lowerBound == 0 }
              && Drafter.operatorSuffixes.contains { String(p).hasSuffix($0) }
          })
        {
          namedVenues = listed
        }
        if object.count > 16 { object = Array(object.prefix(16)) }
      }
      guard object.count >= 2 else { continue }
      // Coordinated objects ("健身房和影剧院有序恢复开放") are one rule each.
      // A guarantee that a service goes on ("医院和卫生院正常接诊") is one rule for all its providers.
      let continuity = VerbClass.continuityCues.contains(String(cc[cue]))
      // So is a rule for the people or places named after 对 ("对A及B继续入户采样"): they are whom it is for.
      let target = Drafter.opensWithTarget(before)
      // And so are groups of people joined by 及 or 和 ("省外来返人员及本地从业人员须…"): one rule for both.
      let people = Drafter.namesPeople(object)
      // And so are places someone enters ("居民进出小区及公共场所须查验…"): where one requirement is checked.
      let entering = String(object).firstMatch(of: #/^[^和及与、]{0,8}(?:进出|进入|出入|前往|乘坐|搭乘)/#) != nil
      var parts = namedVenues ?? (hasOwnObject && !continuity && !target && !people && !entering ? Drafter.coordinated(object) : [object])
      // "公交、地铁恢复正常运营": objects listed with 、 under one verb are one rule per catalogued object, when two or
      // more of them are catalogued apart.
      if parts.count == 1, hasOwnObject, !continuity, !target, !people, !entering {
        // Each item must be, in full, a catalogue name (a label or an alias, not a piece of one): "公交、地铁" is two
        // services, "城区公交线网、地铁各线路" (pieces with words of their own) describes one.
        let listed = Drafter.listed(object)
        let names = listed.compactMap { p in vocabulary.measures.find(in: p).first { $0.weight >= 10 && $0.range == 0..<p.count }?.value }
        if listed.count >= 2, names.count == listed.count, Set(names).count == names.count { parts = listed }
      }
      for part in parts {
        // The subject: the catalogue's best hit in the clause (or in the object borrowed from the clause before), else a proposal.
        var searchText = parts.count > 1 ? part : cc
        if parts.count == 1, !hasOwnObject, let p = previousClause, after.count < 2 { searchText = Array(chars[p]) + cc }
        if fromTopic, let topic { searchText = topic + cc }
        var guesses: [String] = timeGuess.map { [$0] } ?? []
        let key: String
        var reading = String(part)
        // The group a verb-first clause is for, named by the clause before it ("对离开本市的，").
        let group = previousClause.flatMap { p -> String? in
          let pc = Array(chars[p])
          return !hasOwnObject && Drafter.opensWithTarget(pc) && VerbClass.find(in: pc) == nil ? String(pc) : nil
        }
        // A catalogue hit that is only the rule's verb phrase ("…严格落实闭环管理") names the kind of rule, not its subject,
        // when the clause names its own object.
        let verbOnly =
          bestMeasure(in: searchText).map { h in
            cls == .imposed && hasOwnObject && parts.count == 1 && searchText == cc && h.range.lowerBound >= cue.lowerBound
              && h.range.upperBound <= cue.upperBound
              // (A regime said without its verb, "全区居民足不出户", is the rule itself.)
              && String(cc[cue]) != "足不出户"
          } ?? false
        if !verbOnly, let hit = bestMeasure(in: searchText) {
          key = hit.value
          guesses.append("subject: measure:\(key) via \(hit.phrase)")
          reading = hit.phrase + " " + reading
        } else {
          // ("✅商超、药店恢复正常营业": the bullet that opens a post's line is no part of the proposed name.)
          var label = BriefingText.droppingBullets(String(part))
          // A long object names whom the rule is for ("全市各级医院…所有门诊一律实行预约就诊"): the rule is named by
          // the words after its verb when they are short.
          // (Without the times in it: "…须于10月28日24时前完成两次核酸检测" is named by what they must do.)
          var untimed: [Character] = []
          var at = c.lowerBound + cue.upperBound
          while at < c.upperBound, !",，。；;".contains(chars[at]) {
            if let m = mentions.first(where: { $0.range.contains(at) }) {
              if let last = untimed.last, "于在".contains(last) { untimed.removeLast() }
              at = m.range.upperBound
              // ("24时前完成", "…起实行": the words that tie the time to the verb.)
              for w in ["前", "起", "以前"] where at < c.upperBound && chars[at...].starts(with: Array(w)) { at += w.count }
              continue
            }
            untimed.append(chars[at])
            at += 1
          }
          // (A clause whose words after the verb are only a time, "…延长至10月17日24时", keeps them.)
          let tail = Drafter.keepingPairedQuotes(
            (untimed.isEmpty ? Array(cc[cue.upperBound...].prefix { !",，。；;".contains($0) }) : untimed).filter { $0 != "\"" })
          // "居民凭48小时内核酸检测阴性证明有序出入小区": what a proof lets them do names the rule.
          if Drafter.peopleWords.contains(label), parts.count == 1, String(cc[cue]).hasPrefix("凭"), let r = String(tail).firstRange(of: "证明") {
            var act = String(String(tail)[r.upperBound...])
            for w in ["有序", "方可", "后", "可"] where act.hasPrefix(w) { act.removeFirst(w.count) }
            if act.count >= 2 { label = act }
          }
          // An object with a count in it ("…设置了129个…服务站点") reports what was done.
          if label.count > 24, parts.count == 1, (2...16).contains(tail.count), !label.contains(where: { $0.isASCII && $0.isNumber }) {
            label = String(tail)
          }
          // So does a bare word for people ("离开本市的人员，须持…", "乘客须…"): the rule is what they must do.
          // ("购买上述四类药品的人员须在购药后24小时内完成一次核酸检测": what they must do, without the span it is done
          // within when that makes it too long.)
          let short = tail.count <= 16 ? tail : Array(String(tail).replacing(#/[0-9一二两三四五六七八九十]+(?:个)?(?:小时|天|日)内/#, with: ""))
          if Drafter.peopleWords.contains(label), parts.count == 1, (2...16).contains(short.count) { label = String(short) }
          // ("顾客须扫码、测温并查验48小时核酸检测阴性证明": what they must show names it.)
          if clauseOwnsType, let proof = Drafter.testProof(in: ct + joinedNext) {
            label = proof
          }
          // And so are the people a back-reference names ("上述两个小区居民须…", "上述区域居民…").
          if ["上述", "以上", "该"].contains(where: { String(before).hasPrefix($0) }), ["居民", "人员", "群众", "师生"].contains(where: { label.hasSuffix($0) }),
            parts.count == 1, (2...24).contains(tail.count)
          {
            label = String(tail)
          }
          // And so do the people or places a rule is for, named after 对 ("对密接人员实行…"): the rule is what is done.
          if target || people || droppedRequirement, parts.count == 1, (2...16).contains(tail.count) { label = String(tail) }
          // A new subject needs a plain object: narrative ("为了…", "…以来", "希望…") and work verbs do not name a rule.
          // ("暂停组织广场舞大赛…等活动", "暂停旅行社组织…团队旅游业务": what a closure or a ban stops is organised; 组织
          // there is the act stopped, not what the authorities did.)
          // ("旅行社可恢复组织本省居民在省内开展团队旅游": what a reopening resumes is organised too.)
          let stopsOrganised =
            cls == .closure || ["不得", "禁止", "严禁"].contains(String(cc[cue])) || cls == .lifted && ct.contains(String(cc[cue]) + "组织")
          let narrative = Drafter.narrativeWords.filter { !(stopsOrganised && $0 == "组织") }
          // (A list of short names, "绕城高速圃田站、连霍高速郑州西站、京港澳高速新郑南站", is one object however long.)
          let items = Drafter.listed(Array(label))
          let shortList = items.count >= 2 && items.allSatisfy { $0.count <= 10 } && label.count <= 40
          if label.count > 24 && !shortList || narrative.contains(where: { label.contains($0) || ct.contains($0) }) { continue }
          // A count inside the object ("…设立了86个车辆…") reports what was done, not a rule; places counted and closed
          // or reopened ("辖区内26家农贸市场恢复营业") are the rule's object, named without their count.
          // (Counted in digits, not "三个阶段" or "第一条所列区域"; zones counted, "解除6个高风险区", are no rule's object.)
          // ("三个街道辖区内中小学暂停线下教学": the places counted first say where; the rule's object follows them.)
          if let m = label.prefixMatch(of: #/^(?:上述|以上|这)?[0-9一二两三四五六七八九十]+个(?:街道|乡镇|镇|社区|小区|区|县|村)(?:辖区)?(?:内|的)?/#),
            label.count - label[m.range].count >= 2
          {
            label = String(label[m.range.upperBound...])
          }
          if Drafter.hasCount(label) {
            let counted = #/(?:^|[^第0-9])[0-9]+(?:个|家|所|处|条|座|批)/#
            guard cls == .closure || cls == .lifted, label.firstMatch(of: counted) != nil, !label.contains("风险"),
              vocabulary.zoneLevels.find(in: Array(label)).isEmpty
            else { continue }
            label = label.replacing(#/[0-9]+(?:个|家|所|处|条|座|批)/#, with: "")
          }
          if !Drafter.isPlainObject(label) { continue }
          // (What the rule excepts, "除就医和参加核酸检测外", says nothing of its kind.)
          let ruled = ct.replacing(#/除[^,，。；;]{1,30}?外/#, with: "")
          let category =
            ownTests ? "testing" : Drafter.categoryWords.first { $0.1.contains { label.contains($0) || ruled.contains($0) } }?.0 ?? "movement"
          if let k = vocabulary.measure(containing: label) {
            // A shorter name of one catalogued object is that object.
            key = k
            guesses.append("subject: measure:\(k) (its label holds \(label))")
          } else if parts.count == 1, let k = vocabulary.measure(object: label, action: String(after)) {
            // "各类培训机构暂停线下教学活动": the object and its action, both in one catalogued label, are that measure.
            key = k
            guesses.append("subject: measure:\(k) (its label names \(label) and \(String(after)))")
          } else if let g = group {
            // "对离开本市的，需提供…证明" and "对来本市就医的，需提供…证明" are two rules with the same words: the group
            // the clause before names keeps them apart.
            key = "\(category).p-\(String(fnv1a(label + "|" + g), radix: 16))"
            guesses.append("subject: for the group \(g)")
          } else {
            key = "\(category).p-\(String(fnv1a(label), radix: 16))"
          }
          if vocabulary.catalogue.measures[key] == nil {
            proposed.propose(measure: .init(key: key, category: category, zh: label, en: "proposed: \(label) (give the English name)", from: ct))
            guesses.append("subject: proposed catalogue entry measure:\(key) (\(label))")
          }
        }
        guard keys.insert(key).inserted else { continue }
        // "…仍须落实“三天两检”，其间不得进入人员密集场所": what holds during a rule restated is restated with it.
        // ("某村继续实行封控管理，村民足不出户": a regime spelled out after the rule said to go on goes on with it.)
        let duringRestated =
          lastClass == .restated && ["其间", "期间"].contains(where: { ct.hasPrefix($0) })
          || String(cc[cue]) == "足不出户" && VerbClass.find(in: Array(chars[..<c.lowerBound]))?.0 == .restated
        lastObject = String(object)
        lastLevel = clauseLevel
        lastClass = cls
        lastCategory = vocabulary.catalogue.measures[key]?.category ?? String(key.split(separator: ".").first ?? "")
        var type = duringRestated ? .measureRestated : cls.eventType
        if endsARule {
          type = .measureLifted
          guesses.append("type: lifted (the rule in force ends then: …执行至…)")
        } else if cls == .imposed || cls == .closure,
          t.firstMatch(of: #/(?:的措施|的规定|的要求|等措施)[,，]?(?:继续|仍然?)(?:执行|实行|实施)/#) != nil
        {
          // "…查验核酸检测阴性证明的措施，继续执行至5月31日24时": the rule the sentence names goes on.
          type = .measureRestated
          guesses.append("type: restated (the rule named goes on: …的措施继续执行)")
        }
        // "…实行“5+3”，不再实行“7+3”": a new rule instead of the one no longer in force is an amendment.
        let replacedRule =
          t.firstRange(of: "不再实行").map { r in
            t[..<r.lowerBound].ranges(of: "实行").contains { !t[..<$0.lowerBound].hasSuffix("此前") && !t[..<$0.lowerBound].hasSuffix("原") }
          } ?? false
        // "…客运班线恢复运营，乘客须持48小时内核酸检测阴性证明乘车", "…凭48小时内核酸检测阴性证明返校复课": a reopening on
        // the condition of a test's proof is under conditions, as one with a cap.
        let reopensWithProof =
          cls == .lifted && ["恢复", "开放", "复课", "返校", "开园", "复工", "开学"].contains(where: { String(cc[cue]).contains($0) })
          && t.firstMatch(of: #/(?:须持|需持|须凭|凭|查验)[^，,。；;]{0,12}(?:核酸检测阴性证明|核酸阴性证明|阴性证明)/#) != nil
          && !["不再", "取消", "无需", "无须"].contains(where: { t.contains($0) })
        if cls == .lifted, VerbClass.keepsCap(t) || reopensWithProof, !clauseOwnsType {
          type = .measureAmended
          guesses.append(reopensWithProof ? "type: amended (a reopening on a test's proof)" : "type: amended (a reopening with a cap or booking)")
        } else if cls == .imposed, !clauseOwnsType, ["开放", "恢复营业", "恢复开放"].contains(where: { t.contains($0) }),
          VerbClass.capWords.contains(where: { t.contains($0) })
        {
          // "…景区实行“预约、限流、错峰”开放": a reopening under conditions.
          type = .measureAmended
          guesses.append("type: amended (a reopening with a cap or booking)")
        } else if cls == .imposed, !clauseOwnsType, !t.contains("确需"),
          t.firstMatch(of: #/可(?:以)?(?:承接|开展|接诊|举办|恢复|开放|营业|组织)/#) != nil,
          VerbClass.capWords.contains(where: { t.contains($0) }) || t.contains("须")
        {
          // "自6月6日起，星级饭店可承接婚宴，规模不超过100人", "个体诊所可接诊发热病人，但须落实预检分诊": what is allowed
          // again under conditions changes the rule that forbade it.
          type = .measureAmended
          guesses.append("type: amended (allowed again under conditions: 可…)")
        } else if cls == .imposed || cls == .lifted, !clauseOwnsType,
          cls == .imposed && t.firstMatch(of: #/[，,；;]不再(?!实行|执行)/#) != nil
            || (cls == .lifted || t.contains("取消")) && t.firstMatch(of: #/[，,；;]改为/#) != nil
        {
          // "…实行“快速通行”，不再逐人查验", "…实施居家隔离，不再一律转运至集中隔离点", "取消人工核验，改为“扫码通行”": a
          // rule said with what it no longer asks, or what replaces it, changes the rule before.
          type = .measureAmended
          guesses.append("type: amended (a rule with what it no longer asks: 不再, 改为)")
        } else if cls == .lifted || cls == .amended || cls == .imposed && ["可安排", "可凭", "可在", "可由", "允许"].contains(where: { t.contains($0) }),
          !clauseOwnsType,
          frames.frames.dropFirst().contains(where: { f in
            Drafter.adjustsMeasures(f.title)
          })
        {
          // "延长期间，…各项措施继续执行，并作如下调整：" then "恢复…外卖配送服务", "每户每两天可安排1名家庭成员…": a
          // relaxation inside an order that still holds changes its measure (a new closure there is still imposed).
          type = .measureAmended
          guesses.append("type: amended (a relaxation under a lead-in that adjusts the measures in force: 作如下调整)")
        } else if cls == .restated
          || frames.frames.dropFirst().contains(where: { f in
            // A section's heading, not the text of an article that only opens with its mark ("第五条 …。…继续实行…").
            // (A lead-in's words are its title, however long: "静态管理解除后，全市继续实行以下常态化防控措施：".)
            // (Not one that goes on to adjust them: "…各项措施继续执行，并作如下调整：".)
            (f.title.count <= 20 || f.leadInOf != nil) && !Drafter.adjustsMeasures(f.title)
              && (f.title.hasPrefix("继续")
                || ["继续实行", "继续执行", "继续暂停", "暂缓恢复", "暂不开放", "暂不恢复"].contains { f.title.contains($0) }
                || f.goesOn)
          }),
          cls != .lifted
        {
          // "四、继续实行的防控措施": the items of a section that says they go on are restatements.
          type = .measureRestated
          if cls != .restated { guesses.append("type: restated (the section says these measures go on)") }
        } else if cls == .imposed || cls == .closure, ["不再执行", "停止执行", "不再实行", "予以取消"].contains(where: { t.contains($0) }) {
          // "…暂停营业的措施，自10月17日起不再执行", "“非必要不离郑”要求不再执行": the rule named is lifted.
          type = replacedRule || VerbClass.capWords.contains(where: { t.contains($0) }) ? .measureAmended : .measureLifted
          guesses.append(type == .measureLifted ? "type: lifted (不再执行 ends the rule it names)" : "type: amended (a rule replaced or capped)")
        } else if cls == .imposed, ["此前为", "此前是", "原为", "原来为", "此前规定的", "原规定的"].contains(where: { sentence.contains($0) }) {
          // "…须持24小时内核酸检测阴性证明（此前为48小时）", "…，此前规定的72小时不再适用": a rule that says what it
          // was before changes it.
          type = .measureAmended
          guesses.append("type: amended (the sentence says what the rule was before)")
        } else if cls == .lifted, !t.hasPrefix("不再"), replacedRule {
          // "…实行“5天集中隔离+3天居家隔离”，不再实行“7+3”管理": a rule replaced by another is amended.
          type = .measureAmended
          guesses.append("type: amended (a new rule instead of the one no longer in force)")
        } else if cls == .imposed || cls == .closure,
          ["放宽至", "缩短至", "延长至", "提前至", "推迟至", "放宽为", "缩短为", "下调至", "上调至", "下调为", "上调为"].contains(where: { t.contains($0) && !t.contains("可" + $0) })
        {
          // "有效期由48小时放宽至72小时", "…时间由原定的…推迟至…": a change of the rule it names.
          type = .measureAmended
          guesses.append("type: amended (由…至…)")
        } else if cls == .imposed || cls == .closure, t.contains("调整为"), !clauseOwnsType || ct.contains("调整为"),
          // (Not a re-grading that only names whom the rule is for: "调整为低风险区…的居民，须…".)
          (DraftPatterns.regex(VerbClass.regradingThatNamesWhom)).map({ t.firstMatch(of: $0) == nil }) ?? true
        {
          // "查验…证明的时限，由48小时调整为72小时": the sentence changes the rule it names.
          type = .measureAmended
          guesses.append("type: amended (调整为)")
        } else if cls == .imposed || cls == .closure, knownSubjects.contains("measure:" + key) {
          type = restatedType(key, ownStart: start != nil, text: t)
          guesses.append(
            type == .measureRestated
              ? "type: restated (stated days ago, no date or change of its own)" : "type: amended (an earlier log has this subject)")
        }
        // "有中高风险地区旅居史的师生暂缓返校", "…街道辖区内的学校暂缓返校": kept from school for a reason or a place of their
        // own, a rule the notice sets (a whole level kept shut, "幼儿园暂缓开学", goes on).
        if cls == .restated, ["暂缓返校", "暂缓开学"].contains(String(cc[cue])), !t.contains("继续"),
          ["旅居史", "症状", "红码", "黄码", "辖区", "的，", "的,"].contains(where: { t.contains($0) })
        {
          type = .measureImposed
          guesses.removeAll { $0.hasPrefix("type: restated") }
          guesses.append("type: imposed (kept from school for a reason or a place of their own)")
        }
        // "原定10月23日恢复运营的…站点，调整为10月27日首班车起恢复运营": a reopening put off is a reopening, on its new day.
        if type == .measureAmended, t.contains("原定"), let r = t.firstRange(of: "调整为"),
          ["恢复", "开放", "复课", "开学"].contains(where: { t[r.upperBound...].contains($0) })
        {
          type = .measureLifted
          guesses.removeAll { $0.hasPrefix("type: amended") }
          guesses.append("type: lifted (a reopening put off to a new day: 原定…调整为…恢复)")
        }
        var scope = ruleScope(cc, places: places, whole: chars, sentence: Array(sentence), frames: frames, memory: &memory, proposed: &proposed)
        // ("惠济区某某农贸市场、中牟县某某农贸市场…恢复营业": each venue is in the district its name opens with.)
        if namedVenues != nil, let d = district(at: 0, in: part, proposed: &proposed) {
          scope = ScopeReading(key: d.key, guess: "scope: \(d.key) (the district the venue's name opens with)")
        }
        if let g = scope.guess { guesses.append(g) }
        if start == nil && roundStart == nil { guesses.append("effective: publication (no start given)") }
        var data: [String: JSONValue] = ["scope": .string(scope.key)]
        let en = vocabulary.catalogue.measures[key]?.label.en ?? "proposed: \(String(part))"
        data["rule"] = .string("\(en) (draft: state the rule in force)")
        // A lift has no rule_zh field: its words go into the note.
        data[type == .measureLifted ? "note" : "rule_zh"] = .string(String(s.original))
        if let re = DraftPatterns.regex(#"(?:不超过|限流)[^0-9]{0,10}([0-9]+)%"#), let m = t.firstMatch(of: re),
          let v = m.output[1].substring.flatMap({ Int($0) })
        {
          data["params"] = .object(JSONObject(unsorted: [.init(key: "load_cap_percent", value: .number(String(v)))]) ?? JSONObject())
        }
        // A restatement in a later part of the sentence ("…起，A恢复；B继续暂停") holds as of publication: the date
        // opened the sentence for what changes.
        let inherited = start?.guesses.contains(Drafter.openingTimeGuess) ?? false
        var effective = roundStart ?? start?.time ?? published
        // "中小学9月5日起恢复线下教学，幼儿园9月13日起开园": a clause with a start of its own holds from it.
        // (同日 in that clause is the day it was read as, not the scanner's.)
        if roundStart == nil, let cs = own.first(where: { $0.role == .start && $0.hasDay && c.contains($0.range.lowerBound) }),
          cs.range.upperBound > chars.count || !chars[cs.range].starts(with: Array("同日")) || cs.guesses.contains(Drafter.sameDayInSentenceGuess)
        {
          effective = cs.time
        }
        if roundStart == nil, type == .measureRestated, cls == .restated, inherited, effective > published { effective = published }
        // What goes on (继续, 仍须) is restated as of publication unless its own words give a day: a period, a section
        // or the sentence before says when new rules start, not when old ones were last confirmed.
        // (A phase's heading, "第一阶段（9月22日零时起）", does date what goes on under it.)
        // What goes on after a lift ("解封后，…暂不恢复堂食") does so from the lift.
        if roundStart == nil, type == .measureRestated, cls == .restated, let g = timeGuess, !g.contains("section's heading"), !g.contains("(解封后)") {
          effective = published
        }
        // "…管控措施提前至9月9日12时结束": an order ended early is lifted then. "…考试推迟至11月19日举行": the new day of
        // the thing put off, not when the change holds (on publication, unless the sentence opens with its own).
        // (Only a mention of this sentence: a start carried from elsewhere has another sentence's offsets.)
        if let s0 = start, own.contains(s0), s0.range.upperBound <= chars.count,
          let moved = ["提前至", "推迟至", "延后至"].first(where: { w in
            s0.range.lowerBound >= w.count && String(chars[(s0.range.lowerBound - w.count)..<s0.range.lowerBound]) == w
          })
        {
          let rest = String(chars[s0.range.upperBound...].prefix { !",，。；;".contains($0) })
          if ["结束", "解除", "解封"].contains(where: { rest.contains($0) }) {
            type = .measureLifted
            guesses.append("type: lifted (an order ended early or late: \(moved)…结束)")
          } else if cls == .amended || cls == .closure,
            // ("…推迟至9月29日开放，届时实行预约": a reopening put off holds from its new day.)
            !["开放", "恢复", "开园", "复课", "开学"].contains(where: { rest.contains($0) })
          {
            effective = published
            guesses.append("effective: publication (\(moved) gives the thing's new time, not the rule's)")
          }
        }
        // A rule scoped to zones it does not name itself (under "一、封控区管理措施") shows their level in its reading.
        if case .string(let sc)? = data["scope"], sc.hasPrefix("zones:") {
          let levels = sc.dropFirst(6).split(separator: ",").compactMap { vocabulary.catalogue.zoneLevels[String($0)]?.zh }
          if !levels.isEmpty, !levels.contains(where: { reading.contains($0) || sentence.contains($0) }) {
            reading += " @ " + levels.joined(separator: "、")
          }
        }
        memory.lastRule = (
          TimeMention.carried(effective, role: .start, guesses: ["the time of the rule before"]),
          end.map { TimeMention.carried($0.time, role: .end) }
        )
        out.append(
          Candidate(
            // A lift has no end of its own; a section's period ends the rules under it, not a reopening.
            type: type, subject: "measure:" + key, effective: effective,
            until: type == .measureLifted && !own.contains(where: { $0.role == .end }) ? nil : end?.time, quote: sentence, data: data,
            guesses: guesses + (start?.guesses ?? []), confidence: cls == .restated ? 0.55 : 0.5, reading: reading))
      }
    }
    // A report of what was done ("据了解，我市迅速启动…") opens nothing.
    if out.isEmpty, !VerbClass.isGuarded(t, sentence: true), !["据了解", "据介绍"].contains(where: { sentence.contains($0) }),
      vocabulary.measures.find(in: chars).allSatisfy({ $0.weight < 12 }),
      let p = Drafter.provision(in: chars)
    {
      // A service the notice opens (开通…热线, 设立…绿色通道, 组建…队伍, 上线…): a rule whose object follows its verb;
      // names in quotation marks joined by 和 ("上线“A”和“B”") are one service each.
      for label in p.names.isEmpty ? [String(p.object)] : p.names.map({ String($0) }) {
        let category =
          Drafter.categoryWords.first { $0.1.contains { label.contains($0) } }?.0
          ?? Drafter.categoryWords.first { $0.1.contains { t.contains($0) } }?.0 ?? "supplies"
        // A shorter name of one catalogued object is that object.
        let key = vocabulary.measure(containing: label) ?? "\(category).p-\(String(fnv1a(label), radix: 16))"
        var guesses = ["type: a service opened (\(p.cue)…)"]
        var type = EventType.measureImposed
        if vocabulary.catalogue.measures[key] == nil {
          proposed.propose(measure: .init(key: key, category: category, zh: label, en: "proposed: \(label) (give the English name)", from: t))
          guesses.append("subject: proposed catalogue entry measure:\(key) (\(label))")
        } else if knownSubjects.contains("measure:" + key) {
          type = restatedType(key, ownStart: start != nil, text: t)
        }
        if start == nil { guesses.append("effective: publication (no start given)") }
        let scope = openingZones(chars) ?? scopeOf(places, in: chars)
        if let g = scope.guess { guesses.append(g) }
        let data: [String: JSONValue] = [
          "scope": .string(scope.key), "rule": .string("proposed: \(label) (draft: state the rule in force)"), "rule_zh": .string(String(s.original)),
        ]
        out.append(
          Candidate(
            type: type, subject: "measure:" + key, effective: start?.time ?? published, until: end?.time, quote: sentence, data: data,
            guesses: guesses + (start?.guesses ?? []), confidence: 0.35, reading: label))
      }
    }
    // A sentence that designates or re-grades a zone ("…小区由高风险区调整为低风险区") names the level, not its definition.
    // ("地铁各条线路目前运营正常，没有调整": a rule said to be unchanged is no event.)
    if out.isEmpty, !VerbClass.isGuarded(t), Drafter.weakCues.contains(where: { t.contains($0) }),
      t.firstMatch(of: #/(?:没有|未|不|暂不|无)(?:作|做|进行)?(?:调整|变化|变动)/#) == nil,
      let hit = vocabulary.measures.find(in: chars).filter({ $0.weight >= 12 }).max(by: { $0.weight < $1.weight }),
      !(Drafter.isZoneClause(chars, levels: vocabulary.zoneLevels)
        && vocabulary.zoneLevels.find(in: chars).contains { $0.range.overlaps(hit.range) })
    {
      // A sentence that names a catalogued rule in full with a weaker verb (提供, 设立, 开通…).
      var type = EventType.measureImposed
      var guesses = ["subject: measure:\(hit.value) via \(hit.phrase)", "type: from a weak cue"]
      if t.contains("解除") || t.contains("取消") {
        type = .measureLifted
      } else if ["恢复", "调整", "放宽", "优化"].contains(where: { t.contains($0) }) {
        type = .measureAmended
      } else if knownSubjects.contains("measure:" + hit.value) {
        type = restatedType(hit.value, ownStart: start != nil, text: t)
      } else if start == nil, VerbClass.find(in: chars)?.0 == .restated {
        // "【仍在管控区域】石桥村继续实行封控管理，村民足不出户": what goes on, said with no time of its own, is restated.
        type = .measureRestated
        guesses[1] = "type: restated (继续, 仍…)"
      }
      if start == nil { guesses.append("effective: publication (no start given)") }
      let scope = openingZones(chars) ?? scopeOf(places, in: chars)
      let en = vocabulary.catalogue.measures[hit.value]?.label.en ?? hit.value
      var data: [String: JSONValue] = ["scope": .string(scope.key), "rule": .string("\(en) (draft: state the rule in force)")]
      data[type == .measureLifted ? "note" : "rule_zh"] = .string(String(s.original))
      out.append(
        Candidate(
          type: type, subject: "measure:" + hit.value, effective: start?.time ?? published, until: end?.time, quote: sentence,
          data: data, guesses: guesses + (start?.guesses ?? []), confidence: 0.4, reading: hit.phrase))
    }
    return out
  }

  /// A line of a reopening's timetable (`10月31日：高中、初中（含中职学校）；` under a section headed `返校时间`,
  /// `开放时间`, `复课安排`): the places or groups it names reopen on its day.
  func scheduledReopening(
    _ para: BriefingText.Piece, title: String, published: Timestamp, issuer: PlaceHit?, proposed: inout ProposedCatalogue
  ) -> Candidate? {
    let reopenings = ["返校", "开学", "复课", "开园", "恢复", "开放", "复工", "复市", "营业"]
    guard ["时间", "安排", "时间表"].contains(where: { title.hasSuffix($0) }), let cue = reopenings.first(where: { title.contains($0) }),
      let m = para.text.firstMatch(of: #/^([0-9]{1,2}月[0-9]{1,2}日)(?:起)?[：:]([^：:。]{2,30}?)[；;。]?$/#)
    else { return nil }
    var scanner = TimeScanner(published: published)
    guard let day = scanner.scan(Array(String(m.output.1))).first(where: \.hasDay) else { return nil }
    let effective = Timestamp(year: day.time.fields.year, month: day.time.fields.month, day: day.time.fields.day)!
    let label = String(m.output.2)
    let category = Drafter.categoryWords.first { $0.1.contains { label.contains($0) || title.contains($0) } }?.0 ?? "venues"
    let key = vocabulary.measure(containing: label) ?? "\(category).p-\(String(fnv1a(label + cue), radix: 16))"
    if vocabulary.catalogue.measures[key] == nil {
      proposed.propose(measure: .init(key: key, category: category, zh: label, en: "proposed: \(label) (give the English name)", from: para.text))
    }
    let quote = String(String(para.original).trimmingTrailing("；;。"))
    let data: [String: JSONValue] = [
      "scope": .string(issuer?.key ?? "city"), "rule": .string("proposed: \(label) \(cue) (draft: state the rule)"),
      "note": .string(title + " " + quote),
    ]
    return Candidate(
      type: .measureLifted, subject: "measure:" + key, effective: effective, until: nil, quote: quote, data: data,
      guesses: ["type: lifted (a line of the timetable under \(title))", "effective: the line's day"], confidence: 0.45, reading: label)
  }

  /// A rule on a subject an earlier log stated: restated when that was a few days ago and the sentence gives no date of
  /// its own and no word of change (`郑州市暂停…客运服务` three days after the suspension); else amended (a new start, a
  /// change, or the same words months later, which state the rule anew).
  func restatedType(_ key: String, ownStart: Bool, text: String) -> EventType {
    let change = ["调整", "改为", "延长", "缩短", "扩大", "新增", "增加", "恢复", "放宽", "收紧", "升级", "优化", "不再", "起"]
    guard recentSubjects.contains("measure:" + key), !ownStart, !change.contains(where: { text.contains($0) }) else { return .measureAmended }
    return .measureRestated
  }

  /// The heaviest catalogue measure found in a clause, if it is strong enough to name the rule.
  func bestMeasure(in c: [Character]) -> Lexicon.Hit? {
    let hits = vocabulary.measures.find(in: c)
    guard let top = hits.max(by: { ($0.weight, -$0.range.lowerBound) < ($1.weight, -$1.range.lowerBound) }) else { return nil }
    return top.weight >= 12 || top.range.count >= 3 ? top : nil
  }

  /// An object's words without the times, scopes and marks in front of it.
  static func strippedObject(_ before: [Character], mentions: [TimeMention], clauseStart: Int) -> [Character] {
    var c = before
    // A colon ends what introduces the rule ("…作出规定：暂停开放…").
    if let colon = c.indices.last(where: { i in
      (c[i] == ":" || c[i] == "：") && !(i > 0 && i + 1 < c.count && c[i - 1].isNumber && c[i + 1].isNumber)  // not 12:00
    }) {
      c = Array(c[(colon + 1)...])
      return strippedObject(
        c,
        mentions: mentions.map { m in
          var m = m
          m.range = (m.range.lowerBound - colon - 1)..<(m.range.upperBound - colon - 1)
          return m
        }, clauseStart: clauseStart)
    }
    // Drop time expressions that fall inside the clause.
    for m in mentions.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      let lo = m.range.lowerBound - clauseStart
      let hi = m.range.upperBound - clauseStart
      guard lo >= 0, hi <= c.count else { continue }
      // With the words that tie it to the clause: "中小学自12月5日起恢复…", "公交于6月1日首班车起恢复…".
      var l = lo
      if l > 0, "自从于在".contains(c[l - 1]) { l -= 1 }
      var h = hi
      for w in ["首班车起", "首班车", "起", "开始"] where c[h...].starts(with: Array(w)) {
        h += w.count
        break
      }
      // "原封控区居民7月31日0时至8月6日24时实行…": the 至 between two times goes with them (the later one is gone by now).
      if h + 1 == c.count, "至到".contains(c[h]) { h += 1 }
      c.removeSubrange(l..<h)
    }
    // "除就医和参加核酸检测外一律不得外出": what the rule excepts is not what it is about; nor where it stands inside
    // the object ("区域内商铺除保供超市、药店外一律暂停营业" is about the shops).
    if c.first == "除", let out = c.lastIndex(of: "外"), out >= 2 { c.removeSubrange(0...out) }
    // (Not 解除, 消除, 排除, 清除, 免除: "解除隔离人员外出…" names those released.)
    if let m = String(c).firstMatch(of: #/除[^，,。；;除]{1,24}?外/#) {
      let lo = String(c).distance(from: String(c).startIndex, to: m.range.lowerBound)
      if lo == 0 || !"解消排清免删剔拆".contains(c[lo - 1]) { c.removeSubrange(lo..<(lo + m.output.count)) }
    }
    // "返校后实行“三天两检”", "抵郑后实行…": a short clause of after-what is when the rule applies, not its object.
    if String(c).wholeMatch(of: #/[^，,。；;的]{1,4}后/#) != nil { c = [] }
    // ("封控期间不得自行下楼投放垃圾": so is the period it holds in.)
    if String(c).wholeMatch(of: #/[^，,。；;的]{1,6}期间/#) != nil { c = [] }
    // "密接隔离措施由“7天集中隔离”调整为…", "员工核酸检测由企业自行组织": what follows 由 is where the rule comes from or who
    // carries it out, not what it is about (not 由于, 自由, 理由, 缘由, 事由, 经由). Unless only places come before it
    // ("上述3个乡镇由每日一检调整为隔天一检"): then the old rule names what changes.
    if let at = c.indices.first(where: { i in
      c[i] == "由" && i >= 2 && !"自理缘事经".contains(c[i - 1]) && !(i + 1 < c.count && c[i + 1] == "于")
    }) {
      let places = ["街道", "社区", "村", "区", "县", "市", "乡", "镇"].contains { String(c[..<at]).hasSuffix($0) }
      c = places && at + 3 <= c.count ? Array(c[(at + 1)...]) : Array(c[..<at])
    }
    // An aside in brackets on whom the object includes ("工作人员（含第三方物业、保洁等）") is no part of its name.
    c = Array(String(c).replacing(#/[（(](?:含|包括|不含|包含)[^）)]{0,30}[）)]/#, with: ""))
    // 、 stays: "A、B和C" is one enumeration, not two objects.
    c = c.filter { !"“”\"‘’《》()（）:：".contains($0) }
    var changed = true
    while changed {
      changed = false
      for w in scopeWords.sorted(by: { $0.count > $1.count }) where c.starts(with: Array(w)) {
        c.removeFirst(w.count)
        changed = true
      }
      // Digits left of a time ("…日0时" cut to "0时"), not a line's number ("14号线", "906路").
      let digits = c.prefix { $0.isASCII && $0.isNumber }
      let timeDigits = !digits.isEmpty && digits.count < c.count && "时点日月:：".contains(c[digits.count])
      if let f = c.first, f.isASCII && f.isNumber && timeDigits || f == "点" || f == "时" || f == "首" && c.starts(with: Array("首班车")) {
        if c.starts(with: Array("首班车")) { c.removeFirst(3) } else { c.removeFirst() }
        changed = true
      }
    }
    // Adverbs between the object and its verb: "影剧院有序恢复开放", "门店将暂停营业".
    var trimmed = true
    while trimmed {
      trimmed = false
      for w in [
        "有序", "陆续", "逐步", "全面", "一律", "全部", "统一", "均", "将", "暂", "可", "要", "正常", "原则上", "立即", "即日起", "被", "将被", "严格落实", "严格执行",
        "严格",
      ]
      where c.count > w.count + 1 && c.suffix(w.count).elementsEqual(w) {
        c.removeLast(w.count)
        trimmed = true
      }
      // ("…，原则上暂停家属入院": an adverb alone before the verb is no object.)
      if ["原则上", "一律", "全部", "均", "将", "暂", "立即"].contains(String(c)) { c = [] }
      // How often, before the verb: "居民每三天至少检测一次" is about residents.
      if let m = String(c).firstMatch(of: #/每(?:[0-9]{1,2}|[一二两三四五六七])?(?:天|日|周)$/#), m.range.lowerBound > String(c).startIndex {
        c.removeLast(String(c)[m.range].count)
        trimmed = true
      }
    }
    return c
  }

  /// The scope of a rule clause: zone levels it opens with, the places it names, else the places of the sentence.
  /// Zones of the levels a sentence opens with, as a clause of its own without a verb (`管控区域内，…`,
  /// `针对封控区、管控区内的老人，…`): the scope of the rules after it.
  func openingZones(_ whole: [Character]) -> ScopeReading? {
    guard let comma = whole.firstIndex(where: { ",，".contains($0) }) else { return nil }
    var first = Array(whole[..<comma])
    for w in ["在", "针对处于", "针对", "对于", "对处于", "对", "处于"] where first.starts(with: Array(w)) {
      first.removeFirst(w.count)
      break
    }
    guard VerbClass.find(in: first) == nil else { return nil }
    let all = vocabulary.zoneLevels.find(in: first)
    guard let head = all.first, head.range.lowerBound <= 2 else { return nil }
    if let last = all.last, last.range.upperBound < first.count, "以外".contains(first[last.range.upperBound]) { return nil }
    let keys = vocabulary.catalogue.zoneLevelOrder.filter { k in all.contains { $0.value == k } }
    return ScopeReading(key: "zones:" + keys.joined(separator: ","), guess: "scope: the zones the sentence opens with")
  }

  func ruleScope(
    _ clause: [Character], places: [Lexicon.Hit], whole: [Character], sentence: [Character], frames: FrameStack, memory: inout RuleMemory,
    proposed: inout ProposedCatalogue
  ) -> ScopeReading {
    let levels = vocabulary.zoneLevels.find(in: clause)
    let lead = levels.filter { $0.range.lowerBound <= 6 }
    if !lead.isEmpty {
      let keys = vocabulary.catalogue.zoneLevelOrder.filter { k in lead.contains { $0.value == k } }
      // "封控区、管控区群众…", "封控区实行…": inside zones of those levels.
      let next = lead.last!.range.upperBound
      if next >= clause.count || !"以外".contains(clause[next]) { return ScopeReading(key: "zones:" + keys.joined(separator: ","), guess: nil) }
    }
    if let z = openingZones(whole) { return z }
    // The districts the sentence names (catalogued or by suffix); 两区 / 三区 / 上述 name the set named before.
    var scratch = proposed
    var named: [PlaceHit] = []
    for d in districts(in: whole, proposed: &scratch) where !named.contains(where: { $0.key == d.key }) { named.append(d) }
    let text = String(whole)
    var guess: String?
    if named.isEmpty, ["两区", "三区", "四区", "上述", "该区"].contains(where: { text.contains($0) }), !memory.lastDistricts.isEmpty {
      named = memory.lastDistricts
      guess = "scope: the districts named before (两区/三区/上述)"
    }
    if named.count >= 2 { memory.lastDistricts = named }
    // "管控区实行…，区域内除超市、药店外，其余经营场所一律关闭": a later clause of a zone's regime is inside those zones.
    // (So is a later part of it: "管控区实行…；区内…其他经营场所暂停营业".)
    if named.isEmpty, let regime = [whole, sentence].first(where: { Drafter.statesZoneRegime($0, levels: vocabulary.zoneLevels) }) {
      let lead = vocabulary.zoneLevels.find(in: regime).filter { $0.range.lowerBound <= 6 }
      let keys = vocabulary.catalogue.zoneLevelOrder.filter { k in lead.contains { $0.value == k } }
      if !keys.isEmpty {
        return ScopeReading(key: "zones:" + keys.joined(separator: ","), guess: "scope: the zones whose regime the sentence states")
      }
    }
    // "■封控区管理\n实行“区域封闭、足不出户”…": a rule under a level's heading that names no place is for those zones.
    if named.isEmpty, let level = frames.zoneLevel, vocabulary.zoneLevels.find(in: whole).isEmpty {
      return ScopeReading(key: "zones:" + level, guess: "scope: the zones its heading names")
    }
    guard !named.isEmpty else { return scopeOf(places, in: whole, issuer: frames.issuer) }
    for d in named { if let p = scratch.scopes.first(where: { $0.key == d.key }) { proposed.propose(place: p) } }
    return districtScope(named, guess: guess, proposed: &proposed)
  }

  /// The scope of the districts a sentence names: the one district, the catalogued set of them, else a proposed set.
  func districtScope(_ named: [PlaceHit], guess: String?, proposed: inout ProposedCatalogue) -> ScopeReading {
    if named.count == 1 { return ScopeReading(key: named[0].key, guess: guess ?? "scope: \(named[0].zh) (the one district named)") }
    let keys = Set(named.map(\.key))
    if let set = vocabulary.catalogue.scopes.values.sorted(by: { $0.key < $1.key }).first(where: {
      $0.kind == .districtSet && Set($0.members) == keys
    }) {
      return ScopeReading(key: set.key, guess: guess)
    }
    let members = named.map(\.key).sorted()
    let key = "ds-" + String(fnv1a(members.joined(separator: ",")), radix: 16)
    proposed.propose(place: .init(key: key, kind: .districtSet, zh: named.map(\.zh).joined(separator: "、"), members: members))
    return ScopeReading(key: key, guess: guess ?? "scope: a proposed set of the districts named")
  }
}
