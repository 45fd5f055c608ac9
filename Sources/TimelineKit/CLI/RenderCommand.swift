/// `timeline render [--from T1 --to T2] [--district D] [--category C] [--kind K] [--stale-after DURATION] [--stringency]
/// --output FILE [--format html|svg]`.
enum RenderCommand {
  /// The file formats `render` writes.
  enum Format: String {
    case html, svg
  }

  static func run(_ p: ParsedArguments, io: CommandIO) throws -> Int32 {
    let from = try p.time("from")
    let to = try p.time("to")
    if let from, let to, to.epochSeconds <= from.epochSeconds {
      throw UsageError(
        .invalidValue(option: "--to", value: p.options["to"] ?? "", expected: "a time after --from (\(from.cityTime.iso8601))"),
        command: "render")
    }
    let format: Format
    if let v = p.options["format"] {
      guard let f = Format(rawValue: v) else {
        throw UsageError(.invalidValue(option: "--format", value: v, expected: "html or svg"), command: "render")
      }
      format = f
    } else {
      format = .html
    }
    let output = p.options["output"]!
    let confirmation = try QuerySupport.confirmation(p)
    let (table, catalogue) = try QuerySupport.table(p, io: io)
    let filter = try QuerySupport.filter(p, catalogue)
    var chart = try TimelineChart(table: table, catalogue: catalogue, from: from, to: to, filter: filter, confirmation: confirmation)
    if p.flag("stringency") { chart = try chart.withStringency(table: table, area: filter.district) }
    let text: String
    switch format {
    case .html: text = HTMLRenderer(chart: chart).page()
    case .svg: text = SVGRenderer(chart: chart).standalone()
    }
    try FileIO.writeFileAtomically(output, Array(text.utf8))
    io.err("wrote \(output) (\(chart.rowCount) rows, \(chart.barCount) bars, \(chart.briefings.count) briefings)\n")
    return ExitStatus.success
  }
}
