import Foundation
import Testing

@testable import SettleReport

@Suite("Declaration wording: filling placeholders")
struct DeclarationFillTests {
  /// The fill as `filled(with:)` does it for text that is not ASCII: Foundation's search.
  static func referenceFill(_ text: String, with values: [String: String]) -> String {
    var result = ""
    var rest = Substring(text)
    while let open = rest.range(of: "{{") {
      result += rest[..<open.lowerBound]
      let after = rest[open.upperBound...]
      guard let close = after.range(of: "}}") else { return result + rest[open.lowerBound...] }
      let name = String(after[..<close.lowerBound])
      result += values[name] ?? ("{{" + name + "}}")
      rest = after[close.upperBound...]
    }
    return result + rest
  }

  @Test("the ASCII fill equals Foundation's search")
  func asciiFillEqualsFoundation() {
    let values = ["name": "Jörg Weißmann", "court": "Small-claims court", "empty": "", "brace": "{{name}}"]
    let texts = [
      "", "no placeholders", "{{name}}", "I, {{name}}, declare before the {{court}}.", "{{unknown}} stays",
      "unclosed {{name", "{{{name}}}", "{{name}}}}", "}}{{", "{{}}", "{{empty}}x{{brace}}", "{ {name} }", "{{na{{me}}",
    ]
    for text in texts {
      #expect(DeclarationWording.fillASCII(text, with: values) == Self.referenceFill(text, with: values), "\(text)")
    }
  }
}
