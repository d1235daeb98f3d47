/// One page of a `PDFDocument`, with inherited attributes already applied.
public struct PDFPage: Sendable {
  /// Zero-based position in the document.
  public let index: Int
  /// The page object's reference, when the page is an indirect object (it always is in valid files).
  public let reference: PDFReference?
  /// The page dictionary as stored (without inherited entries).
  public let dictionary: PDFDictionary
  /// The effective MediaBox (own or inherited; US Letter when missing or unusable).
  public let mediaBox: PDFRectangle
  /// The effective CropBox: own or inherited CropBox clipped to the MediaBox, else the MediaBox.
  public let cropBox: PDFRectangle
  /// The effective /Rotate, normalised to 0, 90, 180 or 270 (clockwise on display).
  public let rotation: Int
  /// The effective resource dictionary (own or inherited; empty when missing), references unresolved.
  public let resources: PDFDictionary
  /// The decoded content: all /Contents streams concatenated, separated by a newline.
  /// A content stream that cannot be decoded (damaged data, unknown filter) is left out, as
  /// viewers do; a limit error (decompression bomb, work budget) fails the whole document instead.
  public let contents: [UInt8]
  /// The annotation dictionaries of /Annots, resolved, in order.
  public let annotations: [PDFDictionary]

  /// The displayed width in micro-points: the CropBox width, or its height when rotated by 90 or 270.
  public var displayWidth: Int64 { rotation % 180 == 0 ? cropBox.width : cropBox.height }
  /// The displayed height in micro-points.
  public var displayHeight: Int64 { rotation % 180 == 0 ? cropBox.height : cropBox.width }
}
