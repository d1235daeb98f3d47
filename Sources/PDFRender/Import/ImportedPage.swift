import TypesetCore
import TypesetLayout

/// One page of an `ImportedDocument`, ready to be placed by layout (`EmbeddedPageBlock`).
///
/// Its display size is the CropBox (or MediaBox) turned by the effective /Rotate.
public struct ImportedPage: EmbeddedPage {
  let source: ImportedPageSource

  /// `<file sha256>#<page index>`.
  public var identifier: String { source.documentID + "#" + String(source.page.index) }
  /// Zero-based page index in the source file.
  public var pageIndex: Int { source.page.index }
  /// The effective /Rotate (0, 90, 180 or 270).
  public var rotation: Int { source.page.rotation }
  /// The visible size after CropBox and /Rotate.
  public var displaySize: Size {
    Size(width: Length(microPoints: source.page.displayWidth), height: Length(microPoints: source.page.displayHeight))
  }
  /// The number of annotations that print and have an appearance, drawn over the page.
  public var flattenedAnnotationCount: Int { AnnotationFlattening.printable(source.page, in: source.document).count }
}
