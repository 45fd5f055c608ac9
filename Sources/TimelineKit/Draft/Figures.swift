/// A reported figure: a number with its measure word, as printed ("103例", "1176.4887万人", "3.1万车").
public struct Figure: Sendable, Hashable {
  /// Character offsets in the sentence (number and unit).
  public var range: Range<Int>
  /// The number as printed, in ASCII digits (a JSON number literal).
  public var value: String
  /// The unit as printed, with 万/亿 when the text has it: 例, 人, 万人, 万人次, 个, 间, 吨, 万只, …
  public var unit: String
  /// 余, 多, 近 or 约 when the number is approximate.
  public var qualifier: String?
}

/// Finds figures with units in a sentence (normalised characters).
public enum FigureRecogniser {
  static let units = "人次|剂次|剂|例|人|个|间|吨|只|台|家|条|套|辆|车|名|位|轮|次|所|处|户|元|场|张|床|份|%"
  /// A number may group its thousands ("493,207人", "2,146.8万人次").
  static let pattern = #"(近|约)?([0-9]{1,3}(?:[,，][0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)(余|多)?(万|亿)?(余|多)?("# + units + ")"

  /// The figures of a sentence, leaving out rule parameters ("每户每天1人", "不少于1500间", "第4轮") and
  /// numbers inside the given time ranges.
  /// - Complexity: O(n) in the sentence's length.
  public static func figures(in chars: [Character], excluding: [Range<Int>] = []) -> [Figure] {
    let text = String(chars)
    guard let re = DraftPatterns.regex(pattern) else { return [] }
    var out: [Figure] = []
    for m in text.matches(of: re) {
      let lower = text.distance(from: text.startIndex, to: m.range.lowerBound)
      let upper = text.distance(from: text.startIndex, to: m.range.upperBound)
      if excluding.contains(where: { $0.overlaps(lower..<upper) }) { continue }
      let window = String(chars[max(0, lower - 3)..<lower])
      if window.contains("每") || window.hasSuffix("第") || window.hasSuffix("不少于") || window.hasSuffix("不超过")
        || window.hasSuffix("不低于") || window.hasSuffix("至少") || window.hasSuffix("超过") || window.hasSuffix("低于")
        || window.hasSuffix("小于") || window.hasSuffix("大于") || window.hasSuffix("少于") || window.hasSuffix("满")
        // ("一次最多进3个人": a cap, said in speech.)
        || window.contains("最多") || window.contains("至多")
      {
        continue
      }
      if lower > 0, chars[lower - 1].isLetter && chars[lower - 1].isASCII || chars[lower - 1] == "-" { continue }
      // "不承接10人以上聚餐", "50人以上的活动": people above a threshold, the bound of a rule, not a count.
      let rest = String(chars[upper...].prefix(2))
      if rest == "以上" || rest == "以下", let u = m.output[4].substring ?? m.output[6].substring, ["人", "桌"].contains(String(u)) { continue }
      // "单人单检16元/人次", "每斤12元": a price per unit is a rule's fee, not a count.
      if m.output[6].substring == "元", let next = chars[upper...].first, "/／每".contains(next) { continue }
      let o = m.output
      var number = (o[2].substring.map(String.init) ?? "").filter { $0 != "," && $0 != "，" }
      // A JSON number has no leading zeros: "0594.9万人" in a text is 594.9, not the invalid literal 0594.9.
      while number.count > 1, number.hasPrefix("0"), number.dropFirst().first != "." { number.removeFirst() }
      let unit = (o[4].substring.map(String.init) ?? "") + (o[6].substring.map(String.init) ?? "")
      let qualifier = o[1].substring.map(String.init) ?? o[3].substring.map(String.init) ?? o[5].substring.map(String.init)
      out.append(Figure(range: lower..<upper, value: number, unit: unit, qualifier: qualifier))
    }
    // Counts of cases and people in Chinese numerals ("两例", "十二例", "三名"); 一人 and 一名 are left out, as they are
    // mostly phrases ("一人一档", "安排一名家庭成员").
    if let han = DraftPatterns.regex(#"([零〇一二两三四五六七八九十百千]+)(例|名|人次|人)"#) {
      for m in text.matches(of: han) {
        let lower = text.distance(from: text.startIndex, to: m.range.lowerBound)
        let upper = text.distance(from: text.startIndex, to: m.range.upperBound)
        if excluding.contains(where: { $0.overlaps(lower..<upper) }) || out.contains(where: { $0.range.overlaps(lower..<upper) }) { continue }
        let numeral = String(m.output[1].substring ?? "")
        let unit = String(m.output[2].substring ?? "")
        let window = String(chars[max(0, lower - 3)..<lower])
        if window.contains("每") || window.hasSuffix("第") || window.hasSuffix("不超过") || window.hasSuffix("超过") { continue }
        if numeral == "一" && unit != "例" { continue }
        // "一人一档", "三人一组": a ratio, not a count.
        if upper < chars.count, ChineseNumerals.isNumeralCharacter(chars[upper]) { continue }
        guard let v = ChineseNumerals.value(numeral) else { continue }
        out.append(Figure(range: lower..<upper, value: String(v), unit: unit, qualifier: nil))
      }
      out.sort { $0.range.lowerBound < $1.range.lowerBound }
    }
    return out
  }
}
