import Typeset

/// Something in an exhibit's imported content that PDF/A-2b forbids and the importer could not
/// repair: the packet containing it must not claim PDF/A.
public struct ExhibitConformanceProblem: Sendable, Hashable, CustomStringConvertible {
  /// The exhibit number.
  public var exhibit: Int
  /// The exhibit's file name.
  public var fileName: String
  /// The object number in the exhibit file, when the problem is in one object.
  public var objectNumber: Int?
  /// What is wrong.
  public var what: String

  /// Creates a problem record.
  public init(exhibit: Int, fileName: String, objectNumber: Int?, what: String) {
    self.exhibit = exhibit
    self.fileName = fileName
    self.objectNumber = objectNumber
    self.what = what
  }

  public var description: String {
    "exhibit \(exhibit) (\(fileName))" + (objectNumber.map { ", object \($0)" } ?? "") + ": " + what
  }
}
