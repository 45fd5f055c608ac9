import Foundation
import Testing

@testable import TimelineKit

/// The bash completion script, loaded into a real bash and asked what it completes.
@Suite("Completion")
struct CompletionTests {
  struct Case: CustomTestStringConvertible, Sendable {
    /// The words after `timeline`, the last being the one completed.
    let words: [String]
    let expected: [String]
    var testDescription: String { "timeline " + words.joined(separator: " ") + "<TAB>" }
  }

  static let cases = [
    Case(words: ["st"], expected: ["state"]),
    Case(words: ["c"], expected: ["changes", "categories", "checkpoint", "completion"]),
    Case(words: ["state", "--kn"], expected: ["--known-at"]),
    Case(words: ["state", "--category", "di"], expected: ["dining"]),
    Case(words: ["diff", "--district", "er"], expected: ["erqi"]),
    Case(words: ["changes", "--kind", "m"], expected: ["measure", "metric"]),
    Case(words: ["state", "--format", "r"], expected: ["records"]),
    Case(words: ["render", "--format", ""], expected: ["html", "svg"]),
    Case(words: ["export", "--at", "2022-01-10", "d"], expected: ["daily"]),
    Case(words: ["completion", ""], expected: ["bash", "zsh", "fish"]),
    Case(words: ["state", "--at", ""], expected: []),
  ]

  /// The script made from the real catalogue, in a file bash can source.
  static let scriptPath: String = {
    let r = InProcessCLI.run(["completion", "bash"])
    let path = NSTemporaryDirectory() + "timeline-completion-\(getpid()).bash"
    _ = FileManager.default.createFile(atPath: path, contents: Data(r.out.utf8))
    return path
  }()

  static func complete(_ words: [String]) throws -> [String] {
    let quoted = (["timeline"] + words).map { "'" + $0 + "'" }.joined(separator: " ")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [
      "--norc", "--noprofile", "-c",
      "source \"$1\"; COMP_WORDS=(\(quoted)); COMP_CWORD=\(words.count); _timeline; printf '%s\\n' \"${COMPREPLY[@]}\"; complete -p timeline",
      "bash", scriptPath,
    ]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    #expect(lines.last == "complete -F _timeline timeline")
    return lines.dropLast().filter { !$0.isEmpty }
  }

  @Test(arguments: cases)
  func bashCompletes(_ c: Case) throws {
    #expect(try Self.complete(c.words).sorted() == c.expected.sorted())
  }

  @Test func everyCommandAndOptionOfTheSpecsIsOffered() throws {
    #expect(try Self.complete([""]).sorted() == (Commands.all.map(\.name) + ["--help", "--version"]).sorted())
    for c in Commands.all {
      #expect(try Self.complete([c.name, "--"]).sorted() == (c.options.map { "--" + $0.name } + ["--help"]).sorted(), "\(c.name)")
    }
  }

  @Test func everyDistrictOfTheCatalogueIsOffered() throws {
    let offered = try Self.complete(["state", "--district", ""])
    #expect(offered.contains("erqi") && offered.contains("zhongyuan") && offered.contains("dengfeng"))
  }

  @Test func zshAndFishScriptsComeFromTheSameSpecs() {
    let zsh = InProcessCLI.run(["completion", "zsh"]).out
    #expect(zsh.hasPrefix("#compdef timeline\n"))
    #expect(zsh.contains("bashcompinit") && zsh.contains("complete -F _timeline timeline"))
    let fish = InProcessCLI.run(["completion", "fish"]).out
    #expect(fish.contains("complete -c timeline -n __fish_use_subcommand -a subjects -d "))
    #expect(fish.contains("complete -c timeline -n '__fish_seen_subcommand_from state' -l category -r -a 'transport dining "))
    let bad = InProcessCLI.run(["completion", "tcsh"])
    #expect(bad.status == 64)
    #expect(bad.err.hasPrefix("Error: invalid value 'tcsh' for 'SHELL': expected bash, zsh or fish\n"))
  }
}

/// The manual page, generated from the same specs.
@Suite("Manual page")
struct ManPageTests {
  @Test func everyCommandAndOptionIsInThePage() {
    let page = InProcessCLI.run(["man"], events: nil).out
    #expect(page.hasPrefix(".TH TIMELINE 1 "))
    for c in Commands.all {
      #expect(page.contains(".SS \"\(ManPage.escape(c.name))\"\n"), "\(c.name)")
      for o in c.options { #expect(page.contains("\\fB\\-\\-\(ManPage.escape(o.name))\\fR"), "--\(o.name) of \(c.name)") }
    }
  }

  @Test func groffReadsItWithoutWarnings() throws {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/groff") else { return }
    let page = InProcessCLI.run(["man"], events: nil).out
    let path = NSTemporaryDirectory() + "timeline-\(getpid()).1"
    _ = FileManager.default.createFile(atPath: path, contents: Data(page.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/groff")
    p.arguments = ["-k", "-man", "-Tutf8", "-ww", "-z", path]
    let err = Pipe()
    p.standardError = err
    try p.run()
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0)
    #expect(text == "")
  }
}
