/// Notices reprinted inside a briefing (a newspaper page, a press release quoting the command office).
extension Drafter {
  /// The paragraphs of every reprinted notice that says it takes effect on its publication (`本通告自发布之日起执行`),
  /// mapped to the date it is signed with (`2022年6月3日` alone on a line just after): its undated rules and its 即日起
  /// start that day, not on the day the briefing printing it appeared. The notice runs back from that sentence to its
  /// title (the nearest line naming a 通告 or 通知 that ends no sentence); without a title within 30 paragraphs, nothing.
  /// - Complexity: O(p) in the number of paragraphs, each looked at a bounded number of times.
  static func signedNoticeDates(_ bt: BriefingText) -> [Int: Timestamp] {
    let paras = bt.paragraphs.map { String($0.normalized) }
    var out: [Int: Timestamp] = [:]
    let inForce = ["自发布之日起执行", "自发布之日起施行", "自印发之日起执行", "自印发之日起施行", "自公布之日起执行", "自公布之日起施行"]
    for (i, p) in paras.enumerated() where inForce.contains(where: { p.contains($0) }) {
      guard let (j, day) = (i + 1..<min(paras.count, i + 4)).lazy.compactMap({ k in signatureDate(paras[k]).map { (k, $0) } }).first
      else { continue }
      // Back to the title: a line naming a 通告 or 通知 that ends no sentence. Without one nearby, nothing is dated.
      guard
        let first = stride(from: i - 1, through: max(0, i - 30), by: -1).first(where: { k in isNoticeTitle(paras[k]) || signatureDate(paras[k]) != nil
        }),
        isNoticeTitle(paras[first])
      else { continue }
      for k in first...j where out[k] == nil { out[k] = day }
    }
    return out
  }

  /// A notice's title: names a 通告 or 通知, ends no sentence, and is short.
  static func isNoticeTitle(_ p: String) -> Bool {
    (p.contains("通告") || p.contains("通知")) && p.count <= 80 && !p.hasSuffix("。") && !p.contains("。")
  }

  /// 00:00 of a date written alone (`2022年6月3日`): a notice's signature line.
  static func signatureDate(_ paragraph: String) -> Timestamp? {
    guard let re = DraftPatterns.regex(#"^([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日$"#), let m = paragraph.firstMatch(of: re),
      let y = m.output[1].substring.flatMap({ Int($0) }), let mo = m.output[2].substring.flatMap({ Int($0) }),
      let d = m.output[3].substring.flatMap({ Int($0) })
    else { return nil }
    return Timestamp(year: y, month: mo, day: d)
  }

  /// The start a notice gives itself in its closing words ("本通告自2022年11月1日零时起施行"), when that is a day
  /// (not "自发布之日起", which is its publication).
  static func inForceFrom(_ bt: BriefingText, published: Timestamp) -> TimeMention? {
    guard let re = DraftPatterns.regex(#"本(通告|通知|公告|规定|措施)自(.{2,20}?)起(施行|执行|实施|生效)"#) else { return nil }
    for p in bt.paragraphs.reversed() {
      let c = p.normalized
      guard String(c).firstMatch(of: re) != nil else { continue }
      var scanner = TimeScanner(published: published)
      return scanner.scan(c).first { $0.hasDay && $0.role != .end }.map { m in
        var m = m
        m.range = 0..<0
        m.guesses.append("effective: the day the notice says it takes effect (本通告自…起施行)")
        return m
      }
    }
    return nil
  }

  /// When the notice says all its measures end (`以上措施暂定执行至8月5日24时`, `本通知有效期至…`): the end of each rule it
  /// imposes, amends or restates without an end of its own; with the paragraph that says so and whether it speaks of
  /// the measures above it only (`上述第一至五项调整暂定执行至11月10日24时` before a section that reopens lines).
  /// - Complexity: O(n) in the text's length.
  static func inForceUntil(_ bt: BriefingText, published: Timestamp) -> (end: TimeMention, paragraph: Int, above: Bool)? {
    let re =
      #/^(?:[一二三四五六七八九十0-9]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[)）])?(?:[^，,。；;]{0,6}[，,])?(以上|上述|本)(?:第[一二三四五六七八九十]+(?:至|到|、|和)?[一二三四五六七八九十]*[项条])?(?:各项)?(?:通告|通知|公告|规定|措施|要求|调整)[^，,。；;]{0,8}?(?:暂定|暂时)?(?:执行|实施|实行|施行|有效期?)(?:至|到)/#
    for (index, p) in bt.paragraphs.enumerated().reversed() {
      for r in BriefingText.sentences(in: p) {
        let c = Array(p.normalized[r])
        guard let m = String(c).firstMatch(of: re) else { continue }
        var scanner = TimeScanner(published: published)
        if let e = scanner.scan(c).first(where: { $0.role == .end && $0.hasDay }) {
          var e = e
          e.range = 0..<0
          e.guesses.append("until: the end the notice gives all its measures (以上措施执行至…)")
          return (e, index, m.output.1 != "本")
        }
      }
    }
    return nil
  }

  /// A part split where the rule for those who must leave the city follows the principle it excepts, urged only (`我市继续
  /// 倡导“非必要不离郑”，确需离郑的，须持48小时内核酸检测阴性证明`): after a comma it is a rule of its own, as after `；`.
  /// (After a principle ruled, `继续实行“非必要不离市”，确需离市的，须…`, it is that rule's exception.)
  static func splittingLeaversRule(_ part: Range<Int>, in chars: [Character]) -> [Range<Int>] {
    let t = String(chars[part])
    guard let m = t.firstMatch(of: #/[，,](?:确需|如确需)离(?!开|区|小区|村|社区|家|校)[^的,，。；;]{1,3}的[，,]/#),
      t[..<m.range.lowerBound].contains("倡导")
    else { return [part] }
    let cut = part.lowerBound + t.distance(from: t.startIndex, to: m.range.lowerBound) + 1
    return [part.lowerBound..<cut, cut..<part.upperBound]
  }
}
