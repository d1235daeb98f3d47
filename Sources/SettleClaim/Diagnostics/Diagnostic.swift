/// One problem found in a claim, located like a compiler message.
///
/// Printed as `claim.json:14:15: error: $.charges[0].amount: "12.345" has 3 decimals; USD allows at most 2`.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
  /// How serious a problem is.
  public enum Severity: String, Sendable, Hashable, Comparable {
    /// The claim cannot be used until this is fixed.
    case error
    /// The claim can be used, but something is likely wrong or incomplete.
    case warning

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .error && rhs == .warning }
  }

  /// How serious the problem is.
  public var severity: Severity
  /// What kind of problem it is.
  public var kind: DiagnosticKind
  /// The file as the user named it (e.g. `claim.json` or `acme/claim.json`).
  public var file: String
  /// Where in the file, when known.
  public var location: SourceLocation?
  /// The JSON path of the value, when known.
  public var path: JSONPath?
  /// The explanation: what was found and what is expected.
  public var message: String
  /// The offending text or value, when there is one (for `--json`).
  public var found: String?
  /// What would be accepted (for `--json`).
  public var expected: String?

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, _ kind: DiagnosticKind, file: String, location: SourceLocation?, path: JSONPath?,
    message: String,
    found: String? = nil, expected: String? = nil
  ) {
    self.severity = severity
    self.kind = kind
    self.file = file
    self.location = location
    self.path = path
    self.message = message
    self.found = found
    self.expected = expected
  }

  /// `file:line:column: severity: path: message`, omitting parts that are unknown.
  public var description: String {
    var s = file
    if let location { s += ":\(location.line):\(location.column)" }
    s += ": \(severity.rawValue): "
    if let path { s += "\(path): " }
    return s + message
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic is an error.
  public var containsErrors: Bool { contains { $0.severity == .error } }

  /// The diagnostics in file order (by byte offset; unlocated ones first), errors before warnings at the same place.
  public var sortedByLocation: [Diagnostic] {
    enumerated().sorted { a, b in
      let la = a.element.location?.offset ?? -1
      let lb = b.element.location?.offset ?? -1
      if la != lb { return la < lb }
      if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
      return a.offset < b.offset
    }.map(\.element)
  }
}
