/// The query engine over one events directory: replay, audit and the views the commands print.
///
/// ## Topics
/// - Replay: ``state(at:filter:)``
/// - Audit: ``history(of:knownAt:)``, ``diff(from:to:filter:)``, ``changes(from:to:knownAt:filter:)``
public struct Timeline: Sendable {
  public let store: EventStore
  public let index: TimelineIndex
  /// The store's events as an in-memory event table: state, diff and the chart ask it, so they share the one
  /// implementation `timeline state` runs on the files.
  public let table: EventTable

  public init(store: EventStore) {
    self.store = store
    self.index = TimelineIndex(store: store)
    self.table = EventTable(events: store.events, logRank: store.logRank)
  }

  /// A timeline over a store with an index built elsewhere (tests build indexes over generated events); the
  /// table holds the index's events.
  init(store: EventStore, index: TimelineIndex) {
    self.store = store
    self.index = index
    let events: [Event] = Array(index.bySubject.values.joined()) + Array(index.retractionsByTarget.values.joined())
    self.table = EventTable(events: events, logRank: index.order.logRank)
  }

  /// Runs a query on ``table``, which holds its events in memory and so never reads a file.
  func inMemory<T>(_ query: (EventTable) throws(TimelineError) -> T) -> T {
    do { return try query(table) } catch { preconditionFailure("an in-memory event table reads no file: \(error)") }
  }

  public var catalogue: Catalogue { store.catalogue }

  /// One subject in force at a point (a rule, zone or round), or the latest figure of a metric.
  public struct StateEntry: Sendable, Hashable {
    public var subject: SubjectKey
    /// The deciding event (for a metric: its latest figure).
    public var event: Event
    public var description: EventDescription
    public var category: String
    /// The last statement of the state: the deciding event or a later restatement of it.
    public var statement: Event
    /// When the state was last stated (the statement's `recorded`); for a figure, the moment it is as of.
    public var lastStated: Timestamp
    /// How the stretch ends, as known at the query's knowledge time.
    public var end: StateEnd
    /// In force or unconfirmed (rules); latest or unconfirmed (figures).
    public var status: Status

    /// Whether the entry is a reported figure rather than a rule.
    public var isFigure: Bool { subject.kind == .metric }

    /// The age of the last statement at `t`, in seconds (negative when it was made after `t`: a retroactive
    /// announcement).
    public func ageSeconds(at t: Timestamp) -> Int64 { t.epochSeconds - lastStated.epochSeconds }
  }

  /// Everything in force at `point`, with last statements, ends and status, and the latest figures: see
  /// ``EventTable/stateEntries(at:catalogue:filter:confirmation:)``.
  public func state(at point: Bitemporal, filter: SubjectFilter = SubjectFilter(), confirmation: Confirmation = Confirmation())
    -> [StateEntry]
  {
    inMemory { t throws(TimelineError) in try t.stateEntries(at: point, catalogue: catalogue, filter: filter, confirmation: confirmation) }
  }
}
