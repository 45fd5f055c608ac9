/// Returns how many terminal columns `s` occupies in a monospaced terminal.
///
/// The width is summed per grapheme cluster (user-perceived character). A cluster is as wide as its
/// widest Unicode scalar, where a scalar counts:
/// - 2 if its East Asian Width (UAX #11) is Wide or Fullwidth: CJK ideographs (all extensions),
///   Hiragana, Katakana, Hangul syllables and leading jamo U+1100–U+115F, CJK symbols and
///   punctuation, fullwidth forms U+FF01–U+FF60 and U+FFE0–U+FFE6, CJK compatibility ideographs,
///   and emoji with default emoji presentation (most of U+1F300–U+1F64F and U+1F900–U+1F9FF);
/// - 0 if it is a control character (Cc), a nonspacing or enclosing mark (Mn, Me), a format
///   character (Cf: U+200B–U+200F, U+2060…, U+FEFF, …) other than the soft hyphen and the prepended
///   concatenation marks, a variation selector, or a conjoining Hangul vowel/final jamo;
/// - 1 otherwise, including East Asian Ambiguous characters such as `…`, `°` and Greek letters.
///
/// So `"abc"` is 3, `"二七区"` is 6, `"e\u{301}"` is 1 and a family emoji joined with ZWJ is 2.
/// Controls, tabs and newlines count 0: replace them before measuring text you will print.
/// Regional-indicator flags and text-default emoji followed by U+FE0F count 1, which matches
/// `wcwidth`-based terminals but not every modern terminal.
///
/// - Parameter s: The text to measure.
/// - Returns: The number of columns, never negative.
/// - Complexity: O(n) in the length of `s`; non-ASCII scalars cost one binary search over a table
///   of about 110 ranges.
public func displayWidth(of s: String) -> Int {
  DisplayWidth.width(of: s)
}

/// Returns how many terminal columns `s` occupies in a monospaced terminal.
///
/// Same rules as `displayWidth(of:)` for `String`.
///
/// - Parameter s: The text to measure.
/// - Returns: The number of columns, never negative.
/// - Complexity: O(n) in the length of `s`.
public func displayWidth(of s: Substring) -> Int {
  DisplayWidth.width(of: s)
}

/// The East Asian Width table and the per-scalar and per-cluster width rules.
enum DisplayWidth {
  /// Sum of cluster widths over `text`.
  static func width<S: StringProtocol>(of text: S) -> Int {
    var total = 0
    for character in text {
      total += width(of: character)
    }
    return total
  }

  /// Width of one grapheme cluster: the maximum of its scalars' widths.
  static func width(of character: Character) -> Int {
    if let ascii = character.asciiValue {
      return ascii >= 0x20 && ascii < 0x7F ? 1 : 0
    }
    var widest = 0
    for scalar in character.unicodeScalars {
      let w = width(of: scalar)
      if w > widest {
        widest = w
        if widest == 2 { break }
      }
    }
    return widest
  }

  /// Width of a single scalar: 0, 1 or 2 (see `displayWidth(of:)`).
  static func width(of scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value < 0x7F {
      return value >= 0x20 ? 1 : 0
    }
    if value < 0xA0 {
      return 0  // DEL and C1 controls
    }
    if isZeroWidth(scalar) {
      return 0
    }
    return isWide(value) ? 2 : 1
  }

  /// Whether a non-ASCII scalar takes no column of its own.
  static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    // Conjoining Hangul medial vowels and final consonants attach to the preceding leading jamo.
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) {
      return true
    }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control:
      return true
    case .format:
      // The soft hyphen and the prepended concatenation marks are visible.
      switch value {
      case 0x00AD, 0x0600...0x0605, 0x06DD, 0x070F, 0x0890...0x0891, 0x08E2, 0x110BD, 0x110CD:
        return false
      default:
        return true
      }
    default:
      return false
    }
  }

  /// Whether `value` lies in an East Asian Wide or Fullwidth range.
  static func isWide(_ value: UInt32) -> Bool {
    let ranges = wideRanges
    if value < ranges[0].lower || value > ranges[ranges.count - 1].upper {
      return false
    }
    var low = 0
    var high = ranges.count - 1
    while low <= high {
      let mid = (low + high) / 2
      let range = ranges[mid]
      if value < range.lower {
        high = mid - 1
      } else if value > range.upper {
        low = mid + 1
      } else {
        return true
      }
    }
    return false
  }

  /// East Asian Width W and F code point ranges, sorted, inclusive and non-adjacent.
  ///
  /// Derived from UCD 14.0 EastAsianWidth.txt (assigned W/F code points), plus the ranges UAX #11
  /// defaults to W for unassigned code points (CJK Extension A, CJK Unified and Compatibility
  /// Ideographs, planes 2 and 3), plus the Unicode 15.0/15.1 additions that matter for terminals
  /// (U+1F6DC, U+1FA70–U+1FAFF emoji, U+2FFC–U+2FFF and U+31EF ideographic description, U+1B132
  /// and U+1B155 small kana).
  static let wideRanges: [(lower: UInt32, upper: UInt32)] = [
    (0x1100, 0x115F), (0x231A, 0x231B), (0x2329, 0x232A), (0x23E9, 0x23EC),
    (0x23F0, 0x23F0), (0x23F3, 0x23F3), (0x25FD, 0x25FE), (0x2614, 0x2615),
    (0x2648, 0x2653), (0x267F, 0x267F), (0x2693, 0x2693), (0x26A1, 0x26A1),
    (0x26AA, 0x26AB), (0x26BD, 0x26BE), (0x26C4, 0x26C5), (0x26CE, 0x26CE),
    (0x26D4, 0x26D4), (0x26EA, 0x26EA), (0x26F2, 0x26F3), (0x26F5, 0x26F5),
    (0x26FA, 0x26FA), (0x26FD, 0x26FD), (0x2705, 0x2705), (0x270A, 0x270B),
    (0x2728, 0x2728), (0x274C, 0x274C), (0x274E, 0x274E), (0x2753, 0x2755),
    (0x2757, 0x2757), (0x2795, 0x2797), (0x27B0, 0x27B0), (0x27BF, 0x27BF),
    (0x2B1B, 0x2B1C), (0x2B50, 0x2B50), (0x2B55, 0x2B55), (0x2E80, 0x2E99),
    (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x2FF0, 0x303E), (0x3041, 0x3096),
    (0x3099, 0x30FF), (0x3105, 0x312F), (0x3131, 0x318E), (0x3190, 0x31E3),
    (0x31EF, 0x321E), (0x3220, 0x3247), (0x3250, 0x4DBF), (0x4E00, 0xA48C),
    (0xA490, 0xA4C6), (0xA960, 0xA97C), (0xAC00, 0xD7A3), (0xF900, 0xFAFF),
    (0xFE10, 0xFE19), (0xFE30, 0xFE52), (0xFE54, 0xFE66), (0xFE68, 0xFE6B),
    (0xFF01, 0xFF60), (0xFFE0, 0xFFE6), (0x16FE0, 0x16FE4), (0x16FF0, 0x16FF1),
    (0x17000, 0x187F7), (0x18800, 0x18CD5), (0x18D00, 0x18D08), (0x1AFF0, 0x1AFF3),
    (0x1AFF5, 0x1AFFB), (0x1AFFD, 0x1AFFE), (0x1B000, 0x1B122), (0x1B132, 0x1B132),
    (0x1B150, 0x1B152), (0x1B155, 0x1B155), (0x1B164, 0x1B167), (0x1B170, 0x1B2FB),
    (0x1F004, 0x1F004), (0x1F0CF, 0x1F0CF), (0x1F18E, 0x1F18E), (0x1F191, 0x1F19A),
    (0x1F200, 0x1F202), (0x1F210, 0x1F23B), (0x1F240, 0x1F248), (0x1F250, 0x1F251),
    (0x1F260, 0x1F265), (0x1F300, 0x1F320), (0x1F32D, 0x1F335), (0x1F337, 0x1F37C),
    (0x1F37E, 0x1F393), (0x1F3A0, 0x1F3CA), (0x1F3CF, 0x1F3D3), (0x1F3E0, 0x1F3F0),
    (0x1F3F4, 0x1F3F4), (0x1F3F8, 0x1F43E), (0x1F440, 0x1F440), (0x1F442, 0x1F4FC),
    (0x1F4FF, 0x1F53D), (0x1F54B, 0x1F54E), (0x1F550, 0x1F567), (0x1F57A, 0x1F57A),
    (0x1F595, 0x1F596), (0x1F5A4, 0x1F5A4), (0x1F5FB, 0x1F64F), (0x1F680, 0x1F6C5),
    (0x1F6CC, 0x1F6CC), (0x1F6D0, 0x1F6D2), (0x1F6D5, 0x1F6D7), (0x1F6DC, 0x1F6DF),
    (0x1F6EB, 0x1F6EC), (0x1F6F4, 0x1F6FC), (0x1F7E0, 0x1F7EB), (0x1F7F0, 0x1F7F0),
    (0x1F90C, 0x1F93A), (0x1F93C, 0x1F945), (0x1F947, 0x1F9FF), (0x1FA70, 0x1FAFF),
    (0x20000, 0x2FFFD), (0x30000, 0x3FFFD),
  ]
}
