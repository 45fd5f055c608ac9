/// The stringency index as a line under the figures (`render --stringency`), on the same (possibly broken) axis.
extension SVGRenderer {
  /// The height of the stringency panel, in pixels.
  static let stringencyHeight = 96.0

  /// The index by day (0-100): a solid line for OxCGRT's index over the coded indicators, a dashed one for the
  /// floor (uncoded as 0); a day with an unconfirmed deciding rule is a hollow point. Days the axis skips are left
  /// out and the line is not drawn across them.
  func stringencyPanel(top: Double) -> String {
    let plotTop = top + 20
    let plotHeight = SVGRenderer.stringencyHeight - 34
    func y(_ v: Double) -> Double { plotTop + plotHeight - v / 100 * plotHeight }
    let points = chart.stringency.filter { p in !axis.gaps.contains { $0.from < p.time && p.time < $0.to } }
    let area = catalogue.label(ofScope: chart.stringencyArea)
    var s = "<g class=\"stringency\" data-area=\"\(esc(chart.stringencyArea))\">"
    s += "<text class=\"group-title\" x=\"8\" y=\"\(f(top + 14))\">" + esc("Stringency index (OxCGRT formula), \(area.zh)") + "</text>"
    s += "<text class=\"fig-label\" x=\"8\" y=\"\(f(top + 30))\">— over the coded C-indicators; - - - uncoded as 0</text>"
    s += "<text class=\"fig-label\" x=\"8\" y=\"\(f(top + 44))\">hollow: rests on an unconfirmed rule</text>"
    for v in [0.0, 50, 100] {
      s +=
        "<line x1=\"\(f(plotLeft))\" y1=\"\(f(y(v)))\" x2=\"\(f(plotLeft + options.plotWidth))\" y2=\"\(f(y(v)))\" stroke=\"#e3e3e3\" aria-hidden=\"true\"/>"
      s += "<text class=\"fig-label\" x=\"\(f(plotLeft - 4))\" y=\"\(f(y(v) + 3))\" text-anchor=\"end\">\(SVGRenderer.number(v))</text>"
    }
    let color = "#6a3d9a"
    for (value, dash) in [({ (p: TimelineChart.StringencyPoint) in p.index.value }, ""), ({ p in p.index.floor }, " stroke-dasharray=\"4 3\"")] {
      var path = ""
      var previous: TimelineChart.StringencyPoint?
      for p in points {
        guard let v = value(p) else {
          previous = nil
          continue
        }
        let joined = previous.map { SVGRenderer.joins($0.time, p.time, on: axis) } ?? false
        path += (joined ? " L" : " M") + f(plotLeft + axis.x(p.time)) + " " + f(y(v))
        previous = p
      }
      if path.contains("L") {
        s += "<path d=\"\(path.dropFirst())\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\"\(dash) aria-hidden=\"true\"/>"
      }
    }
    for p in points {
      guard let v = p.index.value else { continue }
      var text = "\(p.time.dateString): stringency \(EventTable.twoDecimals(v)) over \(p.index.basis) coded indicators"
      text += " (floor \(EventTable.twoDecimals(p.index.floor)))"
      if !p.unconfirmed.isEmpty { text += "; unconfirmed: " + p.unconfirmed.joined(separator: ", ") }
      s +=
        "<g class=\"point\" tabindex=\"0\" data-time=\"\(esc(p.time.iso8601))\" data-value=\"\(EventTable.twoDecimals(v))\"><title>\(esc(text))</title>"
      let fill = p.unconfirmed.isEmpty ? color : "#ffffff"
      s += "<circle cx=\"\(f(plotLeft + axis.x(p.time)))\" cy=\"\(f(y(v)))\" r=\"2.5\" fill=\"\(fill)\" stroke=\"\(color)\" stroke-width=\"1\"/></g>"
    }
    return s + "</g>\n"
  }
}
