import Foundation

/// Parses template tokens into nodes and checks every name, filter and block against the schema.
struct TemplateParser {
  /// The deepest nesting of `{% if %}`/`{% for %}` blocks accepted.
  static let maximumDepth = 32

  let templateName: String
  let schema: TemplateRecord

  /// Loop variables in scope, innermost last.
  private var scopes: [(name: String, type: TemplateType)] = []
  /// Dotted paths known to be present here (inside `{% if path %}`), possibly repeated.
  private var presentPaths: [String] = []

  init(templateName: String, schema: TemplateRecord) {
    self.templateName = templateName
    self.schema = schema
  }

  private enum OpenBlock {
    case conditional(
      TemplateExpression, isNegated: Bool, then: [TemplateNode], otherwise: [TemplateNode]?, narrowed: Int,
      at: TemplatePosition)
    case loop(variable: String, over: TemplateExpression, body: [TemplateNode], at: TemplatePosition)
  }

  mutating func parse(_ tokens: [TemplateToken]) throws(TemplateError) -> [TemplateNode] {
    var stack: [OpenBlock] = []
    var current: [TemplateNode] = []

    for token in tokens {
      switch token {
      case .comment:
        continue
      case .text(let s, _):
        current.append(.text(s))
      case .output(let inner, let at):
        let expression = try parseExpression(inner, at: at)
        let type = try type(of: expression)
        switch type {
        case .text, .money, .date, .integer: break
        case .optional:
          throw .typeMismatch(
            template: templateName, at: at, name: expression.dottedPath,
            message: "may be absent; print it inside '{% if \(expression.dottedPath) %}'")
        case .list:
          throw .typeMismatch(
            template: templateName, at: at, name: expression.dottedPath,
            message: "is a list; walk it with '{% for item in \(expression.dottedPath) %}'")
        case .record:
          throw .typeMismatch(
            template: templateName, at: at, name: expression.dottedPath,
            message: "is a record; print one of its fields")
        case .boolean:
          throw .typeMismatch(
            template: templateName, at: at, name: expression.dottedPath,
            message: "is a yes/no value; use it in '{% if \(expression.dottedPath) %}'")
        }
        current.append(.output(expression))
      case .tag(let inner, let at):
        let words = inner.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        guard let keyword = words.first else {
          throw .syntax(template: templateName, at: at, message: "empty tag '{% %}'")
        }
        switch keyword {
        case "if":
          let isNegated = words.count == 3 && words[1] == "not"
          guard words.count == (isNegated ? 3 : 2) else {
            throw .syntax(
              template: templateName, at: at, message: "expected '{% if name %}' or '{% if not name %}'")
          }
          let expression = try parseExpression(words[isNegated ? 2 : 1], at: at)
          guard expression.filters.isEmpty else {
            throw .syntax(template: templateName, at: at, message: "filters are not allowed in a condition")
          }
          let type = try type(of: expression)
          var narrowed = 0
          switch type {
          case .boolean, .list: break
          case .optional:
            if !isNegated {
              presentPaths.append(expression.dottedPath)
              narrowed = 1
            }
          default:
            throw .typeMismatch(
              template: templateName, at: at, name: expression.dottedPath,
              message: "is a \(type) value; a condition must be a yes/no value, a list or an optional value")
          }
          try checkDepth(stack.count, at: at)
          stack.append(
            .conditional(expression, isNegated: isNegated, then: current, otherwise: nil, narrowed: narrowed, at: at))
          current = []
        case "else":
          guard words.count == 1, case .conditional(let e, let neg, let outer, nil, let narrowed, let pos)? = stack.last
          else {
            throw .syntax(template: templateName, at: at, message: "'{% else %}' without an open '{% if %}'")
          }
          presentPaths.removeLast(narrowed)
          var nowNarrowed = 0
          if neg, case .optional = try type(of: e) {
            presentPaths.append(e.dottedPath)
            nowNarrowed = 1
          }
          stack[stack.count - 1] = .conditional(
            e, isNegated: neg, then: outer, otherwise: current, narrowed: nowNarrowed, at: pos)
          current = []
        case "for":
          guard words.count == 4, words[2] == "in", Self.isIdentifier(words[1]) else {
            throw .syntax(template: templateName, at: at, message: "expected '{% for item in name %}'")
          }
          let variable = words[1]
          if schema.field(named: variable) != nil || scopes.contains(where: { $0.name == variable }) {
            throw .syntax(
              template: templateName, at: at,
              message: "loop variable '\(variable)' hides a variable of the same name; pick another name")
          }
          let expression = try parseExpression(words[3], at: at)
          guard case .list(let element) = try type(of: expression) else {
            throw .typeMismatch(
              template: templateName, at: at, name: expression.dottedPath,
              message: "is not a list; '{% for %}' walks lists")
          }
          try checkDepth(stack.count, at: at)
          stack.append(.loop(variable: variable, over: expression, body: current, at: at))
          scopes.append((variable, element))
          current = []
        case "end":
          guard words.count == 1 else {
            throw .syntax(template: templateName, at: at, message: "'{% end %}' takes nothing after it")
          }
          guard let open = stack.popLast() else {
            throw .syntax(template: templateName, at: at, message: "'{% end %}' without an open block")
          }
          switch open {
          case let .conditional(e, neg, outer, otherwise, narrowed, _):
            presentPaths.removeLast(narrowed)
            let node: TemplateNode
            if let otherwise {
              node = .conditional(e, isNegated: neg, then: otherwise, otherwise: current)
            } else {
              node = .conditional(e, isNegated: neg, then: current, otherwise: [])
            }
            current = outer + [node]
          case let .loop(variable, over, outer, _):
            scopes.removeLast()
            current = outer + [.loop(variable: variable, over: over, body: current)]
          }
        case "endif", "endfor":
          throw .syntax(
            template: templateName, at: at, message: "write '{% end %}' to close a block, not '{% \(keyword) %}'")
        default:
          throw .syntax(
            template: templateName, at: at,
            message: "unknown tag '\(keyword)'; tags are 'if', 'else', 'for' and 'end'")
        }
      }
    }
    if let open = stack.last {
      switch open {
      case let .conditional(_, _, _, _, _, at): throw .unclosedBlock(template: templateName, at: at, tag: "if")
      case let .loop(_, _, _, at): throw .unclosedBlock(template: templateName, at: at, tag: "for")
      }
    }
    return current
  }

  private func checkDepth(_ depth: Int, at: TemplatePosition) throws(TemplateError) {
    guard depth < Self.maximumDepth else {
      throw .syntax(template: templateName, at: at, message: "blocks nested deeper than \(Self.maximumDepth)")
    }
  }

  static func isIdentifier(_ s: String) -> Bool {
    guard let first = s.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic) else {
      return false
    }
    return s.unicodeScalars.allSatisfy {
      $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)))
    }
  }

  private func parseExpression(_ inner: String, at: TemplatePosition) throws(TemplateError) -> TemplateExpression {
    let parts = inner.split(separator: "|", omittingEmptySubsequences: false).map {
      $0.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    let name = parts[0]
    let path = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    guard !name.isEmpty, path.allSatisfy(Self.isIdentifier) else {
      throw .syntax(
        template: templateName, at: at,
        message: name.isEmpty ? "empty '{{ }}'" : "'\(name)' is not a variable name (letters, digits, '_' and '.')")
    }
    var filters: [TemplateFilter] = []
    for raw in parts.dropFirst() {
      guard let filter = TemplateFilter(rawValue: raw) else {
        let known = TemplateFilter.allCases.map(\.rawValue).joined(separator: ", ")
        throw .syntax(template: templateName, at: at, message: "unknown filter '\(raw)'; filters are \(known)")
      }
      filters.append(filter)
    }
    return TemplateExpression(path: path, filters: filters, position: at)
  }

  /// The type of an expression after its filters, or an error naming the first unknown part.
  private func type(of expression: TemplateExpression) throws(TemplateError) -> TemplateType {
    var type = try typeOfPath(expression)
    for filter in expression.filters {
      guard let next = filter.outputType(for: type) else {
        throw .unknownFilter(template: templateName, at: expression.position, filter: filter.rawValue, type: type)
      }
      type = next
    }
    return type
  }

  private func typeOfPath(_ expression: TemplateExpression) throws(TemplateError) -> TemplateType {
    let path = expression.path
    let head = path[0]
    var type: TemplateType
    if let scoped = scopes.last(where: { $0.name == head }) {
      type = scoped.type
    } else if let field = schema.field(named: head) {
      type = field.type
    } else {
      let candidates = scopes.map(\.name) + schema.fields.map(\.name)
      throw .unknownVariable(
        template: templateName, at: expression.position, name: expression.dottedPath,
        suggestion: Self.suggestion(for: head, among: candidates).map {
          ([$0] + path.dropFirst()).joined(separator: ".")
        })
    }
    type = narrowed(type, path: head)
    for (offset, component) in path.enumerated().dropFirst() {
      let prefix = path[..<offset].joined(separator: ".")
      guard case .record(let record) = type else {
        if case .optional(.record) = type {
          throw .typeMismatch(
            template: templateName, at: expression.position, name: prefix,
            message: "may be absent; use its fields inside '{% if \(prefix) %}'")
        }
        throw .typeMismatch(
          template: templateName, at: expression.position, name: prefix, message: "is a \(type) value and has no fields"
        )
      }
      guard let field = record.field(named: component) else {
        let suggestion = Self.suggestion(for: component, among: record.fields.map(\.name))
        throw .unknownVariable(
          template: templateName, at: expression.position, name: expression.dottedPath,
          suggestion: suggestion.map { ([prefix, $0] + path.dropFirst(offset + 1)).joined(separator: ".") })
      }
      type = narrowed(field.type, path: path[...offset].joined(separator: "."))
    }
    return type
  }

  private func narrowed(_ type: TemplateType, path: String) -> TemplateType {
    if case .optional(let wrapped) = type, presentPaths.contains(path) { return wrapped }
    return type
  }

  /// The closest name by edit distance, when it is close enough to be a likely typo.
  static func suggestion(for name: String, among candidates: [String]) -> String? {
    var best: (name: String, distance: Int)?
    for candidate in candidates {
      let d = EditDistance.between(name.lowercased(), candidate.lowercased())
      if d <= max(2, name.count / 3), d < (best?.distance ?? Int.max) {
        best = (candidate, d)
      }
    }
    return best?.name
  }
}
