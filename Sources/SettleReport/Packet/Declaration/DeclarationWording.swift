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
      // ASCII wording (the built-in texts) is filled byte by byte: there Foundation's search finds
      // exactly the byte sequences; other text keeps Foundation's comparison.
      if text.utf8.allSatisfy({ $0 < 0x80 }) { return Self.fillASCII(text, with: values) }
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

  /// `filled(with:)`'s fill for ASCII `text`: each `{{name}}` replaced by its value (or kept when
  /// `values` has none), an unclosed `{{` and the rest kept as written.
  static func fillASCII(_ text: String, with values: [String: String]) -> String {
    let bytes = Array(text.utf8)
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 64)
    /// The index of the first two `byte`s in a row at or after `start`, if any.
    func pair(_ byte: UInt8, from start: Int) -> Int? {
      var i = start
      while i + 1 < bytes.count {
        if bytes[i] == byte && bytes[i + 1] == byte { return i }
        i += 1
      }
      return nil
    }
    var rest = 0
    while let open = pair(UInt8(ascii: "{"), from: rest) {
      result += bytes[rest..<open]
      guard let close = pair(UInt8(ascii: "}"), from: open + 2) else {
        result += bytes[open...]
        return String(decoding: result, as: UTF8.self)
      }
      let name = String(decoding: bytes[(open + 2)..<close], as: UTF8.self)
      if let value = values[name] {
        result += value.utf8
      } else {
        result += bytes[open..<(close + 2)]
      }
      rest = close + 2
    }
    result += bytes[rest...]
    return String(decoding: result, as: UTF8.self)
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
