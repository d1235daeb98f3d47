import SettleModel

/// A checked template: parsed, type-checked against its schema and its fixed wording linted.
///
/// ```swift
/// let template = try Template(name: "reminder.txt", source: text, schema: NoticeSchema.root)
/// let markup = try template.render(values, formatting: formatting)
/// ```
/// The language is documented in `Templates/README.md`.
public struct Template: Sendable {
  /// The name used in messages (usually the file name).
  public let name: String
  /// The schema the template was checked against.
  public let schema: TemplateRecord
  /// The template's text outside `{{ }}` and tags, all branches included: what it says whatever
  /// the values.
  public let fixedText: String
  let nodes: [TemplateNode]

  /// Parses and checks a template.
  ///
  /// - Parameters:
  ///   - name: the name for messages, e.g. `reminder.txt`.
  ///   - source: the template text.
  ///   - schema: the variables the template may use.
  ///   - wordingGuard: the guard whose word-only rules the fixed text must pass.
  ///   - allowed: rule ids waived with `--allow`.
  /// - Throws: `TemplateError` for syntax errors, unknown variables, type errors, unclosed blocks
  ///   and forbidden wording.
  public init(
    name: String, source: String, schema: TemplateRecord, wordingGuard: WordingGuard = WordingGuard(),
    allowing allowed: Set<String> = []
  ) throws(TemplateError) {
    let tokens = try TemplateLexer(templateName: name).tokens(of: source)
    var parser = TemplateParser(templateName: name, schema: schema)
    let nodes = try parser.parse(tokens)
    self.name = name
    self.schema = schema
    self.nodes = nodes
    self.fixedText = Self.fixedText(of: nodes)
    let findings = wordingGuard.findings(inFixedText: fixedText, allowing: allowed)
    guard findings.isEmpty else { throw .forbiddenWording(template: name, findings: findings) }
  }

  private static func fixedText(of nodes: [TemplateNode]) -> String {
    nodes.map { node -> String in
      switch node {
      case .text(let s): return s
      case .output: return " "
      case let .conditional(_, _, then, otherwise): return fixedText(of: then) + "\n" + fixedText(of: otherwise)
      case let .loop(_, _, body): return fixedText(of: body)
      }
    }.joined()
  }

  /// Renders the template with `values` (a record matching the schema).
  ///
  /// Printed values are escaped for the notice markup (`|` and `\`), and their line breaks become
  /// spaces, so a value can never add a heading, table row or list item of its own.
  /// - Throws: `TemplateError.valueMismatch` when `values` does not match the schema.
  public func render(_ values: [String: TemplateValue], formatting: TemplateFormatting) throws(TemplateError) -> String
  {
    var out = ""
    var scope: [(String, TemplateValue)] = []
    try render(nodes, values: values, scope: &scope, formatting: formatting, into: &out)
    return out
  }

  private func render(
    _ nodes: [TemplateNode], values: [String: TemplateValue], scope: inout [(String, TemplateValue)],
    formatting: TemplateFormatting, into out: inout String
  ) throws(TemplateError) {
    var previous: TemplateNode?
    for node in nodes {
      defer { previous = node }
      switch node {
      case .text(let s):
        // "Parts W.L.L." at the end of a sentence: one period, not two.
        if s.hasPrefix("."), !s.hasPrefix(".."), out.hasSuffix("."), case .output? = previous {
          out += s.dropFirst()
        } else {
          out += s
        }
      case .output(let expression):
        out += NoticeMarkup.escape(try printed(expression, values: values, scope: scope, formatting: formatting))
      case let .conditional(expression, isNegated, then, otherwise):
        let value = try lookup(expression, values: values, scope: scope)
        let holds: Bool
        switch value {
        case .boolean(let b): holds = b
        case .absent: holds = false
        case .list(let items): holds = !items.isEmpty
        default: holds = true
        }
        try render(
          holds != isNegated ? then : otherwise, values: values, scope: &scope, formatting: formatting, into: &out)
      case let .loop(variable, expression, body):
        guard case .list(let items) = try lookup(expression, values: values, scope: scope) else {
          throw .valueMismatch(template: name, path: expression.dottedPath, expected: .list(.text))
        }
        for item in items {
          scope.append((variable, item))
          try render(body, values: values, scope: &scope, formatting: formatting, into: &out)
          scope.removeLast()
        }
      }
    }
  }

  private func lookup(
    _ expression: TemplateExpression, values: [String: TemplateValue], scope: [(String, TemplateValue)]
  ) throws(TemplateError) -> TemplateValue {
    let head = expression.path[0]
    guard var value = scope.last(where: { $0.0 == head })?.1 ?? values[head] else {
      throw .valueMismatch(template: name, path: head, expected: .text)
    }
    for (offset, component) in expression.path.enumerated().dropFirst() {
      guard case .record(let fields) = value, let next = fields[component] else {
        throw .valueMismatch(
          template: name, path: expression.path[...offset].joined(separator: "."), expected: .record(TemplateRecord([]))
        )
      }
      value = next
    }
    return value
  }

  private func printed(
    _ expression: TemplateExpression, values: [String: TemplateValue], scope: [(String, TemplateValue)],
    formatting: TemplateFormatting
  ) throws(TemplateError) -> String {
    var value = try lookup(expression, values: values, scope: scope)
    for filter in expression.filters {
      switch (filter, value) {
      case (.plain, .money(let m)): value = .text(m.description)
      case (.code, .money(let m)): value = .text(formatting.codeString(for: m))
      case (.iso, .date(let d)): value = .text(d.formatted(.iso8601))
      case (.long, .date(let d)): value = .text(d.formatted(formatting.dateStyle))
      case (.days, .integer(let n)): value = .text(n == 1 || n == -1 ? "\(n) day" : "\(n) days")
      case (.count, .list(let items)): value = .integer(items.count)
      case (.upper, .text(let s)): value = .text(s.uppercased())
      default:
        throw .valueMismatch(template: name, path: expression.dottedPath, expected: .text)
      }
    }
    switch value {
    case .text(let s): return s
    case .money(let m): return formatting.money.string(for: m)
    case .date(let d): return d.formatted(formatting.dateStyle)
    case .integer(let n): return String(n)
    default: throw .valueMismatch(template: name, path: expression.dottedPath, expected: .text)
    }
  }
}
