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
      let parsed = try ArgumentParser.parse(args)
      if parsed.command == "version" {
        io.out(version + "\n")
        return ExitStatus.success
      }
      if parsed.help {
        io.out(parsed.command.isEmpty ? HelpText.overview() : HelpText.command(Commands.spec(parsed.command)!))
        return ExitStatus.success
      }
      return try dispatch(parsed, io: io)
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

  static func dispatch(_ p: ParsedArguments, io: CommandIO) throws -> Int32 {
    // Output for people goes through the pager on a terminal, unless --no-pager.
    let forPeople = Commands.spec(p.command)?.pagesOutput == true && !p.flag("no-pager")
    let io = try forPeople && [.table, .records].contains(p.format()) ? io.paged() : io
    // Values that need no data are checked before any is read, so a typo is a usage error wherever it runs.
    _ = try QuerySupport.kind(p)
    _ = try QuerySupport.confirmation(p)
    _ = try QuerySupport.output(p)
    switch p.command {
    case "verify": return try VerifyCommand.run(p, io: io)
    case "append": return try AppendCommand.run(p, io: io)
    case "state": return try StateCommand.run(p, io: io)
    case "history": return try HistoryCommand.run(p, io: io)
    case "diff": return try DiffCommand.run(p, io: io)
    case "changes": return try ChangesCommand.run(p, io: io)
    case "subjects": return try SubjectsCommand.run(p, io: io)
    case "districts": return try DistrictsCommand.run(p, io: io)
    case "categories": return try CategoriesCommand.run(p, io: io)
    case "export": return try ExportCommand.run(p, io: io)
    case "render": return try RenderCommand.run(p, io: io)
    case "draft": return try DraftCommand.run(p, io: io)
    case "completion": return try CompletionCommand.run(p, io: io)
    default: throw UsageError(.unknownCommand(p.command, suggestion: nil))
    }
  }
}
