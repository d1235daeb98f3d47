import SettleModel

/// One entry of a claim's lists, as `settle add` appends it.
public enum ClaimItem: Sendable, Hashable {
  /// An invoice, appended to `charges`.
  case charge(Charge)
  /// A payment received, appended to `payments`.
  case payment(Payment)
  /// A credit given, appended to `credits`.
  case credit(Credit)
  /// Further evidence, appended to `exhibits`.
  case exhibit(Exhibit)

  /// The top-level list the item belongs to: `charges`, `payments`, `credits` or `exhibits`.
  public var listKey: String { kind.listKey }

  /// What sort of item it is.
  public var kind: ClaimItemKind {
    switch self {
    case .charge: .charge
    case .payment: .payment
    case .credit: .credit
    case .exhibit: .exhibit
    }
  }

  /// The item as JSON, members in the schema's order.
  public var jsonValue: JSONValue {
    switch self {
    case .charge(let c): ClaimEncoder.encode(c)
    case .payment(let p): ClaimEncoder.encode(p)
    case .credit(let c): ClaimEncoder.encode(c)
    case .exhibit(let e): ClaimEncoder.encode(e)
    }
  }
}

/// The four kinds of list entry `settle add` knows, with the fields each may have.
public enum ClaimItemKind: String, Sendable, Hashable, CaseIterable {
  /// `settle add charge`.
  case charge
  /// `settle add payment`.
  case payment
  /// `settle add credit`.
  case credit
  /// `settle add exhibit`.
  case exhibit

  /// The top-level list: `charges`, `payments`, `credits` or `exhibits`.
  public var listKey: String { rawValue + "s" }

  /// Every field the item may have, in the schema's order.
  public var fields: [String] {
    switch self {
    case .charge: ClaimSchema.charge
    case .payment: ClaimSchema.payment
    case .credit: ClaimSchema.credit
    case .exhibit: ClaimSchema.exhibit
    }
  }

  /// The fields that must be given. A charge's `dueDate` may be left out: it then defaults to
  /// its date plus the claim's net days, written out so the file shows it.
  public var requiredFields: [String] {
    switch self {
    case .charge: ClaimSchema.chargeRequired
    case .payment: ClaimSchema.paymentRequired
    case .credit: ClaimSchema.creditRequired
    case .exhibit: ClaimSchema.exhibitRequired
    }
  }

  /// The field naming an evidence file that is copied into the claim's folder, if any.
  public var fileField: String? {
    switch self {
    case .charge: "invoice"
    case .exhibit: "file"
    case .payment, .credit: nil
    }
  }

  /// The folder inside the claim's folder where copied files go: `invoices` or `exhibits`.
  var evidenceFolder: String { self == .charge ? "invoices" : "exhibits" }
}
