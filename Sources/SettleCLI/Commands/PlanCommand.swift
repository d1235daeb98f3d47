import SettleClaim
import SettleModel

/// `settle plan CLAIM --installments N --first-due DATE [--frequency F] [--json]`: a schedule summing exactly to the balance.
public enum PlanCommand: Command, RequiredOptions {
  public static let name = "plan"
  public static let abstract = "Propose a payment-plan schedule that sums exactly to the balance"
  public static let discussion = """
    Splits the balance as of the as-of date into N installments: each of the first N-1 is the balance divided \
    by N rounded down to the currency's minor unit, and the last takes the remainder, so the installments sum \
    exactly to the balance. Weekly plans step 7 days, biweekly 14, monthly keep the first due date's day of the \
    month (clamped to the month's last day).
    """
  public static let arguments = [ArgumentSpec("CLAIM", help: "The claim file, or the folder holding claim.json")]
  public static let options: [OptionSpec] = [
    .value("--installments", "N", help: "Number of installments, 1 to \(PaymentPlan.maximumInstallments)"),
    .value("--first-due", "DATE", help: "Due date of the first installment (YYYY-MM-DD)"),
    .value(
      "--frequency", "F", help: "How often an installment falls due; default monthly",
      allowed: PlanFrequency.allCases.map(\.rawValue)),
    .flag("--json", help: "Print the schedule as JSON (settle.plan/1)"),
  ]
  public static let requiredOptions = ["--installments", "--first-due"]

  public static func run(_ arguments: ParsedArguments, _ io: inout CommandIO) throws(CommandFailure) {
    guard let count = try arguments.integer("--installments", in: 1...PaymentPlan.maximumInstallments) else {
      throw .usage("settle plan: missing --installments N")
    }
    guard let firstDue = try arguments.date("--first-due") else {
      throw .usage("settle plan: missing --first-due DATE")
    }
    let frequency = arguments.value("--frequency").flatMap(PlanFrequency.init(rawValue:)) ?? .monthly
    let (claim, loaded) = try ClaimLoading.loadValidClaim(arguments.positionals[0], io: io)
    let ledger = try ClaimLoading.ledger(claim, file: loaded.path, asOf: io.asOf)
    guard ledger.balance.isPositive else {
      throw .invalidInput(
        "\(loaded.path): nothing is owed as of \(io.asOf) (balance \(PlainMoney.text(ledger.balance))); there is nothing to plan"
      )
    }
    let schedule: [Installment]
    do {
      schedule = try PaymentPlan.schedule(
        total: ledger.balance, installments: count, firstDue: firstDue, frequency: frequency)
    } catch {
      switch error {
      case .installmentsExceedMinorUnits, .tooFewInstallments, .tooManyInstallments:
        throw .usage("settle plan: \(error)")
      default: throw .invalidInput("\(loaded.path): \(error)")
      }
    }
    if arguments.isSet("--json") {
      let doc = JSONValue.makeObject([
        ("schema", .string("settle.plan/1")), ("claim", .string(claim.id)), ("asOf", .string(io.asOf.description)),
        ("currency", .string(claim.currency.code)), ("total", .string(ledger.balance.description)),
        ("frequency", .string(frequency.rawValue)),
        (
          "installments",
          .makeArray(
            schedule.map { i in
              .makeObject([
                ("number", .number(String(i.number))), ("dueDate", .string(i.dueDate.description)),
                ("amount", .string(i.amount.description)),
              ])
            })
        ),
      ])
      io.write(
        JSONWriter.pretty(
          doc,
          keyOrder: [
            "schema", "claim", "asOf", "currency", "total", "frequency", "installments", "number", "dueDate", "amount",
          ]) + "\n")
      return
    }
    var s = "Payment plan for claim \(claim.id) (\(claim.customer.displayName)), as of \(io.asOf)\n"
    s += "\(PlainMoney.text(ledger.balance)) in \(count) \(frequency.rawValue) installment\(count == 1 ? "" : "s")\n\n"
    let width = String(count).count
    for i in schedule {
      let n = String(i.number)
      s += "  " + String(repeating: " ", count: width - n.count) + n + "  \(i.dueDate)  \(PlainMoney.text(i.amount))\n"
    }
    s += "\n  Total \(PlainMoney.text(ledger.balance))\n"
    io.write(s)
  }
}
