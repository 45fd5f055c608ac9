// The `timeline` executable: hands the arguments and the standard streams to TimelineKit and exits with its status.
#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import TimelineKit

#if canImport(Glibc)
  let systemWrite = Glibc.write
#else
  let systemWrite = Darwin.write
#endif

@Sendable func write(_ fd: Int32, _ bytes: [UInt8]) {
  var done = 0
  while done < bytes.count {
    let n = bytes.withUnsafeBytes { systemWrite(fd, $0.baseAddress! + done, $0.count - done) }
    if n < 0 {
      if errno == EINTR { continue }
      return  // the reader went away (EPIPE): nothing more to do
    }
    done += n
  }
}

signal(SIGPIPE, SIG_IGN)
let io = CommandIO(
  writeOut: { write(1, $0) },
  writeErr: { write(2, $0) },
  readInput: { () throws(TimelineError) in try StandardInput.readAll() },
  stderrIsTerminal: isatty(2) == 1)
exit(TimelineCLI.run(Array(CommandLine.arguments.dropFirst()), io: io))
