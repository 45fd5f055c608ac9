import Testing

@testable import TimelineKit

/// The commands that print rows, as a terminal of 80 and 120 columns and as a pipe.
@Suite("Fitted output")
struct FittedOutputTests {
  struct Case: CustomTestStringConvertible, Sendable {
    let args: [String]
    var testDescription: String { "timeline " + args.joined(separator: " ") }
  }

  static let cases = [
    Case(args: ["state", "--at", "2022-01-10T12:00"]),
    Case(args: ["state", "--at", "2022-11-27T10:00", "--district", "zhongyuan"]),
    Case(args: ["diff", "--from", "2022-01-08T11:00", "--to", "2022-01-12T13:00"]),
    Case(args: ["changes"]),
    Case(args: ["subjects"]),
    Case(args: ["districts"]),
    Case(args: ["categories"]),
    Case(args: ["state", "--at", "2022-01-10T12:00", "--format", "records"]),
  ]

  @Test(arguments: cases, [80, 120])
  func noLineIsWiderThanTheTerminal(_ c: Case, _ width: Int) {
    let r = InProcessCLI.run(c.args, width: width)
    #expect(r.status == 0, "\(r.err)")
    #expect(InProcessCLI.widest(r.out) <= width)
    #expect(!r.out.contains("\u{FFFD}"))
  }

  @Test(arguments: cases)
  func aPipeAndWideGetEverythingUncut(_ c: Case) {
    let piped = InProcessCLI.run(c.args, width: nil)
    let wide = InProcessCLI.run(c.args + ["--wide"], width: 80)
    #expect(piped.status == 0)
    #expect(wide.out == piped.out)
    #expect(!piped.out.contains("left out:"))
  }

  @Test func stateAt80LeavesOutColumnsAndSaysHowToSeeThem() {
    let r = InProcessCLI.run(["state", "--at", "2022-01-10T12:00"], width: 80)
    #expect(r.out.contains("\nIn force: 55 rules stated within 14 days or with a scheduled end ahead\n"))
    #expect(r.out.contains("left out: "))
    #expect(r.out.contains("--wide or\n--format records\n") || r.out.contains("--wide or --format records\n"))
    #expect(r.out.contains("\nsubject "))
    #expect(r.out.contains("…"))
  }
}

/// `subjects`, `districts` and `categories`: what there is to ask about.
@Suite("Catalogue commands")
struct CatalogueCommandsTests {
  @Test func subjectsOfACategoryWithLabelsAndCounts() {
    let r = InProcessCLI.run(["subjects", "--category", "dining"])
    #expect(r.status == 0)
    #expect(
      r.out == """
        1 subject, category dining, 3 events

        subject                 kind     category  名称  name             events
        ----------------------  -------  --------  ----  ---------------  ------
        measure:dining.dine-in  measure  dining    堂食  Dine-in service       3

        """)
  }

  @Test func subjectsMatchKeysAndBothLabels() {
    for match in ["dine-in", "堂食", "Dine-In"] {
      let r = InProcessCLI.run(["subjects", match])
      #expect(r.out.contains("measure:dining.dine-in"), "\(match)")
    }
    let json = InProcessCLI.run(["subjects", "--kind", "zone", "--format", "json"])
    #expect(json.out.hasPrefix("{\"subject\":\"zone:"))
  }

  @Test func aMistypedCategoryStillSuggestsTheNearMiss() {
    let r = InProcessCLI.run(["subjects", "--category", "dinning"])
    #expect(r.status == 64)
    #expect(r.err.contains("did you mean 'dining'?"))
  }

  @Test func districtsListKeysLabelsAndCounts() {
    let r = InProcessCLI.run(["districts", "--format", "csv"])
    #expect(r.status == 0)
    #expect(
      r.out.hasPrefix("district,label_zh,label_en,kind,subjects,events\r\n") || r.out.hasPrefix("district,label_zh,label_en,kind,subjects,events\n"))
    #expect(r.out.contains("erqi,二七区,Erqi District,district,"))
  }

  @Test func categoriesCountSubjectsAndEvents() {
    let r = InProcessCLI.run(["categories"])
    #expect(r.out.hasPrefix("15 categories\n\n"))
    #expect(r.out.contains("\ndining       measure                        1       3\n"))
  }
}
