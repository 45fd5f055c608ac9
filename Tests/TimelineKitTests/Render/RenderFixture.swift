import Foundation
import Testing

@testable import TimelineKit

/// A small events directory for render tests: a bus rule with a temporary amendment, a dine-in rule whose quote
/// tries to inject markup and is later lifted, a stay-home order with a scheduled end, and a zone re-graded.
struct RenderFixture {
  let fixture: Fixture
  let timeline: Timeline

  /// A quote that would break out of `<script>` and attributes if it were not escaped.
  static let hostileQuote = #"</script><img src=x onerror=alert(1)>"&"#
  static let hostilePlace = #"<b>香榭园</b> & "东区""#

  static let source = "标题一\n" + hostileQuote + "\n市区公交线路一律暂停运营。公交临时调整。居民足不出户。解除堂食限制。\n" + hostilePlace + " 封控。管控。\n"

  init() throws {
    fixture = try Fixture()
    try RenderFixture.source.write(toFile: fixture.dir + "/sources/b1.txt", atomically: true, encoding: .utf8)
    func json(_ s: String) -> String {
      s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
    }
    func ev(_ id: String, _ type: String, _ subject: String, _ effective: String, until: String? = nil, quote: String, data: String) -> String {
      let u = until.map { #""until":"\#($0)","# } ?? ""
      return
        #"{"id":"\#(id)","type":"\#(type)","subject":"\#(subject)","effective":"\#(effective)",\#(u)"recorded":"2022-01-11T00:00+08:00","source":"b1","quote":"\#(json(quote))","data":\#(data)}"#
    }
    let q = RenderFixture.hostileQuote
    let place = json(RenderFixture.hostilePlace)
    try fixture.append([
      Fixture.briefing(),
      ev(
        "bus-1", "measure.imposed", "measure:transport.bus", "2022-01-10T00:00+08:00", quote: "市区公交线路一律暂停运营",
        data: #"{"rule":"buses stop","scope":"city"}"#),
      ev(
        "bus-2", "measure.amended", "measure:transport.bus", "2022-01-12T00:00+08:00", until: "2022-01-14T00:00+08:00", quote: "公交临时调整",
        data: #"{"rule":"temporary","scope":"city"}"#),
      ev("dine-1", "measure.imposed", "measure:dining.dine-in", "2022-01-08T12:00+08:00", quote: q, data: #"{"rule":"\#(json(q))","scope":"city"}"#),
      ev("dine-2", "measure.lifted", "measure:dining.dine-in", "2022-01-13T00:00+08:00", quote: "解除堂食限制", data: #"{"scope":"city"}"#),
      ev(
        "home-1", "measure.imposed", "measure:movement.stay-home", "2022-01-10T00:00+08:00", until: "2022-01-12T00:00+08:00", quote: "居民足不出户",
        data: #"{"rule":"stay home","scope":"erqi"}"#),
      ev(
        "zone-1", "zone.designated", "zone:erqi/xiangxieyuan", "2022-01-09T00:00+08:00", quote: "封控",
        data: #"{"district":"erqi","level":"sealed","place":"\#(place)"}"#),
      ev(
        "zone-2", "zone.regraded", "zone:erqi/xiangxieyuan", "2022-01-12T00:00+08:00", quote: "管控",
        data: #"{"district":"erqi","from_level":"sealed","level":"controlled","place":"\#(place)"}"#),
    ])
    timeline = Timeline(store: try EventStore.load(directory: fixture.dir))
  }
}

/// Helpers to read the structure of rendered HTML and SVG.
enum Markup {
  /// The opening tags of elements whose class list starts with `cls` (e.g. `bar`), in document order.
  static func tags(_ text: String, class cls: String) -> [String] {
    var out: [String] = []
    var rest = text[...]
    let needle = "class=\"" + cls
    while let r = rest.range(of: needle) {
      let after = rest[r.upperBound...]
      if let next = after.first, next == "\"" || next == " " {
        let start = rest[..<r.lowerBound].lastIndex(of: "<") ?? r.lowerBound
        let end = after.firstIndex(of: ">") ?? after.endIndex
        out.append(String(rest[start..<end]))
      }
      rest = after
    }
    return out
  }

  /// The value of `attribute` in an opening tag.
  static func attribute(_ tag: String, _ name: String) -> String? {
    guard let r = tag.range(of: " " + name + "=\"") else { return nil }
    let after = tag[r.upperBound...]
    return after.firstIndex(of: "\"").map { String(after[..<$0]) }
  }

  static func count(_ text: String, _ needle: String) -> Int { text.components(separatedBy: needle).count - 1 }
}
