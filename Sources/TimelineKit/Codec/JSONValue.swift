/// A JSON value as the log stores it: numbers keep their literal text and objects keep sorted, unique keys.
///
/// Keeping the number literal makes a read-and-write round trip byte-identical; keeping object members
/// sorted makes the canonical form independent of the order a draft was written in.
///
/// ## Topics
/// - Reading: ``JSONParser``
/// - Writing: ``JSONWriter``
public enum JSONValue: Sendable, Hashable {
  case null
  case bool(Bool)
  /// A number, as its JSON literal (`12`, `-0.5`, `1176.4887`, `1e3`).
  case number(String)
  case string(String)
  case array([JSONValue])
  case object(JSONObject)

  /// The name of this value's JSON kind, for messages ("string", "number", ...).
  public var kind: JSONKind {
    switch self {
    case .null: .null
    case .bool: .bool
    case .number: .number
    case .string: .string
    case .array: .array
    case .object: .object
    }
  }

  /// The string, when this is a string.
  public var stringValue: String? { if case .string(let s) = self { s } else { nil } }
  /// The number as a `Double`, when this is a number.
  public var doubleValue: Double? { if case .number(let n) = self { Double(n) } else { nil } }
  /// The number as an `Int`, when this is a number written as an integer.
  public var intValue: Int? { if case .number(let n) = self { Int(n) } else { nil } }
  /// The object, when this is an object.
  public var objectValue: JSONObject? { if case .object(let o) = self { o } else { nil } }
  /// The elements, when this is an array.
  public var arrayValue: [JSONValue]? { if case .array(let a) = self { a } else { nil } }
}

/// The kinds of JSON value, for schema checks and messages.
public enum JSONKind: String, Sendable, Hashable {
  case null, bool = "boolean", number, string, array, object
}

/// A JSON object: members sorted by key (UTF-8 byte order), keys unique.
public struct JSONObject: Sendable, Hashable, Sequence {
  /// One key and its value.
  public struct Member: Sendable, Hashable {
    public var key: String
    public var value: JSONValue
    public init(key: String, value: JSONValue) {
      self.key = key
      self.value = value
    }
  }

  /// The members in key order.
  public private(set) var members: [Member]

  /// An empty object.
  public init() { members = [] }

  /// Creates an object from members in any order; returns `nil` when a key repeats.
  public init?(unsorted: [Member]) {
    // Canonical input (the log) is already sorted: check in one pass before paying for a sort.
    var inOrder = true
    for i in unsorted.indices.dropFirst() where !unsorted[i - 1].key.utf8.lexicographicallyPrecedes(unsorted[i].key.utf8) {
      inOrder = false
      break
    }
    let sorted = inOrder ? unsorted : unsorted.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
    for i in sorted.indices.dropFirst() where sorted[i].key == sorted[i - 1].key { return nil }
    members = sorted
  }

  /// The value for `key`, or `nil`.
  /// - Complexity: O(log n); a linear scan for the few members an event's `data` has.
  public subscript(key: String) -> JSONValue? {
    get {
      if members.count <= 8 {
        for m in members where m.key == key { return m.value }
        return nil
      }
      var lo = 0
      var hi = members.count
      while lo < hi {
        let mid = (lo + hi) / 2
        let k = members[mid].key
        if k == key { return members[mid].value }
        if k.utf8.lexicographicallyPrecedes(key.utf8) { lo = mid + 1 } else { hi = mid }
      }
      return nil
    }
    set {
      members.removeAll { $0.key == key }
      if let newValue {
        let i = members.firstIndex { !$0.key.utf8.lexicographicallyPrecedes(key.utf8) } ?? members.count
        members.insert(Member(key: key, value: newValue), at: i)
      }
    }
  }

  public var count: Int { members.count }
  public var keys: [String] { members.map(\.key) }
  public func makeIterator() -> IndexingIterator<[Member]> { members.makeIterator() }
}
