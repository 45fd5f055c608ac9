/// `timeline completion bash|zsh|fish`: the completion script, with the categories and districts of the catalogue
/// in the events directory when there is one (without one, the script completes commands and options only).
enum CompletionCommand {
  static func run(_ o: CompletionOptions, io: CommandIO) throws -> Int32 {
    let catalogue = try? Catalogue.load(path: EventStore.join(o.events, Catalogue.fileName))
    let districts = catalogue.map { c in c.scopeOrder.filter { c.isDistrict($0) } } ?? []
    io.out(
      Completion.script(
        o.shell, commands: Commands.all, categories: catalogue.map(SubjectFilter.categories) ?? [], districts: districts))
    return ExitStatus.success
  }
}
