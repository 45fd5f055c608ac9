/// The rows as drawn: labels, bars (solid while in force, hatched where unconfirmed, ended by a heavy cap, a tick,
/// a lift's boxed × or a fade), statement dots, change markers, and the glyphs they share with the legend.
extension SVGRenderer {
  /// Patterns and gradients the bars use: one hatch per bar style (its colour over a pale ground), and the fade
  /// of an unknown end.
  func defs() -> String {
    var s = "<defs>"
    for (k, style) in styles.enumerated() {
      s += hatchPattern(id: "hatch-\(k)", color: ChartPalette.stroke(style))
    }
    s += fadeGradient(id: "fade-out")
    return s + "</defs>\n"
  }

  func hatchPattern(id: String, color: String) -> String {
    "<pattern id=\"\(id)\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\" patternTransform=\"rotate(45)\">"
      + "<rect width=\"6\" height=\"6\" fill=\"\(ChartPalette.mix(color, white: 0.88))\"/>"
      + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"\(color)\" stroke-width=\"1.6\" stroke-opacity=\"0.75\"/></pattern>"
  }

  /// White from transparent to opaque, left to right: laid over a bar's tail, it fades the bar out.
  func fadeGradient(id: String) -> String {
    "<linearGradient id=\"\(id)\" x1=\"0\" y1=\"0\" x2=\"1\" y2=\"0\"><stop offset=\"0\" stop-color=\"#fff\" stop-opacity=\"0\"/>"
      + "<stop offset=\"1\" stop-color=\"#fff\" stop-opacity=\"1\"/></linearGradient>"
  }

  func hatchID(_ style: String) -> String { "hatch-\(styles.firstIndex(of: style) ?? 0)" }

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
    for b in r.bars { s += bar(b, top: top, height: h) }
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

  /// One bar: solid while in force, hatched where unconfirmed, its end drawn by kind, its statements as dots.
  func bar(_ b: TimelineChart.Bar, top: Double, height h: Double) -> String {
    let right = plotLeft + options.plotWidth
    let x0 = plotLeft + axis.clampedX(b.start)
    let x1 = b.end.map { plotLeft + axis.clampedX($0) } ?? right
    let w = max(x1 - x0, 2)
    let stroke = ChartPalette.stroke(b.style)
    let endInView = b.end.map { $0 <= chart.to } ?? false
    var s = "<g class=\"bar end-\(b.endKind.rawValue)\(b.unconfirmed.isEmpty ? "" : " has-unconfirmed")\" data-subject=\"\(esc(b.subject.raw))\" "
    s += "data-start=\"\(esc(b.start.cityTime.iso8601))\" data-end=\"\(esc(b.end?.cityTime.iso8601 ?? ""))\" "
    s += "data-end-kind=\"\(b.endKind.rawValue)\" data-event=\"\(esc(b.event.id))\" data-style=\"\(esc(b.style))\" "
    s += "data-last-stated=\"\(esc(ChartText.short(b.lastStated) + " (" + b.lastStatement.source + ")"))\" "
    s += "data-unconfirmed-from=\"\(esc(b.unconfirmedFrom?.cityTime.iso8601 ?? ""))\" data-ended-by=\"\(esc(b.endedBy?.id ?? ""))\" "
    s += "data-end-text=\"\(esc(ChartText.endText(b)))\" tabindex=\"0\">"
    s += "<title>\(esc(ChartText.bar(b, catalogue: catalogue, horizonSeconds: chart.confirmation.horizonSeconds)))</title>"
    // The outline only shows on hover and focus: a drawn outline would give an unknown end a hard edge.
    s += "<rect class=\"body\" x=\"\(f(x0))\" y=\"\(f(top))\" width=\"\(f(w))\" height=\"\(f(h))\" rx=\"2\" fill=\"none\" stroke=\"none\"/>"
    s +=
      "<rect class=\"solid\" x=\"\(f(x0))\" y=\"\(f(top))\" width=\"\(f(w))\" height=\"\(f(h))\" rx=\"2\" fill=\"\(ChartPalette.fill(b.style))\" stroke=\"\(stroke)\" stroke-width=\"1\"/>"
    for span in b.unconfirmed {
      let sx0 = max(plotLeft + axis.clampedX(span.from), x0)
      let sx1 = min(span.to.map { plotLeft + axis.clampedX($0) } ?? right, x0 + w)
      guard sx1 > sx0 else { continue }
      s += "<rect class=\"unconfirmed\" x=\"\(f(sx0))\" y=\"\(f(top))\" width=\"\(f(sx1 - sx0))\" height=\"\(f(h))\" "
      s += "fill=\"url(#\(hatchID(b.style)))\" stroke=\"\(stroke)\" stroke-width=\"1\" stroke-dasharray=\"3 2\"/>"
    }
    for st in b.statements where st.time >= b.start && st.time >= chart.from && st.time <= chart.to && (b.end.map { st.time < $0 } ?? true) {
      s += statementDot(x: plotLeft + axis.x(st.time), cy: top)
    }
    switch b.endKind {
    case .unknown: s += fadingEnd(x: right, top: top, height: h, length: min(56, w * 0.5), color: stroke)
    case .scheduled where endInView: s += scheduledCap(x: x1, top: top - 2, bottom: top + h + 2)
    case .change where endInView: s += replacedTick(x: x1, top: top, bottom: top + h)
    case .lift, .scheduled, .change: break  // a lift is drawn by its own boxed × marker
    }
    if w > 44 {
      let caption = ChartText.truncate(ChartText.barCaption(b, catalogue: catalogue), toWidth: w - 14, fontSize: 11)
      if caption != "…" {
        s += "<text class=\"bar-caption\" x=\"\(f(x0 + 5))\" y=\"\(f(top + h - 3))\" aria-hidden=\"true\">\(esc(caption))</text>"
      }
    }
    return s + "</g>"
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

  /// Replaced by a later event: a thin tick standing out above and below the bar.
  func replacedTick(x: Double, top: Double, bottom: Double) -> String {
    "<line class=\"tick-end\" x1=\"\(f(x))\" y1=\"\(f(top - 4))\" x2=\"\(f(x))\" y2=\"\(f(bottom + 4))\" stroke=\"#333\" stroke-width=\"1.2\"/>"
  }

  /// An unknown end: the bar's last `length` pixels fade to white, and a dotted tail runs on past the edge.
  func fadingEnd(x: Double, top: Double, height h: Double, length: Double, color: String) -> String {
    let cy = top + h / 2
    return
      "<rect class=\"fade\" x=\"\(f(x - length))\" y=\"\(f(top - 1))\" width=\"\(f(length + 1))\" height=\"\(f(h + 2))\" fill=\"url(#fade-out)\"/>"
      + "<line class=\"tail\" x1=\"\(f(x - length / 2))\" y1=\"\(f(cy))\" x2=\"\(f(x + 12))\" y2=\"\(f(cy))\" stroke=\"\(color)\" stroke-width=\"1.5\" stroke-dasharray=\"1.5 3\"/>"
  }

  /// A statement (the deciding briefing or a restatement) at its `recorded` time: a small ring on the bar's top edge.
  func statementDot(x: Double, cy: Double) -> String {
    "<circle class=\"stated\" cx=\"\(f(x))\" cy=\"\(f(cy))\" r=\"2.3\" fill=\"#fff\" stroke=\"#222\" stroke-width=\"1\"/>"
  }
}
