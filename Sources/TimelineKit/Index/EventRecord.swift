/// One event as the fast query paths need it: its times, subject, kind and where its line is; no strings.
///
/// Fixed-size and trivially copyable, so millions of them fit in tens of megabytes and a table of them
/// can be written to and read from the cache with one copy.
public struct EventRecord: Sendable, Hashable, BitwiseCopyable {
  public var effective: Int64
  /// The scheduled end, or `Int64.max` when open-ended.
  public var until: Int64
  public var recorded: Int64
  /// The earliest `recorded` of a retraction of this event, or `Int64.max` when none retracts it.
  public var retractedAt: Int64
  /// Byte offset of the line in its log file, and its length without the newline.
  public var offset: Int64
  public var length: Int32
  public var seq: Int32
  /// Index into the table's subjects.
  public var subject: Int32
  /// Index into the table's logs (file-name order, which is also the tie-break order).
  public var log: Int16
  /// ``EventType`` by its position in `EventType.allCases`.
  public var type: UInt8
  /// Where the event's id is inside its line (canonical lines put it near the start), so an id can be read
  /// without decoding the event; length 0 when unknown.
  public var idLength: UInt8 = 0
  public var idStart: UInt16 = 0

  public var eventType: EventType { eventTypesByCode[Int(type)] }

  /// Whether the record can decide its subject's state (``EventType/decides``), read from the code alone: the hot
  /// paths call it for every record they walk over.
  @inline(__always) var decides: Bool { type >= 1 && type <= 9 }

  /// Whether the record is a restatement (``EventType/isRestatement``), from the code alone.
  @inline(__always) var isRestatement: Bool { type == 11 || type == 12 }

  /// Whether `self` comes before `other` in ``EventOrder`` (effective, recorded, log, seq).
  @inline(__always) func precedes(_ o: EventRecord) -> Bool {
    if effective != o.effective { return effective < o.effective }
    if recorded != o.recorded { return recorded < o.recorded }
    if log != o.log { return log < o.log }
    return seq < o.seq
  }

  /// Whether the record's interval contains `t` and it is known and not retracted at `k`.
  @inline(__always) func applies(at t: Int64, knownAt k: Int64) -> Bool {
    effective <= t && t < until && recorded <= k && (retractedAt == Int64.max || retractedAt > k)
  }
}

/// The event types by ``EventRecord/type`` code (`allCases` builds a new array at every call).
let eventTypesByCode: [EventType] = EventType.allCases

extension EventType {
  /// The position of the type in `allCases`, as stored in ``EventRecord/type`` (a test checks the two agree).
  @inline(__always) var code: UInt8 {
    switch self {
    case .briefingPublished: 0
    case .zoneDesignated: 1
    case .zoneRegraded: 2
    case .zoneLifted: 3
    case .measureImposed: 4
    case .measureAmended: 5
    case .measureLifted: 6
    case .metricReported: 7
    case .testingScheduled: 8
    case .testingCompleted: 9
    case .eventRetracted: 10
    case .zoneRestated: 11
    case .measureRestated: 12
    }
  }
}
