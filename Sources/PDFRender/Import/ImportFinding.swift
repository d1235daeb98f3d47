/// Something in an imported file that PDF/A-2b forbids, and whether the importer repaired it.
public struct ImportFinding: Sendable, Hashable, CustomStringConvertible {
  /// What the problem is.
  public enum Kind: Sendable, Hashable {
    /// A font program is not embedded (the name is the /BaseFont).
    case fontNotEmbedded(String)
    /// A stream is LZW-compressed; the copy is re-encoded with Flate.
    case lzwCompression
    /// An image or colour space uses DeviceCMYK while the packet's output intent is sRGB.
    case deviceCMYK
    /// A graphics state sets a transfer function (/TR) other than /Default.
    case transferFunction
    /// A PostScript XObject or an image with /Alternates.
    case postScriptOrAlternates
    /// The file was encrypted; the copy is written unencrypted.
    case encryption
    /// The file carries embedded files; they are not copied into the pages (the original
    /// file is attached to the packet instead).
    case embeddedFiles
    /// The file is digitally signed; the signature is dropped from the copied pages.
    case signature
  }

  /// The source file's object number the problem was found in, when there is one.
  public var objectNumber: Int?
  /// The problem.
  public var kind: Kind
  /// Whether the copy in the packet no longer has the problem.
  public var isRepaired: Bool

  /// Creates a finding.
  public init(objectNumber: Int?, kind: Kind, isRepaired: Bool) {
    self.objectNumber = objectNumber
    self.kind = kind
    self.isRepaired = isRepaired
  }

  public var description: String {
    let object = objectNumber.map { "object \($0): " } ?? ""
    let what: String
    switch kind {
    case .fontNotEmbedded(let name): what = "font \(name) is not embedded"
    case .lzwCompression: what = "LZW-compressed stream"
    case .deviceCMYK: what = "DeviceCMYK colour without a CMYK output intent"
    case .transferFunction: what = "transfer function in a graphics state"
    case .postScriptOrAlternates: what = "PostScript XObject or alternate images"
    case .encryption: what = "the file is encrypted"
    case .embeddedFiles: what = "the file has embedded files"
    case .signature: what = "the file is digitally signed"
    }
    return object + what + (isRepaired ? " (repaired in the copy)" : "")
  }
}
