/// One cell of a CSV record, tagged with how the writer must treat it.
///
/// Text cells are escaped and, when `CSVOptions.neutraliseFormulas` is on, neutralised against
/// spreadsheet formula injection. Number cells are written verbatim so that a value such as `-5`
/// stays a number in a spreadsheet instead of becoming the text `'-5`.
public enum CSVField: Sendable, Hashable {
  /// Free text: quoted when needed and, if enabled, prefixed with `'` when it starts with `= + - @`, TAB or CR.
  case text(String)
  /// A numeric literal such as `42`, `-5`, `+3.25`, `.5` or `-1.5e-3`, written verbatim and never neutralised.
  ///
  /// Only strings matching `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?` (ASCII digits,
  /// no spaces, no thousands separators) qualify. Anything else, for example `-inf`, `1,000` or
  /// `-1+cmd|' /C calc'!A0`, is written exactly as `.text` would be, so this case can never be used to
  /// smuggle a formula past the neutralisation.
  case number(String)

  /// Creates a number cell from an integer value.
  ///
  /// - Parameter value: The integer to write; its decimal representation always qualifies as a number.
  /// - Returns: `.number` holding the decimal digits of `value`.
  public static func integer(_ value: some BinaryInteger) -> CSVField {
    .number(String(value))
  }
}
