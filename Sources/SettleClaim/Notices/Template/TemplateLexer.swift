/// A raw piece of template source before parsing.
enum TemplateToken: Equatable {
  /// Fixed text.
  case text(String, TemplatePosition)
  /// The inside of `{{ … }}`.
  case output(String, TemplatePosition)
  /// The inside of `{% … %}`.
  case tag(String, TemplatePosition)
  /// A `{# … #}` comment (dropped from the output).
  case comment(TemplatePosition)

  var isBlockLevel: Bool {
    switch self {
    case .tag, .comment: return true
    case .text, .output: return false
    }
  }
}

/// Splits template source into text, `{{ }}`, `{% %}` and `{# #}` pieces.
///
/// A tag or comment alone on its line (only spaces or tabs around it) takes its line with it,
/// so block tags can sit on lines of their own without leaving blank lines in the output.
struct TemplateLexer {
  /// The largest template accepted, in characters (templates are small; this bounds the work done
  /// on a hostile file).
  static let maximumLength = 1_000_000

  let templateName: String

  func tokens(of source: String) throws(TemplateError) -> [TemplateToken] {
    let chars = Array(source).map { $0 == "\r\n" ? "\n" : $0 }
    guard chars.count <= Self.maximumLength else {
      throw .syntax(
        template: templateName, at: TemplatePosition(line: 1, column: 1),
        message: "template is longer than \(Self.maximumLength) characters")
    }
    var tokens: [TemplateToken] = []
    var text = ""
    var textStart = TemplatePosition(line: 1, column: 1)
    var line = 1
    var column = 1
    var index = 0

    func advance(_ count: Int) {
      for _ in 0..<count {
        if chars[index] == "\n" {
          line += 1
          column = 1
        } else {
          column += 1
        }
        index += 1
      }
    }

    while index < chars.count {
      let c = chars[index]
      if c == "{", index + 1 < chars.count, let close = Self.closing(for: chars[index + 1]) {
        let start = TemplatePosition(line: line, column: column)
        if !text.isEmpty { tokens.append(.text(text, textStart)) }
        text = ""
        let opener = chars[index + 1]
        advance(2)
        var inner = ""
        var closed = false
        while index < chars.count {
          if chars[index] == close, index + 1 < chars.count, chars[index + 1] == "}" {
            advance(2)
            closed = true
            break
          }
          if opener != "#" && chars[index] == "{" && index + 1 < chars.count
            && Self.closing(for: chars[index + 1]) != nil
          {
            break
          }
          inner.append(chars[index])
          advance(1)
        }
        guard closed else {
          throw .syntax(
            template: templateName, at: start,
            message: "'{\(opener)' is not closed by '\(close)}'")
        }
        switch opener {
        case "{": tokens.append(.output(inner, start))
        case "%": tokens.append(.tag(inner, start))
        default: tokens.append(.comment(start))
        }
        textStart = TemplatePosition(line: line, column: column)
      } else {
        if text.isEmpty { textStart = TemplatePosition(line: line, column: column) }
        text.append(c)
        advance(1)
      }
    }
    if !text.isEmpty { tokens.append(.text(text, textStart)) }
    return Self.trimmingStandaloneLines(tokens)
  }

  private static func closing(for c: Character) -> Character? {
    switch c {
    case "{": return "}"
    case "%": return "%"
    case "#": return "#"
    default: return nil
    }
  }

  /// Removes the line of every tag or comment that stands alone on its line.
  private static func trimmingStandaloneLines(_ tokens: [TemplateToken]) -> [TemplateToken] {
    func isBlank(_ s: Substring) -> Bool { s.allSatisfy { $0 == " " || $0 == "\t" } }
    // Decide on the original text first, then strip, so neighbouring tags do not disturb each other.
    var standalone: [Bool] = Array(repeating: false, count: tokens.count)
    for i in tokens.indices where tokens[i].isBlockLevel {
      var before = false
      if i == 0 {
        before = true
      } else if case .text(let s, _) = tokens[i - 1] {
        if let nl = s.lastIndex(of: "\n") {
          before = isBlank(s[s.index(after: nl)...])
        } else {
          before = (i - 1 == 0) && isBlank(s[...])
        }
      }
      var after = false
      if i == tokens.count - 1 {
        after = true
      } else if case .text(let s, _) = tokens[i + 1] {
        if let nl = s.firstIndex(of: "\n") {
          after = isBlank(s[..<nl])
        } else {
          after = (i + 1 == tokens.count - 1) && isBlank(s[...])
        }
      }
      standalone[i] = before && after
    }
    var result = tokens
    for i in tokens.indices where standalone[i] {
      if i > 0, case .text(let s, let p) = result[i - 1] {
        var t = Substring(s)
        while let last = t.last, last == " " || last == "\t" { t = t.dropLast() }
        result[i - 1] = .text(String(t), p)
      }
      if i + 1 < result.count, case .text(let s, let p) = result[i + 1] {
        var t = Substring(s)
        while let first = t.first, first == " " || first == "\t" { t = t.dropFirst() }
        if t.first == "\n" { t = t.dropFirst() }
        result[i + 1] = .text(String(t), p)
      }
    }
    return result.filter {
      if case .text(let s, _) = $0 { return !s.isEmpty }
      return true
    }
  }
}
