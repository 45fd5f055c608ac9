/// Text made safe for a terminal: every control character that could move the cursor, change the title, clear
/// the screen or reorder what a person reads is shown as a visible escape instead of being acted on.
///
/// The one function for all human-facing output (tables, history, messages on standard error). CSV and JSON are
/// never passed through it: they carry the data exactly.
public enum TerminalText {
  /// `s` with C0 controls (but line feed and tab), DEL, C1 controls and the bidirectional overrides and isolates
  /// (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) written as `\u{1B}`.
  /// - Complexity: O(n) in the length of `s`; returns `s` itself when nothing needs neutralising.
  public static func neutralised(_ s: String) -> String {
    guard s.unicodeScalars.contains(where: isHostile) else { return s }
    var out = String.UnicodeScalarView()
    for u in s.unicodeScalars {
      if isHostile(u) {
        out.append(contentsOf: "\\u{\(String(u.value, radix: 16, uppercase: true))}".unicodeScalars)
      } else {
        out.append(u)
      }
    }
    return String(out)
  }

  @inline(__always) static func isHostile(_ u: Unicode.Scalar) -> Bool {
    switch u.value {
    case 0x0A, 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
    default: false
    }
  }
}
