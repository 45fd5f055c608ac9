/// The query engine over one events directory: replay, audit and the views the commands print.
///
/// ## Topics
/// - Replay: ``state(at:filter:)``
/// - Audit: ``history(of:knownAt:)``, ``diff(from:to:filter:)``, ``changes(from:to:knownAt:filter:)``
public struct Timeline: Sendable {
  public let store: EventStore
  public let index: TimelineIndex

  public init(store: EventStore) {
    self.store = store
    self.index = TimelineIndex(store: store)
  }

  /// A timeline over a store with an index built elsewhere (tests build indexes over generated events).
  init(store: EventStore, index: TimelineIndex) {
    self.store = store
    self.index = index
  }

  public var catalogue: Catalogue { store.catalogue }

  /// One subject in force at a point.
  public struct StateEntry: Sendable, Hashable {
    public var subject: SubjectKey
    public var event: Event
    public var description: EventDescription
    public var category: String
  }

  /// Everything in force at `point`: the deciding event of each subject, lifts and completed rounds left out.
  /// - Returns: entries sorted by category, then subject key.
  public func state(at point: Bitemporal, filter: SubjectFilter = SubjectFilter()) -> [StateEntry] {
    index.state(at: point).values
      .filter { !$0.type.endsState && filter.admits($0, catalogue: catalogue) }
      .map(entry)
      .sorted { ($0.category, $0.subject.raw) < ($1.category, $1.subject.raw) }
  }

  func entry(_ e: Event) -> StateEntry {
    StateEntry(
      subject: e.subject, event: e, description: EventDescription(e, catalogue: catalogue),
      category: catalogue.category(of: e.subject))
  }
}
