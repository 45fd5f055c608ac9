import Synchronization

/// The drafter's regular expressions, each compiled once per process and then shared.
///
/// The drafter writes its patterns as string literals at the place they are used (so a pattern reads beside
/// the code that interprets its groups). Compiling a pattern string — parsing it, then lowering it to the
/// matcher's program on its first match — took about half of a notice's drafting time when every call
/// compiled afresh; this cache keys the compiled regex by its pattern, so each literal is compiled once.
enum DraftPatterns {
  /// A compiled regex that may be shared between threads.
  ///
  /// `@unchecked Sendable` is safe: a `Regex` is a value whose parsed tree is immutable after `init`, and
  /// the standard library lowers it to its matching program lazily with an atomic compare-and-swap
  /// (`Regex.Program.loweredProgram`), so concurrent first matches at worst both lower it and one result wins.
  private struct Compiled: @unchecked Sendable {
    let regex: Regex<AnyRegexOutput>
  }

  /// Compiled patterns by their source; a pattern that does not compile is not cached (every caller's
  /// literal is exercised by the drafter's tests, so none is expected here).
  private static let compiled = Mutex<[String: Compiled]>([:])

  /// The compiled regex for `pattern`, or nil when the pattern does not compile.
  ///
  /// - Complexity: a hash of the pattern's characters when it has been compiled before; otherwise one
  ///   compilation.
  static func regex(_ pattern: String) -> Regex<AnyRegexOutput>? {
    if let cached = compiled.withLock({ $0[pattern] }) { return cached.regex }
    guard let fresh = try? Regex(pattern) else { return nil }
    compiled.withLock { $0[pattern] = Compiled(regex: fresh) }
    return fresh
  }
}
