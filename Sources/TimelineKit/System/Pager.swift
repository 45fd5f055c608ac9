#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pager for long output on a terminal, as `git log` has: standard output is redirected into `$PAGER` (default
/// `less -FRSX`, which quits at once when everything fits on one screen).
///
/// Only the executable starts one, and only when standard output is a terminal; the library asks for it through
/// ``CommandIO``.
public final class Pager: Sendable {
  /// The pager's process id.
  let pid: pid_t

  init(pid: pid_t) { self.pid = pid }

  /// The command to run: `pagerVariable` unless it is unset, or `nil` when it is empty or `cat` (no pager).
  public static func command(pagerVariable: String?) -> String? {
    guard let v = pagerVariable else { return "less -FRSX" }
    let trimmed = v.trimmingSpaces()
    return trimmed.isEmpty || trimmed == "cat" ? nil : trimmed
  }

  /// Starts `command` through `/bin/sh -c` with its standard input a pipe, and makes that pipe this process's
  /// standard output. Returns `nil` (and leaves standard output alone) when the pipe or the process cannot be made.
  public static func start(command: String) -> Pager? {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return nil }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    posix_spawn_file_actions_addclose(&actions, fds[1])
    // strdup'd copies live until after the spawn, which copies them; freed below.
    let words: [String] = ["sh", "-c", command]
    let args: [UnsafeMutablePointer<CChar>?] = words.map { (w: String) in strdup(w) }
    defer { for a in args { free(a) } }
    var argv = args + [nil]
    var pid: pid_t = 0
    let status = posix_spawn(&pid, "/bin/sh", &actions, nil, &argv, environ)
    close(fds[0])
    guard status == 0 else {
      close(fds[1])
      return nil
    }
    dup2(fds[1], 1)
    close(fds[1])
    return Pager(pid: pid)
  }

  /// Closes standard output (so the pager sees the end) and waits for the pager to quit.
  /// - Returns: whether closing standard output failed with an error other than `EBADF` (its errno), or 0.
  public func finish() -> Int32 {
    let failure = close(1) != 0 && errno != EBADF ? errno : 0
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return failure
  }
}
