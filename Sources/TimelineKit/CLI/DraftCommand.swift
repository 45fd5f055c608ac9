/// `timeline draft BRIEFING.txt --source ID [--published T] [--catalogue-out FILE] [--events DIR]`.
///
/// Prints draft events (JSON Lines that `timeline append` accepts) on stdout and reviewer notes on stderr.
/// Never appends. The first draft is `briefing.published` with `source_file` `sources/<ID>.txt`: append
/// checks every quote against that file, so the text must be copied to `<events>/sources/<ID>.txt`.
enum DraftCommand {
  static func run(_ o: DraftOptions, io: CommandIO) throws -> Int32 {
    let path = o.briefing
    let source = o.source
    let published = o.published
    let bytes = try FileIO.readAll(path)
    var text = String(decoding: bytes, as: UTF8.self)
    if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
    let directory = o.events
    let catalogue = try Catalogue.load(path: EventStore.join(directory, Catalogue.fileName))
    let known = knownSubjects(directory: directory, excluding: source, before: published)
    let figures = knownFigures(directory: directory, excluding: source, before: published)
    let recent = knownSubjects(directory: directory, excluding: source, before: published, since: published.adding(seconds: -7 * 86_400))
    let result = Drafter(catalogue: catalogue, knownSubjects: known, knownFigures: figures, recentSubjects: recent).draft(
      text: text, source: source, published: published)
    var out: [UInt8] = []
    for d in result.drafts {
      out += EventCodec.encodeDraft(d)
      out.append(0x0A)
    }
    io.writeOut(out)
    for n in result.notes { io.err("note: \(n)\n") }
    if let file = o.catalogueOut {
      var json: [UInt8] = []
      JSONWriter.write(result.proposed.json, into: &json)
      json.append(0x0A)
      try FileIO.writeFileAtomically(file, json)
    } else {
      for e in result.proposed.measures { io.err("note: proposed catalogue measure \(e.key) (\(e.zh)); write it with --catalogue-out FILE\n") }
      for e in result.proposed.metrics { io.err("note: proposed catalogue metric \(e.key) (\(e.zh)); write it with --catalogue-out FILE\n") }
      for e in result.proposed.scopes { io.err("note: proposed catalogue scope \(e.key) (\(e.zh)); write it with --catalogue-out FILE\n") }
    }
    let target = EventStore.join(directory, "sources/\(source).txt")
    if !FileIO.exists(target) {
      io.err("note: copy the text to \(target) before appending: append checks every quote against it\n")
    }
    io.err("\(result.drafts.count) drafts from \(path); review them, then: timeline append \(EventStore.join(directory, source + ".jsonl")) DRAFTS\n")
    return ExitStatus.success
  }

  /// 00:00 (+08:00) of a `YYYY-MM-DD` date at the start of a path's file name.
  static func dateAtStart(ofFileName path: String) -> Timestamp? {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let c = Array(name.utf8)
    guard c.count >= 10, c[4] == 0x2D, c[7] == 0x2D else { return nil }
    func num(_ r: Range<Int>) -> Int? { Int(String(decoding: c[r], as: UTF8.self)) }
    guard let y = num(0..<4), let m = num(5..<7), let d = num(8..<10) else { return nil }
    return Timestamp(year: y, month: m, day: d)
  }

  /// The figures earlier logs reported (``Drafter/figureKey(subject:data:)``): a briefing that repeats one with the
  /// same value reports nothing new.
  static func knownFigures(directory: String, excluding source: String, before published: Timestamp) -> Set<String> {
    guard let paths = try? EventStore.logPaths(in: directory) else { return [] }
    let logs = EventStore.readInParallel(paths.filter { LogFile.name(ofPath: $0) != source }, options: LogReader.Options())
    var out = Set<String>()
    for l in logs {
      for e in l.events where e.recorded < published && e.type == .metricReported {
        if let k = Drafter.figureKey(subject: e.subject.raw, data: e.data) { out.insert(k) }
      }
    }
    return out
  }

  /// Subjects with events recorded before `published` in the directory's other logs: a rule on one of them is an
  /// amendment (or a restatement). A subject's history is one story however old it is: a closure announced again in
  /// November writes against the subject January's briefing opened, as the curated logs do.
  /// - Parameter since: when given, only events recorded at or after it count (the recent ones).
  static func knownSubjects(directory: String, excluding source: String, before published: Timestamp, since: Timestamp? = nil) -> Set<String> {
    guard let paths = try? EventStore.logPaths(in: directory) else { return [] }
    let logs = EventStore.readInParallel(paths.filter { LogFile.name(ofPath: $0) != source }, options: LogReader.Options())
    var out = Set<String>()
    for l in logs { for e in l.events where e.recorded < published && since.map({ e.recorded >= $0 }) != false { out.insert(e.subject.raw) } }
    return out
  }
}
