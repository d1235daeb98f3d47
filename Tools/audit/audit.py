#!/usr/bin/env python3
"""Checks the `settle` command line against Docs/CONTRACT.md from the outside (python3, stdlib only).

    python3 Tools/audit/audit.py --settle .build/release/settle --seed 1 --count 2000

Parts: `ledger` (random valid claims vs. an independent ledger, through `settle check --json`),
`invalid` (one claim per error kind), `cli` (help, version, exit codes, partial files) and
`statement` (when the binary has `settle statement`: text, fonts, qpdf, determinism).
Exit status 0 when no discrepancy was found, 1 otherwise; every discrepancy is printed with the
seed and claim that shows it (the claim folder is kept under --work).
"""

import argparse
import difflib
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from claimgen import CURRENCIES, generate_claim, generate_invalid, invalid_claims, minor_to_text  # noqa: E402
from ledger import compute, plan_expectation  # noqa: E402

CHARGE_KEYS = ["id", "description", "date", "dueDate", "daysPastDue", "status", "amount", "paid", "unpaidPrincipal",
               "lateFee", "interest", "interestRate", "interestDays", "open"]
TOP_KEYS = ["schema", "file", "asOf", "valid", "errorCount", "warningCount", "diagnostics", "claim"]
CLAIM_KEYS = ["id", "currency", "creditor", "customer", "charges", "unappliedCredit", "totals", "aging", "balance",
              "isCreditBalance", "paymentPlan"]
TOTAL_KEYS = ["charges", "lateFees", "interest", "payments", "credits"]
AGING_KEYS = ["current", "1-30", "31-60", "61-90", "90+"]


class Audit:
    def __init__(self, settle, work, verbose):
        self.settle = settle
        self.work = work
        self.verbose = verbose
        self.problems = []
        self.checked = 0

    def fail(self, case, message):
        self.problems.append(f"{case}: {message}")
        if self.verbose:
            print(f"FAIL {case}: {message}", file=sys.stderr)

    def run(self, args, env=None, stdin=None):
        full_env = dict(os.environ)
        full_env.pop("SOURCE_DATE_EPOCH", None)
        if env:
            full_env.update(env)
        return subprocess.run([self.settle] + args, capture_output=True, env=full_env, input=stdin, timeout=120, cwd=ROOT)

    # ----------------------------------------------------------------------------------------------
    def ledger(self, seed, count):
        rng = random.Random(seed)
        for n in range(count):
            folder = os.path.join(self.work, f"ledger-{seed}-{n}")
            as_of = date(2026, 11, 22) + timedelta(days=rng.randint(-300, 300))
            claim = generate_claim(rng, folder, as_of)
            if claim["charges"] and rng.random() < 0.3:
                # As of a due date, the day before or the day after: where late fees start.
                due = [date.fromisoformat(c["dueDate"]) if "dueDate" in c else date.fromisoformat(c["date"])
                       + timedelta(days=claim["terms"]["netDays"]) for c in claim["charges"]]
                as_of = rng.choice(due) + timedelta(days=rng.randint(-1, 1))
            case = f"ledger seed={seed} n={n} ({folder}, --as-of {as_of})"
            before = len(self.problems)
            self.check_one(case, folder, claim, as_of)
            if len(self.problems) == before:
                shutil.rmtree(folder, ignore_errors=True)
            self.checked += 1

    def check_one(self, case, folder, claim, as_of):
        result = self.run(["check", folder, "--json", "--as-of", as_of.isoformat()])
        plan = plan_expectation(claim, as_of)
        if plan == "error":
            self.check_unschedulable_plan(case, result)
            return
        if result.returncode != 0:
            self.fail(case, f"exit {result.returncode} for a valid claim: {result.stdout[-600:]!r} "
                            f"{result.stderr[-600:]!r}")
            return
        text = result.stdout.decode("utf-8")
        try:
            doc = json.loads(text)
        except ValueError as error:
            self.fail(case, f"stdout is not JSON: {error}")
            return
        if not text.endswith("}\n") or "\n  \"schema\"" not in text:
            self.fail(case, "output is not 2-space indented JSON ending in a newline")
        digits = CURRENCIES[claim["currency"]]
        self.expect(case, "top-level keys", list(doc), TOP_KEYS)
        self.expect(case, "schema", doc.get("schema"), "settle.check/1")
        self.expect(case, "asOf", doc.get("asOf"), as_of.isoformat())
        self.expect(case, "file", doc.get("file"), folder.rstrip("/") + "/claim.json")
        self.expect(case, "valid", doc.get("valid"), True)
        warnings = [d for d in doc.get("diagnostics", []) if d.get("severity") == "warning"]
        self.expect(case, "warningCount", doc.get("warningCount"), len(warnings))
        codes = sorted(d.get("code") for d in doc.get("diagnostics", []))
        allowed = {"noCharges", "declarantIncomplete"}
        if any(c not in allowed for c in codes):
            self.fail(case, f"unexpected diagnostics for a valid claim: {codes}")
        if not claim["charges"] and "noCharges" not in codes:
            self.fail(case, "no `noCharges` warning for a claim without charges")
        got = doc.get("claim")
        if not isinstance(got, dict):
            self.fail(case, "claim is not an object")
            return
        self.expect(case, "claim keys", list(got), CLAIM_KEYS)
        want = compute(claim, as_of)

        def money(minor):
            return minor_to_text(minor, digits)

        self.expect(case, "claim.id", got.get("id"), claim["id"])
        self.expect(case, "claim.currency", got.get("currency"), claim["currency"])
        self.expect(case, "claim.creditor", got.get("creditor"), claim["creditor"]["name"])
        self.expect(case, "claim.customer", got.get("customer"),
                    claim["customer"].get("businessName") or claim["customer"]["contactName"])
        got_charges = got.get("charges", [])
        if len(got_charges) != len(want["charges"]):
            self.fail(case, f"{len(got_charges)} charges, expected {len(want['charges'])}")
            return
        for i, (g, w) in enumerate(zip(got_charges, want["charges"])):
            where = f"charges[{i}] ({w['id']})"
            self.expect(case, f"{where} keys", list(g), CHARGE_KEYS)
            for key in ("id", "description", "date", "dueDate", "daysPastDue", "interestRate"):
                self.expect(case, f"{where}.{key}", g.get(key), w[key])
            for key in ("amount", "paid", "unpaidPrincipal", "lateFee", "interest", "open"):
                self.expect(case, f"{where}.{key}", g.get(key), money(w[key]))
            if w["interestRate"] is not None:
                self.expect(case, f"{where}.interestDays", g.get("interestDays"), w["interestDays"])
            self.check_status(case, where, g.get("status"), w)
        self.expect(case, "unappliedCredit", got.get("unappliedCredit"), money(want["unappliedCredit"]))
        totals = got.get("totals", {})
        self.expect(case, "totals keys", list(totals), TOTAL_KEYS)
        for key in TOTAL_KEYS:
            self.expect(case, f"totals.{key}", totals.get(key), money(want["totals"][key]))
        aging = got.get("aging", {})
        self.expect(case, "aging keys", list(aging), AGING_KEYS)
        for key in AGING_KEYS:
            self.expect(case, f"aging.{key}", aging.get(key), money(want["aging"][key]))
        self.expect(case, "balance", got.get("balance"), money(want["balance"]))
        self.expect(case, "isCreditBalance", got.get("isCreditBalance"), want["isCreditBalance"])
        self.check_plan(case, got.get("paymentPlan"), plan, claim, money)
        # Internal consistency: every total is the sum of its lines; balance = opens - unapplied.
        opens = sum(w["open"] for w in want["charges"])
        if want["balance"] != opens - want["unappliedCredit"]:
            self.fail(case, "independent model inconsistent (balance != opens - unapplied)")

    def check_unschedulable_plan(self, case, result):
        """A plan that cannot spread a positive balance is an error at `$.paymentPlan`."""
        self.expect(case, "exit code (plan cannot be scheduled)", result.returncode, 1)
        try:
            doc = json.loads(result.stdout)
        except ValueError:
            self.fail(case, "stdout is not JSON")
            return
        self.expect(case, "claim (plan cannot be scheduled)", doc.get("claim"), None)
        paths = [d.get("path") for d in doc.get("diagnostics", []) if d.get("severity") == "error"]
        if "$.paymentPlan" not in paths:
            self.fail(case, f"no error at $.paymentPlan (error paths {paths})")

    def check_plan(self, case, got, plan, claim, money):
        if plan is None:
            self.expect(case, "paymentPlan", got, None)
            return
        if not isinstance(got, dict):
            self.fail(case, f"paymentPlan is {got!r}, expected an object")
            return
        total, rows = plan
        self.expect(case, "paymentPlan keys", list(got), ["frequency", "firstDue", "installments"])
        self.expect(case, "paymentPlan.frequency", got.get("frequency"), claim["paymentPlan"]["frequency"])
        self.expect(case, "paymentPlan.firstDue", got.get("firstDue"), claim["paymentPlan"]["firstDue"])
        installments = got.get("installments", [])
        self.expect(case, "paymentPlan installments",
                    [(i.get("number"), i.get("dueDate"), i.get("amount")) for i in installments],
                    [(n, d, money(a)) for n, d, a in rows])
        for i in installments:
            if i.get("status") not in ("paid", "due", "late", "upcoming"):
                self.fail(case, f"installment {i.get('number')} status {i.get('status')!r}")

    def check_status(self, case, where, status, w):
        if w["unpaidPrincipal"] == 0:
            allowed = {"paid"}
        elif w["daysPastDue"] > 0:
            allowed = {"overdue", "partiallyPaid"} if w["paid"] > 0 else {"overdue"}
        else:
            allowed = {"partiallyPaid"} if w["paid"] > 0 else {"open"}
        if status not in allowed:
            self.fail(case, f"{where}.status is {status!r}, expected one of {sorted(allowed)}")

    def expect(self, case, what, got, want):
        if got != want:
            self.fail(case, f"{what} is {got!r}, expected {want!r}")

    # ----------------------------------------------------------------------------------------------
    def invalid(self, seed):
        rng = random.Random(seed)
        as_of = date(2026, 11, 22)
        for name, code, mutate in invalid_claims():
            parent = os.path.join(self.work, f"invalid-{seed}-{name.replace(' ', '-')}")
            folder = os.path.join(parent, "claim")
            os.makedirs(folder, exist_ok=True)
            generate_invalid(rng, folder, as_of, mutate)
            case = f"invalid seed={seed} '{name}' ({folder})"
            result = self.run(["check", folder, "--json", "--as-of", as_of.isoformat()])
            before = len(self.problems)
            if result.returncode != 1:
                self.fail(case, f"exit {result.returncode}, expected 1")
            try:
                doc = json.loads(result.stdout.decode("utf-8"))
            except ValueError:
                self.fail(case, f"stdout is not JSON: {result.stdout[:200]!r}")
                continue
            self.expect(case, "valid", doc.get("valid"), False)
            self.expect(case, "claim", doc.get("claim"), None)
            codes = [d.get("code") for d in doc.get("diagnostics", [])]
            errors = [d for d in doc.get("diagnostics", []) if d.get("severity") == "error"]
            self.expect(case, "errorCount", doc.get("errorCount"), len(errors))
            if not errors:
                self.fail(case, f"no error diagnostic (codes {codes})")
            if isinstance(code, tuple) and not set(code) & set(codes):
                self.fail(case, f"codes {codes}, expected one of {code}")
            elif isinstance(code, str) and code not in codes:
                self.fail(case, f"codes {codes}, expected {code}")
            # The text form must name the file and the JSON path, to standard error.
            text = self.run(["check", folder, "--as-of", as_of.isoformat()])
            if text.returncode != 1:
                self.fail(case, f"text mode exit {text.returncode}, expected 1")
            if b"claim.json" not in text.stderr:
                self.fail(case, f"text mode error does not name the file: {text.stderr[:300]!r}")
            if len(self.problems) == before:
                shutil.rmtree(parent, ignore_errors=True)
            self.checked += 1
        # A missing claim file is an input error too.
        result = self.run(["check", os.path.join(self.work, "no-such-claim.json"), "--json"])
        self.expect("check of a missing claim", "exit code", result.returncode, 1)

    # ----------------------------------------------------------------------------------------------
    def commands(self):
        result = self.run(["--help"])
        listed = []
        for line in result.stdout.decode("utf-8", "replace").splitlines():
            if line.startswith("  ") and not line.strip().startswith("-") and len(line.split()) > 1:
                listed.append(line.split()[0])
        return listed

    def cli(self):
        commands = self.commands()
        self.expect("settle --help", "exit code", self.run(["--help"]).returncode, 0)
        version = self.run(["--version"])
        self.expect("settle --version", "exit code", version.returncode, 0)
        if not version.stdout.strip():
            self.fail("settle --version", "prints nothing")
        for command in commands:
            for flag in ("--help", "--version"):
                result = self.run([command, flag])
                self.expect(f"settle {command} {flag}", "exit code", result.returncode, 0)
                if not result.stdout.strip():
                    self.fail(f"settle {command} {flag}", "prints nothing to standard output")
            result = self.run([command, "--no-such-option"])
            self.expect(f"settle {command} --no-such-option", "exit code", result.returncode, 2)
        self.expect("settle frobnicate", "exit code", self.run(["frobnicate"]).returncode, 2)
        self.expect("settle (no command)", "exit code", self.run([]).returncode, 2)
        self.expect("settle check --as-of 2026-13-01", "exit code",
                    self.run(["check", "Examples/us-retailer", "--as-of", "2026-13-01"]).returncode, 2)
        self.expect("settle check without CLAIM", "exit code", self.run(["check"]).returncode, 2)
        result = self.run(["check", "Examples/us-retailer/claim.json", "--json", "--as-of", "2026-11-22"])
        self.expect("settle check FILE --json", "file", json.loads(result.stdout).get("file"),
                    "Examples/us-retailer/claim.json")
        first = self.run(["check", "Examples/us-retailer", "--json", "--as-of", "2026-11-22"]).stdout
        self.expect("settle check twice", "same bytes", first == self.run(
            ["check", "Examples/us-retailer", "--json", "--as-of", "2026-11-22"]).stdout, True)
        # SOURCE_DATE_EPOCH fixes the as-of date.
        result = self.run(["check", "Examples/us-retailer", "--json"], env={"SOURCE_DATE_EPOCH": "1790000000"})
        try:
            self.expect("SOURCE_DATE_EPOCH=1790000000", "asOf", json.loads(result.stdout)["asOf"], "2026-09-21")
        except (ValueError, KeyError):
            self.fail("SOURCE_DATE_EPOCH", f"no JSON: {result.stdout[:200]!r}")
        if "plan" in commands:
            self.plan()
        if "log" in commands:
            self.log()
        if "add" in commands:
            self.add()
        self.positions()
        if "statement" in commands:
            self.statement()
        if "packet" in commands:
            self.pdf_command("packet", ["Examples/us-retailer"])
        if "notice" in commands:
            self.notice()

    def plan(self):
        result = self.run(["plan", "Examples/us-retailer", "--installments", "7", "--first-due", "2027-01-31",
                           "--json", "--as-of", "2026-11-22"])
        case = "plan us-retailer 7 monthly from 2027-01-31"
        if result.returncode != 0:
            self.fail(case, f"exit {result.returncode}: {result.stderr[:300]!r}")
            return
        doc = json.loads(result.stdout)
        amounts = [int(i["amount"].replace(".", "")) for i in doc["installments"]]
        total = int(doc["total"].replace(".", ""))
        self.expect(case, "sum of installments", sum(amounts), total)
        self.expect(case, "first N-1 amounts", amounts[:-1], [total // 7] * 6)
        self.expect(case, "due dates", [i["dueDate"] for i in doc["installments"]],
                    ["2027-01-31", "2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31", "2027-06-30",
                     "2027-07-31"])

    def copy_example(self, name, example="us-retailer"):
        folder = os.path.join(self.work, name)
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(os.path.join(ROOT, "Examples", example), folder)
        return folder

    def log(self):
        """`settle log`: canonical `at`, a chain anyone can re-check, and only an insertion in the file."""
        folder = self.copy_example("log")
        path = os.path.join(folder, "claim.json")
        cases = [
            ("2026-11-20T09:15:00.500+00:00", "2026-11-20T09:15:00.5Z", "note", "Kunde rief an — «bitte» \"quoted\""),
            ("2026-11-21t23:59:59-05:00", "2026-11-21T23:59:59-05:00", "callLogged", "שיחה עם הלקוח\tטאב"),
            ("2026-11-22T00:00:00.000Z", "2026-11-22T00:00:00Z", "noticeSent", "تم إرسال الإشعار 🙂 \u001b ctl"),
        ]
        for given, canonical, kind, summary in cases:
            case = f"settle log --at {given}"
            with open(path, "rb") as f:
                before = f.read()
            result = self.run(["log", folder, "--kind", kind, "--summary", summary, "--channel", "email",
                               "--at", given])
            if result.returncode != 0:
                self.fail(case, f"exit {result.returncode}: {result.stderr[:300]!r}")
                continue
            with open(path, "rb") as f:
                after = f.read()
            claim = json.loads(after)
            last = claim["events"][-1]
            self.expect(case, "at", last.get("at"), canonical)
            self.expect(case, "summary", last.get("summary"), summary)
            previous = "0" * 64
            for i, event in enumerate(claim["events"]):
                body = {k: v for k, v in event.items() if k != "chain"}
                text = json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
                previous = hashlib.sha256((previous + text).encode("utf-8")).hexdigest()
                if event.get("chain") != previous:
                    self.fail(case, f"chain of event {i} is {event.get('chain')}, expected {previous}")
                    break
            old_lines = before.decode("utf-8").splitlines(keepends=True)
            new_lines = after.decode("utf-8").splitlines(keepends=True)
            for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old_lines, new_lines, autojunk=False).get_opcodes():
                if tag == "equal" or tag == "insert":
                    continue
                changed_ok = tag == "replace" and i2 - i1 == 1 and \
                    new_lines[j1].rstrip("\n") == old_lines[i1].rstrip("\n") + ","
                if not changed_ok:
                    self.fail(case, f"other bytes changed: {old_lines[i1:i2]!r} -> {new_lines[j1:j2]!r}")
        # A broken chain is refused with exit 1 and the file is left untouched.
        with open(path, encoding="utf-8") as f:
            text = f.read()
        tampered = text.replace("Mailed a follow-up notice", "Mailed a follow-up notice (edited)")
        with open(path, "w", encoding="utf-8") as f:
            f.write(tampered)
        result = self.run(["log", folder, "--kind", "note", "--summary", "x", "--at", "2026-11-23T00:00:00Z"])
        self.expect("settle log on a broken chain", "exit code", result.returncode, 1)
        with open(path, encoding="utf-8") as f:
            self.expect("settle log on a broken chain", "file untouched", f.read() == tampered, True)
        check = self.run(["check", folder, "--json", "--as-of", "2026-11-23"])
        codes = [(d["code"], d["path"], d["severity"]) for d in json.loads(check.stdout)["diagnostics"]]
        self.expect("check of a broken chain", "diagnostics", codes, [("brokenChain", "$.events[2].chain", "warning")])
        self.expect("check of a broken chain", "exit code", check.returncode, 0)
        for bad in (["--kind", "meeting", "--summary", "x"], ["--kind", "note", "--summary", "x", "--at", "2026-11-23"],
                    ["--kind", "note", "--summary", "x", "--at", "2026-11-23T10:00:00"]):
            result = self.run(["log", folder] + bad)
            self.expect(f"settle log {' '.join(bad)}", "exit code", result.returncode, 2)

    def add(self):
        """`settle add payment` then `check`: the ledger follows the contract's rules."""
        folder = self.copy_example("add")
        as_of = date(2026, 11, 22)
        steps = [
            ["payment", folder, "--date", "2026-08-05", "--amount", "$1,000.00", "--method", "wire"],
            ["credit", folder, "--date", "2026-08-05", "--amount", "12.5", "--reason", "Rabatt für Verspätung",
             "--appliesTo", "INV-1003"],
            ["charge", folder, "--id", "INV-2000", "--date", "2026-10-01", "--description", "Zusätzliche Regale",
             "--amount", "99.99"],
        ]
        for step in steps:
            result = self.run(["add"] + step)
            if result.returncode != 0:
                self.fail(f"settle add {step[0]}", f"exit {result.returncode}: {result.stderr[:300]!r}")
                return
        with open(os.path.join(folder, "claim.json"), encoding="utf-8") as f:
            claim = json.load(f)
        self.expect("settle add payment", "amount written", claim["payments"][-1]["amount"], "1000.00")
        self.expect("settle add charge", "dueDate written", claim["charges"][-1].get("dueDate"), "2026-10-31")
        self.check_one("settle add then check", folder, claim, as_of)
        result = self.run(["add", "payment", folder, "--date", "2026-08-05", "--amount", "1.001", "--method", "x"])
        # A malformed --amount is a command-line value (2); the contract lets either side claim it.
        if result.returncode not in (1, 2):
            self.fail("settle add payment 1.001 USD", f"exit code {result.returncode}, expected 1 or 2")
        result = self.run(["add", "payment", folder, "--date", "2026-08-05", "--amount", "5", "--method", "x",
                           "--appliesTo", "NOPE"])
        self.expect("settle add payment --appliesTo NOPE", "exit code", result.returncode, 1)

    def positions(self):
        """Diagnostics give 1-based lines and columns counted in Unicode characters."""
        folder = self.copy_example("positions", "tel-aviv-catering")
        path = os.path.join(folder, "claim.json")
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for number, line in enumerate(lines):
            if '"description"' in line and any(ord(ch) > 127 for ch in line):
                key = line.index('"description"')
                lines[number] = line[:key] + '"descripton"' + line[key + len('"description"'):]
                break
        else:
            return
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
        result = self.run(["check", folder, "--json", "--as-of", "2026-11-22"])
        diagnostics = json.loads(result.stdout)["diagnostics"]
        found = [(d["code"], d["line"], d["column"]) for d in diagnostics if d["code"] == "unknownField"]
        self.expect("unknown field on a line with Hebrew", "diagnostics", found,
                    [("unknownField", number + 1, lines[number].index('"descripton"') + 1)])

    def pdf_command(self, command, claims):
        """A PDF command on the examples: exit 0, qpdf clean, fonts embedded, byte-identical, `-o -`."""
        for claim in claims:
            case = f"settle {command} {claim}"
            folder = os.path.join(self.work, command + "-" + os.path.basename(claim))
            os.makedirs(folder, exist_ok=True)
            out1, out2 = os.path.join(folder, "a.pdf"), os.path.join(folder, "b.pdf")
            args = [command, claim, "--as-of", "2026-11-22"]
            first = self.run(args + ["-o", out1])
            if first.returncode != 0:
                self.fail(case, f"exit {first.returncode}: {first.stderr[:300]!r}")
                continue
            self.run(args + ["-o", out2])
            piped = self.run(args + ["-o", "-"])
            self.compare_pdfs(case, out1, out2, piped.stdout)
            missing = os.path.join(self.work, "no-such-dir", "x.pdf")
            result = self.run(args + ["-o", missing])
            self.expect(f"{case} -o into a missing folder", "exit code", result.returncode, 3)

    def compare_pdfs(self, case, out1, out2, piped):
        with open(out1, "rb") as f:
            one = f.read()
        with open(out2, "rb") as f:
            two = f.read()
        if one != two:
            self.fail(case, "two runs with the same --as-of differ")
        if piped != one:
            self.fail(case, "`-o -` output differs from the file")
        if shutil.which("qpdf"):
            q = subprocess.run(["qpdf", "--check", out1], capture_output=True)
            if q.returncode != 0:
                self.fail(case, f"qpdf --check: {q.stdout[-300:]!r}")
        if shutil.which("pdffonts"):
            p = subprocess.run(["pdffonts", out1], capture_output=True, text=True)
            for line in p.stdout.splitlines()[2:]:
                if line.split()[-5:-2] != ["yes", "yes", "yes"]:
                    self.fail(case, f"font not emb/sub/uni: {line}")

    def notice(self):
        for stage in ("reminder", "follow-up", "final", "demand"):
            case = f"settle notice us-retailer --stage {stage}"
            result = self.run(["notice", "Examples/us-retailer", "--stage", stage, "--as-of", "2026-11-22"])
            if result.returncode != 0:
                self.fail(case, f"exit {result.returncode}: {result.stderr[:300]!r}")
                continue
            balance = json.loads(self.run(["check", "Examples/us-retailer", "--json", "--as-of",
                                           "2026-11-22"]).stdout)["claim"]["balance"]
            text = result.stdout.decode("utf-8")
            whole, _, frac = balance.partition(".")
            if balance not in text and f"{int(whole):,}.{frac}" not in text:
                self.fail(case, f"balance {balance} not in the notice")
        result = self.run(["notice", "Examples/us-retailer", "--stage", "angry"])
        self.expect("settle notice --stage angry", "exit code", result.returncode, 2)

    # ----------------------------------------------------------------------------------------------
    def statement(self, seed=7):
        count = getattr(self, "statement_count", 6)
        rng = random.Random(seed)
        for n in range(count):
            folder = os.path.join(self.work, f"statement-{seed}-{n}")
            as_of = date(2026, 11, 22)
            claim = generate_claim(rng, folder, as_of)
            self.statement_one(f"statement seed={seed} n={n} ({folder})", folder, claim, as_of)
            self.checked += 1
        # Errors leave nothing behind and exit 3 for an unwritable output path.
        missing = os.path.join(self.work, "no-such-dir", "s.pdf")
        result = self.run(["statement", "Examples/us-retailer", "-o", missing, "--as-of", "2026-11-22"])
        self.expect("statement -o into a missing folder", "exit code", result.returncode, 3)
        if os.path.exists(missing):
            self.fail("statement -o into a missing folder", "left a file behind")
        ro = os.path.join(self.work, "read-only")
        os.makedirs(ro, exist_ok=True)
        os.chmod(ro, 0o555)
        target = os.path.join(ro, "s.pdf")
        result = self.run(["statement", "Examples/us-retailer", "-o", target, "--as-of", "2026-11-22"])
        if os.geteuid() != 0:
            self.expect("statement -o into a read-only folder", "exit code", result.returncode, 3)
        os.chmod(ro, 0o755)
        bad = os.path.join(self.work, "bad-claim")
        os.makedirs(bad, exist_ok=True)
        with open(os.path.join(bad, "claim.json"), "w") as f:
            f.write("{")
        out = os.path.join(self.work, "bad.pdf")
        result = self.run(["statement", bad, "-o", out])
        self.expect("statement of malformed claim", "exit code", result.returncode, 1)
        if os.path.exists(out):
            self.fail("statement of malformed claim", "left a partial output file")

    def statement_one(self, case, folder, claim, as_of):
        out1 = os.path.join(folder, "s1.pdf")
        out2 = os.path.join(folder, "s2.pdf")
        args = ["statement", folder, "--as-of", as_of.isoformat()]
        r1 = self.run(args + ["-o", out1])
        if r1.returncode != 0:
            self.fail(case, f"statement exit {r1.returncode}: {r1.stderr[:400]!r}")
            return
        self.run(args + ["-o", out2])
        stdout = self.run(args + ["-o", "-"])
        with open(out1, "rb") as f:
            one = f.read()
        with open(out2, "rb") as f:
            two = f.read()
        if one != two:
            self.fail(case, "two runs with the same --as-of differ")
        if stdout.stdout != one:
            self.fail(case, "`-o -` output differs from the file")
        if shutil.which("qpdf"):
            q = subprocess.run(["qpdf", "--check", out1], capture_output=True)
            if q.returncode != 0:
                self.fail(case, f"qpdf --check: {q.stdout[-300:]!r}")
        if shutil.which("pdffonts"):
            p = subprocess.run(["pdffonts", out1], capture_output=True, text=True)
            for line in p.stdout.splitlines()[2:]:
                cols = line.split()
                if cols[-5:-2] != ["yes", "yes", "yes"]:
                    self.fail(case, f"font not emb/sub/uni: {line}")
        if shutil.which("pdftotext"):
            # Default mode reorders right-to-left text; -raw keeps "call-" | "out" hyphens: accept either.
            # pdftotext wraps right-to-left runs in U+202B … U+202C marks of its own; they are not in the PDF.
            flats = []
            for mode in ([], ["-raw"]):
                raw = subprocess.run(["pdftotext"] + mode + [out1, "-"], capture_output=True, text=True).stdout
                raw = "".join(ch for ch in raw if ch not in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f")
                flats.append(" ".join(raw.replace("\u00a0", " ").replace("\u202f", " ").split()))
            flat = "\n".join(flats)
            want = compute(claim, as_of)
            digits = CURRENCIES[claim["currency"]]
            for c in want["charges"]:
                if c["id"] not in flat:
                    self.fail(case, f"charge id {c['id']!r} not in the text")
                # Line breaks may fall where the description has no space ("120/" | "h"): compare without spaces.
                description = " ".join(c["description"].split())
                if not any("".join(description.split()) in "".join(f.split()) for f in flats):
                    self.fail(case, f"description {description!r} of {c['id']} not in the text as written")
                if not any(form in flat for form in money_forms(c["amount"], digits)):
                    self.fail(case, f"amount {money_forms(c['amount'], digits)[0]} of {c['id']} not in the text")
            balance_forms = money_forms(abs(want["balance"]), digits)
            if not any(form in flat for form in balance_forms):
                self.fail(case, f"balance {balance_forms[0]} not in the text")


def money_forms(minor, digits):
    """The ways an amount may be printed: plain ("1250.00") and grouped in threes ("1,250.00")."""
    plain = minor_to_text(minor, digits)
    whole, _, frac = plain.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    grouped = ",".join(groups) + ("." + frac if frac else "")
    return [grouped, plain]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--settle", default=".build/release/settle", help="the settle binary to test")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=500, help="random valid claims for the ledger part")
    parser.add_argument("--parts", default="ledger,invalid,cli",
                        help="comma-separated: ledger,invalid,cli,statement (statement also runs in cli when present)")
    parser.add_argument("--statements", type=int, default=6, help="random claims for the statement part")
    parser.add_argument("--work", help="folder for generated claims (default: a temporary folder)")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    work = os.path.abspath(args.work or tempfile.mkdtemp(prefix="settle-audit-"))
    os.makedirs(work, exist_ok=True)
    audit = Audit(os.path.abspath(args.settle), work, args.verbose)
    audit.statement_count = args.statements
    parts = args.parts.split(",")
    if "ledger" in parts:
        audit.ledger(args.seed, args.count)
    if "invalid" in parts:
        audit.invalid(args.seed)
    if "cli" in parts:
        audit.cli()
    elif "statement" in parts:
        audit.statement()
    for problem in audit.problems:
        print(problem)
    print(f"{audit.checked} claims checked, {len(audit.problems)} discrepancies (work folder {work})")
    if not audit.problems and not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 1 if audit.problems else 0


if __name__ == "__main__":
    sys.exit(main())
