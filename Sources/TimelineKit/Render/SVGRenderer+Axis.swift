/// The time axis as drawn: tick grid lines, the axis line with its labels, and the break marks of the stretches
/// the axis skips (a band with zigzag edges across the header and the rows, two slanted strokes on the axis line,
/// and the dates skipped).
extension SVGRenderer {
  /// Vertical grid lines at the ticks, from `top` to `bottom`.
  func gridLines(top: Double, bottom: Double) -> String {
    var s = "<g class=\"grid\" aria-hidden=\"true\">"
    for t in axis.ticks {
      let x = plotLeft + axis.x(t.time)
      s +=
        "<line x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(bottom))\" stroke=\"\(t.major != nil ? "#c8c8c8" : "#e6e6e6")\" stroke-width=\"1\"/>"
    }
    return s + "</g>\n"
  }

  /// The axis line at `top`: ticks with their labels, and at each skipped stretch a break (two slanted strokes)
  /// over the first and last day it skips.
  func axisLine(top axisTop: Double) -> String {
    var s = ""
    var x = plotLeft
    // The line itself, interrupted at each gap.
    for g in axis.gaps {
      s += "<line x1=\"\(f(x))\" y1=\"\(f(axisTop))\" x2=\"\(f(plotLeft + g.x0 + 6))\" y2=\"\(f(axisTop))\" stroke=\"#888\" aria-hidden=\"true\"/>\n"
      x = plotLeft + g.x1 - 6
    }
    s +=
      "<line x1=\"\(f(x))\" y1=\"\(f(axisTop))\" x2=\"\(f(plotLeft + options.plotWidth))\" y2=\"\(f(axisTop))\" stroke=\"#888\" aria-hidden=\"true\"/>\n"
    s += "<text class=\"muted\" x=\"8\" y=\"\(f(axisTop + 14))\">time (Asia/Shanghai, +08:00)</text>\n"
    s += "<g class=\"axis\" aria-hidden=\"true\">"
    for t in axis.ticks {
      let x = plotLeft + axis.x(t.time)
      let anchor = x - plotLeft < 18 ? "start" : (plotLeft + options.plotWidth - x < 18 ? "end" : "middle")
      s += "<line x1=\"\(f(x))\" y1=\"\(f(axisTop))\" x2=\"\(f(x))\" y2=\"\(f(axisTop + 4))\" stroke=\"#888\"/>"
      s += "<text class=\"tick\" x=\"\(f(x))\" y=\"\(f(axisTop + 15))\" text-anchor=\"\(anchor)\">\(esc(t.label))</text>"
      if let m = t.major {
        s += "<text class=\"tick-major\" x=\"\(f(x))\" y=\"\(f(axisTop + 29))\" text-anchor=\"\(anchor)\">\(esc(m))</text>"
      }
    }
    s += "</g>\n"
    for g in axis.gaps {
      let cx = plotLeft + (g.x0 + g.x1) / 2
      s += "<g class=\"gap-mark\" data-from=\"\(esc(g.from.iso8601))\" data-to=\"\(esc(g.to.iso8601))\" tabindex=\"0\">"
      s += "<title>\(esc(ChartText.gap(g)))</title>"
      for dx in [-4.0, 4.0] {
        s +=
          "<line x1=\"\(f(cx + dx - 4))\" y1=\"\(f(axisTop + 6))\" x2=\"\(f(cx + dx + 4))\" y2=\"\(f(axisTop - 6))\" stroke=\"#333\" stroke-width=\"1.5\"/>"
      }
      s +=
        "<text class=\"gap-label\" x=\"\(f(cx))\" y=\"\(f(axisTop + 17))\" text-anchor=\"middle\">\(esc(String(g.from.dateString.dropFirst(5))))</text>"
      s +=
        "<text class=\"gap-label\" x=\"\(f(cx))\" y=\"\(f(axisTop + 29))\" text-anchor=\"middle\">\(esc(String(g.to.dateString.dropFirst(5))))</text>"
      s += "</g>\n"
    }
    return s
  }

  /// Over each skipped stretch, from `top` to `bottom`: a pale band with zigzag edges drawn over whatever runs
  /// through it (so a bar across it is visibly broken), and, when `labelAt` is given, the number of days skipped.
  func gapBands(top: Double, bottom: Double, labelAt: Double?) -> String {
    guard !axis.gaps.isEmpty, bottom > top else { return "" }
    var s = "<g class=\"gap-bands\">"
    for g in axis.gaps {
      let l = plotLeft + g.x0 + 5
      let r = plotLeft + g.x1 - 5
      let left = zigzag(x: l, top: top, bottom: bottom)
      let right = zigzag(x: r, top: top, bottom: bottom)
      let band = "M" + (left + right.reversed()).joined(separator: " L") + " Z"
      s += "<g class=\"gap-band\" data-from=\"\(esc(g.from.iso8601))\" data-to=\"\(esc(g.to.iso8601))\"><title>\(esc(ChartText.gap(g)))</title>"
      s += "<path d=\"\(band)\" fill=\"#fbfbfb\" fill-opacity=\"0.93\"/>"
      for edge in [left, right] {
        s += "<path d=\"M\(edge.joined(separator: " L"))\" fill=\"none\" stroke=\"#8a8a8a\" stroke-width=\"1\"/>"
      }
      if let y = labelAt {
        let days = (g.to.epochSeconds - g.from.epochSeconds + 43_200) / 86_400
        s += "<text class=\"gap-label\" x=\"\(f((l + r) / 2))\" y=\"\(f(y))\" text-anchor=\"middle\">\(days) d</text>"
      }
      s += "</g>"
    }
    return s + "</g>\n"
  }

  /// The points of a vertical zigzag at `x` (±3 px, a tooth every 6 px), top to bottom.
  private func zigzag(x: Double, top: Double, bottom: Double) -> [String] {
    var points: [String] = []
    var y = top
    var k = 0
    while y < bottom {
      points.append(f(x + (k % 2 == 0 ? -3 : 3)) + " " + f(y))
      y += 6
      k += 1
    }
    points.append(f(x + (k % 2 == 0 ? -3 : 3)) + " " + f(bottom))
    return points
  }
}
