/// Applies a stream's filter chain (ISO 32000-1 §7.4) under the per-stream and total limits.
enum StreamDecoder {
  /// Decodes `stream`.
  ///
  /// - Parameters:
  ///   - resolve: follows indirect references in `/Filter` and `/DecodeParms`.
  ///   - budget: charged for work and, when `countsTowardTotal`, for the decoded bytes.
  static func decode(
    _ stream: PDFStream, resolve: (PDFObject) -> PDFObject, budget: ReadBudget, countsTowardTotal: Bool = true
  ) throws(PDFReadError) -> PDFStreamData {
    let filters = filterChain(of: stream.dictionary, resolve: resolve)
    var data = stream.encodedData
    let limit = budget.limits.maxStreamBytes
    for (index, filter) in filters.enumerated() {
      if filter.isPassThrough {
        return PDFStreamData(bytes: data, passThroughFilters: Array(filters[index...]))
      }
      try budget.charge(1 + data.count / 4096)
      switch filter.name {
      case "FlateDecode":
        data = try Inflater.inflate(data, limit: limit)
        data = try Predictor.decode(data, parameters: filter.parameters, resolve: resolve, limit: limit)
      case "LZWDecode":
        let early = resolve(filter.parameters?["EarlyChange"] ?? .integer(1)).integerValue ?? 1
        data = try LZW.decode(data, earlyChange: early != 0, limit: limit)
        data = try Predictor.decode(data, parameters: filter.parameters, resolve: resolve, limit: limit)
      case "ASCIIHexDecode":
        data = ASCIIHex.decode(data)
      case "ASCII85Decode":
        data = try ASCII85.decode(data)
      case "RunLengthDecode":
        data = try RunLength.decode(data, limit: limit)
      case "Crypt":
        break  // decryption already happened when the object was read (Identity or the default filter)
      default:
        throw .unsupportedFilter(filter.name)
      }
      try budget.charge(data.count / 4096)
    }
    if countsTowardTotal { try budget.chargeDecoded(data.count) }
    return PDFStreamData(bytes: data, passThroughFilters: [])
  }

  /// The `/Filter` names paired with their `/DecodeParms`.
  static func filterChain(of dictionary: PDFDictionary, resolve: (PDFObject) -> PDFObject) -> [PDFFilter] {
    let filterObject = resolve(dictionary["Filter"] ?? .null)
    let parmsObject = resolve(dictionary["DecodeParms"] ?? .null)
    var names: [String] = []
    var parms: [PDFDictionary?] = []
    switch filterObject {
    case .name(let n):
      names = [n]
      parms = [parmsObject.dictionaryValue ?? resolve(parmsObject.arrayValue?.first ?? .null).dictionaryValue]
    case .array(let items):
      names = items.prefix(16).compactMap { resolve($0).nameValue }
      let list = parmsObject.arrayValue ?? []
      parms = names.indices.map { i in i < list.count ? resolve(list[i]).dictionaryValue : (i == 0 ? parmsObject.dictionaryValue : nil) }
    default:
      break
    }
    return names.indices.map { PDFFilter(name: PDFFilter.canonicalName(names[$0]), parameters: parms[$0]) }
  }
}
