import SettleModel
import SettleReport
import SettleTestSupport
import Testing
import Typeset

@Suite("Statement document")
struct StatementDocumentTests {
  static let asOf = StatementFixtures.date("2026-07-31")

  static func layout(_ claim: Claim, asOf: CivilDate = asOf, options: StatementOptions = StatementOptions()) throws
    -> (LedgerResult, LaidOutDocument)
  {
    let ledger = try Ledger.compute(claim, asOf: asOf)
    let result = StatementDocument(claim: claim, ledger: ledger, options: options).layout(fontBook: try FontBook.standard())
    #expect(result.warnings.isEmpty, "layout warnings: \(result.warnings)")
    return (ledger, result.document)
  }

  /// Every text item's characters per page, in frame order (logical text for right-to-left runs).
  static func pageTexts(_ document: LaidOutDocument) -> [String] {
    document.pages.map { page in
      var out = ""
      collect(page.frame, into: &out)
      return out
    }
  }

  static func collect(_ frame: Frame, into out: inout String) {
    for positioned in frame.items {
      switch positioned.item {
      case .text(let text): out += (text.actualText ?? text.glyphs.map(\.text).joined()) + "\n"
      case .group(let group): collect(group, into: &out)
      default: break
      }
    }
  }

  @Test("every figure of the ledger appears: lines, running balances, totals, aging")
  func everyFigure() throws {
    let (ledger, document) = try Self.layout(StatementFixtures.onePage())
    let text = Self.pageTexts(document).joined()
    #expect(document.pages.count == 1)
    for line in ledger.statement {
      #expect(text.contains(AmountText.figure(line.runningBalance)))
      if let charge = line.chargeAmount { #expect(text.contains(AmountText.figure(charge))) }
      if let payment = line.paymentAmount { #expect(text.contains(AmountText.figure(payment))) }
      #expect(text.contains(DateText.short(line.date)))
    }
    for total in [ledger.totals.charges, ledger.totals.lateFees, ledger.totals.interest, ledger.totals.payments, ledger.totals.credits] {
      #expect(text.contains(AmountText.figure(total)))
    }
    for (_, amount) in ledger.aging.buckets { #expect(text.contains(AmountText.figure(amount))) }
    #expect(text.contains(AmountText.withCode(ledger.balance)))
    #expect(ledger.totals.lateFees.isPositive && ledger.totals.interest.isPositive)
    #expect(text.contains("simple interest, actual/365, from each due date"))
  }

  @Test("the account number is masked everywhere, including the PDF metadata")
  func maskedAccount() throws {
    let claim = StatementFixtures.onePage()
    let (_, document) = try Self.layout(claim)
    let text = Self.pageTexts(document).joined()
    #expect(text.contains("•••• 2193"))
    #expect(!text.contains("0048"))
    #expect(!document.metadata.subject.contains("0048"))
  }

  @Test("a long statement repeats its header and carries the footer and running header")
  func multiPage() throws {
    let (ledger, document) = try Self.layout(StatementFixtures.manyRows(120))
    let pages = Self.pageTexts(document)
    #expect(pages.count >= 3)
    for (index, page) in pages.enumerated() {
      #expect(page.contains("Page \(index + 1) of \(pages.count)"))
      #expect(page.contains("Statement date July 31, 2026"))
      #expect(page.contains("•••• 9046"))
      // The running header is absent on page 1 only.
      #expect(page.contains("Harbor Office Supply LLC · Statement of account") == (index > 0))
    }
    let tablePages = pages.filter { $0.contains("Running") || $0.contains("Balance (USD)") }
    #expect(tablePages.count >= 3)
    // The balance row sits on the page of the last statement line.
    let last = try #require(pages.lastIndex { $0.contains("Balance due as of July 31, 2026") })
    let lastLine = try #require(ledger.statement.last)
    #expect(pages[last].contains(AmountText.figure(lastLine.runningBalance)))
  }

  @Test("a claim with no charges still makes a statement")
  func empty() throws {
    var claim = StatementFixtures.onePage()
    claim.charges = []
    claim.payments = []
    claim.credits = []
    let (ledger, document) = try Self.layout(claim)
    #expect(ledger.balance.isZero)
    let text = Self.pageTexts(document).joined()
    #expect(text.contains("No charges, payments or credits as of July 31, 2026."))
    #expect(text.contains("paid in full"))
  }

  @Test("a credit balance is labelled as such and shown negative")
  func creditBalance() throws {
    var claim = StatementFixtures.onePage()
    claim.payments.append(Payment(date: StatementFixtures.date("2026-07-01"), amount: StatementFixtures.money(1_000_000), method: "wire"))
    let (ledger, document) = try Self.layout(claim)
    #expect(ledger.isCreditBalance)
    let text = Self.pageTexts(document).joined()
    #expect(text.contains("Credit balance"))
    #expect(text.contains(AmountText.withCode(ledger.balance)))
    #expect(AmountText.figure(ledger.balance).hasPrefix("-"))
  }

  @Test("zero- and three-decimal currencies keep their minor digits")
  func currencies() throws {
    let kwd = try #require(Currency(code: "KWD"))
    for currency in [Currency.jpy, kwd] {
      let (ledger, document) = try Self.layout(StatementFixtures.manyRows(6, currency: currency))
      let text = Self.pageTexts(document).joined()
      #expect(text.contains(AmountText.withCode(ledger.balance)))
      #expect(text.contains("Balance (\(currency.code))"))
      for line in ledger.statement { #expect(text.contains(AmountText.figure(line.runningBalance))) }
    }
  }

  @Test("right-to-left names and notes keep their logical text")
  func rightToLeft() throws {
    let options = StatementOptions(note: StatementFixtures.arabicNote)
    let (_, document) = try Self.layout(StatementFixtures.multilingual(), options: options)
    let text = Self.pageTexts(document).joined()
    for name in ["شركة النور", "שלום כהן", "Müller Café", "José Peña", "Rösterei Nord GmbH"] {
      #expect(text.contains(name), "missing \(name)")
    }
  }

  @Test("the PDF is deterministic and, with poppler, extracts every figure and name")
  func pdf() throws {
    let claim = StatementFixtures.multilingual()
    let ledger = try Ledger.compute(claim, asOf: Self.asOf)
    let statement = StatementDocument(claim: claim, ledger: ledger, options: StatementOptions(note: StatementFixtures.arabicNote))
    let first = try statement.renderPDF()
    let second = try statement.renderPDF()
    #expect(first == second)
    #expect(first.starts(with: Array("%PDF-".utf8)))
    guard let raw = ExternalTool.pdfText(first) else { return }
    // Wrapped cells come out as several lines: compare with whitespace runs collapsed.
    let text = Self.collapsed(raw)
    for line in ledger.statement {
      #expect(text.contains(AmountText.figure(line.runningBalance)))
      #expect(text.contains(Self.collapsed(line.description)), "missing \(line.description)")
    }
    for name in ["شركة النور", "שלום כהן", "Müller Café", "José Peña"] { #expect(text.contains(name), "missing \(name)") }
  }

  static func collapsed(_ text: String) -> String {
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
  }

  @Test("a very long description wraps inside its cell and every word survives")
  func longDescription() throws {
    var claim = StatementFixtures.onePage()
    let words = (1...150).map { "item\($0)" }
    claim.charges[0].description = words.joined(separator: " ")
    let (_, document) = try Self.layout(claim)
    let text = Self.pageTexts(document).joined()
    for word in ["item1 ", "item75", "item150"] { #expect(text.contains(word)) }
    #expect(document.pages.count >= 1)
  }

  @Test("a ledger in another currency is refused")
  func currencyMismatch() throws {
    let claim = StatementFixtures.onePage()
    let ledger = try Ledger.compute(StatementFixtures.manyRows(3, currency: .eur), asOf: Self.asOf)
    #expect(throws: StatementError.self) { try StatementDocument(claim: claim, ledger: ledger).renderPDF() }
  }
}

@Suite("Statement logo")
struct StatementLogoTests {
  @Test("a logo is drawn above the letterhead at 144 dpi, never wider than the style allows")
  func logo() throws {
    let claim = StatementFixtures.onePage()
    let ledger = try Ledger.compute(claim, asOf: StatementDocumentTests.asOf)
    let pixels = [UInt8](repeating: 0x40, count: 600 * 100 * 3)
    let image = RasterImage(id: "logo", pixelWidth: 600, pixelHeight: 100, encoding: .samples(pixels: pixels, components: 3, alpha: nil))
    let statement = StatementDocument(claim: claim, ledger: ledger, options: StatementOptions(logo: image))
    let page = try #require(statement.layout(fontBook: try FontBook.standard()).document.pages.first)
    let images = page.frame.items.compactMap { item -> ImageItem? in
      if case .image(let image) = item.item { return image }
      return nil
    }
    #expect(images.count == 1)
    #expect(images.first?.size.width == DocumentStyle.standard.logoWidth)
    #expect(images.first?.size.height == .pt(20))
    let pdf = try statement.renderPDF()
    #expect(pdf.count > 1000)
  }
}
