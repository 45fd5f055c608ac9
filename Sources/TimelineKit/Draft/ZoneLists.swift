/// Lists of zones: a section headed by a zone level (`二、管控区：A；B。`), a list introduced by `以下区域解除封控：`
/// with one item a paragraph, and an inline list (`新划定高风险区4个：A、B、C`).
extension Drafter {
  /// The zone drafts of a paragraph that is (or opens) a zone list, or `nil` when it is not one.
  func zoneList(
    _ para: BriefingText.Piece, numbered: Bool = false, frames: inout FrameStack, published: Timestamp, backStart: TimeMention? = nil,
    proposed: inout ProposedCatalogue, notes: inout [String]
  ) -> [Candidate]? {
    let c = para.normalized
    let t = para.text
    var scanner = TimeScanner(published: published)
    // A section headed by a level: "封控区：…；…。"
    // "中风险地区（2个）：…": a count in brackets may stand between the level and its colon.
    // ("封控区有两个：一个是A，一个是B。", "管控区也有两个：…", in a press conference: the count said before the colon.)
    let colonAfter = { (h: Lexicon.Hit) -> Int? in
      var i = h.range.upperBound
      if i < c.count, "(（".contains(c[i]), let close = c[i...].prefix(10).firstIndex(where: { ")）".contains($0) }) { i = close + 1 }
      if let m = String(c[i...].prefix(8)).prefixMatch(of: #/^也?(?:共有|有|共)[0-9一二两三四五六七八九十]{1,3}(?:个|处)/#) { i += m.output.count }
      // ("防范区是洛溪街道、瑞和街道除封控区、管控区以外的区域。": 是 before places, not 是指 before a definition.)
      if i == h.range.upperBound, i + 1 < c.count, c[i] == "是", c[i + 1] != "指",
        Drafter.looksLikePlace(String(Drafter.outsideBrackets(Array(c[(i + 1)...]))).trimmingTrailing("。；; "))
      {
        return i
      }
      return i < c.count && ":：".contains(c[i]) ? i : nil
    }
    // "【防范区】某某街道辖区内封控区、管控区以外的其他区域。": a level in 【】 before its places serves as the colon.
    let bracketed =
      c.first == "【"
      ? vocabulary.zoneLevels.find(in: Array(c.prefix(10))).first.flatMap { h in
        h.range.lowerBound == 1 && h.range.upperBound < c.count && c[h.range.upperBound] == "】" ? h : nil
      } : nil
    if let h = bracketed ?? vocabulary.zoneLevels.find(in: Array(c.prefix(10))).first,
      bracketed != nil || h.range.lowerBound == 0 || h.range.lowerBound <= 3 && t.hasPrefix("新"),
      let colon = bracketed.map({ $0.range.upperBound }) ?? colonAfter(h),
      bracketed == nil || Drafter.outsideBrackets(Array(c[(colon + 1)...])).filter(Drafter.isHan).count >= 3
    {
      frames.top.zoneLevel = h.value
      let rest = (colon + 1)..<c.count
      let restText = String(c[rest])
      if ["划定", "划为", "调整", "解除", "降为", "升为", "列为", "实行", "严禁", "须"].contains(where: { restText.contains($0) }) { return nil }
      let start = frames.listFrom
      var out: [Candidate] = []
      // ("一个是洛溪街道后沟李村，一个是瑞和街道康宁家园小区2号楼": places told one by one are parted by commas.)
      let toldOneByOne = restText.firstMatch(of: #/^(?:一个是|一处是|其中一个是)/#) != nil
      for item0 in BriefingText.split(para.slice(rest), at: toldOneByOne ? ";；。,，" : ";；。", keepClosingQuote: false, keepBrackets: true) {
        // "…：金水区A社区、荥阳市B社区。": places joined by 、 are items of their own when each opens with its district.
        let r0 = (rest.lowerBound + item0.lowerBound)..<(rest.lowerBound + item0.upperBound)
        let parts = BriefingText.split(para.slice(r0), at: "、", keepClosingQuote: false)
        var scratch = proposed
        let eachOpensWithDistrict =
          parts.count > 1
          && parts.allSatisfy { p in
            let pc = Array(c[(r0.lowerBound + p.lowerBound)..<(r0.lowerBound + p.upperBound)])
            return pc.count >= 5 && district(at: 0, in: pc, proposed: &scratch) != nil
          }
        for item in eachOpensWithDistrict ? parts : [0..<(r0.upperBound - r0.lowerBound)] {
          let r = (r0.lowerBound + item.lowerBound)..<(r0.lowerBound + item.upperBound)
          if let z = zoneItem(
            para, r, action: ZoneListAction(type: .zoneDesignated, level: h.value, levelWords: h.phrase), start: start, end: frames.listEnd,
            published: published,
            inherited: frames.placeDistrict, proposed: &proposed)
          {
            out.append(z)
          }
        }
      }
      return out
    }
    // Under a level's heading, a paragraph of places only: "金水区：A、B；二七区：C。" (a district, a colon, places).
    if let level = frames.zoneLevel, VerbClass.find(in: c) == nil, !t.contains("，") || t.contains("："),
      let zs = placeGroups(
        para, action: frames.leadInWithinLevel ?? ZoneListAction(type: .zoneDesignated, level: level), end: frames.listEnd, frames: frames,
        published: published,
        proposed: &proposed)
    {
      return zs
    }
    // "自11月25日18时起，对以下区域风险等级进行调整：", "决定自…起，对我区部分区域风险等级作如下调整：": items that
    // each say what they do (or the headings over them), dated by the lead-in.
    // ("决定自6月7日22时起，将以下区域划定为封控区、管控区和防范区。" then a heading for each level: a lead-in that names
    // several levels ends with a full stop, as the headings under it say which level each place is.)
    let leadsLevels =
      vocabulary.zoneLevels.find(in: c).count >= 2
      && t.firstMatch(of: #/(以下|下列)(区域|地区|小区|楼栋|场所)[^。；;]{0,6}(划定为|划为|列为|确定为|调整为)/#) != nil
    if ["以下区域", "下列区域", "如下调整", "调整如下"].contains(where: { t.contains($0) }), ["区域", "风险等级"].contains(where: { t.contains($0) }),
      let last = c.last(where: { !" ".contains($0) }), ":：".contains(last) && listAction(c) == nil || leadsLevels,
      ["调整", "划定", "解除", "划为", "列为"].contains(where: { t.contains($0) })
    {
      // (Its own sentence's start: "8月3日0—24时，…2例。…作如下调整：" reports a figure's day before it.)
      let stop = c.dropLast().lastIndex(where: { "。；;".contains($0) }).map { $0 + 1 } ?? 0
      let mentions = scanner.scan(Array(c[stop...]))
      // ("7月3日，某区指挥部决定自7月3日20时起，将以下区域…": the start it says, not the day of the decision.)
      if let st = mentions.first(where: { $0.role == .start }) ?? mentions.first(where: { $0.role == .point && $0.hasDay }) { frames.listStart = st }
    }
    // A list introduced by "以下区域…：" (its items follow, one a paragraph); or by a line of its own without the
    // colon ("▶划定以下区域为封控区", in a post).
    // ("…，新增高风险区2个：" ends with the level and a count: its places follow as "以下区域…：" would.)
    // (So do "（三）解除封控区2个：" and "（四）封控区调整为管控区1个：", the other moves of a daily report's list.)
    let countedLevel =
      t.firstMatch(
        of:
          #/(?:(?:新增|新划定|解除)[^，,。；;]{0,3}(?:风险区|风险地区|封控区|管控区|防范区)|(?:风险区|封控区|管控区)(?:调整为|降为)(?:[中低]风险区|管控区|防范区))[（(]?[0-9一二两三四五六七八九十]{0,3}个?[)）]?[：:]$/#
      ) != nil
    if t.contains("以下") || t.contains("下列") || countedLevel, let last = c.last(where: { !" ".contains($0) }),
      ":：".contains(last) || para.isHeading && !"。；;".contains(last),
      let action = listAction(c)
    {
      let mentions = scanner.scan(c)
      frames.top.listAction = action
      // ("同日零时起，以下区域解除封控：": the lead-in's start the drafter already read against the sentence before.)
      let own = mentions.first { $0.role == .start || $0.role == .point && $0.hasDay }
      // ("自9月6日18时起：" on its line, then "以下区域解除封控：": the dated line's start, which the lead-in stands under.)
      frames.top.start = t.hasPrefix("同日") ? frames.top.start ?? own : own ?? (frames.top.openedByHeading ? frames.top.start : nil)
      frames.top.end = mentions.first { $0.role == .end }
      return []
    }
    // "同时解除以下中风险区：A；B；C。": the lead-in and its places in one sentence, each place opening with its district.
    if let colon = c.firstIndex(where: { ":：".contains($0) }), colon + 4 < c.count, t.contains("以下") || t.contains("下列"),
      let action = listAction(Array(c[..<colon]))
    {
      var scratch = proposed
      let items = BriefingText.split(para.slice((colon + 1)..<c.count), at: ";；。", keepClosingQuote: false)
        .map { ((colon + 1 + $0.lowerBound)..<(colon + 1 + $0.upperBound)) }
        .filter { $0.count >= 3 }
      if items.count >= 1,
        items.allSatisfy({ r in district(at: 0, in: Array(c[r]), proposed: &scratch) != nil && !Array(c[r]).contains(where: { "，,".contains($0) }) })
      {
        let own = scanner.scan(Array(c[..<colon])).first { $0.role == .start || $0.role == .point && $0.hasDay }
        let start = own ?? backStart ?? frames.listFrom
        return items.compactMap {
          zoneItem(para, $0, action: action, start: start, end: nil, published: published, proposed: &proposed)
        }
      }
    }
    // An item of such a list, or a place alone under a heading that names a level ("一、封控区" / "1.…小区；").
    let bare = String(t).trimmingTrailing("；;。 ")
    let implicit = frames.zoneLevel.map { ZoneListAction(type: .zoneDesignated, level: $0) }
    let placeAlone = Drafter.looksLikePlace(bare)
    // An item is a numbered line or a line that names a place ("金水区某某小区；" after "解除以下区域封控措施："); a
    // line after the list ("咨询电话：12345", "衷心感谢…！") is none.
    // ("龙子湖街道：东至A路，西至B路，南至C街，北至D路": an area by its bounds is one place, commas and all.)
    let bounded = ["东至", "西至", "南至", "北至"].filter { t.contains($0) }.count >= 3
    // ("【温馨提示】…3.核酸检测结果可在…APP查询": a numbered line of a later section that names no place is no item of the
    // list before.)
    let namesAPlace = Drafter.placeSuffixes.contains { bare.contains($0) } || bare.contains("号")
    // ("2. 某某街道：A小区，B巷12号院；": a street's places parted by commas are places, when every piece names one.)
    if let action = frames.listAction ?? (placeAlone ? implicit : nil), numbered && frames.top.listAction == nil && namesAPlace || placeAlone,
      !bounded,
      t.contains("，") || t.contains(","), c.count <= 60, !Drafter.movesZones(Drafter.outsideBrackets(c)),
      Drafter.outsideBrackets(c).contains(where: { ":：".contains($0) }),
      let zs = placeGroups(
        para, action: action, end: action.type == .zoneDesignated ? frames.listEnd : frames.end, frames: frames, published: published,
        proposed: &proposed), zs.count > 1
    {
      return zs
    }
    if let action = frames.listAction ?? (placeAlone ? implicit : nil), numbered && frames.top.listAction == nil && namesAPlace || placeAlone,
      bounded || !t.contains("，") && !t.contains(","),
      c.count <= 60, !Drafter.movesZones(Drafter.outsideBrackets(c))
    {
      // "金水区：A街道A小区、B街道B小区；" under "以下区域…解除高风险区管控：": one zone a place, its district from the
      // group's head.
      if Drafter.outsideBrackets(c).contains(where: { "：:；;、".contains($0) }),
        let zs = placeGroups(
          para, action: action, end: action.type == .zoneDesignated ? frames.listEnd : frames.end, frames: frames, published: published,
          proposed: &proposed),
        zs.count > 1 || c.contains(where: { ":：".contains($0) })
      {
        return zs
      }
      return zoneItem(
        para, 0..<c.count, action: action, start: frames.listFrom,
        end: action.type == .zoneDesignated ? frames.listEnd : frames.end,
        published: published, inherited: frames.placeDistrict,
        proposed: &proposed
      )
      // (A line no zone can be read from is read as a sentence.)
      .map { [$0] } ?? (placeAlone ? [] : nil)
    }
    return nil
  }

  /// Whether words move a zone themselves (`…由高风险区调整为中风险区`): then they are a sentence, not a list's item.
  static func movesZones(_ c: [Character]) -> Bool {
    let t = String(c)
    return ["调整为", "降为", "升为", "升级为", "解除", "划定", "划为", "列为"].contains { t.contains($0) }
  }

  /// What a list's opening sentence does to each item.
  func listAction(_ c: [Character]) -> ZoneListAction? {
    let t = String(c)
    let levels = vocabulary.zoneLevels.find(in: c)
    // "解除封控", "解封", "解除高风险区管控", "解除中风险区管理"; "解封后仍须落实的措施" heads rules after a lift.
    if ["解封后", "解除后"].contains(where: { t.contains($0) }) { return nil }
    // ("解除静态管理区域的有关措施", "解除临时管控": the end of an order, not of zones.)
    if ["静态管理", "静默管理", "临时管控", "临时性管控", "全域"].contains(where: { t.contains($0) }) { return nil }
    // "以下区域自…解除封控，调整为管控区": a zone moved down but still controlled is re-graded.
    for verb in ["调整为", "降为", "升级为", "升为"] {
      if let r = c.firstRange(of: Array(verb)), let to = levels.first(where: { $0.range.lowerBound >= r.upperBound }) {
        return ZoneListAction(type: .zoneRegraded, level: to.value, fromLevel: levels.first { $0.range.upperBound <= r.lowerBound }?.value)
      }
    }
    // ("解除以下6个区域高风险区管控措施": a count and a level may stand between 解除 and 管控.)
    // ("同时解除以下中风险区：…": the level alone after 解除.)
    if t.contains("解封")
      || (DraftPatterns.regex(#"解除\S{0,14}?(封控|管控|管理)|解除(以下)?\S{0,4}?(风险区|风险地区|封控区|管控区)[：:]?$"#)).map({ t.firstMatch(of: $0) != nil }) == true
    {
      return ZoneListAction(type: .zoneLifted)
    }
    // "对以下楼栋实行封控管理，落实“足不出户、上门服务”：": the places are sealed.
    if ["实行封控", "实施封控", "进行封控"].contains(where: { t.contains($0) }), let sealed = vocabulary.zoneLevels.find(in: Array("封控区")).first {
      return ZoneListAction(type: .zoneDesignated, level: sealed.value)
    }
    // "经专家研判，自8月19日15时起，新增高风险区2个：" then one place a line: each is designated.
    if let r = c.firstRange(of: Array("新增")) ?? c.firstRange(of: Array("新划定")),
      let to = levels.first(where: { $0.range.lowerBound >= r.upperBound && $0.range.lowerBound <= r.upperBound + 1 })
    {
      return ZoneListAction(type: .zoneDesignated, level: to.value)
    }
    // "新增以下区域为高风险区".
    if let r = t.firstRange(of: "新增"), let wei = t[r.upperBound...].firstRange(of: "为"),
      let to = levels.first(where: { $0.range.lowerBound == t.distance(from: t.startIndex, to: wei.upperBound) })
    {
      return ZoneListAction(type: .zoneDesignated, level: to.value)
    }
    for verb in ["划定为", "划为", "列为", "划定"] {
      // "将以下区域划定为封控区、管控区和防范区": the sections that follow give each item's level.
      if let r = c.firstRange(of: Array(verb)), Set(levels.filter { $0.range.lowerBound >= r.upperBound }.map(\.value)).count > 1 { return nil }
      if let r = c.firstRange(of: Array(verb)), let to = levels.first(where: { $0.range.lowerBound >= r.upperBound }) {
        return ZoneListAction(type: .zoneDesignated, level: to.value)
      }
    }
    return nil
  }

  /// One zone from a list item: its district from the item's leading district name (else none drafted).
  func zoneItem(
    _ p: BriefingText.Piece, _ r: Range<Int>, action: ZoneListAction, start: TimeMention?, end: TimeMention?, published: Timestamp,
    inherited: PlaceHit? = nil, proposed: inout ProposedCatalogue
  ) -> Candidate? {
    var lo = r.lowerBound
    var hi = r.upperBound
    while lo < hi, "、,，;；。 ▲●■".contains(p.normalized[lo]) { lo += 1 }
    while hi > lo, "、,，;；。 ".contains(p.normalized[hi - 1]) { hi -= 1 }
    // ("一个是A", "另一个是B": a place told in speech.)
    for lead in ["其中一个是", "另一个是", "一个是", "一处是", "另一处是"] where p.normalized[lo..<hi].starts(with: Array(lead)) {
      lo += lead.count
      break
    }
    guard hi - lo >= 3 else { return nil }
    let item = Array(p.normalized[lo..<hi])
    var scratch = proposed
    guard let d = district(at: 0, in: item, proposed: &scratch) ?? inherited else { return nil }
    proposed = scratch
    var place = String(p.original[lo..<hi])
    var exclusions: [String] = []
    if let ex = DraftPatterns.regex(#"[（(]([^）)]+?)除外[)）]"#), let em = place.firstMatch(of: ex) {
      exclusions = String(em.output[1].substring ?? "").split(whereSeparator: { "、,，".contains($0) }).map(String.init)
      place.removeSubrange(em.range)
    }
    var data: [String: JSONValue] = ["district": .string(d.key), "place": .string(place)]
    if !exclusions.isEmpty { data["exclusions"] = .array(exclusions.map { .string($0) }) }
    if let l = action.level, action.type != .zoneLifted { data["level"] = .string(l) }
    if let f = action.fromLevel { data["from_level"] = .string(f) }
    let slug = "p" + String(fnv1a(place), radix: 16)
    var guesses = ["zone slug: placeholder \(slug), give it a readable name", "level and time: from the list's heading"]
    if start == nil { guesses.append("effective: publication (no start given)") }
    return Candidate(
      type: action.type, subject: "zone:\(d.key)/\(slug)", effective: start?.time ?? published, until: end?.time,
      quote: String(p.original[lo..<hi]), data: data, guesses: guesses, confidence: 0.6, reading: action.levelWords.map { "\($0)：\(place)" } ?? place)
  }

  /// How the name of a zone's place ends.
  /// Whether a list item names a place: it ends with a place's suffix, or a part of one ("…一期", "…全部楼栋"), once a
  /// bracket after it (what it leaves out or covers: "（3号楼除外）", "（全域）", "（原中风险区）") is set aside.
  static func looksLikePlace(_ item: some StringProtocol) -> Bool {
    var t = Substring(String(item))
    // ("丰泽公寓（B座）", "杏坛村（三组、四组）": the buildings or groups in brackets after a place.)
    if t.last == "）" || t.last == ")", let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }),
      ["除外", "以外", "含", "包括", "原", "全", "区域", "共"].contains(where: { t[open...].contains($0) })
        // ("锦棠里小区6号楼（澄波路与槐荫街交叉口西北角）": where it stands.)
        || t.distance(from: open, to: t.endIndex) <= 20
          && ["交叉口", "路口", "西北角", "东北角", "西南角", "东南角", "附近", "对面", "沿街"].contains(where: { t[open...].contains($0) })
        || t.distance(from: open, to: t.endIndex) <= 14 && ["楼", "座", "栋", "组", "单元", "区", "号院", "段"].contains(where: { t[open...].contains($0) })
    {
      t = t[..<open]
    }
    // ("福安里小区全域": the whole of a place.)
    for whole in ["全域", "全部区域", "整体"] where t.hasSuffix(whole) && t.count >= whole.count + 3 { t = t.dropLast(whole.count) }
    // ("序号  小区名称  楼栋": a table's header row names its columns.)
    if t.contains("序号") || t.contains("名称") { return false }
    return t.count >= 3 && (placeSuffixes + Drafter.buildingSuffixes).contains { t.hasSuffix($0) }
  }

  /// Whether a list piece is only a building, a block or a unit (`5号楼`, `B3栋`, `2单元`, `东区`): then it belongs to
  /// the place named before it.
  static func isBuildingAlone(_ t: String) -> Bool {
    t.firstMatch(of: #/^[A-Za-z0-9一二三四五六七八九十]{1,4}(?:号楼|号院|栋|幢|单元|座|层|期)(?:商户|门面|商铺)?$/#) != nil
  }

  /// Endings of a building, a block or a village group that stands alone as a list's item (`某某广场B座`, `某村三组`).
  static let buildingSuffixes = [
    "期", "栋", "单元", "商业楼", "广场", "座", "组", "宿舍", "宾馆", "酒店", "商场", "超市", "东区", "西区", "南区", "北区", "庄", "寨", "号", "层", "门面房", "门面", "商户",
  ]

  /// Whether the words before a zone's verb point back to places named before them instead of naming one: a count
  /// (`上述3个小区`, `以上两个村`) or only the word that ties the move to them (`同步`, `均`).
  static func pointsBackToPlaces(_ t: String) -> Bool {
    if ["同步", "同时", "均", "一并", "均同步"].contains(t) { return true }
    return t.wholeMatch(of: #/(?:上述|以上|前述)[0-9零一二两三四五六七八九十]*个?[^，,、]{0,4}/#) != nil
  }

  static let placeSuffixes = [
    "小区", "社区", "街道", "村", "区域", "楼", "院", "公寓", "家园", "花园", "新村", "大厦", "商铺", "单元", "市场", "镇", "乡", "苑", "里", "城", "园",
    "片区", "公馆", "名邸", "府", "湾", "巷", "商业街",
    // A workplace sealed or lifted like a compound: "某快递分拨中心", "某物流中心".
    "分拨中心", "物流中心", "配送中心", "分拣中心",
  ]

  /// Zones from groups of places, each group an optional district and a colon then places joined by 、, groups
  /// joined by ；. Returns `nil` unless every piece names a place.
  func placeGroups(
    _ para: BriefingText.Piece, action: ZoneListAction, end: TimeMention? = nil, frames: FrameStack, published: Timestamp,
    proposed: inout ProposedCatalogue
  ) -> [Candidate]? {
    let n = para.normalized
    var out: [Candidate] = []
    var scratch = proposed
    let start = frames.listFrom
    // A group without a head ("金水区：A小区；B街道B小区") is in the district of the group before; the first, in the
    // section's district or the issuer's ("A街道A社区；B街道B小区" in a district's notice).
    var groupDistrict: PlaceHit? = frames.placeDistrict
    for group in BriefingText.split(para, at: ";；。", keepClosingQuote: false) {
      var lo = group.lowerBound
      var hi = group.upperBound
      while hi > lo, ";；。 ".contains(n[hi - 1]) { hi -= 1 }
      guard hi > lo else { continue }
      if let colon = n[lo..<hi].firstIndex(where: { ":：".contains($0) }) {
        if let d = district(at: lo, in: n, proposed: &scratch), d.range.upperBound == colon {
          groupDistrict = d
        } else if colon - lo >= 3, colon - lo <= 8, ["街道", "镇", "乡"].contains(where: { String(n[lo..<colon]).hasSuffix($0) }) {
          // "杨金路街道：A、B；北林路街道：C": a street heads the group; the district is the section's or the issuer's.
          groupDistrict = frames.placeDistrict
        } else {
          return nil
        }
        lo = colon + 1
      }
      // A bracket keeps its 、 ("金蕊花园（6号楼、9号楼除外）" is one place). Places may be parted by commas too
      // ("槐荫街道：宏达花园8号院，兴业小区3号楼").
      var pieces: [Range<Int>] = []
      for piece in BriefingText.split(para.slice(lo..<hi), at: "、，,", keepClosingQuote: false) {
        if let last = pieces.last {
          let open = n[(lo + last.lowerBound)..<(lo + last.upperBound)].filter { "（(".contains($0) }.count
          let close = n[(lo + last.lowerBound)..<(lo + last.upperBound)].filter { "）)".contains($0) }.count
          // "瑞丰嘉园一期、二期": a phase or a building alone goes with the compound before it.
          let text = String(String(n[(lo + piece.lowerBound)..<(lo + piece.upperBound)]).trimmingTrailing("、，,"))
          let short = text.count <= 2
          // "馨雅苑小区3号楼、5号楼", "除11号楼、12号楼外的其余楼栋": a building alone, or the rest of an exception,
          // goes with the place before it too.
          let lastText = String(n[(lo + last.lowerBound)..<(lo + last.upperBound)])
          let unfinishedExcept = lastText.contains("除") && !lastText.contains("外")
          // ("7号楼（某路与某街交叉口西北角）": a building with where it stands is a building alone too.)
          let unbracketed = String(text.prefix { $0 != "（" && $0 != "(" })
          if open > close || short || Drafter.isBuildingAlone(text) || Drafter.isBuildingAlone(unbracketed) || unfinishedExcept {
            pieces[pieces.count - 1] = last.lowerBound..<piece.upperBound
            continue
          }
        }
        pieces.append(piece)
      }
      for piece in pieces {
        let r = (lo + piece.lowerBound)..<(lo + piece.upperBound)
        let text = String(n[r]).trimmingTrailing("、，,")
        guard Drafter.looksLikePlace(text) else { return nil }
        guard
          let z = zoneItem(
            para, r, action: action, start: start, end: end, published: published,
            inherited: groupDistrict, proposed: &scratch)
        else { return nil }
        out.append(z)
      }
    }
    guard !out.isEmpty else { return nil }
    proposed = scratch
    return out
  }
}
