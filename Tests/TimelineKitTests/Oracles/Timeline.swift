@testable import TimelineKit

/// The test harness over a whole store loaded into memory: the full-load index (``TimelineIndex``) and naive
/// queries that the table-backed production queries are checked against, plus the table itself built from the
/// same events in memory.
///
/// ## Topics
/// - Replay: ``state(at:filter:)``
/// - Audit: ``history(of:knownAt:)``, ``diff(from:to:filter:)``, ``changes(from:to:knownAt:filter:)``
struct Timeline: Sendable {
  let store: EventStore
  let index: TimelineIndex
  /// The store's events as an in-memory event table: state, diff and the chart ask it, so they share the one
  /// implementation `timeline state` runs on the files.
  let table: EventTable
  /// Every event, in ``EventOrder``: the store's, or the index's for a timeline built from generated events.
  let events: [Event]

  init(store: EventStore) {
    self.store = store
    self.index = TimelineIndex(store: store)
    self.table = EventTable(events: store.events, logRank: store.logRank)
    self.events = store.events
  }

  /// A timeline over a store with an index built elsewhere (tests build indexes over generated events); the
  /// table holds the index's events.
  init(store: EventStore, index: TimelineIndex) {
    self.store = store
    self.index = index
    let events: [Event] = Array(index.bySubject.values.joined()) + Array(index.retractionsByTarget.values.joined())
    self.table = EventTable(events: events, logRank: index.order.logRank)
    self.events = events.sorted(by: index.order.precedes)
  }

  /// Runs a query on ``table``, which holds its events in memory and so never reads a file.
  func inMemory<T>(_ query: (EventTable) throws(TimelineError) -> T) -> T {
    do { return try query(table) } catch { preconditionFailure("an in-memory event table reads no file: \(error)") }
  }

  var catalogue: Catalogue { store.catalogue }

  typealias StateEntry = TimelineKit.StateEntry

  /// Everything in force at `point`, with last statements, ends and status, and the latest figures: see
  /// ``EventTable/stateEntries(at:catalogue:filter:confirmation:)``.
  func state(at point: Bitemporal, filter: SubjectFilter = SubjectFilter(), confirmation: Confirmation = Confirmation())
    -> [StateEntry]
  {
    inMemory { t throws(TimelineError) in try t.stateEntries(at: point, catalogue: catalogue, filter: filter, confirmation: confirmation) }
  }
}

extension TimelineChart {
  /// The chart of a timeline's events, from its in-memory table (which reads no file, so never throws).
  init(
    timeline: Timeline, from: Timestamp? = nil, to: Timestamp? = nil, filter: SubjectFilter = SubjectFilter(),
    confirmation: Confirmation = Confirmation()
  ) {
    self = timeline.inMemory { t throws(TimelineError) in
      try TimelineChart(table: t, catalogue: timeline.catalogue, from: from, to: to, filter: filter, confirmation: confirmation)
    }
  }
}
