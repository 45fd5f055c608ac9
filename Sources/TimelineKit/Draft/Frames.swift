/// A numbered section mark at the start of a paragraph: `一、` (rank 1), `（二）` (rank 2), `1.` / `1、` / `（1）` / `①` (rank 3).
struct SectionMark: Sendable, Hashable {
  /// 1 for `一、`, 2 for `（一）`, 3 for `1.`; a smaller rank is a larger section.
  var rank: Int
  /// Characters the mark takes at the start of the paragraph.
  var length: Int

  static let hanDigits: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

  /// The mark at the start of normalised characters, if any.
  static func at(_ c: [Character]) -> SectionMark? {
    guard let first = c.first else { return nil }
    // "①…", "②…": circled numbers mark items, as 1. does.
    if ("①"..."⑳").contains(first), c.count > 1 { return SectionMark(rank: 3, length: 1) }
    // "第一　解除封控区域", "第二、…": a section by its ordinal (not "第一轮", "第一时间").
    if first == "第" {
      let han = c.dropFirst().prefix { hanDigits.contains($0) }
      if !han.isEmpty, han.count <= 3, 1 + han.count < c.count, "、　 ：:".contains(c[1 + han.count]) {
        return SectionMark(rank: 1, length: 2 + han.count)
      }
      // "第三　以下场所暂不开放": a heading by its ordinal alone (the space after it is folded away), unless the ordinal
      // counts something ("第一批…", "第二轮…", "第三方…").
      if !han.isEmpty, han.count <= 2, 1 + han.count < c.count, c.count <= 24, !c.contains(where: { "，,。；;".contains($0) }),
        !"批轮剂次针方期阶类个天日周名位届条章节部款项号".contains(c[1 + han.count]), !String(c).hasPrefix("第一时间")
      {
        return SectionMark(rank: 1, length: 1 + han.count)
      }
      // "第一件事，村里设卡。…": an item of a spoken script by its ordinal.
      if !han.isEmpty, han.count <= 2, 3 + han.count < c.count, c[1 + han.count] == "件", c[2 + han.count] == "事",
        "，,、：: 　".contains(c[3 + han.count])
      {
        return SectionMark(rank: 1, length: 4 + han.count)
      }
      // "第三条  三天三检。…", "第二条：…": an article, with the spaces or the mark after it.
      if !han.isEmpty, han.count <= 3, 1 + han.count < c.count, c[1 + han.count] == "条" {
        var n = 2 + han.count
        while n < c.count, "、　 ：:".contains(c[n]) { n += 1 }
        if n < c.count { return SectionMark(rank: 1, length: n) }
      }
    }
    var i = 0
    if first == "(" || first == "（" {
      i = 1
      let digits = c.dropFirst().prefix { hanDigits.contains($0) || $0.isASCII && $0.isNumber }
      guard !digits.isEmpty, digits.count <= 3, 1 + digits.count < c.count, c[1 + digits.count] == ")" || c[1 + digits.count] == "）" else {
        return nil
      }
      let han = digits.allSatisfy { hanDigits.contains($0) }
      return SectionMark(rank: han ? 2 : 3, length: 2 + digits.count)
    }
    let han = c.prefix { hanDigits.contains($0) }
    if !han.isEmpty, han.count <= 3, han.count < c.count, c[han.count] == "、" { return SectionMark(rank: 1, length: han.count + 1) }
    let arabic = c.prefix { $0.isASCII && $0.isNumber }
    i = arabic.count
    // "1.6月13日" is item 1 followed by a date; "1.5万人" would be a decimal, but a paragraph never opens with a figure.
    if i > 0, i <= 2, i < c.count - 1, c[i] == "." || c[i] == "、" || c[i] == "．", !(c[i + 1] == "%") {
      return SectionMark(rank: 3, length: i + 1)
    }
    return nil
  }
}

/// What a heading, a numbered section or a field label set for the paragraphs under it.
struct Frame: Sendable {
  var rank: Int
  /// The section's words (a heading or the first clause of a numbered section), normalised.
  var title: String = ""
  /// A zone level the section is about (`二、管控区：…`), as a zone level key.
  var zoneLevel: String?
  /// A district the section is about (a heading `（一）金水区`), for items that leave it out.
  var district: Drafter.PlaceHit?
  /// The start and end a section's opening sentence set for its items (`自9月14日零时起，以下区域解除封控：`).
  var start: TimeMention?
  var end: TimeMention?
  /// What a list introduced by `以下区域…：` does to each item: designate (with a level), lift, or regrade.
  var listAction: ZoneListAction?
  /// What a lead-in naming places one by one (`下列市场暂停营业：`) does to each item under it.
  var ruleList: Drafter.RuleListAction?
  /// The index of the testing round the section's field labels (`采样时间：`) fill in, among the candidates.
  var round: Int?
  /// For a lead-in's frame, the rank of the section it stands in (a section of that rank or higher closes it).
  var leadInOf: Int?
  /// Whether the frame is a list's heading without a colon (`【新增中风险区】`): the first paragraph that is no item of
  /// the list closes it.
  var headedList = false
  /// Whether a heading in the body without a number opened the frame (`【第七条 仍须坚持的防控措施】`,
  /// `【第一阶段】6月3日0时至6月5日24时`): the next heading closes it.
  var openedByHeading = false
  /// Whether only bulleted or numbered items stand under the frame (`自9月7日0时起，全县（…除外）：` then `✅…` lines):
  /// the first paragraph that is neither closes it.
  var itemsOnly = false
  /// Whether the frame's heading says the rules under it go on (`仍须坚持的防控措施`): they are restatements.
  var goesOn = false
  /// Whether the frame is a notice's dated lead-in to its adjustments (`自11月4日首班车起，…作如下调整：`): what it says
  /// goes on (`乘客仍须…`) is no adjustment and keeps the publication's time.
  var datesAdjustments = false
}

/// What each item of a zone list gets.
struct ZoneListAction: Sendable {
  var type: EventType
  var level: String?
  var fromLevel: String?
  /// The heading's words for the level ("中风险地区"), shown in each item's reading.
  var levelWords: String?
}

/// The stack of frames: a numbered section pushes one and the next section of the same or a higher rank pops it.
struct FrameStack: Sendable {
  /// Whether a line or a frame's title is only a back-reference to a period (`其间：`, `在此期间：`): the items under it
  /// hold for the period of the sentence before.
  static func isDuringLine(_ title: String) -> Bool { ["其间", "在此期间", "此期间"].contains(title.trimmingTrailing(" ：:")) }

  /// Rank 0: the whole notice (its opening period, for `其间` / `管控期间`).
  var frames: [Frame] = [Frame(rank: 0)]
  /// The rank of a lead-in's frame (`静默管理期间，有关事项告知如下：`): below every numbered section, so the next one
  /// closes it.
  static let leadInRank = 9

  /// Opens a section of `rank`, closing the open sections of the same or a lower rank (a larger number). A lead-in's
  /// frame closes with the section it stands in, not with the numbered items under it.
  mutating func open(rank: Int, title: String) {
    while let last = frames.last, (last.leadInOf ?? last.rank) >= rank, frames.count > 1 { frames.removeLast() }
    frames.append(Frame(rank: rank, title: title))
  }

  /// Opens the frame of a lead-in (`封控期间，…具体如下：`) inside the current section: its items, numbered or not, stay
  /// in it until the next section of the current one's rank.
  mutating func openLeadIn(title: String) {
    let parent = top.rank
    frames.append(Frame(rank: FrameStack.leadInRank, title: title))
    frames[frames.count - 1].leadInOf = parent
  }

  /// Opens the frame of a zone list's heading (`【解除中风险区管控】（2个）`), closing the list before it and its items.
  mutating func openHeadedList(_ action: ZoneListAction) {
    closeHeadedList()
    openLeadIn(title: "")
    top.listAction = action
    top.headedList = true
  }

  /// Opens the frame of a heading in the body that dates the rules under it (`【第一阶段】6月3日0时至6月5日24时`,
  /// `第二阶段（…起）：`), closing the heading's frame before it: the next such heading closes it.
  mutating func openDatedHeading(title: String, start: TimeMention, end: TimeMention?) {
    closeDatedHeading()
    openLeadIn(title: title)
    top.openedByHeading = true
    top.start = start
    top.end = end
  }

  /// Closes the frame a heading opened (a dated stage's) and what is under it, if one is open.
  mutating func closeDatedHeading() {
    if let i = frames.lastIndex(where: \.openedByHeading), i > 0 { frames.removeSubrange(i...) }
  }

  /// Closes a zone list's heading and the items under it, if one is open.
  mutating func closeHeadedList() {
    if let i = frames.lastIndex(where: \.headedList), i > 0 { frames.removeSubrange(i...) }
  }

  var top: Frame {
    get { frames[frames.count - 1] }
    set { frames[frames.count - 1] = newValue }
  }

  var notice: Frame {
    get { frames[0] }
    set { frames[0] = newValue }
  }

  /// The innermost zone level any open section names.
  var zoneLevel: String? { frames.reversed().lazy.compactMap(\.zoneLevel).first }
  /// What a lead-in inside a level's section does to its places (`三、低风险区` then `（一）以下区域由中风险区降为低风险区：`):
  /// the lead-in's own action, when it stands no further out than the heading's level.
  var leadInWithinLevel: ZoneListAction? {
    guard let lead = frames.lastIndex(where: { $0.listAction != nil }), let level = frames.lastIndex(where: { $0.zoneLevel != nil }),
      lead >= level
    else { return nil }
    return frames[lead].listAction
  }
  /// The innermost district a section names.
  var district: Drafter.PlaceHit? { frames.reversed().lazy.compactMap(\.district).first }
  /// The innermost lead-in of a list of places a rule names.
  var ruleList: Drafter.RuleListAction? { frames.reversed().lazy.compactMap(\.ruleList).first }
  /// The innermost list action.
  var listAction: ZoneListAction? { frames.reversed().lazy.compactMap(\.listAction).first }
  /// The innermost start time (a notice's opening period counts only for `其间`, not here).
  var start: TimeMention? { frames.dropFirst().reversed().lazy.compactMap(\.start).first }
  var end: TimeMention? { frames.dropFirst().reversed().lazy.compactMap(\.end).first }
  /// When the zones of a list take effect: its section's start, its lead-in's, else the notice's.
  var listFrom: TimeMention? { start ?? listStart ?? notice.start }
  /// The end of the zones a list designates: its section's, or the notice's when the list runs from the notice's start
  /// (`自9月4日0时起，对以下区域实施为期7天的封控管理（至9月10日24时）`).
  var listEnd: TimeMention? { (start ?? listStart) == nil ? end ?? notice.end : end }
  /// The innermost testing round a field label fills in.
  var round: Int? { frames.reversed().lazy.compactMap(\.round).first }
  /// Whether the notice marks each rule of its period with a paragraph opening `其间` / `管控期间`: then an unmarked
  /// rule holds from publication, not from the period's start.
  var marksPeriodRules = false
  /// The back-references that open a paragraph of a notice that marks its period's rules one by one.
  static let periodMarks = ["其间", "期间", "管控期间", "封控期间", "此期间", "上述期间", "静默期间", "在此期间", "延长期间"]

  /// Whether words that open a sentence point back to the notice's period: the marks above, or the name of the order
  /// and 期间 (`静态管理期间`, `临时管控期间`, `交通管制期间`); `疫情期间`, `采样期间` or `闭环管理期间` do not.
  static func opensWithPeriodMark(_ opening: String) -> Bool {
    // ("▲封闭管理期间，…": a bullet opens nothing.)
    let opening = BriefingText.droppingBullets(opening)
    if periodMarks.contains(where: { opening.hasPrefix($0) || opening.hasPrefix("在" + $0) }) { return true }
    // Said aloud: "这7天里，看病的…先给村委会打电话" is the order's period counted in days.
    if opening.firstMatch(of: #/^这[0-9一二两三四五六七八九十几]{1,2}天(?:里|内|中|时间里)?[,，]/#) != nil { return true }
    return opensWithOrderPeriod(opening)
  }

  /// Whether words open with the name of the order and 期间 (`静默管理期间`): unlike a bare 其间, which inside a
  /// sentence points at that sentence's own period, they name the notice's wherever they stand.
  static func opensWithOrderPeriod(_ opening: String) -> Bool {
    let opening = BriefingText.droppingBullets(opening)
    // The orders a notice imposes for a period; 闭环管理期间 is the closed loop's own time, not the notice's.
    guard let re = DraftPatterns.regex(#"^在?(?:全域|全区|全市)?(?:静态管理|静默管理|临时性?管控|交通管控|交通管制|封闭管理|封控管理|管理)期间"#) else { return false }
    return opening.firstMatch(of: re) != nil
  }
  /// Whether words run a rule until the order ends (`…暂停营业至静态管理结束`, `直至封控解除`): the end of the notice's
  /// period, which the sentence does not spell out.
  static func endsWithTheOrder(_ text: String) -> Bool {
    guard
      let re = DraftPatterns.regex(
        #"(?:至|直到|直至)(?:本轮|本次|全域|全区|全市)?(?:静态管理|静默管理|临时性?管控|交通管控|交通管制|封闭管理|封控管理|封控|管控)(?:期|期限)?(?:结束|届满|期满|解除)"#
      )
    else { return false }
    return text.firstMatch(of: re) != nil
  }

  /// The district or county whose command issued the notice, named by its heading (`郑州市中原区…指挥部`): what a rule
  /// or figure that names no place of its own is about.
  var issuer: Drafter.PlaceHit?
  /// The district whose command the body last said issued a notice (`二七区疫情防控指挥部发布…通告`, in a post or a
  /// report that relays it): the district of listed places that name none, when no heading named an issuer. Only
  /// places take it: a roundup relays several districts' notices, and its rules and figures name their own.
  var relayedIssuer: Drafter.PlaceHit?
  /// The district a listed place that names none is in: its section's, the issuer's, or the relayed notice's.
  var placeDistrict: Drafter.PlaceHit? { district ?? issuer ?? relayedIssuer }
  /// The start a lead-in gave the zone items under it (`自…起，对以下区域风险等级进行调整：`), until the next heading.
  var listStart: TimeMention?
  /// Whether the notice's opening designates zones from its start ("决定自…起，将以下区域划定为…"): then the rules
  /// of each zone type hold from that start too.
  var designatesZones = false
  /// When the notice says its rules take effect (`本通告自11月1日零时起施行`), if not on publication.
  var inForceFrom: TimeMention?
  /// The name a notice's order gives the area it covers (`以下简称“静默区域”`): an item about that area holds for the
  /// order's period even where the notice marks its period's rules one by one.
  var orderArea: String?
  /// Whether the notice's period is that of an order it imposes (`…实行全封闭管理，暂定至11月10日24时`), not of a
  /// round or a schedule: then its bulleted measures hold for it too.
  var periodOfAnOrder = false
  /// The end of the order a notice earlier on the same page set (a second notice may extend it).
  var previousOrderEnd: TimeMention?
  /// Whether a numbered section (`一、`, `（二）`, `1.`) is open.
  var inNumberedSection: Bool { frames.contains { $0.rank >= 1 } }
  /// All open titles, outermost first.
  var titles: String { frames.map(\.title).joined(separator: " ") }
}
