/// Text folded to a terminal's width by display columns, at spaces where it can and between characters where a
/// word is longer than the line; a wide character is never split.
enum TextWrap {
  /// `text` as lines of at most `width` columns, each ending in `"\n"`; lines after the first start with
  /// `indent` (counted in the width). With `width` `nil`, `text` on one line.
  /// - Complexity: O(n) in the length of `text`.
  static func lines(_ text: String, width: Int?, indent: String = "") -> String {
    guard let width else { return text + "\n" }
    let indentWidth = DisplayWidth.width(of: indent)
    var out = ""
    var line = ""
    var used = 0
    var first = true
    func flush() {
      out += (first ? "" : indent) + line + "\n"
      first = false
      line = ""
      used = 0
    }
    func limit() -> Int { max(first ? width : width - indentWidth, 1) }
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      let w = DisplayWidth.width(of: word)
      if used > 0, used + 1 + w > limit() { flush() }
      if used > 0 {
        line += " "
        used += 1
      }
      if used + w <= limit() {
        line += word
        used += w
        continue
      }
      // A word longer than a line: break it between characters.
      for ch in word {
        let cw = DisplayWidth.width(of: ch)
        if used + cw > limit(), used > 0 { flush() }
        line.append(ch)
        used += cw
      }
    }
    if used > 0 || first { flush() }
    return out
  }
}
