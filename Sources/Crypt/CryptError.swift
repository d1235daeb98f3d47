/// Why a cipher operation was refused.
public enum CryptError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The AES key is not 16, 24 or 32 bytes long.
  case invalidKeyLength(Int)
  /// The data for a block operation is not a whole number of 16-byte blocks, or the IV is not 16 bytes.
  case invalidDataLength(Int)
  /// The last block of a CBC decryption does not end in valid PKCS #7 padding.
  case invalidPadding

  public var description: String {
    switch self {
    case .invalidKeyLength(let n): "AES key must be 16, 24 or 32 bytes, got \(n)"
    case .invalidDataLength(let n): "AES data must be a whole number of 16-byte blocks (and the IV 16 bytes), got \(n) bytes"
    case .invalidPadding: "AES-CBC plaintext does not end in valid PKCS #7 padding"
    }
  }
}
