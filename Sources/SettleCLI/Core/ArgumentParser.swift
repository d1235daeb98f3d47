/// Parses a command's arguments against its specs: `--flag`, `--name value`, `--name=value`,
/// short aliases (`-o value`), `--` to end options, and a lone `-` as a positional (standard output/input).
enum ArgumentParser {
  /// Parses `tokens` (the words after the subcommand).
  /// - Throws: `CommandFailure.usage` for unknown options, missing values, bad choices and wrong argument counts.
  static func parse(_ tokens: [String], arguments: [ArgumentSpec], options: [OptionSpec], command: String)
    throws(CommandFailure) -> ParsedArguments
  {
    let specs = options + GlobalOptions.all
    var parsed = ParsedArguments()
    var index = 0
    var optionsEnded = false
    while index < tokens.count {
      let token = tokens[index]
      index += 1
      if optionsEnded || token == "-" || !token.hasPrefix("-") {
        parsed.positionals.append(token)
        continue
      }
      if token == "--" {
        optionsEnded = true
        continue
      }
      var name = token
      var inlineValue: String?
      if token.hasPrefix("--"), let eq = token.firstIndex(of: "=") {
        name = String(token[..<eq])
        inlineValue = String(token[token.index(after: eq)...])
      }
      guard let spec = specs.first(where: { $0.name == name || $0.shortName == name }) else {
        var message = "settle \(command): unknown option '\(name)'"
        if let near = nearest(name, specs.map(\.name)) { message += "; did you mean '\(near)'?" }
        throw .usage(message + " (see settle \(command) --help)")
      }
      guard spec.takesValue else {
        if inlineValue != nil { throw .usage("settle \(command): \(spec.name) takes no value") }
        parsed.flags.insert(spec.name)
        continue
      }
      let value: String
      if let inlineValue {
        value = inlineValue
      } else {
        guard index < tokens.count, tokens[index] == "-" || !tokens[index].hasPrefix("--") else {
          throw .usage("settle \(command): \(spec.name) needs a value \(spec.valueName ?? "")")
        }
        value = tokens[index]
        index += 1
      }
      if let allowed = spec.allowedValues, !allowed.contains(value) {
        var message = "settle \(command): \(spec.name) \(value): expected one of " + allowed.joined(separator: ", ")
        if let near = nearest(value, allowed) { message += "; did you mean '\(near)'?" }
        throw .usage(message)
      }
      parsed.values[spec.name, default: []].append(value)
    }
    if parsed.isSet("--help") || parsed.isSet("--version") { return parsed }
    let required = arguments.filter { !$0.isOptional }.count
    if parsed.positionals.count < required {
      let missing = arguments[parsed.positionals.count]
      throw .usage("settle \(command): missing \(missing.name) (\(missing.help)); see settle \(command) --help")
    }
    if parsed.positionals.count > arguments.count {
      throw .usage(
        "settle \(command): unexpected argument '\(parsed.positionals[arguments.count])'; see settle \(command) --help")
    }
    return parsed
  }

  /// The closest word by edit distance, for "did you mean".
  static func nearest(_ word: String, _ candidates: [String]) -> String? {
    var best: (String, Int)?
    for c in candidates {
      let d = editDistance(Array(word.unicodeScalars), Array(c.unicodeScalars))
      if d <= max(1, word.count / 3) && d < (best?.1 ?? Int.max) { best = (c, d) }
    }
    return best?.0
  }

  private static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previous = Array(0...b.count)
    var current = previous
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      swap(&previous, &current)
    }
    return previous[b.count]
  }
}
