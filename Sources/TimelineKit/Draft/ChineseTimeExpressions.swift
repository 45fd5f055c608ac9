/// A date or time the text mentions, resolved against the publication date.
public struct TimeMention: Sendable, Hashable {
  /// The same moment in another role (an end that is the moment a rule is lifted at, read as that rule's start).
  func playing(_ role: Role) -> TimeMention {
    var m = self
    m.role = role
    return m
  }

  /// A moment carried over from another sentence or draft (no characters of this one): a full day and time.
  static func carried(_ time: Timestamp, role: Role, guesses: [String] = []) -> TimeMention {
    TimeMention(range: 0..<0, time: time, role: role, hasDay: true, hasClock: true, guesses: guesses)
  }

  /// The end at the midnight that closes `days` days counted from this mention's day (`5月4日当天`: one day).
  func ending(afterDays days: Int) -> TimeMention {
    var e = self
    let f = time.fields
    e.time = Timestamp(year: f.year, month: f.month, day: f.day)!.adding(seconds: Int64(days) * 86_400)
    e.role = .end
    return e
  }

  /// What the mention does in its sentence.
  public enum Role: String, Sendable, Hashable {
    /// The start of something: "1月10日8时起", "从1月10日开始", the first end of "25日零时到29日24时".
    case start
    /// A scheduled end: "到29日24时", "下午3:00结束".
    case end
    /// The moment a figure is as of: "截至1月10日24时".
    case asOf
    /// A bare date or time ("1月10日，我市…").
    case point
  }

  /// Character offsets in the sentence.
  public var range: Range<Int>
  public var time: Timestamp
  public var role: Role
  /// Whether the text gives a day (a date or a relative day), rather than only a time of day.
  public var hasDay: Bool
  /// Whether the text gives a time of day (an hour, or "24时"/"零时").
  public var hasClock: Bool
  /// What had to be guessed to resolve it (the year, the day of a bare time).
  public var guesses: [String]
}

/// Finds and resolves Chinese date and time expressions, sentence by sentence.
///
/// Handles 1月10日8时起, 1月8日中午12时起, 当日下午3:00, 上午9:00, 11月25日零时到29日24时 (24时 is 00:00 of the
/// next day), 截至1月10日24时, 1月7日2时, 次日, 今天/今日/昨天/昨晚, Chinese numerals (十一月二十九日), and a
/// year from the publication date (a month more than half a year after publication is read as the year before).
/// A time of day without a date takes the last date mentioned before it (``lastDay``), else the publication date.
public struct TimeScanner: Sendable {
  /// The briefing's publication time.
  public let published: Timestamp
  /// The last day mentioned (its 00:00), carried across sentences of a paragraph.
  public var lastDay: Timestamp?
  /// The last day mentioned that was not an end (`至11月11日24时`).
  var lastStartDay: Timestamp?

  /// The day 今天 / 今日 mean when it is not the publication's: a report of a conference held the evening before
  /// (`昨晚，…召开…发布会`) relays its speakers' 今日, which is the conference's day.
  public var today: Timestamp?

  /// The last day an earlier paragraph mentioned: what 当日, 当天 and 同日 point back to when their own paragraph has
  /// named no day yet ("11月29日…采集…。" then "当日新增治愈出院…").
  public var earlierDay: Timestamp?
  /// The last year the text wrote out (`2022年4月8日`): the year of later dates that leave it out.
  public var yearNamed: Int?

  /// The first start with a day in words read on their own (`…（自11月3日0时起）`, `自5月4日6:00起，…以下要求：`): what a
  /// heading or a lead-in dates the items under it by.
  static func firstStart(in chars: [Character], published: Timestamp) -> TimeMention? {
    var scanner = TimeScanner(published: published)
    return scanner.scan(chars).first { $0.role == .start && $0.hasDay }
  }

  public init(published: Timestamp, today: Timestamp? = nil) {
    self.published = published.cityTime
    self.today = today
  }

  static let pattern =
    #"(今天|今日|今晚|今早|今晨|昨天|昨日|昨晚|前天|明天|明日|明晚|明早|明晨|后天|次日|当日|当天|当晚|同日|(?:本|下)(?:周|星期)[一二三四五六日天])?(?:[（(](?:[0-9]{1,2}月)?[0-9]{1,2}日[)）])?(?:([0-9]{4}|[〇零一二三四五六七八九]{4})年)?(?:([0-9]{1,2}|十[一二]?|[一二三四五六七八九])月)?(?:([0-9]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日)?(?:[（(](?:星期|周)[一二三四五六日天][)）])?(凌晨|早上|早晨|上午|中午|下午|傍晚|晚上|夜间|夜里|晚|早)?(?:([0-9]{1,2}|[零一二两三四五六七八九十]{1,3})(?:时|点)(?:([0-9]{1,2})分|(半))?|([0-9]{1,2}):([0-9]{2}))?"#

  /// The time mentions of one sentence (normalised characters), in text order.
  /// - Complexity: O(n) in the sentence's length.
  public mutating func scan(_ chars: [Character]) -> [TimeMention] {
    let text = String(chars)
    guard let re = DraftPatterns.regex(TimeScanner.pattern) else { return [] }
    var out: [TimeMention] = []
    for m in text.matches(of: re) {
      let o = m.output
      func cap(_ i: Int) -> String? { o[i].substring.map(String.init) }
      let rel = cap(1)
      let year = cap(2)
      let month = cap(3)
      let day = cap(4)
      // "截至当晚22时": the day before named, in the evening (当 is part of the mention, so 截至 is right before it).
      // "今晚20时", "明早7时": the evening or morning of that day; without an hour they name no moment.
      let evening: Set<String> = ["当晚", "今晚", "明晚"]
      let ampm = cap(5) ?? (rel.map(evening.contains) == true ? "晚" : nil)
      var hourText = cap(6)
      var minuteText = cap(7)
      let half = cap(8) != nil
      if let h = cap(9) {
        hourText = h
        minuteText = cap(10)
      }
      let lower = text.distance(from: text.startIndex, to: m.range.lowerBound)
      let upper = text.distance(from: text.startIndex, to: m.range.upperBound)
      // "原定的10月16日24时": the old time a change replaces.
      if lower >= 2, String(chars[max(0, lower - 3)..<lower]).contains("原定") || String(chars[max(0, lower - 3)..<lower]).hasSuffix("原") { continue }
      // "7日内有…旅居史": a span of days, not the 7th.
      if rel == nil, month == nil, day != nil, hourText == nil, upper < chars.count, "内后".contains(chars[upper]) { continue }
      guard upper > lower else { continue }
      if day == nil && rel == nil && hourText == nil { continue }
      if let rel, ["今晚", "今早", "今晨", "明晚", "明早", "明晨"].contains(rel), hourText == nil, cap(9) == nil { continue }
      let before = lower > 0 ? chars[lower - 1] : " "
      if before == "第" || before.isNumber || before == "." { continue }
      if let d = day, month == nil, !d.allSatisfy(\.isASCII) { continue }
      if let h = hourText, !h.allSatisfy(\.isASCII), h != "零", day == nil, rel == nil, ampm == nil { continue }
      let after = upper < chars.count ? chars[upper] : " "
      // "时间", "时段", "时期" are words; "24时期间" is 24时 and 期间.
      let afterNext = upper + 1 < chars.count ? chars[upper + 1] : " "
      if hourText != nil, cap(9) == nil, after == "间" || after == "段" || after == "期" && afterNext != "间" || after == "候" { continue }

      var guesses: [String] = []
      // The day.
      var base: Timestamp
      var hasDay = true
      let pub = published.fields
      if let d = day, let dv = ChineseNumerals.value(d) {
        var y = pub.year
        var mo = pub.month
        if let month, let mv = ChineseNumerals.value(month) {
          mo = mv
        } else if let last = lastDay {
          mo = last.fields.month
          y = last.fields.year
        }
        if let year, let yv = ChineseNumerals.value(year) {
          y = yv
          yearNamed = yv
        } else if month != nil, let named = yearNamed {
          // "【通告一】…（2022年4月8日）…自4月9日起": a year written earlier in the text holds for the dates after it.
          y = named
          guesses.append("year \(y): the year written before")
        } else if month != nil {
          // A month far ahead of publication is the year before; one a few months behind it, in a text of the year's
          // end, the year after (a notice rarely looks more than a season ahead).
          if mo - pub.month > 6 {
            y -= 1
            guesses.append("year \(y) (a \(mo)月 date in a \(pub.month)月 text: the year before publication)")
          } else if mo + 12 - pub.month <= 2 {
            y += 1
            guesses.append("year \(y) (a \(mo)月 date in a \(pub.month)月 text: the year after publication)")
          } else {
            guesses.append("year from publication date")
          }
        }
        guard let t = Timestamp(year: y, month: mo, day: dv) else { continue }
        base = t
      } else if let rel {
        let pubDay = Timestamp(year: pub.year, month: pub.month, day: pub.day)!
        switch rel {
        case "今天", "今日", "今晚", "今早", "今晨":
          base = today ?? pubDay
          if today != nil { guesses.append("\(rel): the day of the conference the report relays") }
        case "昨天", "昨日", "昨晚": base = pubDay.adding(seconds: -86_400)
        case "明天", "明日", "明晚", "明早", "明晨": base = pubDay.adding(seconds: 86_400)
        // Said aloud: "前天全镇做的那一轮核酸", "后天健康码就变黄码".
        case "前天": base = pubDay.adding(seconds: -2 * 86_400)
        case "后天": base = pubDay.adding(seconds: 2 * 86_400)
        case let w where w.hasPrefix("本") || w.hasPrefix("下"):
          // "本周五", "下周一": a day of publication's week (Monday first) or of the next.
          // (1970-01-01 was a Thursday: day 3 of a week that starts on Monday.)
          let weekday = ((pubDay.epochSeconds + 8 * 3600) / 86_400 + 3) % 7
          let last = w.last == "天" ? "日" : w.last!
          let wanted = Int64(Array("一二三四五六日").firstIndex(of: last) ?? 0)
          let shift = wanted - weekday + (w.hasPrefix("下") ? 7 : 0)
          base = pubDay.adding(seconds: shift * 86_400)
          guesses.append("\(w): a day of the week of publication (\(base.dateString))")
        case "次日": base = (lastDay ?? pubDay).adding(seconds: 86_400)
        // "…起划定为封控区，…至11月11日24时。相邻的…同日起划定为…": 同日 is the day things started, not an end.
        case "同日": base = lastStartDay ?? lastDay ?? earlierDay ?? pubDay
        default: base = lastDay ?? earlierDay ?? pubDay
        }
        if (rel == "当日" || rel == "当天" || rel == "同日") && lastDay == nil, let e = earlierDay {
          guesses.append("\(rel): the day an earlier paragraph named (\(e.dateString))")
        } else if (rel == "当日" || rel == "当天" || rel == "同日" || rel == "次日") && lastDay == nil {
          guesses.append("\(rel) read against the publication date")
        }
      } else {
        hasDay = false
        if let last = lastDay {
          base = last
        } else {
          base = Timestamp(year: pub.year, month: pub.month, day: pub.day)!
          guesses.append("day of a bare time: publication date")
        }
      }
      if hasDay { lastDay = base }
      // The time of day.
      var seconds: Int64 = 0
      var hasClock = false
      if let hourText, var h = ChineseNumerals.value(hourText) {
        var mi = minuteText.flatMap { ChineseNumerals.value($0) } ?? 0
        if half { mi = 30 }
        switch ampm {
        case "下午", "傍晚", "晚上", "夜间", "夜里", "晚":
          if h < 12 { h += 12 }
          // ("到8月10号晚上12点": 12 at night is the day's end, its 24时.)
          if h == 12, ampm != "下午" { h = 24 }
        case "中午": if h < 11 { h += 12 }
        default: break
        }
        guard h <= 24, mi < 60, h < 24 || mi == 0 else { continue }
        seconds = Int64(h * 3600 + mi * 60)
        hasClock = true
      }
      var time = base.adding(seconds: seconds)
      let role = TimeScanner.role(chars, lower, upper, previous: out.last)
      // "至9月14日": a day without an hour ends with that day (its 24时); "9月14日前" ends before it.
      if role == .end, hasDay, !hasClock, !(upper < chars.count && chars[upper] == "前") {
        time = time.adding(seconds: 86_400)
        guesses.append("end: a date without an hour runs to its end (24时)")
      }
      if hasDay, role != .end { lastStartDay = base }
      out.append(TimeMention(range: lower..<upper, time: time, role: role, hasDay: hasDay, hasClock: hasClock, guesses: guesses))
      if out.count >= 2, out[out.count - 1].role == .end, out[out.count - 2].role == .point {
        out[out.count - 2].role = .start
      }
    }
    return out
  }

  static func role(_ c: [Character], _ lower: Int, _ upper: Int, previous: TimeMention?) -> TimeMention.Role {
    func before(_ s: String) -> Bool {
      let k = Array(s)
      return lower >= k.count && Array(c[(lower - k.count)..<lower]) == k
    }
    func after(_ s: String) -> Bool {
      let k = Array(s)
      return upper + k.count <= c.count && Array(c[upper..<(upper + k.count)]) == k
    }
    if before("截至") || before("截止") || before("截止到") || before("截至到") { return .asOf }
    // "提前至10月15日12时", "推迟至10月20日": the new time the thing happens, not an end.
    if before("提前至") || before("推迟至") || before("延后至") || before("提前到") || before("推迟到") { return .start }
    if let previous, previous.range.upperBound >= lower - 2, before("到") || before("至") || before("-") || before("~") || before("—") {
      return .end
    }
    // "从今天晚上8点开始，到8月10号晚上12点": a start said in full, then its end after a comma.
    if let previous, before("到") || before("至"), previous.range.upperBound < lower - 1,
      ["开始，", "开始,", "起，", "起,"].contains(String(c[previous.range.upperBound..<(lower - 1)]))
    {
      return .end
    }
    // "…，至5月15日24时。", "直至6月1日": an end without its start beside it.
    // ("先封7天，到5月3号夜里12点", "一直到5月10日": 到 said after a pause, or with 直 or 一直, is 至 in speech.)
    let spokenTo = before("直到") || before("到") && (lower < 2 || "，,。；;：: ".contains(c[lower - 2]))
    if previous == nil || previous!.range.upperBound < lower - 2, before("直至") || spokenTo || before("至") && !before("截至") {
      // ("…3家农贸市场延至5月25日恢复营业": the day the reopening now happens.)
      if ["恢复", "开放", "复课", "开学", "返校", "开园"].contains(where: after) { return .start }
      if !after("起") && !after("开始") { return .end }
    }
    if after("起") || after("首班车起") || after("首班车") || after("开始") || after("以来") || after("启动") || after("到") || after("至") { return .start }
    // "对7月12日18时前未参检的人员，健康码将赋黄码": a deadline missed is when the consequence starts.
    if after("前未") || after("前仍未") || after("前没有") || after("前尚未") { return .start }
    if after("结束") || after("前") || after("截止") || after("完成") || after("止") { return .end }
    return .point
  }

  /// Durations in days: "连续14天", "三天", "5天时间", with their character ranges.
  public static func durations(in chars: [Character]) -> [(range: Range<Int>, days: Int)] {
    let text = String(chars)
    guard let re = DraftPatterns.regex(#"(?:连续)?([0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:个)?(天|日|周)"#) else { return [] }
    var out: [(Range<Int>, Int)] = []
    for m in text.matches(of: re) {
      guard let n = m.output[1].substring.flatMap({ ChineseNumerals.value($0) }) else { continue }
      let lower = text.distance(from: text.startIndex, to: m.range.lowerBound)
      let upper = text.distance(from: text.startIndex, to: m.range.upperBound)
      if lower > 0, chars[lower - 1] == "月" || chars[lower - 1] == "第" || chars[lower - 1].isNumber { continue }
      let unit = m.output[2].substring.map(String.init) ?? "天"
      if unit == "日" && !text[m.range].hasPrefix("连续") { continue }
      out.append((lower..<upper, unit == "周" ? n * 7 : n))
    }
    return out
  }
}
