/// The legend: the colours in use, then what the drawing means (in force, unconfirmed with the horizon, the kinds
/// of end, statements, changes, briefings, skipped time).
extension SVGRenderer {
  /// The legend's entries for what the drawing means, in order: (glyph, text). The horizon is stated in words.
  var legendGlyphs: [(kind: String, text: String)] {
    let n = ChartText.duration(chart.confirmation.horizonSeconds)
    return [
      ("solid", "in force: stated within \(n), or before its scheduled end"),
      ("hatched", "unconfirmed: not restated for \(n) and no end given"),
      ("scheduled", "scheduled end (until)"), ("lift", "lifted"), ("change", "replaced by a later event"),
      ("unknown", "unknown end (nothing later ends it)"), ("stated", "stated (briefing recorded)"),
      ("marker", "change (an event)"), ("briefing", "briefing published"), ("gap", "time skipped (no briefing, no change)"),
    ]
  }

  /// Swatches for the colours in use, then the glyphs, wrapped to the chart's width.
  func legendStrip(y: Double) -> (content: String, height: Double) {
    var items: [(String, String)] = []  // (style, text)
    for style in styles {
      let text: String
      if style.hasPrefix("zone-") {
        let key = String(style.dropFirst(5))
        let l = catalogue.zoneLevels[key] ?? Label(zh: key, en: key)
        text = l.zh + " " + l.en
      } else {
        text = String(style.dropFirst(4))
      }
      items.append((style, text))
    }
    var s = "<g class=\"legend\" aria-label=\"legend\"><defs>" + hatchPattern(id: "legend-hatch", color: "#666666")
    s += fadeGradient(id: "legend-fade") + "</defs>"
    var x = 8.0
    var row = 0.0
    func place(_ w: Double) -> (Double, Double) {
      if x + w > totalWidth - 8 {
        x = 8
        row += 18
      }
      defer { x += w }
      return (x, y + 6 + row)
    }
    for (style, text) in items {
      let w = ChartText.width(text, fontSize: 11) + 30
      let (px, py) = place(w)
      s +=
        "<rect x=\"\(f(px))\" y=\"\(f(py))\" width=\"16\" height=\"10\" fill=\"\(ChartPalette.fill(style))\" stroke=\"\(ChartPalette.stroke(style))\"/>"
      s += "<text class=\"fig-label\" x=\"\(f(px + 20))\" y=\"\(f(py + 9))\">\(esc(text))</text>"
    }
    if !items.isEmpty {
      x = 8
      row += 18
    }
    for (kind, text) in legendGlyphs {
      let w = ChartText.width(text, fontSize: 11) + 40
      let (px, py) = place(w)
      let cy = py + 5
      s += "<g class=\"legend-item\" data-kind=\"\(kind)\">"
      switch kind {
      case "solid": s += "<rect x=\"\(f(px))\" y=\"\(f(py))\" width=\"22\" height=\"10\" fill=\"#ddd\" stroke=\"#777\"/>"
      case "hatched":
        s += "<rect x=\"\(f(px))\" y=\"\(f(py))\" width=\"22\" height=\"10\" fill=\"url(#legend-hatch)\" stroke=\"#777\" stroke-dasharray=\"3 2\"/>"
      case "scheduled":
        s += "<rect x=\"\(f(px))\" y=\"\(f(py))\" width=\"18\" height=\"10\" fill=\"#ddd\" stroke=\"#777\"/>"
        s += scheduledCap(x: px + 18, top: py - 2, bottom: py + 12)
      case "lift":
        s += "<rect x=\"\(f(px))\" y=\"\(f(py))\" width=\"12\" height=\"10\" fill=\"#ddd\" stroke=\"#777\"/>" + liftGlyph(x: px + 12, cy: cy)
      case "change":
        s += "<rect x=\"\(f(px))\" y=\"\(f(py))\" width=\"18\" height=\"10\" fill=\"#ddd\" stroke=\"#777\"/>"
        s += replacedTick(x: px + 18, top: py, bottom: py + 10)
      case "unknown":
        s += "<rect x=\"\(f(px))\" y=\"\(f(py))\" width=\"22\" height=\"10\" fill=\"url(#legend-hatch)\" stroke=\"#777\" stroke-dasharray=\"3 2\"/>"
        s += "<rect x=\"\(f(px + 6))\" y=\"\(f(py - 1))\" width=\"17\" height=\"12\" fill=\"url(#legend-fade)\"/>"
        s +=
          "<line x1=\"\(f(px + 14))\" y1=\"\(f(cy))\" x2=\"\(f(px + 30))\" y2=\"\(f(cy))\" stroke=\"#666\" stroke-width=\"1.5\" stroke-dasharray=\"1.5 3\"/>"
      case "stated":
        s += "<rect x=\"\(f(px))\" y=\"\(f(py))\" width=\"22\" height=\"10\" fill=\"#ddd\" stroke=\"#777\"/>" + statementDot(x: px + 11, cy: py)
      case "marker": s += diamond(x: px + 10, cy: cy, fill: "#555", retracted: false)
      case "gap":
        for dx in [-4.0, 4.0] {
          s +=
            "<line x1=\"\(f(px + 11 + dx - 4))\" y1=\"\(f(py + 11))\" x2=\"\(f(px + 11 + dx + 4))\" y2=\"\(f(py - 1))\" stroke=\"#333\" stroke-width=\"1.5\"/>"
        }
      default:
        s += "<line x1=\"\(f(px + 10))\" y1=\"\(f(py - 2))\" x2=\"\(f(px + 10))\" y2=\"\(f(py + 12))\" stroke=\"#243a73\" stroke-dasharray=\"4 3\"/>"
      }
      s += "<text class=\"fig-label\" x=\"\(f(px + 34))\" y=\"\(f(py + 9))\">\(esc(text))</text></g>"
    }
    s += "</g>\n"
    return (s, row + 24)
  }
}
