/// The small chart of reported figures above the rows, on the same (possibly broken) time axis.
extension SVGRenderer {
  /// The case figures: each a point at the moment it is as of, joined to the next only when that is at most two
  /// days later (daily reports); never carried across days with no report, nor across a skipped stretch.
  func figuresPanel(top: Double) -> String {
    let plotTop = top + 18
    let plotHeight = options.figuresHeight - 34
    let maxValue = SVGRenderer.niceCeiling(chart.figures.flatMap(\.points).map(\.value).max() ?? 1)
    func y(_ v: Double) -> Double { plotTop + plotHeight - v / maxValue * plotHeight }
    let unit = chart.figures.first?.unit ?? ""
    var s = "<g class=\"figures\" data-scope=\"\(esc(chart.figureScope))\">"
    let scopeLabel = catalogue.label(ofScope: chart.figureScope)
    s += "<text class=\"group-title\" x=\"8\" y=\"\(f(top + 14))\">" + esc("Reported figures (\(unit)), \(scopeLabel.zh)") + "</text>"
    for v in [0, maxValue / 2, maxValue] {
      s +=
        "<line x1=\"\(f(plotLeft))\" y1=\"\(f(y(v)))\" x2=\"\(f(plotLeft + options.plotWidth))\" y2=\"\(f(y(v)))\" stroke=\"#e3e3e3\" aria-hidden=\"true\"/>"
      s += "<text class=\"fig-label\" x=\"\(f(plotLeft - 4))\" y=\"\(f(y(v) + 3))\" text-anchor=\"end\">\(SVGRenderer.number(v))</text>"
    }
    var placed: [(x0: Double, x1: Double, y0: Double, y1: Double)] = []
    for (k, series) in chart.figures.enumerated() {
      let color = ChartPalette.series[k % ChartPalette.series.count]
      // legend entry in the label column
      let ly = top + 30 + Double(k) * 14
      if ly < top + options.figuresHeight - 4 {
        let name = ChartText.truncate(series.label.zh + " " + series.label.en, toWidth: options.labelWidth - 70, fontSize: 10)
        s += "<g><title>\(esc(series.label.zh + " / " + series.label.en + " (" + series.subject.raw + ")"))</title>"
        s += "<rect x=\"8\" y=\"\(f(ly - 8))\" width=\"10\" height=\"10\" fill=\"\(color)\"/>"
        s += "<text class=\"fig-label\" x=\"22\" y=\"\(f(ly))\">\(esc(name))</text></g>"
      }
      var path = ""
      for (i, p) in series.points.enumerated() {
        let x = plotLeft + axis.x(p.time)
        let joined = i > 0 && SVGRenderer.joins(series.points[i - 1].time, p.time, on: axis)
        path += (joined ? " L" : " M") + f(x) + " " + f(y(p.value))
      }
      if path.contains("L") {
        s += "<path class=\"figure-line\" d=\"\(path.dropFirst())\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\" aria-hidden=\"true\"/>"
      }
      for p in series.points {
        let x = plotLeft + axis.x(p.time)
        let py = y(p.value)
        let text =
          series.label.zh + " / " + series.label.en + ": " + p.text + " " + series.unit + ", as of " + ChartText.short(p.time)
          + "\n" + ChartText.event(p.event, catalogue: catalogue)
        s += "<g class=\"point\" tabindex=\"0\" data-subject=\"\(esc(series.subject.raw))\" data-event=\"\(esc(p.event.id))\" "
        s += "data-time=\"\(esc(p.time.iso8601))\" data-value=\"\(esc(p.text))\"><title>\(esc(text))</title>"
        s += "<circle cx=\"\(f(x))\" cy=\"\(f(py))\" r=\"3.5\" fill=\"\(color)\" stroke=\"#fff\" stroke-width=\"1\"/></g>"
        let w = ChartText.width(p.text, fontSize: 10)
        for candidate in [py - 6, py + 13] {
          let box = (x0: x + 4, x1: x + 4 + w, y0: candidate - 9, y1: candidate + 1)
          if placed.contains(where: { $0.x0 < box.x1 && box.x0 < $0.x1 && $0.y0 < box.y1 && box.y0 < $0.y1 }) { continue }
          placed.append(box)
          s += "<text class=\"fig-label\" x=\"\(f(x + 4))\" y=\"\(f(candidate))\" fill=\"\(color)\" aria-hidden=\"true\">\(esc(p.text))</text>"
          break
        }
      }
    }
    s += "</g>\n"
    return s
  }

  /// Whether the line between two consecutive figures of a series is drawn: they are at most two days apart and
  /// no skipped stretch lies between them.
  static func joins(_ a: Timestamp, _ b: Timestamp, on axis: TimeAxis) -> Bool {
    b.epochSeconds - a.epochSeconds <= 2 * 86_400 && !axis.gaps.contains { $0.from >= a && $0.to <= b }
  }

  /// The smallest 1, 2 or 5 × 10^k at or above `v`.
  static func niceCeiling(_ v: Double) -> Double {
    guard v > 0 else { return 1 }
    var p = 1.0
    while p * 10 <= v { p *= 10 }
    while p > v { p /= 10 }
    for m in [1.0, 2, 5, 10] where m * p >= v { return m * p }
    return 10 * p
  }

  static func number(_ v: Double) -> String {
    v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(v)
  }
}
