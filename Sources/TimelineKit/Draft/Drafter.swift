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
/// Reads paragraph by paragraph with general patterns of the notices' language, not with the catalogue's
/// phrases: a ``FrameStack`` carries what headings, numbered sections and field labels set (a zone level, a
/// list's action, a round's fields, the notice's period); zone lists and designations (`ZoneLists`,
/// `Drafter+Zones`); testing rounds (`Drafter+Testing`); figures composed from their parts (`FigureParts`); and
/// rules by ``VerbClass``, their subjects found in the catalogue or proposed (`OpenSubjects`, ``ProposedCatalogue``).
/// Every quote is a slice of the folded text and is checked with ``SourceText/contains(quote:)`` before it is kept.
///
/// ## Topics
/// - ``init(catalogue:knownSubjects:knownFigures:recentSubjects:)``, ``draft(text:source:published:)``, ``figureKey(subject:data:)``
public struct Drafter: Sendable {
  public let vocabulary: DraftVocabulary
  /// Subjects that already have events in earlier logs: a rule on one of them is an amendment.
  public let knownSubjects: Set<String>

  /// Figures earlier logs reported, as ``figureKey(subject:data:)``: the same figure again is no new event.
  public let knownFigures: Set<String>
  /// Subjects stated in the week before publication: the same rule again, undated and unchanged, is a restatement.
  public let recentSubjects: Set<String>

  /// A drafter over a catalogue and what earlier logs hold.
  /// - Parameters:
  ///   - catalogue: the subjects the drafts may use (others are proposed).
  ///   - knownSubjects: subjects with events in earlier logs (a rule on one is an amendment).
  ///   - knownFigures: figures earlier logs reported (``figureKey(subject:data:)``); a repeat is not drafted.
  ///   - recentSubjects: the known subjects stated in the week before publication: a rule on one with no date or
  ///     change of its own is a restatement.
  public init(catalogue: Catalogue, knownSubjects: Set<String> = [], knownFigures: Set<String> = [], recentSubjects: Set<String> = []) {
    self.vocabulary = DraftVocabulary(catalogue: catalogue)
    self.knownSubjects = knownSubjects
    self.knownFigures = knownFigures
    self.recentSubjects = recentSubjects
  }

  /// A figure's identity across logs: its subject, its value as a number and its unit (`metric:…@city|90|家`).
  /// - Returns: nil when the data has no numeric value.
  public static func figureKey(subject: String, data: JSONObject) -> String? {
    guard case .number(let v)? = data["value"], let x = Double(v) else { return nil }
    var unit = ""
    if case .string(let u)? = data["unit"] { unit = u }
    return "\(subject)|\(x)|\(unit)"
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
    /// What the drafter read the subject as (a label and a place), for the reviewer.
    var reading: String? = nil
    /// Whether a numbered section of the notice stated the rule: each of its items is a rule of its own.
    var inNumberedItem = false

    /// Gives a round drafted without hours the hours a later line states: its sampling start, and its end (none
    /// when the line gives none).
    mutating func takeRoundHours(start: Timestamp, end: Timestamp?, guess: String) {
      effective = start
      data["sampling_start"] = .string(start.iso8601)
      until = end
      data["sampling_end"] = end.map { .string($0.iso8601) }
      guesses.append(guess)
    }
    /// What makes two candidates the same event: its type, subject and time. A rule under a proposed subject is also
    /// its sentence: the subject is only the object's words ("全市农贸市场暂停活禽交易" after "农贸市场实行“单进单出”" is
    /// a second rule on the markets, at the same time), while sentences that restate one catalogued rule are one event.
    var dedupeKey: String {
      let base = "\(type.rawValue)|\(subject)|\(effective.iso8601)|\(until?.iso8601 ?? "")|\(data["value"].map { "\($0)" } ?? "")"
      // ("封控区…，每日开展1次核酸检测；管控区…，每2天开展1次核酸检测": the same words for two zone types are two rules.)
      let zones = data["scope"]?.stringValue.flatMap { $0.hasPrefix("zones:") ? "|" + $0 : nil } ?? ""
      return type.rawValue.hasPrefix("measure.") && (subject.contains(".p-") || inNumberedItem) ? base + "|" + quote + zones : base
    }
  }

  /// Drafts the events of a briefing.
  ///
  /// - Parameters:
  ///   - text: the briefing as printed (UTF-8 decoded).
  ///   - source: the log name (`2022-01-11_press-conference-29`); ids are `<source>-d001`, ….
  ///   - published: the publication time; every draft's `recorded`.
  /// - Returns: the drafts (the first is `briefing.published`), notes, and the catalogue entries the drafts need.
  public func draft(text: String, source: String, published: Timestamp) -> DraftResult {
    let bt = BriefingText(text)
    let check = SourceText(Array(text.utf8))
    var notes: [String] = []
    var candidates: [Candidate] = []
    var proposed = ProposedCatalogue()
    let issued = published.cityTime
    // A notice reprinted in the briefing that takes effect on its own publication is dated by its signature.
    let signed = Drafter.signedNoticeDates(bt)
    let relayed = Drafter.relayedConference(bt, published: issued)
    var frames = FrameStack()
    // "本通告自11月1日零时起施行": when the notice's undated rules take effect.
    frames.inForceFrom = Drafter.inForceFrom(bt, published: issued)
    frames.designatesZones = bt.paragraphs.prefix(8).contains { p in
      SectionMark.at(p.normalized) == nil && ["划定为", "划为"].contains(where: { p.text.contains($0) })
        && !vocabulary.zoneLevels.find(in: p.normalized).isEmpty
    }
    // "自11月3日0时起，对以下区域风险等级进行调整。现通告如下：": the opening dates the zones its items list.
    let zonesFromOpening = bt.paragraphs.prefix(8).contains { p in
      SectionMark.at(p.normalized) == nil && ["以下区域", "下列区域"].contains(where: { p.text.contains($0) })
        && ["调整", "划定", "划为", "解除"].contains(where: { p.text.contains($0) })
    }
    // "自9月17日20时起，对以下区域实施分级管控：" then sections headed by levels: the notice designates zones.
    if !frames.designatesZones {
      frames.designatesZones = bt.paragraphs.prefix(8).contains { p in
        SectionMark.at(p.normalized) == nil && ["以下区域", "下列区域"].contains(where: { p.text.contains($0) })
          && ["实施", "实行"].contains(where: { p.text.contains($0) }) && ["管控", "管理"].contains(where: { p.text.contains($0) })
          // "自9月9日10时起，划定以下风险区域：".
          || SectionMark.at(p.normalized) == nil && ["划定以下", "划定下列", "划分以下"].contains(where: { p.text.contains($0) })
      }
    }
    // A notice marks its period's rules one by one when two or more of its paragraphs open with 其间 / 管控期间; one
    // such item alone ("一、管控期间，居民原则上居家…") leaves the other numbered items to the period too.
    frames.marksPeriodRules =
      bt.paragraphs.filter { p in
        let c = SectionMark.at(p.normalized).map { Array(p.normalized.dropFirst($0.length)) } ?? p.normalized
        return FrameStack.opensWithPeriodMark(String(c.prefix(12)))
      }.count >= 2
    var memory = RuleMemory()
    // How many candidates `memory.lastZones` has looked at.
    var zonesSeen = 0
    var figureMemory = FigureMemory()
    var sectionSeen = false
    // The last district named: a zone item without one is in it (kept across paragraphs of a hard-wrapped page).
    var lastDistrict: String?
    // The last day a paragraph named, for 当日 / 当天 / 同日 in a later one.
    var earlierDay: Timestamp?
    // The last year the text wrote out.
    var yearNamed: Int?
    // The first day the sentence before named: what a sentence opening with 其中 is about.
    var previousDay: TimeMention?
    // The day of a paragraph that announces a list ("10月16日…。按区县分布如下："): its items' figures count that day.
    var announcerDay: TimeMention?
    // Whether a paragraph of the body has been read: headings after it name no issuer.
    var bodySeen = false
    /// The round a notice opens with when it gives no time ("…决定，在全市开展第三轮全员核酸检测。现将有关事项通告如下："):
    /// the words its time section names the round by.
    var openingRound: String?
    // Inside a post's recap ("划重点👇" then "▶…" lines): its items repeat the body.
    var inRecap = false
    // The terms the notice set for its zones ("封控区、管控区的管控期限暂定至…").
    var terms: [ZoneTerm] = []

    candidates.append(briefingEvent(bt, source: source, published: issued))
    // The start a heading or a lead-in gives its items; "二、同日起，对以下区域…：" is the moment of the sentence before.
    func leadStart(_ chars: [Character], published: Timestamp) -> TimeMention? {
      if String(chars).hasPrefix("同日"), var l = memory.lastStart, l.hasDay {
        l.role = .start
        l.range = 0..<0
        l.guesses.append("同日: the moment of the sentence before")
        return l
      }
      return TimeScanner.firstStart(in: chars, published: published)
    }

    // A lead-in that ends a paragraph after other sentences: its frame opens before the next paragraph.
    var deferredLeadIn: String?
    // Whether the paragraph before was a numbered heading alone ("一、公园景区"): the paragraph under it is its item.
    var afterHeading = false
    // How many candidates the paragraphs before each one drafted (what "以上措施…" stands below).
    var draftedBefore: [Int] = []
    for (index, para0) in bt.paragraphs.enumerated() {
      draftedBefore.append(candidates.count)
      if let title = deferredLeadIn {
        frames.openLeadIn(title: title)
        deferredLeadIn = nil
      }
      // A notice signed on the day it is published takes the publication's time; one reprinted later, its signature's day.
      let pub = signed[index].map { $0.dateString == issued.dateString ? issued : min($0, issued) } ?? issued
      var para = para0
      let underHeading = afterHeading
      afterHeading = false
      // "1     馨雅苑小区      3号楼、5号楼" under a zone list's heading: a table's row, numbered by its first cell.
      let tableRow = frames.zoneLevel != nil || frames.listAction != nil ? para0.rowNumber : nil
      if let n = tableRow {
        frames.open(rank: 3, title: "")
        para = para.slice(n..<para.normalized.count)
      }
      if tableRow == nil, let mark = SectionMark.at(para.normalized) {
        let title = Array(para.normalized.dropFirst(mark.length))
        if mark.rank <= 2 { frames.listStart = nil }
        frames.open(rank: mark.rank, title: String(title))
        para = para.slice(mark.length..<para.normalized.count)
        // "第三条  三天三检。同日起，…": a topic of a few words before the article's text is its title, no rule.
        if let stop = title.prefix(9).firstIndex(where: { "。.".contains($0) }), stop >= 2, stop + 1 < title.count,
          !title[..<stop].contains(where: { "，,；;：:".contains($0) || $0.isNumber })
        {
          frames.top.title = String(title[..<stop])
          para = para.slice((stop + 1)..<para.normalized.count)
        }
        sectionSeen = true
        afterHeading = (2...12).contains(title.count) && title.allSatisfy(Drafter.isHan)
        // "一、第一阶段（10月21日起）", "四、解除中风险区管控（2个，自11月3日0时起）": a short heading's start holds for
        // the items under it (a comma inside its brackets is no clause of its own).
        let unbracketed = Drafter.outsideBrackets(title)
        if title.count <= 30, !unbracketed.contains(where: { "，,。；;".contains($0) }) {
          if let st = leadStart(title, published: issued) { frames.top.start = st }
          // "三、解除高风险区管控（2个）": a heading that lifts or re-grades zones does so to each place listed under it.
          if !unbracketed.contains(where: { ":：".contains($0) }), let action = listAction(unbracketed) {
            frames.top.listAction = action
            continue
          }
        }
      }
      guard !para.normalized.isEmpty, !para0.isTitle else { continue }
      // "中牟县融媒体中心 2022-09-06 17:30", "金水发布 2022-11-21 19:00": a post's byline names the account that posted
      // it; a district's account is the issuer of what the post lists.
      if !bodySeen, BriefingText.isByline(para.normalized) {
        if frames.issuer == nil, let d = soleDistrict(in: para.normalized, proposed: proposed) ?? accountDistrict(para.normalized) {
          frames.issuer = d
        }
        continue
      }
      let ptext = para.text
      // "划重点👇", "要点速览": a post's recap of what the body said; its bulleted lines are no events of their own.
      if Drafter.opensRecap(ptext) {
        inRecap = true
        continue
      }
      if inRecap {
        if let first = para0.normalized.first, BriefingText.bullets.contains(first) || SectionMark.at(para0.normalized) != nil { continue }
        inRecap = false
      }
      // "2｜西沟村、石碾村｜峪口镇｜管控区": a row of a table written with bars, one of its cells a zone level: its
      // places are zones of that level (the header row, "序号｜区域名称｜…｜管控类别", names none).
      if let zs = pipeTableRow(para, frames: frames, published: pub, proposed: &proposed) {
        candidates += zs
        continue
      }
      // "青槐街道" on its line, then its places set in under it: the street heads them and is no zone of its own.
      if frames.zoneLevel != nil || frames.listAction != nil, !para0.indented, bt.paragraphs.indices.contains(index + 1),
        bt.paragraphs[index + 1].indented, Drafter.namesStreet(String(ptext.trimmingTrailing("：: ")))
      {
        continue
      }
      // A heading without a clause mark only names what follows (a headline repeats a body fact).
      // A short line under a level's heading that names a place is an item of its list, not a heading.
      // ("▲第一轮区域核酸检测：10月10日（星期一）7:00-12:00": a round's line, bulleted, is no subhead; it times its round.)
      let roundLine =
        DraftPatterns.regex(#"^第([一二三四五六七八九十0-9]+)轮[^：:，,。；;]{0,10}[：:]"#).map {
          BriefingText.droppingBullets(ptext).firstMatch(of: $0) != nil
        } ?? false
      let listItem =
        roundLine
        || (frames.zoneLevel != nil || frames.listAction != nil)
          && Drafter.looksLikePlace(BriefingText.droppingBullets(ptext).trimmingTrailing("；;。，, "))
          && headingLevel(para.normalized) == nil
      if para.isHeading && para0.original.first != "■" && !ptext.contains(where: { ",，:：".contains($0) }) && !listItem
        // "■…" and "▲来（返）郑人员：落地检调整为…" (a roundup's subheads) without a closing mark are headlines;
        // "■影剧院、网吧暂不开放。" with one is an item.
        // ("■柳湾路街道：春和苑小区、澜庭家园" under 【封控区】 is an item of its list.)
        || para0.original.first == "■" && !listItem && !"。；;".contains(String(para0.original).trimmingTrailing(" ").last ?? " ")
        || para0.original.first == "▲" && !listItem && !"。；;：:".contains(String(para0.original).trimmingTrailing(" ").last ?? " ")
          && !ptext.contains(where: { ",，".contains($0) })
      {
        // "▲某某指挥部通告（第33号）" after a body: a second notice in the text, with its own period and sections.
        // (So is a heading that is only the kind of notice or its number, "通  告" then "（第24号）", after a body.)
        let bare = String(ptext.filter { !" \u{3000}".contains($0) })
        if bodySeen,
          (DraftPatterns.regex(#"(通告|通知|公告)[^。]{0,4}(第[0-9一二三四五六七八九十]+号|〔[0-9]{4}〕)"#)).map({ ptext.firstMatch(of: $0) != nil }) == true
            || (DraftPatterns.regex(#"^(?:[（(]?第[0-9一二三四五六七八九十]+号[）)]?|通告|通知|公告)$"#)).map({ bare.firstMatch(of: $0) != nil }) == true
        {
          // (What the notice before ordered ends where the new one may extend it; the issuer a bare heading does not
          // name again is the one before.)
          let before = frames
          frames = FrameStack()
          frames.previousOrderEnd = before.notice.end
          if bare.count <= 8 { frames.issuer = before.issuer }
          bodySeen = false
        }
        // A heading after a list's numbered items (or a table's rows) closes them, and the heading before it.
        while frames.top.rank == 3, frames.frames.count > 1 { frames.frames.removeLast() }
        // ("自9月6日18时起：" then "📍以下区域解除封控：": a list's lead-in without a time of its own stands under the
        // dated line before it, which dates its places.)
        let headedAction = headingListAction(para.normalized)
        let undatedListLead =
          (headedAction != nil || ["以下", "下列"].contains(where: { ptext.contains($0) }) && listAction(para.normalized) != nil)
          && TimeScanner.firstStart(in: para.normalized, published: pub) == nil
        if !undatedListLead { frames.closeDatedHeading() }
        // "【采样时间】" then "7月13日7:00—19:00": a round's field set as a heading of its own; the line under it times
        // the round the notice opened with, until the next heading.
        let field = String(ptext.filter { !"【】[]".contains($0) })
        if bodySeen, field.count <= 8, ["采样时间", "检测时间"].contains(where: { field.hasSuffix($0) }) {
          frames.openLeadIn(title: field)
          frames.top.openedByHeading = true
          continue
        }
        let levelHeading = headingLevel(para.normalized)
        if let levelHeading { frames.top.zoneLevel = levelHeading }
        // "【新增中风险区】（5个）", "▲今日解除高风险区（6个）": a heading that says what happens to the places listed
        // under it, until a sentence that is no item ends the list (the lead-in's start before it still holds).
        if let action = headedAction {
          // ("二、新增高风险区": a numbered section's own heading names it for its section.)
          if SectionMark.at(para0.normalized) != nil { frames.top.listAction = action } else { frames.openHeadedList(action) }
          continue
        }
        // ("【封控区】" between a lead-in's "将以下区域划定为…" and its places is a part of that list: its start holds.)
        // ("通告主要内容如下👇" only announces what follows.)
        if levelHeading == nil, !String(ptext.filter(Drafter.isHan)).hasSuffix("如下") { frames.listStart = nil }
        // "【第七条 仍须坚持的防控措施】": a heading in the body that says the rules under it go on, until the next heading.
        // (Not "三、解封后仍须落实的措施": what holds after a lift starts then; nor a page's "■…仍需坚持做好个人防护".)
        if bodySeen, SectionMark.at(para0.normalized) == nil, !"■▲".contains(para0.original.first ?? " "),
          ["继续", "仍须", "仍需", "仍然"].contains(where: { ptext.contains($0) }), ["措施", "规定", "要求"].contains(where: { ptext.contains($0) }),
          !["解封后", "解除后"].contains(where: { ptext.contains($0) })
        {
          frames.openLeadIn(title: ptext)
          frames.top.openedByHeading = true
          frames.top.goesOn = true
          continue
        }
        // "【第一阶段】6月3日0时至6月5日24时", "第三阶段 6月10日起": a heading in the body that says when the rules under it
        // hold, until the next heading.
        if bodySeen, SectionMark.at(para0.normalized) == nil, let period = Drafter.headingPeriod(para.normalized, published: pub) {
          frames.openDatedHeading(title: ptext, start: period.start, end: period.end)
          continue
        }
        // "【通告一】…（2022年3月8日）": a heading's year holds for the dates under it.
        var sc = TimeScanner(published: issued)
        sc.yearNamed = yearNamed
        _ = sc.scan(para.normalized)
        yearNamed = sc.yearNamed
        // A heading that is a district name ("（一）金水区") is the district of the items under it.
        var scratch = proposed
        // ("金水区(3个)": its count in brackets.)
        let named = Drafter.outsideBrackets(para.normalized)
        if let d = district(at: 0, in: named, proposed: &scratch), named.count - d.range.upperBound <= 1 {
          proposed = scratch
          frames.top.district = d
        }
        if frames.frames.count == 1 { frames.top.title += ptext }
        // "郑州市中原区新冠肺炎疫情防控指挥部": a heading before the body that names one district and an issuing body.
        // ("管城回族区新冠肺炎疫情防控第十二场新闻发布会实录": a district's press conference.)
        if !bodySeen, frames.issuer == nil, ["指挥部", "人民政府", "指挥办", "办公室", "办事处", "发布会", "管理委员会", "管委会"].contains(where: { ptext.contains($0) }) {
          if let d = soleDistrict(in: para.normalized, proposed: proposed) ?? accountDistrict(para.normalized) { frames.issuer = d }
        }
        continue
      }
      // (The items of a time-and-scope lead-in are bulleted or numbered; the first line that is neither ends them.)
      // (A place on its line under a list's lead-in is an item too: "▶划定以下区域为封控区" then "柳林街道…小区".)
      if frames.frames.contains(where: \.itemsOnly), let first = para0.normalized.first, !BriefingText.bullets.contains(first),
        SectionMark.at(para0.normalized) == nil,
        !(frames.listAction != nil && Drafter.looksLikePlace(String(para0.normalized).trimmingTrailing("；;。，, "))),
        // (Nor does the regime of the zones just listed: "封控区实行…；管控区实行…".)
        !vocabulary.zoneLevels.find(in: Array(para0.normalized.prefix(5))).contains(where: { $0.range.lowerBound == 0 })
      {
        frames.closeDatedHeading()
      }
      // A line without Chinese (a file's comment line, a URL) is no part of the body.
      if para.normalized.contains(where: Drafter.isHan) { bodySeen = true }
      if openingRound == nil, frames.frames.count == 1, ":：".contains(ptext.trimmingTrailing(" ").last ?? " "),
        let m = ptext.firstMatch(of: #/[^,，。；;：:]*(?:开展|组织)[^,，。；;：:]*核酸(?:检测|筛查)/#)
      {
        openingRound = String(ptext[m.range])
      }
      if frames.issuer == nil, let d = relayedIssuer(para.normalized, proposed: &proposed) { frames.relayedIssuer = d }
      // After the lead of a report on a conference held the day before, 今日 is the conference's day.
      var scanner = TimeScanner(published: pub, today: relayed.flatMap { index > $0.paragraph ? $0.day : nil })
      scanner.earlierDay = earlierDay
      scanner.yearNamed = yearNamed
      defer {
        earlierDay = scanner.lastDay ?? earlierDay
        yearNamed = scanner.yearNamed
      }
      // "第二阶段（6月6日0时至6月9日24时）：" then items: a dated heading with a colon, as the heading above.
      if let last = ptext.trimmingTrailing(" ").last, ":：".contains(last),
        let period = Drafter.headingPeriod(Array(para.normalized.dropLast()), published: pub)
      {
        frames.openDatedHeading(title: ptext, start: period.start, end: period.end)
        continue
      }
      // "【第一阶段：9月22日起】", "第二阶段：9月26日起": a stage's name, a colon and its period, as the headings above
      // (a round's field, "采样时间：5月4日7时起", is no stage).
      // ("【第三步：视疫情形势另行通知】": a stage without a period ends the one before.)
      if let stage = Drafter.stageLabel(para.normalized, published: pub) {
        if let period = stage {
          frames.openDatedHeading(title: ptext, start: period.start, end: period.end)
        } else {
          frames.closeDatedHeading()
        }
        continue
      }
      // "自9月7日0时起，全县（封控区、管控区除外）：" then items: a time and whom the items are for, no verb; the items
      // hold from that time, until the next section.
      if let last = ptext.trimmingTrailing(" ").last, ":：".contains(last), para.normalized.count <= 40,
        !para.normalized.dropLast().contains(where: { "。；;:：".contains($0) }), VerbClass.find(in: para.normalized) == nil,
        !Drafter.movesZones(para.normalized), !["以下", "如下", "下列"].contains(where: { ptext.contains($0) }),
        // ("…，新增高风险区2个：" heads a list of zones; the levels a scope leaves out are in brackets.)
        vocabulary.zoneLevels.find(in: Drafter.outsideBrackets(para.normalized)).isEmpty,
        let st = leadStart(para.normalized, published: pub), st.hasDay, st.role == .start
      {
        var sc = TimeScanner(published: pub)
        let end = sc.scan(para.normalized).first { $0.role == .end }
        frames.openDatedHeading(title: ptext, start: st, end: end)
        frames.top.itemsOnly = true
        // ("据中原区…指挥部通告（第8号），自6月2日0时起：" relays a notice: its lists and the regime of their zones hold from
        // then too, and the line is still read for what it says of the list after it.)
        if !["通告", "通知", "公告", "指挥部"].contains(where: { ptext.contains($0) }) { continue }
      }
      // The paragraph's last sentence, which may be a lead-in ("…。现就有关事项通告如下：").
      let lastSentenceAt = para.normalized.dropLast().lastIndex(where: { "。".contains($0) }).map { $0 + 1 } ?? 0
      let lastSentence = Array(para.normalized[lastSentenceAt...])
      // "自5月4日6:00起，恢复运营的车辆须落实以下要求：" then items: the lead-in's start holds for them.
      if frames.top.rank >= 1, let last = ptext.trimmingTrailing(" ").last, ":：".contains(last),
        ["以下", "如下"].contains(where: { ptext.contains($0) })
      {
        if let st = leadStart(para.normalized, published: pub) {
          frames.top.start = st
          // ("自11月13日起，…采取以下措施，暂定至11月16日24时：": and until the end it sets.)
          var sc = TimeScanner(published: pub)
          frames.top.end = sc.scan(para.normalized).first { $0.role == .end && $0.time > st.time }
        }
      } else if frames.frames.count == 1, let last = ptext.trimmingTrailing(" ").last, ":：".contains(last),
        ["如下调整", "以下调整", "如下措施", "以下措施", "如下要求", "以下要求"].contains(where: { ptext.contains($0) }),
        let st = leadStart(lastSentence, published: pub), st.hasDay, st.role == .start,
        // (Only numbered sections follow: bulleted items or headings of a post close no such frame.)
        index + 1 < bt.paragraphs.count, SectionMark.at(bt.paragraphs[index + 1].normalized)?.rank == 1
      {
        // "…，自11月4日首班车起，我集团对部分公交线路运营服务作如下调整：" before the numbered sections of a notice: they
        // hold from the lead-in's start (a frame over the whole notice, which only a second notice on the page closes).
        frames.openLeadIn(title: ptext)
        frames.top.start = st
        frames.top.datesAdjustments = true
        var sc = TimeScanner(published: pub)
        frames.top.end = sc.scan(para.normalized).first { $0.role == .end && $0.time > st.time }
      }
      // "以上区域自7月16日18时起划定为高风险区。" after a list: the zones listed before, undated, hold from then.
      if ["以上区域", "上述区域", "以上小区", "上述小区"].contains(where: { ptext.hasPrefix($0) }), Drafter.movesZones(para.normalized),
        let st = TimeScanner.firstStart(in: para.normalized, published: pub), st.time != pub
      {
        var i = candidates.count - 1
        var dated = 0
        while i >= 0, candidates[i].type.rawValue.hasPrefix("zone."), candidates[i].effective == pub {
          candidates[i].effective = st.time
          candidates[i].guesses.removeAll { $0.hasPrefix("effective: publication") }
          candidates[i].guesses.append("effective: the sentence after the list (以上区域自…起)")
          dated += 1
          i -= 1
        }
        if dated > 0 { continue }
      }
      // "静默管理期间，有关事项告知如下：" then items: a frame of its own (popped by the next numbered section) whose
      // words say its items hold for the order's period.
      // ("…延长至10月19日24时。延长期间，…并作如下调整：": the lead-in may be the paragraph's last sentence; the
      // sentences before it are still read.)
      if let last = ptext.trimmingTrailing(" ").last, ":：".contains(last), ["以下", "如下"].contains(where: { String(lastSentence).contains($0) }),
        FrameStack.opensWithPeriodMark(String(lastSentence.prefix(14))), frames.top.rank < FrameStack.leadInRank,
        frames.notice.start != nil
          || lastSentenceAt > 0
            && {
              var sc = TimeScanner(published: pub)
              return sc.scan(para.normalized).contains(where: \.hasDay)
            }()
      {
        // "封控期间，封控区实行…，具体如下：": its items are that level's rules.
        let levels = Set(vocabulary.zoneLevels.find(in: lastSentence).map(\.value))
        if lastSentenceAt == 0 {
          frames.openLeadIn(title: String(lastSentence))
          if levels.count == 1 { frames.top.zoneLevel = levels.first }
          continue
        }
        // (After a sentence of its own, the frame opens once that sentence is read: it may set the period.)
        deferredLeadIn = String(lastSentence)
      }
      // "…自10月12日12时至10月15日12时，…实行临时性静态管理。" then "其间：" on its line and items: they hold for the
      // period of the sentence before.
      if FrameStack.isDuringLine(ptext), let last = ptext.trimmingTrailing(" ").last, ":：".contains(last),
        frames.top.rank < FrameStack.leadInRank, let st = memory.lastStart, let en = memory.lastEnd
      {
        frames.openLeadIn(title: ptext)
        frames.top.start = st
        frames.top.end = en
        continue
      }
      // "解除后，上述区域：", "静态管理解除后，全市继续实行以下常态化防控措施：" then items: they hold from the lift the
      // notice just named.
      // ("第一条 …自8月6日0时起提前解除静态管理。解除后，上述区域：": the lift may be the sentence before, in the same
      // paragraph, which is still read.)
      if let last = ptext.trimmingTrailing(" ").last, ":：".contains(last), frames.top.rank < FrameStack.leadInRank {
        let stop = para.normalized.dropLast().lastIndex(where: { "。；;".contains($0) }).map { $0 + 1 } ?? 0
        let leadIn = Array(para.normalized[stop...])
        let before = Array(para.normalized[..<stop])
        let ownLift =
          ["解除", "解封"].contains(where: { String(before).contains($0) }) ? TimeScanner.firstStart(in: before, published: pub) : nil
        if ["解除后", "解封后"].contains(where: { String(leadIn).contains($0) }), TimeScanner.firstStart(in: leadIn, published: pub) == nil,
          let lift = ownLift ?? memory.lastLift
        {
          frames.openLeadIn(title: String(leadIn))
          frames.top.start = lift
          if stop == 0 { continue }
        }
      }
      // "10月31日：高中、初中；" under a section headed "返校时间": who reopens on the day the line names.
      if let c = scheduledReopening(para, title: frames.top.title, published: pub, issuer: frames.issuer, proposed: &proposed) {
        candidates.append(c)
        continue
      }
      // "第一批：中原区、二七区。采样时间：4月30日6:00—20:00。": a group of the notice's round.
      if roundGroup(para, candidates: &candidates, published: pub, issuer: frames.issuer, proposed: &proposed) {
        memory.lastRoundStart = candidates.last { $0.type == .testingScheduled }?.effective
        continue
      }
      // "5月16日上午7时至11时，开展第二轮；" after the notice's first round: the next one.
      if let prior = candidates.last(where: { $0.type == .testingScheduled }), let next = nextRound(para, after: prior, published: pub) {
        candidates.append(next)
        memory.lastRoundStart = next.effective
        memory.lastRoundEnd = next.until
        continue
      }
      // "第一轮：9月7日上午7时至下午5时；": the hours of the round its notice scheduled for that day.
      if roundLine {
        var sc = TimeScanner(published: pub)
        let ms = sc.scan(para.normalized)
        if let st = ms.first(where: { ($0.role == .start || $0.role == .point) && $0.hasDay && $0.hasClock }),
          let i = candidates.lastIndex(where: {
            $0.type == .testingScheduled && $0.effective.dateString == st.time.dateString && $0.effective.iso8601.hasSuffix("T00:00+08:00")
          })
        {
          candidates[i].takeRoundHours(
            start: st.time, end: ms.first(where: { $0.role == .end && $0.time > st.time })?.time,
            guess: "time: from the line that gives the round its hours (第N轮：…)")
          // (The quote stays the sentence that scheduled the round; the line its hours rest on is named beside it.)
          if candidates[i].data["note"] == nil {
            candidates[i].data["note"] = .string("hours from: " + BriefingText.droppingBullets(String(para.original)).trimmingTrailing(" "))
          }
          memory.lastRoundStart = candidates[i].effective
          memory.lastRoundEnd = candidates[i].until
          continue
        }
        // "五、全员核酸检测安排" then "第一轮：7月21日上午11时至晚上8时，某镇全体居民参加；": under a section on testing,
        // a round's line with its own day and hours schedules that round.
        if let st = ms.first(where: { ($0.role == .start || $0.role == .point) && $0.hasDay && $0.hasClock }),
          let title = frames.frames.reversed().map(\.title).first(where: { $0.contains("核酸") }),
          let m = ptext.firstMatch(of: #/第([一二三四五六七八九十0-9]+)轮/#), let n = ChineseNumerals.value(Substring(m.output.1))
        {
          let end = ms.first { $0.role == .end && $0.time > st.time }
          let scope = scopeOf(vocabulary.places.find(in: para.normalized), in: para.normalized, issuer: frames.issuer)
          candidates.append(
            Drafter.scheduledRound(
              label: "第\(m.output.1)轮" + title, round: n, scope: scope, start: st, end: end,
              quote: String(BriefingText.droppingBullets(String(para.original)).trimmingTrailing(" ")),
              guess: "round: its line under a section on testing (第N轮：…)", confidence: 0.5, reading: "第\(m.output.1)轮", published: pub))
          memory.lastRoundStart = st.time
          memory.lastRoundEnd = end?.time
          continue
        }
      }
      // "下列市场暂停营业：" then one market a line: one rule each.
      if var action = ruleListAction(para, published: pub) {
        action.issuer = frames.issuer?.key
        frames.top.ruleList = action
        continue
      }
      if let action = frames.ruleList, let item = ruleListItem(para, action: action, published: pub, proposed: &proposed) {
        candidates.append(item)
        continue
      }
      // A list of zones under a heading that names a level, or a list item under "以下区域…：".
      let listBefore = (frames.top.listAction, frames.top.start, frames.listStart)
      // ("同时解除以下中风险区：A；B。": 同时 / 同日 is the moment of the list before.)
      let backStart = ["同时", "同日"].contains(where: { ptext.hasPrefix($0) }) ? memory.lastStart : nil
      if let zs = zoneList(
        para, numbered: SectionMark.at(para0.normalized) != nil || tableRow != nil, frames: &frames, published: pub, backStart: backStart,
        proposed: &proposed, notes: &notes)
      {
        // "自9月21日18:00起，解除以下区域的封控措施：": what 同时 / 解封后 in a later paragraph point back to.
        // (A heading may have named the action before the lead-in gives the start: "▲今日解除高风险区" then "自…起，以下区域…：".)
        // (So does a dated lead-in under a heading that named the action and level: "一、新增高风险区（6个）" then
        // "自9月5日20时起，将以下区域划定为高风险区：".)
        let datedLeadIn = zs.isEmpty && frames.top.start != nil
        if listBefore.0 == nil || frames.top.headedList && frames.top.start != nil || datedLeadIn, let a = frames.top.listAction,
          let st = frames.top.start ?? frames.listStart
        {
          memory.lastStart = st
          if a.type == .zoneLifted { memory.lastLift = st }
          // "一、封控范围\n自4月27日22时起，将以下区域划定为封控区：": the order the notice imposes starts then (封控期间).
          if a.type == .zoneDesignated, frames.notice.start == nil, frames.notice.end == nil { frames.notice.start = st }
        } else if listBefore.2 == nil, let st = frames.listStart {
          memory.lastStart = st
        }
        candidates += zs
        if let a = frames.top.listAction, let st = frames.top.start ?? frames.listStart {
          candidates += leadInRegime(para, action: a, start: st, published: pub, frames: frames, memory: &memory, proposed: &proposed)
        }
        continue
      }
      frames.closeHeadedList()
      // A section headed "检测时间" / "采样时间" times the round the notice opened with.
      if frames.top.title.hasSuffix("时间"), frames.top.title.contains("检测") || frames.top.title.contains("采样"),
        let i = candidates.lastIndex(where: { $0.type == .testingScheduled })
      {
        var sc = TimeScanner(published: pub)
        let ms = sc.scan(para.normalized)
        // Only a round of that day drafted without hours ("决定于3月22日…开展") takes them; else the paragraph is read
        // as it stands.
        let old = candidates[i].effective
        if let st = ms.first(where: { $0.role == .start || $0.role == .point }), old.dateString == st.time.dateString,
          old.iso8601.hasSuffix("T00:00+08:00")
        {
          let e = ms.first(where: { $0.role == .end && $0.time > st.time })?.time ?? candidates[i].until
          candidates[i].takeRoundHours(start: st.time, end: e, guess: "time: from the section headed \(frames.top.title)")
          // "5月15日7:00—12:00，开展第一轮全员核酸检测；": a line that names the round is its quote.
          if ptext.firstMatch(of: #/第[0-9一二三四五六七八九十]+轮/#) != nil, ["核酸", "筛查", "采样"].contains(where: { ptext.contains($0) }) {
            candidates[i].quote = String(String(para.original).trimmingTrailing("；;。"))
            candidates[i].reading = nil
          }
          memory.lastRoundStart = candidates[i].effective
          memory.lastRoundEnd = candidates[i].until
          continue
        }
      }
      // "一、检测时间\n8月18日7:00—16:00。" under a notice about a round none of whose sentences gave it a time: the
      // line is the round's time field.
      // ("…在全市开展第三轮全员核酸检测。现将有关事项通告如下：" then "一、检测时间": so does a notice that opened with it.)
      if ["检测时间", "采样时间"].contains(frames.top.title), !candidates.contains(where: { $0.type == .testingScheduled }),
        frames.titles.contains("核酸") || frames.titles.contains("筛查") || openingRound != nil
      {
        var sc = TimeScanner(published: pub)
        scheduleRound(
          para, value: para.normalized, topic: openingRound, frames: &frames, candidates: &candidates, scanner: &sc, published: pub)
        if let i = frames.round, i < candidates.count {
          memory.lastRoundStart = candidates[i].effective
          memory.lastRoundEnd = candidates[i].until
          continue
        }
      }
      if testingField(para, frames: &frames, candidates: &candidates, scanner: &scanner, published: pub) {
        if let i = frames.round, i < candidates.count {
          memory.lastRoundStart = candidates[i].effective
          memory.lastRoundEnd = candidates[i].until
        }
        continue
      }
      // ("三、采样期间有关要求": the section's items hold for the notice's first round, while it is open.)
      memory.sectionRound = nil
      if frames.frames.dropFirst().contains(where: { f in ["采样期间", "检测期间", "筛查期间"].contains(where: { f.title.contains($0) }) }),
        let r = candidates.first(where: { $0.type == .testingScheduled && $0.until != nil })
      {
        memory.sectionRound = (r.effective, r.until)
      }
      let sentenceRanges = Array(BriefingText.sentences(in: para))
      // "第四条 自7月1日零时起，进入…须…。进入养老机构…，须…。": a numbered item's opening start holds for its later
      // sentences that name no day of their own.
      var itemStart: TimeMention?
      var itemEnd: TimeMention?
      // Whether the item's first sentence is only its title ("二、落实来（返）郑人员核酸检测。").
      var itemTitle = false
      var paraDay: TimeMention?
      defer {
        let last = ptext.trimmingTrailing(" ").last
        if last == "：" || last == ":" {
          announcerDay = paraDay ?? announcerDay
        } else if last == "。" {
          announcerDay = nil
        }
      }
      // "问：受此前疫情影响，我市中小学实行线上教学。何时恢复？": a question's sentences rule nothing, up to its answer.
      var inQuestion = ["问：", "问:", "提问：", "记者问："].contains(where: { BriefingText.droppingBullets(ptext).hasPrefix($0) })
      for (k, r) in sentenceRanges.enumerated() {
        let s = para.slice(r)
        if inQuestion, ["答：", "答:"].contains(where: { s.text.hasPrefix($0) }) { inQuestion = false }
        if inQuestion { continue }
        // "决定自…起，在…实行…。现将有关事项通告如下：": the preamble sums up the items that follow; its rules are theirs.
        // "为…，经研究决定：": a sentence that only announces the items states no rule either.
        let preamble =
          k + 1 < sentenceRanges.count && Drafter.announcesItems(String(para.normalized[sentenceRanges[k + 1]]))
          || Drafter.announcesItems(String(s.normalized))
        let chars = s.normalized
        var mentions = scanner.scan(chars)
        // "问：一栋楼被划为高风险区，其他楼栋的居民还能出门吗？": a question rules nothing; its answer does.
        if String(chars).trimmingTrailing(" ”\"'）)").last == "?" { continue }
        // "5月15日，市疫情防控指挥部发布第47号通告，在金水区全域实行…": what an earlier notice ordered, told by one that
        // adjusts it, is that notice's event, not this one's.
        if Drafter.recountsEarlierNotice(chars, mentions: mentions, published: pub) { continue }
        // "自10月18日12时起，…。同日，…": 同日 is the moment of the sentence before when it names that day.
        if String(chars).hasPrefix("同日"), let i = mentions.firstIndex(where: { $0.range.lowerBound == 0 && !$0.hasClock }),
          let l = memory.lastStart, l.hasClock, l.time.dateString == mentions[i].time.dateString
        {
          mentions[i].time = l.time
          mentions[i].hasClock = true
          mentions[i].guesses.append("同日: the moment of the sentence before")
        }
        // "封控区、管控区的管控期限暂定至9月24日24时": the end of the zones of those levels the notice designated, and
        // of the rules for them; no rule of its own.
        if let e = mentions.first(where: { $0.role == .end && $0.hasDay }), ["期限", "管控时间", "封控时间"].contains(where: { String(chars).contains($0) }),
          vocabulary.zoneLevels.find(in: chars).count > 0 || String(chars).hasPrefix("管控期限") || String(chars).hasPrefix("封控期限"),
          // ("…小区由封控区调整为管控区，执行管控区各项管理措施，管控期限至6月16日24时": a zone re-graded with its own term.)
          String(chars).firstMatch(of: #/(?:调整为|划定为|划为|降为|升为|转为|列为)(?:封控区|管控区|防范区|[高中低]风险区)/#) == nil
        {
          let term = ZoneTerm(end: e.time, levels: Set(vocabulary.zoneLevels.find(in: chars).map(\.value)))
          terms.append(term)
          // (Said after the lists, the sentence is only the term; said in the opening, "…划定以下区域为封控区、管控区，
          // 管控期限暂定为…", the lists follow and the sentence goes on to be read.)
          if term.apply(to: &candidates) > 0 { continue }
        }
        // "封控区封控期限为7天，管控区管控期限为5天，均自划定之时起计算": a term in days for each level.
        let termsInDays = zoneTermsInDays(chars)
        if !termsInDays.isEmpty {
          terms += termsInDays
          if termsInDays.map({ $0.apply(to: &candidates) }).reduce(0, +) > 0 { continue }
        }
        // The period of the order: in the opening, or in its first item ("一、自…至…，在…实施全域静态管理").
        // Or in a section of its own ("一、管理时间\n自…起至…").
        if !sectionSeen || frames.notice.start == nil && ["管理", "管控", "封控"].contains(where: { String(chars).contains($0) })
          || frames.notice.start == nil && frames.top.title.hasSuffix("时间") && !["检测", "采样"].contains(where: { frames.top.title.contains($0) })
        {
          noteNoticePeriod(mentions, chars: chars, published: pub, frames: &frames)
        }
        // "将原定10月24日24时结束的…延长至10月27日24时": the extension runs from the old end to the new one.
        // (In a notice's opening only: an item that extends one measure is that measure's amendment.)
        // ("…静默管理时间延长至10月19日24时" in a second notice on the page: from the end the first one set.)
        if frames.notice.start == nil, !frames.inNumberedSection, let old = frames.previousOrderEnd,
          Drafter.extensionCues.contains(where: { String(chars).contains($0) }),
          let newEnd = mentions.first(where: { ($0.role == .end || $0.role == .point) && $0.hasDay && $0.time > old.time })
        {
          var from = old.playing(.start)
          from.range = 0..<0
          from.guesses.append(Drafter.extendedOrderGuess)
          var e = newEnd
          e.role = .end
          frames.notice.start = from
          frames.notice.end = e
          // (What 同时 / 同日 later point back to is the extension's start, not the first order's.)
          memory.lastStart = from
          memory.lastEnd = e
        }
        if frames.notice.start == nil, !frames.inNumberedSection, let ext = chars.firstRange(of: Array("延长至")) ?? chars.firstRange(of: Array("延期至")),
          let old = chars.firstRange(of: Array("原定")),
          old.upperBound < ext.lowerBound, let newEnd = mentions.first(where: { $0.role == .end || $0.role == .start })
        {
          var sc = TimeScanner(published: pub)
          let tail = Array(chars[old.upperBound...])
          if var oldEnd = sc.scan(tail).first(where: { $0.hasDay }) {
            oldEnd.role = .start
            oldEnd.range = 0..<0
            oldEnd.guesses.append("start: the end the extension replaces (原定…延长至)")
            var e = newEnd
            e.role = .end
            frames.notice.start = oldEnd
            frames.notice.end = e
          }
        }
        let places = vocabulary.places.find(in: chars)
        if let d = places.last(where: { vocabulary.catalogue.isDistrict($0.value) }) { lastDistrict = d.value }
        let zoneDrafts = zones(
          s, mentions: mentions, published: pub, fallbackDistrict: lastDistrict ?? frames.issuer?.key, sameTime: memory.lastStart,
          sectionStart: frames.zoneLevel == nil ? frames.start ?? frames.listStart ?? (zonesFromOpening ? frames.notice.start : nil) : nil,
          // (Zones a list designated since the last sentence count too: "将以下区域划定为高风险区：" then its items.)
          designatedAt: candidates[zonesSeen...].last(where: { $0.type == .zoneDesignated }).map { TimeMention.carried($0.effective, role: .start) }
            ?? memory.lastDesignation, proposed: &proposed, notes: &notes)
        candidates += zoneDrafts
        // "以下区域由高风险区降为中风险区：" then "云岭街道某小区，管控措施由…调整为…": an item of the list that also says how
        // its regime changes is the list's zone (its regime is read as the sentence's rule).
        if zoneDrafts.isEmpty, k == 0, let action = frames.listAction, let comma = chars.firstIndex(where: { ",，".contains($0) }),
          Drafter.looksLikePlace(String(chars[..<comma])),
          ["管控措施", "防控措施", "实行"].contains(where: { String(chars[(comma + 1)...]).hasPrefix($0) }),
          let z = zoneItem(
            s, 0..<comma, action: action, start: frames.listFrom, end: action.type == .zoneDesignated ? frames.listEnd : nil, published: pub,
            inherited: frames.placeDistrict, proposed: &proposed)
        {
          candidates.append(z)
        }
        // Clauses joined by ； often state separate things (two rounds, bus then metro): read them one by one,
        // each keeping a date that opens the sentence ("1月10日，我市对…").
        // "…新增…13例。其中，社会面筛查发现3例": a sentence that opens with 其中 details the one before, in its day.
        // ("9月11日以来到过…的人员，须…；逾期…": a day that says whom the rule is for dates no later part.)
        let leading = mentions.first {
          $0.hasDay && Drafter.opens(chars, at: $0.range.lowerBound) && $0.role != .asOf && $0.role != .end && !Drafter.namesWhomSince($0, in: chars)
        }
        // So does one that opens with the group it breaks down ("新增的27例本土感染者中，社会面筛查发现4例，…").
        // ("▲从发现途径看，…": a bullet opens nothing.)
        let unbulleted = BriefingText.droppingBullets(String(chars))
        let breaksDown =
          unbulleted.hasPrefix("其中")
          // ("从发现途径看，集中隔离点筛查发现15例…": the same cases seen by how they were found.)
          // (Not what is so now, "从最后一轮筛出病例看，目前病例均处于管控范围": that is as of publication.)
          || (DraftPatterns.regex(#"^从[^，,。；;]{1,8}看[，,]"#)).map { unbulleted.firstMatch(of: $0) != nil } == true
            && !["目前", "现有", "当前", "累计"].contains(where: { String(chars).contains($0) })
          || (DraftPatterns.regex(#"^[^，,。；;：:]{2,20}例[^，,。；;：:]{0,12}(?:中|里头|里面|里)[，,]"#)).map { String(chars).firstMatch(of: $0) != nil } == true
        // ("9月23日0时到24时，全市新增本土确诊病例5例…。新增本土无症状感染者31例，…": a later sentence of the paragraph
        // that goes on with the day's new cases counts the same day.)
        let goesOnCounting = k > 0 && paraDay != nil && ["新增", "另新增", "另有新增", "此外，新增", "同日新增", "当日新增"].contains(where: { unbulleted.hasPrefix($0) })
        let carried = (breaksDown || goesOnCounting) && !mentions.contains { $0.hasDay } ? previousDay : nil
        // ("（一）全市公共图书馆自6月6日起恢复开放，…。入馆时须…": so does the start the item's first sentence gives
        // its subject, after it.)
        // ("二、落实来（返）郑人员核酸检测。自10月16日12时起，…。“落地检”后实行…": after an item's title, its first rule.)
        if k == 0 || k == 1 && itemTitle, SectionMark.at(para0.normalized) != nil || underHeading,
          let l = leading
            ?? mentions.first(where: { m in
              // (Said as a start, 自…起, not a span's first day: "11月25日至11月29日，每天开展…".)
              m.hasDay && m.role == .start && !Drafter.namesWhomSince(m, in: chars)
                && (String(chars[m.range]).hasSuffix("起") || m.range.upperBound < chars.count && chars[m.range.upperBound] == "起")
            }),
          l.role == .start
        {
          itemStart = l
          itemEnd = mentions.first { $0.role == .end && $0.time > l.time }
        }
        if k == 0, SectionMark.at(para0.normalized) != nil, sentenceRanges.count > 2, !mentions.contains(where: \.hasDay) {
          let body = SectionMark.at(chars).map { Array(chars.dropFirst($0.length)) } ?? Array(chars)
          itemTitle = body.count <= 16 && !body.contains(where: { ",，；;：:".contains($0) })
        }
        // ("假期期间，景区内…暂停运营": a period the sentence points back to is its time, not the item's start.)
        let fromItem =
          k > (itemTitle ? 1 : 0) && !mentions.contains { $0.hasDay } && !String(chars.prefix(8)).contains("期间") ? itemStart : nil
        for part in BriefingText.split(s, at: ";；", keepClosingQuote: false).flatMap({ Drafter.splittingLeaversRule($0, in: chars) }) {
          let ps = s.slice(part)
          var pm = mentions.filter { part.contains($0.range.lowerBound) }.map { m -> TimeMention in
            var m = m
            m.range = (m.range.lowerBound - part.lowerBound)..<(m.range.upperBound - part.lowerBound)
            return m
          }
          // "…在2月25日0时至2月27日24时期间须…；其间非必要不…": 其间 in a later part is the sentence's own period.
          let ownPeriod =
            String(s.normalized[part]).hasPrefix("其间")
            ? mentions.first { $0.hasDay && ($0.role == .start || $0.role == .point) && $0.range.upperBound <= part.lowerBound } : nil
          if let leading = leading ?? ownPeriod, part.lowerBound > 0, !pm.contains(where: { $0.hasDay && $0.role != .asOf }) {
            var l = leading
            l.range = 0..<0
            l.guesses.append(Drafter.openingTimeGuess)
            pm.insert(l, at: 0)
            // "自5月27日起至5月31日24时，A暂停；B暂停": the period's end goes with its start.
            // ("…地铁运营时间调整为6:30至21:00；…公交线路实行甩站": hours of a day, from a clock alone, are no period's end.)
            if let i = mentions.firstIndex(where: { $0.role == .end && $0.time > leading.time && $0.range.lowerBound < part.lowerBound }),
              mentions[i].hasDay || i > 0 && mentions[i - 1].hasDay
            {
              var e = mentions[i]
              e.range = 0..<0
              pm.insert(e, at: 1)
            }
          }
          if var l = fromItem, !pm.contains(where: { $0.hasDay }) {
            l.range = 0..<0
            l.guesses.append(Drafter.openingTimeGuess)
            l.guesses.append("time: the start its item opened with")
            pm.insert(l, at: 0)
            // "二、7月8日18时至7月15日24时，…。其间，…": 其间 is the item's whole period.
            if String(chars).hasPrefix("其间"), var e = itemEnd {
              e.range = 0..<0
              pm.insert(e, at: 1)
            }
          }
          // "2月22日首班车起，公交恢复运营；出租车同日起恢复运营": 同日 in a later part is the day the sentence named before.
          if part.lowerBound > 0,
            let e = mentions.first(where: { $0.hasDay && ($0.role == .start || $0.role == .point) && $0.range.upperBound <= part.lowerBound })
          {
            for i in pm.indices
            where pm[i].range.lowerBound >= 0 && pm[i].range.upperBound <= part.upperBound - part.lowerBound
              && String(s.normalized[part].dropFirst(pm[i].range.lowerBound).prefix(2)) == "同日"
            {
              // (The day, not the hours the part before gave: "6:00至16:00，A区开展…；其他县同日开展…".)
              let f = e.time.fields
              pm[i].time = pm[i].hasClock ? pm[i].time : Timestamp(year: f.year, month: f.month, day: f.day) ?? e.time
              pm[i].guesses.append(Drafter.sameDayInSentenceGuess)
            }
          }
          // A later part that names no day takes one from an earlier part: "…，自6月29日12时起，A暂停；同时，B须…" (同时:
          // the start or day of the part before), "…获悉，自7月18日20时起，A解除封控；B…实行…" (a start inside the
          // sentence, when none opens it).
          let pointsBack = ["同时", "同日", "同步"].contains(where: { String(s.normalized[part]).hasPrefix($0) })
          if part.lowerBound > 0, pointsBack || leading == nil && ownPeriod == nil, !pm.contains(where: { $0.hasDay && $0.role != .asOf }),
            var st = mentions.last(where: { m in
              m.hasDay && m.range.upperBound <= part.lowerBound
                && (pointsBack ? m.role == .start || m.role == .point : m.role == .start && !Drafter.namesWhomSince(m, in: chars))
            })
          {
            st.range = 0..<0
            st.role = .start
            st.guesses.append(pointsBack ? "同时: the start of the part before" : Drafter.openingTimeGuess)
            pm.insert(st, at: 0)
          }
          // "即日起至7月31日24时，A一律取消；B暂停举办": the period's end holds for the later parts too.
          if leading == nil, part.lowerBound > 0, ["即日起至", "自即日起至", "从即日起至"].contains(where: { String(chars).hasPrefix($0) }),
            !pm.contains(where: { $0.hasDay }), var e = mentions.first(where: { $0.role == .end && $0.range.upperBound <= part.lowerBound })
          {
            e.range = 0..<0
            pm.insert(e, at: 0)
          }
          let pp = places.filter { part.contains($0.range.lowerBound) }.map { h -> Lexicon.Hit in
            var h = h
            h.range = (h.range.lowerBound - part.lowerBound)..<(h.range.upperBound - part.lowerBound)
            return h
          }
          var consumed: [Range<Int>] = pm.map(\.range)
          var rounds = testing(ps, mentions: pm, places: pp, published: pub, consumed: &consumed, proposed: &proposed) ?? []
          // "期间，每日组织开展一轮全员核酸检测，采样时间为每日7时至11时": one round on each day of the notice's period.
          if rounds.count == 1, ps.text.contains("每日") || ps.text.contains("每天"), !pm.contains(where: \.hasDay),
            FrameStack.opensWithPeriodMark(String(chars.prefix(12))),
            let from = frames.notice.start?.time, let to = frames.notice.end?.time
          {
            rounds = Drafter.roundEachDay(of: rounds[0], from: from, to: to, published: pub)
          }
          // "…开展第一轮区域核酸检测；5月9日同一时段开展第二轮": the next round, in a sentence of the same paragraph.
          if rounds.isEmpty, let prior = candidates.last(where: { $0.type == .testingScheduled }),
            let next = nextRound(ps, after: prior, published: pub)
          {
            rounds = [next]
          } else if rounds.isEmpty, part.lowerBound > 0, let prior = candidates.last(where: { $0.type == .testingScheduled }),
            let batch = roundBatch(ps, sentence: String(chars), after: prior, published: pub)
          {
            // "…分两批进行：A镇于8月29日6时至18时开展；其他乡镇于8月30日7时至12时开展": the round's later batch.
            rounds = [batch]
          }
          // "…每天开展一轮全员核酸检测。第一轮于10月27日6时开始，14时结束": the first of the daily rounds.
          // ("第一轮：10月29日8:00—16:00 / 第二轮：10月30日8:00—16:00": each line after it too.)
          if rounds.isEmpty, part.lowerBound == 0 {
            for before in [memory.previousSentence, memory.dailyRoundsAnnounced].compactMap({ $0 }) {
              guard let daily = dailyRound(ps, before: before, published: pub, scope: frames.issuer?.key ?? "city") else { continue }
              rounds = [daily]
              memory.dailyRoundsAnnounced = before
              break
            }
          }
          candidates += rounds
          if let r = rounds.last(where: { $0.type == .testingScheduled }) {
            memory.lastRoundStart = r.effective
            memory.lastRoundEnd = r.until
          }
          // A list of zones counts its items; the count is not a figure of its own.
          // "新划定高风险区1个：A小区": a list's count, however short the list.
          let countsItsList = !zoneDrafts.isEmpty && (String(chars).contains("个：") || String(chars).contains("个:"))
          if zoneDrafts.count < 2, !countsItsList {
            // Figures of a sentence opening with 其中 count the day of the sentence before.
            var fm = pm
            // ("二、10月18日0时至24时" then that day's figures: a section headed by a day alone dates them.)
            let sectionDay = frames.frames.last { $0.rank >= 1 && $0.rank < FrameStack.leadInRank }
              .flatMap { f -> TimeMention? in
                guard Drafter.isBareDay(f.title) else { return nil }
                var sc = TimeScanner(published: pub)
                // (The day, as a bare date dates a count: "0时至24时" is that day's count, not one from 0时 on.)
                guard var d = sc.scan(Array(f.title)).first(where: \.hasDay) else { return nil }
                let day = d.time.fields
                d.time = Timestamp(year: day.year, month: day.month, day: day.day)!
                d.role = .point
                d.hasClock = false
                return d
              }
            if var c = carried ?? sectionDay ?? announcerDay, !pm.contains(where: { $0.hasDay && $0.role != .asOf }),
              !rounds.contains(where: { $0.type == .testingCompleted })
            {
              c.range = 0..<0
              fm.insert(c, at: 0)
            }
            candidates += metrics(
              ps, mentions: fm, places: pp, published: pub, consumed: consumed, issuer: frames.issuer, memory: &figureMemory,
              proposed: &proposed, notes: &notes)
          }
          // A sentence that designates zones or schedules a round is not also a rule about them; a part that lifts
          // zones (`…村解除管控措施`, `…解除高风险区管理`) lifts no rule beside them.
          let bare = { (t: String) in String(t.filter { !" \n\u{3000}；;。".contains($0) }) }
          let pt = bare(String(ps.original))
          let liftsZones = zoneDrafts.contains { z in
            let q = bare(z.quote)
            return z.type == .zoneLifted && !q.isEmpty && !pt.isEmpty && (q.contains(pt) || pt.contains(q))
          }
          // What "上述区域…" points back to: the zones drafted last, wherever they were drafted; what "解封后" does: the
          // last zones lifted.
          let mark = { (c: Candidate) in TimeMention.carried(c.effective, role: .start) }
          if let z = candidates[zonesSeen...].last(where: { $0.type.rawValue.hasPrefix("zone.") }) { memory.lastZones = mark(z) }
          if let z = candidates[zonesSeen...].last(where: { $0.type == .zoneDesignated }) { memory.lastDesignation = mark(z) }
          if let z = candidates[zonesSeen...].last(where: { $0.type == .zoneLifted }) { memory.lastLift = mark(z) }
          zonesSeen = candidates.count
          // (An order extended in the preamble, "…静态管理时间由原定的…延长至6月12日24时。现就有关事项通告如下：", is the
          // notice's own change; its items say what goes on while it lasts.)
          let extends = ["延长至", "延期至", "顺延至", "延长到"].contains(where: { String(chars).contains($0) })
          // ("自7月19日16时起，某某农贸市场暂停营业，对市场内所有经营户开展核酸检测": a closure first is a rule beside the
          // round, whose testing it does not draft again.)
          let closesFirst = !rounds.isEmpty && VerbClass.find(in: ps.normalized)?.0 == .closure
          if rounds.isEmpty || closesFirst, !preamble || extends {
            candidates += rules(
              ps, sentence: String(s.original), mentions: pm, places: pp, published: pub, frames: frames, memory: &memory, proposed: &proposed
            ).filter { !(liftsZones && $0.type == .measureLifted) && !(closesFirst && $0.subject.hasPrefix("measure:testing.")) }
              .map { c in
                var c = c
                c.inNumberedItem = frames.inNumberedSection
                return c
              }
          }
        }
        memory.previousSentence = String(s.original)
        if let d = mentions.first(where: { $0.hasDay && $0.role != .asOf && $0.role != .end }) {
          previousDay = d
          if paraDay == nil { paraDay = d }
        }
        // What 同一时段内 / 同日 / 同时 in a later sentence point back to ("自5月12日0时起实施的静态管理，将于5月19日
        // 6时结束": the moment the sentence rules at, not the start of the order it names).
        // ("9月3日以来，我市…陆续发现…" looks back; it is no moment a later 同时 could mean.)
        let ruling = mentions.filter { !Drafter.startsWhatItNames($0, in: chars) && !Drafter.looksBack($0, in: chars) }
        if let st = ruling.first(where: { $0.role == .start && $0.hasDay }) ?? ruling.first(where: { $0.role == .point && $0.hasDay })
          ?? ruling.first(where: {
            $0.role == .end && $0.hasDay && $0.range.upperBound < chars.count && String(chars[$0.range.upperBound...]).hasPrefix("结束")
          })
        {
          memory.lastStart = st
          memory.lastEnd = mentions.first { $0.role == .end && $0.time > st.time }
          // ("自10月27日零时起，…实行闭环生产": a start alone opens a period too, until further notice.)
          if st.role == .start { memory.periods.append((String(chars), st, memory.lastEnd)) }
          // ("解封区域居民须…", "已解封小区" name places a lift freed; they lift nothing.)
          if String(chars).firstMatch(of: #/解除(?![^，,。；;]{0,4}的)|解封(?!后|区域|小区|的|人员|居民)/#) != nil { memory.lastLift = st }
        } else if chars.count <= 30, let last = memory.periods.last, last.end == nil,
          let e = mentions.first(where: { $0.role == .end && $0.hasDay && $0.time > last.start.time })
        {
          // "…本村封闭管理。先封5天，到6月9号夜里12点。": an end in a short sentence of its own ends the period before.
          memory.periods[memory.periods.count - 1].end = e
          memory.lastEnd = e
        }
      }
    }

    // A term set before the lists it ends ("管控期限暂定为…" in the opening) ends them too.
    for term in terms { _ = term.apply(to: &candidates) }
    // "以上措施暂定执行至8月5日24时": the end of every rule the notice sets without an end of its own.
    // (What stands above it only: "上述第一至五项调整暂定执行至…" before the sections that reopen lines.)
    if let (end, paragraph, above) = Drafter.inForceUntil(bt, published: issued) {
      let upTo = above && paragraph + 1 < draftedBefore.count ? draftedBefore[paragraph + 1] : candidates.count
      for i in candidates.indices.prefix(upTo)
      where [.measureImposed, .measureAmended, .measureRestated].contains(candidates[i].type) && candidates[i].until == nil
        && candidates[i].effective < end.time
      {
        candidates[i].until = end.time
        candidates[i].guesses += end.guesses
      }
    }
    var seen = Set<String>()
    var drafts: [Draft] = []
    var roundStarts: [(Timestamp, String)] = []
    // A figure the notice states twice ("全市现有高风险区41个" in the lead, "高风险区41个（…）" below) is one report.
    var figuresSeen: [String: [Timestamp]] = [:]
    for c in candidates {
      guard seen.insert(c.dedupeKey).inserted else { continue }
      if c.type == .metricReported, let v = c.data["value"] {
        let k = "\(c.subject)|\(v)"
        if figuresSeen[k, default: []].contains(where: { abs($0.epochSeconds - c.effective.epochSeconds) < 12 * 3600 }) { continue }
        figuresSeen[k, default: []].append(c.effective)
      }
      // A stock figure repeated from an earlier briefing ("全市有…企业90余家" again two days later) is no news.
      if c.type == .metricReported, let data = JSONObject(unsorted: c.data.map { .init(key: $0.key, value: $0.value) }),
        let k = Drafter.figureKey(subject: c.subject, data: data), knownFigures.contains(k)
      {
        notes.append("figure already reported by an earlier log, not drafted: \(c.quote)")
        continue
      }
      if c.type == .testingScheduled {
        // A notice that repeats its round further down ("…11月25日至29日，每天开展一次核酸筛查" again in a closing
        // paragraph, or as one span) schedules nothing new: a round starting when an earlier one does is the same
        // round unless both name different districts.
        let scope = c.data["scope"].flatMap { if case .string(let v) = $0 { v } else { nil } } ?? "city"
        if roundStarts.contains(where: { $0.0 == c.effective && Drafter.sameRoundScope($0.1, scope) }) { continue }
        roundStarts.append((c.effective, scope))
      }
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
      // Each guess is listed once: a guess repeated by a loop is still one assumption.
      var guesses: [String] = []
      for g in c.guesses where !guesses.contains(g) { guesses.append(g) }
      let confidence = max(0.05, min(0.95, c.confidence - 0.05 * Double(guesses.count)))
      review["confidence"] = .number(String(format2(confidence)))
      review["guessed"] = .array(guesses.map { .string($0) })
      if let r = c.reading { review["reading"] = .string(r) }
      drafts.append(
        Draft(
          id: id, type: c.type, subject: subject, interval: ValidInterval(effective: c.effective, until: until), recorded: issued,
          source: source, quote: c.quote, data: Drafter.fittedToSchema(c.data, type: c.type), review: review))
    }
    proposed.keepMeasures(usedBy: drafts.map(\.subject.raw))
    return DraftResult(drafts: drafts, notes: notes, proposed: proposed)
  }

  /// A draft's data with only the fields its type has (`EventSchema.fields`), so that `append` accepts it: what the
  /// drafter read beyond them (a town's name beside its part of a count, a lift's words, a restated rule's cap, a
  /// zone's exclusions on a lift, a round's places) goes into its note, `field: value`, for the reviewer.
  static func fittedToSchema(_ data: [String: JSONValue], type: EventType) -> JSONObject {
    let allowed = Set((EventSchema.fields[type] ?? []).map(\.name))
    var kept: [JSONObject.Member] = []
    var extra: [String] = []
    for (key, v) in data.sorted(by: { $0.key < $1.key }) {
      if allowed.contains(key) {
        kept.append(.init(key: key, value: v))
      } else if let s = v.stringValue {
        extra.append("\(key): \(s)")
      } else {
        var bytes: [UInt8] = []
        JSONWriter.write(v, into: &bytes)
        extra.append("\(key): \(String(decoding: bytes, as: UTF8.self))")
      }
    }
    if !extra.isEmpty, allowed.contains("note") {
      let note = ([data["note"]?.stringValue].compactMap { $0 } + extra).joined(separator: "; ")
      kept.removeAll { $0.key == "note" }
      kept.append(.init(key: "note", value: .string(note)))
    }
    return JSONObject(unsorted: kept) ?? JSONObject()
  }

  /// Whether a day is followed by 以来 (`8月18日以来`, `9月3日以来，…`): it looks back, so it starts nothing the sentence
  /// rules, dates no count and is no moment a later 同时 could mean.
  static func looksBack(_ m: TimeMention, in chars: [Character]) -> Bool {
    m.range.upperBound + 2 <= chars.count && String(chars[m.range.upperBound..<(m.range.upperBound + 2)]) == "以来"
  }

  /// Whether a day followed by 以来 says whom a rule is for (`9月11日以来到过…的人员`) rather than being a clause of its
  /// own (`10月8日以来，我市实行…`, which dates what goes on since).
  static func namesWhomSince(_ m: TimeMention, in chars: [Character]) -> Bool {
    guard m.range.upperBound <= chars.count else { return false }
    let clause = String(chars[m.range.upperBound...].prefix { !",，。；;".contains($0) })
    return clause.hasPrefix("以来") && clause != "以来"
  }

  /// The term a notice sets for the zones of some levels (`封控区、管控区的管控期限暂定至9月24日24时`): it ends them and
  /// the rules for them; a term that names no level ends every zone the notice designates.
  /// A term in days (`封控区封控期限为7天`) ends each zone and rule that many days after it took effect.
  struct ZoneTerm {
    var end: Timestamp?
    var days: Int?
    var levels: Set<String>

    init(end: Timestamp, levels: Set<String>) {
      self.end = end
      self.levels = levels
    }

    init(days: Int, levels: Set<String>) {
      self.days = days
      self.levels = levels
    }

    /// Sets the end of the zone designations and zone rules it covers that have none; returns how many it ended.
    func apply(to candidates: inout [Candidate]) -> Int {
      let named = { (l: String) in levels.isEmpty || levels.contains(l) }
      var ended = 0
      for i in candidates.indices where candidates[i].until == nil {
        guard let end = end ?? days.map({ candidates[i].effective.adding(seconds: Int64($0) * 86_400) }), candidates[i].effective < end else {
          continue
        }
        let scope: String? = if case .string(let v)? = candidates[i].data["scope"] { v } else { nil }
        let level: String? = if case .string(let v)? = candidates[i].data["level"] { v } else { nil }
        let zone = candidates[i].type == .zoneDesignated && level.map(named) == true
        let rule =
          candidates[i].type == .measureImposed
          && scope.map { $0.hasPrefix("zones:") && $0.dropFirst(6).split(separator: ",").allSatisfy { named(String($0)) } } == true
        guard zone || rule else { continue }
        candidates[i].until = end
        candidates[i].guesses.append("until: the term the notice set for its zones (期限)")
        ended += 1
      }
      return ended
    }
  }

  /// The terms in days a sentence sets for zone levels, one a clause (`封控区封控期限为7天，管控区管控期限为5天`), or for
  /// several levels at once (`封控区、管控区管控期限均为7天`).
  func zoneTermsInDays(_ c: [Character]) -> [ZoneTerm] {
    var out: [ZoneTerm] = []
    var from = 0
    for i in 0...c.count where i == c.count || ",，；;。".contains(c[i]) {
      let clause = Array(c[from..<i])
      from = i + 1
      guard ["期限", "管控时间", "封控时间", "管控期为", "封控期为"].contains(where: { String(clause).contains($0) }),
        let d = TimeScanner.durations(in: clause).first
      else { continue }
      let levels = Set(vocabulary.zoneLevels.find(in: clause).map(\.value))
      if !levels.isEmpty { out.append(ZoneTerm(days: d.days, levels: levels)) }
    }
    return out
  }

  /// The period a notice's opening sets (`8月20日零时至8月22日24时…`, `自4月12日20时起，对以下区域…`), for `其间`.
  func noteNoticePeriod(_ mentions: [TimeMention], chars: [Character], published: Timestamp, frames: inout FrameStack) {
    // A start and an end ("8月20日零时至8月22日24时") make the period; a start alone ("自4月12日20时起") counts until a
    // period is found; "8月18日以来" looks back and sets nothing.
    guard frames.notice.end == nil else { return }
    // A figure's period ("8月19日0—24时，新增…") is not the notice's (a duration, "为期三天", is no figure).
    if FigureRecogniser.figures(in: chars).contains(where: { !["天", "日", "小时"].contains($0.unit) }) { return }
    // Nor are a testing round's hours ("明天7时至19时，两区再开展一轮全员核酸检测") an order's period.
    if Drafter.schedulesOnlyARound(chars) { return }
    // "从今天上午10点开始，咱村封控管理。先封7天，到5月3号夜里12点。": the order's end in a short sentence of its own after
    // the one that started it.
    if let st = frames.notice.start, chars.count <= 30, !mentions.contains(where: { $0.role == .start }),
      let e = mentions.first(where: { $0.role == .end && $0.hasDay && $0.time > st.time }), e.time > published
    {
      frames.notice.end = e
      return
    }
    for s in mentions where s.role == .start && s.hasDay {
      if Drafter.looksBack(s, in: chars) { continue }
      if let e = mentions.first(where: { $0.role == .end && $0.time > s.time }) {
        // ("5月20日至22日，每天7时左右…" in a case's movements: a span over before publication is told, not ordered.)
        if e.time <= published { return }
        frames.notice.start = s
        frames.notice.end = e
        frames.periodOfAnOrder = String(chars).firstMatch(of: #/(?:实行|实施)[^，,。；;]{0,12}(?:管理|管控)/#) != nil
        // "…在芦荻街道、柳泉街道（以下简称“静默区域”）实行静默管理": the name the order gives its area.
        if let re = DraftPatterns.regex(#"以下简称[“"「]([^”"」]{2,8})[”"」]"#), let m = String(chars).firstMatch(of: re) {
          frames.orderArea = m.output[1].substring.map(String.init)
        }
        return
      }
      if frames.notice.start == nil { frames.notice.start = s }
    }
  }

  /// The words of an extension without its old end (`…静默管理时间延长至10月19日24时`).
  static let extensionCues = ["延长至", "延期至", "顺延至"]

  /// The guess of a start taken from the end of the order a later notice on the same page extends.
  static let extendedOrderGuess = "start: the end of the order the notice extends (…延长至)"

  /// Whether a lead-in says the items under it adjust the measures in force (`…各项措施继续执行，并作如下调整：`).
  static func adjustsMeasures(_ title: String) -> Bool {
    title.contains("措施") && ["作如下调整", "调整如下", "作以下调整", "作出如下调整"].contains { title.contains($0) }
  }

  /// Whether a sentence schedules a testing round and orders nothing else for a period (`明天7时至19时，两区再开展一轮
  /// 全员核酸检测`): its hours are the round's, not those of an order that 其间 could point back to.
  static func schedulesOnlyARound(_ chars: [Character]) -> Bool {
    let t = String(chars)
    return ["核酸检测", "核酸筛查", "采样"].contains(where: { t.contains($0) }) && ["开展", "进行", "启动", "组织"].contains(where: { t.contains($0) })
      && !["管理", "管控", "封控", "静默", "不流动", "居家", "暂停", "停止", "关闭"].contains(where: { t.contains($0) })
  }

  /// A report that opens by saying a conference was held the day before (`昨晚，…召开…新闻发布会`, `昨日下午，…举行…发布会`):
  /// the paragraph of that lead and the conference's day, which its speakers' 今日 means.
  static func relayedConference(_ bt: BriefingText, published: Timestamp) -> (paragraph: Int, day: Timestamp)? {
    for (i, p) in bt.paragraphs.prefix(3).enumerated() {
      let t = p.text
      guard t.contains("发布会"), t.contains("召开") || t.contains("举行") else { continue }
      guard ["昨晚", "昨日", "昨天"].contains(where: { w in t.prefix(12).contains(w) }) else { return nil }
      let f = published.cityTime.fields
      guard let day = Timestamp(year: f.year, month: f.month, day: f.day) else { return nil }
      return (i, day.adding(seconds: -86_400))
    }
    return nil
  }

  /// Whether a sentence announces the items that follow (`现将有关事项通告如下：`, `特通告如下`, `现公告如下`), alone or
  /// after the purpose it serves (`为巩固…成果，…，经研究决定：`, `根据…规定，决定如下：`): it states no rule of its own.
  static func announcesItems(_ sentence: String) -> Bool {
    let s = String(sentence.trimmingTrailing(" 　"))
    let markers = ["通告如下", "公告如下", "通知如下", "规定如下", "告知如下", "决定如下"]
    if markers.contains(where: { s.contains($0) }) && s.count <= 24 { return true }
    // The announcement is the last clause and ends with a colon: "经研究决定：", "现决定：", "特通告如下：".
    guard s.hasSuffix("：") || s.hasSuffix(":") else { return false }
    let last = String(s.split(whereSeparator: { ",，".contains($0) }).last ?? "")
    let announces = last.count <= 12 && (markers.contains { last.contains($0) } || last.dropLast().hasSuffix("决定"))
    guard announces else { return false }
    // Before it, only a purpose or an authority cited ("为…", "根据…"): no rule of its own.
    return last == s || ["为", "根据", "按照", "依据", "鉴于"].contains { s.hasPrefix($0) }
  }

  /// The characters of a title outside its brackets (`解除管控（2个，自…起）` gives `解除管控`).
  static func outsideBrackets(_ c: [Character]) -> [Character] {
    var depth = 0
    var out: [Character] = []
    for ch in c {
      if "(（".contains(ch) {
        depth += 1
      } else if ")）".contains(ch) {
        depth = max(0, depth - 1)
      } else if depth == 0 {
        out.append(ch)
      }
    }
    return out
  }

  /// Whether a section's title is a day or a span of hours and nothing else (`10月18日0时至24时`, `10月18日`): the day
  /// of what the section reports.
  static func isBareDay(_ title: String) -> Bool {
    title.firstMatch(of: #/^[（(]?[0-9]{1,2}月[0-9]{1,2}日(?:[0-9]{1,2}时)?(?:(?:至|到|—|-)[0-9]{1,2}时)?[)）]?[：:]?$/#) != nil
  }

  /// When a heading says the rules under it hold (`【第一阶段】6月3日0时至6月5日24时`, `第三阶段（6月10日起）`): a start it
  /// names, and the end beside it, in a short line that states no rule itself (`6月10日起恢复堂食` is a rule) and
  /// introduces no list (`以下区域自9月5日零时起降为低风险区：` moves the zones listed).
  static func headingPeriod(_ c: [Character], published: Timestamp) -> (start: TimeMention, end: TimeMention?)? {
    guard c.count <= 30, !outsideBrackets(c).contains(where: { ",，。；;".contains($0) }), VerbClass.find(in: c) == nil,
      !movesZones(c), !["以下", "如下", "下列"].contains(where: { String(c).contains($0) })
    else { return nil }
    var scanner = TimeScanner(published: published)
    let mentions = scanner.scan(c)
    guard let i = mentions.firstIndex(where: { $0.role == .start && $0.hasDay }) else { return nil }
    return (mentions[i], mentions[(i + 1)...].first { $0.role == .end })
  }

  /// A stage's label (`【第一阶段：9月22日起】`, `第二阶段：9月26日0时至10月2日24时`, `【第三步：视情另行通知】`): a short
  /// line that names a stage (阶段, 步, 批) before its colon; its period when all after the colon is when, else nil in
  /// the optional. Nil for any other line.
  static func stageLabel(_ c: [Character], published: Timestamp) -> (start: TimeMention, end: TimeMention?)?? {
    let bare = c.filter { !"【】[]".contains($0) }
    guard bare.count <= 30, let colon = bare.firstIndex(where: { ":：".contains($0) }), colon <= 10, colon + 1 < bare.count else {
      return nil
    }
    let label = String(bare[..<colon])
    guard label.firstMatch(of: #/^第[一二三四五六七八九十0-9]+(?:阶段|步|批)$/#) != nil else { return nil }
    return .some(headingPeriod(Array(bare[(colon + 1)...]), published: published))
  }

  /// Whether a sentence tells what an earlier, numbered notice ordered (`5月15日，…发布第47号通告，在…实行…`): it names
  /// the notice as issued on a day before publication and gives no start of its own.
  static func recountsEarlierNotice(_ c: [Character], mentions: [TimeMention], published: Timestamp) -> Bool {
    guard String(c).firstMatch(of: #/发布(?:了)?第[0-9一二三四五六七八九十百]+号(?:通告|通知|公告)/#) != nil else { return false }
    let f = published.cityTime.fields
    guard let day = Timestamp(year: f.year, month: f.month, day: f.day) else { return false }
    let dated = mentions.filter(\.hasDay)
    return !dated.isEmpty && dated.allSatisfy { $0.time < day && $0.role != .start }
  }

  /// Whether a date at `i` opens its sentence: within its first 8 characters, or right after a purpose clause
  /// ("为持续强化疫情防控，1月10日，我市…").
  static func opens(_ c: [Character], at i: Int) -> Bool {
    if i <= 8 { return true }
    // "市卫健委副主任某某介绍，4月25日0时至24时，…": who speaks opens nothing itself.
    if i >= 2, i <= 30, ",，".contains(c[i - 1]), !c[..<(i - 1)].contains(where: { ",，。；;".contains($0) }),
      ["介绍", "表示", "通报", "指出", "获悉", "称", "说"].contains(where: { String(c[..<(i - 1)]).hasSuffix($0) })
    {
      return true
    }
    // A speaker's or a column's tag before a colon ("答（市卫健委负责人）：", "【通报】") opens nothing itself.
    if let colon = c.prefix(min(i, 21)).firstIndex(where: { ":：】".contains($0) }), !c[..<colon].contains(where: { ",，。；;".contains($0) }),
      i - colon - 1 <= 8
    {
      return true
    }
    guard c.first == "为", i <= 48, i >= 1, ",，".contains(c[i - 1]) else { return false }
    if i <= 30, c[0..<(i - 1)].filter({ ",，".contains($0) }).isEmpty { return true }
    // A purpose of several clauses ("为做好…工作，保障…畅通，1月9日，…发出通知"): a date that stands as a clause of
    // its own after them still opens the sentence.
    return i <= 48 && dateStandsAlone(c, at: i)
  }

  /// Whether the date at `i` (after a comma) is a clause of its own: what follows it within 8 characters is a comma.
  static func dateStandsAlone(_ c: [Character], at i: Int) -> Bool {
    guard let comma = c[i...].firstIndex(where: { ",，。；;".contains($0) }) else { return false }
    return ",，".contains(c[comma]) && comma - i <= 8 && !c[i..<comma].contains(where: { !($0.isNumber || "年月日号时点分上下午晚早凌晨中时许".contains($0)) })
  }

  /// Whether two rounds starting at the same moment are one: the same scope, or one of them citywide (a restatement
  /// that names no district, or the whole city for its part of it).
  static func sameRoundScope(_ a: String, _ b: String) -> Bool {
    a == b || a == "city" || b == "city"
  }

  /// Whether a start begins the order a relative clause names (`自5月12日0时起实施的静态管理`), not the sentence's rule.
  static func startsWhatItNames(_ m: TimeMention, in c: [Character]) -> Bool {
    guard m.range.upperBound < c.count else { return false }
    let clause = String(c[m.range.upperBound...].prefix { !",，。；;".contains($0) })
    // ("我市6月2日发布的第28号通告中…": the day of the notice it cites.)
    let named = clause.hasPrefix("起") ? clause.dropFirst() : Substring(clause)
    // ("8月31日7:00至8:00在某早餐店停留的人员，须…", "…7:45至8:05乘坐66路公交车的乘客": when people were somewhere, which
    // says whom the rule is for, not when it starts.)
    // (A day and its hours only, not a span, "7天内有…所在县旅居史的人员".)
    let whereTheyWere =
      m.hasDay && clause.firstMatch(of: #/(?:^|[^所])(?:在|乘坐|搭乘|到过|途经|停留|去过|到访)[^,，。；;]*的(?:人员|乘客|旅客|群众|居民)$/#) != nil
    return (orderVerbs + ["发布", "印发", "出台"]).contains { named.hasPrefix($0 + "的") } || whereTheyWere
  }

  /// Verbs that put an order in force (`实施`, `实行`): followed by 的 they describe the order a clause names.
  static let orderVerbs = ["实施", "实行", "执行", "开始", "启动"]

  /// Whether a rule that goes on (restated or imposed, its verb not describing a noun with 的) stands before `i`:
  /// then a moment after it that the rule is lifted at (`…继续实行静态管理，8月7日24时按期解除`) is its end; alone, that
  /// moment is the lift (`…静态管理，将于5月19日6时结束`).
  static func ruleGoesOn(before i: Int, in c: [Character]) -> Bool {
    guard let (cls, cue) = VerbClass.find(in: Array(c[..<i])) else { return false }
    return [.restated, .imposed].contains(cls) && !(cue.upperBound < i && c[cue.upperBound] == "的")
  }

  /// The zones of a table row written with bars (`1｜东沟村（全村）｜峪口镇｜封控区`): each place of its first place
  /// cell, at the level its level cell names, from the start of the list it belongs to; nil when the paragraph is no
  /// such row.
  func pipeTableRow(_ para: BriefingText.Piece, frames: FrameStack, published: Timestamp, proposed: inout ProposedCatalogue) -> [Candidate]? {
    let c = para.normalized
    let bars = c.indices.filter { c[$0] == "|" || c[$0] == "｜" }
    guard bars.count >= 2 else { return nil }
    var cells: [Range<Int>] = []
    var lo = 0
    for b in bars + [c.count] {
      cells.append(lo..<b)
      lo = b + 1
    }
    guard let levelCell = cells.first(where: { r in headingLevel(Array(c[r])) != nil && r.count <= 6 }),
      let level = vocabulary.zoneLevels.find(in: Array(c[levelCell])).first,
      let placeCell = cells.first(where: { r in
        Drafter.looksLikePlace(String(c[r])) && !Drafter.namesStreet(String(c[r])) || String(c[r]).contains("、")
      })
    else { return nil }
    var out: [Candidate] = []
    for piece in BriefingText.split(para.slice(placeCell), at: "、", keepClosingQuote: false) {
      let r = (placeCell.lowerBound + piece.lowerBound)..<(placeCell.lowerBound + piece.upperBound)
      if let z = zoneItem(
        para, r, action: ZoneListAction(type: .zoneDesignated, level: level.value, levelWords: level.phrase), start: frames.listFrom,
        end: frames.listEnd, published: published, inherited: frames.placeDistrict, proposed: &proposed)
      {
        out.append(z)
      }
    }
    return out.isEmpty ? nil : out
  }

  /// Whether words are the name of a street, a town or a township and nothing more (`青槐街道`, `峪口镇`, `桃源办事处`).
  static func namesStreet(_ t: String) -> Bool {
    (3...10).contains(t.count) && t.allSatisfy(Drafter.isHan) && ["街道", "镇", "乡", "办事处"].contains(where: { t.hasSuffix($0) })
  }

  /// The zone level a heading names on its own (`二、管控区`, `■封控区`, `一、封控区管理措施`), if any.
  func headingLevel(_ c: [Character]) -> String? {
    // "高风险区（共12个）", "封控区：": a bracket or a colon after the level is still the level alone.
    var c = c
    if let open = c.firstIndex(where: { $0 == "(" || $0 == "（" }), c.last == ")" || c.last == "）" { c = Array(c[..<open]) }
    while let last = c.last, ":：".contains(last) { c.removeLast() }
    let hits = vocabulary.zoneLevels.find(in: c)
    guard hits.count == 1, let h = hits.first, h.range.lowerBound <= 1 else { return nil }
    // "封控区管理措施", "管控区管控要求": the heading of the level's rules names the level too.
    let tail = String(String(c[h.range.upperBound...]).trimmingTrailing("】] "))
    guard tail.count <= 2 || Drafter.levelRuleHeadings.contains(tail) else { return nil }
    return h.value
  }

  /// Whether a line opens a post's recap of its body (`划重点👇`, `【要点速览】`, `一图速览`).
  static func opensRecap(_ t: String) -> Bool {
    let h = t.filter(Drafter.isHan)
    return h.count <= 6 && ["划重点", "要点速览", "重点速览", "要点回顾", "一图速览", "速览"].contains(where: { h.hasPrefix($0) })
  }

  /// The district of a command the paragraph says issued a notice (`二七区疫情防控指挥部发布2022年第27号通告`), if
  /// it names one district's command.
  func relayedIssuer(_ c: [Character], proposed: inout ProposedCatalogue) -> PlaceHit? {
    let t = String(c)
    guard let m = t.firstMatch(of: #/([^，,。；;：:“”"]{2,14}?)(?:新冠肺炎)?(?:新型冠状病毒肺炎)?疫情防控(?:指挥部|领导小组)(?:办公室)?(?:[^，,。；;]{0,8}?(发布|印发|下发)|决定|(通告|公告))/#)
    else {
      return nil
    }
    // ("据金水区…指挥部通告（第19号）": the notice itself is named only after 据.)
    // ("以下为中牟县疫情防控指挥部通告（2022年第15号）主要内容：": or a post that says the text below is the notice's.)
    if m.output.3 != nil, !["据", "以下为", "以下是", "下面是"].contains(where: { String(m.output.1).hasPrefix($0) }) { return nil }
    return soleDistrict(in: Array(String(m.output.1)), proposed: proposed)
  }

  /// The district whose account posted a post (`金水发布 2022-11-21 19:00`, `郑东发布`): the account's name before
  /// 发布 opens the name of exactly one catalogued district or county. `郑州发布` is the city's, no district's.
  /// (`柳泉镇疫情防控指挥部  新郑柳泉发布  2022-10-09 21:15`: a town's account in a county names the county first; the
  /// account may follow the issuing office on the byline.)
  func accountDistrict(_ c: [Character]) -> PlaceHit? {
    guard BriefingText.isByline(c) else { return nil }
    var from = 0
    while from < c.count {
      let lo = c[from...].firstIndex(where: Drafter.isHan) ?? c.count
      let account = String(c[lo...].prefix { Drafter.isHan($0) })
      from = lo + max(account.count, 1)
      guard account.hasSuffix("发布") else { continue }
      let whole = Array(account.dropLast(2))
      // (The byline's spaces are gone by now: "…指挥部新郑柳泉发布" is read from its end, the account's name being the
      // last few characters before 发布.)
      for k in 2...max(2, min(6, whole.count)) where k <= whole.count {
        let stem = String(whole.suffix(k))
        let hits = vocabulary.catalogue.scopes.values.filter { s in
          guard vocabulary.catalogue.isDistrict(s.key) else { return false }
          let short = String(s.label.zh.dropLast())
          return s.label.zh.hasPrefix(stem) || short.count >= 2 && stem.count > short.count && stem.hasPrefix(short)
        }
        let at = lo + whole.count - k
        if hits.count == 1 { return PlaceHit(key: hits[0].key, zh: hits[0].label.zh, range: at..<(at + k)) }
      }
    }
    return nil
  }

  /// The one catalogued district a text names, if it names exactly one (`郑州市中原区…指挥部`).
  func soleDistrict(in c: [Character], proposed: ProposedCatalogue) -> PlaceHit? {
    var scratch = proposed
    let ds = districts(in: c, proposed: &scratch).filter { vocabulary.catalogue.isDistrict($0.key) }
    return ds.count == 1 ? ds[0] : nil
  }

  /// The words after a level in the heading of its rules (`封控区管理措施`).
  static let levelRuleHeadings: Set<String> = ["管理措施", "管控措施", "防控措施", "措施", "管理", "管控要求", "管理要求", "防控要求"]

  /// What a heading of a zone list without a colon does to each place under it (`【新增中风险区】（5个）`,
  /// `▲今日解除高风险区（6个）`, `【由高风险区调整为中风险区】`), if it is such a heading.
  func headingListAction(_ c: [Character]) -> ZoneListAction? {
    var h = Drafter.outsideBrackets(c).filter { !"【】[] ".contains($0) && !BriefingText.bullets.contains($0) }
    while let last = h.last, ":：".contains(last) { h.removeLast() }
    // "◆ 解除封控（1个）": a heading that lifts and counts its places names the control, not a level. (Without the count,
    // "【解除管控】" may head a lead-in of its own: "自8月9日20:00起，以下区域解除管控：".)
    if String(h).firstMatch(of: #/^(?:今日|本次)?(?:解除封控|解除管控|解封)(?:区域|小区)?$/#) != nil,
      String(c).firstMatch(of: #/[（(][0-9一二三四五六七八九十]+个[)）]/#) != nil
    {
      return ZoneListAction(type: .zoneLifted)
    }
    guard h.count >= 3, h.count <= 16, !h.contains(where: { "，,。；;".contains($0) }) else { return nil }
    let levels = vocabulary.zoneLevels.find(in: h)
    guard levels.count >= 1, let last = levels.last, h.count - last.range.upperBound <= 2 || String(h[last.range.upperBound...]).hasSuffix("管控")
    else { return nil }
    if let a = listAction(h) { return a }
    let t = String(h)
    // "今日解除高风险区": a lift names the level it lifts.
    if let r = t.firstRange(of: "解除"), levels.count == 1, t[r.upperBound...].count <= 6 { return ZoneListAction(type: .zoneLifted) }
    // "新增中风险区", "新划定高风险区", "今日新增封控区".
    if levels.count == 1, ["新增", "新划定", "新划"].contains(where: { t.hasPrefix($0) || t.hasPrefix("今日" + $0) }) {
      return ZoneListAction(type: .zoneDesignated, level: last.value, levelWords: last.phrase)
    }
    return nil
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
    if let re = DraftPatterns.regex(#"第([[0-9]一二三四五六七八九十百零]+)场"#), let m = norm.firstMatch(of: re),
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

  // MARK: - Scopes

  struct ScopeReading {
    var key: String
    var guess: String?
  }

  /// The scope a sentence names: a district set, one district, the province, or the city.
  func scopeOf(_ places: [Lexicon.Hit], in chars: [Character], issuer: PlaceHit? = nil) -> ScopeReading {
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
    // A rule the provincial command issues, or one for the province's own people, holds for the province.
    let text = String(chars)
    if !places.contains(where: { c.scopes[$0.value]?.kind == .city }), ["省疫情防控指挥部", "省指挥部", "本省", "全省各地"].contains(where: { text.contains($0) }),
      let p = c.scopes.values.first(where: { $0.kind == .province })
    {
      return ScopeReading(key: p.key, guess: "scope: the province (a provincial rule)")
    }
    if places.contains(where: { c.scopes[$0.value]?.kind == .city }) { return ScopeReading(key: "city", guess: nil) }
    // A district's notice ("全区居民…", "辖区内…") is about that district unless it names the city (全市).
    if let issuer, !text.contains("全市") { return ScopeReading(key: issuer.key, guess: "scope: \(issuer.zh), whose command issued the notice") }
    return ScopeReading(key: "city", guess: "scope: city (no district named)")
  }
}

extension Drafter {
  /// The guess a time carries when it was taken from the opening of its sentence into a later `；` part.
  static let openingTimeGuess = "time: from the opening of the sentence"
  static let sameDayInSentenceGuess = "同日: the day the sentence named before"
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
