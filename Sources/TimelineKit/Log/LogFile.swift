#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A log read from disk: its events in order, the digest of each line, and a torn tail if there is one.
///
/// Reading never stops at the first bad line: every line that cannot be decoded becomes a diagnostic, so a
/// person sees all the problems of a log at once.
public struct LogFile: Sendable {
  /// The path as the user will see it in messages (`events/2022-01-08_press-conference-28.jsonl`).
  public let path: String
  /// The file name without `.jsonl`; every event's `source` must equal it.
  public let name: String
  /// The events that decoded, in file order.
  public internal(set) var events: [Event] = []
  /// The 1-based line number of each event in ``events``.
  public internal(set) var lineNumbers: [Int] = []
  /// The SHA-256 of every complete line, in file order (decoded or not), when the reader was asked for it.
  public internal(set) var lineDigests: [SHA256.Digest] = []
  /// Whether each line's bytes are exactly the canonical encoding of its event (same order as ``events``).
  public internal(set) var canonical: [Bool] = []
  /// The number of complete lines (those that end in a newline, decoded or not).
  public internal(set) var lineCount = 0
  /// A partial last line, if the file ends with one.
  public internal(set) var tornTail: TornTail?
  /// Problems found while reading: undecodable lines and the torn tail.
  public internal(set) var diagnostics: [Diagnostic] = []

  /// The bytes at the end of a log that are not a complete line.
  public struct TornTail: Sendable, Hashable {
    /// Where the torn part starts: the length of the log's complete prefix.
    public var offset: Int
    public var byteCount: Int
    public var line: Int
    public var reason: TornReason
  }

  /// The longest line the reader accepts; a longer one is refused rather than buffered.
  public static let maximumLineBytes = 16 << 20

  /// The most lines one log may hold (10,000,000, about 5 GB of events): the reader stops there with one
  /// `tooManyEvents` diagnostic instead of loading the rest, and `append` refuses a batch that would pass it.
  public static let maximumEvents = 10_000_000

  /// The log's name for a path: its file name without `.jsonl`.
  public static func name(ofPath path: String) -> String {
    var file = Substring(path)
    if let slash = file.lastIndex(of: "/") { file = file[file.index(after: slash)...] }
    return String(file.hasSuffix(".jsonl") ? file.dropLast(6) : file)
  }
}

/// Reads logs from bytes.
public enum LogReader {
  /// What to compute while reading.
  public struct Options: Sendable {
    /// Hash each line (needed for the chain: verify and append).
    public var digests = false
    /// Check that each line is in canonical form (verify).
    public var canonicalForm = false
    /// Report an uncommitted append (see ``LogReader``) as a torn tail diagnostic (verify); other readers only
    /// stop before it.
    public var reportUncommitted = false
    /// Stop with a `tooManyEvents` diagnostic after this many lines; ``LogFile/maximumEvents`` unless a test lowers it.
    public var maximumEvents = LogFile.maximumEvents
    public init(digests: Bool = false, canonicalForm: Bool = false, reportUncommitted: Bool = false, maximumEvents: Int = LogFile.maximumEvents) {
      self.digests = digests
      self.canonicalForm = canonicalForm
      self.reportUncommitted = reportUncommitted
      self.maximumEvents = maximumEvents
    }
  }

  /// Reads a log file from disk.
  /// - Throws: ``TimelineError`` when the file cannot be read; problems inside it go to ``LogFile/diagnostics``.
  public static func read(path: String, options: Options = Options()) throws(TimelineError) -> LogFile {
    let bytes = try FileIO.readAll(path)
    return parse(bytes, path: path, options: options)
  }

  /// Parses the bytes of a log.
  /// - Complexity: O(n) in the number of bytes; each byte is scanned once for line ends.
  public static func parse(_ bytes: [UInt8], path: String, options: Options = Options()) -> LogFile {
    var none = NoShortcut()
    return parse(bytes, path: path, options: options, shortcut: &none)
  }

  /// Parses the bytes of a log, offering each complete line to `shortcut` before decoding it; a line the
  /// shortcut takes is counted and hashed but leaves no event, line number or diagnostic in the result.
  static func parse<S: LineShortcut>(_ bytes: [UInt8], path: String, options: Options, shortcut: inout S) -> LogFile {
    var log = LogFile(path: path, name: LogFile.name(ofPath: path))
    bytes.withUnsafeBufferPointer { buf in
      var start = 0
      var lineNo = 0
      var inStep = true  // whether the line before has seq lineNo - 1 (or there is none)
      var intern = EventCodec.SourceIntern()
      var scratch: [UInt8] = []
      while start < buf.count {
        if log.lineCount >= options.maximumEvents {
          log.diagnostics.append(Diagnostic(SourceLocation(file: path, line: lineNo + 1), .tooManyEvents(limit: options.maximumEvents)))
          break
        }
        lineNo += 1
        // An append writes its batch's first byte last (``Appender``): a line that starts with NUL (the unwritten
        // byte) is a batch never committed, so nothing from here on was acknowledged. Every reader stops before
        // it, as before an append in progress; verify reports it; the next append or verify --repair removes it.
        if buf[start] == 0 {
          log.tornTail = .init(offset: start, byteCount: buf.count - start, line: lineNo, reason: .uncommittedAppend)
          if options.reportUncommitted {
            log.diagnostics.append(Diagnostic(SourceLocation(file: path, line: lineNo), .tornTail(.uncommittedAppend, bytes: buf.count - start)))
          }
          break
        }
        let end = LineSplitter.nextNewline(in: buf, from: start)
        guard let end else {
          log.tornTail = .init(offset: start, byteCount: buf.count - start, line: lineNo, reason: .noTrailingNewline)
          log.diagnostics.append(
            Diagnostic(SourceLocation(file: path, line: lineNo), .tornTail(.noTrailingNewline, bytes: buf.count - start)))
          break
        }
        let line = UnsafeBufferPointer(rebasing: buf[start..<end])
        let isLast = end + 1 == buf.count
        log.lineCount += 1
        if options.digests { log.lineDigests.append(SHA256.hash(line)) }
        // The shortcut vouches for seq == line number; that is right only while the line before has seq one less
        // (the chain check compares each seq with its predecessor's), so after a gap every line is decoded.
        if inStep, !line.isEmpty, line.count <= LogFile.maximumLineBytes, options.digests,
          shortcut.take(line, number: lineNo, prev: lineNo == 1 ? .zero : log.lineDigests[lineNo - 2], firstEvent: log.events.first)
        {
          start = end + 1
          continue
        }
        let decoded = log.events.count
        decodeLine(
          line, number: lineNo, isLast: isLast, offset: start, into: &log, options: options, intern: &intern, scratch: &scratch)
        inStep = log.events.count > decoded && log.events[log.events.count - 1].seq == lineNo
        start = end + 1
      }
    }
    return log
  }

  private static func decodeLine(
    _ line: UnsafeBufferPointer<UInt8>, number: Int, isLast: Bool, offset: Int, into log: inout LogFile, options: Options,
    intern: inout EventCodec.SourceIntern, scratch: inout [UInt8]
  ) {
    let location = SourceLocation(file: log.path, line: number)
    if line.isEmpty {
      log.diagnostics.append(Diagnostic(location, .emptyLine))
      return
    }
    if line.count > LogFile.maximumLineBytes {
      log.diagnostics.append(Diagnostic(location, .lineTooLong(bytes: line.count, limit: LogFile.maximumLineBytes)))
      return
    }
    // The fast path tells canonical form while reading when it can; otherwise the event is re-encoded.
    var canonical: Bool?
    let decoded =
      EventCodec.decodeEventFast(line, intern: &intern, canonical: &canonical).map { Result<Event, LineFailure>.success($0) }
      ?? EventCodec.decodeEvent(line)
    switch decoded {
    case .success(let event):
      log.events.append(event)
      log.lineNumbers.append(number)
      if options.canonicalForm { log.canonical.append(canonical ?? EventCodec.isCanonical(line, of: event, scratch: &scratch)) }
    case .failure(let failure):
      if isLast, failure.problems == [.invalidJSON(.moreInput)] {
        log.lineCount -= 1
        if options.digests { log.lineDigests.removeLast() }
        log.tornTail = .init(offset: offset, byteCount: line.count + 1, line: number, reason: .incompleteJSON)
        log.diagnostics.append(Diagnostic(location, .tornTail(.incompleteJSON, bytes: line.count + 1)))
        return
      }
      var loc = location
      loc.column = failure.column
      for p in failure.problems { log.diagnostics.append(Diagnostic(loc, p)) }
    }
  }
}

/// A caller's way to take lines the reader would otherwise decode: verify's fast path (`CleanLineCheck`).
protocol LineShortcut {
  /// Whether the caller takes complete line `number` (not empty, not too long) itself, given the digest of
  /// the line before it (zero for the first) and the first event decoded so far.
  mutating func take(_ line: UnsafeBufferPointer<UInt8>, number: Int, prev: SHA256.Digest, firstEvent: Event?) -> Bool
}

/// Takes no line: the reader decodes every one.
struct NoShortcut: LineShortcut {
  @inline(__always)
  func take(_ line: UnsafeBufferPointer<UInt8>, number: Int, prev: SHA256.Digest, firstEvent: Event?) -> Bool { false }
}

/// Finds line ends in a byte buffer without rescanning.
enum LineSplitter {
  /// The index of the next `\n` at or after `from`, or `nil`.
  @inline(__always)
  static func nextNewline(in buf: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard from < buf.count, let base = buf.baseAddress else { return nil }
    guard let p = memchr(base + from, 0x0A, buf.count - from) else { return nil }
    return base.distance(to: p.assumingMemoryBound(to: UInt8.self))
  }
}
