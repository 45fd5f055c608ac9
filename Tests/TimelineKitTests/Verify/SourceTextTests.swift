import Testing

@testable import TimelineKit

/// The gram index of ``SourceText`` against the plainest possible search: fold both sides, then look at
/// every offset.
@Suite struct SourceTextTests {
  static func naiveContains(_ text: [UInt8], _ quote: String) -> Bool {
    let hay = SourceText.fold(text)
    let needle = SourceText.fold(Array(quote.utf8))
    guard !needle.isEmpty, needle.count <= hay.count else { return false }
    for i in 0...(hay.count - needle.count) where Array(hay[i..<(i + needle.count)]) == needle { return true }
    return false
  }

  /// A text made of a few repeated, similar phrases (as briefings are), with spaces and line breaks.
  static func text(seed: UInt64, phrases: Int) -> (bytes: [UInt8], pieces: [String]) {
    var rng = seed
    func next(_ n: Int) -> Int {
      rng = rng &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int(rng >> 33) % n
    }
    let words = ["自", "1月", "7日", "15时", "起，", "金水区", "二七区", "暂停", "恢复", "堂食", "。", "a", "b", " ", "\n", "\u{3000}", "\u{00A0}", "12"]
    var pieces: [String] = []
    for _ in 0..<phrases { pieces.append((0..<(1 + next(12))).map { _ in words[next(words.count)] }.joined()) }
    return (Array(pieces.joined().utf8), pieces)
  }

  @Test(arguments: 0..<20) func agreesWithNaiveSearch(seed: Int) {
    let (bytes, pieces) = Self.text(seed: UInt64(seed) &+ 1, phrases: 300)
    let source = SourceText(bytes)
    var quotes = pieces.shuffled().prefix(60).map { $0 }
    // Slices across phrase boundaries, and near misses.
    let joined = Array(pieces.joined())
    for k in 0..<60 {
      let start = (k * 37) % max(joined.count, 1)
      let end = min(joined.count, start + 1 + (k * 13) % 40)
      let slice = String(joined[start..<end])
      quotes.append(slice)
      quotes.append(slice + "了")
      quotes.append("有" + slice)
    }
    quotes += ["", " ", "\n\u{3000}", "不存在的句子不存在的句子", "自1月7日15时起，金水区暂停堂食。自1月7日15时起，"]
    var hint = 0
    for (k, q) in quotes.enumerated() {
      let expected = Self.naiveContains(bytes, q)
      #expect(source.contains(quote: q) == expected, "quote \(q.debugDescription)")
      // With a hint carried from quote to quote, and with arbitrary hints (negative, past the end).
      #expect(source.contains(quote: q, hint: &hint) == expected, "quote \(q.debugDescription) after hint")
      var wild = (k * 7919) % (source.folded.count + 20) - 10
      #expect(source.contains(quote: q, hint: &wild) == expected, "quote \(q.debugDescription) at hint \(wild)")
    }
  }

  @Test func emptyAndShortTexts() {
    for text in ["", "a", "自", "1234567", "12345678", "自1月7日"] {
      let source = SourceText(Array(text.utf8))
      for q in ["", "a", "1", "12345678", "123456789", "自", "自1月7日", "1月7"] {
        #expect(source.contains(quote: q) == Self.naiveContains(Array(text.utf8), q), "\(text.debugDescription) / \(q.debugDescription)")
      }
    }
  }

  /// Folding bytes (eight at a time where it can) removes exactly the ignorable characters.
  @Test(arguments: 0..<10) func foldRemovesExactlyTheIgnorableCharacters(seed: Int) {
    let (bytes, _) = Self.text(seed: UInt64(seed) &+ 100, phrases: 200)
    let text = String(decoding: bytes, as: UTF8.self)
    let ignorable: Set<Unicode.Scalar> = ["\n", "\r", "\t", " ", "\u{00A0}", "\u{3000}"]
    var kept = String.UnicodeScalarView()
    kept.append(contentsOf: text.unicodeScalars.filter { !ignorable.contains($0) })
    for start in 0..<9 {
      let slice = Array(bytes.dropFirst(start))
      guard let sliceText = String(validating: slice, as: UTF8.self) else { continue }
      var expected = String.UnicodeScalarView()
      expected.append(contentsOf: sliceText.unicodeScalars.filter { !ignorable.contains($0) })
      #expect(SourceText.fold(slice) == Array(String(expected).utf8))
    }
    #expect(SourceText.fold(bytes) == Array(String(kept).utf8))
  }
}
