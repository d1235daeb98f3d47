/// The wording of a declaration of account for one jurisdiction, read from a template.
///
/// A template has four sections, each introduced by a line `## name`: `title`, `body` (one
/// numbered paragraph per line), `attestation` (the perjury clause) and `jurat` (where and when
/// it was executed). `{{name}}` placeholders are filled by `filled(with:)`.
public struct DeclarationWording: Sendable, Hashable {
  /// The declaration's heading.
  public var title: String
  /// The numbered statements of fact.
  public var body: [String]
  /// The clause certifying the statements under penalty of perjury.
  public var attestation: String
  /// The execution line (date, place), possibly empty.
  public var jurat: String

  /// Creates a wording from its parts.
  public init(title: String, body: [String], attestation: String, jurat: String) {
    self.title = title
    self.body = body
    self.attestation = attestation
    self.jurat = jurat
  }

  /// Reads a template text.
  /// - Throws: `DeclarationWordingError` when a section is missing or unknown.
  public init(template: String) throws(DeclarationWordingError) {
    var sections: [String: [String]] = [:]
    var current: String?
    var order: [String] = []
    for raw in template.split(separator: "\n", omittingEmptySubsequences: false) {
      let line = String(raw)
      if line.hasPrefix("## ") {
        let name = String(line.dropFirst(3)).trimmingCharactersInSpaces()
        guard ["title", "body", "attestation", "jurat"].contains(name) else { throw .unknownSection(name) }
        current = name
        order.append(name)
        sections[name] = []
      } else if let section = current {
        if !line.trimmingCharactersInSpaces().isEmpty { sections[section, default: []].append(line) }
      } else if !line.trimmingCharactersInSpaces().isEmpty {
        throw .textOutsideSection(line)
      }
    }
    for name in ["title", "body", "attestation"] where (sections[name] ?? []).isEmpty {
      throw .missingSection(name)
    }
    title = (sections["title"] ?? []).joined(separator: " ")
    body = sections["body"] ?? []
    attestation = (sections["attestation"] ?? []).joined(separator: " ")
    jurat = (sections["jurat"] ?? []).joined(separator: " ")
  }

  /// The wording with every `{{name}}` replaced by `values[name]`; unknown names are left as
  /// written so a typo shows on the page. Body lines that become empty are dropped.
  public func filled(with values: [String: String]) -> DeclarationWording {
    func fill(_ text: String) -> String {
      var result = ""
      var rest = Substring(text)
      while let open = rest.range(of: "{{") {
        result += rest[..<open.lowerBound]
        let after = rest[open.upperBound...]
        guard let close = after.range(of: "}}") else {
          result += rest[open.lowerBound...]
          return result
        }
        let name = String(after[..<close.lowerBound])
        result += values[name] ?? ("{{" + name + "}}")
        rest = after[close.upperBound...]
      }
      return result + rest
    }
    return DeclarationWording(
      title: fill(title), body: body.map(fill).filter { !$0.trimmingCharactersInSpaces().isEmpty },
      attestation: fill(attestation), jurat: fill(jurat))
  }
}

extension String {
  fileprivate func trimmingCharactersInSpaces() -> String {
    var s = Substring(self)
    while s.first == " " || s.first == "\t" || s.first == "\r" { s = s.dropFirst() }
    while s.last == " " || s.last == "\t" || s.last == "\r" { s = s.dropLast() }
    return String(s)
  }
}
