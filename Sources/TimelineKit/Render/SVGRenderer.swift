/// Draws a ``TimelineChart`` as SVG: a header (legend, case figures, briefing labels, time axis) and a body (one
/// row per subject, grouped by category), on one shared time axis.
///
/// Every bar, marker, figure point and briefing line carries a `<title>` (its text alternative and tooltip) and
/// `tabindex="0"` (reachable by keyboard), plus machine-readable `data-` attributes:
/// bars `data-subject data-start data-end data-end-kind data-event`, markers `data-subject data-event data-time`,
/// briefings `data-source data-number data-date`. Everything from the data is escaped by ``HTMLEscaping``.
///
/// ## Topics
/// - ``standalone()``: a whole SVG document
/// - ``header()``, ``body()``: the two parts the HTML page shows (the header stays on screen while rows scroll)
public struct SVGRenderer: Sendable {
  /// Sizes in pixels.
  public struct Options: Sendable {
    public var labelWidth: Double = 380
    public var plotWidth: Double = 1140
    public var rightPad: Double = 36
    public var rowHeight: Double = 22
    public var groupHeight: Double = 26
    public var figuresHeight: Double = 130
    public init() {}
  }

  public let chart: TimelineChart
  public let options: Options
  public let axis: TimeAxis

  public init(chart: TimelineChart, options: Options = Options()) {
    self.chart = chart
    self.options = options
    self.axis = TimeAxis(from: chart.from, to: chart.to, width: options.plotWidth)
  }

  var totalWidth: Double { options.labelWidth + options.plotWidth + options.rightPad }
  var plotLeft: Double { options.labelWidth }
  var catalogue: Catalogue { chart.catalogue }

  // MARK: - Documents

  /// A standalone SVG document (XML with the SVG namespace, no script): a title line, the header and the body.
  public func standalone() -> String {
    let h = header()
    let b = body()
    let titleHeight = 34.0
    let height = titleHeight + h.height + b.height
    var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    s += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(f(totalWidth))\" height=\"\(f(height))\" "
    s += "viewBox=\"0 0 \(f(totalWidth)) \(f(height))\" role=\"img\" aria-labelledby=\"chart-title\">\n"
    s += "<title id=\"chart-title\">" + esc(documentTitle) + "</title>\n"
    s += "<style>" + SVGRenderer.css + "</style>\n"
    s += "<rect class=\"page\" x=\"0\" y=\"0\" width=\"\(f(totalWidth))\" height=\"\(f(height))\" fill=\"#ffffff\"/>\n"
    s += "<text class=\"doc-title\" x=\"8\" y=\"22\">" + esc(documentTitle) + "</text>\n"
    s += "<g transform=\"translate(0,\(f(titleHeight)))\">\n" + h.content + "</g>\n"
    s += "<g transform=\"translate(0,\(f(titleHeight + h.height)))\">\n" + b.content + "</g>\n"
    s += "</svg>\n"
    return s
  }

  /// The chart's one-line title.
  public var documentTitle: String {
    var t = "Zhengzhou 2022 timeline of rules, zones and testing: " + chart.from.dateString + " to " + chart.to.dateString
    if let d = chart.filter.district { t += ", district " + catalogue.label(ofScope: d).zh + " (" + d + ")" }
    if let c = chart.filter.category { t += ", category " + c }
    return t + " (\(chart.rowCount) rows, \(chart.barCount) bars, \(chart.briefings.count) briefings)"
  }

  /// The style both the page and the standalone SVG use (fonts, text colours, focus rings).
  static let css = """
    text{font-family:\(ChartText.fontStack);fill:#222;font-size:12px}
    .doc-title{font-size:16px;font-weight:600}
    .muted{fill:#666}.en{fill:#555}.group-title{font-size:13px;font-weight:700}
    .tick{font-size:11px;fill:#444}.tick-major{font-size:11px;font-weight:700;fill:#222}
    .bar-caption{font-size:11px;fill:#1b1b1b;pointer-events:none}
    .brief-label{font-size:11px;fill:#243a73;font-weight:600}
    .fig-label{font-size:10px;fill:#333}
    .bar,.marker,.briefing,.point{cursor:pointer;outline:none}
    .bar:focus rect.body,.bar:hover rect.body{stroke:#000;stroke-width:2}
    .marker:focus .shape,.marker:hover .shape,.point:focus circle,.point:hover circle{stroke:#000;stroke-width:2}
    .briefing:focus line,.briefing:hover line{stroke:#000;stroke-width:2}
    .briefing:focus text,.briefing:hover text{text-decoration:underline}
    """

  // MARK: - Header: legend, figures, briefing labels, ticks

  /// The header: legend, the case figures (when any), briefing labels in as many lanes as they need, the ticks.
  public func header() -> (content: String, height: Double) {
    var s = ""
    var y = 0.0
    let legend = legendStrip(y: y)
    s += legend.content
    y += legend.height
    if !chart.figures.isEmpty {
      s += figuresPanel(top: y)
      y += options.figuresHeight
    }
    let lanes = briefingLanes()
    let laneHeight = 16.0
    let laneCount = max(1, (lanes.map(\.lane).max() ?? 0) + 1)
    let lanesTop = y + 4
    let axisTop = lanesTop + Double(laneCount) * laneHeight + 4
    let height = axisTop + 34
    // grid lines through the figures and lanes
    for t in axis.ticks {
      let x = plotLeft + axis.x(t.time)
      s += "<line x1=\"\(f(x))\" y1=\"\(f(legend.height))\" x2=\"\(f(x))\" y2=\"\(f(height))\" stroke=\"\(t.major != nil ? "#c8c8c8" : "#e6e6e6")\" stroke-width=\"1\" aria-hidden=\"true\"/>\n"
    }
    s += "<text class=\"group-title\" x=\"8\" y=\"\(f(lanesTop + 12))\">Briefings 发布会</text>\n"
    for (b, lane, anchorEnd) in lanes {
      let x = plotLeft + axis.x(b.time)
      let ty = lanesTop + Double(lane) * laneHeight + 12
      s += "<g class=\"briefing\" tabindex=\"0\" data-source=\"\(esc(b.source))\" data-number=\"\(b.number.map(String.init) ?? "")\" "
      s += "data-date=\"\(esc(b.time.iso8601))\" data-event=\"\(esc(b.event.id))\">"
      s += "<title>" + esc(ChartText.briefingTitle(b)) + "</title>"
      s += "<line x1=\"\(f(x))\" y1=\"\(f(legend.height))\" x2=\"\(f(x))\" y2=\"\(f(height))\" stroke=\"#243a73\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"/>"
      s += "<text class=\"brief-label\" x=\"\(f(anchorEnd ? x - 3 : x + 3))\" y=\"\(f(ty))\"\(anchorEnd ? " text-anchor=\"end\"" : "")>"
      s += esc(ChartText.briefingLabel(b)) + "</text></g>\n"
    }
    // the axis
    s += "<line x1=\"\(f(plotLeft))\" y1=\"\(f(axisTop))\" x2=\"\(f(plotLeft + options.plotWidth))\" y2=\"\(f(axisTop))\" stroke=\"#888\" aria-hidden=\"true\"/>\n"
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
    return (s, height)
  }

  /// Assigns each briefing label to the first lane where it does not overlap the label before it.
  func briefingLanes() -> [(TimelineChart.BriefingLine, lane: Int, anchorEnd: Bool)] {
    var laneEnds: [Double] = []
    var out: [(TimelineChart.BriefingLine, lane: Int, anchorEnd: Bool)] = []
    for b in chart.briefings {
      let x = axis.x(b.time)
      let w = ChartText.width(ChartText.briefingLabel(b), fontSize: 11) + 8
      let anchorEnd = x + w > options.plotWidth + options.rightPad
      let left = anchorEnd ? x - w : x
      let right = anchorEnd ? x : x + w
      var lane = laneEnds.firstIndex { $0 < left } ?? laneEnds.count
      if lane >= 8 { lane = 7 }
      if lane == laneEnds.count { laneEnds.append(right) } else { laneEnds[lane] = max(laneEnds[lane], right) }
      out.append((b, lane, anchorEnd))
    }
    return out
  }

  /// Swatches for the colours and end styles in use.
  func legendStrip(y: Double) -> (content: String, height: Double) {
    var items: [(String, String)] = []  // (style, text)
    var seen = Set<String>()
    for g in chart.groups {
      for r in g.rows {
        for b in r.bars where !seen.contains(b.style) {
          seen.insert(b.style)
          let text: String
          if b.style.hasPrefix("zone-") {
            let key = String(b.style.dropFirst(5))
            let l = catalogue.zoneLevels[key] ?? Label(zh: key, en: key)
            text = l.zh + " " + l.en
          } else {
            text = String(b.style.dropFirst(4))
          }
          items.append((b.style, text))
        }
      }
    }
    var s = "<g class=\"legend\" aria-label=\"legend\">"
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
      s += "<rect x=\"\(f(px))\" y=\"\(f(py))\" width=\"16\" height=\"10\" fill=\"\(ChartPalette.fill(style))\" stroke=\"\(ChartPalette.stroke(style))\"/>"
      s += "<text class=\"fig-label\" x=\"\(f(px + 20))\" y=\"\(f(py + 9))\">\(esc(text))</text>"
    }
    let glyphs: [(String, String)] = [
      ("scheduled", "scheduled end (until)"), ("lift", "lifted"), ("open", "continues (no end in the logs)"),
      ("marker", "change (an event)"), ("briefing", "briefing published"),
    ]
    for (kind, text) in glyphs {
      let w = ChartText.width(text, fontSize: 11) + 34
      let (px, py) = place(w)
      let cy = py + 5
      switch kind {
      case "scheduled":
        s += "<rect x=\"\(f(px))\" y=\"\(f(py))\" width=\"16\" height=\"10\" fill=\"#ddd\" stroke=\"#888\"/>"
        s += scheduledCap(x: px + 16, top: py - 2, bottom: py + 12)
      case "lift": s += liftGlyph(x: px + 8, cy: cy)
      case "open":
        s += "<rect x=\"\(f(px))\" y=\"\(f(py))\" width=\"12\" height=\"10\" fill=\"#ddd\"/>" + arrow(x: px + 12, cy: cy, color: "#666")
      case "marker": s += diamond(x: px + 8, cy: cy, fill: "#555", retracted: false)
      default:
        s += "<line x1=\"\(f(px + 8))\" y1=\"\(f(py - 2))\" x2=\"\(f(px + 8))\" y2=\"\(f(py + 12))\" stroke=\"#243a73\" stroke-dasharray=\"4 3\"/>"
      }
      s += "<text class=\"fig-label\" x=\"\(f(px + 24))\" y=\"\(f(py + 9))\">\(esc(text))</text>"
    }
    s += "</g>\n"
    return (s, row + 24)
  }

  // MARK: - Figures

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
      s += "<line x1=\"\(f(plotLeft))\" y1=\"\(f(y(v)))\" x2=\"\(f(plotLeft + options.plotWidth))\" y2=\"\(f(y(v)))\" stroke=\"#e3e3e3\" aria-hidden=\"true\"/>"
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
      // lines between points at most three days apart
      var path = ""
      for (i, p) in series.points.enumerated() {
        let x = plotLeft + axis.x(p.time)
        let joined = i > 0 && p.time.epochSeconds - series.points[i - 1].time.epochSeconds <= 3 * 86_400
        path += (joined ? " L" : " M") + f(x) + " " + f(y(p.value))
      }
      s += "<path d=\"\(path.dropFirst())\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"1.5\" aria-hidden=\"true\"/>"
      for p in series.points {
        let x = plotLeft + axis.x(p.time)
        let py = y(p.value)
        let text = series.label.zh + " / " + series.label.en + ": " + p.text + " " + series.unit + ", as of " + ChartText.short(p.time)
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

  // MARK: - Body: the rows

  /// The rows, grouped by category, with tick grid lines and briefing lines running through them.
  public func body() -> (content: String, height: Double) {
    var rows = ""
    var y = 0.0
    let labelRoom = options.labelWidth - 14
    for g in chart.groups {
      rows += "<g class=\"group\" data-category=\"\(esc(g.category))\">"
      rows += "<rect x=\"0\" y=\"\(f(y))\" width=\"\(f(totalWidth))\" height=\"\(f(options.groupHeight))\" fill=\"#eef1f6\"/>"
      rows += "<text class=\"group-title\" x=\"8\" y=\"\(f(y + 17))\">\(esc(g.category)) <tspan class=\"muted\">(\(g.rows.count))</tspan></text>"
      y += options.groupHeight
      for (k, r) in g.rows.enumerated() {
        rows += row(r, y: y, stripe: k % 2 == 1, labelRoom: labelRoom)
        y += options.rowHeight
      }
      rows += "</g>\n"
    }
    let height = y + 6
    var s = "<g class=\"grid\" aria-hidden=\"true\">"
    for t in axis.ticks {
      let x = plotLeft + axis.x(t.time)
      s += "<line x1=\"\(f(x))\" y1=\"0\" x2=\"\(f(x))\" y2=\"\(f(height))\" stroke=\"\(t.major != nil ? "#c8c8c8" : "#e6e6e6")\"/>"
    }
    s += "</g>\n"
    // grid below the rows' backgrounds would be hidden; draw backgrounds first, then grid, then content.
    return (rowBackgrounds() + s + rows + briefingRules(height: height), height)
  }

  func rowBackgrounds() -> String {
    var s = "<g class=\"stripes\" aria-hidden=\"true\">"
    var y = 0.0
    for g in chart.groups {
      y += options.groupHeight
      for k in g.rows.indices {
        if k % 2 == 1 {
          s += "<rect x=\"0\" y=\"\(f(y))\" width=\"\(f(totalWidth))\" height=\"\(f(options.rowHeight))\" fill=\"#f7f7f7\"/>"
        }
        y += options.rowHeight
      }
    }
    return s + "</g>\n"
  }

  func briefingRules(height: Double) -> String {
    var s = "<g class=\"briefing-rules\" aria-hidden=\"true\">"
    for b in chart.briefings {
      let x = plotLeft + axis.x(b.time)
      s += "<line x1=\"\(f(x))\" y1=\"0\" x2=\"\(f(x))\" y2=\"\(f(height))\" stroke=\"#243a73\" stroke-opacity=\"0.55\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>"
    }
    return s + "</g>\n"
  }

  func row(_ r: TimelineChart.Row, y: Double, stripe: Bool, labelRoom: Double) -> String {
    let full = r.label.zh == r.label.en ? r.label.zh : r.label.zh + " " + r.label.en
    let fullTitle = full + " (" + r.subject.raw + ")"
    var s = "<g class=\"row\" data-subject=\"\(esc(r.subject.raw))\" data-category=\"\(esc(r.category))\">"
    // the label: Chinese first, then English in grey, cut to the label column as a whole
    let zhWidth = ChartText.width(r.label.zh, fontSize: 12)
    s += "<g class=\"row-label\"><title>\(esc(fullTitle))</title><text x=\"8\" y=\"\(f(y + 15))\">"
    if zhWidth + 30 >= labelRoom || r.label.zh == r.label.en {
      s += "<tspan lang=\"zh-Hans\">\(esc(ChartText.truncate(r.label.zh, toWidth: labelRoom, fontSize: 12)))</tspan>"
    } else {
      s += "<tspan lang=\"zh-Hans\">\(esc(r.label.zh))</tspan> <tspan class=\"en\">"
      s += esc(ChartText.truncate(r.label.en, toWidth: labelRoom - zhWidth - 6, fontSize: 12)) + "</tspan>"
    }
    s += "</text></g>"
    let top = y + 4
    let h = options.rowHeight - 8
    let right = plotLeft + options.plotWidth
    for b in r.bars {
      let x0 = plotLeft + axis.clampedX(b.start)
      let x1 = b.end.map { plotLeft + axis.clampedX($0) } ?? right
      let w = max(x1 - x0, 2)
      let stroke = ChartPalette.stroke(b.style)
      let continues = b.end.map { $0.epochSeconds > chart.to.epochSeconds } ?? true
      s += "<g class=\"bar end-\(b.endKind.rawValue)\" data-subject=\"\(esc(b.subject.raw))\" data-start=\"\(esc(b.start.cityTime.iso8601))\" "
      s += "data-end=\"\(esc(b.end?.cityTime.iso8601 ?? ""))\" data-end-kind=\"\(b.endKind.rawValue)\" data-event=\"\(esc(b.event.id))\" "
      s += "data-style=\"\(esc(b.style))\" tabindex=\"0\">"
      s += "<title>\(esc(ChartText.bar(b, catalogue: catalogue)))</title>"
      s += "<rect class=\"body\" x=\"\(f(x0))\" y=\"\(f(top))\" width=\"\(f(w))\" height=\"\(f(h))\" rx=\"2\" fill=\"\(ChartPalette.fill(b.style))\" stroke=\"\(stroke)\" stroke-width=\"1\"/>"
      if continues {
        s += arrow(x: right, cy: top + h / 2, color: stroke)
      } else if b.endKind == .scheduled {
        s += scheduledCap(x: x1, top: top - 2, bottom: top + h + 2)
      }
      if w > 44 {
        let caption = ChartText.truncate(ChartText.barCaption(b, catalogue: catalogue), toWidth: w - 14, fontSize: 11)
        if caption != "…" {
          s += "<text class=\"bar-caption\" x=\"\(f(x0 + 5))\" y=\"\(f(top + h - 3))\" aria-hidden=\"true\">\(esc(caption))</text>"
        }
      }
      s += "</g>"
    }
    for m in r.markers {
      let x = plotLeft + axis.x(m.event.effective)
      let text = ChartText.event(m.event, catalogue: catalogue, retracted: m.retracted)
      s += "<g class=\"marker\(m.retracted ? " retracted" : "")\" data-subject=\"\(esc(r.subject.raw))\" data-event=\"\(esc(m.event.id))\" "
      s += "data-time=\"\(esc(m.event.effective.cityTime.iso8601))\" data-type=\"\(m.event.type.rawValue)\" tabindex=\"0\">"
      s += "<title>\(esc(text))</title>"
      if m.event.type.endsState {
        s += liftGlyph(x: x, cy: top + h / 2)
      } else {
        let style = m.event.subject.kind == .zone ? "zone-" + (m.event.data["level"]?.stringValue ?? "") : "cat-" + r.category
        s += diamond(x: x, cy: top + h / 2, fill: ChartPalette.stroke(style), retracted: m.retracted)
      }
      s += "</g>"
    }
    s += "</g>\n"
    return s
  }

  // MARK: - Glyphs

  func diamond(x: Double, cy: Double, fill: String, retracted: Bool) -> String {
    let r = 5.0
    let pts = "\(f(x)),\(f(cy - r)) \(f(x + r)),\(f(cy)) \(f(x)),\(f(cy + r)) \(f(x - r)),\(f(cy))"
    return retracted
      ? "<polygon class=\"shape\" points=\"\(pts)\" fill=\"#fff\" stroke=\"#777\" stroke-dasharray=\"2 1\"/>"
      : "<polygon class=\"shape\" points=\"\(pts)\" fill=\"\(fill)\" stroke=\"#fff\" stroke-width=\"1\"/>"
  }

  /// A lift: a white square with a dark cross.
  func liftGlyph(x: Double, cy: Double) -> String {
    let r = 5.0
    return "<rect class=\"shape\" x=\"\(f(x - r))\" y=\"\(f(cy - r))\" width=\"\(f(2 * r))\" height=\"\(f(2 * r))\" fill=\"#fff\" stroke=\"#222\"/>"
      + "<path d=\"M\(f(x - 3)) \(f(cy - 3)) L\(f(x + 3)) \(f(cy + 3)) M\(f(x + 3)) \(f(cy - 3)) L\(f(x - 3)) \(f(cy + 3))\" stroke=\"#222\" stroke-width=\"1.5\"/>"
  }

  /// A scheduled end: a heavy dark bar across the row.
  func scheduledCap(x: Double, top: Double, bottom: Double) -> String {
    "<line class=\"cap\" x1=\"\(f(x))\" y1=\"\(f(top))\" x2=\"\(f(x))\" y2=\"\(f(bottom))\" stroke=\"#111\" stroke-width=\"3\"/>"
  }

  /// Continues: an arrow head just past the right end of the axis.
  func arrow(x: Double, cy: Double, color: String) -> String {
    "<polygon class=\"cont\" points=\"\(f(x)),\(f(cy - 6)) \(f(x + 9)),\(f(cy)) \(f(x)),\(f(cy + 6))\" fill=\"\(color)\"/>"
  }

  // MARK: - Helpers

  func esc(_ s: String) -> String { HTMLEscaping.markup(s) }

  /// A coordinate with at most one decimal.
  func f(_ v: Double) -> String {
    let r = (v * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }
}
