import Testing

@testable import TimelineKit

@Suite struct EventCodecTests {
  static let sealed =
    #"{"seq":2,"id":"pc29-010","type":"measure.amended","subject":"measure:dining.dine-in","effective":"2022-01-08T12:00+08:00","until":"2022-02-01T00:00+08:00","recorded":"2022-01-11T00:00+08:00","source":"2022-01-11_press-conference-29","quote":"从1月8日中午12时起，全市餐饮场所暂停堂食，可提供到店自取、外卖订餐服务。","data":{"params":{"takeaway":true},"rule":"\"all\" dine-in suspended\\","scope":"city"},"prev":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"}"#

  func decode(_ line: String) -> Result<Event, LineFailure> {
    var line = line
    return line.withUTF8 { EventCodec.decodeEvent($0) }
  }

  @Test func sealedLineRoundTripsByteForByte() throws {
    let e = try decode(Self.sealed).get()
    #expect(e.seq == 2)
    #expect(e.type == .measureAmended)
    #expect(e.subject.raw == "measure:dining.dine-in")
    #expect(e.until?.iso8601 == "2022-02-01T00:00+08:00")
    #expect(e.data["rule"]?.stringValue == "\"all\" dine-in suspended\\")
    #expect(String(decoding: EventCodec.encode(e), as: UTF8.self) == Self.sealed)
  }

  @Test func draftsAcceptAnyKeyOrderAndDropReview() throws {
    var text =
      #"{"data":{"scope":"city","rule":"r"},"quote":"q","source":"s","recorded":"2022-01-11T00:00+08:00","effective":"2022-01-08T12:00+08:00","subject":"measure:dining.dine-in","type":"measure.imposed","id":"x-1","review":{"confidence":0.5}}"#
    let d = try text.withUTF8 { EventCodec.decodeDraft($0) }.get()
    #expect(d.review?["confidence"] == .number("0.5"))
    let sealed = Event(sealing: d, seq: 1, prev: .zero)
    let line = String(decoding: EventCodec.encode(sealed), as: UTF8.self)
    #expect(line.hasPrefix(#"{"seq":1,"id":"x-1","type":"measure.imposed","subject":"measure:dining.dine-in","effective""#))
    #expect(!line.contains("review"))
    #expect(line.contains(#""data":{"rule":"r","scope":"city"}"#))
  }

  struct Bad: CustomTestStringConvertible, Sendable {
    let name: String
    let edit: @Sendable (String) -> String
    let problem: Problem
    var testDescription: String { name }
  }

  static let bad: [Bad] = [
    Bad(
      name: "missing quote", edit: { $0.replacingOccurrences(#","quote":"从1月8日中午12时起，全市餐饮场所暂停堂食，可提供到店自取、外卖订餐服务。""#, "") },
      problem: .missingField("quote")),
    Bad(
      name: "seq as string", edit: { $0.replacingOccurrences(#""seq":2"#, #""seq":"2""#) },
      problem: .wrongType(field: "seq", expected: .number, found: .string)),
    Bad(name: "unknown type", edit: { $0.replacingOccurrences("measure.amended", "measure.fixed") }, problem: .unknownEventType("measure.fixed")),
    Bad(
      name: "no offset", edit: { $0.replacingOccurrences(#""effective":"2022-01-08T12:00+08:00""#, #""effective":"2022-01-08T12:00""#) },
      problem: .invalidTime(field: "effective", value: "2022-01-08T12:00", .missingOffset)),
    Bad(
      name: "until before effective", edit: { $0.replacingOccurrences("2022-02-01T00:00", "2022-01-01T00:00") },
      problem: .untilNotAfterEffective(
        effective: try! Timestamp.parse("2022-01-08T12:00+08:00"), until: try! Timestamp.parse("2022-01-01T00:00+08:00"))),
    Bad(name: "extra field", edit: { $0.replacingOccurrences(#""seq":2,"#, #""seq":2,"extra":1,"#) }, problem: .unexpectedField("extra")),
    Bad(
      name: "subject of wrong kind", edit: { $0.replacingOccurrences("measure:dining.dine-in", "zone:erqi/a") },
      problem: .subjectKindMismatch(type: .measureAmended, subject: "zone:erqi/a")),
    Bad(name: "bad id", edit: { $0.replacingOccurrences("pc29-010", "pc29 010") }, problem: .invalidID("pc29 010")),
    Bad(
      name: "bad prev", edit: { $0.replacingOccurrences("ba7816bf", "BA7816BF") },
      problem: .invalidDigest("BA7816BF8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")),
    Bad(
      name: "metric without scope",
      edit: { $0.replacingOccurrences("measure:dining.dine-in", "metric:cases.x").replacingOccurrences("measure.amended", "metric.reported") },
      problem: .invalidSubject("metric:cases.x", .metricWithoutScope)),
  ]

  @Test(arguments: bad) func malformedLinesAreReportedPrecisely(_ bad: Bad) {
    let line = bad.edit(Self.sealed)
    guard case .failure(let f) = decode(line) else {
      Issue.record("decoded a bad line")
      return
    }
    #expect(f.problems.contains(bad.problem), "\(f.problems)")
  }

  @Test func syntaxErrorsCarryTheCharacterColumn() {
    guard case .failure(let f) = decode(#"{"seq":1,"id":"中文","type":}"#) else {
      Issue.record("decoded")
      return
    }
    #expect(f.problems == [.invalidJSON(.value)])
    #expect(f.column == 27)
  }
}

extension String {
  func replacingOccurrences(_ a: String, _ b: String) -> String {
    var out = ""
    var rest = Substring(self)
    while let r = rest.range(of: a) {
      out += rest[..<r.lowerBound] + b
      rest = rest[r.upperBound...]
    }
    return out + rest
  }
}
