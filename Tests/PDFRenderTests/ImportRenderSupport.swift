import Foundation
import PDFRender
import SettleTestSupport
import TypesetCore
import TypesetLayout

/// Documents and pixel comparisons for the import tests.
enum ImportRender {
  /// One output page per embedded page, each exactly the embedded page's display size, so the
  /// output renders like the original page.
  static func fullSizeDocument(_ pages: [any EmbeddedPage]) -> LaidOutDocument {
    LaidOutDocument(
      pages: pages.map { page in
        var frame = Frame(size: page.displaySize)
        frame.push(.embeddedPage(EmbeddedPageItem(page: page, size: page.displaySize)), at: .zero)
        return LaidOutPage(size: page.displaySize, frame: frame)
      },
      metadata: DocumentMetadata(title: "Import test", creationDate: 0))
  }

  /// Renders page `page` (1-based) of `pdf` with pdftoppm at `dpi`.
  static func render(_ pdf: String, page: Int, dpi: Int) throws -> Pixmap? {
    let base = pdf + "-p\(page)-r\(dpi)"
    _ = try ExternalTool.run("pdftoppm", ["-cropbox", "-r", String(dpi), "-f", String(page), "-l", String(page), "-singlefile", pdf, base], errorOutput: .merged)
    return Pixmap(path: base + ".ppm")
  }
}
