/// Districts and counties: the catalogue's names, or a name the text gives with a district suffix (区, 县), proposed.
extension Drafter {
  /// A district named in a text.
  struct PlaceHit {
    var key: String
    var zh: String
    var range: Range<Int>
  }

  /// Words that end in 区 or 县 but are no district: zone levels, parts of a city, counts of districts.
  static let notDistricts = [
    "社区", "小区", "城区", "其他区", "其余区", "其它区", "市区", "辖区", "园区", "景区", "校区", "片区", "街区", "库区", "主城区", "中心城区", "两区", "三区", "四区", "五区", "各区", "全区", "本区",
    "该区", "上述", "行政区", "封控区", "管控区", "防范区", "风险区", "地区", "禁区", "营区", "厂区", "矿区", "商区", "城乡",
  ]
  static let levelSuffixes = ["风险区", "封控区", "管控区", "防范区", "地区", "社区", "小区", "园区", "景区", "校区", "片区", "街区"]
  static let districtStarts: Set<Character> = ["、", ",", "，", ":", "：", "(", "（", ";", "；", "。", "中"]

  /// Whether a character is a CJK ideograph.
  static func isHan(_ c: Character) -> Bool {
    guard let s = c.unicodeScalars.first else { return false }
    return (0x4E00...0x9FFF).contains(s.value)
  }

  /// The district that starts at `i`: a catalogue name, else two or three ideographs and 区/县/新区.
  func district(at i: Int, in c: [Character], proposed: inout ProposedCatalogue) -> PlaceHit? {
    if let h = vocabulary.places.find(in: Array(c[i..<min(c.count, i + 8)])).first(where: { $0.range.lowerBound == 0 }),
      vocabulary.catalogue.isDistrict(h.value)
    {
      return PlaceHit(key: h.value, zh: h.phrase, range: i..<(i + h.range.count))
    }
    for n in 2...3 {
      guard i + n < c.count, (i..<(i + n)).allSatisfy({ Drafter.isHan(c[$0]) }) else { return nil }
      var end = i + n
      if c[end] == "新", end + 1 < c.count, c[end + 1] == "区" { end += 1 }
      guard c[end] == "区" || c[end] == "县" else { continue }
      let zh = String(c[i...end])
      if Drafter.notDistricts.contains(zh) || Drafter.levelSuffixes.contains(where: { zh.hasSuffix($0) }) { return nil }
      // ("人不出区", a zone's rule in quotation marks, is no district either.)
      if zh.contains(where: { "各全本该两三四第每个等和及与在对于向从不出述".contains($0) }) { return nil }
      if let known = vocabulary.catalogue.scopes.values.first(where: { $0.label.zh == zh }) {
        return PlaceHit(key: known.key, zh: zh, range: i..<(end + 1))
      }
      let key = "d-" + String(fnv1a(zh), radix: 16)
      proposed.propose(place: .init(key: key, kind: zh.hasSuffix("县") ? .county : .district, zh: zh))
      return PlaceHit(key: key, zh: zh, range: i..<(end + 1))
    }
    return nil
  }

  /// Every district named in a text, at the start or after a list mark.
  func districts(in c: [Character], proposed: inout ProposedCatalogue) -> [PlaceHit] {
    var out: [PlaceHit] = []
    // A catalogued name wins over a longer name read from its suffix ("为经开区" is 为 and 经开区).
    let catalogued = vocabulary.places.find(in: c).filter { vocabulary.catalogue.isDistrict($0.value) }
    var i = 0
    while i < c.count {
      var scratch = proposed
      if i == 0 || Drafter.districtStarts.contains(c[i - 1]) || out.last?.range.upperBound == i || !Drafter.isHan(c[i - 1]),
        let h = district(at: i, in: c, proposed: &scratch),
        vocabulary.catalogue.isDistrict(h.key)
          || !catalogued.contains(where: { $0.range.overlaps(h.range) && $0.range.lowerBound > h.range.lowerBound })
      {
        proposed = scratch
        out.append(h)
        i = h.range.upperBound
        continue
      }
      i += 1
    }
    // Catalogue names anywhere (they need no boundary).
    for h in vocabulary.places.find(in: c) where vocabulary.catalogue.isDistrict(h.value) {
      if !out.contains(where: { $0.range.overlaps(h.range) }) { out.append(PlaceHit(key: h.value, zh: h.phrase, range: h.range)) }
    }
    return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}
