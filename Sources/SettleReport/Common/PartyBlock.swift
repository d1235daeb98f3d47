import Foundation
import SettleModel
import Typeset

/// The lines that identify a party on a document: its name in bold, then contact, address,
/// phone and e-mail, one per line, empty parts left out.
public struct PartyBlock: Sendable, Hashable {
  /// The name set in bold on the first line.
  public var name: String
  /// The lines under the name.
  public var lines: [String]

  /// Creates a block from its name and lines (empty lines are dropped).
  public init(name: String, lines: [String]) {
    self.name = name
    self.lines = lines.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
  }

  /// The creditor: name, address, phone and e-mail.
  public init(creditor: Creditor) {
    var lines = creditor.address
    if !creditor.phone.isEmpty { lines.append("Phone " + creditor.phone) }
    if !creditor.email.isEmpty { lines.append(creditor.email) }
    self.init(name: creditor.name, lines: lines)
  }

  /// The customer: business name (else contact name), the contact as "Attn:", and the address.
  public init(customer: Customer) {
    var lines: [String] = []
    if customer.businessName != nil, !customer.contactName.isEmpty { lines.append("Attn: " + customer.contactName) }
    lines += customer.address
    self.init(name: customer.displayName, lines: lines)
  }

  /// Every line, the name first.
  public var allLines: [String] { [name] + lines }

  /// The cell for row `index` of a side-by-side layout: the name in `nameStyle` for row 0, then
  /// the lines in `style`; an empty cell past the last line.
  public func cell(row index: Int, nameStyle: TextStyle, style: TextStyle) -> TableCell {
    if index == 0 { return TableCell(name, style: nameStyle, alignment: .left) }
    let line = index - 1 < lines.count ? lines[index - 1] : ""
    return TableCell(line, style: style, alignment: .left)
  }
}
