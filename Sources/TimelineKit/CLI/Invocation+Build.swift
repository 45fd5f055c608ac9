/// The second step of parsing: the scanned arguments become one typed options value per command, every value that
/// needs no data checked here, so that a typo is a usage error before anything is read.
extension Invocation {
  /// Parses and types a command line (without the program name). Pure: no I/O but the `--output` checks (is the
  /// file replaceable, is it outside the events directory), never exits.
  /// - Throws: ``UsageError``.
  public static func parse(_ args: [String]) throws(UsageError) -> Invocation {
    let p = try ArgumentParser.parse(args)
    if p.command == "version" { return .version }
    if p.help { return .help(command: p.command.isEmpty ? nil : p.command) }
    return try build(p)
  }

  static func build(_ p: ParsedArguments) throws(UsageError) -> Invocation {
    let events = p.eventsDirectory
    switch p.command {
    case "state":
      // Required by the spec, so the parser has refused a command line without it.
      guard let at = try p.time(.at) else { throw UsageError(.missingOption("--at"), command: p.command) }
      return .state(
        StateOptions(
          at: at, knownAt: try p.time(.knownAt), filter: try filter(p), confirmation: try confirmation(p),
          confirmedOnly: p.flag(.confirmedOnly), output: try p.output(), events: events))
    case "history":
      return .history(HistoryOptions(subject: p.positionals[0], knownAt: try p.time(.knownAt), output: try p.output(), events: events))
    case "diff":
      return .diff(DiffOptions(mode: try diffMode(p), filter: try filter(p), output: try p.output(), events: events))
    case "changes":
      return .changes(
        ChangesOptions(
          from: try p.time(.from), to: try p.time(.to), knownAt: try p.time(.knownAt), filter: try filter(p), output: try p.output(),
          events: events))
    case "subjects", "districts", "categories":
      let list = ListOptions(match: p.positionals.first, filter: try filter(p), output: try p.output(), events: events)
      return p.command == "subjects" ? .subjects(list) : p.command == "districts" ? .districts(list) : .categories(list)
    case "export": return .export(try export(p))
    case "render": return .render(try render(p))
    case "draft": return .draft(try draft(p))
    case "verify":
      return .verify(VerifyOptions(repair: p.flag(.repair), against: p[.against], json: try jsonFormat(p, otherwise: "text"), events: events))
    case "checkpoint": return .checkpoint(CheckpointOptions(events: events))
    case "prove":
      if let old = p[.consistency] {
        if p[.checkpoint] != nil { throw UsageError(.conflict(.proveModesMixed), command: p.command) }
        return .prove(ProveOptions(mode: .consistency(old: old, new: p.positionals[0]), events: events))
      }
      return .prove(ProveOptions(mode: .inclusion(id: p.positionals[0], checkpoint: p[.checkpoint]), events: events))
    case "append":
      let drafts = p.positionals.count > 1 && p.positionals[1] != "-" ? p.positionals[1] : nil
      return .append(AppendOptions(log: p.positionals[0], drafts: drafts, expectSeq: try p.integer(.expectSeq), events: events))
    case "completion":
      let name = p.positionals[0]
      guard let shell = Completion.Shell(rawValue: name) else {
        throw UsageError(
          .invalidValue(option: "SHELL", value: name, expected: .choice(Completion.Shell.allCases.map(\.rawValue), suggestion: nil)),
          command: p.command)
      }
      return .completion(CompletionOptions(shell: shell, events: events))
    case "man": return .man
    default: throw UsageError(.unknownCommand(p.command, suggestion: nil))
    }
  }

  /// `--format json` (true) or `--format OTHER`, the command's one other format (false).
  static func jsonFormat(_ p: ParsedArguments, otherwise: String) throws(UsageError) -> Bool {
    guard let v = p[.format] else { return false }
    guard v == "json" || v == otherwise else {
      throw UsageError(.invalidValue(option: "--format", value: v, expected: .choice([otherwise, "json"], suggestion: nil)), command: p.command)
    }
    return v == "json"
  }

  /// `--district`, `--category` (checked against the catalogue later) and `--kind` (checked now).
  static func filter(_ p: ParsedArguments) throws(UsageError) -> FilterRequest {
    var kind: SubjectKind?
    if let k = p[.kind] {
      let names = SubjectFilter.kinds.map(\.rawValue)
      guard let parsed = SubjectKind(rawValue: k), SubjectFilter.kinds.contains(parsed) else {
        throw UsageError(
          .invalidValue(option: "--kind", value: k, expected: .oneOf(names, suggestion: ArgumentParser.suggest(k, among: names))), command: p.command)
      }
      kind = parsed
    }
    return FilterRequest(district: p[.district], category: p[.category], kind: kind)
  }

  /// `--stale-after DURATION` as a confirmation horizon (default 14 days).
  static func confirmation(_ p: ParsedArguments) throws(UsageError) -> Confirmation {
    guard let v = p[.staleAfter] else { return Confirmation() }
    guard let seconds = Confirmation.parseDuration(v), seconds > 0 else {
      throw UsageError(.invalidValue(option: "--stale-after", value: v, expected: .duration), command: p.command)
    }
    return Confirmation(horizonSeconds: seconds)
  }

  /// `--output FILE`, refused when it would replace something that is not a regular file (a device, a FIFO, a
  /// directory, a symbolic link) or land inside the events directory (a log, the catalogue, a source).
  static func outputFile(_ p: ParsedArguments) throws(UsageError) -> String? {
    guard let path = p[.output] else { return nil }
    if FileIO.isRegularFile(path) == false {
      throw UsageError(.invalidValue(option: "--output", value: path, expected: .replaceableFile), command: p.command)
    }
    let events = FileIO.canonicalPath(p.eventsDirectory)
    let target = FileIO.canonicalPath(FileIO.directoryOf(path))
    if target == events || target.hasPrefix(events.hasSuffix("/") ? events : events + "/") {
      throw UsageError(.invalidValue(option: "--output", value: path, expected: .fileOutside(directory: p.eventsDirectory)), command: p.command)
    }
    return path
  }

  static func diffMode(_ p: ParsedArguments) throws(UsageError) -> DiffOptions.Mode {
    if p.has(.from) || p.has(.to) {
      guard let from = try p.time(.from), let to = try p.time(.to) else {
        throw UsageError(.conflict(.diffNeedsBothTimes), command: p.command)
      }
      if p.has(.vs) || p.has(.at) { throw UsageError(.conflict(.diffModesMixed), command: p.command) }
      return .validTime(from: from, to: to, knownAt: try p.time(.knownAt))
    }
    guard let k1 = try p.time(.knownAt), let k2 = try p.time(.vs), let at = try p.time(.at) else {
      throw UsageError(.conflict(.diffNeedsAMode), command: p.command)
    }
    return .knowledge(from: k1, to: k2, at: at)
  }
}
