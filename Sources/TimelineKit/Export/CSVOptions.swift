/// Settings that control how a `CSVWriter` lays out its output bytes.
///
/// The defaults produce plain RFC 4180 CSV with LF record endings, no byte order mark and
/// formula neutralisation switched on.
public struct CSVOptions: Sendable, Hashable {
  /// The byte sequence that ends every record.
  public enum LineEnding: Sendable, Hashable {
    /// A single line feed (`\n`, 0x0A).
    case lf
    /// Carriage return then line feed (`\r\n`, 0x0D 0x0A), as RFC 4180 prescribes.
    case crlf
  }

  /// The sequence written after every record, the last one and the header included. Defaults to `.lf`.
  public var lineEnding: LineEnding
  /// Whether the UTF-8 byte order mark (EF BB BF) is written once at the very start. Defaults to `false`.
  ///
  /// Turn it on for files meant to be opened by spreadsheet programs that otherwise guess a legacy encoding.
  public var byteOrderMark: Bool
  /// Whether text cells that a spreadsheet could run as a formula are prefixed with an apostrophe.
  /// Defaults to `true`.
  ///
  /// See `CSVWriter.escape(_:neutraliseFormulas:)` for the exact rule; `CSVField.number` cells are exempt.
  public var neutraliseFormulas: Bool

  /// Creates options for a `CSVWriter`.
  ///
  /// - Parameters:
  ///   - lineEnding: The record terminator. Defaults to `.lf`.
  ///   - byteOrderMark: Whether to start the output with EF BB BF. Defaults to `false`.
  ///   - neutraliseFormulas: Whether to neutralise formula-like text cells. Defaults to `true`.
  public init(lineEnding: LineEnding = .lf, byteOrderMark: Bool = false, neutraliseFormulas: Bool = true) {
    self.lineEnding = lineEnding
    self.byteOrderMark = byteOrderMark
    self.neutraliseFormulas = neutraliseFormulas
  }
}
