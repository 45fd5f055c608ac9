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
    func bad(_ what: String) { problems.append(Diagnostic(SourceLocation(file: path), .catalogueEntryInvalid(what))) }
    guard let obj = root.objectValue else { throw .problems([Diagnostic(SourceLocation(file: path), .notAnObject)]) }
    var c = Catalogue()
    c.categories = (obj["categories"]?.arrayValue ?? []).compactMap(\.stringValue)
    if c.categories.isEmpty { bad("'categories' must be a non-empty array of strings") }
    func label(_ o: JSONObject, _ what: String) -> Label? {
      guard let zh = o["zh"]?.stringValue, let en = o["en"]?.stringValue else {
        bad("\(what) needs string fields 'zh' and 'en'")
        return nil
      }
      return Label(zh: zh, en: en)
    }
    for item in obj["zone_levels"]?.arrayValue ?? [] {
      guard let o = item.objectValue, let key = o["key"]?.stringValue, let l = label(o, "zone level") else {
        bad("each zone_levels entry needs 'key', 'zh' and 'en'")
        continue
      }
      if c.zoneLevels[key] != nil { bad("zone level '\(key)' is listed twice") }
      c.zoneLevels[key] = l
      c.zoneLevelOrder.append(key)
    }
    for item in obj["scopes"]?.arrayValue ?? [] {
      guard let o = item.objectValue, let key = o["key"]?.stringValue, let kindText = o["kind"]?.stringValue,
        let l = label(o, "scope '\(o["key"]?.stringValue ?? "?")'")
      else {
        bad("each scopes entry needs 'key', 'kind', 'zh' and 'en'")
        continue
      }
      guard let kind = ScopeKind(rawValue: kindText) else {
        bad("scope '\(key)' has kind '\(kindText)'; expected city, province, district, county or district-set")
        continue
      }
      let members = (o["members"]?.arrayValue ?? []).compactMap(\.stringValue)
      if c.scopes[key] != nil { bad("scope '\(key)' is listed twice") }
      c.scopes[key] = Scope(key: key, kind: kind, label: l, members: members)
    }
    for s in c.scopes.values where s.kind == .districtSet {
      for m in s.members where !c.isDistrict(m) { bad("district set '\(s.key)' lists '\(m)', which is not a district") }
    }
    for (list, isMeasure) in [("measures", true), ("metrics", false)] {
      for item in obj[list]?.arrayValue ?? [] {
        guard let o = item.objectValue, let key = o["key"]?.stringValue, let category = o["category"]?.stringValue,
          let l = label(o, "\(list) entry '\(o["key"]?.stringValue ?? "?")'")
        else {
          bad("each \(list) entry needs 'key', 'category', 'zh' and 'en'")
          continue
        }
        if !c.categories.contains(category) { bad("\(list) entry '\(key)' has unknown category '\(category)'") }
        var entry = Entry(key: key, category: category, label: l)
        entry.aliases = (o["aliases"]?.arrayValue ?? []).compactMap(\.stringValue)
        if isMeasure {
          if c.measures[key] != nil { bad("measure '\(key)' is listed twice") }
          c.measures[key] = entry
        } else {
          if c.metrics[key] != nil { bad("metric '\(key)' is listed twice") }
          c.metrics[key] = entry
        }
      }
    }
    if !problems.isEmpty { throw .problems(problems) }
    return c
  }
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
