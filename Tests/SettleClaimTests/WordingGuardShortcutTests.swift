import Foundation
import SettleModel
import Testing

@testable import SettleClaim

/// The guard's shortcuts (rule cues, the ASCII amount path) must give exactly what the slow paths
/// give.
@Suite struct WordingGuardShortcutTests {
  @Test func everyCatalogPatternHasCues() {
    for rule in WordingRule.catalog {
      for (pattern, requirements) in zip(rule.patterns, RuleCues(patterns: rule.patterns).requirements) {
        #expect(!requirements.isEmpty, "\(rule.id): \(pattern) always runs")
      }
    }
  }

  @Test(arguments: [
    (#"\barrest(ed|s|ing)?\b"#, [["arrest"]]),
    (#"\b(press|file|bring) (criminal )?charges\b"#, [["press", "file", "bring"], ["charges"]]),
    (#"\bcommitt?(ed|ing)? (a )?(crime|fraud|theft)\b"#, [["commit"], ["crime", "fraud", "theft"]]),
    (#"\bmisdemeanou?r\b"#, [["misdemeano"], ["r"]]),
    (#"\b(attorney|attorney's|legal) fees?\b"#, [["attorney", "attorney", "legal"], ["fee"]]),
    (#"\bSmall[- ]claims\b"#, [["small"], ["claims"]]),
    (#"\b(hurt|beat up)\b"#, [["hurt", "beat"]]),
    (#"\bthie(f|ves)\b"#, [["thie"], ["f", "ves"]]),
    (#"\bab+c\w*"#, [["ab"], ["c"]]),
    (#"\bsend\b[^.\n]{0,30}\b(to|with) (?:x|y)?collections?\b"#, [["send"], ["to", "with"], ["collection"]]),
    (#"\b(?:ab|bc)"#, []), (#"\b(ab|cd)?"#, []), (#"[a-z]+"#, []), (#"\b(ab|\w+)"#, []), (#"\ba?"#, []),
  ])
  func requirementsOfPatterns(pattern: String, expected: [[String]]) {
    #expect(RuleCues.requirements(of: pattern)?.map { $0.map { String(decoding: $0, as: UTF8.self) } } == expected)
  }

  @Test(arguments: [#"\b(ab"#, #"ab|cd"#, #"[ab"#, #"\p{L}ab"#, #"(\Q)\E|ab)"#, #"[\x{41}]b"#, #"ab\"#])
  func unreadablePatternsHaveNoRequirements(pattern: String) {
    #expect(RuleCues.requirements(of: pattern) == nil)
    #expect(RuleCues(patterns: [pattern]).possiblePatterns(FoldedWords("")) == [true])
  }

  @Test func foldedWordsSpellCaseFoldingLetters() {
    let words = FoldedWords("Weißmann ARREſT ﬁle, café 12ab")
    #expect(words.words.contains(Array("weissmann".utf8)))
    #expect(words.words.contains(Array("arrest".utf8)))
    #expect(words.words.contains(Array("file".utf8)))
    #expect(words.words.contains(Array("caf".utf8)))
    #expect(words.words.contains(Array("ab".utf8)))
    #expect(words.containsSubstring(Array("ssman".utf8)))
    #expect(!words.containsSubstring(Array("cafe".utf8)))
  }

  /// Every scalar outside ASCII whose lower, upper or title-free case round trip holds ASCII letters
  /// is in the fold table with those letters.
  @Test func foldTableCoversCaseMappings() {
    func asciiLetters(_ s: String) -> [UInt8] {
      s.utf8.filter { RuleCues.isASCIILetter($0) }.map { $0 | 0x20 }
    }
    var missing: [String] = []
    for value in UInt32(0x80)...0x10FFFF {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let s = String(scalar)
      let variants = [s.lowercased(), s.uppercased(), s.uppercased().lowercased(), s.lowercased().uppercased()]
      let letters = variants.map(asciiLetters).max { $0.count < $1.count } ?? []
      if letters.isEmpty { continue }
      if FoldedWords.asciiFolds[value] != letters { missing.append(String(value, radix: 16)) }
    }
    #expect(missing.isEmpty, "not in the fold table: \(missing)")
  }

  /// ICU's case-insensitive matching equates no other scalar with ASCII letters or pairs of them.
  @Test func icuMatchesNoOtherScalarAsLetters() throws {
    var text = ""
    for value in UInt32(0x80)...0x10FFFF where FoldedWords.asciiFolds[value] == nil {
      guard let scalar = Unicode.Scalar(value), scalar.properties.generalCategory != .unassigned else { continue }
      text.unicodeScalars.append(scalar)
      text.unicodeScalars.append("0")
    }
    let letters = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { String(UnicodeScalar($0)) }
    let pattern = (letters + ["ss", "st", "ff", "fi", "fl", "ffi", "ffl"]).joined(separator: "|")
    let regex = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..<text.endIndex, in: text))
    #expect(match == nil)
  }

  static let texts: [String] = [
    "If you do not pay we will have you arrested. We will press charges.",
    "You could go to jail; the POLICE, a felony, a misdemeanour. Committed fraud!",
    "You'll be sorry. You’ll be sorry. Watch your back. We will destroy your reputation.",
    "We will garnish your wages, seize the car, take your house. Lien. Levy.",
    "A lawsuit has been filed against you. Case No. 2026-1. Proceedings have been commenced. Docket.",
    "OFFICIAL NOTICE — This is a summons, a subpoena, a writ, a warrant. Sheriff. Plaintiff v. Defendant.",
    "We have referred this to our attorney at law; the law office; Esq.; we sent it to a lawyer.",
    "We will sue you in small-claims court; a judgement; litigation; legal action.",
    "We will send the account to a collection agency; debt collectors; turned over to collections.",
    "Your account is on credit hold; we suspended your account and stopped all deliveries.",
    "We will report this to the credit bureaus: Equifax, Experian, TransUnion.",
    "A late fee of $25.00 applies. Penalties. Surcharges. Interest accrues; finance charges.",
    "A collection fee will be added, attorney's fees, attorneys' fees, admin fees, court costs.",
    "Please pay immediately. Act now! Urgent. This is your last chance, within 48 hours, now or never.",
    "Don't be a deadbeat, you idiot, liar, thief, cheat. Damn.",
    "We will call your employer and tell your family; we will contact your neighbours.",
    "ARREſT, Weißmann, ﬁle charges, preſs charges, ſheriff, KILL (Kelvin sign), ÜRGENT, İmmediately.",
    "Dear José Peña, Northwind Billing Services GmbH asks you to pay $384.06 by March 2, 2025. Müllerstraße 12.",
    "شركة النور, Zoë Tower, Licence seats – Office Suite; Basis of the claim; the claim was filed.",
    "Thank you for your business. We value prompt payment. Nothing here breaks any rule.",
    "",
  ]

  @Test(arguments: texts)
  func cuesSkipOnlyRulesWithoutMatches(text: String) {
    let words = FoldedWords(text)
    for rule in WordingRule.catalog where !rule.patterns.isEmpty {
      let slow = WordingGuard.matches(of: rule, in: text)
      let fast = WordingGuard.matches(of: rule, in: text, words: words)
      #expect(fast == slow, "\(rule.id) on \(text)")
      let possible = RuleCues(patterns: rule.patterns).possiblePatterns(words)
      for (pattern, isPossible) in zip(rule.patterns, possible) where !isPossible {
        #expect(WordingGuard.matches(of: WordingRule(id: "test", message: "", basis: "", scope: .wordsAlone, patterns: [pattern]), in: text).isEmpty)
      }
    }
  }

  @Test func patternsWithoutTheirCuesAreLeftOut() {
    let cues = RuleCues(patterns: WordingRule.unintendedCreditHold.patterns)
    #expect(cues.possiblePatterns(FoldedWords("A friendly reminder: please pay.")) == [false, false, false, false])
    #expect(cues.possiblePatterns(FoldedWords("Credits granted; HOLD on; we stop services.")) == [true, true, false, true])
    #expect(RuleCues(patterns: WordingRule.criminalThreat.patterns).possiblePatterns(FoldedWords("ARREſTED")).first == true)
  }

  @Test func partialExpressionsFindWhatTheWholeFinds() {
    let text = "Your credit is on hold, and we will stop all deliveries. Credit hold!"
    let whole = WordingGuard.matches(of: WordingRule.unintendedCreditHold, in: text)
    #expect(whole.count == 3)
    for _ in 0..<2 { #expect(WordingGuard.matches(of: WordingRule.unintendedCreditHold, in: text, words: FoldedWords(text)) == whole) }
  }

  @Test(arguments: [
    ("$1,300.50", ["$"], "."), ("1.300,00\u{00A0}€", ["€"], ","), ("-USD 0.00", ["USD"], "."),
    ("$-5.00", ["$"], "."), ("- $ 0012.3400", ["$", "USD"], "."), ("USD 7", ["US", "USD", "$"], "."),
    ("CHF 1'234.50", ["CHF", "Fr."], "."), ("Fr. 1'234.50", ["CHF", "Fr."], "."), ("1 234,56 €", ["€", "EUR"], ","),
    ("EUR1.234,00", ["€", "EUR"], ","), ("$ 12\r\n.5", ["$"], "."), ("0.00", [], "."), ("abc", ["$"], "."),
    ("$$1", ["$", ""], "."), ("1-2", ["-"], "."), ("5.5.5", ["."], "."),
  ])
  func asciiAmountPathEqualsGeneralPath(written: String, markers: [String], separator: String) {
    let fast = AmountCanonicalizer(markers: markers, decimalSeparator: separator).value(of: written)
    #expect(fast == Self.referenceCanonicalAmount(written, markers: markers, decimalSeparator: separator))
  }

  /// The canonical amount as first written (Foundation string operations throughout).
  static func referenceCanonicalAmount(_ written: String, markers: [String], decimalSeparator: String) -> String {
    var s = AmountCanonicalizer.compact(written)
    for marker in markers.sorted(by: { $0.count > $1.count }) {
      s = s.replacingOccurrences(of: AmountCanonicalizer.compact(marker), with: "")
    }
    let isNegative = s.hasPrefix("-")
    let separator: Character = decimalSeparator == "," ? "," : "."
    var whole = ""
    var fraction = ""
    var inFraction = false
    for c in s where c.isASCII {
      if c == separator {
        inFraction = true
      } else if c.isNumber {
        if inFraction { fraction.append(c) } else { whole.append(c) }
      }
    }
    while whole.hasPrefix("0") { whole.removeFirst() }
    while fraction.hasSuffix("0") { fraction.removeLast() }
    let value = (whole.isEmpty ? "0" : whole) + (fraction.isEmpty ? "" : "." + fraction)
    return (isNegative && value != "0" ? "-" : "") + value
  }
}

@Suite struct TemplateValueMoneyTests {
  @Test func collectMoneyFindsEveryFigureOnce() throws {
    let usd = { (minor: Int64) in Money(minorUnits: minor, currency: .usd) }
    let value = TemplateValue.record([
      "total": .money(usd(100)),
      "rows": .list([
        .record(["amount": .money(usd(5)), "open": .money(usd(5)), "note": .text("x")]),
        .record(["amount": .money(usd(7)), "nested": .list([.money(usd(100)), .absent, .integer(3)])]),
      ]),
      "date": .date(try CivilDate(year: 2025, month: 1, day: 31)),
    ])
    var set = Set<Money>()
    value.collectMoney(into: &set)
    #expect(set == [usd(100), usd(5), usd(7)])
  }
}

@Suite struct SpaceTrimmingTests {
  static let samples: [String] = [
    "", " ", "\t", "  a  ", "\ta b\t", "\n a \n", "\r\n x \r\n", "\u{00A0}x\u{00A0}", "\u{3000}全角\u{3000}",
    "\u{2028}x\u{2029}", "\u{0085}x\u{0085}", "\u{200B}x\u{200B}", " e\u{0301} ", " \u{0301}x", "x\u{0301} ",
    "\u{202F}1 234\u{2009}", "\u{000B}\u{000C}v\u{000C}", "Müller  ", "  شركة النور ", "no-trim",
  ]

  @Test(arguments: samples)
  func trimmingEqualsFoundation(text: String) {
    #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
    #expect(text.trimmingSpaces(includingNewlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  /// Every scalar up to U+3100 (all space separators lie below it) and a sample above.
  @Test func everyScalarIsJudgedLikeFoundation() {
    for value in Array(UInt32(0)...0x3100) + [0xFEFF, 0xFFFD, 0x1F600, 0xE0020] {
      guard let scalar = Unicode.Scalar(value) else { continue }
      let text = "a" + String(scalar)
      #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces), "U+\(String(value, radix: 16))")
      #expect(
        text.trimmingSpaces(includingNewlines: true) == text.trimmingCharacters(in: .whitespacesAndNewlines),
        "U+\(String(value, radix: 16))")
    }
  }
}

@Suite struct CreditorIdentityShortcutTests {
  @Test(arguments: ["Harbor Hardware LLC", "A  B", " lead", "trail ", "tab\there", "x", "", "Zoë e\u{0301} Café"])
  func singleSpacedValues(value: String) {
    let expected = !value.isEmpty && value.split(separator: " ", omittingEmptySubsequences: false).allSatisfy {
      !$0.isEmpty && !$0.contains(where: \.isWhitespace)
    }
    #expect(WordingGuard.isSingleSpaced(value) == expected)
  }

  @Test(arguments: [
    ("Harbor Hardware LLC", "Pay Harbor Hardware LLC now."),
    ("Harbor Hardware LLC", "Pay Harbor\nHardware   LLC now."),
    ("Harbor  Hardware", "Pay Harbor  Hardware now."),
    ("Harbor Hardware", "Pay Harbor Hardwaré now."),
    ("+1 415 555 0142", "Call +1 415\n555 0142."),
    ("+1 415 555 0142", "Call +1 415 555 0143."),
  ])
  func identityFindingsMatchTheFlatText(name: String, text: String) {
    let context = WordingContext(
      smallClaimsCourt: nil, intendsCollectionAgency: false, intendsCreditHold: false, hasLateFeeTerms: false,
      hasInterestTerms: false, creditorName: name, creditorPhone: "", hasOpenDispute: false,
      isCollectionNotice: true, knownAmounts: [], currencyMarkers: [])
    let findings = WordingGuard(rules: [WordingRule.creditorIdentity]).findings(in: text, context: context)
    let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    let nameMissing = findings.contains { $0.message.contains("the creditor's name;") || $0.message.contains("the creditor's name,") }
    #expect(nameMissing == !flat.contains(name))
  }
}

@Suite("Folded words: the letter-pair filter")
struct FoldedWordsPairFilterTests {
  @Test("containsSubstring equals searching every run, for every cue of every catalog rule and more")
  func pairFilterEqualsSearch() {
    let texts = [
      "", "Weißmann ARREſT ﬁle, café 12ab", "Please pay $1,234.56 by March 2; call +1 415 555 0142.",
      "We will refer this account to a collection agency and report it to the credit bureaus.",
      String(repeating: "Zoë Design Studio – design hours, office signage and file preparation for print. ", count: 3),
    ]
    var cues: [[UInt8]] = ["a", "z", "ss", "sue", "court", "arrest", "qq", "xyz", "ffi", "legal", "agency"].map { Array($0.utf8) }
    for rule in WordingRule.catalog {
      for pattern in rule.patterns { for requirement in RuleCues.requirements(of: pattern) ?? [] { cues += requirement } }
    }
    for text in texts {
      let words = FoldedWords(text)
      for cue in cues where !cue.isEmpty {
        let searched = words.words.contains { word in
          word.count >= cue.count && (0...(word.count - cue.count)).contains { word[$0..<($0 + cue.count)].elementsEqual(cue) }
        }
        #expect(words.containsSubstring(cue) == searched, "\(String(decoding: cue, as: UTF8.self)) in \(text)")
      }
    }
  }
}
