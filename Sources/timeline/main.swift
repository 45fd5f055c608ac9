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

signal(SIGPIPE, SIG_IGN)
let io = CommandIO(
  writeOut: { if stdoutError.load(ordering: .relaxed) == 0 { write(1, $0) } },
  writeErr: { write(2, $0) },
  readInput: { () throws(TimelineError) in try StandardInput.readAll() },
  stderrIsTerminal: Terminal.isTerminal(2),
  outputWidth: Terminal.outputWidth(
    isTerminal: Terminal.isTerminal(1), columnsVariable: getenv("COLUMNS").map { String(cString: $0) }, measured: Terminal.columns(of: 1)))
var status = TimelineCLI.run(Array(CommandLine.arguments.dropFirst()), io: io)
// A failed close reports an error the writes did not (some file systems report a full disk only then).
if close(1) != 0, errno != EBADF { _ = stdoutError.compareExchange(expected: 0, desired: errno, ordering: .relaxed) }
let failure = stdoutError.load(ordering: .relaxed)
if failure != 0 {
  // The reader of a pipe going away (`| head`) is not news to the person who closed it: exit 1 quietly.
  if failure != EPIPE { write(2, Array("timeline: could not write standard output: \(String(cString: strerror(failure)))\n".utf8)) }
  if status == 0 { status = 1 }
}
exit(status)
