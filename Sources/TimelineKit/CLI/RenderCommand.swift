/// `timeline render [--from T1 --to T2] [--district D] [--category C] [--kind K] [--stale-after DURATION] [--stringency]
/// --output FILE [--format html|svg]`.
enum RenderCommand {
  static func run(_ o: RenderOptions, io: CommandIO) throws -> Int32 {
    let output = o.file
    let (table, catalogue) = try QuerySupport.table(o.events, io: io)
    let filter = try QuerySupport.filter(o.filter, catalogue, command: "render")
    var chart = try TimelineChart(table: table, catalogue: catalogue, from: o.from, to: o.to, filter: filter, confirmation: o.confirmation)
    if o.stringency { chart = try chart.withStringency(table: table, area: filter.district) }
    let text: String
    switch o.format {
    case .html: text = HTMLRenderer(chart: chart).page()
    case .svg: text = SVGRenderer(chart: chart).standalone()
    }
    try FileIO.writeFileAtomically(output, Array(text.utf8))
    io.err("wrote \(output) (\(chart.rowCount) rows, \(chart.barCount) bars, \(chart.briefings.count) briefings)\n")
    return ExitStatus.success
  }
}
