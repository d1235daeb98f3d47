/// A dotted name with the filters applied to it, as written inside `{{ … }}`.
struct TemplateExpression: Sendable, Equatable {
  /// The name's parts: `customer.name` is `["customer", "name"]`.
  var path: [String]
  /// Filters in the order written.
  var filters: [TemplateFilter]
  /// Where the expression starts.
  var position: TemplatePosition

  var dottedPath: String { path.joined(separator: ".") }
}

/// One piece of a checked template.
indirect enum TemplateNode: Sendable, Equatable {
  /// Fixed text, copied to the output.
  case text(String)
  /// A value printed in place.
  case output(TemplateExpression)
  /// `{% if [not] name %} … {% else %} … {% end %}`.
  case conditional(TemplateExpression, isNegated: Bool, then: [TemplateNode], otherwise: [TemplateNode])
  /// `{% for item in name %} … {% end %}`.
  case loop(variable: String, over: TemplateExpression, body: [TemplateNode])
}
