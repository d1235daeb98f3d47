/// A PDF dictionary that remembers the order its keys appeared in the file.
///
/// Lookup is by key; iteration (`keys`, `entries`) follows file order, so output built from a
/// dictionary never depends on hashing.
public struct PDFDictionary: Sendable, Equatable {
  /// The keys (without slash) in file order; a repeated key keeps its first position.
  public private(set) var keys: [String] = []
  private var storage: [String: PDFObject] = [:]

  /// An empty dictionary.
  public init() {}

  /// A dictionary with `entries` in the given order (a repeated key keeps its last value).
  public init(_ entries: [(String, PDFObject)]) {
    for (key, value) in entries { self[key] = value }
  }

  /// The value for `key`, or `nil`. Setting `nil` removes the key.
  public subscript(key: String) -> PDFObject? {
    get { storage[key] }
    set {
      if let newValue {
        if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
      } else if storage.removeValue(forKey: key) != nil {
        keys.removeAll { $0 == key }
      }
    }
  }

  /// The entries in file order.
  public var entries: [(key: String, value: PDFObject)] { keys.compactMap { k in storage[k].map { (k, $0) } } }

  /// The number of entries.
  public var count: Int { keys.count }

  /// Whether the dictionary has no entries.
  public var isEmpty: Bool { keys.isEmpty }

  /// The `/Type` name, if any.
  public var type: String? { storage["Type"]?.nameValue }

  public static func == (a: PDFDictionary, b: PDFDictionary) -> Bool { a.storage == b.storage }
}
