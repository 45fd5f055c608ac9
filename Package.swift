// swift-tools-version:6.0
import PackageDescription

// TIMELINE_INTERNAL_CHECKS: compiles the `checkInvariants()` bodies of indexes and projections
// (full preconditions). On in debug builds (so `swift test` runs them), off in release builds.
let internalChecks: [SwiftSetting] = [.define("TIMELINE_INTERNAL_CHECKS", .when(configuration: .debug))]

let package = Package(
  name: "timeline",
  products: [
    .executable(name: "timeline", targets: ["timeline"]),
    .library(name: "TimelineKit", targets: ["TimelineKit"]),
  ],
  targets: [
    // The engine: parsing, the log, integrity, projections, export. Never prints, never exits.
    .target(name: "TimelineKit", swiftSettings: internalChecks),
    // The command line: argument dispatch and the stdout/stderr writes, nothing else.
    .executableTarget(name: "timeline", dependencies: ["TimelineKit"]),
    // Benchmarks of the building blocks (reader, SHA-256, load); never run by `swift test`.
    .executableTarget(name: "timeline-bench", dependencies: ["TimelineKit"], path: "tools/bench"),
    .testTarget(name: "TimelineKitTests", dependencies: ["TimelineKit"], swiftSettings: internalChecks),
  ]
)
