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
