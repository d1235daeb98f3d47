import SettleModel

/// Turns claim values into the JSON of `settle.claim/1`, members in the schema's order.
///
/// Amounts become decimal strings (`Money.description`), rates decimal strings, dates ISO 8601,
/// instants RFC 3339, counts JSON integers. Optional fields that are absent are left out, as are
/// the optional lists when empty (`charges` is always written), `intent` when it says nothing and
/// `jurisdiction` never (it is written even when it is the default, so readers see it).
public enum ClaimEncoder {
  /// The whole claim.
  public static func encode(_ claim: Claim) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("schema", .string(Claim.schema)),
      ("id", .string(claim.id)),
      ("currency", .string(claim.currency.code)),
      ("creditor", encode(claim.creditor)),
      ("customer", encode(claim.customer)),
      ("purpose", .string(claim.purpose.rawValue)),
      ("narrative", .string(claim.narrative)),
      ("terms", encode(claim.terms)),
      ("charges", .makeArray(claim.charges.map(encode))),
    ]
    if !claim.payments.isEmpty { pairs.append(("payments", .makeArray(claim.payments.map(encode)))) }
    if !claim.credits.isEmpty { pairs.append(("credits", .makeArray(claim.credits.map(encode)))) }
    if !claim.exhibits.isEmpty { pairs.append(("exhibits", .makeArray(claim.exhibits.map(encode)))) }
    if !claim.events.isEmpty { pairs.append(("events", .makeArray(claim.events.map(encode)))) }
    if let plan = claim.paymentPlan {
      pairs.append(
        (
          "paymentPlan",
          .makeObject([
            ("installments", .number(String(plan.installments))), ("firstDue", .string(plan.firstDue.description)),
            ("frequency", .string(plan.frequency.rawValue)),
          ])
        ))
    }
    let intent = claim.intent
    if intent != Intent() {
      var fields: [(String, JSONValue)] = []
      if let court = intent.smallClaimsCourt { fields.append(("smallClaimsCourt", .string(court))) }
      if intent.collectionAgency { fields.append(("collectionAgency", .bool(true))) }
      if intent.creditHold { fields.append(("creditHold", .bool(true))) }
      pairs.append(("intent", .makeObject(fields)))
    }
    pairs.append(("jurisdiction", .string(claim.jurisdiction.rawValue)))
    if let declarant = claim.declarant {
      var fields: [(String, JSONValue)] = [("name", .string(declarant.name)), ("title", .string(declarant.title))]
      if !declarant.address.isEmpty { fields.append(("address", lines(declarant.address))) }
      if let birth = declarant.birthDate { fields.append(("birthDate", .string(birth.description))) }
      pairs.append(("declarant", .makeObject(fields)))
    }
    return .makeObject(pairs)
  }

  /// The creditor: name, contact, email, phone, address, logo.
  public static func encode(_ creditor: Creditor) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("name", .string(creditor.name)), ("contact", .string(creditor.contact)), ("email", .string(creditor.email)),
      ("phone", .string(creditor.phone)), ("address", lines(creditor.address)),
    ]
    if let logo = creditor.logo { pairs.append(("logo", .string(logo))) }
    return .makeObject(pairs)
  }

  /// The customer: businessName (when a business), contactName, email, phone, address, accountNumber.
  public static func encode(_ customer: Customer) -> JSONValue {
    var pairs: [(String, JSONValue)] = []
    if let business = customer.businessName { pairs.append(("businessName", .string(business))) }
    pairs += [
      ("contactName", .string(customer.contactName)), ("email", .string(customer.email)),
      ("phone", .string(customer.phone)),
      ("address", lines(customer.address)), ("accountNumber", .string(customer.accountNumber)),
    ]
    return .makeObject(pairs)
  }

  /// The terms: netDays, then the late fee and interest when agreed.
  public static func encode(_ terms: Terms) -> JSONValue {
    var pairs: [(String, JSONValue)] = [("netDays", .number(String(terms.netDays)))]
    switch terms.lateFee {
    case .flat(let money)?: pairs.append(("lateFee", .makeObject([("flat", .string(money.description))])))
    case .percent(let rate)?: pairs.append(("lateFee", .makeObject([("percent", .string(rate.description))])))
    case nil: break
    }
    if let interest = terms.interest {
      pairs.append(("interest", .makeObject([("annualPercent", .string(interest.annualPercent.description))])))
    }
    return .makeObject(pairs)
  }

  /// A charge: id, date, dueDate, description, amount, invoice.
  public static func encode(_ charge: Charge) -> JSONValue {
    var pairs: [(String, JSONValue)] = [("id", .string(charge.id)), ("date", .string(charge.date.description))]
    if let due = charge.dueDate { pairs.append(("dueDate", .string(due.description))) }
    pairs += [("description", .string(charge.description)), ("amount", .string(charge.amount.description))]
    if let invoice = charge.invoice { pairs.append(("invoice", .string(invoice))) }
    return .makeObject(pairs)
  }

  /// A payment: date, amount, method, reference, appliesTo.
  public static func encode(_ payment: Payment) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("date", .string(payment.date.description)), ("amount", .string(payment.amount.description)),
      ("method", .string(payment.method)),
    ]
    if let reference = payment.reference { pairs.append(("reference", .string(reference))) }
    if let target = payment.appliesTo { pairs.append(("appliesTo", .string(target))) }
    return .makeObject(pairs)
  }

  /// A credit: date, amount, reason, appliesTo.
  public static func encode(_ credit: Credit) -> JSONValue {
    var pairs: [(String, JSONValue)] = [
      ("date", .string(credit.date.description)), ("amount", .string(credit.amount.description)),
      ("reason", .string(credit.reason)),
    ]
    if let target = credit.appliesTo { pairs.append(("appliesTo", .string(target))) }
    return .makeObject(pairs)
  }

  /// An exhibit: title, file, date.
  public static func encode(_ exhibit: Exhibit) -> JSONValue {
    var pairs: [(String, JSONValue)] = [("title", .string(exhibit.title)), ("file", .string(exhibit.file))]
    if let date = exhibit.date { pairs.append(("date", .string(date.description))) }
    return .makeObject(pairs)
  }

  /// An event: at, kind, channel, summary, chain.
  public static func encode(_ event: Event) -> JSONValue {
    var pairs: [(String, JSONValue)] = [("at", .string(event.at.description)), ("kind", .string(event.kind.rawValue))]
    if let channel = event.channel { pairs.append(("channel", .string(channel))) }
    pairs.append(("summary", .string(event.summary)))
    if let chain = event.chain { pairs.append(("chain", .string(chain))) }
    return .makeObject(pairs)
  }

  private static func lines(_ address: [String]) -> JSONValue { .makeArray(address.map { .string($0) }) }
}
