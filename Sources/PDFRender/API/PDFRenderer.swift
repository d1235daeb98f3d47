import Crypt
import PDFWriter
import TypesetCore
import TypesetLayout

/// Converts laid-out frames to PDF bytes. The only step that sees both frames and PDF.
public enum PDFRenderer {
  /// Renders `document` to a complete PDF file.
  ///
  /// The output is a function of the input alone: no clock, no randomness, no hash-order
  /// dependence; the file identifier is a SHA-256 of the written objects.
  ///
  /// - Complexity: linear in the number of frame items and glyphs.
  /// - Throws: `PDFRenderError.conformance` with every problem found when the document cannot
  ///   meet `options.conformance`; other cases for unusable input (see `PDFRenderError`).
  public static func render(_ document: LaidOutDocument, options: PDFRenderOptions) throws(PDFRenderError) -> [UInt8] {
    var writer = try DocumentWriter(document: document, options: options)
    return try writer.write()
  }

  /// The conformance problems `document` has for `options.conformance`, without writing it.
  /// - Throws: the same structural errors as `render` (unsupported items, invalid images, …).
  public static func conformanceProblems(_ document: LaidOutDocument, options: PDFRenderOptions) throws(PDFRenderError)
    -> [PDFConformanceProblem]
  {
    let scan = try DocumentScan(document)
    return ConformanceChecker.problems(scan: scan, options: options)
  }
}
