/// Help text generated from the command specs, so it always matches what the parser accepts.
public enum HelpText {
  /// The usage line, e.g. `settle plan CLAIM --installments N --first-due DATE [--frequency F] [--json]`.
  ///
  /// Options are shown in brackets unless the command's `requiredOptions` lists them.
  public static func usage(_ command: any Command.Type) -> String {
    var parts = ["settle", command.name]
    for a in command.arguments { parts.append(a.isOptional ? "[\(a.name)]" : a.name) }
    let required = (command as? any RequiredOptions.Type)?.requiredOptions ?? []
    for o in command.options {
      let text = o.takesValue ? "\(o.name) \(o.valueName ?? "VALUE")" : o.name
      parts.append(required.contains(o.name) ? text : "[\(text)]")
    }
    return parts.joined(separator: " ")
  }

  /// The full `--help` text of one command.
  public static func help(_ command: any Command.Type) -> String {
    var s = "USAGE: \(usage(command))\n\n\(command.abstract)\n"
    if !command.discussion.isEmpty { s += "\n\(wrapped(command.discussion, width: 100))\n" }
    if !command.arguments.isEmpty {
      s += "\nARGUMENTS:\n"
      for a in command.arguments { s += row(a.name, a.help) }
    }
    s += "\nOPTIONS:\n"
    for o in command.options + GlobalOptions.all { s += row(label(o), o.help + choices(o)) }
    s += "\nEXIT CODES: 0 done, 1 the input is wrong, 2 the command line is wrong, 3 an I/O or internal failure.\n"
    return s
  }

  /// The top-level help listing every command.
  public static func overview(_ commands: [any Command.Type]) -> String {
    var s = "USAGE: settle COMMAND [ARGUMENTS] [OPTIONS]\n\n"
    s +=
      "Turns an unpaid customer account (claim.json) into a statement, notices, a payment plan and a court-ready packet.\n\n"
    s += "COMMANDS:\n"
    for c in commands { s += row(c.name, c.abstract) }
    s += "\nOPTIONS:\n"
    for o in GlobalOptions.all { s += row(label(o), o.help) }
    s += "\nRun 'settle COMMAND --help' for a command's arguments and options.\n"
    s += "EXIT CODES: 0 done, 1 the input is wrong, 2 the command line is wrong, 3 an I/O or internal failure.\n"
    return s
  }

  /// Breaks text into lines of at most `width` characters at spaces; existing line breaks are kept.
  static func wrapped(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph -> String in
      var lines: [String] = []
      var line = ""
      for word in paragraph.split(separator: " ") {
        if !line.isEmpty && line.count + 1 + word.count > width {
          lines.append(line)
          line = ""
        }
        line += (line.isEmpty ? "" : " ") + word
      }
      lines.append(line)
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }

  private static func label(_ o: OptionSpec) -> String {
    var l = o.shortName.map { "\($0), " } ?? ""
    l += o.name
    if let v = o.valueName { l += " \(v)" }
    return l
  }

  private static func choices(_ o: OptionSpec) -> String {
    guard let allowed = o.allowedValues else { return "" }
    return " (" + allowed.joined(separator: ", ") + ")"
  }

  private static func row(_ label: String, _ text: String) -> String {
    let width = 26
    let pad =
      label.count < width
      ? String(repeating: " ", count: width - label.count) : "\n" + String(repeating: " ", count: width + 2)
    return "  " + label + pad + text + "\n"
  }
}
