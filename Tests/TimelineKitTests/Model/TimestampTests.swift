import Testing

@testable import TimelineKit

@Suite struct TimestampTests {
  @Test func parsesAndPrintsCanonically() throws {
    let t = try Timestamp.parse("2022-01-08T12:00+08:00")
    #expect(t.iso8601 == "2022-01-08T12:00+08:00")
    #expect(t.epochSeconds == 1_641_614_400)
    #expect(try Timestamp.parse("2022-01-08T12:00:30+08:00").iso8601 == "2022-01-08T12:00:30+08:00")
    #expect(try Timestamp.parse("2022-01-08T04:00Z").epochSeconds == t.epochSeconds)
    #expect(try Timestamp.parse("2022-01-08T04:00Z").iso8601 == "2022-01-08T04:00+00:00")
    #expect(try Timestamp.parse("2022-01-08T12:00:00+08:00").iso8601 == "2022-01-08T12:00+08:00")
  }

  struct Bad: CustomTestStringConvertible, Sendable {
    let text: String
    let error: TimestampError
    var testDescription: String { text }
  }

  @Test(arguments: [
    Bad(text: "2022-01-08T12:00", error: .missingOffset),
    Bad(text: "2022-01-08", error: .malformed),
    Bad(text: "yesterday", error: .malformed),
    Bad(text: "2022-13-01T00:00+08:00", error: .outOfRange(field: "month")),
    Bad(text: "2022-02-29T00:00+08:00", error: .outOfRange(field: "day")),
    Bad(text: "2022-01-08T24:00+08:00", error: .outOfRange(field: "hour")),
    Bad(text: "2022-01-08T12:60+08:00", error: .outOfRange(field: "minute")),
    Bad(text: "2022-01-08T12:00+19:00", error: .outOfRange(field: "offset")),
    Bad(text: "2022-01-08T12:00:00.5+08:00", error: .malformed),
    Bad(text: "2022-01-08 12:00+08:00", error: .malformed),
    Bad(text: "２０２２-01-08T12:00+08:00", error: .malformed),
  ])
  func rejectsInLogs(_ bad: Bad) {
    #expect(throws: bad.error) { try Timestamp.parse(bad.text) }
  }

  @Test func userInputAcceptsLocalTimesAndDatesInTheCity() throws {
    #expect(try Timestamp.parseUserInput("2022-01-10T12:00").iso8601 == "2022-01-10T12:00+08:00")
    #expect(try Timestamp.parseUserInput("2022-01-10").iso8601 == "2022-01-10T00:00+08:00")
    #expect(try Timestamp.parseUserInput("2022-01-10T12:00Z").cityTime.iso8601 == "2022-01-10T20:00+08:00")
    #expect(throws: TimestampError.malformed) { try Timestamp.parseUserInput("10 Jan 2022") }
    #expect(throws: TimestampError.outOfRange(field: "day")) { try Timestamp.parseUserInput("2022-02-30") }
  }

  @Test func leapYearsAndCalendarRoundTrip() throws {
    #expect(Timestamp(year: 2020, month: 2, day: 29) != nil)
    #expect(Timestamp(year: 1900, month: 2, day: 29) == nil)
    #expect(Timestamp(year: 2000, month: 2, day: 29) != nil)
    var t = Timestamp(year: 1969, month: 12, day: 31, hour: 23)!
    for _ in 0..<2000 {
      #expect(try Timestamp.parse(t.iso8601) == t)
      t = t.adding(seconds: 86_400 * 17 + 3_601)
    }
  }
}
