// Fuzz target (e): the briefing drafter (Drafter.draft, the engine of `timeline draft`).
//
// The input is a briefing text (bytes read as UTF-8, invalid sequences replaced). The drafter must never crash,
// every draft's quote must occur in the text (as append will check), and every draft must encode (encodeDraft) to a
// line that decodeDraft reads back as the same draft.
#if canImport(Glibc)
  import Glibc
#endif

enum DraftFuzzSetup {
  static let catalogue: Catalogue = {
    let dir = getenv("TIMELINE_FUZZ_EVENTS").map { String(cString: $0) } ?? FileIO.canonicalPath("events")
    do { return try Catalogue.load(path: dir + "/catalogue.json") } catch { fuzzFail("cannot load \(dir)/catalogue.json: \(error)") }
  }()
  static let published = Timestamp(year: 2022, month: 1, day: 8)!
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDrafter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = fuzzBytes(data, size)
  let text = String(decoding: bytes, as: UTF8.self)
  let result = Drafter(catalogue: DraftFuzzSetup.catalogue).draft(text: text, source: "fuzz-briefing", published: DraftFuzzSetup.published)
  let source = SourceText(Array(text.utf8))
  for (k, d) in result.drafts.enumerated() {
    if !source.contains(quote: d.quote) { fuzzFail("draft \(k) (\(d.id)) quotes text that is not in the source: \(d.quote.debugDescription)") }
    let line = EventCodec.encodeDraft(d)
    let back = line.withUnsafeBufferPointer { EventCodec.decodeDraft($0) }
    switch back {
    case .success(let again): if again != d { fuzzFail("draft \(k) (\(d.id)) does not read back as itself") }
    case .failure(let f):
      let at = max(0, (f.column ?? 1) - 60)
      let around = String(String(decoding: line, as: UTF8.self).unicodeScalars.dropFirst(at).prefix(120))
      fuzzFail("draft \(k) (\(d.id)) does not read back: \(f.problems) at column \(f.column ?? 0): …\(around)…")
    }
  }
  return 0
}
