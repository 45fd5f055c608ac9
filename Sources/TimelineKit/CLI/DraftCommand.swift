/// `timeline draft BRIEFING.txt --source ID [--published T]`.
enum DraftCommand {
  static func run(_ p: ParsedArguments, io: CommandIO) throws -> Int32 {
    io.err("timeline draft: not implemented yet\n")
    return ExitStatus.failure
  }
}
