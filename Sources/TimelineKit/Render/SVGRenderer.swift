/// Draws a ``TimelineChart`` as SVG: a header (legend, case figures, briefing labels, time axis) and a body (one
/// row per subject, grouped by category), on one shared time axis.
///
/// Every bar, marker, figure point and briefing line carries a `<title>` (its text alternative and tooltip) and
/// `tabindex="0"` (reachable by keyboard), plus machine-readable `data-` attributes:
/// bars `data-subject data-start data-end data-end-kind data-event data-last-stated data-unconfirmed-from
/// data-ended-by`, markers `data-subject data-event data-time`, briefings `data-source data-number data-date`,
/// gap marks `data-from data-to`. Everything from the data is escaped by ``HTMLEscaping``.
///
/// The drawing is split by concern: bars and glyphs (`SVGRenderer+Bars.swift`), the broken axis and its gap
/// marks (`SVGRenderer+Axis.swift`), the legend (`SVGRenderer+Legend.swift`), the figures
/// (`SVGRenderer+Figures.swift`).
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

  /// The bar styles in use, in a fixed order: their index names each style's hatch pattern.
  let styles: [String]

  /// A renderer over a chart, on an axis broken at the chart's empty stretches (see ``TimeAxis``).
  public init(chart: TimelineChart, options: Options = Options()) {
    self.chart = chart
    self.options = options
    self.axis = TimeAxis(from: chart.from, to: chart.to, width: options.plotWidth, activity: chart.activity)
    self.styles = Set(chart.groups.flatMap { $0.rows.flatMap { $0.bars.map(\.style) } }).sorted()
  }

  var totalWidth: Double { options.labelWidth + options.plotWidth + options.rightPad }
  var plotLeft: Double { options.labelWidth }
  var catalogue: Catalogue { chart.catalogue }

  // MARK: - Documents

  /// A standalone SVG document (XML with the SVG namespace, no script): a title line, the header and the body.
  public func standalone() -> String {
    var s = ""
    standalone { (part: String) in s += part }
    return s
  }

  /// The document of ``standalone()`` handed to `write` in parts (see ``body(_:)``).
  func standalone<E: Error>(_ write: (String) throws(E) -> Void) throws(E) {
    let h = header()
    let titleHeight = 34.0
    let height = titleHeight + h.height + bodyHeight
    var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    s += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"\(f(totalWidth))\" height=\"\(f(height))\" "
    s += "viewBox=\"0 0 \(f(totalWidth)) \(f(height))\" role=\"img\" aria-labelledby=\"chart-title\">\n"
    s += "<title id=\"chart-title\">" + esc(documentTitle) + "</title>\n"
    s += "<style>" + SVGRenderer.css + "</style>\n"
    s += "<rect class=\"page\" x=\"0\" y=\"0\" width=\"\(f(totalWidth))\" height=\"\(f(height))\" fill=\"#ffffff\"/>\n"
    s += "<text class=\"doc-title\" x=\"8\" y=\"22\">" + esc(documentTitle) + "</text>\n"
    s += "<g transform=\"translate(0,\(f(titleHeight)))\">\n" + h.content + "</g>\n"
    s += "<g transform=\"translate(0,\(f(titleHeight + h.height)))\">\n"
    try write(s)
    try body(write)
    try write("</g>\n</svg>\n")
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
    .gap-label{font-size:10px;fill:#555}
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
    if !chart.stringency.isEmpty {
      s += stringencyPanel(top: y)
      y += SVGRenderer.stringencyHeight
    }
    let lanes = briefingLanes()
    let laneHeight = 16.0
    let laneCount = max(1, (lanes.map(\.lane).max() ?? 0) + 1)
    let lanesTop = y + 4
    let axisTop = lanesTop + Double(laneCount) * laneHeight + 4
    let height = axisTop + 34
    s += gridLines(top: legend.height, bottom: height)
    s += gapBands(top: legend.height, bottom: axisTop, labelAt: legend.height + 12)
    s += "<text class=\"group-title\" x=\"8\" y=\"\(f(lanesTop + 12))\">Briefings 发布会</text>\n"
    for (b, lane, anchorEnd) in lanes {
      let x = plotLeft + axis.x(b.time)
      let ty = lanesTop + Double(lane) * laneHeight + 12
      s += "<g class=\"briefing\" tabindex=\"0\" data-source=\"\(esc(b.source))\" data-number=\"\(b.number.map(String.init) ?? "")\" "
      s += "data-date=\"\(esc(b.time.iso8601))\" data-event=\"\(esc(b.event.id))\">"
      s += "<title>" + esc(ChartText.briefingTitle(b)) + "</title>"
      s +=
        "<line x1=\"\(f(x))\" y1=\"\(f(legend.height))\" x2=\"\(f(x))\" y2=\"\(f(height))\" stroke=\"#243a73\" stroke-width=\"1.2\" stroke-dasharray=\"4 3\"/>"
      s += "<text class=\"brief-label\" x=\"\(f(anchorEnd ? x - 3 : x + 3))\" y=\"\(f(ty))\"\(anchorEnd ? " text-anchor=\"end\"" : "")>"
      s += esc(ChartText.briefingLabel(b)) + "</text></g>\n"
    }
    s += axisLine(top: axisTop)
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

  // MARK: - Body: the rows

  /// The rows, grouped by category, with tick grid lines and briefing lines running through them.
  public func body() -> (content: String, height: Double) {
    var content = ""
    body { (part: String) in content += part }
    return (content, bodyHeight)
  }

  /// The body's height in pixels: the group titles, the rows and a margin.
  var bodyHeight: Double {
    chart.groups.reduce(0.0) { $0 + options.groupHeight + Double($1.rows.count) * options.rowHeight } + 6
  }

  /// The body of ``body()`` handed to `write` in parts of about a hundred rows, so that a chart of tens of thousands
  /// of rows is written without holding its text.
  func body<E: Error>(_ write: (String) throws(E) -> Void) throws(E) {
    let height = bodyHeight
    var rows = ""
    var y = 0.0
    let labelRoom = options.labelWidth - 14
    // Grid below the rows' backgrounds would be hidden: backgrounds first, then grid, then content; the gap bands
    // go over the bars, so that a bar running through a skipped stretch is visibly broken.
    try write(defs() + rowBackgrounds() + gridLines(top: 0, bottom: height))
    for g in chart.groups {
      rows += "<g class=\"group\" data-category=\"\(esc(g.category))\">"
      rows += "<rect x=\"0\" y=\"\(f(y))\" width=\"\(f(totalWidth))\" height=\"\(f(options.groupHeight))\" fill=\"#eef1f6\"/>"
      rows += "<text class=\"group-title\" x=\"8\" y=\"\(f(y + 17))\">\(esc(g.category)) <tspan class=\"muted\">(\(g.rows.count))</tspan></text>"
      y += options.groupHeight
      for (k, r) in g.rows.enumerated() {
        rows += row(r, y: y, stripe: k % 2 == 1, labelRoom: labelRoom)
        y += options.rowHeight
        if k % 100 == 99 {
          try write(rows)
          rows = ""
        }
      }
      rows += "</g>\n"
    }
    try write(rows + briefingRules(height: height) + gapBands(top: 0, bottom: height, labelAt: nil))
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
      s +=
        "<line x1=\"\(f(x))\" y1=\"0\" x2=\"\(f(x))\" y2=\"\(f(height))\" stroke=\"#243a73\" stroke-opacity=\"0.55\" stroke-width=\"1\" stroke-dasharray=\"4 3\"/>"
    }
    return s + "</g>\n"
  }

  // MARK: - Helpers

  func esc(_ s: String) -> String { HTMLEscaping.markup(s) }

  /// A coordinate with at most one decimal.
  func f(_ v: Double) -> String {
    let r = (v * 10).rounded() / 10
    return r == r.rounded() ? String(Int(r)) : String(r)
  }
}
