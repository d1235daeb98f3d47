/// Why a message could not be built.
public enum MailError: Error, Sendable, Equatable, CustomStringConvertible {
  /// A sender or recipient address is missing or not of the form `local@domain` in ASCII.
  case invalidAddress(role: String, address: String)
  /// A header value contains a line break, which would let it inject further headers.
  case lineBreakInHeader(name: String)

  /// What is wrong and how to fix it.
  public var description: String {
    switch self {
    case let .invalidAddress(role, address):
      let shown = address.isEmpty ? "(empty)" : "'\(address)'"
      return "the \(role) e-mail address \(shown) is not a valid address (expected local@domain in ASCII)"
    case let .lineBreakInHeader(name):
      return "the \(name) header would contain a line break"
    }
  }
}
