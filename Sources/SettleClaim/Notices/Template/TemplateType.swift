/// The type of a value a template may use: what the schema declares and the checker enforces.
///
/// Templates are checked against these types when they load, so a misspelt field, a list
/// printed as if it were text, or a possibly-absent value printed without an `{% if %}` guard
/// is an error before any notice is rendered.
public indirect enum TemplateType: Sendable, Equatable, CustomStringConvertible {
  /// Plain text, printed as is.
  case text
  /// An amount of money, printed in the notice's money format.
  case money
  /// A calendar date, printed in the notice's date format.
  case date
  /// A whole number, printed in decimal without grouping.
  case integer
  /// A yes/no value, usable only as an `{% if %}` condition.
  case boolean
  /// A value that may be absent; print it only inside `{% if name %}`.
  case optional(TemplateType)
  /// A list, walked with `{% for item in name %}`.
  case list(TemplateType)
  /// A group of named fields, reached with dots (`creditor.name`).
  case record(TemplateRecord)

  /// A short name of the type for error messages, e.g. `list of record`.
  public var description: String {
    switch self {
    case .text: return "text"
    case .money: return "money"
    case .date: return "date"
    case .integer: return "integer"
    case .boolean: return "boolean"
    case .optional(let wrapped): return "optional \(wrapped)"
    case .list(let element): return "list of \(element)"
    case .record: return "record"
    }
  }
}

/// The declared fields of a record type, in declaration order (the order documentation lists them).
public struct TemplateRecord: Sendable, Equatable {
  /// Each field's name, type and one-line meaning, in declaration order.
  public var fields: [TemplateField]

  /// Creates a record type from its fields.
  public init(_ fields: [TemplateField]) { self.fields = fields }

  /// The field named `name`, if declared.
  public func field(named name: String) -> TemplateField? {
    fields.first { $0.name == name }
  }
}

/// One declared variable: its name, type and what it means.
public struct TemplateField: Sendable, Equatable {
  /// The name used in templates.
  public var name: String
  /// The value's type.
  public var type: TemplateType
  /// A one-line explanation for documentation and error messages.
  public var meaning: String

  /// Creates a field declaration.
  public init(_ name: String, _ type: TemplateType, _ meaning: String) {
    self.name = name
    self.type = type
    self.meaning = meaning
  }
}
