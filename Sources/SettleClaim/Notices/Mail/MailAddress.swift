import Foundation

/// A mailbox for a message header: a display name and an address.
public struct MailAddress: Sendable, Equatable {
  /// The person or business name shown by mail readers (any Unicode).
  public var displayName: String
  /// The address, `local@domain` (ASCII).
  public var address: String

  /// Creates a mailbox.
  public init(displayName: String, address: String) {
    self.displayName = displayName
    self.address = address
  }

  /// The header form: `Name <address>` with the name quoted or RFC 2047-encoded as needed.
  var headerWords: [String] {
    let name = displayName.trimmingCharacters(in: .whitespacesAndNewlines)
    guard !name.isEmpty else { return ["<\(address)>"] }
    return HeaderText.displayName(name) + ["<\(address)>"]
  }

  /// Whether the address is plain enough to put in a header: one `@`, ASCII, no spaces or brackets.
  var isWellFormed: Bool {
    let parts = address.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else { return false }
    return address.utf8.allSatisfy { (0x21...0x7E).contains($0) && !"<>()[]\\,;:\"".utf8.contains($0) }
  }
}
