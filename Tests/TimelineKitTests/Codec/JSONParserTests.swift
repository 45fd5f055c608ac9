import Testing

@testable import TimelineKit

@Suite struct JSONParserTests {
  @Test(arguments: [
    #"{}"#, #"[]"#, #"{"a":[1,-2.5e3,true,false,null,"x"]}"#, #" { "a" : 1 } "#, #""\u00e9\ud83d\ude00""#, #"0"#, #"-0.0"#,
    #"{"k":"\"\\\/\b\f\n\r\t"}"#,
  ])
  func acceptsValidJSON(_ text: String) throws {
    _ = try JSONParser.parse(text)
  }

  struct Bad: CustomTestStringConvertible, Sendable {
    let text: String
    let offset: Int
    let expected: JSONSyntaxError.Expected
    var testDescription: String { text }
  }

  @Test(arguments: [
    Bad(text: #"{"a":1,}"#, offset: 7, expected: .objectKey),
    Bad(text: #"{'a':1}"#, offset: 1, expected: .objectKey),
    Bad(text: #"{"a":01}"#, offset: 6, expected: .commaOrEndOfObject),
    Bad(text: #"{"a":1"#, offset: 6, expected: .moreInput),
    Bad(text: #"{"a":"x"#, offset: 7, expected: .moreInput),
    Bad(text: "{\"a\":\"x\ny\"}", offset: 7, expected: .escapedControlCharacter),
    Bad(text: #"{"a":"\x"}"#, offset: 6, expected: .validEscape),
    Bad(text: #"{"a":"\ud800"}"#, offset: 12, expected: .lowSurrogate),
    Bad(text: #"{"a":1,"a":2}"#, offset: 7, expected: .uniqueKey("a")),
    Bad(text: #"{"a":1} x"#, offset: 8, expected: .endOfInput),
    Bad(text: #"{"a":tru}"#, offset: 5, expected: .value),
    Bad(text: #"[1.]"#, offset: 3, expected: .digit),
  ])
  func rejectsInvalidJSONAtTheRightOffset(_ bad: Bad) {
    #expect(throws: JSONSyntaxError(offset: bad.offset, expected: bad.expected)) { try JSONParser.parse(bad.text) }
  }

  @Test func rejectsInvalidUTF8AndDeepNesting() {
    let invalid: [UInt8] = Array(#"{"a":""#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)
    #expect(throws: JSONSyntaxError(offset: 6, expected: .validUTF8)) { try JSONParser.parse(invalid) }
    let deep = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
    #expect(throws: JSONSyntaxError(offset: 64, expected: .shallowerNesting)) { try JSONParser.parse(deep) }
  }

  @Test func writerEscapesOnlyWhatItMustAndKeepsNumbersLiteral() throws {
    let v = try JSONParser.parse(#"{"z":1176.4887,"a":"引号\"反斜杠\\ 换行\n \u0001 \u2028 /","m":[1e3,-0]}"#)
    #expect(JSONWriter.string(v) == #"{"a":"引号\"反斜杠\\ 换行\n \u0001 "# + "\u{2028}" + #" /","m":[1e3,-0],"z":1176.4887}"#)
    #expect(try JSONParser.parse(JSONWriter.string(v)) == v)
  }
}
