/// The one place where text from the data becomes markup: HTML/XML text and attributes, and JSON inside `<script>`.
///
/// Everything a briefing says (quotes, labels, places, titles) passes through here before it reaches a page,
/// so that no text from a briefing can ever be read as markup or script.
///
/// ## Topics
/// - ``markup(_:)``: text and attribute values in HTML and in standalone SVG (XML)
/// - ``scriptJSONString(_:)``: a JSON string literal that stays inert inside `<script>`
public enum HTMLEscaping {
  /// Escapes text for an HTML or XML text node **and** for a quoted attribute value (single or double quotes).
  ///
  /// `&` `<` `>` `"` `'` become character references. Control characters that XML 1.0 forbids (everything
  /// below U+0020 except tab, line feed and carriage return, plus U+FFFE and U+FFFF) become U+FFFD, so a
  /// standalone SVG stays well-formed whatever a quote contains.
  /// - Complexity: O(n) in the length of `s`.
  public static func markup(_ s: String) -> String {
    var out = ""
    out.unicodeScalars.reserveCapacity(s.unicodeScalars.count)
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(c)
      default:
        if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF {
          out.unicodeScalars.append("\u{FFFD}")
        } else {
          out.unicodeScalars.append(c)
        }
      }
    }
    return out
  }

  /// A JSON string literal (with its quotes) that is safe inside an HTML `<script>` element.
  ///
  /// Besides JSON's own escapes (`"` `\` and control characters), `<` `>` `&` become `\u003c` `\u003e` `\u0026`
  /// (so neither `</script>` nor `<!--` can appear), and U+2028 and U+2029 become `\u2028` `\u2029`.
  /// - Complexity: O(n) in the length of `s`.
  public static func scriptJSONString(_ s: String) -> String {
    // JSON's own escaping is JSONWriter's; what HTML adds is done on its output, where `<` `>` `&` and the two
    // separators can only be raw characters of the text (JSONWriter never writes them as part of an escape).
    var json: [UInt8] = []
    JSONWriter.writeString(s, into: &json)
    var out = ""
    out.unicodeScalars.reserveCapacity(json.count)
    for c in String(decoding: json, as: UTF8.self).unicodeScalars {
      switch c {
      case "<": out += "\\u003c"
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      case "\u{2028}": out += "\\u2028"
      case "\u{2029}": out += "\\u2029"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// A JSON object of string fields (keys in the given order) for embedding in `<script>`.
  public static func scriptJSONObject(_ fields: [(String, String)]) -> String {
    "{" + fields.map { scriptJSONString($0.0) + ":" + scriptJSONString($0.1) }.joined(separator: ",") + "}"
  }
}
