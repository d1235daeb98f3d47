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

  /// Scans `document` once for what `conformanceProblems(_:options:)` and `render(_:options:)`
  /// both need (fonts, glyphs, images, anchors, links): a caller that lists the problems before
  /// choosing the standard to render in does not walk the frames twice.
  /// - Throws: the structural errors `render` throws while scanning (unsupported items, invalid images).
  public static func scan(_ document: LaidOutDocument) throws(PDFRenderError) -> ScannedDocument {
    ScannedDocument(document: document, scan: try DocumentScan(document))
  }

  /// `conformanceProblems(_:options:)` of a scanned document.
  public static func conformanceProblems(_ scanned: ScannedDocument, options: PDFRenderOptions) -> [PDFConformanceProblem] {
    ConformanceChecker.problems(scan: scanned.scan, options: options)
  }

  /// `render(_:options:)` of a scanned document: the same bytes, without scanning it again.
  public static func render(_ scanned: ScannedDocument, options: PDFRenderOptions) throws(PDFRenderError) -> [UInt8] {
    var writer = try DocumentWriter(document: scanned.document, options: options, scan: scanned.scan)
    return try writer.write()
  }
}

/// A laid-out document with the renderer's scan of it (`PDFRenderer.scan(_:)`).
public struct ScannedDocument {
  /// The document scanned.
  public let document: LaidOutDocument
  let scan: DocumentScan
}
