// The `timeline` executable: hands the arguments and the standard streams to TimelineKit and exits with its status.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Synchronization
import TimelineKit

#if canImport(Glibc)
  let systemWrite = Glibc.write
#else
  let systemWrite = Darwin.write
#endif

/// The first error of a write to standard output (0: none), so that a full disk or a closed pipe is never
/// reported as success.
let stdoutError = Atomic<Int32>(0)

@Sendable func write(_ fd: Int32, _ bytes: [UInt8]) {
  var done = 0
  while done < bytes.count {
    let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + done, $0.count - done) }
    if n < 0 {
      if errno == EINTR { continue }
      if fd == 1 { _ = stdoutError.compareExchange(expected: 0, desired: errno, ordering: .relaxed) }
      return
    }
    done += n
  }
}

/// The pager, once the first output for people has started it.
let pager = Mutex<Pager?>(nil)
let pagerCommand = Terminal.isTerminal(1) ? Pager.command(pagerVariable: getenv("PAGER").map { String(cString: $0) }) : nil
/// Starts the pager once; standard output goes to it from then on.
@Sendable func startPager(_ command: String) {
  pager.withLock { running in
    if running == nil { running = Pager.start(command: command) }
  }
}

signal(SIGPIPE, SIG_IGN)
let io = CommandIO(
  writeOut: { if stdoutError.load(ordering: .relaxed) == 0 { write(1, $0) } },
  writeErr: { write(2, $0) },
  readInput: { () throws(TimelineError) in try StandardInput.readAll() },
  stderrIsTerminal: Terminal.isTerminal(2),
  outputWidth: Terminal.outputWidth(
    isTerminal: Terminal.isTerminal(1), columnsVariable: getenv("COLUMNS").map { String(cString: $0) }, measured: Terminal.columns(of: 1)),
  startPager: pagerCommand.map { command in { @Sendable in startPager(command) } })
var status = TimelineCLI.run(Array(CommandLine.arguments.dropFirst()), io: io)
// A failed close reports an error the writes did not (some file systems report a full disk only then).
let usedPager: Pager? = pager.withLock { $0 }
let closeFailure = usedPager.map { $0.finish() } ?? (close(1) != 0 && errno != EBADF ? errno : 0)
if closeFailure != 0 { _ = stdoutError.compareExchange(expected: 0, desired: closeFailure, ordering: .relaxed) }
let failure = stdoutError.load(ordering: .relaxed)
// Quitting the pager before the end is how a person says they have seen enough: not a failure.
if failure != 0, !(failure == EPIPE && usedPager != nil) {
  // The reader of a pipe going away (`| head`) is not news to the person who closed it: exit 1 quietly.
  if failure != EPIPE { write(2, Array("timeline: could not write standard output: \(String(cString: strerror(failure)))\n".utf8)) }
  if status == 0 { status = 1 }
}
exit(status)
