/// The words a chart shows about its elements: tooltips (`<title>`), short labels, and label truncation.
///
/// Returns plain text; callers escape it with ``HTMLEscaping``.
enum ChartText {
  /// The CJK-capable font stack used by the page and the SVG (Linux, macOS, Windows).
  static let fontStack =
    "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", \"PingFang SC\", \"Hiragino Sans GB\", \"Microsoft YaHei\", \"WenQuanYi Micro Hei\", \"Helvetica Neue\", Arial, sans-serif"

  /// `2022-01-08 12:00`.
  static func short(_ t: Timestamp) -> String { Views.short(t) }

  /// What an event says, one fact per line: subject, type and times, state, scope, briefing, quote.
  static func event(_ e: Event, catalogue: Catalogue, retracted: Bool = false) -> String {
    let d = EventDescription(e, catalogue: catalogue)
    var lines = [d.subject.zh == d.subject.en ? d.subject.zh : d.subject.zh + " / " + d.subject.en]
    lines.append(e.type.rawValue + " " + e.id + ": " + short(e.effective) + " → " + (e.until.map(short) ?? "open-ended"))
    let state = [d.state.zh, d.state.en].filter { !$0.isEmpty }.joined(separator: " / ")
    if !state.isEmpty { lines.append("state: " + state) }
    if let scope = d.scope { lines.append("scope: " + scope.zh + " / " + scope.en) }
    lines.append("briefing: " + e.source + " (recorded " + short(e.recorded) + ")")
    if retracted { lines.append("RETRACTED by a later event") }
    lines.append("“" + e.quote + "”")
    return lines.joined(separator: "\n")
  }

  /// A bar's tooltip: the interval in force, when it was last stated and from when it is unconfirmed, how it
  /// ends, then the deciding event.
  ///
  /// ```
  /// in force 2022-01-08 12:00 → 2022-11-07 00:00
  /// last stated 2022-01-11 00:00 (2022-01-11_press-conference-29), unconfirmed since 2022-01-25 00:00 (not restated for 14 days)
  /// end: replaced 2022-11-07 00:00 by pc34-029
  /// ```
  static func bar(_ b: TimelineChart.Bar, catalogue: Catalogue, horizonSeconds: Int64) -> String {
    var stated = "last stated " + short(b.lastStated) + " (" + b.lastStatement.source + ")"
    if let u = b.unconfirmedFrom {
      stated += ", unconfirmed since " + short(u) + " (not restated for " + duration(horizonSeconds) + ")"
    } else if b.event.until != nil {
      stated += ", confirmed to its scheduled end"
    }
    return "in force " + short(b.start) + " → " + (b.end.map(short) ?? "?") + "\n" + stated + "\n" + endText(b) + "\n"
      + event(b.event, catalogue: catalogue)
  }

  /// How a bar ends, in words: `end: scheduled …`, `end: lifted … by ID`, `end: replaced … by ID`, `end: unknown …`.
  static func endText(_ b: TimelineChart.Bar) -> String {
    let at = b.end.map(short) ?? ""
    let by = b.endedBy.map { " by " + $0.id } ?? ""
    switch b.endKind {
    case .scheduled: return "end: scheduled " + at
    case .lift: return "end: lifted " + at + by
    case .change: return "end: replaced " + at + by
    case .unknown: return "end: unknown (nothing in the logs ends it)"
    }
  }

  /// A skipped stretch of a broken axis: `time skipped: 2022-01-26 to 2022-11-04 (282 days with no briefing and no change)`.
  static func gap(_ g: TimeAxis.Segment) -> String {
    let days = (g.to.epochSeconds - g.from.epochSeconds + 43_200) / 86_400
    return "time skipped: " + short(g.from) + " to " + short(g.to) + " (\(days) days with no briefing and no change)"
  }

  /// A horizon in words: `14 days`, `1 day`, `36 hours`.
  static func duration(_ seconds: Int64) -> String {
    if seconds % 86_400 == 0 { return "\(seconds / 86_400) day" + (seconds == 86_400 ? "" : "s") }
    if seconds % 3600 == 0 { return "\(seconds / 3600) hour" + (seconds == 3600 ? "" : "s") }
    return "\(seconds) seconds"
  }

  /// The short words inside a bar: a zone's level, a measure's rule, a round's state.
  static func barCaption(_ b: TimelineChart.Bar, catalogue: Catalogue) -> String {
    let d = EventDescription(b.event, catalogue: catalogue)
    switch b.subject.kind {
    case .zone: return d.state.zh + " " + d.state.en
    case .measure: return d.state.en.isEmpty ? d.state.zh : d.state.en
    default: return d.state.en
    }
  }

  /// A briefing line's label: `#28 2022-01-08`, or the date and the start of the title when it has no number.
  static func briefingLabel(_ b: TimelineChart.BriefingLine) -> String {
    if let n = b.number { return "#\(n) " + b.time.dateString }
    return b.time.dateString + " " + truncate(b.title, toWidth: 70, fontSize: 11)
  }

  static func briefingTitle(_ b: TimelineChart.BriefingLine) -> String {
    var s = (b.number.map { "Briefing #\($0): " } ?? "Briefing: ") + b.title + "\npublished " + short(b.time)
    if let h = b.heldAt { s += ", held " + h.cityTime.dateString }
    return s + "\n" + b.source
  }

  /// The estimated width in pixels of `s` at `fontSize`: wide (CJK) characters 1 em, others about 0.56 em.
  static func width(_ s: String, fontSize: Double) -> Double {
    var w = 0.0
    for ch in s { w += DisplayWidth.width(of: ch) >= 2 ? 1.0 : 0.56 }
    return w * fontSize
  }

  /// `s` cut to fit `toWidth` pixels, with `…` when cut.
  static func truncate(_ s: String, toWidth: Double, fontSize: Double) -> String {
    if width(s, fontSize: fontSize) <= toWidth { return s }
    var out = ""
    var w = 1.0 * fontSize  // room for the ellipsis
    for ch in s {
      let cw = (DisplayWidth.width(of: ch) >= 2 ? 1.0 : 0.56) * fontSize
      if w + cw > toWidth { break }
      out.append(ch)
      w += cw
    }
    return out.trimmingSuffixSpaces() + "…"
  }
}

extension String {
  fileprivate func trimmingSuffixSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
