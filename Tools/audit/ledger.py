"""An independent implementation of the contract's ledger rules (Docs/CONTRACT.md, "Ledger rules").

Written from the contract text only. All money is integer minor units; rates are `fractions.Fraction`.
"""

from datetime import date, timedelta
from fractions import Fraction

from claimgen import CURRENCIES, parse_amount


def round_half_up(value):
    """Rounds a non-negative Fraction to the nearest integer, halves up."""
    if value < 0:
        return -round_half_up(-value)
    return int((value * 2 + 1) // 2)


def rate(text):
    return Fraction(text)


def bucket(days):
    if days <= 0:
        return "current"
    if days <= 30:
        return "1-30"
    if days <= 60:
        return "31-60"
    if days <= 90:
        return "61-90"
    return "90+"


def compute(claim, as_of, digits=None):
    """Returns the expected `claim` figures (minor units) for `settle check --json`."""
    if digits is None:
        digits = CURRENCIES[claim["currency"]]
    terms = claim.get("terms", {})
    net_days = terms.get("netDays", 0)

    charges = []
    for index, c in enumerate(claim.get("charges", [])):
        d = date.fromisoformat(c["date"])
        if d > as_of:
            continue
        due = date.fromisoformat(c["dueDate"]) if "dueDate" in c else d + timedelta(days=net_days)
        amount = parse_amount(c["amount"], digits)
        charges.append({"index": index, "id": c["id"], "description": c["description"], "date": d, "due": due,
                        "amount": amount, "unpaid": amount, "pieces": []})

    # Payments before credits on the same date, then file order.
    items = []
    for kind_rank, key in ((0, "payments"), (1, "credits")):
        for index, item in enumerate(claim.get(key, []) or []):
            d = date.fromisoformat(item["date"])
            if d > as_of:
                continue
            items.append((d, kind_rank, index, parse_amount(item["amount"], digits), item.get("appliesTo"), key))
    items.sort(key=lambda t: (t[0], t[1], t[2]))
    oldest_first = sorted(charges, key=lambda c: (c["date"], c["due"], c["index"]))

    totals_paid = {"payments": 0, "credits": 0}
    unapplied = 0
    for d, _, _, amount, applies_to, key in items:
        totals_paid[key] += amount
        left = amount
        if applies_to is not None:
            for c in charges:
                if c["id"] == applies_to:
                    part = min(left, c["unpaid"])
                    if part > 0:
                        c["unpaid"] -= part
                        c["pieces"].append((d, part))
                        left -= part
                    break
        for c in oldest_first:
            if left == 0:
                break
            part = min(left, c["unpaid"])
            if part > 0:
                c["unpaid"] -= part
                c["pieces"].append((d, part))
                left -= part
        unapplied += left

    fee = terms.get("lateFee")
    interest = terms.get("interest")
    annual = rate(interest["annualPercent"]) if interest else None
    out_charges = []
    totals = {"charges": 0, "lateFees": 0, "interest": 0}
    aging = {k: 0 for k in ("current", "1-30", "31-60", "61-90", "90+")}
    for c in charges:
        days_past = max(0, (as_of - c["due"]).days)
        paid = c["amount"] - c["unpaid"]
        # Late fee: as-of after due and principal unpaid at the end of the due date.
        late = 0
        if fee and as_of > c["due"]:
            paid_by_due = sum(p for (pd, p) in c["pieces"] if pd <= c["due"])
            if c["amount"] - paid_by_due > 0:
                if "flat" in fee:
                    late = parse_amount(fee["flat"], digits)
                else:
                    late = round_half_up(rate(fee["percent"]) * c["amount"] / 100)
        # Interest: simple, per principal segment, from the due date; rounded once per charge.
        # interestDays: the calendar days some principal was unpaid after the due date (the days of the
        # principal segments, one segment per change of the unpaid principal, added up).
        interest_minor = 0
        interest_days = 0
        if annual is not None:
            weighted = 0
            for pd, part in c["pieces"]:
                days = max(0, (pd - c["due"]).days)
                weighted += part * days
                interest_days = max(interest_days, days)
            if c["unpaid"] > 0:
                weighted += c["unpaid"] * days_past
                interest_days = days_past
            interest_minor = round_half_up(annual * weighted / 36500)
        open_ = c["unpaid"] + late + interest_minor
        totals["charges"] += c["amount"]
        totals["lateFees"] += late
        totals["interest"] += interest_minor
        aging[bucket(days_past)] += open_
        out_charges.append({
            "id": c["id"], "description": c["description"], "date": c["date"].isoformat(),
            "dueDate": c["due"].isoformat(), "daysPastDue": days_past, "amount": c["amount"], "paid": paid,
            "unpaidPrincipal": c["unpaid"], "lateFee": late, "interest": interest_minor,
            "interestRate": interest["annualPercent"] if interest else None, "interestDays": interest_days,
            "open": open_,
        })
    totals["payments"] = totals_paid["payments"]
    totals["credits"] = totals_paid["credits"]
    balance = totals["charges"] + totals["lateFees"] + totals["interest"] - totals["payments"] - totals["credits"]
    return {"charges": out_charges, "totals": totals, "aging": aging, "unappliedCredit": unapplied,
            "balance": balance, "isCreditBalance": balance < 0}


def add_months(d, months, day):
    month0 = d.month - 1 + months
    year, month = d.year + month0 // 12, month0 % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day, last))
        except ValueError:
            continue
    raise ValueError("no day")


def plan_expectation(claim, as_of):
    """The agreed plan's schedule: None without a plan, "error" when it cannot be scheduled, else
    (total minor units, [(number, dueDate, amount)]).

    The plan spreads the balance owed the day before it starts: the date of the latest
    `planAccepted` event on or before as-of, else one period before the first due date.
    """
    plan = claim.get("paymentPlan")
    if not plan:
        return None
    first = date.fromisoformat(plan["firstDue"])
    accepted = [date.fromisoformat(e["at"][:10]) for e in claim.get("events", [])
                if e["kind"] == "planAccepted" and date.fromisoformat(e["at"][:10]) <= as_of]
    if accepted:
        start = max(accepted)
    elif plan["frequency"] == "weekly":
        start = first - timedelta(days=7)
    elif plan["frequency"] == "biweekly":
        start = first - timedelta(days=14)
    else:
        start = add_months(first, -1, first.day)
    total = compute(claim, start - timedelta(days=1))["balance"]
    n = plan["installments"]
    if total <= 0 or n > total:
        return "error"
    regular = total // n
    rows = []
    for i in range(n):
        if plan["frequency"] == "weekly":
            due = first + timedelta(days=7 * i)
        elif plan["frequency"] == "biweekly":
            due = first + timedelta(days=14 * i)
        else:
            due = add_months(first, i, first.day)
        rows.append((i + 1, due.isoformat(), regular if i < n - 1 else total - regular * (n - 1)))
    return total, rows
