/// What exists to ask about: every subject with its labels and how many events it has, for `timeline subjects`,
/// `districts` and `categories`.
public struct SubjectSummary: Sendable, Hashable {
  public var key: String
  public var kind: SubjectKind
  public var category: String
  /// The labels of the subject as its latest event describes it (for a catalogue entry with no events, the
  /// catalogue's own).
  public var label: Label
  /// The districts it applies in alone (a zone's district, a rule scoped to some districts); empty when it applies
  /// city-wide or wider.
  public var districts: [String]
  /// Its events, retractions and restatements included.
  public var events: Int
}

extension EventTable {
  /// One summary per subject in the logs (briefings left out), in key order, then the catalogue's measures and
  /// metrics that no event uses yet (with 0 events, under `measure:KEY` and `metric:KEY`).
  /// - Complexity: O(subjects) records, plus decoding each subject's latest event.
  public func inventory(catalogue: Catalogue) throws(TimelineError) -> [SubjectSummary] {
    var latest: [Int] = []
    for s in 0..<subjects.count {
      let r = range(of: s)
      if let last = r.last, records[last].type != EventType.briefingPublished.code { latest.append(last) }
    }
    let events = try events(latest)
    var out: [SubjectSummary] = []
    var used = Set<String>()
    for i in latest {
      guard let e = events[i], e.subject.kind != .briefing else { continue }
      let s = Int(records[i].subject)
      let d = EventDescription(e, catalogue: catalogue)
      let scope = e.subject.scope.map(String.init) ?? e.data["scope"]?.stringValue
      var districts = e.subject.zoneDistrict.map { [String($0)] } ?? []
      if districts.isEmpty, let scope, let covered = catalogue.districts(in: scope) { districts = covered.sorted() }
      out.append(
        SubjectSummary(
          key: e.subject.raw, kind: e.subject.kind, category: catalogue.category(of: e.subject),
          label: e.subject.kind == .measure ? (catalogue.label(of: e.subject) ?? d.subject) : d.subject,
          districts: districts, events: range(of: s).count))
      used.insert(e.subject.kind.rawValue + ":" + String(e.subject.name))
    }
    for (kind, entries) in [(SubjectKind.measure, catalogue.measures), (.metric, catalogue.metrics)] {
      for entry in entries.values.sorted(by: { $0.key < $1.key }) where !used.contains(kind.rawValue + ":" + entry.key) {
        out.append(
          SubjectSummary(
            key: kind.rawValue + ":" + entry.key, kind: kind, category: entry.category, label: entry.label, districts: [], events: 0))
      }
    }
    return out
  }
}
