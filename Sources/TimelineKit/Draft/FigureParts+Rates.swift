/// Rates given place by place: a share (`接种率`, `复工率`) for each district, county or city named with its own
/// percentage.
extension Drafter {
  /// The rates a sentence gives place by place, one figure a place under the rate's key.
  ///
  /// Three shapes of official reports: the places first and their rates after 分别为
  /// (`巩义市、登封市老年人加强免疫接种率较高，分别为72.4%、70.1%`); the rate, a colon and each place with its rate in
  /// brackets (`…加强免疫接种率排在后三位的是：管城回族区(48.3%)、二七区(50.7%)`); and, after a rate the notice gave,
  /// each place 为 its rate (`其中，航空港区为93.2%，经开区为91.5%`). Every place must be a district or county the
  /// catalogue knows (or its suffix proposes); otherwise the sentence gives no rate by place.
  /// - Complexity: O(n) in the sentence's length, times the places named.
  func ratesByPlace(
    _ s: BriefingText.Piece, published: Timestamp, memory: FigureMemory, proposed: inout ProposedCatalogue
  ) -> [Candidate] {
    let text = s.text
    var scratch = proposed
    /// Each name as one whole place, or nil when one is not.
    func places(_ names: [String]) -> [PlaceHit]? {
      var hits: [PlaceHit] = []
      for name in names {
        guard let d = district(at: 0, in: Array(name), proposed: &scratch), d.range.upperBound == name.count else { return nil }
        hits.append(d)
      }
      return hits.count >= 2 ? hits : nil
    }
    var found: [(PlaceHit, String, Range<Int>)] = []
    var label: String?
    var effective = published
    let offset = { (i: String.Index) in text.distance(from: text.startIndex, to: i) }
    if let m = text.firstMatch(of: #/((?:[^、，,。；;:：]{2,8}、)+[^，,。；;:：0-9、]{2,30}?)[，,]?分别为([0-9.]+%(?:、[0-9.]+%)+)/#) {
      // The last name runs into the rate's words ("登封市老年人加强免疫接种率较高"): the place is its opening.
      var names = m.output.1.split(separator: "、").map(String.init)
      let last = names.removeLast()
      guard let d = district(at: 0, in: Array(last), proposed: &scratch), let rate = last.lastIndex(of: "率") else { return [] }
      names.append(String(last.prefix(d.range.count)))
      let values = m.output.2.split(separator: "、").map { String($0.dropLast()) }
      guard let hits = places(names), values.count == hits.count else { return [] }
      label = String(last[last.index(last.startIndex, offsetBy: d.range.count)...rate])
      let at = offset(m.range.lowerBound)
      found = zip(hits, values).map { ($0, $1, at..<offset(m.range.upperBound)) }
    } else if let m = text.firstMatch(
      of: #/([^，,。；;:：0-9()（）%]{2,16}率)[^:：，,。；;]{0,12}[:：]((?:[^、，,。；;()]{2,8}\([0-9.]+%\)、)+[^、，,。；;()]{2,8}\([0-9.]+%\))/#)
    {
      let items = m.output.2.split(separator: "、").map(String.init)
      let names = items.map { String($0.prefix { $0 != "(" }) }
      guard let hits = places(names) else { return [] }
      label = String(m.output.1)
      var from = offset(m.output.2.startIndex)
      for (d, item) in zip(hits, items) {
        let value = String(item.drop { $0 != "(" }.dropFirst().prefix { $0 != "%" })
        found.append((d, value, from..<(from + item.count)))
        from += item.count + 1
      }
    } else if let rate = memory.lastRate, let m = text.firstMatch(of: #/^其中[，,]?((?:[^，,。；;、为]{2,8}为[0-9.]+%[，,、]?){2,})/#) {
      let items = m.output.1.split(whereSeparator: { "，,、".contains($0) }).map(String.init)
      let names = items.map { String($0.prefix { $0 != "为" }) }
      guard let hits = places(names) else { return [] }
      label = rate.label
      effective = rate.effective
      var from = offset(m.output.1.startIndex)
      for (d, item) in zip(hits, items) {
        found.append((d, String(item.drop { $0 != "为" }.dropFirst().prefix { $0 != "%" }), from..<(from + item.count)))
        from += item.count + 1
      }
    }
    // The rate's own words, without the age or group they are of ("60岁以上老年人加强免疫接种率" is a 接种率).
    guard var name = label, !found.isEmpty else { return [] }
    name = String(name.drop { !Drafter.isHan($0) || "岁以上下的".contains($0) })
    guard name.count >= 2, found.allSatisfy({ Double($0.1) != nil }) else { return [] }
    let key = memory.lastRate.flatMap { $0.label == name ? $0.key : nil } ?? "\(Drafter.metricCategory(name)).p-\(String(fnv1a(name), radix: 16))"
    if vocabulary.catalogue.metrics[key] == nil {
      proposed.propose(
        metric: .init(key: key, category: String(key.split(separator: ".").first ?? ""), zh: name, en: "proposed: \(name)", from: text))
    }
    return found.map { d, value, r in
      proposeIfNeeded(d, scratch: scratch, into: &proposed)
      return Candidate(
        type: .metricReported, subject: "metric:\(key)@\(d.key)", effective: effective, until: nil, quote: s.quote(r),
        data: ["value": .number(Drafter.jsonNumber(value)), "unit": .string("%")],
        guesses: [
          "figure: a rate given place by place (\(name) of \(d.zh))",
          "effective: \(effective == published ? "publication" : "the rate's time before")",
        ],
        confidence: 0.5, reading: "\(name) @ \(d.zh)")
    }
  }
}
