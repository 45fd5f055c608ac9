/// An event named in another's answer (the statement that last confirmed a state, the event that ended it) without
/// being decoded: its id, type, briefing and times, read from the event table's record and the id's bytes in its
/// line.
///
/// A state query names one such event for most rows; decoding each would double its work at ten million events.
public struct EventRef: Sendable, Hashable {
  public var id: String
  public var type: EventType
  /// The briefing's log name.
  public var source: String
  public var effective: Timestamp
  public var recorded: Timestamp

  public init(id: String, type: EventType, source: String, effective: Timestamp, recorded: Timestamp) {
    self.id = id
    self.type = type
    self.source = source
    self.effective = effective
    self.recorded = recorded
  }

  /// The reference to a decoded event.
  public init(_ e: Event) {
    self.init(id: e.id, type: e.type, source: e.source, effective: e.effective, recorded: e.recorded)
  }
}
