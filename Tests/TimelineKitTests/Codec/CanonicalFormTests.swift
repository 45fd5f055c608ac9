import Foundation
import Testing

@testable import TimelineKit

/// The byte writers behind the canonical encoder, and the reader's canonical-line check, against the plain
/// `String` renderings they replace.
@Suite struct CanonicalFormTests {
  struct Rng {
    var state: UInt64
    mutating func next(_ n: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(n))
    }
  }

  @Test func writeDigitsMatchesString() {
    var rng = Rng(state: 7)
    var values = [0, 1, 9, 10, 99, 100, -1, -9, -10, Int.max, Int.min, Int.max - 1, Int.min + 1]
    for _ in 0..<2000 { values.append(rng.next(2_000_000) - 1_000_000) }
    for v in values {
      for width in [1, 2, 4] {
        var out: [UInt8] = []
        writeDigits(v, width: width, into: &out)
        let s = String(v)
        let padded = s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
        #expect(String(decoding: out, as: UTF8.self) == padded, "\(v) width \(width)")
      }
    }
  }

  @Test func writeISO8601MatchesTheStringForm() {
    var rng = Rng(state: 11)
    for _ in 0..<5000 {
      let epoch = Int64(rng.next(400_000_000_000)) - 62_000_000_000
      let offset = (rng.next(2 * 18 * 60 + 1) - 18 * 60) / (rng.next(2) == 0 ? 1 : 15) * (rng.next(2) == 0 ? 1 : 15)
      let t = Timestamp(epochSeconds: rng.next(3) == 0 ? epoch / 60 * 60 : epoch, offsetMinutes: max(-18 * 60, min(18 * 60, offset)))
      var out: [UInt8] = []
      t.writeISO8601(into: &out)
      #expect(String(decoding: out, as: UTF8.self) == t.iso8601)
    }
  }

  /// The text-only canonical test agrees with rendering the parsed value, over every spelling of a time.
  @Test func canonicalTimeTextMatchesRendering() throws {
    var rng = Rng(state: 5)
    var checked = 0
    for _ in 0..<3000 {
      let date = String(format: "%04d-%02d-%02dT%02d:%02d", 1 + rng.next(9999), 1 + rng.next(12), 1 + rng.next(31), rng.next(25), rng.next(61))
      let seconds = ["", ":00", ":05", ":59", ":60"][rng.next(5)]
      let offset = ["Z", "+00:00", "-00:00", "+08:00", "-05:30", "+18:00", "-18:01", "+8:00"][rng.next(8)]
      var text = date + seconds + offset
      guard let t = try? Timestamp.parse(text) else { continue }
      let canonical = text.withUTF8 { Timestamp.isCanonicalText($0) }
      #expect(canonical == (t.iso8601 == text), "\(text)")
      checked += 1
    }
    #expect(checked > 500)
  }

  /// The canonical line as the encoder used to build it, from `String` pieces.
  static func referenceEncoding(_ e: Event) -> [UInt8] {
    func str(_ s: String) -> String {
      var out: [UInt8] = []
      JSONWriter.writeString(s, into: &out)
      return String(decoding: out, as: UTF8.self)
    }
    var s = #"{"seq":"# + String(e.seq) + #","id":"# + str(e.id) + #","type":"# + str(e.type.rawValue)
    s += #","subject":"# + str(e.subject.raw) + #","effective":"# + str(e.effective.iso8601)
    if let until = e.until { s += #","until":"# + str(until.iso8601) }
    s += #","recorded":"# + str(e.recorded.iso8601) + #","source":"# + str(e.source) + #","quote":"# + str(e.quote)
    s += #","data":"# + JSONWriter.string(.object(e.data)) + #","prev":"# + str(e.prev.hex) + "}"
    return Array(s.utf8)
  }

  static let lines: [String] = [
    EventCodecTests.sealed,
    #"{"seq":1,"id":"b-1","type":"briefing.published","subject":"briefing:b","effective":"2022-01-11T00:00:30-05:30","recorded":"2022-01-11T00:00Z","source":"b","quote":"q\n\t\u0001","data":{"published_at":"2022-01-11T00:00+08:00","source_file":"sources/b.txt","title":"t"},"prev":"0000000000000000000000000000000000000000000000000000000000000000"}"#,
    #"{"seq":12,"id":"z-1","type":"zone.designated","subject":"zone:erqi/a","effective":"2022-01-08T12:00+08:00","recorded":"2022-01-11T00:00+08:00","source":"b","quote":"二七区","data":{"district":"erqi","exclusions":["a","b"],"level":"sealed","n":-0.5e3,"place":"\u4e8c"},"prev":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"}"#,
  ]

  /// Edits that keep a line decodable but may make it non-canonical (or keep it canonical).
  static let edits: [(String, String)] = [
    ("", ""), (#""seq":"#, #""seq": "#), ("+08:00", "+08:00"), ("T12:00+08:00", "T12:00:00+08:00"), ("T00:00Z", "T00:00+00:00"),
    ("-05:30", "+05:30"), ("00:30-", "00:00-"), (#"\n"#, #"\u000a"#), (#"\u0001"#, #"\u0001"#), (#"\u0001"#, #"\u0001a"#),
    (#""title":"t""#, #""title":"\u0074""#), (#""level":"sealed","n""#, #""n":-0.5e3,"level":"sealed","x""#),
    (#"["a","b"]"#, #"[ "a","b"]"#), (#""rule""#, #""rule" "#), ("}", " }"), (#"\u4e8c"#, "二"), ("二七区", #"\u4e8c七区"#),
    (#""seq":12"#, #""seq":012"#), (#"\"all\""#, #"\u0022all\u0022"#), (#"suspended\\"#, #"suspended\/"#), ("-0.5e3", "-0.5E3"),
    (#""data":{"#, #""data":{"a":null,"#), ("true", "false"),
  ]

  @Test func canonicalCheckAgreesWithReencodingThroughStrings() throws {
    var scratch: [UInt8] = []
    var checked = 0
    for line in Self.lines {
      for (from, to) in Self.edits {
        guard from.isEmpty || line.contains(from) else { continue }
        var edited = from.isEmpty ? line : line.replacingOccurrences(from, to)
        let result = edited.withUTF8 { buf in
          EventCodec.decodeEvent(buf).map { e in (e, EventCodec.isCanonical(buf, of: e, scratch: &scratch)) }
        }
        guard case .success(let (event, canonical)) = result else { continue }
        #expect(canonical == (Self.referenceEncoding(event) == Array(edited.utf8)), "\(edited)")
        #expect(EventCodec.encode(event) == Self.referenceEncoding(event))
        checked += 1
      }
    }
    #expect(checked > 20)
  }

  /// The fast path's verdict while reading, when it gives one, is the re-encoding's; it gives one for every
  /// line without escapes.
  @Test func fastPathVerdictAgreesWithReencoding() throws {
    var scratch: [UInt8] = []
    var verdicts = 0
    var intern = EventCodec.SourceIntern()
    let extra: [(String, String)] = [
      (#""seq":2,"id":"pc29-010""#, #""id":"pc29-010","seq":2"#), (#","until":"2022-02-01T00:00+08:00""#, ""),
      (
        #""until":"2022-02-01T00:00+08:00","recorded":"2022-01-11T00:00+08:00""#,
        #""recorded":"2022-01-11T00:00+08:00","until":"2022-02-01T00:00+08:00""#
      ),
      ("T00:00+08:00", "T00:00-00:00"), ("+08:00", "+00:00"), ("T12:00+08:00", "T12:00:59+08:00"), (#"{"takeaway""#, #"{ "takeaway""#),
      (#""rule":""all" dine-in suspended\","#, ""), (#""all" dine-in suspended\"#, "all"), (#""scope":"city""#, #""scope":"city","a":1"#),
    ]
    for line in Self.lines {
      for (from, to) in Self.edits + extra {
        guard from.isEmpty || line.contains(from) else { continue }
        let edited = Array((from.isEmpty ? line : line.replacingOccurrences(from, to)).utf8)
        edited.withUnsafeBufferPointer { buf in
          var canonical: Bool?
          guard let e = EventCodec.decodeEventFast(buf, intern: &intern, canonical: &canonical) else { return }
          let exact = EventCodec.isCanonical(buf, of: e, scratch: &scratch)
          if let canonical {
            verdicts += 1
            #expect(canonical == exact, "\(String(decoding: edited, as: UTF8.self))")
          } else {
            #expect(edited.contains(UInt8(ascii: "\\")), "no verdict for a line without escapes")
          }
        }
      }
    }
    #expect(verdicts > 20)
  }
}
