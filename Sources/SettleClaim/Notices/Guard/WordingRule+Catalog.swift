extension WordingRule {
  /// Threats of arrest, jail or criminal charges.
  public static let criminalThreat = WordingRule(
    id: "threat.criminal",
    message: "threatens arrest, jail or criminal charges for not paying a debt",
    basis: "FDCPA §1692e(4),(7); Cal. Civ. Code §1788.10(b); Tex. Fin. Code §392.301(a)(5),(6)",
    scope: .wordsAlone,
    patterns: [
      #"\barrest(ed|s|ing)?\b"#, #"\bjail(ed)?\b"#, #"\bprison\b"#, #"\bimprison\w*"#,
      #"\bcriminal\w*"#, #"\bprosecut\w*"#, #"\bpolice\b"#, #"\bhandcuff\w*"#, #"\bfelony\b"#,
      #"\bmisdemeanou?r\b"#, #"\b(press|file|bring) (criminal )?charges\b"#,
      #"\bcommitt?(ed|ing)? (a )?(crime|fraud|theft)\b"#,
    ])

  /// Threats of violence or harm.
  public static let violentThreat = WordingRule(
    id: "threat.violence",
    message: "threatens violence or harm to the person, their reputation or property",
    basis: "FDCPA §1692d(1); Cal. Civ. Code §1788.10(a); Tex. Fin. Code §392.301(a)(1)",
    scope: .wordsAlone,
    patterns: [
      #"\b(hurt|harm|injure|beat up|kill)\b"#, #"\bviolen(ce|t)\b"#, #"\b(ruin|destroy) your\b"#,
      #"\byou('ll| will) (be )?sorry\b"#, #"\bwatch your back\b"#,
    ])

  /// Threats to seize property, garnish wages or freeze accounts (which need a judgment first).
  public static let seizureThreat = WordingRule(
    id: "threat.seizure",
    message: "threatens seizure, garnishment or repossession, which no creditor may do without a court judgment",
    basis: "FDCPA §1692e(4),(5); Cal. Civ. Code §1788.10(e); Tex. Fin. Code §392.301(a)(7),(8)",
    scope: .wordsAlone,
    patterns: [
      #"\bgarnish\w*"#, #"\bseiz(e|ed|ing|ure)\b"#, #"\brepossess\w*"#, #"\blevy\b"#, #"\blien\b"#,
      #"\b(freeze|attach) your\b"#, #"\btake your (home|house|car|property|wages|salary)\b"#,
    ])

  /// Saying proceedings have started when they have not.
  public static let falseProceeding = WordingRule(
    id: "legal.falseProceeding",
    message: "says a legal proceeding has been or is being brought; a pre-suit notice must not",
    basis: "FDCPA §1692e(2),(5); Cal. Civ. Code §1788.13(j); N.Y. GBL §601(8)",
    scope: .wordsAlone,
    patterns: [
      #"\b(lawsuit|suit|claim|case|complaint|action) (has been|was|is being|have been) (filed|started|commenced|brought|initiated)\b"#,
      #"\bproceedings (have|has) (begun|started|been (started|commenced|initiated|instituted))\b"#,
      #"\bcase (no|number)\b"#, #"\bdocket\b"#,
    ])

  /// Wording that imitates a court or government document.
  public static let governmentImitation = WordingRule(
    id: "imitation.government",
    message: "imitates a court or government document or process",
    basis: "FDCPA §1692e(9),(13); Cal. Civ. Code §1788.16; N.Y. GBL §601(9)",
    scope: .wordsAlone,
    patterns: [
      #"\bcourt order\b"#, #"\bsummons\b"#, #"\bsubpoena\b"#, #"\bwrit\b"#, #"\bwarrant\b"#,
      #"\bofficial (notice|document|demand)\b"#, #"\blegal notice\b"#, #"\bgovernment\w*\b"#,
      #"\bfederal\b"#, #"\bsheriff\b"#, #"\bmarshal\b"#, #"\battorney general\b"#, #"\binternal revenue\b"#,
      #"\bin the matter of\b"#, #"\bplaintiff\b"#, #"\bdefendant\b"#,
      #"\bnotice of (lawsuit|suit|judgment|levy|default judgment)\b"#,
    ])

  /// Wording that suggests a lawyer sends or backs the letter.
  public static let attorneyImitation = WordingRule(
    id: "imitation.attorney",
    message: "suggests the notice comes from or is backed by an attorney",
    basis: "FDCPA §1692e(3); Cal. Civ. Code §1788.13(c); N.Y. GBL §601(9)",
    scope: .wordsAlone,
    patterns: [
      #"\battorney at law\b"#, #"\blaw (office|offices|firm)\b"#, #"\besq\b"#, #"\blegal department\b"#,
      #"\bour (attorney|attorneys|lawyer|lawyers|legal team|counsel)\b"#,
      #"\b(refer|referred|referring|turn|turned|hand|handed|forward|forwarded|send|sent|pass|passed)\b[^.\n]{0,40}\b(attorney|lawyer|legal counsel)\b"#,
    ])

  /// Legal action the claim does not say is intended.
  public static let unintendedCourt = WordingRule(
    id: "intent.court",
    message: "mentions legal action, but the claim's intent names no small-claims court",
    basis: "FDCPA §1692e(5); N.Y. GBL §601(7),(8); Cal. Civ. Code §1788.13(j)",
    scope: .claim,
    patterns: [
      #"\b(sue|sues|sued|suing|lawsuit)\b"#, #"\blegal (action|proceedings|steps|remedies)\b"#, #"\blitigat\w*"#,
      #"\bcourts?\b"#, #"\bjudge?ments?\b"#, #"\bsmall[- ]claims\b"#,
    ])

  /// Referral to a collection agency the claim does not say is intended.
  public static let unintendedAgency = WordingRule(
    id: "intent.collectionAgency",
    message: "mentions a collection agency, but the claim's intent does not include one",
    basis: "FDCPA §1692e(5); N.Y. GBL §601(7); Tex. Fin. Code §392.304(a)(19)",
    scope: .claim,
    patterns: [
      #"\bcollections? (agency|agencies|firm|company|bureau)\b"#, #"\bdebt collectors?\b"#,
      #"\b(refer|referred|send|sent|turn|turned|hand|handed|place|placed)\b[^.\n]{0,30}\b(to|with|for|over to) collections?\b"#,
    ])

  /// A credit hold the claim does not say is intended.
  public static let unintendedCreditHold = WordingRule(
    id: "intent.creditHold",
    message: "mentions a credit hold or stopped service, but the claim's intent does not include one",
    basis: "FDCPA §1692e(5); N.Y. GBL §601(7)",
    scope: .claim,
    patterns: [
      #"\bcredit hold\b"#, #"\bon hold\b"#, #"\bsuspend\w* (your |the )?(account|credit|service)\b"#,
      #"\bstop\w* (further |all )?(service|services|deliveries|orders|shipments)\b"#,
    ])

  /// Credit reporting, which is not among the intents a claim can state.
  public static let creditReporting = WordingRule(
    id: "intent.creditReporting",
    message: "mentions credit reporting, which is not among the steps a claim can say it intends",
    basis: "FDCPA §1692e(5),(8); N.Y. GBL §601(5)",
    scope: .wordsAlone,
    patterns: [
      #"\bcredit (bureau|bureaus|report|reports|reporting|rating|score|history|agency|agencies)\b"#,
      #"\breport (you|this|the debt|the balance|your account|the account)\b"#, #"\b(equifax|experian|transunion)\b"#,
    ])

  /// A late fee when the claim's terms have none.
  public static let unauthorizedLateFee = WordingRule(
    id: "fee.lateFee",
    message: "mentions a late fee or penalty, but the claim's terms include no late fee",
    basis: "FDCPA §1692f(1); Tex. Fin. Code §392.303(a)(2); N.Y. GBL §601(2); Cal. Civ. Code §1788.14(b)",
    scope: .claim,
    patterns: [
      #"\blate (fee|fees|charge|charges|payment fee|payment charge)\b"#, #"\bpenalt(y|ies)\b"#, #"\bsurcharge\w*"#,
    ])

  /// Interest when the claim's terms have none.
  public static let unauthorizedInterest = WordingRule(
    id: "fee.interest",
    message: "mentions interest, but the claim's terms include no interest",
    basis: "FDCPA §1692f(1); Tex. Fin. Code §392.303(a)(2); N.Y. GBL §601(2); Cal. Civ. Code §1788.14(b)",
    scope: .claim,
    patterns: [#"\binterest\b"#, #"\bfinance charges?\b"#])

  /// Fees that no claim's terms can contain (collection costs, attorney's fees, admin fees).
  public static let collectionCosts = WordingRule(
    id: "fee.collectionCosts",
    message: "mentions a fee that is not in the claim's terms (collection costs, legal or administrative fees)",
    basis: "FDCPA §1692f(1); Tex. Fin. Code §392.303(a)(2); N.Y. GBL §601(2); Cal. Civ. Code §1788.14(b)",
    scope: .wordsAlone,
    patterns: [
      #"\bcollection (fee|fees|cost|costs|charge|charges)\b"#,
      #"\b(attorney|attorneys|attorney's|attorneys'|legal) fees?\b"#,
      #"\b(processing|administrative|admin|handling|service) (fee|fees|charge|charges)\b"#, #"\bcourt costs\b"#,
    ])

  /// Pressure that invents a deadline or an emergency.
  public static let falseUrgency = WordingRule(
    id: "urgency.false",
    message: "creates false urgency; give the pay-by date instead",
    basis: "FDCPA §1692e(10); Cal. Civ. Code §1788.17; N.Y. GBL §601(8)",
    scope: .wordsAlone,
    patterns: [
      #"\bact now\b"#, #"\bimmediate(ly)?\b"#, #"\burgent\w*"#, #"\bright away\b"#, #"\bat once\b"#,
      #"\bwithin (24|48|72) hours\b"#, #"\b(today|tonight) only\b"#, #"\blast chance\b"#, #"\bfinal warning\b"#,
      #"\btoo late\b"#, #"\btime is running out\b"#, #"\bdo(n't| not) delay\b"#, #"\bnow or never\b"#,
      #"\bbefore it's too late\b"#,
    ])

  /// Profanity and insults.
  public static let profanity = WordingRule(
    id: "language.profanity",
    message: "uses profane, obscene or insulting language",
    basis: "FDCPA §1692d(2); Cal. Civ. Code §1788.11(a); Tex. Fin. Code §392.302(1); N.Y. GBL §601(6)",
    scope: .wordsAlone,
    patterns: [
      #"\bfuck\w*"#, #"\bshit\w*"#, #"\bbitch\w*"#, #"\bbastards?\b"#, #"\basshole\w*"#, #"\bdamn\w*"#,
      #"\bcrap\w*"#, #"\bpiss\w*"#, #"\bcunt\w*"#, #"\bwhores?\b"#, #"\bidiots?\b"#, #"\bstupid\b"#,
      #"\bmorons?\b"#, #"\bdeadbeats?\b"#, #"\bloser\b"#, #"\bliars?\b"#, #"\bthie(f|ves)\b"#, #"\bcheats?\b"#,
    ])

  /// Contacting employers, family or neighbours about the debt.
  public static let thirdPartyContact = WordingRule(
    id: "contact.thirdParty",
    message: "threatens to tell the employer, family or others about the debt",
    basis: "FDCPA §1692c(b); Cal. Civ. Code §1788.12(a),(b); N.Y. GBL §601(4)",
    scope: .wordsAlone,
    patterns: [
      #"\byour (employer|boss|workplace|manager|family|relatives|neighbou?rs|friends|church|colleagues)\b"#,
      #"\b(contact|call|tell|inform|notify)\w*\b[^.\n]{0,20}\b(employer|workplace|family|neighbou?rs)\b"#,
    ])

  /// The notice must say who is owed and how to reach them.
  public static let creditorIdentity = WordingRule(
    id: "identity.creditor",
    message: "must state to whom the debt is owed and the creditor's phone number",
    basis: "Tex. Fin. Code §392.304(a)(4),(6); FDCPA §1692e(14)",
    scope: .claim)

  /// A collection notice while a dispute is open.
  public static let openDispute = WordingRule(
    id: "dispute.open",
    message: "a dispute raised in the log is not resolved; collection pauses until it is",
    basis: "FDCPA §1692g(b); 12 CFR §1006.38(d)(2); N.Y. GBL §601(5)",
    scope: .claim)

  /// A money figure that is not one of the ledger's.
  public static let unverifiedAmount = WordingRule(
    id: "amount.unverified",
    message: "states an amount that is not one of the ledger's figures for this claim",
    basis: "FDCPA §1692e(2)(A); Tex. Fin. Code §392.304(a)(8); N.Y. GBL §601(8)",
    scope: .claim)

  /// Every rule the guard knows, in the order findings are reported.
  public static let catalog: [WordingRule] = [
    criminalThreat, violentThreat, seizureThreat, falseProceeding, governmentImitation, attorneyImitation,
    unintendedCourt, unintendedAgency, unintendedCreditHold, creditReporting,
    unauthorizedLateFee, unauthorizedInterest, collectionCosts,
    falseUrgency, profanity, thirdPartyContact,
    creditorIdentity, openDispute, unverifiedAmount,
  ]

  /// The rule with this id, if there is one.
  public static func named(_ id: String) -> WordingRule? { catalog.first { $0.id == id } }
}
