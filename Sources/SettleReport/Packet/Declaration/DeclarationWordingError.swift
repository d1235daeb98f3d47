/// Why a declaration template could not be read.
public enum DeclarationWordingError: Error, Sendable, Hashable, CustomStringConvertible {
  /// A `## name` line names a section other than title, body, attestation or jurat.
  case unknownSection(String)
  /// The title, body or attestation section is missing or empty.
  case missingSection(String)
  /// Text appears before the first `## name` line.
  case textOutsideSection(String)

  public var description: String {
    switch self {
    case .unknownSection(let name): return "unknown section \"## \(name)\" (expected title, body, attestation, jurat)"
    case .missingSection(let name): return "the \"## \(name)\" section is missing or empty"
    case .textOutsideSection(let line): return "text before the first section: \"\(line)\""
    }
  }
}
