import Crypt

/// The standard security handler (ISO 32000-2 §7.6.4) opened with the EMPTY user password.
///
/// Revisions 2–4 (RC4 40–128 bit, AES-128 via crypt filters) and 5–6 (AES-256). Any file the
/// empty password does not open is refused with `passwordRequired`.
struct StandardSecurityHandler {
  /// How strings or streams are encrypted.
  enum Method: Equatable {
    case identity, rc4, aes128, aes256
  }

  let revision: Int
  let fileKey: [UInt8]
  let stringMethod: Method
  let streamMethod: Method
  let encryptsMetadata: Bool

  /// The 32-byte password padding string of Algorithm 2.
  static let padding: [UInt8] = [
    0x28, 0xbf, 0x4e, 0x5e, 0x4e, 0x75, 0x8a, 0x41, 0x64, 0x00, 0x4e, 0x56, 0xff, 0xfa, 0x01, 0x08,
    0x2e, 0x2e, 0x00, 0xb6, 0xd0, 0x68, 0x3e, 0x80, 0x2f, 0x0c, 0xa9, 0xfe, 0x64, 0x53, 0x69, 0x7a,
  ]

  /// Opens the handler described by `encrypt` (values already resolved) for a file whose first /ID is `firstID`.
  init(encrypt: PDFDictionary, firstID: [UInt8]) throws(PDFReadError) {
    let filter = encrypt["Filter"]?.nameValue ?? "Standard"
    guard filter == "Standard" else { throw .unsupportedEncryption("security handler /\(filter)") }
    let v = Int(encrypt["V"]?.integerValue ?? 0)
    let r = Int(encrypt["R"]?.integerValue ?? 0)
    revision = r
    encryptsMetadata = encrypt["EncryptMetadata"]?.booleanValue ?? true
    let o = encrypt["O"]?.stringValue ?? []
    let u = encrypt["U"]?.stringValue ?? []

    switch v {
    case 1, 2:
      stringMethod = .rc4
      streamMethod = .rc4
    case 4, 5:
      let filters = encrypt["CF"]?.dictionaryValue ?? PDFDictionary()
      func method(_ key: String) throws(PDFReadError) -> Method {
        let name = encrypt[key]?.nameValue ?? "Identity"
        if name == "Identity" { return .identity }
        guard let cf = filters[name]?.dictionaryValue else { throw .unsupportedEncryption("crypt filter /\(name) is not defined") }
        switch cf["CFM"]?.nameValue ?? "None" {
        case "V2": return .rc4
        case "AESV2": return .aes128
        case "AESV3": return .aes256
        case "None": return .identity
        case let other: throw .unsupportedEncryption("crypt filter method /\(other)")
        }
      }
      stringMethod = try method("StrF")
      streamMethod = try method("StmF")
    default:
      throw .unsupportedEncryption("/V \(v)")
    }

    switch r {
    case 2, 3, 4:
      var keyLength = 5
      if r >= 3 {
        let bits = Int(encrypt["Length"]?.integerValue ?? (v == 4 ? 128 : 40))
        keyLength = max(5, min(16, bits / 8))
        if v == 4 && (stringMethod == .aes128 || streamMethod == .aes128) { keyLength = 16 }
      }
      let p = UInt32(truncatingIfNeeded: encrypt["P"]?.integerValue ?? 0)
      var input = StandardSecurityHandler.padding + Array(o.prefix(32))
      input += [UInt8(p & 0xff), UInt8((p >> 8) & 0xff), UInt8((p >> 16) & 0xff), UInt8(p >> 24)]
      input += firstID
      if r >= 4 && !encryptsMetadata { input += [0xff, 0xff, 0xff, 0xff] }
      var hash = MD5.hash(input)
      if r >= 3 { for _ in 0..<50 { hash = MD5.hash(Array(hash[0..<keyLength])) } }
      let key = Array(hash[0..<keyLength])
      // Algorithms 4 and 5: recompute /U for the empty password and compare.
      if r == 2 {
        guard RC4.process(StandardSecurityHandler.padding, key: key) == Array(u.prefix(32)) else { throw .passwordRequired }
      } else {
        var x = RC4.process(MD5.hash(StandardSecurityHandler.padding + firstID), key: key)
        for i in 1...19 { x = RC4.process(x, key: key.map { $0 ^ UInt8(i) }) }
        guard u.count >= 16, x == Array(u[0..<16]) else { throw .passwordRequired }
      }
      fileKey = key
    case 5, 6:
      guard u.count >= 48, let ue = encrypt["UE"]?.stringValue, ue.count >= 32 else {
        throw .unsupportedEncryption("R\(r) without 48-byte /U and 32-byte /UE")
      }
      let hash = { (salt: ArraySlice<UInt8>) -> [UInt8] in
        r == 6 ? PDFPasswordHash.revision6(password: [], salt: Array(salt)) : PDFPasswordHash.revision5(password: [], salt: Array(salt))
      }
      guard hash(u[32..<40]) == Array(u[0..<32]) else { throw .passwordRequired }
      do {
        fileKey = try AES(key: hash(u[40..<48])).decryptCBC(Array(ue.prefix(32)), iv: [UInt8](repeating: 0, count: 16), removingPadding: false)
      } catch {
        throw .unsupportedEncryption("cannot unwrap the AES-256 file key")
      }
    default:
      throw .unsupportedEncryption("standard security handler revision \(r)")
    }
  }

  /// The key for one object (Algorithm 1); AES-256 uses the file key directly.
  func objectKey(_ ref: PDFReference, method: Method) -> [UInt8] {
    if method == .aes256 { return fileKey }
    var input = fileKey
    input += [UInt8(ref.number & 0xff), UInt8((ref.number >> 8) & 0xff), UInt8((ref.number >> 16) & 0xff)]
    input += [UInt8(ref.generation & 0xff), UInt8((ref.generation >> 8) & 0xff)]
    if method == .aes128 { input += Array("sAlT".utf8) }
    return Array(MD5.hash(input).prefix(min(fileKey.count + 5, 16)))
  }

  /// Decrypts `data` of object `ref` with `method`.
  func decrypt(_ data: [UInt8], ref: PDFReference, method: Method) -> [UInt8] {
    switch method {
    case .identity:
      return data
    case .rc4:
      return RC4.process(data, key: objectKey(ref, method: .rc4))
    case .aes128, .aes256:
      guard data.count >= 32, let aes = try? AES(key: objectKey(ref, method: method)) else { return [] }
      let iv = Array(data[0..<16])
      let body = Array(data[16..<(16 + (data.count - 16) / 16 * 16)])
      if let plain = try? aes.decryptCBC(body, iv: iv, removingPadding: true) { return plain }
      return (try? aes.decryptCBC(body, iv: iv, removingPadding: false)) ?? []
    }
  }

  /// Decrypts every string in `object` and, for a stream, its data (unless exempt).
  func decryptObject(_ object: PDFObject, ref: PDFReference, depth: Int = 0) -> PDFObject {
    guard depth < 512 else { return object }
    switch object {
    case .string(let bytes):
      return .string(decrypt(bytes, ref: ref, method: stringMethod))
    case .array(let items):
      return .array(items.map { decryptObject($0, ref: ref, depth: depth + 1) })
    case .dictionary(let dictionary):
      return .dictionary(decryptDictionary(dictionary, ref: ref, depth: depth))
    case .stream(let stream):
      let dictionary = decryptDictionary(stream.dictionary, ref: ref, depth: depth)
      let type = stream.dictionary.type
      var method = streamMethod
      if type == "XRef" { method = .identity }
      if type == "Metadata" && !encryptsMetadata { method = .identity }
      if let filter = stream.dictionary["Filter"], filter.nameValue == "Crypt" || filter.arrayValue?.first?.nameValue == "Crypt" {
        // Only the Identity crypt filter is supported per stream; it means "not encrypted".
        let parms = stream.dictionary["DecodeParms"]
        let name = parms?.dictionaryValue?["Name"]?.nameValue ?? parms?.arrayValue?.first?.dictionaryValue?["Name"]?.nameValue ?? "Identity"
        if name == "Identity" { method = .identity }
      }
      return .stream(PDFStream(dictionary: dictionary, encodedData: decrypt(stream.encodedData, ref: ref, method: method)))
    default:
      return object
    }
  }

  private func decryptDictionary(_ dictionary: PDFDictionary, ref: PDFReference, depth: Int) -> PDFDictionary {
    var out = PDFDictionary()
    for (key, value) in dictionary.entries { out[key] = decryptObject(value, ref: ref, depth: depth + 1) }
    return out
  }
}
