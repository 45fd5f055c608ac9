/// A briefing's text cut into paragraphs and sentences, with a normalised working copy for matching.
///
/// Every piece keeps two parallel character arrays of the same length: ``Piece/original`` is the text as
/// printed with line breaks and spaces removed (so any slice of it is a quote that `SourceText.contains`
/// finds), and ``Piece/normalized`` maps full-width digits, letters and punctuation to their ASCII forms
/// one character for one, so that positions found in the working copy slice the original.
///
/// Hard-wrapped newspaper columns (most lines 8 to 22 characters) are joined back into paragraphs: a
/// paragraph ends at an indented line (U+3000 or spaces), a `■` heading, or a line that ends a sentence
/// and is visibly shorter than the column.
///
/// ## Topics
/// - ``paragraphs``, ``Piece``, ``sentences(in:)``, ``clauses(in:)``, ``normalize(_:)``
public struct BriefingText: Sendable {
  /// A paragraph, sentence or clause: verbatim characters (whitespace folded) and their normalised copy.
  public struct Piece: Sendable, Hashable {
    /// The printed characters, without line breaks and spaces.
    public var original: [Character]
    /// The same characters normalised for matching (same count as ``original``).
    public var normalized: [Character]
    /// Whether the paragraph is a heading (a `■` line, or a short line without a full stop).
    public var isHeading: Bool
    /// The number of characters of a table row's number (`1     馨雅苑小区      全部楼栋`: 1 or 2 digits set apart from
    /// the first cell by spaces the folding removed), if the paragraph is such a row.
    public var rowNumber: Int?
    /// Whether the line was set in by spaces (a place under the street that heads it), in a text that is no column.
    public var indented = false
    /// Whether the line is a post's title, above its byline (`二七发布 2022-06-07 23:10`): it repeats a fact of the
    /// body, and is no event of its own.
    public var isTitle = false

    public init(original: [Character], isHeading: Bool = false, rowNumber: Int? = nil) {
      self.original = original
      self.normalized = BriefingText.spokenForms(original.map(BriefingText.normalize))
      self.isHeading = isHeading
      self.rowNumber = rowNumber
    }

    /// The verbatim text of a range of characters.
    public func quote(_ r: Range<Int>) -> String { String(original[r]) }
    /// The normalised working text.
    public var text: String { String(normalized) }
    /// A sub-piece.
    public func slice(_ r: Range<Int>) -> Piece {
      Piece(original: Array(original[r]), normalized: Array(normalized[r]), isHeading: isHeading)
    }
    init(original: [Character], normalized: [Character], isHeading: Bool) {
      self.original = original
      self.normalized = normalized
      self.isHeading = isHeading
    }
  }

  /// The paragraphs in text order.
  public let paragraphs: [Piece]
  /// Whether the text was read as hard-wrapped columns.
  public let isHardWrapped: Bool

  /// Cuts a text into paragraphs.
  /// - Complexity: O(n) in the text's length.
  public init(_ text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
      line.last == "\r" ? line.dropLast() : line
    }
    let lengths = lines.map { BriefingText.folded($0).count }.filter { $0 > 0 }.sorted()
    let median = lengths.isEmpty ? 0 : lengths[lengths.count / 2]
    // Short lines alone do not make a column: a notice of short items ends most lines with a mark, a newspaper
    // column breaks most lines mid-sentence.
    let nonEmpty = lines.map { BriefingText.folded($0) }.filter { !$0.isEmpty }
    // ("【封控区】": a heading in brackets is a line of its own too.)
    let ended = nonEmpty.filter { "。；;：:！？!?）)”】".contains($0.last!) }.count
    // A column of any width wraps: most of its lines break mid-sentence (fewer than 3 in 10 end with a mark).
    // A list of items, one a line ("1.…小区", "①…"), is no column either: a column's lines seldom open with a mark.
    // ("📍柳林街道翠竹园小区": a line an emoji opens is a post's item too; a page's "■…" is its headline.)
    let itemLines = nonEmpty.filter { line in
      SectionMark.at(line.map(BriefingText.normalize)) != nil || line.first.map { BriefingText.emojiMarks.contains($0) } == true
    }.count
    let wrapped =
      median > 0 && lengths.count >= 8 && itemLines * 4 < nonEmpty.count
      && (median <= 22 && ended * 10 < nonEmpty.count * 4 || ended * 10 < nonEmpty.count * 3)
    isHardWrapped = wrapped
    var out: [Piece] = []
    if !wrapped {
      for line in lines {
        let f = BriefingText.folded(line)
        if f.isEmpty { continue }
        // "本报记者 孟冉" after a headline: the lines before it that end no sentence are its headlines.
        if f.starts(with: Array("本报讯")) || f.starts(with: Array("本报记者")) {
          var i = out.count - 1
          while i >= 0, !out[i].original.contains(where: { "，,。；;！？!?".contains($0) }), out[i].original.contains(where: Drafter.isHan) {
            out[i] = Piece(original: out[i].original, isHeading: true)
            i -= 1
          }
        }
        // "金水发布 金水区融媒体中心 2022-07-12 21:45" under a post's title: the lines before it are the title.
        if out.count <= 3, BriefingText.isByline(f) {
          for i in out.indices where out[i].original.contains(where: Drafter.isHan) { out[i].isTitle = true }
        }
        if let n = BriefingText.rowNumber(line) {
          out.append(Piece(original: f, isHeading: false, rowNumber: n))
          continue
        }
        var piece = Piece(original: f, isHeading: BriefingText.looksLikeHeading(f, limit: 40))
        piece.indented = line.first == "\u{3000}" || line.first == "\t" || line.hasPrefix("  ")
        out.append(piece)
      }
      paragraphs = out
      return
    }
    var current: [Character] = []
    func flush() {
      if !current.isEmpty { out.append(Piece(original: current, isHeading: BriefingText.looksLikeHeading(current, limit: 0))) }
      current = []
    }
    for line in lines {
      let f = BriefingText.folded(line)
      if f.isEmpty { continue }
      let indented = line.first == "\u{3000}" || line.hasPrefix("  ")
      // A line without Chinese (a file's comment line, a URL) belongs to no paragraph of the page.
      if !f.contains(where: Drafter.isHan) {
        flush()
        out.append(Piece(original: f, isHeading: false))
        continue
      }
      if f.first == "■" {
        flush()
        out.append(Piece(original: f, isHeading: BriefingText.looksLikeHeading(f, limit: 60)))
        continue
      }
      // "郑州晚讯　2022年4月27日　星期三", "A02　要闻　责编…": a masthead sets its fields apart with wide spaces; it is
      // no part of the column's text.
      // (Two gaps at least: "本报讯　记者从…" sets one word apart and goes on.)
      let trimmed = String(line.drop { $0 == " " || $0 == "\u{3000}" }).trimmingTrailing(" \u{3000}")
      let gaps = trimmed.split(whereSeparator: { $0 == "\u{3000}" }).count - 1
      if gaps >= 2, !f.starts(with: Array("本报")), !f.contains(where: { "，,。；;！？!?".contains($0) }) {
        flush()
        out.append(Piece(original: f, isHeading: true))
        continue
      }
      // "本报讯（记者…）": the article starts; the lines before it without a sentence mark are its headlines.
      if f.starts(with: Array("本报讯")) || f.starts(with: Array("本报记者")) {
        if !current.isEmpty, !current.contains(where: { "，,。；;！？!?".contains($0) }) {
          out.append(Piece(original: current, isHeading: true))
          current = []
        }
        flush()
      }
      if f.count > median * 3 / 2 + 2 {
        // A line wider than the column: a title, or a passage set in wider lines. Wider lines still wrap mid-word, so
        // one that follows an unfinished sentence continues it.
        if let last = current.last, !"。！？!?；;：:”」".contains(last) {
          current += f
          continue
        }
        flush()
        if !f.contains(where: { "，,。；;：:！？!?".contains($0) }) {
          out.append(Piece(original: f, isHeading: BriefingText.looksLikeHeading(f, limit: 60)))
        } else {
          current = f
        }
        continue
      }
      // A column break can indent the rest of a sentence: an indented line starts a paragraph only after a sentence
      // ended (or after a short heading), so a quote is never cut in the middle of a word.
      if indented, let last = current.last, "。！？!?：:；;”」".contains(last) || current.count <= 20 { flush() }
      current += f
      if let last = f.last, "。！？!?".contains(last), f.count < median - 1 { flush() }
    }
    flush()
    paragraphs = out
  }

  /// A line's characters without line breaks and the spaces the quote check ignores.
  static func folded(_ s: Substring) -> [Character] {
    s.filter { !($0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" || $0 == "\u{3000}" || $0 == "\u{00A0}") }.map { $0 }
  }

  /// The digits of a table row's number: a line that opens with 1 or 2 digits, then a wide gap (two spaces, a tab or
  /// an ideographic space), then a Chinese name that is no date or count (`1     馨雅苑小区      全部楼栋`).
  static func rowNumber(_ line: Substring) -> Int? {
    let o = line.drop { $0 == " " || $0 == "\u{3000}" }
    let digits = o.prefix { $0.isASCII && $0.isNumber }
    guard (1...2).contains(digits.count) else { return nil }
    let after = o.dropFirst(digits.count)
    let gap = after.prefix { $0 == " " || $0 == "\u{3000}" || $0 == "\t" }
    guard gap.count >= 2 || gap.contains("\u{3000}") || gap.contains("\t"), let next = after.dropFirst(gap.count).first,
      Drafter.isHan(next), !"年月日时点号个例人万".contains(next)
    else { return nil }
    return digits.count
  }

  /// Whether a line is a post's byline: the account and the date and time it was posted (`二七发布 2022-06-07 23:10`,
  /// `原创 郑州发布 2022-05-16 08:30 发表于河南`), no sentence.
  static func isByline(_ f: [Character]) -> Bool {
    let t = String(f)
    return f.count <= 40 && !f.contains(where: { "，,。；;！!？?".contains($0) })
      && t.firstMatch(of: #/20[0-9]{2}-[0-9]{1,2}-[0-9]{1,2}[0-9:]*/#) != nil
  }

  static func looksLikeHeading(_ f: [Character], limit: Int) -> Bool {
    if f.first == "■" { return true }
    return limit > 0 && f.count <= limit && !f.contains(where: { "。！？!?；;".contains($0) })
  }

  /// Reads spoken forms as the written ones (a press transcript, a loudspeaker script), one character for one: the
  /// day of a month, `8月10号`, matches as `8月10日` (only after a month, so that `3号楼` and `第47号通告` stay
  /// numbers); a place `划成封控区` as `划为封控区`.
  static func spokenForms(_ c: [Character]) -> [Character] {
    var c = c
    for i in c.indices.dropFirst() where c[i] == "成" && c[i - 1] == "划" { c[i] = "为" }
    for i in c.indices where c[i] == "号" && i >= 3 {
      var j = i - 1
      while j >= 0, i - j <= 2, c[j].isASCII, c[j].isNumber { j -= 1 }
      guard i - j >= 2, j >= 1, c[j] == "月", c[j - 1].isASCII, c[j - 1].isNumber else { continue }
      if i + 1 < c.count, "楼院线门栋".contains(c[i + 1]) { continue }
      c[i] = "日"
    }
    return c
  }

  /// Maps one character to its matching form: full-width digits, letters and punctuation to ASCII.
  public static func normalize(_ c: Character) -> Character {
    if emojiMarks.contains(c) || c.unicodeScalars.last == "\u{20E3}" { return "●" }
    guard let s = c.unicodeScalars.first, c.unicodeScalars.count == 1 else { return c }
    switch s.value {
    case 0xFF01...0xFF5E: return Character(Unicode.Scalar(s.value - 0xFEE0)!)
    case 0x3000: return " "
    case 0x2236: return ":"  // ratio sign used as a colon
    default: return c
    }
  }

  /// The most characters a sentence may have: a longer run without a sentence end is cut after its last clause
  /// mark (`，；：,;:、`) within the limit, or at the limit when there is none. The longest sentence of the bundled
  /// briefings has 342 characters; without a bound, a text with no sentence ends made drafting quadratic (issue 19,
  /// break 9: each mention found is turned into a character offset by counting from the sentence's start).
  public static let maximumSentenceLength = 1_000

  /// The emoji that posts on social media put where a notice puts a bullet (`📍槐香街道青杨里小区`, `✅封控区：…`,
  /// `▶自6月8日0时起…`), with and without the variation selector; a keycap number (`1️⃣`) too. They match as `●`.
  static let emojiMarks: Set<Character> = [
    "📍", "📌", "✅", "☑️", "☑", "✔️", "✔", "▶️", "▶", "►", "➤", "👉", "🔹", "🔸", "🔺", "🔻", "⭐️", "⭐", "🌟", "⚠️", "⚠",
    "❗", "❗️", "‼️", "🔴", "🟢", "🟡", "🔔", "💡", "📢", "✨", "🔥", "◉", "◎", "❖", "✦", "✧", "⏩", "🚩", "🏷️",
  ]

  /// The bullets that open a roundup's items (`■…`, `▲…`): no word of the text after them.
  static let bullets: Set<Character> = ["■", "▲", "●", "◆", "★", "•", "·", "□", "◇", "○"]

  /// Words without the bullets that open them (an emoji that stands for one too: `▶淮畔街道…`).
  static func droppingBullets(_ s: String) -> String { String(s.drop { bullets.contains(normalize($0)) }) }

  /// Sentence ranges of a piece: up to and including `。！？` (and a closing quote right after), none longer
  /// than ``maximumSentenceLength``.
  /// - Complexity: O(n) in the piece's length.
  public static func sentences(in p: Piece) -> [Range<Int>] {
    var out: [Range<Int>] = []
    let n = p.normalized
    for r in split(p, at: "。！？!?", keepClosingQuote: true) {
      var start = r.lowerBound
      while r.upperBound - start > maximumSentenceLength {
        let limit = start + maximumSentenceLength
        var cut = limit
        // The last clause mark within the limit (but not at the very start), scanning back at most the limit.
        var i = limit - 1
        while i > start {
          if "，；：,;:、".contains(n[i]) {
            cut = i + 1
            break
          }
          i -= 1
        }
        out.append(start..<cut)
        start = cut
      }
      out.append(start..<r.upperBound)
    }
    return out
  }

  /// Clause ranges of a piece: cut after `，；：,;:` and sentence ends.
  public static func clauses(in p: Piece) -> [Range<Int>] {
    split(p, at: "。！？!?，,；;：:", keepClosingQuote: true)
  }

  /// Whether the mark at `i` stands between two digits (`12:00`, `1,200`): a part of a number, not a stop or a colon.
  static func isInNumber(_ n: [Character], at i: Int) -> Bool {
    ":：,，.".contains(n[i]) && i > 0 && i + 1 < n.count && n[i - 1].isASCII && n[i - 1].isNumber && n[i + 1].isASCII && n[i + 1].isNumber
  }

  /// Ranges of a piece cut after each of `stops`; with `keepBrackets`, no cut inside round brackets
  /// (`金苑小区（5号楼、6号楼除外）、河西村` is two places, not three).
  static func split(_ p: Piece, at stops: String, keepClosingQuote: Bool, keepBrackets: Bool = false) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    var i = 0
    var depth = 0
    let n = p.normalized
    while i < n.count {
      if keepBrackets, "(（".contains(n[i]) { depth += 1 }
      if keepBrackets, ")）".contains(n[i]) { depth = max(0, depth - 1) }
      if depth > 0 {
        i += 1
        continue
      }
      // "12:00", "1,200": a mark between digits is part of a number, no stop.
      if stops.contains(n[i]), !isInNumber(n, at: i) {
        var end = i + 1
        if keepClosingQuote, end < n.count, "”’」』)）".contains(n[end]) { end += 1 }
        if end > start { out.append(start..<end) }
        start = end
        i = end
        continue
      }
      i += 1
    }
    if start < n.count { out.append(start..<n.count) }
    return out
  }
}
