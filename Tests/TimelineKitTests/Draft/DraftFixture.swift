import Foundation
import Testing

@testable import TimelineKit

/// Shared by the drafting tests: the repository's events/ (read only) and a drafter over made-up notice text.
enum DraftFixture {
  static let eventsDirectory: String = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
      url.deleteLastPathComponent()
    }
    return url.appendingPathComponent("events").path
  }()

  static func catalogue() throws -> Catalogue { try Catalogue.load(path: eventsDirectory + "/catalogue.json") }

  /// Drafts made-up text published at 2022-06-04 20:00 (unless told).
  static func draft(_ text: String, published: String = "2022-06-04T20:00+08:00", known: Set<String> = []) throws -> DraftResult {
    Drafter(catalogue: try catalogue(), knownSubjects: known).draft(text: text, source: "made-up", published: try! Timestamp.parse(published))
  }

  static func guessed(_ d: Draft) -> [String] { d.review?["guessed"]?.arrayValue?.compactMap(\.stringValue) ?? [] }
}

// The drafting tests' shorthands, one copy for every file (each file had its own private one).

/// ``DraftFixture/draft(_:published:known:)``.
func draft(_ text: String, published: String = "2022-06-04T20:00+08:00", known: Set<String> = []) throws -> DraftResult {
  try DraftFixture.draft(text, published: published, known: known)
}

/// The drafts of made-up text that are about measures.
func measures(_ text: String) throws -> [Draft] {
  try draft(text).drafts.filter { $0.subject.kind == .measure }
}

/// What a draft says it had to guess.
func guessed(_ d: Draft) -> [String] { DraftFixture.guessed(d) }

/// Expects made-up text to draft exactly one measure, of `type` (the drafts' types are shown when it does not).
func expectOneMeasure(_ text: String, _ type: EventType, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
  let d = try measures(text)
  #expect(d.count == 1 && d[0].type == type, "\(d.map(\.type))", sourceLocation: sourceLocation)
}

/// Each draft's effective and until, as "effective until" (or "-").
func spans(_ d: [Draft]) -> [String] {
  d.map { "\($0.interval.effective.iso8601) \($0.interval.until?.iso8601 ?? "-")" }
}
