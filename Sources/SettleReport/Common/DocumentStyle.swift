import Typeset

/// The look shared by every Settle document (statement, letters, packet parts): paper, margins,
/// type sizes, colours and the text styles built from them, so all documents read as one family.
///
/// Body text is Noto Sans 9 pt in near-black; figures use tabular numbers (`tnum`) so columns of
/// amounts line up; the accent colour is a quiet ink blue used for titles and the amount due.
public struct DocumentStyle: Sendable, Hashable {
  /// The paper (US Letter by default).
  public var pageSize: PageSize
  /// The distances from the paper's edges to the body.
  public var margins: EdgeInsets
  /// The size of body text.
  public var bodySize: Length
  /// The size of footnotes, running headers and footers.
  public var smallSize: Length
  /// The size of section headings.
  public var headingSize: Length
  /// The size of a document's title.
  public var titleSize: Length
  /// The colour of body text.
  public var ink: Color
  /// The colour of labels and secondary text.
  public var muted: Color
  /// The colour of titles and the amount due.
  public var accent: Color
  /// The colour of rules.
  public var ruleColor: Color
  /// The fill behind table header rows.
  public var headerFill: Color
  /// The fill behind every other table body row.
  public var zebraFill: Color

  /// Creates a style; the defaults are the house style.
  public init(
    pageSize: PageSize = .letter,
    margins: EdgeInsets = EdgeInsets(top: .pt(50), left: .pt(54), bottom: .pt(54), right: .pt(54)),
    bodySize: Length = .pt(9), smallSize: Length = .pt(7.5), headingSize: Length = .pt(11),
    titleSize: Length = .pt(17), ink: Color = Color(hex: 0x1F2328), muted: Color = Color(hex: 0x5F6873),
    accent: Color = Color(hex: 0x1D4E89), ruleColor: Color = Color(hex: 0xB8C0C8),
    headerFill: Color = Color(hex: 0xE8EDF3), zebraFill: Color = Color(hex: 0xF6F8FA)
  ) {
    self.pageSize = pageSize
    self.margins = margins
    self.bodySize = bodySize
    self.smallSize = smallSize
    self.headingSize = headingSize
    self.titleSize = titleSize
    self.ink = ink
    self.muted = muted
    self.accent = accent
    self.ruleColor = ruleColor
    self.headerFill = headerFill
    self.zebraFill = zebraFill
  }

  /// The house style.
  public static let standard = DocumentStyle()

  /// The widest a logo is drawn; narrower logos keep their pixel width at 144 dpi.
  public var logoWidth: Length { .pt(120) }

  /// A logo block at the top left: as wide as the image at 144 dpi, at most `logoWidth`.
  public func logoBlock(_ image: RasterImage) -> Block {
    let natural = Length.pt(Double(image.pixelWidth) / 2)
    return .image(ImageBlock(image, width: min(natural, logoWidth), placement: .left, spaceAfter: .pt(8)))
  }

  // MARK: Text styles

  /// Body text.
  public var body: TextStyle { TextStyle(size: bodySize, color: ink) }
  /// Fine print: terms and explanations.
  public var finePrint: TextStyle { TextStyle(size: smallSize + .pt(0.5), color: ink) }
  /// Body text in bold (names, totals).
  public var strong: TextStyle { TextStyle(font: FontStyle(isBold: true), size: bodySize, color: ink) }
  /// Labels and secondary text.
  public var label: TextStyle { TextStyle(size: bodySize, color: muted) }
  /// Running headers, footers and notes.
  public var small: TextStyle { TextStyle(size: smallSize, color: muted) }
  /// Section headings.
  public var heading: TextStyle { TextStyle(font: FontStyle(isBold: true), size: headingSize, color: accent) }
  /// A document's title.
  public var title: TextStyle { TextStyle(font: FontStyle(isBold: true), size: titleSize, color: accent) }
  /// The name at the top of a party block.
  public var partyName: TextStyle { TextStyle(font: FontStyle(isBold: true), size: bodySize + .pt(2), color: ink) }
  /// Amounts and dates in tables: tabular numbers so digits line up.
  public var figure: TextStyle { TextStyle(size: bodySize, color: ink, features: [.tabularNumbers]) }
  /// Bold amounts (totals).
  public var strongFigure: TextStyle {
    TextStyle(font: FontStyle(isBold: true), size: bodySize, color: ink, features: [.tabularNumbers])
  }
  /// The amount due, set large in the accent colour.
  public var amountDue: TextStyle {
    TextStyle(font: FontStyle(isBold: true), size: titleSize, color: accent, features: [.tabularNumbers])
  }
  /// Table header cells.
  public var tableHeader: TextStyle { TextStyle(font: FontStyle(isBold: true), size: bodySize, color: ink) }

  // MARK: Blocks

  /// A section heading that stays with what follows it.
  public func headingBlock(_ text: String) -> Block {
    .paragraph(Paragraph(text, textStyle: heading, style: ParagraphStyle(spaceBefore: .pt(10), spaceAfter: .pt(4), keepsWithNext: true)))
  }

  /// A paragraph of body text; its direction follows its first strong character, so Arabic or
  /// Hebrew notes are set right to left.
  public func bodyParagraph(_ text: String, spaceAfter: Length = .pt(4)) -> Block {
    .paragraph(Paragraph(text, textStyle: body, style: ParagraphStyle(spaceAfter: spaceAfter)))
  }

  /// A paragraph of fine print (terms, explanations).
  public func finePrintParagraph(_ text: String, spaceAfter: Length = .pt(3)) -> Block {
    .paragraph(Paragraph(text, textStyle: finePrint, style: ParagraphStyle(spaceAfter: spaceAfter)))
  }

  /// A thin rule across the content width.
  public func ruleBlock(before: Length = .pt(6), after: Length = .pt(6)) -> Block {
    .rule(Rule(stroke: Stroke(color: ruleColor, thickness: .pt(0.6)), spaceBefore: before, spaceAfter: after))
  }

  /// The look of data tables: shaded header repeated on every page, zebra rows, a rule above totals.
  ///
  /// The documents are in English, so every cell is set left-to-right: a Hebrew or Arabic name
  /// or description inside a cell still reads right-to-left, but a cell that starts with one and
  /// goes on in Latin or digits ("שלום כהן · +1 512 555 0133") keeps the rest in reading order.
  public var dataTableStyle: TableStyle {
    TableStyle(
      cellPadding: EdgeInsets(top: .pt(2.5), left: .pt(4), bottom: .pt(2.5), right: .pt(4)),
      zebraFill: zebraFill, headerFill: headerFill, headerRule: Stroke(color: ruleColor, thickness: .pt(0.6)),
      bodyRule: nil, footerRule: Stroke(color: ink, thickness: .pt(0.6)), spaceBefore: .pt(2), spaceAfter: .pt(4),
      repeatsHeader: true, direction: .leftToRight)
  }

  /// The look of layout tables (blocks side by side): no fills, no rules, tight padding; cells
  /// left-to-right as in `dataTableStyle`.
  public var plainTableStyle: TableStyle {
    TableStyle(
      cellPadding: EdgeInsets(top: .pt(0.5), left: .zero, bottom: .pt(0.5), right: .pt(6)),
      zebraFill: nil, headerFill: nil, headerRule: nil, bodyRule: nil, footerRule: nil, repeatsHeader: false,
      direction: .leftToRight)
  }

  /// A running header or footer line: `left` at the start, `right` at the end, in small type.
  public func runningLine(left: String, right: String) -> [Block] {
    let columns = [TableColumn(.fraction(3), alignment: .left), TableColumn(.fraction(2), alignment: .right)]
    var style = plainTableStyle
    style.cellPadding = .zero
    return [.table(Table(columns: columns, bodyRows: [TableRow([TableCell(left, style: small), TableCell(right, style: small)])], style: style))]
  }

  /// The page template: paper, margins, and header and footer at fixed distances from the edges.
  public func pageTemplate(header: RunningContent?, footer: RunningContent?) -> PageTemplate {
    PageTemplate(size: pageSize, margins: margins, header: header, footer: footer, headerTop: .pt(30), footerBottom: .pt(30))
  }
}
