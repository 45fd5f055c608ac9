/// Progress on standard error for long runs, only when it is a terminal (never in pipes, files or CI logs).
enum Progress {
  /// A callback that redraws `label: done/total` in place once the work has run for a second (quick runs
  /// print nothing), or `nil` when standard error is not a terminal.
  /// - Parameter start: when the command began (default: now), so that a step begun after a slow one reports at once.
  static func reporter(_ label: String, io: CommandIO, since start: ContinuousClock.Instant = .now) -> (@Sendable (Int, Int) -> Void)? {
    guard io.stderrIsTerminal else { return nil }
    return { done, total in
      // Redraw about a hundred times in all, so printing never costs more than the work.
      guard total < 100 || done == total || done % max(1, total / 100) == 0 else { return }
      guard ContinuousClock.now - start > .seconds(1) else { return }
      io.errControl("\r" + TerminalText.neutralised(label) + ": \(done)/\(total)")
    }
  }

  /// Says what a command is doing (`label…`) in place, for a step that counts nothing, once the command has run
  /// for a second since `start`; ``finish(io:)`` clears it.
  static func phase(_ label: String, since start: ContinuousClock.Instant, io: CommandIO) {
    guard io.stderrIsTerminal, ContinuousClock.now - start > .seconds(1) else { return }
    io.errControl("\r\u{1B}[K" + TerminalText.neutralised(label) + "…")
  }

  /// Clears the progress line.
  static func finish(io: CommandIO) {
    if io.stderrIsTerminal { io.errControl("\r\u{1B}[K") }
  }
}
