/// Colours of the chart: one per measure category and one per zone level (red for sealed and high risk,
/// orange for controlled and medium, yellow for precaution, green for low risk), each as a strong stroke and a
/// light fill that dark text stays readable on.
enum ChartPalette {
  static let categories: [String: String] = [
    "transport": "#3b6fb6", "dining": "#e07b24", "venues": "#2a9d8f", "schools": "#c9a227", "movement": "#c8414b",
    "entry-exit": "#8e5ea2", "health-code": "#3c9a4a", "testing": "#8a6244", "medical": "#d9668a", "utilities": "#7d8790",
    "supplies": "#6aa84f", "quarantine": "#b5568a", "cases": "#6d6d6d", "staffing": "#5b8db8", "zones": "#b03a2e",
  ]
  static let zoneLevels: [String: String] = [
    "sealed": "#c0392b", "high-risk": "#c0392b", "controlled": "#e67e22", "medium-risk": "#e67e22",
    "precaution": "#d4ac0d", "low-risk": "#27ae60", "risk-unit": "#8e44ad", "risk-compound": "#a04000",
    "spillover-control": "#6d4c41",
  ]
  static let fallback = ["#4e79a7", "#f28e2b", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"]
  static let series = ["#d62728", "#1f77b4", "#ff7f0e", "#2ca02c", "#9467bd", "#8c564b", "#e377c2", "#17becf"]

  /// The strong colour of a bar style (`zone-<level>` or `cat-<category>`).
  static func stroke(_ style: String) -> String {
    if style.hasPrefix("zone-"), let c = zoneLevels[String(style.dropFirst(5))] { return c }
    if style.hasPrefix("cat-"), let c = categories[String(style.dropFirst(4))] { return c }
    var h: UInt32 = 2_166_136_261
    for b in style.utf8 { h = (h ^ UInt32(b)) &* 16_777_619 }
    return fallback[Int(h % UInt32(fallback.count))]
  }

  /// The light fill of a style: its colour mixed with white.
  static func fill(_ style: String) -> String { mix(stroke(style), white: style.hasPrefix("zone-") ? 0.45 : 0.62) }

  /// `hex` mixed with white in the proportion `white` (0 = unchanged, 1 = white).
  static func mix(_ hex: String, white: Double) -> String {
    let digits = Array(hex.utf8.dropFirst())
    guard digits.count == 6 else { return hex }
    func channel(_ i: Int) -> Int { Int(String(decoding: digits[i..<(i + 2)], as: UTF8.self), radix: 16) ?? 0 }
    let hexDigits = Array("0123456789abcdef")
    var out = "#"
    for i in stride(from: 0, to: 6, by: 2) {
      let v = Int((Double(channel(i)) * (1 - white) + 255 * white).rounded())
      out.append(hexDigits[v / 16])
      out.append(hexDigits[v % 16])
    }
    return out
  }
}
