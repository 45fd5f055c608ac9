import Foundation
import Testing

@testable import TimelineKit

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - 1. Help

extension EndToEndTests {
  @Suite struct Help {
    struct Case: CustomTestStringConvertible, Sendable {
      let args: [String]
      var testDescription: String { "timeline " + args.joined(separator: " ") }
    }

    @Test(arguments: [Case(args: ["--help"]), Case(args: ["-h"]), Case(args: ["help"])])
    func overviewGoesToStdoutWithStatus0(_ c: Case) throws {
      let r = try EndToEndTests.runInEmptyDirectory(c.args)
      #expect(r.status == 0)
      #expect(r.err == "")
      #expect(r.out.hasPrefix("timeline: replay, audit and export the rules a city had in force, from append-only event logs.\n\n"))
      #expect(r.out.contains("\nUsage: timeline <command> [options]\n"))
      #expect(r.out.contains("\nExamples:\n"))
      #expect(
        r.out.hasSuffix(
          """
          Run 'timeline <command> --help' for a command's options. Tab completion of commands, options, categories
          and districts: eval "$(timeline completion bash)" (or zsh, fish; see 'timeline completion --help').

          """))
      // Every command is listed, in order, at the start of its own line.
      let listed = r.out.split(separator: "\n").compactMap { line -> String? in
        let words = line.split(separator: " ")
        return line.hasPrefix("  ") && !line.hasPrefix("  timeline") ? words.first.map(String.init) : nil
      }
      #expect(listed == EndToEndTests.commandNames)
    }

    @Test(arguments: EndToEndTests.commandNames)
    func everyCommandHasHelpWithUsageAndExamples(_ name: String) throws {
      let cwd = try EndToEndTests.emptyDirectory()
      defer { try? FileManager.default.removeItem(atPath: cwd) }
      let r = EndToEndTests.run([name, "--help"], cwd: cwd)
      #expect(r.status == 0)
      #expect(r.err == "")
      #expect(r.out.contains("\nUsage: timeline \(name)"))
      #expect(r.out.contains("\nOptions:\n"))
      #expect(r.out.contains("\n  -h, --help "))
      #expect(r.out.contains("\nExamples:\n  timeline \(name)"))
      // `help NAME`, `NAME -h` and `NAME --help` print the same text.
      #expect(EndToEndTests.run(["help", name], cwd: cwd).out == r.out)
      #expect(EndToEndTests.run([name, "-h"], cwd: cwd).out == r.out)
    }

    @Test func stateHelpIsExact() throws {
      let r = try EndToEndTests.runInEmptyDirectory(["state", "--help"])
      #expect(r.status == 0)
      #expect(r.err == "")
      #expect(
        r.out == """
          Show everything in force at a moment: zones, measures, latest figures, testing rounds.

          \(EndToEndTests.UsageLine.state)

          Rules (measures, zones, testing rounds) are in force when a briefing stated them within --stale-after of T,
          or when their text gives a scheduled end still ahead; otherwise they are listed apart as unconfirmed.
          Figures are listed apart: the latest of each metric, with the moment it is as of and its age.

          Options:
            --at T                  valid time: the moment to show; a time: 2022-01-08T13:00+08:00, local 2022-01-08T13:00 (+08:00), or a date 2022-01-08 (its 00:00)
            --known-at K            transaction time: only what had been published by K (default: everything known)
            --district D            only what applied in district D (key like erqi, or its Chinese name 二七区)
            --category C            only subjects of category C (dining, transport, zones, cases, testing, ...)
            --kind KIND             only subjects of one kind: measure, zone, metric or testing
            --stale-after DURATION  a rule not stated for longer than this before T (and with no scheduled end) is shown as unconfirmed; 14d (default), 30d, 2w, 36h
            --confirmed-only        leave out what is unconfirmed (rules and figures older than --stale-after)
            --format FORMAT         table (default: fitted to the terminal), records (one block per row), csv or json
            --wide                  show every column of the table uncut, however wide (as when piped)
            --no-pager              on a terminal, print everything at once instead of through $PAGER (less -FRSX)
            --events DIR            the events directory (default: events)
            -h, --help              show this help

          Examples:
            timeline state --at 2022-01-10T12:00
            timeline state --at 2022-01-10T12:00 --known-at 2022-01-08 --district erqi
            timeline state --at 2022-11-27T10:00 --category movement --format csv
            timeline state --at 2022-06-01 --kind measure --stale-after 30d
            timeline state --at 2022-01-12 --confirmed-only --kind zone

          """)
    }

    @Test func helpWinsOverMissingRequiredArguments() throws {
      // `--help` anywhere shows help, even when the command line would otherwise be incomplete.
      let cwd = try EndToEndTests.emptyDirectory()
      defer { try? FileManager.default.removeItem(atPath: cwd) }
      for args in [["state", "--help"], ["history", "--help"], ["append", "-h"], ["export", "--help"]] {
        let r = EndToEndTests.run(args, cwd: cwd)
        #expect(r.status == 0, "\(args)")
        #expect(r.err == "", "\(args)")
        #expect(r.out.contains("Usage: timeline \(args[0])"), "\(args)")
      }
    }

    /// On a terminal the help fits its width: at 60 and 80 columns no line is wider, option descriptions wrap
    /// under their column, and a long example continues with ` \` so it can still be pasted.
    @Test(arguments: [60, 80])
    func helpFitsTheTerminal(width: Int) throws {
      for name in EndToEndTests.commandNames {
        let text = HelpText.command(try #require(Commands.spec(name)), width: width)
        for line in text.split(separator: "\n") {
          #expect(DisplayWidth.width(of: line) <= width, "\(name) at \(width): \(line)")
        }
      }
      let export = HelpText.command(try #require(Commands.spec("export")), width: 80)
      #expect(export.contains("\n  --in-force-only         daily: only rows for subjects in force that day\n                          (default:"))
      #expect(export.contains("--bom --crlf \\\n      --output daily.csv\n"))
      // Through a pipe nothing is wrapped: the lines are as written.
      #expect(HelpText.command(try #require(Commands.spec("export"))).contains("--bom --crlf --output daily.csv\n"))
    }
  }
}
