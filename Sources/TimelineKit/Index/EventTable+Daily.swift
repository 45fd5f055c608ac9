/// The daily export as a sweep over the table: one row per day and subject, streamed as CSV, with each
/// event decoded at most once however many days it decides.
extension EventTable {
  /// The columns of the daily export, in their stable order.
  public static let dailyColumns = [
    "date", "time", "subject", "category", "label_zh", "label_en", "status", "state_zh", "state_en", "scope", "value", "unit",
    "effective", "until", "event_id", "source",
  ]
  static let dailyNumeric: Set<String> = ["value"]
  /// Columns that need the event decoded (the others come from the record, its line or the catalogue).
  static let dailyDecoded: Set<String> = ["label_zh", "label_en", "state_zh", "state_en", "scope", "value", "unit"]

  /// What a daily row needs of an event, computed once per event.
  struct RowFacts {
    var label: Label
    var state: Label
    var scope: String
    var value: String
    var unit: String
  }

  /// Writes the daily export.
  /// - Parameters:
  ///   - days: the first and last day (inclusive), as the city's midnight of each.
  ///   - secondsIntoDay: the time of day each status is taken at.
  ///   - columns: which columns, in which order (names from ``dailyColumns``).
  ///   - flush: receives the CSV bytes in chunks of about a megabyte.
  /// - Returns: the number of rows written (header excluded).
  /// - Complexity: O(days × subjects × log k) plus one decode per distinct event shown.
  public func writeDaily(
    firstDay: Timestamp, lastDay: Timestamp, secondsIntoDay: Int, knownAt: Timestamp?, filter: SubjectFilter, catalogue: Catalogue,
    columns: [String], options: CSVOptions, flush: (inout CSVWriter) throws(TimelineError) -> Void
  ) throws(TimelineError) -> Int {
    let k = knownAt?.epochSeconds ?? Int64.max
    let offset = Int64(Timestamp.cityOffsetMinutes * 60)
    let day0 = Timestamp.floorDiv(firstDay.epochSeconds + offset, 86_400)
    let day1 = Timestamp.floorDiv(lastDay.epochSeconds + offset, 86_400)
    let lines = LineSource(table: self)
    let needsDecode = columns.contains { EventTable.dailyDecoded.contains($0) } || filter.district != nil

    // Subjects with an event known at K that pass the filter; category from the key alone.
    var chosen: [(index: Int, key: SubjectKey, category: String, last: Int)] = []
    for s in subjects.indices {
      let known = range(of: s).filter { records[$0].recorded <= k && records[$0].type != EventType.briefingPublished.code }
      guard let last = known.last, let key = try? SubjectKey(subjects[s]) else { continue }
      let category = catalogue.category(of: key)
      if let c = filter.category, c != category { continue }
      if filter.district != nil {
        let events = try lines.events(known)
        guard known.contains(where: { filter.admits(events[$0]!, catalogue: catalogue) }) else { continue }
      }
      chosen.append((s, key, category, last))
    }

    var facts: [Int: RowFacts] = [:]
    func factsOf(_ i: Int) throws(TimelineError) -> RowFacts {
      if let f = facts[i] { return f }
      let e = try lines.event(i)
      let d = EventDescription(e, catalogue: catalogue)
      let f = RowFacts(
        label: d.subject, state: d.state, scope: Views.dataString(e, "scope"), value: Views.dataString(e, "value"),
        unit: Views.dataString(e, "unit"))
      facts[i] = f
      return f
    }

    var w = CSVWriter(options: options)
    w.writeRow(columns)
    var rows = 0
    for day in day0...day1 {
      let t = day * 86_400 - offset + Int64(secondsIntoDay)
      let stamp = Timestamp(epochSeconds: t)
      let date = stamp.dateString
      let time = String(stamp.iso8601.dropFirst(11).prefix(5))
      for s in chosen {
        let deciding = deciding(subject: s.index, at: t, knownAt: knownAt?.epochSeconds)
        let inForce = deciding.map { !records[$0].eventType.endsState } ?? false
        let shown = inForce ? deciding : nil
        let f: RowFacts? = needsDecode ? try factsOf(shown ?? s.last) : nil
        for c in columns {
          switch c {
          case "date": w.appendField(.text(date))
          case "time": w.appendField(.text(time))
          case "subject": w.appendField(.text(s.key.raw))
          case "category": w.appendField(.text(s.category))
          case "label_zh": w.appendField(.text(f!.label.zh))
          case "label_en": w.appendField(.text(f!.label.en))
          case "status": w.appendField(.text(inForce ? "in force" : "not in force"))
          case "state_zh": w.appendField(.text(inForce ? f!.state.zh : ""))
          case "state_en": w.appendField(.text(inForce ? f!.state.en : ""))
          case "scope": w.appendField(.text(inForce ? f!.scope : ""))
          case "value": w.appendField(.number(inForce ? f!.value : ""))
          case "unit": w.appendField(.text(inForce ? f!.unit : ""))
          case "effective": w.appendField(.text(shown.map { Timestamp(epochSeconds: records[$0].effective).iso8601 } ?? ""))
          case "until":
            w.appendField(.text(shown.flatMap { records[$0].until == Int64.max ? nil : Timestamp(epochSeconds: records[$0].until).iso8601 } ?? ""))
          case "event_id": w.appendField(.text(try deciding.map { i throws(TimelineError) in try lines.id(i) } ?? ""))
          case "source": w.appendField(.text(deciding.map { logs[Int(records[$0].log)].name } ?? ""))
          default: w.appendField(.text(""))
          }
        }
        w.endRow()
        rows += 1
        if w.bytes.count > 1 << 20 { try flush(&w) }
      }
    }
    try flush(&w)
    return rows
  }
}

/// Reads the lines of a table's events, each log read whole the first time one of its lines is needed.
final class LineSource {
  let table: EventTable
  private var files: [Int: [UInt8]] = [:]

  init(table: EventTable) { self.table = table }

  private func bytes(ofLog log: Int) throws(TimelineError) -> [UInt8] {
    if let b = files[log] { return b }
    let b = try FileIO.readAll(table.logs[log].path)
    files[log] = b
    return b
  }

  /// The event of record `i`.
  func event(_ i: Int) throws(TimelineError) -> Event {
    let r = table.records[i]
    if let inMemory = table.inMemory { return inMemory[Int(r.offset)] }
    let b = try bytes(ofLog: Int(r.log))
    let end = Int(r.offset) + Int(r.length)
    guard end <= b.count else { throw TimelineError.problems([Diagnostic(SourceLocation(file: table.logs[Int(r.log)].path), .notCanonical)]) }
    let decoded = b.withUnsafeBufferPointer { EventCodec.decodeEvent(UnsafeBufferPointer(rebasing: $0[Int(r.offset)..<end])) }
    guard case .success(let e) = decoded else {
      throw TimelineError.problems([Diagnostic(SourceLocation(file: table.logs[Int(r.log)].path, line: Int(r.seq)), .notCanonical)])
    }
    return e
  }

  /// The events of several records.
  func events(_ indices: [Int]) throws(TimelineError) -> [Int: Event] {
    var out: [Int: Event] = [:]
    for i in indices { out[i] = try event(i) }
    return out
  }

  /// The id of record `i`, read from its line without decoding the event when the scanner noted where it is.
  func id(_ i: Int) throws(TimelineError) -> String {
    let r = table.records[i]
    guard table.inMemory == nil, r.idLength > 0 else { return try event(i).id }
    let b = try bytes(ofLog: Int(r.log))
    let start = Int(r.offset) + Int(r.idStart)
    return String(decoding: b[start..<(start + Int(r.idLength))], as: UTF8.self)
  }
}
