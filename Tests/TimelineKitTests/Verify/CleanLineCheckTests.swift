import Foundation
import Testing

@testable import TimelineKit

/// Verify's fast path may only accept a line that the full path finds nothing wrong with, and must then
/// return the same facts. Lines of every event type are damaged byte by byte and edit by edit, and each
/// line the fast path accepts is run through the full path.
@Suite struct CleanLineCheckTests {
  static let catalogue: Catalogue = {
    let f = try! Fixture()
    defer { f.remove() }
    return try! Catalogue.load(path: f.path("catalogue.json"))
  }()

  static let source = SourceText(Array(Fixture.sourceText.utf8))

  /// Data objects for each type, valid against the fixture catalogue, and the subject each goes with.
  static let bodies: [(type: String, subject: String, data: String)] = [
    ("measure.imposed", "measure:dining.dine-in", #"{"params":{"cap":0.5,"list":[1,"a",null]},"rule":"r","scope":"city"}"#),
    ("measure.amended", "measure:dining.dine-in@erqi", #"{"rule":"r","rule_zh":"规则","scope":"zones:sealed,controlled"}"#),
    ("measure.lifted", "measure:transport.bus", #"{"scope":"two"}"#),
    ("zone.designated", "zone:erqi/a-1", #"{"district":"erqi","exclusions":["x","y"],"level":"sealed","place":"二七区"}"#),
    ("zone.regraded", "zone:jinshui/b", #"{"district":"jinshui","from_level":"sealed","level":"controlled","place":"p"}"#),
    ("zone.lifted", "zone:gaoxin/c", #"{"district":"gaoxin","place":"p","place_en":"P"}"#),
    ("metric.reported", "metric:cases.confirmed.cumulative@erqi", #"{"period_start":"2022-01-01T00:00+08:00","unit":"例","value":-47.5}"#),
    ("testing.scheduled", "testing:city-r1", #"{"label":"l","round":3,"sampling_end":"2022-01-09T12:00:30+08:00","scope":"city"}"#),
    ("testing.completed", "testing:city-r1", #"{"label":"l","positives":0,"scope":"province","tested":436.26,"tested_unit":"万人"}"#),
  ]

  static func line(_ seq: Int, _ body: (type: String, subject: String, data: String), prev: SHA256.Digest, until: Bool) -> String {
    let u = until ? #","until":"2022-02-01T00:00+08:00""# : ""
    return
      #"{"seq":\#(seq),"id":"b1-\#(seq)","type":"\#(body.type)","subject":"\#(body.subject)","effective":"2022-01-08T12:00+08:00"\#(u),"recorded":"2022-01-11T00:00:05+08:00","source":"b1","quote":"全市餐饮 场所暂停堂食","data":\#(body.data),"prev":"\#(prev.hex)"}"#
  }

  /// What the full path says about one line: its problems, and the facts when it has none.
  static func fullPath(_ line: [UInt8], number: Int, prev: SHA256.Digest) -> (problems: [Problem], facts: CleanLineCheck.Facts?) {
    line.withUnsafeBufferPointer { buf in
      guard case .success(let e) = EventCodec.decodeEvent(buf) else { return ([.emptyLine], nil) }
      var p = EventChecks.check(e.draft, logName: "b1", isFirst: number == 1, catalogue: catalogue)
      if EventCodec.encode(e) != line { p.append(.notCanonical) }
      if e.seq != number { p.append(.seqOutOfOrder(expected: number, found: e.seq)) }
      if e.prev != prev { p.append(.chainBroken(expected: prev, found: e.prev)) }
      if !source.contains(quote: e.quote) { p.append(.quoteNotInSource(sourceFile: "s")) }
      return (p, CleanLineCheck.Facts(id: e.id, recorded: e.recorded, subject: e.subject.raw, seq: e.seq))
    }
  }

  static let edits: [(String, String)] = [
    ("", ""), (#""seq":"#, #""seq": "#), ("+08:00", "Z"), ("+08:00", "-00:00"), ("+08:00", "+00:00"), (":05+08:00", "+08:00"),
    ("12:00+08:00", "12:00:00+08:00"), ("T12:00", "T24:00"),
    (#""source":"b1""#, #""source":"b2""#), ("暂停", "恢复"), ("全市", "\u{3000}全市"), (#""scope":"city""#, #""scope":"mars""#),
    (#""scope":"city""#, #""scope":"zones:sealed,""#), (#""rule":"r""#, #""rule":1"#), (#""rule":"r""#, #""rule":"r","zzz":1"#),
    (#""district":"erqi""#, #""district":"jinshui""#), (#""district":"erqi""#, #""district":"mars""#), ("erqi/a-1", "erqi/a 1"),
    (#""level":"sealed""#, #""level":"red""#), (#""round":3"#, #""round":3.0"#), (#""round":3"#, #""round":12345678901234567890"#),
    (#""value":-47.5"#, #""value":-47.5e1"#), (#""value":-47.5"#, #""value":"x""#), (#""value":-47.5"#, #""value":-047.5"#),
    (#"["x","y"]"#, #"["x",1]"#), (#"["x","y"]"#, "[]"), (#""exclusions":["x","y"],"#, ""), (#","place":"二七区""#, ""), (#""label":"l","#, ""),
    (#""params":{"cap":0.5,"#, #""params":{"cap":0.50,"#), (#"{"cap":0.5,"list""#, #"{"list":[],"cap":0.5,"list""#),
    (#"[1,"a",null]"#, #"[1,"a",nul]"#), (#"[1,"a",null]"#, #"[01]"#), (#"[1,"a",null]"#, #"[true,false,{}]"#), ("规则", #"\u89c4则"#),
    (#""label":"l""#, #""label":"\n""#), ("measure:dining.dine-in", "zone:erqi/x"), ("measure:dining.dine-in", "measure:dining.nope"),
    ("cases.confirmed.cumulative@erqi", "cases.confirmed.cumulative@mars"), (#""id":"b1-"#, #""id":"b1 "#),
    (#","until":"2022-02-01T00:00+08:00""#, ""),
    ("2022-02-01T00:00", "2022-01-08T12:00"), ("measure.imposed", "event.retracted"), ("measure.imposed", "briefing.published"),
    (#""quote":"全市"#, #""quote":"\u5168市"#), (#""data":{"#, #""data": {"#), ("}", ""), (#"}"#, #"} "#), ("testing:city-r1", "testing:city r1"),
  ]

  @Test func acceptedLinesHaveNoProblemsAndTheSameFacts() {
    var check = CleanLineCheck(logName: "b1", catalogue: Self.catalogue)
    let prev = SHA256.hash(Array("the line before".utf8))
    var accepted = 0
    var tried = 0
    for body in Self.bodies {
      for until in [false, true] {
        let base = Self.line(7, body, prev: prev, until: until)
        var variants: [[UInt8]] = []
        for (from, to) in Self.edits where from.isEmpty || base.contains(from) {
          variants.append(Array((from.isEmpty ? base : base.replacingOccurrences(of: from, with: to)).utf8))
        }
        // Single-byte damage at every position of the plain line.
        let bytes = Array(base.utf8)
        for k in stride(from: 0, to: bytes.count, by: 3) {
          var v = bytes
          v[k] = v[k] == UInt8(ascii: "a") ? UInt8(ascii: "b") : UInt8(ascii: "a")
          variants.append(v)
          variants.append(Array(bytes[0..<k] + bytes[(k + 1)...]))
        }
        for v in variants {
          tried += 1
          for (number, p) in [(7, prev), (8, prev), (7, SHA256.Digest.zero)] {
            let fast = v.withUnsafeBufferPointer { check.check($0, number: number, prev: p, source: Self.source) }
            guard let fast else { continue }
            accepted += 1
            let full = Self.fullPath(v, number: number, prev: p)
            #expect(full.problems.isEmpty, "accepted a line with problems \(full.problems): \(String(decoding: v, as: UTF8.self))")
            #expect(
              full.facts.map { [$0.id, $0.subject, $0.recorded.iso8601, String($0.seq)] } == [
                fast.id, fast.subject, fast.recorded.iso8601, String(fast.seq),
              ])
          }
        }
      }
    }
    // Every type's undamaged line goes the fast way, with and without `until`.
    #expect(accepted >= 2 * Self.bodies.count)
    #expect(tried > 1000)
  }

  @Test func utf8ValidationMatchesTheStandardLibrary() {
    var state: UInt64 = 3
    func next() -> UInt8 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return UInt8(truncatingIfNeeded: state >> 56)
    }
    let interesting: [UInt8] = [
      0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xFF, 0x8F, 0x90, 0x9F,
      0xA0,
    ]
    for n in 0..<40_000 {
      let count = n % 13
      let bytes = (0..<count).map { _ in n % 2 == 0 ? interesting[Int(next()) % interesting.count] : next() }
      let ours = bytes.withUnsafeBufferPointer { isValidUTF8($0) }
      #expect(ours == (String(validating: bytes, as: UTF8.self) != nil), "\(bytes)")
    }
    let long = Array("全市餐饮场所暂停堂食 ascii run of more than eight bytes 😀".utf8)
    #expect(long.withUnsafeBufferPointer { isValidUTF8($0) })
    #expect(!Array(long.dropLast()).withUnsafeBufferPointer { isValidUTF8($0) })
  }
}
