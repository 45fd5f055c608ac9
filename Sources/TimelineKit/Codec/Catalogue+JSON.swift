extension Catalogue {
  /// The catalogue's file name inside an events directory.
  public static let fileName = "catalogue.json"

  /// Reads `catalogue.json`.
  /// - Throws: ``TimelineError`` with diagnostics naming the file and what is wrong.
  public static func load(path: String) throws(TimelineError) -> Catalogue {
    let bytes = try FileIO.readAll(path)
    return try parse(bytes, path: path)
  }

  /// Parses the catalogue's JSON.
  public static func parse(_ bytes: [UInt8], path: String) throws(TimelineError) -> Catalogue {
    let root: JSONValue
    do { root = try JSONParser.parse(bytes) } catch {
      let (line, column) = lineAndColumn(bytes, offset: error.offset)
      throw .problems([Diagnostic(SourceLocation(file: path, line: line, column: column), .invalidJSON(error.expected))])
    }
    var problems: [Diagnostic] = []
    func bad(_ what: CatalogueProblem) { problems.append(Diagnostic(SourceLocation(file: path), .catalogueEntryInvalid(what))) }
    // A wrong indicator mapping must not make every log unreadable: it is kept apart, reported by `verify` and
    // refused by `export indicators`, and the mapping line is left out.
    var indicatorProblems: [Diagnostic] = []
    func badMapping(_ what: CatalogueProblem) { indicatorProblems.append(Diagnostic(SourceLocation(file: path), .catalogueEntryInvalid(what))) }
    guard let obj = root.objectValue else { throw .problems([Diagnostic(SourceLocation(file: path), .notAnObject)]) }
    var c = Catalogue()
    c.categories = (obj["categories"]?.arrayValue ?? []).compactMap(\.stringValue)
    if c.categories.isEmpty { bad(.categoriesMissing) }
    func label(_ o: JSONObject, _ what: CatalogueEntryRef) -> Label? {
      guard let zh = o["zh"]?.stringValue, let en = o["en"]?.stringValue else {
        bad(.labelsMissing(what))
        return nil
      }
      return Label(zh: zh, en: en)
    }
    for item in obj["zone_levels"]?.arrayValue ?? [] {
      guard let o = item.objectValue, let key = o["key"]?.stringValue, let l = label(o, .zoneLevel(o["key"]?.stringValue)) else {
        bad(.zoneLevelFieldsMissing)
        continue
      }
      if c.zoneLevels[key] != nil { bad(.listedTwice(.zoneLevel(key))) }
      c.zoneLevels[key] = l
      c.zoneLevelOrder.append(key)
      c.zoneLevelIndicators[key] = indicatorMappings(o["indicators"], owner: .zoneLevel(key), bad: badMapping)
    }
    for item in obj["scopes"]?.arrayValue ?? [] {
      guard let o = item.objectValue, let key = o["key"]?.stringValue, let kindText = o["kind"]?.stringValue,
        let l = label(o, .scope(o["key"]?.stringValue))
      else {
        bad(.scopeFieldsMissing)
        continue
      }
      guard let kind = ScopeKind(rawValue: kindText) else {
        bad(.unknownScopeKind(scope: key, kind: kindText))
        continue
      }
      let members = (o["members"]?.arrayValue ?? []).compactMap(\.stringValue)
      if c.scopes[key] != nil { bad(.listedTwice(.scope(key))) }
      c.scopes[key] = Scope(key: key, kind: kind, label: l, members: members)
      c.scopeOrder.append(key)
    }
    for s in c.scopes.values where s.kind == .districtSet {
      for m in s.members where !c.isDistrict(m) { bad(.notADistrict(set: s.key, member: m)) }
    }
    for (list, isMeasure) in [("measures", true), ("metrics", false)] {
      for item in obj[list]?.arrayValue ?? [] {
        guard let o = item.objectValue, let key = o["key"]?.stringValue, let category = o["category"]?.stringValue,
          let l = label(o, isMeasure ? .measure(o["key"]?.stringValue) : .metric(o["key"]?.stringValue))
        else {
          bad(.entryFieldsMissing(list: list))
          continue
        }
        if !c.categories.contains(category) { bad(.unknownCategory(isMeasure ? .measure(key) : .metric(key), category: category)) }
        var entry = Entry(key: key, category: category, label: l)
        entry.aliases = (o["aliases"]?.arrayValue ?? []).compactMap(\.stringValue)
        if isMeasure {
          entry.indicators = indicatorMappings(o["indicators"], owner: .measure(key), bad: badMapping)
        } else if o["indicators"] != nil {
          badMapping(.indicatorsOnMetric(key))
        }
        if isMeasure {
          if c.measures[key] != nil { bad(.listedTwice(.measure(key))) }
          c.measures[key] = entry
        } else {
          if c.metrics[key] != nil { bad(.listedTwice(.metric(key))) }
          c.metrics[key] = entry
        }
      }
    }
    if !problems.isEmpty { throw .problems(problems) }
    c.indicatorProblems = indicatorProblems
    return c
  }
}

/// Reads an optional `"indicators"` array: each item `{"code", "level"}` with optional `flag`, `param`/`has`,
/// `scope_kind` and `why`; a code outside OxCGRT's list or a level outside its range is a problem.
func indicatorMappings(_ value: JSONValue?, owner: CatalogueEntryRef, bad: (CatalogueProblem) -> Void) -> [IndicatorMapping] {
  guard let value else { return [] }
  guard let items = value.arrayValue else {
    bad(.indicatorsNotArray(owner: owner))
    return []
  }
  var out: [IndicatorMapping] = []
  let known = Indicator.all.map(\.code)
  for item in items {
    guard let o = item.objectValue, let code = o["code"]?.stringValue, let level = o["level"]?.intValue else {
      bad(.indicatorFieldsMissing(owner: owner))
      continue
    }
    guard let indicator = Indicator.named(code) else {
      bad(.unknownIndicator(owner: owner, code: code, known: known))
      continue
    }
    guard (0...indicator.maximumLevel).contains(level) else {
      bad(.levelOutOfRange(owner: owner, code: code, level: level, maximum: indicator.maximumLevel))
      continue
    }
    var m = IndicatorMapping(code: code, level: level)
    if let f = o["flag"] {
      guard let text = f.stringValue, let flag = IndicatorFlag(rawValue: text) else {
        bad(.badFlag(owner: owner, code: code))
        continue
      }
      guard indicator.hasFlag else {
        bad(.noFlagInCodebook(owner: owner, code: code))
        continue
      }
      m.flag = flag
    }
    m.param = o["param"]?.stringValue
    m.has = o["has"]?.stringValue
    if m.has != nil && m.param == nil { bad(.hasWithoutParam(owner: owner, code: code)) }
    if let k = o["scope_kind"] {
      let kinds = ["zones", "city", "province", "district", "county", "district-set"]
      guard let text = k.stringValue, kinds.contains(text) else {
        bad(.badScopeKind(owner: owner, code: code, kinds: kinds))
        continue
      }
      m.scopeKind = text
    }
    m.why = o["why"]?.stringValue
    out.append(m)
  }
  return out
}

/// 1-based line and column (in characters) of a byte offset in a multi-line text.
func lineAndColumn(_ bytes: [UInt8], offset: Int) -> (Int, Int) {
  var line = 1
  var lineStart = 0
  for k in 0..<min(offset, bytes.count) where bytes[k] == 0x0A {
    line += 1
    lineStart = k + 1
  }
  var col = 1
  for k in lineStart..<min(offset, bytes.count) where bytes[k] & 0xC0 != 0x80 { col += 1 }
  return (line, col)
}
