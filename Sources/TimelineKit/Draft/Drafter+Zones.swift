/// Zones: designated, re-graded and lifted, one sentence or one list item at a time.
extension Drafter {
  // MARK: - Zones

  /// The regime a zone list's lead-in sets for the places under it (`自12月3日12时起，将以下区域划定为高风险区，落实
  /// “足不出户、上门服务”，每日开展一次上门核酸采样：`): rules of their own, from the lead-in's start, for zones of the
  /// list's level. Re-graded places whose regime is spelled out (`…解除封控，调整为管控区，实行“人不出区”：`) have their
  /// rule amended.
  func leadInRegime(
    _ para: BriefingText.Piece, action: ZoneListAction, start: TimeMention, published: Timestamp, frames: FrameStack,
    memory: inout RuleMemory, proposed: inout ProposedCatalogue
  ) -> [Candidate] {
    let c = para.normalized
    guard let colon = c.firstIndex(where: { "：:".contains($0) }), colon + 1 >= c.count || c[(colon + 1)...].allSatisfy({ $0 == " " })
    else { return [] }
    // The regime follows the clause that names the list's action, after a comma, with its words in quotes.
    guard let m = String(c[..<colon]).firstMatch(of: #/[,，](?:严格)?(?:落实|实行)[“"]/#) else { return [] }
    let lead = String(c[..<colon])
    let from = lead.distance(from: lead.startIndex, to: m.range.lowerBound) + 1
    guard let level = action.level, let zh = vocabulary.catalogue.zoneLevels[level]?.zh else { return [] }
    // Read as the level's own regime ("高风险区落实“足不出户、上门服务”，…"), as a level's rules are stated elsewhere.
    let part = para.slice(from..<colon)
    let piece = BriefingText.Piece(original: Array(zh) + part.original, normalized: Array(zh) + part.normalized, isHeading: false)
    let quote = String(String(para.original[..<colon]))
    return rules(piece, sentence: quote, mentions: [], places: [], published: published, frames: frames, memory: &memory, proposed: &proposed)
      .filter { [.measureImposed, .measureAmended].contains($0.type) }
      .map { r in
        var r = r
        r.effective = start.time
        r.guesses = r.guesses.filter { !$0.hasPrefix("effective:") } + ["effective: the start of the list's lead-in"]
        r.quote = quote
        r.data["scope"] = .string("zones:" + level)
        r.type = action.type == .zoneRegraded ? .measureAmended : .measureImposed
        return r
      }
  }

  func zones(
    _ s: BriefingText.Piece, mentions: [TimeMention], published: Timestamp, fallbackDistrict: String?, sameTime: TimeMention?,
    sectionStart: TimeMention? = nil, designatedAt: TimeMention? = nil, proposed: inout ProposedCatalogue,
    notes: inout [String]
  ) -> [Candidate] {
    if let inline = inlineZoneList(
      s, mentions: mentions, published: published, sectionStart: sectionStart, district: fallbackDistrict, proposed: &proposed)
    {
      return inline
    }
    if let rest = restOfArea(
      s, mentions: mentions, published: published, sectionStart: designatedAt ?? sectionStart, district: fallbackDistrict, proposed: &proposed)
    {
      return rest
    }
    if let lifted = verbFirstLift(s, mentions: mentions, published: published, district: fallbackDistrict, proposed: &proposed) { return lifted }
    if let lifted = controlStopped(
      s, mentions: mentions, published: published, district: fallbackDistrict, sameTime: sameTime, proposed: &proposed)
    {
      return lifted
    }
    if let lifted = levelNamedLift(s, mentions: mentions, published: published, sameTime: sameTime, proposed: &proposed) { return lifted }
    guard
      let verbRe = DraftPatterns.regex(
        #"(由(\S{2,8}?)(?:调整为|降为|升级为|升为)|解除(?:封控|管控)[,，、]?(?:调整为|降为|转为)|解除\S{2,6}?(?:封控|管控)措施[,，、](?:调整为|降为|转为)|调整为|划定为|划为|列为|升级为|升为|降为|实行(\S{0,8}?)管理|解封|解除封控|解除管控|解除(?:高|中)风险(?:地)?区(?:管理|管控)|为(?=(?:高|中|低)风险(?:地)?区|封控区|管控区|防范区))"#
      )
    else { return [] }
    var out: [Candidate] = []
    let sameTimeWords = ["同时", "同日", "同步"].contains { s.text.contains($0) }
    // "一、第一阶段（9月22日零时起）\n（一）…解除封控": the section's heading dates a sentence without a time.
    let start =
      mentions.first { $0.role == .start } ?? mentions.first { $0.role == .point && $0.hasDay } ?? (sameTimeWords ? sameTime : nil) ?? sectionStart
    let end = mentions.first { $0.role == .end }
    // ("将A小区划定为封控区，将其所在的B社区（A小区除外）划定为管控区": each 将 clause moves its own place.)
    // (Each keeps the words of its whole part as its quote, the time that opens them included.)
    var parts: [(range: Range<Int>, whole: Range<Int>)] = []
    for part in BriefingText.split(s, at: ";；", keepClosingQuote: false) {
      let c = s.normalized
      // ("…上述3个小区由高风险区降为低风险区，C大厦解除封控": so does a last clause that is a place and its lift.)
      let cuts = part.filter { i in
        guard i > part.lowerBound, i + 1 < part.upperBound, ",，".contains(c[i]) else { return false }
        if c[i + 1] == "将" { return true }
        // ("将A划定为高风险区，B划定为中风险区", "A为高风险区，B为中风险区": a clause with places and a level of its own.)
        let clause = String(c[(i + 1)..<part.upperBound].prefix { !",，".contains($0) })
        // (Not the rest of an area, "其余区域为低风险区", which most coders leave out.)
        if clause.firstMatch(
          of:
            #/^(?!其余|其他|其它|除|上述|以上|全市|全区|全县|调整|降为|划定|划为|列为|升为|升级|由|[高中低]风险|封控区|管控区|防范区)(?![^，,]*连续)[^，,。；;]{2,40}?(?:划定为|划为|列为|调整为|降为|为)(?:[高中低]风险(?:地)?区|封控区|管控区|防范区)[。；;]?$/#
        ) != nil {
          return true
        }
        let rest = String(c[(i + 1)..<part.upperBound]).trimmingTrailing("。；; ")
        return !rest.contains(where: { ",，".contains($0) })
          && ["解除封控", "解除管控", "解封"].contains { lift in
            rest.hasSuffix(lift) && Drafter.placeSuffixes.contains { rest.dropLast(lift.count).hasSuffix($0) }
          }
      }
      if cuts.count >= 1, String(c[part]).matches(of: verbRe).count >= 2 {
        var lo = part.lowerBound
        for cut in cuts {
          parts.append((lo..<(cut + 1), part))
          lo = cut + 1
        }
        parts.append((lo..<part.upperBound, part))
      } else {
        parts.append((part, part))
      }
    }
    for (part, whole) in parts {
      // ("…A小区自8月11日18时起解除高风险区管控；B小区自8月11日12时起划定为高风险区": each ；part at its own time.)
      let ownMentions = mentions.filter { $0.range.lowerBound >= whole.lowerBound && $0.range.upperBound <= whole.upperBound }
      let partStart =
        parts.count > 1 && whole != parts[0].whole
        ? ownMentions.first { $0.role == .start } ?? ownMentions.first { $0.role == .point && $0.hasDay } ?? start : start
      let p = s.slice(part)
      let t = p.text
      // ("…经专家评估已达到解封条件，解除封控": a lift named inside the condition met is not the lift; the verb after is.)
      guard
        let m = t.matches(of: verbRe).first(where: { m in
          !t[m.range.upperBound...].hasPrefix("条件") && !t[m.range.upperBound...].hasPrefix("标准")
        })
      else { continue }
      let vLo = t.distance(from: t.startIndex, to: m.range.lowerBound)
      let vHi = vLo + t[m.range].count
      let verb = String(t[m.range])
      let levels = vocabulary.zoneLevels.find(in: p.normalized)
      // The new level: right after a verb ending in 为, or inside 实行…管理.
      let after =
        verb.hasSuffix("为")
        ? levels.first { $0.range.lowerBound >= vHi && $0.range.lowerBound <= vHi + 1 }
        : levels.first { $0.range.lowerBound >= vLo && $0.range.upperBound <= vHi }
      let isLift = verb == "解封" || verb == "解除封控" || verb == "解除管控" || verb.hasPrefix("解除") && (verb.hasSuffix("管理") || verb.hasSuffix("管控"))
      // "解封后", "解封区域": a moment or a place, not a lift.
      if isLift, p.normalized.isReference(after: vLo..<vHi, cue: Array(verb)) { continue }
      // "…暂停上岗，待所在区域解除管控且…后方可恢复": a condition waited for, not a lift.
      var clauseStart = vLo
      while clauseStart > 0, !",，;；。".contains(p.normalized[clauseStart - 1]) { clauseStart -= 1 }
      if ["待", "直至", "直到", "等到"].contains(where: { String(p.normalized[clauseStart..<vLo]).hasPrefix($0) }) { continue }
      // "高风险区连续5天未发现新增感染者的，将按程序降为低风险区": a rule of when zones move, not a move.
      if String(p.normalized[..<vLo]).firstMatch(of: #/的[,，](?:将|可|即|则|由)/#) != nil { continue }
      guard isLift || after != nil else { continue }
      // "西苇坡村调整为管控区后，管控措施由…调整为…": a move told as the moment after it (…后) is the one a list made.
      // ("上述降为低风险区的楼栋，居民须…": a relative clause names whom a rule is for.)
      // ("风险区已经统一调整为高风险区和低风险区两类": levels named together are a scheme, not a place's move.)
      if let a = after, a.range.upperBound < p.normalized.count, "后的".contains(p.normalized[a.range.upperBound]) { continue }
      if let a = after, levels.contains(where: { $0.range.lowerBound > a.range.upperBound && $0.range.lowerBound <= a.range.upperBound + 1 }) {
        continue
      }
      // The place: from the clause start (or 将/对) to the verb.
      var pStart = 0
      var k = vLo - 1
      while k >= 0 {
        let c = p.normalized[k]
        if ",:，：".contains(c) {
          pStart = k + 1
          break
        }
        if c == "将" || c == "对" {
          pStart = k + 1
          break
        }
        k -= 1
      }
      // "新增A小区、B小区为高风险区": 为 designates only after 新增, which is no part of the place.
      if verb == "为" {
        guard String(p.normalized[pStart..<vLo]).hasPrefix("新增") else { continue }
        pStart += 2
      }
      var placeEnd = vLo
      // "对…金桥小区，已于5月25日6时起划定为封控区": the place is the clause before.
      if pStart > 1, !Drafter.placeSuffixes.contains(where: { String(p.normalized[pStart..<vLo]).contains($0) }) {
        var k2 = pStart - 2
        while k2 >= 0, !",:，：。".contains(p.normalized[k2]) { k2 -= 1 }
        let prev = String(p.normalized[(k2 + 1)..<(pStart - 1)])
        if Drafter.placeSuffixes.contains(where: { prev.hasSuffix($0) }) {
          var lo = k2 + 1
          if let dui = prev.lastIndex(where: { $0 == "对" || $0 == "将" }) { lo = k2 + 1 + prev.distance(from: prev.startIndex, to: dui) + 1 }
          placeEnd = pStart - 1
          pStart = lo
        } else if let r = [
          "经评估", "经研判", "经专家", "经综合", "经过评估", "经过研判", "经过专家", "经过综合", "经连续", "经过连续", "经多轮", "经过多轮",
        ].compactMap({ prev.firstRange(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
          // "A社区经评估符合解除条件，由高风险区调整为低风险区", "A村经连续多轮核酸检测均为阴性，解除封控": the place
          // before the assessment or the tests that cleared it.
          // ("东湾村（原高风险区）经…": without the aside on what it was.)
          var head = prev[..<r.lowerBound]
          if head.hasSuffix("）") || head.hasSuffix(")"), let open = head.lastIndex(where: { "（(".contains($0) }) { head = head[..<open] }
          if Drafter.placeSuffixes.contains(where: { head.hasSuffix($0) }) {
            placeEnd = k2 + 1 + prev.distance(from: prev.startIndex, to: head.endIndex)
            pStart = k2 + 1
          }
        }
      }
      // "本次由高风险区调整为中风险区的区域，管控措施…", "上述小区…": zones named before, whose rules follow; no place.
      if String(p.normalized[pStart..<placeEnd]).hasPrefix("本次") { continue }
      // "对部分区域解除封控管控措施", "相关区域已符合解除条件": a lead that sums up the places listed after it names none.
      if ["部分区域", "相关区域", "有关区域", "部分小区", "个别区域", "部分地区"].contains(String(p.normalized[pStart..<placeEnd])) { continue }
      var fromLevel: String?
      if verb.hasPrefix("由") {
        fromLevel = levels.first { $0.range.lowerBound >= vLo && $0.range.upperBound <= vHi && $0.value != after?.value }?.value
      } else if verb.hasPrefix("解除") && !isLift {
        // "解除高风险区管控措施，调整为…": the level it names; else the kind of control it lifts.
        fromLevel =
          levels.first { $0.range.lowerBound >= vLo && $0.range.upperBound <= vHi && $0.value != after?.value }?.value
          ?? (verb.contains("封控") ? "sealed" : "controlled")
      }
      if let from = levels.last(where: { $0.range.upperBound == vLo }), isLift { placeEnd = from.range.lowerBound }
      if placeEnd > pStart, p.normalized[placeEnd - 1] == "的" { placeEnd -= 1 }
      // "嵩阳街道、少林街道全域解除封控": the whole of each place is lifted; 全域 is no part of the last one's name.
      for whole in ["全域", "全部区域", "整体"] where String(p.normalized[pStart..<placeEnd]).hasSuffix(whole) && placeEnd - pStart >= whole.count + 3 {
        placeEnd -= whole.count
      }
      // "A社区、B社区共两个高风险区解除管控": the count of the list is no part of its last place.
      if let re = DraftPatterns.regex(#"(共|等)[0-9零一二两三四五六七八九十]+(个|处)$"#),
        let m = String(p.normalized[pStart..<placeEnd]).firstMatch(of: re)
      {
        let s0 = String(p.normalized[pStart..<placeEnd])
        placeEnd = pStart + s0.distance(from: s0.startIndex, to: m.range.lowerBound)
      }
      // "该人员居住的金水区…小区": the place starts at its district.
      if let de = p.normalized[pStart..<placeEnd].lastIndex(of: "的"), de + 1 < placeEnd {
        var scratch = proposed
        // (Not "…以外的其他区域": 其他区 is no district.)
        if let d = district(at: de + 1, in: p.normalized, proposed: &scratch),
          vocabulary.catalogue.isDistrict(d.key) || !["其他", "以外", "上述", "周边", "相关"].contains(where: { d.zh.contains($0) })
        {
          pStart = de + 1
        }
      }
      // "…枣园小区自5月7日0时起解除封控": the time between the place and its verb is no part of the place.
      if let m = mentions.first(where: { m in
        let lo = m.range.lowerBound - part.lowerBound
        return lo > pStart && lo < placeEnd && m.range.upperBound - part.lowerBound >= placeEnd - 2
      }) {
        var cut = m.range.lowerBound - part.lowerBound
        if cut > pStart, "自从于".contains(p.normalized[cut - 1]) { cut -= 1 }
        placeEnd = cut
      }
      // "A小区7号楼、9号楼，已连续14天无新增感染者，自2月17日0时起解除封控": a clause with only the time names no
      // place; the place is the last clause before that ends like one.
      // ("A、B、C三个中风险区，同步调整为低风险区", "A、B、C已连续7天无新增感染者，经评估，上述3个小区由高风险区降为低风险区":
      // so does a clause whose place points back, to the places listed before it.)
      let pointsBack = Drafter.pointsBackToPlaces(String(p.normalized[pStart..<placeEnd]))
      if placeEnd - pStart < 2 || pointsBack {
        let clausesBefore = BriefingText.split(p.slice(0..<max(0, pStart - 1)), at: ",，", keepClosingQuote: false)
        // ("A社区连续7天无新增感染者，经评估，自…起由中风险区降为低风险区": the place before its streak.)
        func placePart(_ r: Range<Int>) -> Range<Int> {
          var r = r
          var text = String(p.normalized[r])
          // ("目前A、B三个中风险区": the count that sums the list up, and the word that dates it, are no place.)
          if pointsBack {
            if text.hasPrefix("目前") {
              r = (r.lowerBound + 2)..<r.upperBound
              text.removeFirst(2)
            }
            if let re = DraftPatterns.regex(#"(共|等)?[0-9零一二两三四五六七八九十]+个[^、]{0,6}$"#), let m = text.firstMatch(of: re),
              m.range.lowerBound > text.startIndex
            {
              r = r.lowerBound..<(r.lowerBound + text.distance(from: text.startIndex, to: m.range.lowerBound))
              text = String(text[..<m.range.lowerBound])
            }
          }
          // ("A小区已符合解除条件，自…起解除管控": the place before the condition it meets.)
          // ("A小区已完成终末消杀，经评估，自…起解除封控": or before the work done to lift it.)
          guard let s = ["已连续", "连续", "已符合", "符合", "已满足", "满足", "已达到", "达到", "已完成", "已经完成"].lazy.compactMap({ text.firstRange(of: $0) }).first else {
            return r
          }
          return r.lowerBound..<(r.lowerBound + text.distance(from: text.startIndex, to: s.lowerBound))
        }
        if let c = clausesBefore.map(placePart).last(where: { r in
          Drafter.placeSuffixes.contains { String(p.normalized[r]).trimmingTrailing("，,").hasSuffix($0) }
            || pointsBack && String(p.normalized[r]).contains("、")
        }) {
          pStart = c.lowerBound
          placeEnd = c.upperBound
          while placeEnd > pStart, ",，".contains(p.normalized[placeEnd - 1]) { placeEnd -= 1 }
        }
      }
      guard placeEnd - pStart >= 2 else { continue }
      // "将以下区域划定为…": the places follow, "以下区域" is none.
      if ["以下", "下列", "如下"].contains(where: { String(p.normalized[pStart..<placeEnd]).hasPrefix($0) }) { continue }
      // A lift names a place ("…小区解封", "…合围区域解除管控"); "解封后", "解封小区" in a narrative do not.
      if isLift, !Drafter.placeSuffixes.contains(where: { String(p.normalized[pStart..<placeEnd]).hasSuffix($0) }) { continue }
      // "将A、B划定为…": one zone per place when each item opens with its own district.
      let items = Drafter.placeItems(p.slice(pStart..<placeEnd))
      if items.count > 1 {
        var scratch = proposed
        // Items that open with their street ("将A街道B小区、C街道D院划定为…") are in the district the text is about.
        let first =
          district(at: items[0].lowerBound, in: Array(p.normalized[pStart..<placeEnd]), proposed: &scratch)
          ?? fallbackDistrict.map { PlaceHit(key: $0, zh: "", range: 0..<0) }
        // Items after the first may leave their district out ("中原区A小区、B街道C小区"): they are in the one before.
        let norm = p.normalized
        // (A list a back-reference counts is one of places, whatever their names end in.)
        // ("上街区、巩义市由中风险地区调整为低风险地区": so is one of whole districts.)
        let placeLike =
          pointsBack
          || items.allSatisfy { r in
            let item = Array(String(norm[(pStart + r.lowerBound)..<(pStart + r.upperBound)]).trimmingTrailing("、"))
            return Drafter.looksLikePlace(String(item)) || district(at: 0, in: item, proposed: &scratch)?.range.upperBound == item.count
          }
        if let first, placeLike {
          proposed = scratch
          var current = first
          let action = ZoneListAction(
            type: isLift
              ? .zoneLifted
              : fromLevel != nil || verb.hasPrefix("调整为") || verb.hasPrefix("降为") || verb.hasPrefix("升级为") ? .zoneRegraded : .zoneDesignated,
            level: isLift ? nil : after?.value, fromLevel: fromLevel)
          for r in items {
            let rr = (pStart + r.lowerBound)..<(pStart + r.upperBound)
            if var z = zoneItem(p, rr, action: action, start: partStart, end: end, published: published, inherited: current, proposed: &proposed) {
              if let d = z.subject.dropFirst(5).split(separator: "/").first, d != current.key {
                current = PlaceHit(key: String(d), zh: "", range: 0..<0)
              }
              z.quote = String(s.original[whole])
              out.append(z)
            }
          }
          continue
        }
      }
      // ("▶淮畔街道蔷薇社区由中风险地区降为低风险地区": the bullet that opens the item is no part of the place's name.)
      var place = BriefingText.droppingBullets(String(p.original[pStart..<placeEnd]))
      // ("将其所在的沁芳社区…划定为管控区": the place, not the words that relate it to the one before.)
      for lead in ["其所在的", "其所在", "所在的"] where place.hasPrefix(lead) && place.count > lead.count + 2 {
        place.removeFirst(lead.count)
        break
      }
      var exclusions: [String] = []
      if let ex = DraftPatterns.regex(#"[（(](?:不含(.+)|(.+)除外)[)）]"#), let em = place.firstMatch(of: ex) {
        exclusions = String(em.output[1].substring ?? em.output[2].substring ?? "").split(whereSeparator: { "、,，".contains($0) }).map(String.init)
        place.removeSubrange(em.range)
      }
      let placeChars = Array(place.map(BriefingText.normalize))
      var guesses: [String] = []
      let districtHit = vocabulary.places.find(in: placeChars).first { vocabulary.catalogue.isDistrict($0.value) }
      let beforeHit = vocabulary.places.find(in: Array(s.normalized)).last { vocabulary.catalogue.isDistrict($0.value) }
      var scratch = proposed
      let suffixHit = districtHit == nil ? district(at: 0, in: placeChars, proposed: &scratch) : nil
      if suffixHit != nil { proposed = scratch }
      guard let district = districtHit?.value ?? suffixHit?.key ?? beforeHit?.value ?? fallbackDistrict else {
        notes.append("zone without a district, not drafted: \(String(p.original))")
        continue
      }
      if districtHit == nil && suffixHit == nil { guesses.append("district: \(district) from the surrounding text") }
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
      if partStart == nil { guesses.append("effective: publication (no start given)") }
      out.append(
        Candidate(
          type: type, subject: "zone:\(district)/\(slug)", effective: partStart?.time ?? published, until: end?.time,
          quote: String(s.original[whole]),
          data: data, guesses: guesses + (partStart?.guesses ?? []), confidence: 0.6, reading: place))
    }
    out += clauseLevelLifts(s, start: start, published: published, district: fallbackDistrict, proposed: &proposed)
    return out
  }

  /// "…，岚岫街道桂苑小区高风险区解除。", "自今天15时起，澜沧街道鹤汀苑小区高风险区解除；": a clause that is a place, its
  /// zone's level and 解除 lifts that zone, beside whatever the rest of the sentence moves.
  func clauseLevelLifts(
    _ s: BriefingText.Piece, start: TimeMention?, published: Timestamp, district: String?, proposed: inout ProposedCatalogue
  ) -> [Candidate] {
    let c = s.normalized
    var out: [Candidate] = []
    var lo = 0
    for i in 0...c.count where i == c.count || "，,；;。".contains(c[i]) {
      defer { lo = i + 1 }
      guard i - lo >= 6, String(c[lo..<i]).hasSuffix("解除") else { continue }
      let clause = Array(c[lo..<(i - 2)])
      guard let level = vocabulary.zoneLevels.find(in: clause).last, level.range.upperBound == clause.count, level.range.lowerBound >= 3,
        Drafter.placeSuffixes.contains(where: { String(clause[..<level.range.lowerBound]).hasSuffix($0) })
      else { continue }
      var inherited: PlaceHit?
      if let d = district { inherited = PlaceHit(key: d, zh: "", range: 0..<0) }
      if var z = zoneItem(
        s, lo..<(lo + level.range.lowerBound), action: ZoneListAction(type: .zoneLifted), start: start, end: nil, published: published,
        inherited: inherited, proposed: &proposed)
      {
        z.quote = String(s.original)
        out.append(z)
      }
    }
    return out
  }

  /// The places of a coordinated list (`A小区（5号楼除外）、B街道周边商铺和C村`): cut at 、 outside brackets, and the
  /// last item at 以及, 及 or 和 when both halves name places (`和平路社区` is one name).
  static func placeItems(_ p: BriefingText.Piece) -> [Range<Int>] {
    var items = BriefingText.split(p, at: "、", keepClosingQuote: false, keepBrackets: true)
    guard let last = items.last else { return items }
    let n = p.normalized
    let lastText = Array(n[last])
    var depth = 0
    for i in lastText.indices {
      if "(（".contains(lastText[i]) { depth += 1 }
      if ")）".contains(lastText[i]) { depth = max(0, depth - 1) }
      guard depth == 0, let word = ["以及", "及", "和"].first(where: { lastText[i...].starts(with: Array($0)) }) else { continue }
      let rest = String(lastText[(i + word.count)...])
      if word == "和", ["和平", "和谐", "和美", "和顺", "和睦"].contains(where: { rest.hasPrefix(String($0.dropFirst())) }) { continue }
      let left = String(lastText[..<i])
      // ("紫辰路街道和苑新村": a street is followed by its compound, not joined to another place.)
      guard Drafter.looksLikePlace(left), !["街道", "镇", "乡", "办事处"].contains(where: { left.hasSuffix($0) }),
        Drafter.looksLikePlace(rest.trimmingTrailing("、"))
      else { continue }
      items[items.count - 1] = last.lowerBound..<(last.lowerBound + i)
      items.append((last.lowerBound + i + word.count)..<last.upperBound)
      break
    }
    // ("竹韵小区3号楼、5号楼和晴川苑小区": a building alone goes with the compound before it.)
    var merged: [Range<Int>] = []
    for r in items {
      if let prev = merged.last, Drafter.isBuildingAlone(String(String(n[r]).trimmingTrailing("、，,"))) {
        merged[merged.count - 1] = prev.lowerBound..<r.upperBound
      } else {
        merged.append(r)
      }
    }
    return merged
  }

  /// "新划定高风险区4个：A、B、C": one designation per item after the colon.
  func inlineZoneList(
    _ s: BriefingText.Piece, mentions: [TimeMention], published: Timestamp, sectionStart: TimeMention?, district: String? = nil,
    proposed: inout ProposedCatalogue
  ) -> [Candidate]? {
    let c = s.normalized
    guard let colon = c.firstIndex(where: { ":：".contains($0) }), colon > 2 else { return nil }
    let head = Array(c[..<colon])
    let ht = String(head)
    // "经评估，以下高风险区已达到解除条件，自11月23日18时起解除：A小区2号楼，B小区8号楼。": the zones a lead-in lifts, on
    // its line.
    let lifts =
      ht.firstMatch(of: #/(?:以下|下列)[^,，。；;]{0,4}(?:高风险区|中风险区|低风险区|封控区|管控区|风险区)/#) != nil
      && ht.firstMatch(of: #/(?:起|予以|正式|同步|同时)?解除(?:封控|管控)?$/#) != nil
    guard ht.contains("划定") || ht.contains("新增") || ht.contains("划为") || lifts, let level = vocabulary.zoneLevels.find(in: head).last,
      lifts || level.range.upperBound >= head.count - 4
    else { return nil }
    // (Their places may name no district: the notice's.)
    let inherited = district.map { PlaceHit(key: $0, zh: "", range: 0..<0) }
    let start = mentions.first { $0.role == .start || $0.role == .point && $0.hasDay } ?? sectionStart
    var end = c.count
    if let stop = c[(colon + 1)...].firstIndex(where: { "。".contains($0) }) { end = stop }
    var out: [Candidate] = []
    // Items joined by 、 or by ；("A小区；B小区6号楼；C新村。"), or by ，when each is a place ("A小区2号楼，B小区8号楼、9号楼").
    let tail = s.slice((colon + 1)..<end)
    let commaParts = BriefingText.split(tail, at: ",，", keepClosingQuote: false)
    let byComma =
      commaParts.count >= 2 && commaParts.allSatisfy { r in Drafter.looksLikePlace(String(tail.normalized[r]).trimmingTrailing(",，。；; ")) }
    let action = lifts ? ZoneListAction(type: .zoneLifted, level: level.value) : ZoneListAction(type: .zoneDesignated, level: level.value)
    for part in BriefingText.split(tail, at: byComma ? ";；,，" : ";；", keepClosingQuote: false) {
      // ("B小区8号楼、9号楼": a building alone goes with the compound before it.)
      for r in Drafter.placeItems(tail.slice(part)) {
        let rr = (colon + 1 + part.lowerBound + r.lowerBound)..<(colon + 1 + part.lowerBound + r.upperBound)
        if let z = zoneItem(s, rr, action: action, start: start, end: nil, published: published, inherited: inherited, proposed: &proposed) {
          out.append(z)
        }
      }
    }
    return out.isEmpty ? nil : out
  }

  /// The rest of an area given a level by a zoning notice (`除上述高风险区外，某区其他区域均为低风险区`, `某街道其余区域为
  /// 低风险区`, `全市其他镇（街道）为防范区`): a zone of that level, named by the sentence.
  /// (Not after a count of zones, `…中风险区9个，其余区域均为低风险区`: a daily report sums up there.) Without a time of its
  /// own it holds from when the zones it sets aside were designated (`sectionStart`, given that time by the caller).
  func restOfArea(
    _ s: BriefingText.Piece, mentions: [TimeMention], published: Timestamp, sectionStart: TimeMention?, district: String?,
    proposed: inout ProposedCatalogue
  ) -> [Candidate]? {
    let c = s.normalized
    let t = String(c)
    guard
      let m = t.firstMatch(
        of: #/((?:其他|其余|其它)(?:区域|地区|镇[（(]街道[)）]|乡镇[（(]街道[)）]|乡镇|镇|街道|村[（(]社区[)）]|村|社区)?)均?(?:为|划定为|划为|列为)(?:高风险区|中风险区|低风险区|防范区|管控区)/#)
    else { return nil }
    let lo = t.distance(from: t.startIndex, to: m.range.lowerBound)
    let areaEnd = lo + m.output.1.count
    // What a 除…外 clause sets aside names the zones before; anything else that designates or counts zones is another kind
    // of sentence.
    let before = String(t[..<m.range.lowerBound]).replacing(#/除[^。；;]{0,40}?(?:以外|之外|外)的?/#, with: "")
    if before.firstMatch(of: #/[0-9一二两三四五六七八九十]+个|划定|划为|列为|调整为|降为/#) != nil || !vocabulary.zoneLevels.find(in: Array(before)).isEmpty {
      return nil
    }
    var placeLo = lo
    while placeLo > 0, !",，。；;的：:".contains(c[placeLo - 1]) { placeLo -= 1 }
    for lead in ["同时", "将", "我区", "我市", "我县", "全市", "全区", "全县"] where String(c[placeLo..<lo]).hasPrefix(lead) {
      placeLo += lead.count
      break
    }
    guard let levelHit = vocabulary.zoneLevels.find(in: c).first(where: { $0.range.lowerBound >= areaEnd }) else { return nil }
    let inherited = district.map { PlaceHit(key: $0, zh: "", range: 0..<0) }
    let start = mentions.first { $0.role == .start || $0.role == .point && $0.hasDay } ?? sectionStart
    guard
      var z = zoneItem(
        s, placeLo..<areaEnd, action: ZoneListAction(type: .zoneDesignated, level: levelHit.value), start: start, end: nil, published: published,
        inherited: inherited, proposed: &proposed)
    else { return nil }
    z.quote = String(String(s.original).trimmingTrailing(" "))
    z.guesses.append("zone: the rest of the area (其他区域), what the zones before leave out")
    return [z]
  }

  /// "…社区管控区，已满足解除条件，自3月7日0时起解除管控", "…村防范区同步解除": a sentence that opens with a place and
  /// its zone's level, and ends by lifting it, lifts that zone (at the time of the sentence before when 同步 / 同时).
  func levelNamedLift(
    _ s: BriefingText.Piece, mentions: [TimeMention], published: Timestamp, sameTime: TimeMention?, proposed: inout ProposedCatalogue
  ) -> [Candidate]? {
    let c = s.normalized
    guard let level = vocabulary.zoneLevels.find(in: c).first, level.range.lowerBound >= 4,
      Drafter.placeSuffixes.contains(where: { String(c[..<level.range.lowerBound]).hasSuffix($0) }),
      !c[..<level.range.lowerBound].contains(where: { ",，。;；:：".contains($0) }),
      let re = DraftPatterns.regex(#"(解除(?:封控|管控)?|解封)[。;；]?$"#), String(c).trimmingTrailing(" ").firstMatch(of: re) != nil
    else { return nil }
    let start =
      mentions.first { $0.role == .start || $0.role == .point && $0.hasDay }
      ?? (["同步", "同时", "同日"].contains(where: { String(c).contains($0) }) ? sameTime : nil)
    guard
      var z = zoneItem(
        s, 0..<level.range.lowerBound, action: ZoneListAction(type: .zoneLifted), start: start, end: nil, published: published, inherited: nil,
        proposed: &proposed)
    else { return nil }
    z.quote = String(s.original)
    return [z]
  }

  /// "解除金水区…小区封控管理措施", "对…小区解除管控", "解除A小区、B新村中风险区管控措施": a lift whose verb comes
  /// before the place.
  /// Zones whose control is revoked or stopped (`撤销A街道、B街道防范区`, `A社区、B社区不再实行管控措施`): each place is
  /// lifted from the level named (or the control stopped: 封控 → sealed, 管控 → controlled).
  func controlStopped(
    _ s: BriefingText.Piece, mentions: [TimeMention], published: Timestamp, district: String?, sameTime: TimeMention?,
    proposed: inout ProposedCatalogue
  ) -> [Candidate]? {
    // (A sentence that also moves zones to a level is read part by part by the general reading.)
    if ["调整为", "降为", "升为", "划定为", "划为", "列为"].contains(where: { s.text.contains($0) }) { return nil }
    // ("…B村高风险区同步撤销" after a sentence with its time: that time.)
    let start =
      mentions.first { $0.role == .start || $0.role == .point && $0.hasDay }
      ?? (["同步", "同时", "同日"].contains(where: { s.text.contains($0) }) ? sameTime : nil)
    var out: [Candidate] = []
    var current = district.map { PlaceHit(key: $0, zh: "", range: 0..<0) }
    // ("解除A小区2号楼高风险区；B村高风险区同步撤销": each part its places.)
    for part in BriefingText.split(s, at: ";；", keepClosingQuote: false) {
      let t = String(s.original[part])
      let revoked =
        t.firstMatch(of: #/(?:撤销|撤除)([^,，。;；：:]{3,60}?)(防范区|管控区|封控区|[高中低]风险(?:地)?区)/#)
        // "B村高风险区同步撤销": the place, its level, then the verb.
        ?? t.firstMatch(of: #/(?:^|[,，：:])([^,，。;；：:]{3,60}?)(防范区|管控区|封控区|[高中低]风险(?:地)?区)(?:同步|同时|一并|予以)?(?:撤销|解除)/#)
        // "解除A小区2号楼高风险区": a lift that names the level, not the control.
        ?? t.firstMatch(of: #/解除([^,，。;；：:]{3,60}?)(防范区|管控区|封控区|[高中低]风险(?:地)?区)(?=$|[,，。;；])/#)
      let stopped = t.firstMatch(
        of: #/(?:^|[,，：:])([^,，。;；：:]{3,60}?)(?:不再实行|不再执行|停止实行|停止执行)(封控|管控|防范区)(?:管理)?(?:措施)?/#)
      guard let m = revoked.map({ ($0.output.1, $0.output.2) }) ?? stopped.map({ ($0.output.1, $0.output.2) }) else { continue }
      let lo = part.lowerBound + t.distance(from: t.startIndex, to: m.0.startIndex)
      let hi = part.lowerBound + t.distance(from: t.startIndex, to: m.0.endIndex)
      let words = String(m.1)
      let level =
        vocabulary.zoneLevels.find(in: Array(words)).first?.value ?? (words == "封控" ? "sealed" : words == "管控" ? "controlled" : nil)
      var items: [Candidate] = []
      for r in BriefingText.split(s.slice(lo..<hi), at: "、", keepClosingQuote: false) {
        let rr = (lo + r.lowerBound)..<(lo + r.upperBound)
        // Every item must be a place ("两街道自6月4日0时起" names none).
        guard Drafter.looksLikePlace(String(s.original[rr]).trimmingTrailing("、")),
          var z = zoneItem(
            s, rr, action: ZoneListAction(type: .zoneLifted, level: level), start: start, end: nil, published: published, inherited: current,
            proposed: &proposed)
        else {
          items = []
          break
        }
        if let d = z.subject.dropFirst(5).split(separator: "/").first { current = PlaceHit(key: String(d), zh: "", range: 0..<0) }
        z.quote = String(s.original)
        items.append(z)
      }
      out += items
    }
    return out.isEmpty ? nil : out
  }

  func verbFirstLift(
    _ s: BriefingText.Piece, mentions: [TimeMention], published: Timestamp, district: String?, proposed: inout ProposedCatalogue
  ) -> [Candidate]? {
    let t = s.text
    guard let re = DraftPatterns.regex(#"解除([^,，。;；]{4,40}?)的?(?:[高中低]风险(?:地)?区)?(封控|管控|封闭)(管理|管控)?(措施)?"#), let m = t.firstMatch(of: re),
      let placeRange = m.output[1].range
    else { return nil }
    let lo = t.distance(from: t.startIndex, to: placeRange.lowerBound)
    let hi = lo + t[placeRange].count
    let place = String(t[placeRange])
    guard Drafter.placeSuffixes.contains(where: { place.hasSuffix($0) }) else { return nil }
    let start = mentions.first { $0.role == .start || $0.role == .point && $0.hasDay }
    // "解除…封控管理，调整为低风险区": the zone moves to the level named right after, so it is re-graded, not lifted.
    var action = ZoneListAction(type: .zoneLifted)
    let liftEnd = t.distance(from: t.startIndex, to: m.range.upperBound)
    if let to = vocabulary.zoneLevels.find(in: s.normalized).first(where: { $0.range.lowerBound >= liftEnd }),
      to.range.lowerBound - liftEnd <= 6,
      ["调整为", "降为", "转为"].contains(where: { String(s.normalized[liftEnd..<to.range.lowerBound]).contains($0) })
    {
      action = ZoneListAction(type: .zoneRegraded, level: to.value, fromLevel: m.output[2].substring == "管控" ? "controlled" : "sealed")
    }
    var out: [Candidate] = []
    // ("解除A社区B小区、C村高风险区管控" in a county's notice: places without their county are in it.)
    let items = BriefingText.split(s.slice(lo..<hi), at: "、", keepClosingQuote: false, keepBrackets: true)
    var current = district.map { PlaceHit(key: $0, zh: "", range: 0..<0) }
    for r in items {
      let rr = (lo + r.lowerBound)..<(lo + r.upperBound)
      if var z = zoneItem(
        s, rr, action: action, start: start, end: nil, published: published, inherited: current, proposed: &proposed)
      {
        if let d = z.subject.dropFirst(5).split(separator: "/").first { current = PlaceHit(key: String(d), zh: "", range: 0..<0) }
        z.quote = String(s.original)
        out.append(z)
      }
    }
    return out.isEmpty ? nil : out
  }
}
