/// Chinese numerals as the notices write them: 三十五, 十一, 二十, 一百零八, 两, 〇/零, and ASCII or
/// full-width digits.
public enum ChineseNumerals {
  static let digits: [Character: Int] = [
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
  ]
  static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]

  /// Whether `c` can be part of a Chinese numeral.
  public static func isNumeralCharacter(_ c: Character) -> Bool {
    digits[c] != nil || units[c] != nil || c == "万"
  }

  /// The value of a numeral, or `nil` when `s` is not one.
  ///
  /// Accepts positional digit strings (`2022`, `二〇二二`) and the unit form (`三十五`, `十一`, `一百零八`,
  /// `一万二千`). - Returns: `nil` for an empty string or any other character.
  public static func value(_ s: some StringProtocol) -> Int? {
    let chars = Array(s).map(BriefingText.normalize)
    guard !chars.isEmpty else { return nil }
    if chars.allSatisfy(\.isASCII), let v = Int(String(chars)) { return v }
    // Positional: only digits (二〇二二).
    if chars.count > 1, chars.allSatisfy({ digits[$0] != nil }) {
      return chars.reduce(0) { $0 * 10 + digits[$1]! }
    }
    var total = 0
    var section = 0
    var digit: Int?
    for c in chars {
      if let d = digits[c] {
        digit = d
      } else if let u = units[c] {
        section += (digit ?? 1) * u
        digit = nil
      } else if c == "万" {
        total += (section + (digit ?? 0)) * 10_000
        section = 0
        digit = nil
      } else {
        return nil
      }
    }
    return total + section + (digit ?? 0)
  }
}
