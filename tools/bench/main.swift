// timeline-bench: measures the engine's building blocks on a directory of logs, with a release build.
// Not part of the test suite. Usage: swift run -c release timeline-bench <reader|sha256|load> DIR
import Dispatch
import Foundation
import TimelineKit

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func logFiles(_ dir: String) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".jsonl") }.sorted().map { dir + "/" + $0 }
}

func median(_ xs: [Double]) -> Double { xs.sorted()[xs.count / 2] }

let args = CommandLine.arguments
guard args.count == 3 else {
  FileHandle.standardError.write("usage: timeline-bench <reader|sha256|load> DIR\n".data(using: .utf8)!)
  exit(64)
}
let dir = args[2]
let files = logFiles(dir)
let contents = files.map { try! Data(contentsOf: URL(fileURLWithPath: $0)) }.map { [UInt8]($0) }
let bytes = contents.reduce(0) { $0 + $1.count }
let mb = Double(bytes) / 1e6

switch args[1] {
case "reader":
  // Parse every line into events, files already in memory: one core, then all cores.
  var events = 0
  var single: [Double] = []
  for _ in 0..<3 {
    let t0 = now()
    events = 0
    for (k, c) in contents.enumerated() { events += LogReader.parse(c, path: files[k]).events.count }
    single.append(now() - t0)
  }
  var parallel: [Double] = []
  for _ in 0..<3 {
    let t0 = now()
    DispatchQueue.concurrentPerform(iterations: contents.count) { k in _ = LogReader.parse(contents[k], path: files[k]).events.count }
    parallel.append(now() - t0)
  }
  let s = median(single)
  let p = median(parallel)
  print(String(format: "reader, 1 core:    %d events, %.1f MB in %.2f s: %.0f MB/s, %.0f events/s", events, mb, s, mb / s, Double(events) / s))
  print(
    String(
      format: "reader, %d cores:   %d events, %.1f MB in %.2f s: %.0f MB/s, %.0f events/s", ProcessInfo.processInfo.activeProcessorCount, events, mb,
      p, mb / p, Double(events) / p))
case "sha256":
  var times: [Double] = []
  for _ in 0..<3 {
    let t0 = now()
    for c in contents { _ = SHA256.hash(c) }
    times.append(now() - t0)
  }
  let s = median(times)
  print(String(format: "sha256, 1 core: %.1f MB in %.2f s: %.0f MB/s", mb, s, mb / s))
case "load":
  let t0 = now()
  let store = try EventStore.load(directory: dir)
  let t1 = now()
  let table = try EventTable.build(directory: dir)
  let t2 = now()
  print(String(format: "load: %d events in %.2f s (read, parse, sort); event table scan %.2f s", store.events.count, t1 - t0, t2 - t1))
  _ = table
default:
  FileHandle.standardError.write("unknown benchmark \(args[1])\n".data(using: .utf8)!)
  exit(64)
}
