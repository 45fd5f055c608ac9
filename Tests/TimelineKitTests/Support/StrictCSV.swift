// A strict RFC 4180 reader, the one test oracle for every CSV the engine writes. Standard library only: the JSON
// fuzz target (tools/fuzz, built by tools/hardening.sh) compiles this same file.

/// Reads CSV strictly: quoted fields must close, a quote inside a quoted field must be doubled, no quote may stand
/// in an unquoted field, nothing may follow a closing quote but a comma or the line ending, and every record (the
/// last included) ends with `\n` (or `\r\n` when `crlf`). Returns `nil` on any deviation.
func readStrictCSV(_ b: [UInt8], crlf: Bool) -> [[String]]? {
  var records: [[String]] = []
  var record: [String] = []
  var i = 0
  while i < b.count {
    var cell: [UInt8] = []
    if b[i] == 0x22 {
      i += 1
      while true {
        guard i < b.count else { return nil }
        if b[i] == 0x22 {
          if i + 1 < b.count, b[i + 1] == 0x22 {
            cell.append(0x22)
            i += 2
            continue
          }
          i += 1
          break
        }
        cell.append(b[i])
        i += 1
      }
    } else {
      while i < b.count, b[i] != 0x2C, b[i] != 0x0A, b[i] != 0x0D {
        if b[i] == 0x22 { return nil }
        cell.append(b[i])
        i += 1
      }
    }
    record.append(String(decoding: cell, as: UTF8.self))
    guard i < b.count else { return nil }
    if b[i] == 0x2C {
      i += 1
      continue
    }
    if crlf {
      guard b[i] == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A else { return nil }
      i += 2
    } else {
      guard b[i] == 0x0A else { return nil }
      i += 1
    }
    records.append(record)
    record = []
  }
  return record.isEmpty ? records : nil
}
