/// The words rules are read with: operators, scope words, categories, weak cues and narrative; coordinated objects
/// and zone clauses.
extension Drafter {
  /// Nouns that name who runs a service or a place: a clause `<such a noun> + verb` states a rule of its own even after
  /// another rule in the same sentence ("餐饮单位继续暂停堂食，室内密闭场所继续暂停营业").
  static let operatorSuffixes = [
    "场所", "单位", "市场", "商场", "机构", "学校", "线路", "场馆", "景区", "公园", "中小学", "幼儿园", "网吧", "影院", "剧院", "超市", "药店", "班线", "地铁",
    "公交", "出租车", "网约车", "航班", "列车", "车站", "企业", "门店", "宾馆", "酒店", "健身房", "游泳馆", "图书馆", "博物馆", "美术馆", "文化馆", "托育机构",
    "高校", "院校", "医院", "卫生院", "商超", "商户", "商铺",
  ]

  /// Words that set a scope or a time rather than name a rule's object, stripped from the front of an object.
  static let scopeWords = [
    "全市", "市区", "各区", "辖区内", "辖区", "区域内", "范围内", "所有", "全部", "各类", "相关", "上述", "以上", "自", "从", "起", "对", "在", "其间", "期间",
    "管控期间", "同一时段内", "同日", "同时", "同步", "全域", "域内", "内", "的", "和", "两区", "三区", "本区", "即日起", "即日", "由", "仅",
  ]

  /// Verbs weaker than a rule's: enough for a subject the catalogue names in full, not for a new one.
  static let weakCues = [
    "提供", "设立", "设置", "开通", "开辟", "启用", "启动", "上线", "建立", "组建", "保障", "开展", "落实", "执行", "要求", "正常营业", "正常运营", "正常接诊",
    "开放", "调整", "管控", "限行", "劝返", "可以", "闭环", "增配", "实现",
  ]

  /// Verbs that open a service, their object after them: `开通…热线`, `设立…绿色通道`, `组建…队伍`, `上线…`, `提供…服务`.
  static let provisionCues = ["开通", "开设", "上线", "组建", "设立", "增设", "开辟", "启用", "派驻", "增配", "建立", "启动", "提供", "可拨打", "可随时拨打", "可直接拨打", "设置"]

  /// Names of a line the public may call: `可拨打…热线` opens the line up to its name (and its number).
  static let lineNames = ["热线", "电话", "专线"]

  /// Names in quotation marks joined by 和, 及, 与 or 、 (`“A”和“B”`): one service each. Nil unless the object is
  /// only such names.
  static func quotedNames(_ object: [Character]) -> [[Character]]? {
    guard object.first == "“", object.last == "”" else { return nil }
    var names: [[Character]] = [[]]
    var i = 1
    while i < object.count - 1 {
      if object[i] == "”", i + 2 < object.count, "和及与、".contains(object[i + 1]), object[i + 2] == "“" {
        names.append([])
        i += 3
        continue
      }
      if "“”".contains(object[i]) { return nil }
      names[names.count - 1].append(object[i])
      i += 1
    }
    return names.count >= 2 && names.allSatisfy({ (2...16).contains($0.count) }) ? names : nil
  }

  /// A service a sentence opens: its first provision verb used as one and the object after it, up to the clause's end
  /// (at most 16 characters, without 了 and a leading 公布). Nil when the object is a count (`组建120个专班` is a
  /// figure) or names the authorities' own work (`建立…机制`).
  static func provision(in c: [Character]) -> (cue: String, object: [Character], names: [[Character]])? {
    // The first verb in the sentence decides ("开通…热线，为…提供咨询服务" opens the hotline).
    let found = provisionCues.compactMap { cue in c.firstCueRange(of: Array(cue)).map { (cue, $0) } }.sorted { $0.1.lowerBound < $1.1.lowerBound }
    for (cue, r) in found {
      // The verb's own clause must not be a goal or a duty ("…，确保开通…" wants, it does not open).
      let lo = c[..<r.lowerBound].lastIndex { ",，。；;".contains($0) }.map { $0 + 1 } ?? 0
      let hi = c[r.upperBound...].firstIndex { ",，。；;".contains($0) } ?? c.count
      let clause = String(c[lo..<hi])
      if VerbClass.guards.contains(where: { clause.contains($0) }) { continue }
      // Nor a report of work or a plan ("后续…将第一时间开放…", "进一步提升…"): a narrative word other than the verb.
      if narrativeWords.contains(where: { $0 != cue && clause.contains($0) }) { continue }
      // Nor a promise ("社区将建立…", "医院将提供…"): 将 before the verb in its clause says what will be set up.
      if c[lo..<r.lowerBound].contains("将") { continue }
      var object = Array(c[r.upperBound...].prefix { !",，。；;：:".contains($0) })
      for w in ["了", "公布", "起", "专门的"] where object.starts(with: Array(w)) { object.removeFirst(w.count) }
      let names = quotedNames(object) ?? []
      object = object.filter { !"“”\"《》".contains($0) }
      var line = false
      if cue.hasSuffix("拨打") {
        // "可拨打0371-12345服务热线反映": the line's name and number, not what the caller does with it.
        guard let end = lineNames.compactMap({ w in object.lastRange(of: Array(w))?.upperBound }).max() else { continue }
        let number = object[end...].prefix { $0.isNumber || "-－".contains($0) }
        object = Array(object[..<(end + number.count)])
        line = true
      }
      // "上线仅6个小时" counts time, "建立完善…平台" is the authorities' own work; "24小时…热线" is no count.
      let digits = object.prefix { $0.isNumber }
      let hours = !digits.isEmpty && object.dropFirst(digits.count).starts(with: Array("小时"))
      guard object.count >= 2, let first = object.first, line || hours || !first.isNumber, !"一二三四五六七八九十两数近约仅完健".contains(first) else { continue }
      let text = String(object)
      if ["机制", "体系", "工作", "台账", "专班", "预案"].contains(where: { text.hasSuffix($0) }) { continue }
      if narrativeWords.contains(where: { text.contains($0) }) { continue }
      return (cue, Array(object.prefix(line ? 24 : 16)), names)
    }
    return nil
  }

  /// Whether a sentence points back to the time of the rule before: 同日 anywhere, 同步 unless it is one action of a
  /// list ("协同开展排查、同步启动管控、全面实施消杀" lists what is done together, at no time of its own).
  static func pointsBackToTheDay(_ sentence: String) -> Bool {
    // 届时 ("…人员，届时不再查验…") is the time the sentence before set, like 同日.
    if sentence.contains("同日") || sentence.contains("届时") { return true }
    let c = Array(sentence)
    var from = 0
    while let r = c.range(of: Array("同步"), from: from) {
      if r.lowerBound == 0 || c[r.lowerBound - 1] != "、" { return true }
      from = r.upperBound
    }
    return false
  }

  /// Words after a rule's verb as its name: quotation marks stay when they pair up in a short name, so that a name
  /// quoted in the text ("“7+9”检测") is its own words; a name wholly in quotes ("“人不出区”") loses them.
  static func keepingPairedQuotes(_ c: [Character]) -> [Character] {
    let opens = c.filter { $0 == "“" }.count
    if opens != c.filter({ $0 == "”" }).count || c.count > 16 || opens == 1 && c.first == "“" && c.last == "”" {
      return c.filter { !"“”".contains($0) }
    }
    return c
  }

  /// Whether an object names people (it ends in a word for people, perhaps with what they do: `…从业人员返乡`).
  static func namesPeople(_ object: [Character]) -> Bool {
    let t = String(object)
    return coordinated(object).count > 1 && coordinated(object).allSatisfy { p in peopleNouns.contains { String(p).contains($0) } }
      && peopleNouns.contains { t.contains($0) }
  }

  /// Nouns for people a rule binds (`人员`, `居民`, `师生`, `村民`…): a group named with one of them is whom the rule is for.
  static let peopleNouns = [
    "人员", "人群", "群众", "居民", "市民", "旅客", "乘客", "司机", "师生", "学生", "患者", "老人", "儿童", "孕产妇", "职工", "员工", "村民", "游客",
    "顾客", "考生", "家属", "亲友", "朋友", "商户",
  ]

  /// Whether words open with whom or what a rule is for: 对, 针对, 对于 (after 仅, 均 or 一律).
  static func opensWithTarget(_ c: [Character]) -> Bool {
    var t = String(c.drop { ",，".contains($0) })
    for w in ["仅", "均", "一律"] where t.hasPrefix(w) { t.removeFirst(w.count) }
    return ["对", "针对", "对于"].contains { t.hasPrefix($0) }
  }

  /// Words that open a clause of circumstance, not a topic: a preposition, a time or a link to what came before.
  static let openingWords = [
    "在", "对", "为", "针对", "按照", "根据", "依据", "自", "从", "经", "由", "如", "若", "凡", "除", "据", "目前", "同时", "其中", "此外", "另外",
    "今年", "近日", "当前", "截至",
  ]

  /// Whether a clause states the condition of the rule it goes with (`在严格落实…措施的前提下`, `在…基础上`).
  /// So is a clause that opens with 经 and says what was checked or who agreed (`经终末消杀和环境采样检测合格`,
  /// `经专家评估`), not a district (经开区) or a trade (经营).
  static func isConditionClause(_ clause: String) -> Bool {
    let t = String(clause.filter { !",，:：".contains($0) })
    if t.hasPrefix("经"), t.count <= 24, !["经营", "经济", "经开", "经常", "经纬"].contains(where: { t.hasPrefix($0) }),
      ["合格", "验收", "评估", "研判", "达标", "同意", "批准", "审核", "核查", "检测", "排查", "消杀"].contains(where: { t.hasSuffix($0) })
    {
      return true
    }
    return t.hasPrefix("在") && ["前提下", "基础上", "条件下", "情况下"].contains { t.hasSuffix($0) }
  }

  /// Whether a clause makes people show a test's proof (`须查验48小时核酸检测阴性证明`, `凭72小时内核酸阴性证明进入`).
  static func requiresTestProof(_ clause: String) -> Bool { testProof(in: clause) != nil }

  /// The proof a clause makes people show, from the check to the proof (`查验48小时核酸检测阴性证明`), if it makes them
  /// show one.
  static func testProof(in clause: String) -> String? {
    let c = Array(clause)
    guard let proof = ["核酸检测阴性证明", "核酸阴性证明", "阴性证明", "核酸检测报告"].lazy.compactMap({ c.range(of: Array($0), from: 0) }).first
    else { return nil }
    // The words before it, back to the clause's last mark.
    let from = c[..<proof.lowerBound].lastIndex(where: { "。；;，,".contains($0) }).map { $0 + 1 } ?? 0
    let lead = Array(c[from..<proof.lowerBound])
    for verbs in [["查验", "出示", "提供", "凭", "持"], ["必须", "须", "需", "应"]] {
      let hits = verbs.compactMap { v in lead.lastRange(of: Array(v)).map { (v, $0) } }
      guard let (v, r) = hits.max(by: { $0.1.lowerBound < $1.1.lowerBound }), proof.lowerBound - (from + r.lowerBound) <= 16 else { continue }
      // (A modal is not part of the name: "须…证明" is named from the word after it.)
      let start = from + (["必须", "须", "需", "应"].contains(v) ? r.upperBound : r.lowerBound)
      return String(c[start..<proof.upperBound])
    }
    return nil
  }

  /// Words of narrative and of the authorities' own work: a clause with one names no new rule.
  static let narrativeWords = [
    "为了", "希望", "据介绍", "加强", "解决", "满足", "推进", "做好", "组织", "增设", "增加", "扩充", "重构", "一刀切", "最广", "最多", "最长",
    "后续", "尽可能", "全力", "积极", "着重", "进一步", "大力",
    // What the authorities did ("第一时间启动应急响应", "开展了三轮全员核酸检测").
    "第一时间", "开展了", "完成了", "进行了", "启动了", "实施了",
  ]

  /// Whether words hold a count: digits followed by a measure word (`86个`, `3支`), not a period (`48小时`).
  static func hasCount(_ text: String) -> Bool {
    // A slogan in quotes ("“四个一”服务") is a name, not a count.
    var c: [Character] = []
    var quoted = false
    for ch in text {
      if ch == "“" { quoted = true } else if ch == "”" { quoted = false } else if !quoted { c.append(ch) }
    }
    for i in c.indices.dropLast() where c[i].isNumber && !c[i + 1].isNumber && c[i + 1] != "." {
      if "个名家条所处间台辆支座批".contains(c[i + 1]) { return true }
    }
    return false
  }

  /// Whether a proposed subject's words can name a rule: not a fragment that ends in an adverb or a light verb
  /// (`…地区还`, `需提前进行`), not an authority cited (`根据…`, `按照…`), not a bare word for people or measures
  /// (`乘客`, `措施`), which the rule is about or made of but does not name.
  static func isPlainObject(_ label: String) -> Bool {
    if ["根据", "按照", "依据", "依照", "遵照"].contains(where: { label.hasPrefix($0) }) { return false }
    if ["还", "也", "都", "将", "了", "进行", "开展", "予以", "加以", "天内", "日内", "可", "可以", "免予", "免于"].contains(where: { label.hasSuffix($0) }) {
      return false
    }
    return !peopleWords.contains(label) && !["措施", "经营", "管理", "工作", "要求", "规定"].contains(label)
  }

  /// Bare words for the people a rule is for: they do not name the rule.
  static let peopleWords: Set<String> = ["乘客", "人员", "市民", "居民", "群众", "旅客", "司乘人员", "从业人员", "员工", "顾客", "游客", "消费者"]

  /// Category of a proposed measure, by the words of its object.
  /// Words of the transfer that brings residents under an order to a doctor (`专车接送`, `闭环转运`).
  static let medicalTransferWords = ["专车接送", "点对点接送", "接送", "闭环转运", "转运", "专车", "证明出行"]

  static let categoryWords: [(String, [String])] = [
    ("health-code", ["健康码", "红码", "黄码", "绿码"]),
    ("dining", ["餐饮", "堂食", "饭店", "餐厅", "聚餐"]),
    ("schools", ["学校", "中小学", "小学", "幼儿园", "教学", "培训", "托育", "高校", "学生", "高三", "初三", "年级", "开学", "返校"]),
    ("testing", ["核酸", "采样", "检测", "抗原", "三天两检"]),
    ("transport", ["公交", "地铁", "客运", "出租", "网约车", "航班", "列车", "班线", "车站", "交通", "车辆", "道路", "高速", "甩站", "封站"]),
    ("entry-exit", ["离郑", "入郑", "来郑", "返郑", "离市", "离开", "进入", "进出", "报备", "落地检", "出入", "离区", "扫码", "测温"]),
    ("venues", ["场所", "商场", "市场", "超市", "景区", "公园", "影剧院", "网吧", "健身", "馆", "娱乐", "宗教", "营业", "门店", "商超"]),
    ("medical", ["就医", "医院", "诊", "药品", "药店", "发热", "医疗"]),
    ("movement", ["居家", "外出", "出户", "出区", "聚集", "流动", "办公", "足不出户"]),
    ("utilities", ["水电气暖", "供水", "供电", "供气", "供暖", "燃气", "缴费", "抢修"]),
    ("supplies", ["物资", "保供", "配送", "生活必需品", "物价", "价格", "蔬菜", "粮油"]),
    ("quarantine", ["隔离"]),
  ]

  /// The parts of a coordinated object ("健身房和影剧院", "商场及超市"), each of two characters or more; else the object.
  static func coordinated(_ object: [Character]) -> [[Character]] {
    var parts: [[Character]] = [[]]
    var i = 0
    while i < object.count {
      if object[i...].starts(with: Array("以及")) {
        parts.append([])
        i += 2
        continue
      }
      if object[i] == "和" || object[i] == "及" || object[i] == "与" {
        parts.append([])
        i += 1
        continue
      }
      parts[parts.count - 1].append(object[i])
      i += 1
    }
    // "A、B和C" is one enumeration: only objects without 、 split at 和.
    return parts.count > 1 && !object.contains("、") && parts.allSatisfy({ $0.count >= 2 }) ? parts : [object]
  }

  /// The items of a list joined by 、, 和, 及 or 以及 ("公交、地铁", "商场、超市和影剧院").
  static func listed(_ object: [Character]) -> [[Character]] {
    var parts: [[Character]] = [[]]
    var i = 0
    while i < object.count {
      let skip = object[i...].starts(with: Array("以及")) ? 2 : "、和及与".contains(object[i]) ? 1 : 0
      if skip > 0 {
        parts.append([])
        i += skip
        continue
      }
      parts[parts.count - 1].append(object[i])
      i += 1
    }
    return parts.filter { $0.count >= 2 }
  }

  /// Whether a clause designates, re-grades or lifts a zone (a zone draft, not a rule).
  static func isZoneClause(_ c: [Character], levels: Lexicon) -> Bool {
    let t = String(c)
    // "…小区解封", "…解除封控，调整为…" (not "解封区域居民", "解封后"): the verb ends its clause or is followed by one.
    for w in ["解封", "解除封控", "解除管控"] {
      // ("…解除封控、转为管控区": the level it goes down to after a 、; not "解除封控、管控区域的居民", two lifts named.)
      if let r = c.firstRange(of: Array(w)),
        r.upperBound >= c.count || "，,。；;调转".contains(c[r.upperBound])
          || ["、转为", "、调整为", "、降为"].contains(where: { c[r.upperBound...].starts(with: Array($0)) })
      {
        return true
      }
    }
    // "解除…小区封控管理措施": a lift whose verb comes first.
    if let re = DraftPatterns.regex(#"解除[^,，。;；]{2,40}?(小区|社区|街道|村|区域|楼|院|公寓)的?(封控|管控|封闭)"#), t.firstMatch(of: re) != nil { return true }
    guard !levels.find(in: c).isEmpty else { return false }
    // "…解除高风险区管控措施，调整为中风险区": a zone's control lifted down to a level.
    if let re = DraftPatterns.regex(#"解除\S{0,6}(封控|管控)措施[,，、]?(调整为|降为|转为)"#), t.firstMatch(of: re) != nil { return true }
    if let re = DraftPatterns.regex(#"解除(高风险区|中风险区|封控区|管控区|防范区)(封控|管控)?措施[。；;，,]?$"#), t.firstMatch(of: re) != nil { return true }
    // "…村防范区同步解除": a level then its lift.
    if let re = DraftPatterns.regex(#"(区|地区)[^,，。;；]{0,4}(解除|解封)[。;；]?$"#), t.firstMatch(of: re) != nil { return true }
    // "…小区实行封控区管理": a level inside 实行…管理 designates a zone.
    if let re = DraftPatterns.regex(#"实行\S{0,6}?(封控|管控|防范|风险)\S{0,3}?管理"#), t.firstMatch(of: re) != nil { return true }
    // ("高风险区外溢人员由“7天集中隔离”调整为“7天居家隔离”": a change to what people of a zone must do, no level after
    // 调整为, is a rule.)
    if let r = c.firstRange(of: Array("调整为")), levels.find(in: Array(c[r.upperBound...])).isEmpty,
      ["隔离", "监测", "检"].contains(where: { String(c[r.upperBound...]).contains($0) })
    {
      return false
    }
    return ["划定为", "划为", "列为", "降为", "升级为", "升为"].contains(where: { t.contains($0) }) || t.contains("调整为") && !t.contains("措施")
  }
}
