/// A list of Chinese phrases with a value each, found in text longest first, without overlaps.
///
/// Built from the catalogue (district names, district-set labels, zone levels, measure and metric labels
/// and their aliases), so that recognising a new subject takes a catalogue entry, not code.
public struct Lexicon: Sendable {
  /// A phrase found in a text.
  public struct Hit: Sendable, Hashable {
    public var range: Range<Int>
    public var value: String
    /// The phrase as listed (normalised).
    public var phrase: String
    /// How strongly the phrase points at its value (longer and more literal phrases weigh more).
    public var weight: Int
  }

  struct Entry: Sendable {
    var phrase: [Character]
    var value: String
    var weight: Int
  }

  var entries: [Entry] = []

  public init() {}

  /// Adds a phrase (normalised like the text); phrases shorter than two characters are ignored.
  public mutating func add(_ phrase: String, _ value: String, weight: Int = 0) {
    let p = phrase.map(BriefingText.normalize)
    guard p.count >= 2 else { return }
    if entries.contains(where: { $0.phrase == p && $0.value == value }) { return }
    entries.append(Entry(phrase: p, value: value, weight: weight + p.count))
  }

  /// Every occurrence in `text`, then the non-overlapping ones kept longest (heaviest) first, in text order.
  /// - Complexity: O(n·k) for n characters and k phrases.
  public func find(in text: [Character]) -> [Hit] {
    var all: [Hit] = []
    guard !text.isEmpty else { return [] }
    for e in entries where e.phrase.count <= text.count {
      let first = e.phrase[0]
      var i = 0
      while i + e.phrase.count <= text.count {
        if text[i] == first, text[i..<(i + e.phrase.count)].elementsEqual(e.phrase) {
          all.append(Hit(range: i..<(i + e.phrase.count), value: e.value, phrase: String(e.phrase), weight: e.weight))
        }
        i += 1
      }
    }
    all.sort { ($0.range.count, $0.weight, -$0.range.lowerBound) > ($1.range.count, $1.weight, -$1.range.lowerBound) }
    var taken = [Bool](repeating: false, count: text.count)
    var kept: [Hit] = []
    for h in all where !h.range.contains(where: { taken[$0] }) {
      for k in h.range { taken[k] = true }
      kept.append(h)
    }
    return kept.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}

/// The lexicons `timeline draft` reads a briefing with, all taken from the catalogue.
public struct DraftVocabulary: Sendable {
  public var catalogue: Catalogue
  /// District and county names → district keys; district-set labels (and their parts) → set keys; 全市 → city.
  public var places = Lexicon()
  /// Zone level names (and their 地区 / shortened forms) → zone level keys.
  public var zoneLevels = Lexicon()
  /// Measure labels, aliases and label parts → measure keys.
  public var measures = Lexicon()
  /// Metric labels, aliases and label parts → metric keys.
  public var metrics = Lexicon()

  /// The official names of districts the catalogue labels by their short form.
  static let officialNames: [String: [String]] = [
    "高新区": ["高新技术产业开发区", "高新技术开发区", "高新技术产业开发区管委会"],
    "经开区": ["经济技术开发区", "经济开发区"],
    "航空港区": ["航空港经济综合实验区", "航空港实验区"],
  ]

  /// Builds the lexicons from a catalogue.
  public init(catalogue: Catalogue) {
    self.catalogue = catalogue
    for s in catalogue.scopes.values.sorted(by: { $0.key < $1.key }) {
      switch s.kind {
      case .district, .county:
        places.add(s.label.zh, s.key, weight: 10)
        // The official name of an ethnic district carries its nationality ("管城区" is 管城回族区 in full).
        if s.kind == .district, s.label.zh.hasSuffix("区") { places.add(String(s.label.zh.dropLast()) + "回族区", s.key, weight: 10) }
        // A development zone's notices sign with its official name ("郑州高新技术产业开发区疫情防控指挥部").
        for full in DraftVocabulary.officialNames[s.label.zh] ?? [] { places.add(full, s.key, weight: 10) }
      case .districtSet:
        places.add(s.label.zh, s.key, weight: 10)
        for part in DraftVocabulary.parts(of: s.label.zh) { places.add(part, s.key, weight: 5) }
      case .city:
        places.add(s.label.zh, s.key, weight: 0)
        places.add("全市", s.key, weight: 0)
      case .province:
        places.add(s.label.zh, s.key, weight: 0)
        places.add("全省", s.key, weight: 0)
      }
    }
    for key in catalogue.zoneLevelOrder {
      guard let l = catalogue.zoneLevels[key] else { continue }
      zoneLevels.add(l.zh, key, weight: 10)
      if l.zh.hasSuffix("区") { zoneLevels.add(String(l.zh.dropLast()) + "地区", key, weight: 10) }
      if l.zh.count > 5 { zoneLevels.add(String(l.zh.suffix(5)), key, weight: 5) }
    }
    for (lexicon, entries) in [(0, catalogue.measures), (1, catalogue.metrics)] {
      for e in entries.values.sorted(by: { $0.key < $1.key }) {
        var lex = lexicon == 0 ? measures : metrics
        lex.add(e.label.zh, e.key, weight: 20)
        for a in e.aliases { lex.add(a, e.key, weight: 10) }
        // A part that opens its label weighs a little more: "出租车" names "出租车、网约车" before "城际网约车、出租车".
        for part in DraftVocabulary.parts(of: e.label.zh) where part.count >= (lexicon == 0 ? 3 : 4) {
          lex.add(part, e.key, weight: e.label.zh.hasPrefix(part) ? 1 : 0)
        }
        // Synonyms: other words for a word the label or an alias uses ("餐饮" for an entry about 堂食).
        if lexicon == 0 {
          for (word, others) in DraftVocabulary.synonyms where ([e.label.zh] + e.aliases).contains(where: { $0.contains(word) }) {
            for o in others { lex.add(o, e.key, weight: 10) }
          }
        }
        if lexicon == 0 { measures = lex } else { metrics = lex }
      }
    }
  }

  /// The one catalogued measure whose label or alias holds `label` (of five characters or more): a shorter name of a
  /// catalogued object ("24小时抢修队伍" for "水电气暖24小时抢修队伍"). Nil when none or several do.
  public func measure(containing label: String) -> String? {
    let l = String(label.map(BriefingText.normalize))
    guard l.count >= 5 else { return nil }
    let keys = catalogue.measures.values.filter { e in
      ([e.label.zh] + e.aliases).contains { String($0.map(BriefingText.normalize)).contains(l) }
    }.map(\.key)
    return keys.count == 1 ? keys[0] : nil
  }

  /// The one catalogued measure whose label (or an alias) names both a rule's object and the action after its verb, in
  /// that order ("培训机构" + "线下教学活动" in "校外培训机构线下教学活动"): the object's head noun (its longest ending
  /// a label holds, "艺术类培训机构" → "培训机构") and the action. A shared head noun alone is not enough, nor is an
  /// action alone; both must be three characters or more.
  public func measure(object: String, action: String) -> String? {
    let o = object.map(BriefingText.normalize)
    let a = action.map(BriefingText.normalize)
    guard o.count >= 3, a.count >= 3 else { return nil }
    for k in stride(from: o.count, through: 3, by: -1) {
      let head = Array(o.suffix(k))
      let keys = catalogue.measures.values.filter { e in
        ([e.label.zh] + e.aliases).contains { (name: String) -> Bool in
          let n = name.map(BriefingText.normalize)
          guard let r = n.range(of: head, from: 0) else { return false }
          return n.range(of: a, from: r.upperBound) != nil
        }
      }.map(\.key)
      if !keys.isEmpty { return keys.count == 1 ? keys[0] : nil }
    }
    return nil
  }

  /// Words of the notices that name the same thing as a word catalogue labels use, for matching only.
  static let synonyms: [(String, [String])] = [
    ("堂食", ["餐饮", "饭店", "餐馆", "餐厅"]), ("公交", ["公交车", "公共汽车"]), ("地铁", ["轨道交通"]), ("出租车", ["的士"]),
    ("线上教学", ["网课", "居家学习"]), ("旅游景区", ["景区", "景点"]), ("聚集性活动", ["聚会", "聚餐"]),
  ]

  /// The pieces of a label between `、，（）“”` and similar marks (and 和, 及).
  static func parts(of label: String) -> [String] {
    let n = String(label.map(BriefingText.normalize))
    // A slash separates alternative names ("查验站点/交通卡口").
    let pieces = n.split(whereSeparator: { "、,()“”\"+（）《》和及/／".contains($0) }).map(String.init)
    return pieces.count > 1 ? pieces : []
  }
}
