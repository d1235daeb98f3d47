/// Evidence beyond the invoices (`exhibits[]` in the claim file).
public struct Exhibit: Sendable, Hashable {
  /// The title shown in the exhibit index.
  public var title: String
  /// Path of the PDF, PNG or JPEG file, relative to the claim file.
  public var file: String
  /// The date of the document, if known.
  public var date: CivilDate?

  /// Creates an exhibit.
  public init(title: String, file: String, date: CivilDate? = nil) {
    self.title = title
    self.file = file
    self.date = date
  }
}
