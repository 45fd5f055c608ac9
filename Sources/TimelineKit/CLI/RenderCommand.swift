/// `timeline render [--from T1 --to T2] [--district D] [--category C] [--kind K] [--stale-after DURATION] [--stringency]
/// --output FILE [--format html|svg]`.
enum RenderCommand {
  static func run(_ o: RenderOptions, io: CommandIO) throws -> Int32 {
    let output = o.file
    let (table, catalogue) = try QuerySupport.table(o.events, io: io)
    let filter = try QuerySupport.filter(o.filter, catalogue, command: "render")
    var chart = try TimelineChart(
      table: table, catalogue: catalogue, from: o.from, to: o.to, filter: filter, confirmation: o.confirmation,
      progress: Progress.reporter("drawing rows", io: io))
    Progress.finish(io: io)
    if o.stringency { chart = try chart.withStringency(table: table, area: filter.district) }
    // Written in parts into a temporary file renamed into place: a month of a large store is tens of thousands of
    // rows, whose text is never held whole.
    let file = try AtomicFileWriter(path: output)
    var buffer: [UInt8] = []
    let write = { (part: String) throws(TimelineError) in
      buffer.append(contentsOf: part.utf8)
      if buffer.count >= 1 << 20 {
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
      }
    }
    switch o.format {
    case .html: try HTMLRenderer(chart: chart).page(write)
    case .svg: try SVGRenderer(chart: chart).standalone(write)
    }
    try file.write(buffer)
    try file.commit()
    io.err("wrote \(output) (\(chart.rowCount) rows, \(chart.barCount) bars, \(chart.briefings.count) briefings)\n")
    return ExitStatus.success
  }
}
