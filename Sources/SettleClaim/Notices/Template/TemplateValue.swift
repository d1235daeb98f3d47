import SettleModel

/// A value handed to a template, matching a `TemplateType` in the schema.
public indirect enum TemplateValue: Sendable, Equatable {
  /// Text.
  case text(String)
  /// Money, printed in the notice's money format.
  case money(Money)
  /// A date, printed in the notice's date style.
  case date(CivilDate)
  /// A whole number.
  case integer(Int)
  /// A yes/no value.
  case boolean(Bool)
  /// An optional value that is not there.
  case absent
  /// A list.
  case list([TemplateValue])
  /// A record's fields by name.
  case record([String: TemplateValue])

  /// `.text(value)` when present, else `.absent`.
  public static func optionalText(_ value: String?) -> TemplateValue { value.map(TemplateValue.text) ?? .absent }

  /// Whether this value fits `type` (absent fits only optional types), checked recursively.
  public func conforms(to type: TemplateType) -> Bool {
    switch (self, type) {
    case (.absent, .optional): return true
    case (_, .optional(let wrapped)): return conforms(to: wrapped)
    case (.text, .text), (.money, .money), (.date, .date), (.integer, .integer), (.boolean, .boolean): return true
    case (.list(let items), .list(let element)): return items.allSatisfy { $0.conforms(to: element) }
    case (.record(let fields), .record(let record)):
      return record.fields.allSatisfy { field in fields[field.name].map { $0.conforms(to: field.type) } ?? false }
    default: return false
    }
  }

  /// Adds every distinct money value inside this value to `set` (no order, no repeats).
  func collectMoney(into set: inout Set<Money>) {
    switch self {
    case .money(let m): set.insert(m)
    case .list(let items): for item in items { item.collectMoney(into: &set) }
    case .record(let fields): for value in fields.values { value.collectMoney(into: &set) }
    default: break
    }
  }

}
