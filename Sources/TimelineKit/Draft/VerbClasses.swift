/// The verb classes of a rule clause, each drafted as one event type.
///
/// A class is found by its cue words; where two classes meet in one clause, a restatement (`继续暂停`, `仍然实行`)
/// wins over what it restates, and a reopening with a cap or a booking (`恢复堂食，限流75%`) is an amendment.
enum VerbClass: String, Sendable, Hashable, CaseIterable {
  /// 解封, 恢复营业, 有序开放, 陆续开放, 放开, 取消, 解除, 不再实行.
  case lifted
  /// 暂停, 关闭, 停止, 停运, 封站.
  case closure
  /// 实行…管理, 严禁, 禁止, 须, 凭, 赋红码, 标为黄码, 可安排.
  case imposed
  /// 调整为, 由…调整为, 延长.
  case amended
  /// 继续, 仍然, 仍须, 暂不.
  case restated

  /// Cue words, longest first within a class.
  static let cues: [(VerbClass, [String])] = [
    (
      .restated,
      [
        "继续实行", "继续执行", "继续暂停", "继续关闭", "继续", "仍然", "仍不得", "仍禁止", "仍严禁", "仍须", "仍需", "仍要", "仍实行", "仍执行", "仍暂停", "仍暂缓", "仍暂时", "仍关闭", "仍按", "暂不", "照常",
        // Schools kept shut for now: "幼儿园暂缓开学".
        "暂缓开学", "暂缓开园", "暂缓返校", "暂缓开放",
        // What a lift or a reopening leaves out goes on: "高风险区不纳入解除范围", "…景区暂不纳入本次开放范围".
        "不纳入解除", "不在解除", "不予解除", "不解除", "不纳入本次", "不纳入开放", "不在开放",
        // A rule said to stand unchanged: "非必要不离县的要求不变" (not "其间各项管控措施保持不变", which names no rule).
        "要求不变", "规定不变",
      ]
    ),
    // "末班车发车时间统一提前至20时": a time moved is an amendment.
    // "…临时性交通管控，延期至5月22日24时": an order's end moved later is an extension.
    // "…客运班线压减至五成运营", "限流比例下调至50%", "检测频次由每周1次提高至每周2次": a service or a cap cut or
    // raised is amended too.
    // "全区由全员核酸检测转为常态化核酸检测", "6月18日起全区转入常态化核酸检测": mass testing turned into routine testing.
    (
      .amended,
      [
        "调整为", "延长至", "延长", "延期至", "放宽", "缩短为", "改为", "提前至", "推迟至", "延后至", "调整至", "压减至", "缩减至", "下调至", "上调至", "提高至", "降低至",
        "转为常态化", "转入常态化",
      ]
    ),
    (
      .lifted,
      [
        "恢复营业", "恢复运营", "恢复正常", "恢复开放", "恢复线下", "恢复堂食", "恢复通行", "恢复开业", "恢复", "有序开放", "陆续开放", "有序放开",
        "全面开放", "放开", "取消", "解除", "不再实行", "不再", "解封", "撤除", "撤销", "结束",
        // "离郑人员无需再向所在单位或社区报备": a requirement dropped.
        "无需再", "无须再", "不再需要", "不需要再",
        // Schools reopening: "…年级学生返校复课", "幼儿园恢复开园".
        "返校复课", "返校", "复课", "开园",
        // Work resumed: "其余企业自5月12日起复工复产" (with a closed loop or a cap, an amendment).
        "复工复产", "复工",
      ]
    ),
    (
      .closure,
      [
        "暂停", "暂缓", "关闭", "停止", "停运", "停业", "封站", "停课", "停开", "闭馆", "停办",
        // Kindergartens, parks and shops shut: "幼儿园同日起停园", "景区闭园".
        "停园", "闭园", "闭店",
        // Said aloud: "逢五逢十的大集停了", "小卖部、理发店从今天起全部关门", "红白事一律不办".
        "停了", "全部关门", "一律关门", "都关门", "一律不办", "都不办",
        // An exam or an event put off: "体育考试推迟举行".
        "推迟举行", "延期举行", "推迟举办", "延期举办",
        // A service point out of use ("…上客点同步停用"), a start put off ("…秋季开学时间推迟").
        "停用", "时间推迟",
      ]
    ),
    (
      .imposed,
      [
        "实行", "实施", "严禁", "禁止", "不得", "不准", "不让", "必须", "须", "需持", "需提供", "需要提供", "需凭", "需扫码", "凭证", "凭出入证", "凭健康码",
        "凭核酸", "凭48", "凭24", "凭72", "凭社区", "一律", "赋红码", "赋黄码", "赋为红码", "赋为黄码", "转为黄码", "标为黄码",
        "标记为黄码", "黄码", "红码", "弹窗提醒", "弹窗提示", "可安排", "原则上", "非必要不", "限流", "查验", "报备", "落地检", "封闭管理", "闭环管理", "甩站", "甩开", "居家办公",
        "实名登记", "不停车", "不停靠", "每天开展", "每日开展", "每天进行", "每日进行", "每天参加", "每日参加",
        // "管控区居民每2天进行1次核酸检测": a test every two or three days.
        // (Not "连续3天开展扫楼行动": only after 每.)
        "每2天进行", "每2天开展", "每2天参加", "每两天进行", "每两天开展", "每两天参加", "每3天进行", "每3天开展", "每3天参加", "每三天进行",
        "每三天开展", "每三天参加", "每周开展", "每周进行", "每周参加",
        // Every other day, every 48 hours: "管控区居民隔天开展一次核酸检测", "…员工每48小时进行一次核酸检测".
        "隔日开展", "隔天开展", "隔日进行", "隔天进行", "隔日参加", "隔天参加", "每隔一天开展", "每隔一天进行", "每48小时进行", "每72小时进行",
        "每24小时进行", "每48小时开展", "每72小时开展", "每24小时开展", "每48小时参加", "每72小时参加",
        // Tests within a span and sampled at home every day: "中风险区…，3天内开展2次核酸检测", "封控区居民每天接受一次上门核酸采样".
        "天内开展", "天内进行", "每天接受", "每日接受",
        // What is allowed again ("宾馆酒店可承接会议…，规模不超过50人"): a rule on how.
        "可承接", "可举办", "可接待",
        // A floor on how often: "居民每3天至少参加一次核酸检测", "…每72小时至少完成一次核酸检测".
        "至少参加", "至少完成", "至少开展", "至少进行", "转为线上", "改为线上", "转为居家", "每天坚持", "每日坚持", "不参加",
        "送到", "配送到户", "送货上门",
        // Passes for those who keep the city running: "保障人员凭工作证件和…证明通行", "凭单位出具的工作证明通行".
        "凭工作", "凭单位", "凭所在单位", "凭本单位", "凭通行证", "凭村里", "凭村委",
        // Said aloud: "本村人进出村要扫码、测体温、登记", "机手进镇前要持48小时内核酸检测阴性证明".
        "要扫码", "要持", "要凭",
        // How often a group is tested, said with the bare verb or aloud: "师生员工每周检测2次", "居民每三天至少检测一次",
        // "司机每天要做一次核酸检测".
        "每周检测", "每天检测", "每日检测", "至少检测", "每天要做", "每日要做", "每天做一次", "每天做1次", "每日做一次",
        "不受", "正常接诊", "不中断", "不停诊",
        "不打烊", "指定",
        "集中收治", "人数控制在",
        // One companion a patient, one shopper a household: "每名住院患者限1名固定陪护".
        "限1名", "限一名", "限1人", "限一人", "限2名", "限两名", "限2人", "限两人",
        // Opening hours set: "超市、药店营业时间为每日8时至20时".
        "营业时间为", "营业时间限定为", "营业时间暂定为",
        // A prohibition opening its clause: "…之前，不聚餐、不聚会".
        "不聚餐", "不聚会", "不聚集", "不串门", "不前往",
        // A zone's regime said without its verb: "封控区居民足不出户".
        "足不出户",
        // A testing rhythm is a rule: "管控区人员两天一检", "抵达后三天三检".
        "一天一检", "两天一检", "三天一检", "三天两检", "三天三检", "七天三检", "一日一检", "两日一检", "每天一检",
        "收治",
        // "管控区全面落实“人不出区、错峰取物”措施": a regime in quotes carried out.
        "落实“", "执行“",
        "细化为", "划分为", "进行封控管理", "进行封闭管理", "进行闭环管理", "进行集中隔离", "进行居家隔离",
        // People held where they are: "园内人员就地封闭管理", "在校师生就地隔离".
        "就地封闭", "就地隔离", "就地管控",
      ]
    ),
  ]

  /// Imposed cues that guarantee a service goes on: their providers, however many are named, make one rule.
  static let continuityCues: Set<String> = ["正常接诊", "不中断", "不停诊", "不打烊", "正常营业", "正常运营", "照常营业"]

  /// The event type a class is drafted as.
  var eventType: EventType {
    switch self {
    case .lifted: .measureLifted
    case .closure, .imposed: .measureImposed
    case .amended: .measureAmended
    case .restated: .measureRestated
    }
  }

  /// A reopening that keeps a cap or a booking is an amendment, not a lift.
  static let capWords = [
    "限流", "不超过", "预约", "错峰", "%", "百分之", "不少于", "实名", "调整为", "缩短", "限定在", "限制在", "控制在", "限载", "限乘",
    // A reopening under a closed loop ("恢复施工，实行“封闭管理、闭环施工”").
    "闭环",
    // One companion a patient ("产房恢复家属陪产，每名产妇限1名家属陪同"): a cap on people.
    "限1名", "限一名", "限1人", "限一人", "限2名", "限两名", "限2人", "限两人",
  ]

  /// A re-grading that only names whom a rule is for (`调整为低风险区及解除管控区域的居民，须…`): no verb of the clause.
  static let regradingThatNamesWhom = #"(调整为|划定为)[^,，。；;]{0,14}的(小区|区域|人员|居民|楼栋|村)"#

  /// Whether a clause keeps a cap or a booking: a cap word not itself ended (`不再对购药人进行实名登记`, `取消预约`).
  static func keepsCap(_ t: String) -> Bool {
    let c = Array(t)
    for w in capWords {
      var from = 0
      while let r = c.range(of: Array(w), from: from) {
        from = r.upperBound
        var lo = r.lowerBound
        while lo > 0, !",，;；。".contains(c[lo - 1]) { lo -= 1 }
        let before = String(c[lo..<r.lowerBound])
        if !["不再", "取消", "无需", "不需", "不用"].contains(where: { before.contains($0) }) { return true }
      }
    }
    return false
  }

  /// The first cue of a clause (by position, then by class order), with its range.
  static func find(in c: [Character]) -> (VerbClass, Range<Int>)? {
    // Where a cue names a moment or a place ("恢复运营前", "解封后", "解封区域"), no shorter cue at the same place counts.
    var blocked = Set<Int>()
    for (_, words) in cues {
      for w in words {
        var from = 0
        while let r = c.range(of: Array(w), from: from) {
          if c.isReference(after: r, cue: Array(w)) { blocked.insert(r.lowerBound) }
          from = r.upperBound
        }
      }
    }
    for i in c.indices where !isDesignation(c, at: i) && !isAdmission(c, at: i) {
      if c[i...].starts(with: Array("指定")) || c[i...].starts(with: Array("收治")) { blocked.insert(i) }
    }
    // "…已符合解封条件", "具备恢复运营条件": a cue inside a condition met is no rule.
    for m in String(c).matches(of: #/(?:具备|符合|达到|满足)[^,，。；;]{0,8}条件/#) {
      let text = String(c)
      let lo = text.distance(from: text.startIndex, to: m.range.lowerBound)
      let hi = text.distance(from: text.startIndex, to: m.range.upperBound)
      for i in lo..<hi { blocked.insert(i) }
    }
    for i in c.indices where c[i...].starts(with: Array("送到")) {
      // "把米面油送到居民家门口", "送到居民手中": a delivery to the door; "送到医院", "送到实验室" only move things.
      let rest = String(c[(i + 2)...].prefix { !",，。；;".contains($0) }.prefix(8))
      if !["家门口", "门口", "家中", "手中", "户"].contains(where: { rest.contains($0) }) { blocked.insert(i) }
    }
    for i in c.indices where c[i...].starts(with: Array("不受")) {
      // "孕产妇出行不受通行管控限制", "不受此限" exempt from a rule; "供应不受影响" only reassures.
      let rest = String(c[(i + 2)...].prefix { !",，。；;".contains($0) })
      if !(rest.hasSuffix("限制") || rest.hasPrefix("此限")) { blocked.insert(i) }
    }
    for i in c.indices where c[i...].starts(with: Array("不参加")) {
      // "…的人员，报备后不参加本次检测" exempts; "对不参加…的", "如不参加…" state the case a penalty is for.
      let rest = c[i...].prefix { !",，。；;".contains($0) }
      if rest.contains("的") || i > 0 && "对如若凡".contains(c[i - 1]) { blocked.insert(i) }
    }
    // "此前因…暂停营业的某某市场，…自8月30日6时起解除停业": a relative clause on what was done before names the thing
    // the sentence is about; its verbs are no cues.
    if ["此前", "前期"].contains(where: { c.starts(with: Array($0)) }),
      let de = c.prefix(while: { !",，。；;".contains($0) }).lastIndex(of: "的")
    {
      for i in 0..<de { blocked.insert(i) }
    }
    // "小学一至三年级本学期不再返校，继续实行线上教学": no return is no lift; the rule goes on.
    // "管控区全面落实“…”措施" is a zone type's regime; "…继续实行…，严格落实“足不出户”等要求" only stresses the rule
    // before it, and "各校要严格落实“…”" is a duty.
    for i in c.indices where c[i...].starts(with: Array("落实“")) || c[i...].starts(with: Array("执行“")) {
      let clause = String(c[..<i].reversed().prefix { !",，。；;：:".contains($0) }.reversed())
      if clause.firstMatch(of: #/(?:封控区|管控区|防范区|风险区|风险地区)(?:严格|全面)?$/#) == nil { blocked.insert(i) }
    }
    // "解除封控、管控区域的居民实行“三天两检”": who the rule is for (residents of released areas), not a lift.
    for i in c.indices where c[i...].starts(with: Array("解除")) || c[i...].starts(with: Array("解封")) {
      let rest = String(c[(i + 2)...].prefix { !",，。；;".contains($0) }.prefix(14))
      if rest.firstMatch(of: #/^[^的]{0,10}(?:区域|小区|楼栋|村|社区)的(?:居民|人员|群众|住户)/#) != nil { blocked.insert(i) }
      // "对部分区域解除封控管控措施", "解除相关区域管控": a lead that sums up the places listed after it.
      let before = String(c[..<i].reversed().prefix { !",，。；;".contains($0) }.reversed())
      let vague = #/(?:部分|相关|有关|个别)(?:区域|小区|地区)/#
      if before.firstMatch(of: vague) != nil || rest.prefixMatch(of: vague) != nil { blocked.insert(i) }
      // "累计解除医学观察无症状感染者2.1万例": cases released, a status counted, not a rule lifted.
      if rest.hasPrefix("医学观察") { blocked.insert(i) }
    }
    // "解除后，全县不再有高风险区", "本委不再发布无症状感染者数据": a state told, or a change in what is reported.
    for i in c.indices where ["不再有", "不再发布", "不再通报", "不再公布"].contains(where: { c[i...].starts(with: Array($0)) }) {
      blocked.insert(i)
    }
    for i in c.indices where c[i...].starts(with: Array("不再")) {
      if ["返校", "开学", "开园", "复课", "开放", "营业", "恢复"].contains(where: { c[(i + 2)...].starts(with: Array($0)) }) {
        blocked.insert(i)
        blocked.insert(i + 2)
      }
    }
    // "…仍按原定时间，于5月6日24时解除静默管理": 仍 keeps the schedule, the verb is the lift.
    for i in c.indices where c[i...].starts(with: Array("仍按")) {
      if c[(i + 2)...].starts(with: Array("原定")) || c[(i + 2)...].starts(with: Array("原计划")) { blocked.insert(i) }
    }
    // "…静态管理，将于5月19日6时结束": an order's end at a moment 于 names is its lift; "采样结束", "至…24时结束" are not.
    for i in c.indices where c[i...].starts(with: Array("结束")) {
      let before = String(c[max(0, i - 14)..<i])
      let scheduled = (DraftPatterns.regex(#"于[0-9年月日号时点分上下午晚早凌晨中零]+$"#)).map { before.firstMatch(of: $0) != nil } ?? false
      // ("原定于5月7日24时结束的…延长至…": the end an extension replaces.)
      if !scheduled || before.contains("原定") || before.contains("原计划") { blocked.insert(i) }
    }
    // "解除隔离医学观察后，…": a moment, said by the clause's end.
    for i in c.indices where c[i...].starts(with: Array("解除")) {
      let rest = c[i...].prefix { !",，。；;".contains($0) }
      // ("入境人员解除集中隔离后来郑的，…": after release, said mid-clause, is a moment too.)
      if rest.last == "后" || rest.last == "前"
        || (DraftPatterns.regex(#"^解除\S{1,8}?后(来|返|到|抵|回)"#)).map({ String(rest).firstMatch(of: $0) != nil }) == true
      {
        blocked.insert(i)
      }
    }
    // "解除封控的小区，居民…须…": the places or people a rule is for, not a lift.
    for i in c.indices where c[i...].starts(with: Array("解除")) {
      let rest = String(c[i...].prefix { !",，。；;".contains($0) })
      if (DraftPatterns.regex(#"^解除\S{0,6}的(小区|区域|人员|居民|楼栋|村)"#)).map({ rest.firstMatch(of: $0) != nil }) == true { blocked.insert(i) }
    }
    // "调整为低风险区及解除管控区域的居民，须…": a re-grading that names whom the rule is for.
    for i in c.indices where c[i...].starts(with: Array("调整为")) || c[i...].starts(with: Array("划定为")) {
      let rest = String(c[i...].prefix { !",，。；;".contains($0) })
      if (DraftPatterns.regex("^" + VerbClass.regradingThatNamesWhom)).map({ rest.firstMatch(of: $0) != nil }) == true { blocked.insert(i) }
    }
    // "此前实行的…", "此前关闭出口的…站", "原实行的…": what was in force describes the object, it is no verb of the clause.
    for i in c.indices where i >= 1 && c[i - 1] == "原" || i >= 2 && c[i - 2] == "此" && c[i - 1] == "前" {
      let rest = c[i...].prefix { !",，。；;".contains($0) }
      if rest.prefix(10).contains("的") { blocked.insert(i) }
    }
    // 须水 (a town of Zhengzhou, 须水站 a toll gate) is a name, not "must".
    for i in c.indices where c[i...].starts(with: Array("须水")) { blocked.insert(i) }
    for i in c.indices where c[i...].starts(with: Array("解除")) {
      // "转运、隔离、解除全流程闭环": a step in a list of steps, not a lift.
      // ("解除全县静态管理", "解除全区交通管控": the whole of a place is what is freed.)
      let wholePlace = i + 3 < c.count && c[i + 2] == "全" && "县区市域镇乡省".contains(c[i + 3])
      if i > 0 && c[i - 1] == "、" || i + 2 < c.count && (c[i + 2] == "、" || c[i + 2] == "全" && !wholePlace) { blocked.insert(i) }
    }
    for i in c.indices {
      // "将…划分为…", "将…细化为…": a classification the notice makes (not "…分为两类" describing one).
      if c[i...].starts(with: Array("细化为")) || c[i...].starts(with: Array("划分为")), !c[..<i].contains("将") { blocked.insert(i) }
      // "对…进行集中隔离" rules; "已对…进行集中隔离" reports what was done.
      if c[i...].starts(with: Array("进行")), c[..<i].contains("已") { blocked.insert(i) }
    }
    // A cue inside quotation marks is a name ("按下了“暂停键”"), unless the quote is the rule itself ("实行“足不出户”").
    var quoted = Set<Int>()
    var inside = false
    for (i, ch) in c.enumerated() {
      if ch == "“" { inside = true } else if ch == "”" { inside = false } else if inside { quoted.insert(i) }
    }
    // A quoted slogan that counts its rules ("“三严禁两不得”", "“四个一”") names them: the rules follow it (即…).
    for i in quoted where i > 0 && quoted.contains(i - 1) && "一二两三四五六七八九十".contains(c[i - 1]) { blocked.insert(i) }
    for i in quoted where !(i > 0 && quoted.contains(i - 1)) {
      // the first character of a quoted run: block cues starting inside the run when the word before is no rule verb
      var j = i - 1
      while j >= 0, c[j] == "“" { j -= 1 }
      let before = j >= 1 ? String(c[(j - 1)...j]) : ""
      if ["按下", "称为", "叫做", "被称", "了"].contains(where: { before.hasSuffix($0) }) {
        var k = i
        while k < c.count, quoted.contains(k) {
          blocked.insert(k)
          k += 1
        }
      }
    }
    var best: (VerbClass, Range<Int>)?
    for (cls, words) in cues {
      for w in words {
        guard let r = c.firstCueRange(of: Array(w), blocked: blocked) else { continue }
        if let b = best, b.1.lowerBound <= r.lowerBound { continue }
        best = (cls, r)
      }
    }
    // An adverb that is also a cue ("一律", "原则上") gives way to the verb right after it: "商铺一律暂停营业" is a
    // closure, "…原则上恢复线下教学" a reopening.
    if let (cls, r) = best, cls == .imposed, ["一律", "原则上"].contains(String(c[r])) {
      var next: (VerbClass, Range<Int>)?
      for (k, words) in cues {
        for w in words where c[r.upperBound...].starts(with: Array(w)) && !blocked.contains(r.upperBound) {
          if next.map({ w.count > $0.1.count }) ?? true { next = (k, r.upperBound..<(r.upperBound + w.count)) }
        }
      }
      // (Only for a verb of another class: "一律不得…" stays the rule it was.)
      if let n = next, n.0 != .imposed { best = n }
    }
    // An amendment cue anywhere in the clause decides over a rule's cue: "查验…证明的时限，由72小时调整为48小时".
    if let (cls, r) = best, cls == .imposed || cls == .closure {
      for w in cues[1].1 where w == "调整为" || w == "延长" || w == "延期至" {
        if let rr = c.firstCueRange(of: Array(w), blocked: blocked), rr.lowerBound > r.lowerBound { best = (.amended, rr) }
      }
    }
    // A permission to extend or relax ("处方用量可延长至8周", "可放宽至…") allows something new: a rule, not an
    // amendment of an earlier one.
    if let (cls, r) = best, cls == .amended, r.lowerBound > 0, c[r.lowerBound - 1] == "可",
      ["延长", "放宽"].contains(where: { String(c[r]).hasPrefix($0) })
    {
      best = (.imposed, r)
    }
    // A restatement cue anywhere in the clause decides: "…继续暂停营业", "…仍然实行…".
    if let (cls, r) = best, cls != .restated {
      for w in cues[0].1 {
        if let rr = c.firstCueRange(of: Array(w), blocked: blocked), rr.lowerBound > r.lowerBound { return (.restated, rr) }
      }
    }
    // A cap on how many may be inside, in a clause without another cue: "市场内客流量不超过最大承载量的75%".
    if best == nil {
      for w in capCues {
        if let r = c.firstCueRange(of: Array(w), blocked: blocked), best.map({ r.lowerBound < $0.1.lowerBound }) ?? true { best = (.imposed, r) }
      }
    }
    return best
  }

  /// Caps on how many may be inside (`…客流量不超过最大承载量的75%`, `车厢载客量控制在额定载客量的50%以内`): a rule
  /// only where the clause has no other cue (`…恢复营业，接待量不超过最大承载量的50%` is the reopening's condition).
  static let capCues = ["不超过最大", "不超过核定", "不超过额定", "不得超过", "控制在额定", "控制在核定", "控制在最大"]

  /// Nouns of what a notice designates (`指定…医院`, `指定一家…医疗机构`, `指定…酒店作为隔离点`).
  static let designatedFacilities = ["医院", "医疗机构", "卫生院", "诊所", "酒店", "宾馆", "隔离点", "超市", "药店", "门店", "网点", "企业", "场所"]

  /// Whether 指定 at `i` designates a facility: a verb whose clause names what it designates, not a place referred to
  /// ("前往指定采样点", "在指定地点购买") nor a person put in charge ("指定专人负责").
  static func isDesignation(_ c: [Character], at i: Int) -> Bool {
    guard c[i...].starts(with: Array("指定")) else { return false }
    if i > 0, "在到往于至赴按去的".contains(c[i - 1]) { return false }
    let rest = Array(c[(i + 2)...].prefix { !",，。；;".contains($0) })
    if ["的", "地点", "专人", "人员", "采样", "时间", "位置", "路线"].contains(where: { rest.starts(with: Array($0)) }) { return false }
    return designatedFacilities.contains { rest.firstRange(of: Array($0)) != nil }
  }

  /// Whether 收治 at `i` assigns patients to a place (`由…医院集中收治`, `安排…区域收治`), not a capacity or a count
  /// (`收治能力`, `已收治…`, `累计收治`).
  static func isAdmission(_ c: [Character], at i: Int) -> Bool {
    guard c[i...].starts(with: Array("收治")) else { return false }
    let before = String(c[max(0, i - 3)..<i])
    if ["已", "累计", "共", "新增", "正在", "陆续"].contains(where: { before.hasSuffix($0) || before.hasSuffix($0 + "集中") }) { return false }
    let next = i + 2 < c.count ? String(c[(i + 2)...].prefix(2)) : ""
    return !["能力", "机制", "工作", "情况", "人数", "病例", "患者", "率", "了", "的"].contains(where: { next.hasPrefix($0) })
  }

  /// Words that mark a clause as something other than a rule: goals, assessments, exhortations, duties of the
  /// authorities, conduct on site, warnings, schedules of what will be decided later.
  static let guards = [
    // "…期满后，将根据…综合评估，决定是否解除或调整相关措施": a decision to come.
    "决定是否", "确定是否",
    "力争", "确保", "研判", "趋稳向好", "总体可控", "总体平稳", "平稳可控", "不等于", "请广大", "请市民", "倡议", "呼吁", "建议", "提倡", "属地责任",
    "主体责任", "监管责任", "压实", "要切实", "要严格", "要做好", "要持续", "携带有效证件", "携带身份证", "一米间距", "一米线", "不交谈", "依法追究",
    "依法严肃处理", "依法依规", "另行通告", "另行通知", "致以", "感谢", "人人有责", "下一步", "预计", "计划", "将根据", "动态调整", "温馨提示", "理解、支持",
    "理解支持", "不信谣", "守住", "底线", "工作要求", "咨询电话", "专家组", "一人一策", "以下区域", "通告如下", "如下：", "如下:", "以下条件", "分类管理", "分类管控", "坚持", "三不", "倡导", "离不开",
    // Road works are no epidemic rule ("道路施工", "封闭施工期间"); a building site stopped by the notice
    // ("建筑工地暂停施工") is.
    "道路施工", "施工期间", "封闭施工", "半幅施工", "施工单位", "施工路段", "施工围挡", "会议指出", "指出", "强调", "让我们", "从你我做起", "习惯", "勤洗手",
    // Nor is a utility's maintenance on a newspaper page ("因线路改造施工，…停电", "管网检修，…暂停供热"); a line to
    // call in a cut ("如遇停水可拨打…") still is a service.
    "改造施工", "暂停供热", "停止供热", "管网检修", "检修",
    "勤开窗", "要坚持", "希望广大",
    // A slogan's wish ("同心抗疫，早日解封！") and a refund desk are no rules.
    "早日", "退票", "热线：", "热线:", "不是终点",
    // What an app or a platform offers ("…主要有…两个功能", "新上线了…等功能") describes it; it rules nothing.
    "功能",
    // Where to ask ("如有疑问，可拨打…热线") is information, not a service the notice opens.
    "如有疑问", "落实不到位",
    // "…经评估后，再行恢复营业": a condition for a later reopening, not one now.
    "再行恢复", "评估后",
    // What may happen when the period ends ("届时视情延长或提前解除") decides nothing yet.
    // ("届时，区内中小学恢复线下教学" does rule: at the time just named.)
    "视情延长", "视情调整", "视情解除", "届时视", "届时根据", "届时将根据", "届时再", "届时决定", "届时评估",
    // An assessment of the situation: "从近几天数据看，…形势仍然复杂".
    "数据看", "形势仍然", "形势依然",
    // A legal warning ("…依据《传染病防治法》…追究法律责任") rules on no epidemic measure (in its own clause: "…健康码
    // 标记为黄码，并承担相应法律责任" still penalises).
    "法律责任",
    // Cleaning routines and where to call (clause guards, below).
    "全面消杀", "进行消杀", "预防性消杀", "终末消杀", "通风换气", "值班电话", "联系电话",
    // What reopening is not, said as a slogan ("解封不解防", "优化调整不是放松防控，更不是放开") or a principle
    // ("分区分级、稳妥有序是恢复的基本原则"), rules nothing.
    "不解防", "不是放松", "更不是", "基本原则",
    // What may happen later, on a condition ("如出现新增阳性感染者，管控期限相应延长", "符合条件的，按程序解除",
    // "将视情逐步取消限流措施", "通行时间可能延长"), decides nothing yet.
    "将视情", "视情及时", "如出现", "相应延长", "按程序解除", "及时解除", "可能延长", "可能导致",
    // A reporter's scene on a newspaper page ("记者当日在某小区看到，…围挡已经撤除") reports, it rules nothing.
    "记者当日",
  ]

  /// A request to the public inside a sentence (`…，请辖区居民按照…安排`, `…，请大家出门前算好时间`).
  static let requestToThePublic = #"[,，]请[^,，。；;]{0,4}(居民|市民|群众|大家|各位|广大)"#

  /// Whether a sentence as a whole urges rather than rules: it opens with 请, 要, 应, 希望, 倡议 or 呼吁, or asks
  /// 广大市民 / 市民朋友 to do something.
  static func isExhortation(_ text: String) -> Bool {
    let t = text.drop { "0123456789.、（）()一二三四五六七八九十 ".contains($0) }
    // A question ("记者：…何时能够返校？") and a line of contacts ("报备电话：…") rule nothing.
    if t.hasSuffix("？") || t.hasSuffix("?") || t.contains("记者：") || t.contains("记者:") { return true }
    if (DraftPatterns.regex(#"^[^,，。]{0,8}(电话|热线|联系方式)[：:]"#)).map({ t.firstMatch(of: $0) != nil }) == true { return true }
    return ["请", "要", "应", "希望", "倡议", "呼吁", "倡导"].contains { t.hasPrefix($0) }
      || ["请广大", "请市民", "请各位", "希望广大", "广大市民朋友要"].contains { t.contains($0) }
      // "…，请辖区居民按照…安排，…": a request to the public inside the sentence; what follows is how to comply.
      || (DraftPatterns.regex(requestToThePublic)).map { t.firstMatch(of: $0) != nil } ?? false
      // "假期返程人员请主动报备": the people asked, then 请.
      || (DraftPatterns.regex(#"^[^,，。；;]{0,12}(人员|市民|居民|群众|朋友|旅客|乘客|家长|师生)请"#)).map { t.firstMatch(of: $0) != nil } ?? false
      // The city's own 12345 line is always there: "如有问题可拨打12345热线" tells where to ask, it opens no service
      // (a line for one purpose on that number, "12345价格投诉热线", is one).
      || t.contains("拨打") && (DraftPatterns.regex(#"12345(热线|市民服务热线|市长热线|市民热线|政务服务|或|、|，|,)"#)).map { t.firstMatch(of: $0) != nil } ?? false
  }

  /// Guards that hold for their own clause only: "…仍然暂停堂食，恢复时间另行通知" still restates a rule, and a goal
  /// after the rule ("…安排专人上门配送，确保…不断供") states what the rule is for, not that there is none.
  /// Conduct on site ("…恢复开放，观众须保持一米间距") guards its clause, not the reopening before it.
  static let clauseGuards: Set<String> = [
    "另行通告", "另行通知", "动态调整", "将根据", "确保", "力争", "坚持", "法律责任", "分类管理", "分类管控", "工作要求", "一米间距", "一米线", "携带有效证件", "携带身份证",
    // "…线上教学延长至12月4日24时，各校要严格执行…": the duty of those who carry the rule out, after it.
    "要严格", "要切实", "要做好", "要持续",
    // "离郑人员仍须持…证明，广大市民要坚持非必要不离郑": the public's part after a firm rule drops only its clause.
    "要坚持",
    // "学校食堂实行错峰就餐、单向排队，…，就餐时不交谈": conduct at the table after the canteen's rule.
    "不交谈", "勤洗手", "勤开窗",
    // "…暂停运营，网约车平台同步关闭…派单功能": the platform's side of the rule before, no reason to drop it.
    "功能",
    // Cleaning done by those who run a place ("各车站、车辆每日进行不少于两次全面消杀，并加强通风换气") is their routine, no
    // rule for the public ("出租车继续实行“一车一消杀”" is one, a rule named in quotes).
    "全面消杀", "进行消杀", "预防性消杀", "终末消杀", "通风换气",
    // Where to call ("可拨打所在街道值班电话") is information, not a rule (a service line, "24小时供水服务电话", is one).
    "值班电话", "联系电话",
    // "高三年级6月13日起恢复线下教学，其他年级返校时间将视情况另行通知": what may come later, after a rule now.
    "将视情", "如出现", "可能延长", "可能导致",
  ]

  /// Conduct on site: how people behave where a rule lets them in. After a rule in its sentence ("…恢复正常运营，乘客须
  /// 全程佩戴口罩") it is a condition of that rule, not a rule of its own; a sentence of its own ("…仍须全程佩戴口罩")
  /// still states one.
  static let conductWords = ["佩戴口罩", "戴好口罩", "戴口罩", "扫码测温", "测温扫码", "扫码、测温", "一米间距", "一米线", "携带有效证件", "携带身份证"]

  /// Whether a goal word opens the sentence ("确保…", "力争…"): then the goal is the whole sentence.
  static func opensWithGoal(_ text: String) -> Bool {
    let t = text.drop { "0123456789.、（）()一二三四五六七八九十 ".contains($0) }
    return ["确保", "力争", "要确保", "务必确保"].contains { t.hasPrefix($0) }
  }

  /// Whether a clause (or, with `sentence`, a whole sentence) is guarded: not drafted as a rule.
  static func isGuarded(_ text: String, sentence: Bool = false) -> Bool {
    // ("答：请向所在社区报备…", "答：各行业主管部门要…": an answer's tag opens nothing; the answer is read as it stands.)
    if let m = text.prefixMatch(of: #/^(?:答|问|回答)[：:]/#) { return isGuarded(String(text[m.range.upperBound...]), sentence: sentence) }
    if sentence, opensWithGoal(text) { return true }
    // "副局长某某介绍公共交通有序恢复的具体安排，并回答记者提问": a press conference's framing names the topics.
    if sentence, text.firstMatch(of: #/介绍[^。；;]{0,40}(?:情况|安排|工作|进展|举措)[^。；;]{0,6}(?:并|，并|,并)?(?:回答|答)记者/#) != nil { return true }
    // "经专家组综合研判，金水区…将于5月19日6时结束": the assessment a decision rests on opens it; the sentence still
    // rules (the clause itself is read as no rule).
    // ("郁某某：经专家组综合研判，…": so does it after a speaker's name.)
    // ("市教育局副局长 周建平：根据疫情形势研判，…", "市教育局负责人表示，综合研判当前疫情形势，…": a longer speaker, or one
    // who 表示, and an assessment said with 根据 or 综合.)
    if sentence,
      let m = text.prefixMatch(
        of: #/^(?:[^,，。；;：:]{1,16}[：:]|[^,，。；;：:]{1,12}表示[,，]?)?(?:[^,，。；;]{0,16}[,，])?(?:经|根据|综合)[^,，。；;]{0,16}(?:研判|评估|研究)[^,，。；;]{0,8}[,，]/#)
    {
      let rest = String(text[m.range.upperBound...])
      return !rest.isEmpty && isGuarded(rest, sentence: true)
    }
    // "第47号通告中的其他措施，仍按原通告执行", "其余措施不变": what goes on is named by no one rule (in a clause of its
    // own: "…恢复堂食，其余措施不变" still reopens).
    if text.firstMatch(of: #/^[^,，。；;]{0,16}(?:其他|其它|其余|原有)(?:各项)?(?:防控|管控)?措施[^。；;]{0,8}(?:仍按|继续|不变|照常|保持)/#) != nil {
      return true
    }
    // "10月14日以来，我县实行临时管控措施。": an order in force since a day looked back to, told as the background of
    // what the notice now does, is no rule of its own (nor with the rounds it has seen: "…，先后开展五轮全员核酸检测").
    if sentence,
      text.firstMatch(
        of:
          #/^[^，,。；;]{0,16}以来[，,][^，,。；;]{0,24}(?:实行|实施)[^，,。；;]{0,12}(?:管理|管控|措施)(?:[，,][^，,。；;]{0,8}(?:先后|累计|共)[^，,。；;]{0,20}轮[^，,。；;]{0,12})?[。；;]?$/#
      ) != nil
    {
      return true
    }
    // "主持人：请贝某某副局长介绍商超和餐饮恢复安排。": a host gives the floor; the topics are no rules.
    if text.firstMatch(of: #/^(?:主持人[：:])?(?:下面|接下来|现在)?[,，]?请[^。；;，,]{1,16}(?:介绍|通报|发布|解读|说明)/#) != nil { return true }
    // "其余公交、地铁线路正常运营", "出租车、网约车正常运营": what runs as usual changes nothing (a return to it,
    // "恢复正常运营", does; so does a clause that also caps or checks: "…照常营业，实行限流50%").
    if !sentence, text.firstMatch(of: #/(?:正常|照常)(?:运营|营业|运行|开放|通行)/#) != nil,
      !["恢复", "暂停", "停止", "限流", "不超过", "须", "不得", "实行", "查验", "调整"].contains(where: { text.contains($0) })
    {
      return true
    }
    // "每天坚持…服务" is a routine, not a principle; a bullet ("■请…") opens nothing.
    let text = BriefingText.droppingBullets(text)
    // ("仍须坚持非必要不离郑" keeps a rule: 坚持 before 非必要 is no principle; "市民要坚持…" still urges.)
    let routine = text.replacing("每天坚持", with: "每天").replacing("每日坚持", with: "每日")
    // ("仍须坚持“一日一检”", "须坚持…": a rule that goes on, said with 坚持.)
    let firm = routine.replacing("须坚持", with: "须")
    // ("肺功能检查": an organ's function is no feature of an app.)
    let organs = firm.replacing(#/[肺心肝肾]功能/#, with: "检查")
    let t = organs.contains("要坚持") ? organs : organs.replacing("坚持非必要", with: "非必要")
    if guards.contains(where: { t.contains($0) && !(sentence && clauseGuards.contains($0)) }) { return true }
    if text.hasPrefix("请") || text.hasPrefix("要") || text.hasPrefix("应") { return true }
    // Duties of those who run things: "各医疗机构要…", "…是扫码查验第一责任人", "…由属地依法责令整改".
    if (DraftPatterns.regex(#"^各[^,，。；;]{1,12}要"#)).map({ text.firstMatch(of: $0) != nil }) == true || text.contains("第一责任人") || text.contains("责令整改")
    {
      return true
    }
    // Duties of local authorities: "各区县要…", "街道、社区要…", "各部门不得擅自扩大…".
    if (text.contains("各区") || text.contains("各部门") || text.contains("各街道") || text.contains("社区要") || text.contains("各级"))
      && (text.contains("要") || text.contains("不得擅自"))
    {
      return true
    }
    // And of those who oversee or trade: "文化旅游等主管部门要加强督导", "经营者要明码标价", "经营业主和消费者要自觉…".
    if text.firstMatch(of: #/^[^,，。；;]{0,20}(?:主管部门|有关部门|相关部门|经营者|经营主体|经营业主|消费者)(?:等)?(?:要|应当)/#) != nil { return true }
    return false
  }
}

extension Array where Element == Character {
  /// The first occurrence of a cue that is used as a verb: "解封后", "恢复运营前", "暂停期间" name a moment, and
  /// "解封区域", "解封小区" a place, so they are skipped.
  func firstCueRange(of needle: [Character], blocked: Set<Int> = []) -> Range<Int>? {
    var from = 0
    while let r = range(of: needle, from: from) {
      if !blocked.contains(r.lowerBound) && !isReference(after: r, cue: needle) { return r }
      from = r.upperBound
    }
    return nil
  }

  /// Whether the cue at `r` names a moment ("…前", "…后", "…时", "…期间") or, for 解封, a place ("解封区域", "解封小区").
  func isReference(after r: Range<Int>, cue: [Character]) -> Bool {
    let next = r.upperBound < count ? self[r.upperBound] : "。"
    let next2 = r.upperBound + 1 < count ? String(self[r.upperBound...(r.upperBound + 1)]) : ""
    // "…仍然是…" describes; "实施效果", "实施办法" name a thing.
    // ("不得前往…", "严禁前去…": 前 of the verb that follows, not a moment.)
    let goesTo = ["前往", "前去", "前来"].contains(next2)
    // ("不在本次解除范围之内": the scope of a lift names it, it lifts nothing.)
    if "前后时是".contains(next) && !goesTo || ["期间", "效果", "办法", "方案", "细则", "以来", "初期", "范围"].contains(next2)
      || "解返".contains(cue.first ?? " ") && "区小的".contains(next)
    {
      return true
    }
    // "因疫情关闭的某某市场…恢复营业", "已暂停营业的门店": a verb before 的 describes the thing the sentence is about.
    // (Not a reopening: "原定5月20日起恢复的客运班线，延期至5月27日起恢复" is a reopening put off, by its first verb.)
    if next == "的", !["恢复", "开放", "放开", "解除", "解封", "取消"].contains(where: { String(cue).hasPrefix($0) }) { return true }
    // "全部封控区、管控区均已解除", "已恢复运营的公交线路…": what was lifted before is a report or a description
    // ("从今天12时起已经解除管控" still lifts, at its time).
    let before2 = r.lowerBound >= 2 ? String(self[(r.lowerBound - 2)..<r.lowerBound]) : ""
    if ["恢复", "解除", "解封", "开放", "放开"].contains(where: { String(cue).hasPrefix($0) }),
      ["均已", "都已", "全已"].contains(before2) || before2.hasSuffix("已") && next == "的"
    {
      return true
    }
    // "恢复营业场所的从业人员须…", "恢复开放单位的员工": the places a reopening let open, whose people the rule is for.
    if ["恢复营业", "恢复开放", "恢复经营"].contains(String(cue)), ["场所", "门店", "商户", "单位", "企业"].contains(next2) { return true }
    // "解封楼栋居民须…", "解封村组": the places a lift freed.
    if cue == Array("解封"), ["楼栋", "楼宇", "村组", "社区", "居民", "人员", "单元"].contains(next2) || next == "村" { return true }
    // "复工企业员工实行…", "复工率", "复工复产通行证": resumed work that names whom or what, not a resumption; "…生态修复工作…",
    // "恢复工作秩序": 复 and 工 of other words. (Blocking 复工 blocks 复工复产 at the same place.)
    if cue == Array("复工") {
      let rest = String(self[r.upperBound...].prefix(5))
      return r.lowerBound > 0 && "修恢回".contains(self[r.lowerBound - 1]) || next == "作"
        || ["企业", "人员", "员工", "率", "通行证", "证明", "工地", "的", "复产通行证", "复产企业", "复产的", "复产率", "前", "后"].contains(where: {
          rest.hasPrefix($0)
        })
    }
    // ("都需要扫码测温": 要扫码 said aloud is no cue inside 需要.)
    // (Nor 要持 inside 需要持 or 只要持: "只要持有绿码即可通行" allows.)
    if ["要扫码", "要持", "要凭"].contains(String(cue)) { return r.lowerBound > 0 && "需须只主".contains(self[r.lowerBound - 1]) }
    // "…以后仍然没有参加本轮筛查的，健康码…": still not done is whom a penalty is for, not a rule going on.
    if cue == Array("仍然"), next == "未" || next2 == "没有" { return true }
    // ("足不出户就可咨询医生", "让群众足不出户办成事": what a service spares people, not a zone's regime.)
    // (Quoted after a verb, "落实“足不出户”", the regime is that verb's; "区域内人员“足不出户、上门服务”" is one itself.)
    if cue == Array("足不出户") {
      let quotedAfterVerb =
        r.lowerBound >= 3 && "“\"".contains(self[r.lowerBound - 1])
        && ["落实", "实行", "执行", "坚持", "做到", "实施"].contains(String(self[(r.lowerBound - 3)..<(r.lowerBound - 1)]))
      return "就即便也可".contains(next) || r.lowerBound > 0 && "让使".contains(self[r.lowerBound - 1]) || next2 == "办理" || quotedAfterVerb
    }
    // "返校师生须持…", "已返校学校实行…": who has come back, not a return ordered.
    if cue == Array("返校") {
      return ["师生", "学生", "学校", "人员", "教职", "年级", "工作", "安排", "事宜"].contains(next2) || r.lowerBound > 0 && self[r.lowerBound - 1] == "已"
    }
    return false
  }

  /// The last occurrence of `needle`.
  func lastRange(of needle: [Character]) -> Range<Int>? {
    var found: Range<Int>?
    var from = 0
    while let r = range(of: needle, from: from) {
      found = r
      from = r.lowerBound + 1
    }
    return found
  }

  /// The first occurrence of `needle` at or after `from`.
  func range(of needle: [Character], from: Int) -> Range<Int>? {
    guard from < count else { return nil }
    return Array(self[from...]).firstRange(of: needle).map { ($0.lowerBound + from)..<($0.upperBound + from) }
  }

  /// The first range where `needle` occurs.
  func firstRange(of needle: [Character]) -> Range<Int>? {
    guard !needle.isEmpty, needle.count <= count else { return nil }
    let first = needle[0]
    var i = 0
    while i + needle.count <= count {
      if self[i] == first, self[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
      i += 1
    }
    return nil
  }
}
