import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

// MARK: - 6. The real data in events/ (read-only)

extension EndToEndTests {
  @Suite struct OnRealData {
    static var root: String { EndToEndTests.packageRoot }

    @Test func verifyChecksTheFiveLogs() throws {
      let logs = try FileManager.default.contentsOfDirectory(atPath: Self.root + "/events").filter { $0.hasSuffix(".jsonl") }.sorted()
      #expect(logs.count == 5)
      let r = EndToEndTests.run(["verify"], cwd: Self.root)
      #expect(r.status == 0, "\(r.err)")
      #expect(r.err == "")
      var lines = r.out.split(separator: "\n").map(String.init)
      let summary = lines.popLast() ?? ""
      // The bundled checkpoint is checked too (the latest in events/checkpoints/).
      let checkpoint = lines.popLast() ?? ""
      #expect(checkpoint == "checkpoint 0001.txt: 5 logs, 222 events, 6 files: all still as recorded")
      #expect(lines.count == logs.count)
      var total = 0
      for (line, name) in zip(lines, logs) {
        // events/NAME.jsonl: N events, seq 1-N, chain ok, quotes ok
        let prefix = "events/\(name): "
        #expect(line.hasPrefix(prefix), "\(line)")
        let rest = line.dropFirst(prefix.count)
        let n = Int(rest.prefix { $0.isNumber }) ?? -1
        #expect(n > 0)
        #expect(rest == "\(n) events, seq 1-\(n), chain ok, quotes ok")
        total += n
      }
      #expect(summary == "verified 5 logs, \(total) events: no problems")
    }

    /// The state rows of `--format csv` as dictionaries by header.
    static func stateRows(_ at: String, category: String) throws -> (header: [String], rows: [[String: String]]) {
      let r = EndToEndTests.run(["state", "--at", at, "--category", category, "--format", "csv"], cwd: root)
      #expect(r.status == 0, "\(r.err)")
      #expect(r.err == "")
      let table = EndToEndTests.parseCSV(r.out)
      let header = try #require(table.first)
      #expect(table.dropFirst().allSatisfy { $0.count == header.count }, "every row has as many fields as the header")
      let rows = table.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
      return (header, rows)
    }

    @Test func dineInAt13IsTheCitywideSuspensionOfPressConference29() throws {
      let (header, rows) = try Self.stateRows("2022-01-08T13:00", category: "dining")
      #expect(Array(header.prefix(4)) == ["at", "known_at", "category", "subject"])
      let dineIn = rows.filter { $0["subject"] == "measure:dining.dine-in" }
      #expect(dineIn.count == 1)
      let row = try #require(dineIn.first)
      #expect(row["event_id"] == "pc29-036")
      #expect(row["at"] == "2022-01-08T13:00+08:00")
      #expect(row["category"] == "dining")
      #expect(row["effective"] == "2022-01-08T12:00+08:00")
      #expect(row["state_en"]?.hasPrefix("All dine-in service at restaurants across the city is suspended") == true, "\(row)")
      #expect(row["params_json"]?.contains(#""dine_in":"suspended""#) == true, "\(row)")
      #expect(row["quote"]?.contains("全市餐饮场所暂停堂食") == true)
      #expect(rows.allSatisfy { $0["category"] == "dining" })
    }

    @Test func dineInAt11IsStillTheZoneBanOfPressConference28() throws {
      let (_, rows) = try Self.stateRows("2022-01-08T11:00", category: "dining")
      let row = try #require(rows.first { $0["subject"] == "measure:dining.dine-in" })
      #expect(row["event_id"] == "pc28-036")
      #expect(row["effective"] == "2022-01-08T00:00+08:00")
      #expect(row["state_en"]?.contains("No dine-in at restaurants inside sealed, controlled and precaution zones") == true, "\(row)")
      #expect(row["params_json"]?.contains(#""load_cap_pct":50"#) == true)
    }

    @Test func historyOfDineInByItsChineseName() throws {
      let r = EndToEndTests.run(["history", "堂食"], cwd: Self.root)
      #expect(r.status == 0, "\(r.err)")
      #expect(r.err == "")
      #expect(r.out.hasPrefix("History of measure:dining.dine-in  堂食 / Dine-in service: 3 events\n\n"))
      let ids = r.out.split(separator: "\n").filter { !$0.hasPrefix(" ") }.compactMap { line in
        line.split(separator: " ").last.map(String.init)
      }.filter { $0.contains("-0") }
      #expect(ids == ["pc28-036", "pc29-036", "pc34-029"])
      #expect(r.out.contains("2022-01-08 12:00 →   measure.amended   pc29-036\n"))
    }

    @Test func anAmbiguousSubjectListsTheCandidates() throws {
      let r = EndToEndTests.run(["history", "zone"], cwd: Self.root)
      #expect(r.status == 1)
      #expect(r.out == "")
      let lines = r.err.split(separator: "\n").map(String.init)
      let first = try #require(lines.first)
      let candidates = lines.dropFirst()
      #expect(first == #""zone" matches \#(candidates.count) subjects; name one of:"#)
      #expect(candidates.count >= 2)
      #expect(candidates.allSatisfy { $0.hasPrefix("  ") })
      #expect(candidates.contains { $0.hasPrefix("  zone:erqi/") })
      #expect(candidates.contains { $0.hasPrefix("  metric:zones.sealed.count@city  (封控区数") })
    }

    @Test func aMistypedCategoryIsAUsageErrorListingEachCategoryOnce() throws {
      let r = EndToEndTests.run(["state", "--at", "2022-01-10", "--category", "dinning"], cwd: Self.root)
      #expect(r.status == 64)
      #expect(r.out == "")
      let first = r.err.split(separator: "\n").first.map(String.init) ?? ""
      #expect(first.hasPrefix("Error: invalid value 'dinning' for '--category': expected one of "))
      #expect(first.hasSuffix("; did you mean 'dining'?"))
      let list =
        first.dropFirst("Error: invalid value 'dinning' for '--category': expected one of ".count)
        .split(separator: ";").first.map { $0.components(separatedBy: ", ") } ?? []
      #expect(list.contains("dining") && list.contains("zones"))
      #expect(list.count == Set(list).count, "each category once: \(list)")
    }

    @Test func exportIndicatorsForEveryDistrict() throws {
      let r = EndToEndTests.run(
        ["export", "indicators", "--from", "2022-11-26", "--to", "2022-11-26", "--district", "all", "--columns", "date,area,C6,C6_flag,C6_events"],
        cwd: Self.root)
      #expect(r.status == 0, "\(r.err)")
      let table = EndToEndTests.parseCSV(r.out)
      #expect(table.first == ["date", "area", "C6", "C6_flag", "C6_events"])
      #expect(table.count == 17, "one row for each of the 16 districts and counties")
      #expect(table.contains(["2022-11-26", "zhongyuan", "2", "general", "pc35-010"]))
      #expect(table.contains(["2022-11-26", "shangjie", "", "", ""]))
    }

    @Test func exportStateWithBOMAndCRLFToAFile() throws {
      let dir = try EndToEndTests.emptyDirectory()
      defer { try? FileManager.default.removeItem(atPath: dir) }
      let file = dir + "/state.csv"
      let r = EndToEndTests.run(["export", "state", "--at", "2022-01-10T12:00", "--bom", "--crlf", "--output", file], cwd: Self.root)
      #expect(r.status == 0, "\(r.err)")
      #expect(r.out == "")
      let bytes = try EndToEndTests.bytes(file)
      #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
      #expect(String(decoding: bytes.dropFirst(3).prefix(29), as: UTF8.self) == "at,known_at,category,subject,")
      #expect(bytes.suffix(2) == [0x0D, 0x0A])
      let bareLF = bytes.indices.filter { bytes[$0] == 0x0A && ($0 == 0 || bytes[$0 - 1] != 0x0D) }
      #expect(bareLF.isEmpty, "every line ends in CRLF")
      let table = EndToEndTests.parseCSV(String(decoding: bytes.dropFirst(3), as: UTF8.self))
      #expect(table.count > 1)
      #expect(r.err == "wrote \(table.count - 1) rows to \(file)\n")
      #expect(table.dropFirst().contains { $0.contains("measure:dining.dine-in") && $0.contains("pc29-036") })
    }
  }
}
