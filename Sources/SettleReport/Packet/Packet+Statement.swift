import Typeset

extension PacketDocument {
  /// The statement document's own sections (masthead, activity, summary, aging, invoices,
  /// terms), so the statement in the packet is the one the customer received.
  func statement() -> [Block] {
    let view = statementView
    var blocks: [Block] = []
    blocks += view.masthead()
    blocks += view.billTo()
    blocks.append(options.style.ruleBlock(before: .pt(10), after: .pt(2)))
    blocks += view.activity()
    blocks += view.summary()
    blocks += view.aging()
    blocks += view.invoiceStatus()
    blocks += view.termsExplanation()
    return blocks
  }
}
