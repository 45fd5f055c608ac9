/// `timeline completion bash|zsh|fish`: the completion script, with the categories and districts of the catalogue
/// in the events directory when there is one (without one, the script completes commands and options only).
enum CompletionCommand {
  static func run(_ p: ParsedArguments, io: CommandIO) throws -> Int32 {
    let name = p.positionals[0]
    guard let shell = Completion.Shell(rawValue: name) else {
      throw UsageError(.invalidValue(option: "SHELL", value: name, expected: "bash, zsh or fish"), command: p.command)
    }
    let catalogue = try? Catalogue.load(path: EventStore.join(p.eventsDirectory, Catalogue.fileName))
    let districts = catalogue.map { c in c.scopeOrder.filter { c.isDistrict($0) } } ?? []
    io.out(
      Completion.script(
        shell, commands: Commands.all, categories: catalogue.map(SubjectFilter.categories) ?? [], districts: districts))
    return ExitStatus.success
  }
}
