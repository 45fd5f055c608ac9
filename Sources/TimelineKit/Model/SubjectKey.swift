/// The kinds of thing an event can be about.
public enum SubjectKind: String, Sendable, Hashable, CaseIterable {
  case briefing, zone, measure, metric, testing
}

/// Why a subject key is not well formed; the English lives in `Diagnostic+Messages.swift`.
public enum SubjectKeyError: Error, Sendable, Hashable {
  case unknownKind(String)
  case missingName
  case badCharacters
  case zoneWithoutDistrict
  case metricWithoutScope
  case scopeNotAllowed
}

/// A subject's stable key, such as `measure:dining.dine-in`, `metric:cases.confirmed.cumulative@erqi` or
/// `zone:gaoxin/xiangxieyuan`.
///
/// Grammar: `kind ":" name ["@" scope]`. Zones are `zone:<district>/<slug>`; metrics always name a scope;
/// measures name one only when a kind has separate rules per scope at the same time.
public struct SubjectKey: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The key as written.
  public let raw: String
  /// What the subject is.
  public let kind: SubjectKind
  /// The part after `kind:` and before `@`: a catalogue key for measures and metrics, `district/slug` for zones.
  public let name: Substring
  /// The part after `@`, if any: a scope key.
  public let scope: Substring?

  /// Parses and checks the grammar of a subject key.
  /// - Throws: ``SubjectKeyError``.
  ///
  /// The separators are found in the UTF-8 bytes (an ASCII byte is always a character boundary in a valid
  /// key, and any other byte fails the character check below): a table of half a million subjects is parsed
  /// without breaking the text into characters.
  public init(_ raw: String) throws(SubjectKeyError) {
    guard let colon = raw.utf8.firstIndex(of: UInt8(ascii: ":")) else { throw .unknownKind(raw) }
    guard let kind = SubjectKind(rawValue: String(raw[..<colon])) else { throw .unknownKind(String(raw[..<colon])) }
    let rest = raw[raw.utf8.index(after: colon)...]
    let at = rest.utf8.firstIndex(of: UInt8(ascii: "@"))
    let name = rest[..<(at ?? rest.endIndex)]
    let scope = at.map { rest[rest.utf8.index(after: $0)...] }
    guard !name.isEmpty, scope.map({ !$0.isEmpty }) ?? true else { throw .missingName }
    func ok(_ s: Substring, extra: StaticString) -> Bool {
      let allowed = UnsafeBufferPointer(start: extra.utf8Start, count: extra.utf8CodeUnitCount)
      return s.utf8.allSatisfy { c in
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || allowed.contains(c)
      }
    }
    switch kind {
    case .briefing:
      guard scope == nil else { throw .scopeNotAllowed }
      guard ok(name, extra: "-_.") else { throw .badCharacters }
    case .zone:
      guard scope == nil else { throw .scopeNotAllowed }
      let parts = name.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
      guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { throw .zoneWithoutDistrict }
      guard ok(Substring(parts[0]), extra: "-"), ok(Substring(parts[1]), extra: "-") else { throw .badCharacters }
    case .measure, .metric:
      if kind == .metric && scope == nil { throw .metricWithoutScope }
      guard ok(name, extra: "-."), ok(scope ?? "", extra: "-,:") else { throw .badCharacters }
    case .testing:
      guard scope == nil else { throw .scopeNotAllowed }
      guard ok(name, extra: "-") else { throw .badCharacters }
    }
    self.raw = raw
    self.kind = kind
    self.name = name
    self.scope = scope
  }

  /// For a zone, its district key (the part before `/`).
  public var zoneDistrict: Substring? {
    guard kind == .zone, let slash = name.utf8.firstIndex(of: UInt8(ascii: "/")) else { return nil }
    return name[..<slash]
  }

  public var description: String { raw }
  public static func < (a: SubjectKey, b: SubjectKey) -> Bool { a.raw < b.raw }
  public static func == (a: SubjectKey, b: SubjectKey) -> Bool { a.raw == b.raw }
  public func hash(into h: inout Hasher) { h.combine(raw) }
}
