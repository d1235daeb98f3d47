"""Seeded generator of random claims for `settle.claim/1` (valid and invalid), written from Docs/CONTRACT.md.

Only the Python standard library is used. Every random choice comes from the `random.Random` passed in,
so a seed always yields the same claims.
"""

import hashlib
import json
import os
import struct
import zlib
from datetime import date, timedelta

# Currencies with their ISO 4217 minor-unit digits (a spread of 0, 2, 3 and 4).
CURRENCIES = {
    "USD": 2, "EUR": 2, "GBP": 2, "ILS": 2, "CHF": 2, "SAR": 2,
    "JPY": 0, "KRW": 0, "CLP": 0, "ISK": 0,
    "KWD": 3, "BHD": 3, "OMR": 3, "TND": 3,
    "CLF": 4, "UYW": 4,
}

NAMES = [
    "Harbor Supply Co.", "Müller Café GmbH", "קייטרינג תל אביב בע\"מ", "شركة الخليج للقطع البحرية",
    "大阪印刷株式会社", "서울 인쇄", "Łódź Dostawy Sp. z o.o.", "O'Brien & Sons", "Ærø Bådebyggeri",
    "Nguyễn Văn An", "Zoë \"Z\" Backslash\\Smith", "Δημήτρης Παπαδόπουλος",
]

DESCRIPTIONS = [
    "Steel shelving units, 12 bays, delivered and installed",
    "Catering for 80 guests — קייטרינג לאירוע",
    "صيانة المضخة وتبديل الختم",
    "名刺印刷 500枚とチラシ",
    "Consulting, 3.5 h @ 120/h (see timesheet)",
    "Ünïcödé wïdgets & gadgets <b>not html</b>",
    "Repair of walk-in freezer; parts + labour; emergency call-out on a Sunday night",
    "Monthly subscription",
]

EVENT_KINDS = ["statementSent", "noticeSent", "paymentReceived", "planProposed", "planAccepted",
               "disputeRaised", "disputeResolved", "callLogged", "note"]

ZERO_CHAIN = "0" * 64


def minor_to_text(minor, digits, style=0):
    """Writes minor units as a claim amount string. `style` 1 drops trailing zero decimals when allowed."""
    sign = "-" if minor < 0 else ""
    minor = abs(minor)
    if digits == 0:
        return sign + str(minor)
    whole, frac = divmod(minor, 10 ** digits)
    frac_text = str(frac).rjust(digits, "0")
    if style == 1:
        frac_text = frac_text.rstrip("0")
        if not frac_text:
            return sign + str(whole)
    return f"{sign}{whole}.{frac_text}"


def canonical_event(event):
    body = {k: v for k, v in event.items() if k != "chain"}
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def chain_events(events):
    previous = ZERO_CHAIN
    for event in events:
        event.pop("chain", None)
        previous = hashlib.sha256((previous + canonical_event(event)).encode("utf-8")).hexdigest()
        event["chain"] = previous
    return events


def tiny_png(path, rng):
    width, height = rng.randint(1, 8), rng.randint(1, 8)
    raw = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(width * 3)) for _ in range(height))

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
    png += chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(png)


def tiny_pdf(path, text="Invoice"):
    content = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(content)).encode() + b" >>\nstream\n" + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    with open(path, "wb") as f:
        f.write(bytes(out))


def random_rate(rng):
    return rng.choice(["12", "10.27", "0.5", "18", "7.125", "24.99", "1", "3.3", "99.99", "0.01", "5.25"])


def random_amount(rng, digits, scale):
    """A positive amount in minor units; `scale` picks small or large magnitudes."""
    unit = 10 ** digits
    if scale == 0:
        return rng.randint(1, 50 * unit)
    if scale == 1:
        return rng.randint(1, 5000 * unit)
    return rng.randint(1, 10 ** rng.randint(1, 12))


def generate_claim(rng, folder, as_of):
    """Writes a random valid claim into `folder` (claim.json plus invoice files); returns the claim dict."""
    os.makedirs(folder, exist_ok=True)
    currency = rng.choice(list(CURRENCIES))
    digits = CURRENCIES[currency]
    style = rng.randint(0, 1)
    scale = rng.randint(0, 2)
    base = as_of - timedelta(days=rng.randint(0, 400))
    claim = {
        "schema": "settle.claim/1",
        "id": f"CLM-{rng.randint(1, 99999):05d}",
        "currency": currency,
        "creditor": {
            "name": rng.choice(NAMES), "contact": rng.choice(NAMES), "email": "ar@example.com",
            "phone": "+1 555 0100", "address": ["1 Main Street", rng.choice(NAMES)],
        },
        "customer": {
            "contactName": rng.choice(NAMES), "email": "c@example.com", "phone": "+1 555 0199",
            "address": [rng.choice(NAMES)], "accountNumber": f"ACC-{rng.randint(0, 10 ** 8)}",
        },
        "purpose": "customerCollection",
        "narrative": "We delivered goods.\n\n" + rng.choice(DESCRIPTIONS),
        "terms": {"netDays": rng.choice([0, 7, 14, 15, 30, 45, 60, 90])},
        "charges": [],
    }
    if rng.random() < 0.6:
        claim["customer"]["businessName"] = rng.choice(NAMES)
    fee_kind = rng.random()
    if fee_kind < 0.35:
        claim["terms"]["lateFee"] = {"flat": minor_to_text(random_amount(rng, digits, 0), digits, style)}
    elif fee_kind < 0.7:
        claim["terms"]["lateFee"] = {"percent": random_rate(rng)}
    if rng.random() < 0.65:
        claim["terms"]["interest"] = {"annualPercent": random_rate(rng)}

    n_charges = rng.choice([0, 1, 1, 2, 3, 3, 4, 5, 8, 12]) if rng.random() > 0.03 else 0
    ids = set()
    dates = []
    for i in range(n_charges):
        while True:
            cid = rng.choice(["INV-", "R", "№", "請求-", "חשבונית-"]) + str(rng.randint(1, 9999))
            if cid not in ids:
                ids.add(cid)
                break
        # Some charges share dates; a few are dated after as-of.
        if dates and rng.random() < 0.2:
            d = rng.choice(dates)
        else:
            d = base + timedelta(days=rng.randint(-200, 420))
        dates.append(d)
        charge = {"id": cid, "date": d.isoformat(),
                  "description": rng.choice(DESCRIPTIONS) * (1 if rng.random() < 0.9 else 12),
                  "amount": minor_to_text(random_amount(rng, digits, scale), digits, style)}
        if rng.random() < 0.4:
            charge["dueDate"] = (d + timedelta(days=rng.randint(0, 60))).isoformat()
        if rng.random() < 0.3:
            name = f"inv{i}." + rng.choice(["pdf", "png"])
            os.makedirs(os.path.join(folder, "invoices"), exist_ok=True)
            if name.endswith(".pdf"):
                tiny_pdf(os.path.join(folder, "invoices", name), f"Invoice {i}")
            else:
                tiny_png(os.path.join(folder, "invoices", name), rng)
            charge["invoice"] = "invoices/" + name
        claim["charges"].append(charge)

    charge_ids = [c["id"] for c in claim["charges"]]
    total_minor = sum(parse_amount(c["amount"], digits) for c in claim["charges"]) or 10 ** digits

    def money_dates():
        interesting = []
        for c in claim["charges"]:
            d = date.fromisoformat(c["date"])
            due = date.fromisoformat(c["dueDate"]) if "dueDate" in c else d + timedelta(days=claim["terms"]["netDays"])
            interesting += [d, due, due + timedelta(days=1), due - timedelta(days=1)]
        interesting += [as_of, as_of + timedelta(days=1), as_of - timedelta(days=1)]
        if interesting and rng.random() < 0.5:
            return rng.choice(interesting)
        return base + timedelta(days=rng.randint(-200, 430))

    for key, extra in (("payments", "method"), ("credits", "reason")):
        items = []
        for _ in range(rng.choice([0, 0, 1, 2, 3, 5])):
            share = rng.choice([0.05, 0.25, 0.5, 1.0, 1.3])
            amount = max(1, int(total_minor * share * rng.random())) if rng.random() < 0.8 else \
                rng.randint(1, 10 ** (digits + 3))
            item = {"date": money_dates().isoformat(), "amount": minor_to_text(amount, digits, style)}
            item[extra] = rng.choice(["check", "ACH", "cash", "Überweisung", "העברה בנקאית", "返品"]) \
                if key == "payments" else rng.choice(["Returned goods", "Goodwill", "خصم", "値引き"])
            if key == "payments" and rng.random() < 0.3:
                item["reference"] = f"REF {rng.randint(1, 99999)}"
            if charge_ids and rng.random() < 0.4:
                item["appliesTo"] = rng.choice(charge_ids)
            items.append(item)
        if items or rng.random() < 0.3:
            claim[key] = items

    if rng.random() < 0.5:
        events = []
        at = base
        for _ in range(rng.randint(0, 5)):
            at = at + timedelta(days=rng.randint(0, 30))
            offset = rng.choice(["Z", "+02:00", "-07:00", "+05:30"])
            events.append({
                "at": f"{at.isoformat()}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00{offset}",
                "kind": rng.choice(EVENT_KINDS),
                "channel": rng.choice(["email", "letter", "phone"]),
                "summary": rng.choice(DESCRIPTIONS) + rng.choice(["", " \"quoted\"", " back\\slash", " tab\there",
                                                                   " line\nbreak", " ctl\u001b", " 🙂", " \u2028"]),
            })
        claim["events"] = chain_events(events)

    if rng.random() < 0.3:
        claim["paymentPlan"] = {"installments": rng.randint(1, 12), "firstDue": money_dates().isoformat(),
                                "frequency": rng.choice(["weekly", "biweekly", "monthly"])}
    if rng.random() < 0.5:
        claim["intent"] = {"collectionAgency": rng.random() < 0.5, "creditHold": rng.random() < 0.5}
    claim["jurisdiction"] = rng.choice(["US", "US-CA", "US-NY"])
    if rng.random() < 0.5:
        claim["declarant"] = {"name": rng.choice(NAMES), "title": "Owner"}

    with open(os.path.join(folder, "claim.json"), "w", encoding="utf-8") as f:
        json.dump(claim, f, ensure_ascii=rng.random() < 0.2, indent=rng.choice([2, 4]))
        f.write("\n")
    return claim


def parse_amount(text, digits):
    """Claim amount string -> minor units (the claim generator only writes valid ones)."""
    if "." in text:
        whole, frac = text.split(".")
    else:
        whole, frac = text, ""
    return int(whole) * 10 ** digits + int(frac.ljust(digits, "0") or "0")


# ---------------------------------------------------------------------------------------------------------
# Invalid claims: each mutation breaks one rule and names the diagnostic code `settle check` must report.

def _base_valid(rng, folder, as_of):
    while True:
        claim = generate_claim(rng, folder, as_of)
        if claim["charges"] and claim["currency"] != "JPY" and CURRENCIES[claim["currency"]] > 0:
            return claim


def _write(folder, claim):
    with open(os.path.join(folder, "claim.json"), "w", encoding="utf-8") as f:
        json.dump(claim, f, ensure_ascii=False, indent=2)


def invalid_claims():
    """(name, expected code, mutator(claim, folder) -> None or raw text) for every error kind tested."""
    def set_(path, value):
        def mutate(claim, folder):
            target = claim
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value
        return mutate

    def remove(path):
        def mutate(claim, folder):
            target = claim
            for key in path[:-1]:
                target = target[key]
            del target[path[-1]]
        return mutate

    def too_many_decimals(claim, folder):
        digits = CURRENCIES[claim["currency"]]
        claim["charges"][0]["amount"] = "1." + "1" * (digits + 1)

    def duplicate(claim, folder):
        claim["charges"].append(dict(claim["charges"][0]))

    def due_before(claim, folder):
        d = date.fromisoformat(claim["charges"][0]["date"])
        claim["charges"][0]["dueDate"] = (d - timedelta(days=1)).isoformat()

    def file_missing(claim, folder):
        claim["charges"][0]["invoice"] = "invoices/nope.pdf"

    def unsupported(claim, folder):
        with open(os.path.join(folder, "note.txt"), "w") as f:
            f.write("plain text\n")
        claim["charges"][0]["invoice"] = "note.txt"

    def truncated(claim, folder):
        path = os.path.join(folder, "cut.pdf")
        tiny_pdf(path)
        with open(path, "rb") as f:
            data = f.read()
        with open(path, "wb") as f:
            f.write(data[: len(data) // 2])
        claim["charges"][0]["invoice"] = "cut.pdf"

    def outside(claim, folder):
        tiny_pdf(os.path.join(os.path.dirname(folder.rstrip("/")), "outside.pdf"))
        claim["charges"][0]["invoice"] = "../outside.pdf"

    def malformed(claim, folder):
        return json.dumps(claim)[:-1]  # missing the closing brace

    def unknown_ref(claim, folder):
        claim.setdefault("payments", []).append(
            {"date": claim["charges"][0]["date"], "amount": "1", "method": "cash", "appliesTo": "NO-SUCH-ID"})

    def number_amount(claim, folder):
        claim["charges"][0]["amount"] = 12.5

    def bad_event_instant(claim, folder):
        claim["events"] = [{"at": "2026-07-15 10:00", "kind": "note", "summary": "x"}]

    return [
        ("malformed JSON", "malformedJSON", malformed),
        ("no schema", "missingSchema", remove(["schema"])),
        ("other schema", "unsupportedSchema", set_(["schema"], "settle.claim/2")),
        ("no customer", "missingField", remove(["customer"])),
        ("no charge amount", "missingField", lambda c, f: c["charges"][0].pop("amount") and None),
        ("typo field", "unknownField", set_(["custmer"], {})),
        ("typo charge field", "unknownField", lambda c, f: c["charges"][0].update({"ammount": "1"})),
        ("netDays string", "wrongType", lambda c, f: c["terms"].update({"netDays": "30"})),
        ("amount number", "numberForAmount", number_amount),
        ("too many decimals", "tooManyDecimals", too_many_decimals),
        ("grouped amount", "invalidAmount", lambda c, f: c["charges"][0].update({"amount": "1,250.00"})),
        ("symbol amount", ("invalidAmount", "currencyMismatch"), lambda c, f: c["charges"][0].update({"amount": "$12"})),
        ("exponent amount", "invalidAmount", lambda c, f: c["charges"][0].update({"amount": "1e3"})),
        ("unknown currency", "unknownCurrency", set_(["currency"], "XYZ")),
        ("zero amount", "nonPositiveAmount", lambda c, f: c["charges"][0].update({"amount": "0"})),
        ("negative amount", None, lambda c, f: c["charges"][0].update({"amount": "-5"})),
        ("bad date", "invalidDate", lambda c, f: c["charges"][0].update({"date": "2026-02-30"})),
        ("bad date format", "invalidDate", lambda c, f: c["charges"][0].update({"date": "07/01/2026"})),
        ("bad instant", "invalidInstant", bad_event_instant),
        ("bad rate", "invalidRate", lambda c, f: c["terms"].update({"interest": {"annualPercent": "12%"}})),
        ("negative netDays", "invalidCount", lambda c, f: c["terms"].update({"netDays": -1})),
        ("bad purpose", "invalidValue", set_(["purpose"], "debtSale")),
        ("bad jurisdiction", "invalidValue", set_(["jurisdiction"], "US-ZZ")),
        ("duplicate charge id", "duplicateChargeID", duplicate),
        ("unknown appliesTo", "unknownChargeReference", unknown_ref),
        ("due before date", "dueDateBeforeDate", due_before),
        ("missing invoice", "fileMissing", file_missing),
        ("text invoice", "fileUnsupportedType", unsupported),
        ("truncated invoice", "fileTruncated", truncated),
        ("invoice outside folder", "fileOutsideFolder", outside),
    ]


def generate_invalid(rng, folder, as_of, mutate):
    claim = _base_valid(rng, folder, as_of)
    raw = mutate(claim, folder)
    if raw is not None:
        with open(os.path.join(folder, "claim.json"), "w", encoding="utf-8") as f:
            f.write(raw)
    else:
        _write(folder, claim)
    return claim
