/// `timeline subjects [MATCH] [--category C] [--kind K] [--district D]`: what can be asked about, with its keys,
/// labels and number of events.
enum SubjectsCommand {
  static func run(_ o: ListOptions, io: CommandIO) throws -> Int32 {
    let (table, catalogue) = try QuerySupport.table(o.events, io: io)
    let filter = try QuerySupport.filter(o.filter, catalogue, command: "subjects")
    let match = o.match?.lowercased()
    let list = try table.inventory(catalogue: catalogue).filter { s in
      if let k = filter.kind, s.kind != k { return false }
      if let c = filter.category, s.category != c { return false }
      if let d = filter.district, !s.districts.isEmpty, !s.districts.contains(d) { return false }
      guard let match else { return true }
      return s.key.lowercased().contains(match) || s.label.zh.contains(match) || s.label.en.lowercased().contains(match)
    }
    let events = list.reduce(0) { $0 + $1.events }
    QuerySupport.write(
      Views.subjects(list), output: o.output, io: io,
      title: "\(plural(list.count, "subject"))\(QuerySupport.filterText(filter, catalogue)), \(plural(events, "event"))")
    return ExitStatus.success
  }
}

/// `timeline districts`: the districts `--district` accepts, with what applies in each alone.
enum DistrictsCommand {
  static func run(_ o: ListOptions, io: CommandIO) throws -> Int32 {
    let (table, catalogue) = try QuerySupport.table(o.events, io: io)
    let rows = Views.districts(try table.inventory(catalogue: catalogue), catalogue: catalogue)
    QuerySupport.write(
      rows, output: o.output, io: io,
      title: "\(plural(rows.rows.count, "district")); subjects and events that apply in each alone (city-wide rules not counted)")
    return ExitStatus.success
  }
}

/// `timeline categories`: the categories `--category` accepts, with their subjects and events.
enum CategoriesCommand {
  static func run(_ o: ListOptions, io: CommandIO) throws -> Int32 {
    let (table, catalogue) = try QuerySupport.table(o.events, io: io)
    let rows = Views.categories(try table.inventory(catalogue: catalogue), catalogue: catalogue)
    QuerySupport.write(rows, output: o.output, io: io, title: "\(rows.rows.count) categor\(rows.rows.count == 1 ? "y" : "ies")")
    return ExitStatus.success
  }
}
