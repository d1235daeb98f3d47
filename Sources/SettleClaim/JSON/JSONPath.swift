/// A path to a value inside a JSON document, printed like `$.charges[2].amount`.
public struct JSONPath: Sendable, Hashable, CustomStringConvertible {
  /// One step of a path: an object key or an array index.
  public enum Component: Sendable, Hashable {
    /// The member with this key.
    case key(String)
    /// The element at this 0-based index.
    case index(Int)
  }

  /// The steps from the root, in order.
  public var components: [Component]

  /// The root path `$`.
  public static let root = JSONPath(components: [])

  /// Creates a path from its steps.
  public init(components: [Component]) { self.components = components }

  /// This path extended by an object key.
  public func appending(_ key: String) -> JSONPath { JSONPath(components: components + [.key(key)]) }

  /// This path extended by an array index.
  public func appending(_ index: Int) -> JSONPath { JSONPath(components: components + [.index(index)]) }

  /// The last key of the path, if it ends in a key.
  public var lastKey: String? {
    if case .key(let k)? = components.last { return k }
    return nil
  }

  /// `$` followed by `.key` for identifier-like keys, `['key']` for others, and `[n]` for indices.
  public var description: String {
    var s = "$"
    for component in components {
      switch component {
      case .index(let i): s += "[\(i)]"
      case .key(let k):
        if JSONPath.isIdentifier(k) {
          s += "." + k
        } else {
          s += "['"
          for ch in k {
            if ch == "\\" || ch == "'" { s += "\\" }
            s.append(ch)
          }
          s += "']"
        }
      }
    }
    return s
  }

  private static func isIdentifier(_ k: String) -> Bool {
    guard let first = k.unicodeScalars.first, !k.isEmpty else { return false }
    func isLetter(_ u: Unicode.Scalar) -> Bool { (u >= "a" && u <= "z") || (u >= "A" && u <= "Z") || u == "_" }
    guard isLetter(first) else { return false }
    return k.unicodeScalars.allSatisfy { isLetter($0) || ($0 >= "0" && $0 <= "9") }
  }
}

extension JSONNode {
  /// The node at `path` below this node, or nil when a step is missing or of the wrong kind.
  public func node(at path: JSONPath) -> JSONNode? {
    var current = self
    for component in path.components {
      switch (component, current.value) {
      case (.key(let k), .object(let members)):
        guard let m = members.first(where: { $0.key == k }) else { return nil }
        current = m.value
      case (.index(let i), .array(let elements)):
        guard i >= 0 && i < elements.count else { return nil }
        current = elements[i]
      default:
        return nil
      }
    }
    return current
  }
}
