/// One invoice (`charges[]` in the claim file).
public struct Charge: Sendable, Hashable {
  /// The invoice number, unique in the claim; what `appliesTo` refers to.
  public var id: String
  /// The invoice date.
  public var date: CivilDate
  /// The agreed due date; when `nil` the charge is due `terms.netDays` after `date`.
  public var dueDate: CivilDate?
  /// What was provided.
  public var description: String
  /// The invoiced amount.
  public var amount: Money
  /// Path of the invoice (PDF, PNG or JPEG), relative to the claim file.
  public var invoice: String?

  /// Creates a charge.
  public init(
    id: String, date: CivilDate, dueDate: CivilDate? = nil, description: String, amount: Money, invoice: String? = nil
  ) {
    self.id = id
    self.date = date
    self.dueDate = dueDate
    self.description = description
    self.amount = amount
    self.invoice = invoice
  }

  /// The date the charge is due under `terms`: `dueDate` if given, else `date` plus `netDays`.
  public func dueDate(under terms: Terms) -> CivilDate {
    dueDate ?? date.adding(days: terms.netDays)
  }
}
