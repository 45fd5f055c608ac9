/// Builds RFC 4180 CSV as UTF-8 bytes, one record at a time.
///
/// Output rules:
/// - Fields are separated by a comma. A field containing a comma, a semicolon, a double quote, CR or LF
///   is enclosed in double quotes, and each double quote inside it is doubled (`b"bb` becomes `"b""bb"`).
///   The semicolon is quoted because spreadsheets in many locales split on it: unquoted, `x;=1+1` would
///   open as a cell `x` and a cell `=1+1`, a formula that escaped the neutralisation below.
///   Other fields, including ones with leading or trailing spaces, are written as they are.
/// - Every record, the header and the last record included, ends with `CSVOptions.lineEnding`.
/// - With `CSVOptions.byteOrderMark` the bytes EF BB BF are written once, at the very start.
/// - Formula neutralisation (OWASP "CSV injection"): with `CSVOptions.neutraliseFormulas` on, a
///   *text* cell whose first character is `=`, `+`, `-`, `@`, TAB or CR gets a single `'` prefix,
///   then is quoted if needed, so `=1+1` is written as `'=1+1` and `-5` as `'-5`. Numbers that must
///   stay numeric are passed as `CSVField.number`, which is written verbatim (`-5` stays `-5`) as long
///   as it is a plain numeric literal. `writeRow(_:)` with `[String]` treats every cell as text.
/// - A record with a single empty field (or no fields at all) is written as `""`, since an empty
///   line would be read back as no record by many readers.
///
/// The writer does not check that records have the same number of fields; that is the caller's job.
///
/// ```swift
/// var csv = CSVWriter(options: CSVOptions(lineEnding: .crlf))
/// csv.writeRow(["district", "delta"])
/// csv.writeRow([.text("二七区"), .number("-5")])
/// // csv.bytes is the UTF-8 of "district,delta\r\n二七区,-5\r\n"
/// ```
public struct CSVWriter: Sendable {
  /// The options this writer was created with.
  public let options: CSVOptions
  /// The UTF-8 output written so far, starting with the byte order mark when it is enabled.
  public private(set) var bytes: [UInt8]
  /// The number of records written so far, header included.
  public private(set) var recordCount: Int
  /// Fields appended to the current record by ``appendField(_:)``, and where that record starts.
  private var fieldsInRow = 0
  private var rowStart = 0

  /// Creates a writer; when `options.byteOrderMark` is set the BOM is written immediately.
  ///
  /// - Parameter options: Line ending, BOM and neutralisation settings. Defaults to `CSVOptions()`
  ///   (LF, no BOM, neutralisation on).
  public init(options: CSVOptions = CSVOptions()) {
    self.options = options
    self.bytes = []
    self.recordCount = 0
    if options.byteOrderMark {
      bytes.append(contentsOf: CSVWriter.byteOrderMark)
    }
  }

  /// Appends one record whose cells are all text.
  ///
  /// Every cell is escaped and, when `options.neutraliseFormulas` is on, neutralised, so a numeric
  /// string like `-5` comes out as `'-5`. Use `writeRow(_:)` with `[CSVField]` for numeric columns.
  ///
  /// - Parameter fields: The cells of the record, in column order.
  /// - Complexity: O(n), where n is the total UTF-8 length of `fields`.
  public mutating func writeRow(_ fields: [String]) {
    for field in fields { appendField(.text(field)) }
    endRow()
  }

  /// Appends one record whose cells say whether they are text or numbers.
  ///
  /// `.text` cells are escaped and neutralised as described on `CSVWriter`; `.number` cells holding
  /// a plain numeric literal are written verbatim and never get the `'` prefix.
  ///
  /// - Parameter fields: The cells of the record, in column order.
  /// - Complexity: O(n), where n is the total UTF-8 length of `fields`.
  public mutating func writeRow(_ fields: [CSVField]) {
    for field in fields { appendField(field) }
    endRow()
  }

  /// Returns the bytes written so far and empties the buffer, for streaming large exports in chunks.
  ///
  /// The byte order mark is not written again; later records simply continue the same document.
  ///
  /// - Returns: Everything accumulated in `bytes` since creation or the previous call.
  public mutating func takeBytes() -> [UInt8] {
    let taken = bytes
    bytes = []
    return taken
  }

  /// Escapes one text field as it would appear between the separators of a record.
  ///
  /// With `neutraliseFormulas`, a field starting with `=`, `+`, `-`, `@`, TAB or CR is first prefixed
  /// with `'`. The result is then enclosed in double quotes, with inner quotes doubled, if it contains
  /// a comma, a semicolon, a double quote, CR or LF. Examples: `b"bb` → `"b""bb"`, `=1+1` → `'=1+1`,
  /// `=A1,B1` → `"'=A1,B1"`, `x;=1+1` → `"x;=1+1"`, and the empty string stays empty.
  ///
  /// - Parameters:
  ///   - field: The raw cell text.
  ///   - neutraliseFormulas: Whether to add the `'` prefix to formula-like text.
  /// - Returns: The field exactly as the writer would emit it for a `.text` cell.
  /// - Complexity: O(n), where n is the UTF-8 length of `field`.
  public static func escape(_ field: String, neutraliseFormulas: Bool) -> String {
    var out: [UInt8] = []
    out.reserveCapacity(field.utf8.count + 3)
    appendText(field, neutralise: neutraliseFormulas, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  // MARK: - Internals

  static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]
  static let comma: UInt8 = 0x2C
  static let semicolon: UInt8 = 0x3B
  static let quote: UInt8 = 0x22
  static let apostrophe: UInt8 = 0x27
  static let carriageReturn: UInt8 = 0x0D
  static let lineFeed: UInt8 = 0x0A

  /// Whether a text field starting with `byte` must be neutralised: `=`, `+`, `-`, `@`, TAB, CR.
  static func isFormulaTrigger(_ byte: UInt8) -> Bool {
    switch byte {
    case 0x3D, 0x2B, 0x2D, 0x40, 0x09, 0x0D: return true
    default: return false
    }
  }

  /// Whether `byte` forces the field to be quoted: comma, semicolon (a separator in many locales), double
  /// quote, CR, LF.
  static func needsQuoting(_ byte: UInt8) -> Bool {
    byte == comma || byte == semicolon || byte == quote || byte == carriageReturn || byte == lineFeed
  }

  /// Appends `field` escaped (and optionally neutralised) to `out`.
  static func appendText(_ field: String, neutralise: Bool, to out: inout [UInt8]) {
    var field = field
    field.withUTF8 { appendText(bytes: $0, neutralise: neutralise, to: &out) }
  }

  /// ``appendText(_:neutralise:to:)`` over the field's UTF-8 bytes.
  static func appendText(bytes utf8: UnsafeBufferPointer<UInt8>, neutralise: Bool, to out: inout [UInt8]) {
    let prefix = neutralise && (utf8.first.map(isFormulaTrigger) ?? false)
    var quoted = false
    for byte in utf8 where needsQuoting(byte) {
      quoted = true
      break
    }
    if quoted { out.append(quote) }
    if prefix { out.append(apostrophe) }
    if quoted {
      for byte in utf8 {
        if byte == quote { out.append(quote) }
        out.append(byte)
      }
      out.append(quote)
    } else {
      out.append(contentsOf: utf8)
    }
  }

  /// Whether `literal` is `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?` in ASCII.
  static func isNumericLiteral(_ literal: String) -> Bool {
    var iterator = literal.utf8.makeIterator()
    var next = iterator.next()
    func isDigit(_ byte: UInt8?) -> Bool { byte.map { $0 >= 0x30 && $0 <= 0x39 } ?? false }
    if next == 0x2B || next == 0x2D { next = iterator.next() }
    var mantissaDigits = 0
    while isDigit(next) {
      mantissaDigits += 1
      next = iterator.next()
    }
    if next == 0x2E {
      next = iterator.next()
      while isDigit(next) {
        mantissaDigits += 1
        next = iterator.next()
      }
    }
    guard mantissaDigits > 0 else { return false }
    if next == 0x45 || next == 0x65 {
      next = iterator.next()
      if next == 0x2B || next == 0x2D { next = iterator.next() }
      var exponentDigits = 0
      while isDigit(next) {
        exponentDigits += 1
        next = iterator.next()
      }
      guard exponentDigits > 0 else { return false }
    }
    return next == nil
  }

  /// Appends one field to the record being written, for streaming large exports without building an array
  /// per row; call ``endRow()`` after the record's last field. Same quoting and neutralisation as ``writeRow(_:)``.
  public mutating func appendField(_ field: CSVField) {
    if fieldsInRow > 0 { bytes.append(CSVWriter.comma) } else { rowStart = bytes.count }
    fieldsInRow += 1
    switch field {
    case .text(let text):
      CSVWriter.appendText(text, neutralise: options.neutraliseFormulas, to: &bytes)
    case .number(let literal):
      if CSVWriter.isNumericLiteral(literal) {
        bytes.append(contentsOf: literal.utf8)
      } else {
        CSVWriter.appendText(literal, neutralise: options.neutraliseFormulas, to: &bytes)
      }
    }
  }

  /// A field encoded once as ``appendField(_:)`` would write it, for cells repeated on many rows
  /// (``appendEncoded(_:)`` then copies the bytes).
  public static func encode(_ field: CSVField, options: CSVOptions) -> [UInt8] {
    var w = CSVWriter(options: CSVOptions(lineEnding: options.lineEnding, byteOrderMark: false, neutraliseFormulas: options.neutraliseFormulas))
    w.appendField(field)
    return w.bytes
  }

  /// Appends a field already encoded by ``encode(_:options:)`` to the record being written.
  public mutating func appendEncoded(_ encoded: [UInt8]) {
    if fieldsInRow > 0 { bytes.append(CSVWriter.comma) } else { rowStart = bytes.count }
    fieldsInRow += 1
    bytes.append(contentsOf: encoded)
  }

  /// Ends the record begun with ``appendField(_:)``; a record of one empty field is written as `""`.
  public mutating func endRow() {
    if fieldsInRow == 0 || (fieldsInRow == 1 && bytes.count == rowStart) {
      appendEmptyRecord()
    } else {
      endRecord()
    }
    fieldsInRow = 0
  }

  private mutating func appendEmptyRecord() {
    bytes.append(CSVWriter.quote)
    bytes.append(CSVWriter.quote)
    endRecord()
  }

  private mutating func endRecord() {
    switch options.lineEnding {
    case .lf:
      bytes.append(CSVWriter.lineFeed)
    case .crlf:
      bytes.append(CSVWriter.carriageReturn)
      bytes.append(CSVWriter.lineFeed)
    }
    recordCount += 1
  }
}
