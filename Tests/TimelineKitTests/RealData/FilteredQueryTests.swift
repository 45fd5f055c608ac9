import Testing

@testable import TimelineKit

/// A filtered `state` or `diff` decodes only the subjects its filter may show (``SubjectFilter/mayAdmit(_:catalogue:)``,
/// decided from the key). On the real logs, for every kind, category and district of the catalogue, the answer must
/// be the unfiltered answer with the filter applied to each event afterwards.
@Suite struct FilteredQueryTests {
  static let points = ["2022-01-08T13:00", "2022-01-11T00:00", "2022-01-25T12:00", "2022-11-27T10:00", "2022-12-01T00:00"]

  /// Each kind, each category and each district alone, and each district with each kind.
  static func filters(_ c: Catalogue) -> [SubjectFilter] {
    let districts = c.scopes.values.map(\.key).filter { c.isDistrict($0) }.sorted()
    var out = SubjectFilter.kinds.map { SubjectFilter(kind: $0) }
    out += SubjectFilter.categories(c).map { SubjectFilter(category: $0) }
    for d in districts {
      out.append(SubjectFilter(district: d))
      out += SubjectFilter.kinds.map { SubjectFilter(district: d, kind: $0) }
    }
    return out
  }

  /// The filter's rule written once more from its definition, on the decoded event (the oracle: ``SubjectFilter``
  /// decides part of it from the key alone).
  static func admits(_ f: SubjectFilter, _ e: Event, _ c: Catalogue) -> Bool {
    if let kind = f.kind, e.subject.kind != kind { return false }
    if let category = f.category, c.category(of: e.subject) != category { return false }
    guard let district = f.district else { return true }
    if let zd = e.subject.zoneDistrict { return zd == district }
    guard let scope = e.subject.scope.map(String.init) ?? e.data["scope"]?.stringValue, let covered = c.districts(in: scope) else { return true }
    return covered.contains(district)
  }

  @Test func everyEventAFilterAdmitsIsOfASubjectItMayAdmit() throws {
    let timeline = try RealData.timeline.get()
    let c = timeline.catalogue
    let events = timeline.store.logs.flatMap(\.events)
    #expect(events.count > 200)
    for f in Self.filters(c) {
      for e in events {
        let admitted = Self.admits(f, e, c)
        let fast = f.admits(e, catalogue: c)
        let possible = f.mayAdmit(e.subject, catalogue: c)
        #expect(fast == admitted, "\(e.id) with \(f)")
        #expect(possible || !admitted, "\(e.id) passes \(f) but its key says it cannot")
      }
    }
  }

  @Test func filteredStateIsTheStateFiltered() throws {
    let table = try RealData.table.get()
    let c = try RealData.timeline.get().catalogue
    var kept = 0
    for text in Self.points {
      let p = Bitemporal(at: try Timestamp.parseUserInput(text))
      let all = try table.stateEntries(at: p, catalogue: c)
      for f in Self.filters(c) {
        let filtered = try table.stateEntries(at: p, catalogue: c, filter: f)
        let expected = all.filter { Self.admits(f, $0.event, c) }
        #expect(filtered.map(\.event.id) == expected.map(\.event.id), "state at \(text) with \(f)")
        kept += filtered.count
      }
    }
    #expect(kept > 0)
    // A fact the district filter must keep: Erqi's cumulative count on 11 January (47 cases).
    let erqi = try table.stateEntries(
      at: Bitemporal(at: try Timestamp.parseUserInput("2022-01-11T00:00")), catalogue: c, filter: SubjectFilter(district: "erqi"))
    #expect(erqi.first { $0.subject.raw == "metric:cases.confirmed.cumulative@erqi" }?.event.data["value"] == .number("47"))
    #expect(!erqi.contains { $0.subject.raw == "metric:cases.confirmed.cumulative@jinshui" })
  }

  @Test func filteredDiffIsTheDiffFiltered() throws {
    let table = try RealData.table.get()
    let c = try RealData.timeline.get().catalogue
    let times = try Self.points.map { try Timestamp.parseUserInput($0) }
    var kept = 0
    for (a, b) in zip(times, times.dropFirst()) {
      let all = try table.diffEntries(from: Bitemporal(at: a), to: Bitemporal(at: b), catalogue: c)
      for f in Self.filters(c) {
        let fast = try table.diffEntries(from: Bitemporal(at: a), to: Bitemporal(at: b), catalogue: c, filter: f)
        // A change is shown when the filter admits the state after it or the state before it.
        let expected = all.filter { d in [d.after, d.before].contains { $0.map { Self.admits(f, $0, c) } ?? false } }
        #expect(
          Set(fast.map { "\($0.subject.raw) \($0.change)" }) == Set(expected.map { "\($0.subject.raw) \($0.change)" }), "diff \(a) to \(b) with \(f)")
        kept += fast.count
      }
    }
    #expect(kept > 0)
  }

  @Test func filteredChangesAndFiguresAreTheWholeLogFiltered() throws {
    let table = try RealData.table.get()
    let timeline = try RealData.timeline.get()
    let c = timeline.catalogue
    let byID = Dictionary(uniqueKeysWithValues: timeline.store.events.map { ($0.id, $0) })
    let allChanges = try table.changeEntries(catalogue: c)
    let allFigures = try table.metricSeries(from: nil, to: nil, knownAt: nil, filter: SubjectFilter(), catalogue: c)
    let idColumn = try #require(allFigures.columns.firstIndex { $0.name == "event_id" })
    #expect(allChanges.count == 222 && allFigures.rows.count > 50)
    for f in Self.filters(c) {
      // Briefings are part of the change log only when nothing is filtered.
      let expected = allChanges.filter { h in h.event.type == .briefingPublished ? false : Self.admits(f, h.event, c) }
      #expect(try table.changeEntries(filter: f, catalogue: c).map(\.event.id) == expected.map(\.event.id), "changes with \(f)")
      let figures = try table.metricSeries(from: nil, to: nil, knownAt: nil, filter: f, catalogue: c)
      let expectedFigures = allFigures.rows.map { $0[idColumn] }.filter { Self.admits(f, byID[$0]!, c) }
      #expect(figures.rows.map { $0[idColumn] } == expectedFigures, "figures with \(f)")
    }
  }
}
