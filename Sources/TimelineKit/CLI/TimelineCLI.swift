/// The `timeline` command line as a function: arguments in, exit status out, output through ``CommandIO``.
///
/// Help goes to standard output with status 0; a usage error goes to standard error as `Error: ...` with the
/// usage line and status 64; any other failure goes to standard error with status 1.
public enum TimelineCLI {
  public static let version = "timeline 0.1.0"

  /// Runs one command line (without the program name).
  /// - Returns: the exit status.
  public static func run(_ args: [String], io: CommandIO) -> Int32 {
    do {
      switch try Invocation.parse(args) {
      case .version:
        io.out(version + "\n")
        return ExitStatus.success
      case .help(let command):
        io.out(command.flatMap(Commands.spec).map { HelpText.command($0, width: io.outputWidth) } ?? HelpText.overview())
        return ExitStatus.success
      case let invocation:
        do { return try dispatch(invocation, io: io) } catch let e as TimelineError {
          // A line that is not the event the cache says: never answer from the cache. Discard it and run once
          // more, from the logs (which rebuilds it); if it cannot be removed, the second run fails the same way.
          guard case .tableDisagrees = e.code, let events = invocation.eventsDirectory, EventTable.discardCache(directory: events) else {
            throw e
          }
          io.err("note: \(e.description); answering from the logs and rebuilding the cache\n")
          return try dispatch(invocation, io: io)
        }
      }
    } catch let e as UsageError {
      io.err(HelpText.usageError(e))
      return ExitStatus.usage
    } catch let e as TimelineError {
      io.err(e.description + "\n")
      return ExitStatus.failure
    } catch {
      io.err("\(error)\n")
      return ExitStatus.failure
    }
  }

  static func dispatch(_ invocation: Invocation, io: CommandIO) throws -> Int32 {
    switch invocation {
    case .help, .version: return ExitStatus.success
    case .state(let o): return try StateCommand.run(o, io: paged(io, o.output))
    case .history(let o): return try HistoryCommand.run(o, io: paged(io, o.output))
    case .diff(let o): return try DiffCommand.run(o, io: paged(io, o.output))
    case .changes(let o): return try ChangesCommand.run(o, io: paged(io, o.output))
    case .subjects(let o): return try SubjectsCommand.run(o, io: paged(io, o.output))
    case .districts(let o): return try DistrictsCommand.run(o, io: paged(io, o.output))
    case .categories(let o): return try CategoriesCommand.run(o, io: paged(io, o.output))
    case .export(let o): return try ExportCommand.run(o, io: io)
    case .render(let o): return try RenderCommand.run(o, io: io)
    case .draft(let o): return try DraftCommand.run(o, io: io)
    case .verify(let o): return try VerifyCommand.run(o, io: io)
    case .checkpoint(let o): return try CheckpointCommand.run(o, io: io)
    case .prove(let o): return try ProveCommand.run(o, io: io)
    case .append(let o): return try AppendCommand.run(o, io: io)
    case .completion(let o): return try CompletionCommand.run(o, io: io)
    case .man:
      io.out(ManPage.page(commands: Commands.all, version: version))
      return ExitStatus.success
    }
  }

  /// Output for people goes through the pager on a terminal, unless `--no-pager`.
  static func paged(_ io: CommandIO, _ output: OutputOptions) -> CommandIO {
    output.isForPeople && !output.noPager ? io.paged() : io
  }
}
