import SettleModel

/// Makes notices: computes the facts, renders the template, reads its layout and runs the wording
/// guard on the result.
///
/// ```swift
/// let templates = try NoticeTemplateSet.builtIn()
/// let notice = try NoticeComposer.compose(.reminder, claim: claim, options: NoticeOptions(asOf: date), templates: templates)
/// if notice.isBlocked { print(notice.findings) } else { print(notice.text()) }
/// ```
public enum NoticeComposer {
  /// Makes the `kind` message for `claim`.
  ///
  /// - Returns: the notice with any wording findings (check `isBlocked` before sending).
  /// - Throws: `NoticeError` when `options.allowedRules` names an unknown rule, the ledger cannot
  ///   be computed, or the template's output is malformed.
  public static func compose(
    _ kind: NoticeKind, claim: Claim, options: NoticeOptions, templates: NoticeTemplateSet,
    wordingGuard: WordingGuard = WordingGuard()
  ) throws(NoticeError) -> Notice {
    try compose(kind, claim: claim, options: options, template: templates.template(for: kind), wordingGuard: wordingGuard)
  }

  /// Composes the notice of `kind` from `template` alone (which must be a template for that kind,
  /// such as `NoticeTemplateSet.builtInTemplate(for:)`), for a caller that needs one kind and
  /// need not parse and check the other templates.
  public static func compose(
    _ kind: NoticeKind, claim: Claim, options: NoticeOptions, template: Template,
    wordingGuard: WordingGuard = WordingGuard()
  ) throws(NoticeError) -> Notice {
    for id in options.allowedRules.sorted() where WordingRule.named(id) == nil {
      throw .unknownRule(id)
    }
    let facts = try NoticeFacts(claim: claim, kind: kind, asOf: options.asOf)
    let formatting = options.locale.formatting
    let values = facts.values(formatting: formatting)
    let markup: String
    do {
      markup = try template.render(values, formatting: formatting)
    } catch {
      throw .template(error)
    }
    let parsed = try NoticeMarkup.parse(markup, templateName: template.name)
    let document = NoticeDocument(
      kind: kind, subject: parsed.subject, date: options.asOf,
      dateLine: options.asOf.formatted(formatting.dateStyle),
      sender: senderLines(claim.creditor), recipient: recipientLines(claim.customer), blocks: parsed.blocks)

    let context = wordingContext(facts: facts, values: values, locale: options.locale)
    let text = PlainTextFormatter().string(for: document)
    let findings = wordingGuard.findings(in: text, context: context, allowing: options.allowedRules)
    return Notice(facts: facts, document: document, wordingContext: context, findings: findings)
  }

  /// What the claim allows: its intent, terms, log state, and every figure in the values.
  static func wordingContext(facts: NoticeFacts, values: [String: TemplateValue], locale: NoticeLocale)
    -> WordingContext
  {
    let claim = facts.claim
    var amounts = Set<String>()
    // Each distinct figure once (a long itemization repeats many); the set has no order to keep.
    var figures = Set<Money>()
    TemplateValue.record(values).collectMoney(into: &figures)
    for money in figures {
      amounts.insert(locale.formatting.money.string(for: money))
      amounts.insert(locale.formatting.codeString(for: money))
    }
    return WordingContext(
      smallClaimsCourt: claim.intent.smallClaimsCourt, intendsCollectionAgency: claim.intent.collectionAgency,
      intendsCreditHold: claim.intent.creditHold, hasLateFeeTerms: claim.terms.lateFee != nil,
      hasInterestTerms: claim.terms.interest != nil, creditorName: claim.creditor.name,
      creditorPhone: claim.creditor.phone, hasOpenDispute: facts.hasOpenDispute,
      isCollectionNotice: facts.kind.isCollectionNotice, knownAmounts: amounts,
      currencyMarkers: locale.currencyMarkers(for: claim.currency),
      decimalSeparator: locale.formatting.money.decimalSeparator)
  }

  static func senderLines(_ creditor: Creditor) -> [String] {
    var lines = [creditor.name] + creditor.address
    if !creditor.phone.isEmpty { lines.append("Phone: " + creditor.phone) }
    if !creditor.email.isEmpty { lines.append("Email: " + creditor.email) }
    return lines
  }

  static func recipientLines(_ customer: Customer) -> [String] {
    var lines: [String] = []
    if let business = customer.businessName, !business.isEmpty {
      lines.append(business)
      lines.append("Attn: " + customer.contactName)
    } else {
      lines.append(customer.contactName)
    }
    return lines + customer.address
  }
}
