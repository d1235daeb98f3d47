/// The variables every notice template may use: the declared schema templates are checked
/// against when they load. `Templates/README.md` lists the same fields.
public enum NoticeSchema {
  /// A postal address or other block of lines.
  private static let lines = TemplateType.list(.text)

  /// One invoice of the claim, with the ledger's figures for it.
  public static let charge = TemplateRecord([
    TemplateField("id", .text, "the invoice number"),
    TemplateField("date", .date, "the invoice date"),
    TemplateField("dueDate", .date, "when it was due (its dueDate, else date + netDays)"),
    TemplateField("description", .text, "what was provided"),
    TemplateField("amount", .money, "the invoiced amount"),
    TemplateField("paid", .money, "payments and credits applied to it"),
    TemplateField("unpaid", .money, "its unpaid principal"),
    TemplateField("lateFee", .money, "its late fee (zero when none applies)"),
    TemplateField("interest", .money, "its interest to the as-of date (zero when none)"),
    TemplateField("open", .money, "unpaid principal + late fee + interest"),
    TemplateField("daysPastDue", .integer, "days from the due date to the as-of date (0 if not yet due)"),
    TemplateField("isOverdue", .boolean, "whether it is past due and not fully paid"),
    TemplateField("isOpen", .boolean, "whether anything is still owed on it"),
    TemplateField("hasLateFee", .boolean, "whether a late fee applies to it"),
    TemplateField("hasInterest", .boolean, "whether interest has accrued on it"),
  ])

  /// One payment received.
  public static let payment = TemplateRecord([
    TemplateField("date", .date, "when it was received"),
    TemplateField("amount", .money, "how much"),
    TemplateField("method", .text, "how it was paid"),
    TemplateField("reference", .optional(.text), "the payment reference, if recorded"),
  ])

  /// One credit granted.
  public static let credit = TemplateRecord([
    TemplateField("date", .date, "when it was granted"),
    TemplateField("amount", .money, "how much"),
    TemplateField("reason", .text, "why"),
  ])

  /// One entry of the communication log.
  public static let contact = TemplateRecord([
    TemplateField("date", .date, "the day it happened (in the offset it was logged in)"),
    TemplateField("kind", .text, "what happened, in words: 'statement sent', 'call', …"),
    TemplateField("channel", .optional(.text), "how (email, phone, letter), if logged"),
    TemplateField("summary", .text, "the log's one-line summary"),
  ])

  /// One instalment of a payment plan.
  public static let installment = TemplateRecord([
    TemplateField("number", .integer, "1, 2, 3, …"),
    TemplateField("dueDate", .date, "when it is due"),
    TemplateField("amount", .money, "how much (the last absorbs the remainder)"),
  ])

  /// The root of the schema: every name a template can start with.
  public static let root = TemplateRecord([
    TemplateField(
      "kind", .text, "the message: reminder, follow-up, final, demand, plan-agreement, dispute-acknowledgement"),
    TemplateField("asOf", .date, "the date the notice is made as of (--as-of)"),
    TemplateField("payBy", .date, "the pay-by date: as-of + 14 days (30 for the demand)"),
    TemplateField("daysToPay", .integer, "days from as-of to payBy"),
    TemplateField(
      "claim",
      .record(
        TemplateRecord([
          TemplateField("id", .text, "the creditor's reference for the claim")
        ])), "the claim"),
    TemplateField(
      "creditor",
      .record(
        TemplateRecord([
          TemplateField("name", .text, "who is owed"),
          TemplateField("contact", .text, "the person to contact"),
          TemplateField("email", .text, "contact e-mail"),
          TemplateField("phone", .text, "contact phone"),
          TemplateField("address", lines, "postal address lines"),
        ])), "the creditor"),
    TemplateField(
      "customer",
      .record(
        TemplateRecord([
          TemplateField("name", .text, "the business name, else the contact name"),
          TemplateField("businessName", .optional(.text), "the business name, for business customers"),
          TemplateField("contactName", .text, "the person addressed"),
          TemplateField("email", .text, "e-mail"),
          TemplateField("accountNumber", .text, "the account number masked to its last 4 digits"),
          TemplateField("address", lines, "postal address lines"),
        ])), "the customer"),
    TemplateField("narrative", .list(.text), "the creditor's account of what was provided, one item per paragraph"),
    TemplateField(
      "terms",
      .record(
        TemplateRecord([
          TemplateField("netDays", .integer, "days from invoice to due date"),
          TemplateField("lateFee", .optional(.text), "the agreed late fee in words, e.g. '$25.00 once per invoice'"),
          TemplateField(
            "interest",
            .optional(
              .record(
                TemplateRecord([
                  TemplateField("rate", .text, "the agreed rate, e.g. '12% a year'"),
                  TemplateField("basis", .text, "how interest is computed, as one clause"),
                ]))), "the agreed interest, if any"),
        ])), "the agreed payment terms"),
    TemplateField("charges", .list(.record(charge)), "every invoice dated on or before as-of, in file order"),
    TemplateField("openCharges", .list(.record(charge)), "the invoices with something still owed"),
    TemplateField("overdueCount", .integer, "how many invoices are past due"),
    TemplateField("oldestDaysPastDue", .integer, "days past due of the oldest open invoice (0 if none)"),
    TemplateField("payments", .list(.record(payment)), "payments received on or before as-of"),
    TemplateField("credits", .list(.record(credit)), "credits granted on or before as-of"),
    TemplateField("contacts", .list(.record(contact)), "the communication log up to as-of, oldest first"),
    TemplateField(
      "balance",
      .record(
        TemplateRecord([
          TemplateField("charges", .money, "all invoices"),
          TemplateField("lateFees", .money, "all late fees"),
          TemplateField("interest", .money, "all interest"),
          TemplateField("payments", .money, "all payments"),
          TemplateField("credits", .money, "all credits"),
          TemplateField("due", .money, "the amount due now"),
        ])), "the ledger's totals as of as-of"),
    TemplateField(
      "itemization",
      .record(
        TemplateRecord([
          TemplateField("date", .date, "the itemization date"),
          TemplateField("basis", .text, "what that date is, e.g. 'the date of our last statement'"),
          TemplateField("amount", .money, "the balance on the itemization date"),
          TemplateField("newCharges", .money, "invoices dated since"),
          TemplateField("interest", .money, "interest added since"),
          TemplateField("fees", .money, "late fees added since"),
          TemplateField("payments", .money, "payments received since"),
          TemplateField("credits", .money, "credits granted since"),
          TemplateField(
            "due", .money, "the amount due now (amount + newCharges + interest + fees - payments - credits)"),
          TemplateField("hasNewCharges", .boolean, "whether newCharges is not zero"),
        ])), "the balance itemized since a date, as in the Regulation F validation notice"),
    TemplateField(
      "plan",
      .optional(
        .record(
          TemplateRecord([
            TemplateField("isAgreed", .boolean, "whether this is the claim's agreed plan (else an example)"),
            TemplateField("installmentCount", .integer, "the number of instalments"),
            TemplateField("frequency", .text, "weekly, every two weeks or monthly"),
            TemplateField("total", .money, "what the plan spreads: the amount due"),
            TemplateField("schedule", .list(.record(installment)), "the instalments"),
          ]))), "a payment plan: the agreed one, else an example of 3 monthly instalments from payBy"),
    TemplateField(
      "intent",
      .record(
        TemplateRecord([
          TemplateField("smallClaimsCourt", .optional(.text), "the small-claims court the creditor would file in"),
          TemplateField("collectionAgency", .boolean, "whether the account would go to a collection agency"),
          TemplateField("creditHold", .boolean, "whether further credit would be put on hold"),
          TemplateField("hasAny", .boolean, "whether any next step is intended"),
        ])), "what the creditor says it will do if the balance stays unpaid"),
    TemplateField(
      "dispute",
      .record(
        TemplateRecord([
          TemplateField("isOpen", .boolean, "whether a dispute in the log is not resolved"),
          TemplateField("raisedOn", .optional(.date), "the day the latest dispute was raised"),
          TemplateField("summary", .optional(.text), "its summary from the log"),
        ])), "the latest dispute"),
    TemplateField("jurisdiction", .text, "where a claim would be filed, in words: 'California', 'the United States'"),
  ])
}
