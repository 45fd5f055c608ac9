/// `timeline render [--from T1 --to T2] [--district D] [--category C] --output FILE [--format html|svg]`.
enum RenderCommand {
  static func run(_ p: ParsedArguments, io: CommandIO) throws -> Int32 {
    io.err("timeline render: not implemented yet\n")
    return ExitStatus.failure
  }
}
