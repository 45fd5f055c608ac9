/// A command line split into its parts, before any value is interpreted.
public struct ParsedArguments: Sendable, Hashable {
  public var command: String
  public var positionals: [String] = []
  /// Option values by name (without dashes); flags map to "".
  public var options: [String: String] = [:]
  /// Whether `--help` was asked for.
  public var help = false
  /// Set when a command is run again because the event table's cache disagreed with the logs and could not be
  /// removed: it then answers from the logs alone.
  var ignoreCache = false

  public func has(_ option: String) -> Bool { options[option] != nil }
}

/// Splits `timeline` arguments by the command specs. Pure: no I/O, never exits.
///
/// Accepts `--name value` and `--name=value`, `--` to end options, and `-h`/`--help` anywhere. Rejects unknown
/// commands and options (with a "did you mean" when one is within edit distance 3), missing values, values
/// given to flags, and repeated options.
public enum ArgumentParser {
  /// Parses the arguments after the program name.
  /// - Throws: ``UsageError``.
  public static func parse(_ args: [String]) throws(UsageError) -> ParsedArguments {
    guard let first = args.first else { throw UsageError(.missingCommand) }
    if first == "--help" || first == "-h" || first == "help" {
      var p = ParsedArguments(command: args.count > 1 ? args[1] : "")
      p.help = true
      if !p.command.isEmpty, Commands.spec(p.command) == nil {
        throw UsageError(.unknownCommand(p.command, suggestion: suggest(p.command, among: Commands.all.map(\.name))))
      }
      return p
    }
    if first.hasPrefix("-") {
      if first == "--version" { return ParsedArguments(command: "version") }
      throw UsageError(.unknownOption(first, suggestion: nil))
    }
    guard let spec = Commands.spec(first) else {
      throw UsageError(.unknownCommand(first, suggestion: suggest(first, among: Commands.all.map(\.name))))
    }
    var result = ParsedArguments(command: first)
    var i = 1
    var onlyPositionals = false
    while i < args.count {
      let a = args[i]
      i += 1
      if onlyPositionals || !a.hasPrefix("-") || a == "-" {
        result.positionals.append(a)
        continue
      }
      if a == "--" {
        onlyPositionals = true
        continue
      }
      if a == "--help" || a == "-h" {
        result.help = true
        continue
      }
      var name = a.hasPrefix("--") ? String(a.dropFirst(2)) : String(a.dropFirst())
      var inlineValue: String?
      if let eq = name.firstIndex(of: "=") {
        inlineValue = String(name[name.index(after: eq)...])
        name = String(name[..<eq])
      }
      guard a.hasPrefix("--"), let option = spec.options.first(where: { $0.name == name }) else {
        throw UsageError(
          .unknownOption(
            a.split(separator: "=").first.map(String.init) ?? a,
            suggestion: suggest(name, among: spec.options.map(\.name)).map { "--" + $0 }),
          command: spec.name)
      }
      if result.options[name] != nil { throw UsageError(.repeatedOption("--" + name), command: spec.name) }
      if option.valueName == nil {
        if inlineValue != nil { throw UsageError(.flagTakesNoValue(option: "--" + name), command: spec.name) }
        result.options[name] = ""
      } else if let inlineValue {
        result.options[name] = inlineValue
      } else {
        guard i < args.count, !(args[i].hasPrefix("--") && args[i].count > 2) else {
          throw UsageError(.missingValue(option: "--" + name), command: spec.name)
        }
        result.options[name] = args[i]
        i += 1
      }
    }
    if result.help { return result }
    let required = spec.positionals.filter(\.required).count
    if result.positionals.count > spec.positionals.count {
      throw UsageError(.unexpectedArgument(result.positionals[spec.positionals.count]), command: spec.name)
    }
    if result.positionals.count < required {
      throw UsageError(.missingArgument(spec.positionals[result.positionals.count].name), command: spec.name)
    }
    for o in spec.requiredOptions where result.options[o] == nil {
      throw UsageError(.missingOption("--" + o), command: spec.name)
    }
    return result
  }

  /// The closest candidate within edit distance 3, if any.
  public static func suggest(_ word: String, among candidates: [String]) -> String? {
    let scored = candidates.map { ($0, editDistance(word, $0)) }.filter { $0.1 <= 3 && $0.1 < max(word.count, 2) }
    return scored.min { $0.1 < $1.1 }?.0
  }

  /// Levenshtein distance between two strings, by characters (``Swift/String/editDistance(to:)``).
  public static func editDistance(_ a: String, _ b: String) -> Int { a.editDistance(to: b) }
}
