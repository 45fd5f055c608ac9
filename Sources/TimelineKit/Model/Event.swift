/// A sealed event: one line of a log, with its position and its link to the line before.
///
/// Every event asserts its subject's state over ``interval`` (valid time) as made known at ``recorded``
/// (transaction time), on the word of ``source`` and the verbatim ``quote``.
///
/// ## Topics
/// - Envelope: ``seq``, ``id``, ``type``, ``subject``, ``interval``, ``recorded``, ``source``, ``quote``, ``data``, ``prev``
/// - Sealing: ``init(sealing:seq:prev:)``
///
/// An immutable class rather than a struct: the engine holds millions of events in several orders (file,
/// valid time, per subject), and sharing one instance costs a reference, not a copy of every field.
/// Equality is by value.
public final class Event: Sendable, Hashable {
  /// Position in its log, contiguous from 1.
  public let seq: Int
  /// Unique across every log.
  public let id: String
  public let type: EventType
  public let subject: SubjectKey
  /// Valid time: [effective, until).
  public let interval: ValidInterval
  /// Transaction time: when the source made it known.
  public let recorded: Timestamp
  /// The briefing: its log's file stem.
  public let source: String
  /// The sentence the event rests on, verbatim from the source text.
  public let quote: String
  /// Type-specific fields (see events/README.md).
  public let data: JSONObject
  /// SHA-256 of the previous line's bytes; ``SHA256/Digest/zero`` on the first line.
  public let prev: SHA256.Digest

  public var effective: Timestamp { interval.effective }
  public var until: Timestamp? { interval.until }

  /// Seals a draft at a position in a log.
  public init(sealing draft: Draft, seq: Int, prev: SHA256.Digest) {
    self.seq = seq
    self.id = draft.id
    self.type = draft.type
    self.subject = draft.subject
    self.interval = draft.interval
    self.recorded = draft.recorded
    self.source = draft.source
    self.quote = draft.quote
    self.data = draft.data
    self.prev = prev
  }

  public static func == (a: Event, b: Event) -> Bool {
    a === b || (a.seq == b.seq && a.prev == b.prev && a.draft == b.draft)
  }

  public func hash(into h: inout Hasher) {
    h.combine(id)
    h.combine(seq)
    h.combine(source)
  }

  /// The event without its position and chain link, for comparing a re-appended draft with what is sealed.
  public var draft: Draft {
    Draft(id: id, type: type, subject: subject, interval: interval, recorded: recorded, source: source, quote: quote, data: data)
  }
}

/// An event before it is sealed into a log: everything but `seq` and `prev`.
///
/// `timeline append` reads drafts and seals them; `timeline draft` (later) writes them. ``review`` is for
/// the person who checks a draft and is never sealed.
public struct Draft: Sendable, Hashable {
  public var id: String
  public var type: EventType
  public var subject: SubjectKey
  public var interval: ValidInterval
  public var recorded: Timestamp
  public var source: String
  public var quote: String
  public var data: JSONObject
  /// Notes for the reviewer (confidence, what was guessed); dropped on sealing.
  public var review: JSONObject?

  public init(
    id: String, type: EventType, subject: SubjectKey, interval: ValidInterval, recorded: Timestamp, source: String,
    quote: String, data: JSONObject, review: JSONObject? = nil
  ) {
    self.id = id
    self.type = type
    self.subject = subject
    self.interval = interval
    self.recorded = recorded
    self.source = source
    self.quote = quote
    self.data = data
    self.review = review
  }

  /// Whether two drafts would seal to the same event (the review notes do not count).
  public func sealsSame(as other: Draft) -> Bool {
    var a = self
    var b = other
    a.review = nil
    b.review = nil
    return a == b
  }
}
