/// Draws a ``TimelineChart`` as one self-contained HTML page: inline SVG, CSS and a little JavaScript, with no
/// network access, no external fonts and no external scripts.
///
/// The header (legend, figures, briefings, axis) stays at the top while the rows scroll. Hovering or focusing a
/// bar, marker, figure or briefing shows its event in a details panel: its dates, the briefing and the verbatim
/// quote. Without JavaScript the same text is in each element's `<title>`. The event details travel as JSON in
/// a `<script type="application/json">` element, escaped by ``HTMLEscaping/scriptJSONString(_:)``.
public struct HTMLRenderer: Sendable {
  public let svg: SVGRenderer

  public init(chart: TimelineChart, options: SVGRenderer.Options = SVGRenderer.Options()) {
    svg = SVGRenderer(chart: chart, options: options)
  }

  /// The whole page.
  public func page() -> String {
    var s = ""
    page { (part: String) in s += part }
    return s
  }

  /// The page of ``page()`` handed to `write` in parts, so that a chart of tens of thousands of rows is written
  /// without holding its text (the body and the event data go out a hundred rows or events at a time).
  func page<E: Error>(_ write: (String) throws(E) -> Void) throws(E) {
    let chart = svg.chart
    let h = svg.header()
    let bodyHeight = svg.f(svg.bodyHeight)
    let w = svg.f(svg.totalWidth)
    var s = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
    s += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
    s += "<title>" + esc(svg.documentTitle) + "</title>\n"
    s += "<style>\n" + HTMLRenderer.pageCSS + SVGRenderer.css + "\n</style>\n</head>\n<body>\n"
    s += "<header class=\"page-head\"><h1>" + esc(svg.documentTitle) + "</h1>\n"
    s += "<p class=\"hint\">Hover over or tab to a bar (a rule or zone in force), a marker (a change), a figure or a briefing line to see "
    s += "the event: its dates, the briefing and the sentence it rests on. Bars are drawn from the same replay as "
    s += "<code>timeline state</code>: solid while a briefing stated the rule within the last "
    s += esc(ChartText.duration(chart.confirmation.horizonSeconds)) + " (or before its scheduled end), hatched once it is "
    s += "unconfirmed; an end no text gives fades out. Long stretches with no briefing and no change are cut out of the time "
    s += "axis (zigzag bands). Times are Asia/Shanghai (+08:00).</p></header>\n"
    s += "<main class=\"chart\" style=\"width:\(w)px\">\n"
    s += "<div class=\"sticky\"><svg class=\"chart-head\" width=\"\(w)\" height=\"\(svg.f(h.height))\" viewBox=\"0 0 \(w) \(svg.f(h.height))\" "
    s += "role=\"group\" aria-label=\"figures, briefings and time axis\">\n" + h.content + "</svg></div>\n"
    s += "<svg class=\"chart-body\" width=\"\(w)\" height=\"\(bodyHeight)\" viewBox=\"0 0 \(w) \(bodyHeight)\" "
    s += "role=\"group\" aria-label=\"rules, zones and testing rounds\">\n"
    try write(s)
    try svg.body(write)
    try write(
      "</svg>\n</main>\n" + "<aside id=\"details\" class=\"details\" aria-live=\"polite\" hidden></aside>\n"
        + "<script type=\"application/json\" id=\"timeline-data\">")
    try dataJSON(chart, write)
    try write("</script>\n" + "<script>\n" + HTMLRenderer.script + "\n</script>\n</body>\n</html>\n")
  }

  /// Every event the page shows, by id, as JSON that stays inert inside `<script>`.
  func dataJSON(_ chart: TimelineChart) -> String {
    var s = ""
    dataJSON(chart) { (part: String) in s += part }
    return s
  }

  /// The JSON of ``dataJSON(_:)`` handed to `write` a hundred events at a time.
  func dataJSON<E: Error>(_ chart: TimelineChart, _ write: (String) throws(E) -> Void) throws(E) {
    var events: [String: Event] = [:]
    for g in chart.groups {
      for r in g.rows {
        for b in r.bars { events[b.event.id] = b.event }
        for m in r.markers { events[m.event.id] = m.event }
      }
    }
    for series in chart.figures { for p in series.points { events[p.event.id] = p.event } }
    for b in chart.briefings { events[b.event.id] = b.event }
    let briefingTitles = Dictionary(
      chart.briefings.map { ($0.source, ($0.number.map { "#\($0) " } ?? "") + $0.title) }, uniquingKeysWith: { a, _ in a })
    let horizon = HTMLEscaping.scriptJSONString(ChartText.duration(chart.confirmation.horizonSeconds))
    try write("{\"horizon\":" + horizon + ",\"events\":{")
    var parts = ""
    for (n, id) in events.keys.sorted().enumerated() {
      let e = events[id]!
      let d = EventDescription(e, catalogue: chart.catalogue)
      let fields: [(String, String)] = [
        ("subject", e.subject.raw), ("name", d.subject.zh == d.subject.en ? d.subject.zh : d.subject.zh + " / " + d.subject.en),
        ("type", e.type.rawValue), ("effective", ChartText.short(e.effective)), ("until", e.until.map(ChartText.short) ?? ""),
        ("recorded", ChartText.short(e.recorded)), ("source", e.source), ("briefing", briefingTitles[e.source] ?? ""),
        ("state", [d.state.zh, d.state.en].filter { !$0.isEmpty }.joined(separator: " / ")),
        ("scope", d.scope.map { $0.zh + " / " + $0.en } ?? ""), ("quote", e.quote),
      ]
      parts += (n > 0 ? ",\n" : "") + HTMLEscaping.scriptJSONString(id) + ":" + HTMLEscaping.scriptJSONObject(fields)
      if n % 100 == 99 {
        try write(parts)
        parts = ""
      }
    }
    try write(parts + "}}")
  }

  func esc(_ s: String) -> String { HTMLEscaping.markup(s) }

  static let pageCSS = """
    html,body{margin:0;background:#fff;color:#222;font-family:\(ChartText.fontStack)}
    .page-head{padding:10px 12px 4px}
    h1{font-size:18px;margin:0 0 4px}
    .hint{font-size:13px;color:#555;margin:0;max-width:1100px}
    .chart{margin:0 4px 120px}
    .sticky{position:sticky;top:0;background:#fff;z-index:2;box-shadow:0 2px 3px rgba(0,0,0,.12)}
    svg{display:block}
    .details{position:fixed;right:12px;bottom:12px;width:520px;max-height:45vh;overflow:auto;background:#fffef6;
      border:1px solid #bbb;border-radius:6px;box-shadow:0 4px 14px rgba(0,0,0,.2);padding:10px 12px;font-size:13px;z-index:3}
    .details h2{font-size:14px;margin:0 0 6px}
    .details dl{margin:0;display:grid;grid-template-columns:88px 1fr;gap:2px 8px}
    .details dt{color:#666}.details dd{margin:0}
    .details blockquote{margin:8px 0 0;padding:6px 8px;border-left:3px solid #243a73;background:#f3f5fa}
    .details button{float:right;border:none;background:none;font-size:16px;cursor:pointer}

    """

  /// Shows the focused or hovered element's event in the details panel (text only: `textContent`, never HTML).
  static let script = """
    (function () {
      "use strict";
      var data = JSON.parse(document.getElementById("timeline-data").textContent);
      var panel = document.getElementById("details");
      var horizon = "not restated for " + data.horizon;
      function el(tag, text) { var n = document.createElement(tag); if (text) { n.textContent = text; } return n; }
      function show(target) {
        var d = data.events[target.getAttribute("data-event")];
        if (!d) { return; }
        panel.textContent = "";
        var close = el("button", "\\u00d7"); close.setAttribute("aria-label", "close"); close.onclick = hide;
        panel.appendChild(close);
        panel.appendChild(el("h2", d.name));
        var dl = el("dl");
        function row(k, v) { if (v) { dl.appendChild(el("dt", k)); dl.appendChild(el("dd", v)); } }
        if (target.hasAttribute("data-end-kind")) {
          var end = target.getAttribute("data-end") || "?";
          row("in force", target.getAttribute("data-start").replace("T", " ").slice(0, 16) + " \\u2192 " +
              end.replace("T", " ").slice(0, 16));
          row("last stated", target.getAttribute("data-last-stated"));
          var since = target.getAttribute("data-unconfirmed-from");
          row("unconfirmed", since ? "since " + since.replace("T", " ").slice(0, 16) + " (" + horizon + ")" : "");
          row("end", target.getAttribute("data-end-text").replace(/^end: /, ""));
        }
        row("event", d.type + "  (" + target.getAttribute("data-event") + ")");
        row("valid", d.effective + " \\u2192 " + (d.until || "open-ended"));
        row("state", d.state);
        row("scope", d.scope);
        row("briefing", d.briefing ? d.briefing + " (" + d.source + ")" : d.source);
        row("recorded", d.recorded);
        row("subject", d.subject);
        panel.appendChild(dl);
        panel.appendChild(el("blockquote", d.quote));
        panel.hidden = false;
      }
      function hide() { panel.hidden = true; }
      function pick(e) { var t = e.target.closest && e.target.closest("[data-event]"); if (t) { show(t); } }
      document.addEventListener("mouseover", pick);
      document.addEventListener("focusin", pick);
      document.addEventListener("keydown", function (e) {
        if (e.key === "Escape") { hide(); }
        if ((e.key === "Enter" || e.key === " ") && e.target.hasAttribute && e.target.hasAttribute("data-event")) {
          show(e.target); e.preventDefault();
        }
      });
    })();
    """
}
