import Foundation
import SettleModel
import SettleTestSupport
import Testing

@testable import SettleClaim

@Suite struct NoticeTemplateTests {
  static let schema = TemplateRecord([
    TemplateField("name", .text, ""),
    TemplateField("total", .money, ""),
    TemplateField("due", .date, ""),
    TemplateField("count", .integer, ""),
    TemplateField("isLate", .boolean, ""),
    TemplateField("nickname", .optional(.text), ""),
    TemplateField(
      "items",
      .list(
        .record(
          TemplateRecord([
            TemplateField("id", .text, ""), TemplateField("amount", .money, ""),
          ]))), ""),
    TemplateField("person", .record(TemplateRecord([TemplateField("email", .text, "")])), ""),
  ])

  static let values: [String: TemplateValue] = [
    "name": .text("Ana | Co"), "total": .money(Money(minorUnits: 123_456, currency: .usd)),
    "due": .date(NoticeFixtures.date("2026-07-04")), "count": .integer(1), "isLate": .boolean(true),
    "nickname": .absent,
    "items": .list([
      .record(["id": .text("A"), "amount": .money(Money(minorUnits: 100, currency: .usd))]),
      .record(["id": .text("B"), "amount": .money(Money(minorUnits: 250, currency: .usd))]),
    ]),
    "person": .record(["email": .text("ana@example.org")]),
  ]

  static let formatting = TemplateFormatting(money: .enUS, dateStyle: .monthDayYear)

  func render(_ source: String) throws -> String {
    try Template(name: "t.txt", source: source, schema: Self.schema).render(Self.values, formatting: Self.formatting)
  }

  func loadError(_ source: String) -> TemplateError? {
    do {
      _ = try Template(name: "t.txt", source: source, schema: Self.schema)
      return nil
    } catch {
      return error
    }
  }

  @Test func printsValuesWithFormatsAndFilters() throws {
    #expect(try render("{{ total }} {{ total | plain }} {{ total | code }}") == "$1,234.56 1234.56 USD 1,234.56")
    #expect(try render("{{ due }} / {{ due | iso }}") == "July 4, 2026 / 2026-07-04")
    #expect(
      try render("{{ count | days }}, {{ items | count }} items, {{ person.email | upper }}")
        == "1 day, 2 items, ANA@EXAMPLE.ORG")
    // A printed value is escaped for the markup: its `|` cannot end a table cell.
    #expect(try render("{{ name }}") == #"Ana \| Co"#)
    // A value ending in a period does not double the sentence's period.
    let dotted = try Template(name: "t", source: "with {{ name }}. Then {{ name }}...", schema: Self.schema)
    var values = Self.values
    values["name"] = .text("Gulf Marine W.L.L.")
    #expect(try dotted.render(values, formatting: Self.formatting) == "with Gulf Marine W.L.L. Then Gulf Marine W.L.L....")
  }

  @Test func walksListsAndBranches() throws {
    let source = """
      {% for item in items %}
      - {{ item.id }}: {{ item.amount }}
      {% end %}
      {% if isLate %}late{% else %}on time{% end %} {% if nickname %}{{ nickname }}{% else %}no nickname{% end %}
      {% if not nickname %}absent{% end %}
      """
    #expect(try render(source) == "- A: $1.00\n- B: $2.50\nlate no nickname\nabsent")
  }

  @Test func aTagAloneOnItsLineLeavesNoBlankLine() throws {
    #expect(try render("a\n  {% if isLate %}  \nb\n{% end %}\nc\n") == "a\nb\nc\n")
    #expect(try render("a\r\n{# note #}\r\nb") == "a\nb")
  }

  @Test func aMisspeltFieldIsAnErrorWithASuggestion() {
    let error = loadError("Dear {{ persn.email }}")
    #expect(
      error
        == .unknownVariable(
          template: "t.txt", at: TemplatePosition(line: 1, column: 6), name: "persn.email", suggestion: "person.email"))
    #expect(error?.description == "t.txt:1:6: unknown variable 'persn.email'; did you mean 'person.email'?")
    #expect(
      loadError("{{ person.emial }}")
        == .unknownVariable(
          template: "t.txt", at: TemplatePosition(line: 1, column: 1), name: "person.emial", suggestion: "person.email")
    )
    #expect(
      loadError("{{ zzz }}")
        == .unknownVariable(template: "t.txt", at: TemplatePosition(line: 1, column: 1), name: "zzz", suggestion: nil))
  }

  @Test func unclosedAndStrayBlocksAreErrors() {
    #expect(
      loadError("x\n{% if isLate %}\ny")
        == .unclosedBlock(template: "t.txt", at: TemplatePosition(line: 2, column: 1), tag: "if"))
    #expect(
      loadError("{% for i in items %}{{ i.id }}")
        == .unclosedBlock(template: "t.txt", at: TemplatePosition(line: 1, column: 1), tag: "for"))
    guard case .syntax(_, _, let message)? = loadError("{% end %}") else {
      Issue.record("expected a syntax error")
      return
    }
    #expect(message.contains("without an open block"))
    #expect(loadError("{% else %}") != nil)
    #expect(loadError("{{ name ") != nil)
    #expect(loadError("{% endif %}") != nil)
    #expect(loadError("{% while x %}") != nil)
  }

  @Test func typesAreChecked() {
    // An optional printed outside a guard, a list printed, a record printed, a boolean printed.
    for source in ["{{ nickname }}", "{{ items }}", "{{ person }}", "{{ isLate }}"] {
      guard case .typeMismatch? = loadError(source) else {
        Issue.record("\(source) should be a type error")
        continue
      }
    }
    // Money is not a condition; integers are not lists; filters must fit.
    #expect(loadError("{% if total %}x{% end %}") != nil)
    #expect(loadError("{% for x in count %}{% end %}") != nil)
    #expect(
      loadError("{{ name | iso }}")
        == .unknownFilter(template: "t.txt", at: TemplatePosition(line: 1, column: 1), filter: "iso", type: .text))
    #expect(loadError("{{ name | shout }}") != nil)
    // A loop variable is only in scope inside its loop, and may not hide a variable.
    #expect(loadError("{% for i in items %}{% end %}{{ i.id }}") != nil)
    #expect(loadError("{% for name in items %}{% end %}") != nil)
    // Narrowing: fine inside the guard, and in the else of a negated guard.
    #expect(loadError("{% if nickname %}{{ nickname }}{% end %}") == nil)
    #expect(loadError("{% if not nickname %}-{% else %}{{ nickname }}{% end %}") == nil)
    #expect(loadError("{% if not nickname %}{{ nickname }}{% end %}") != nil)
  }

  @Test func deepNestingIsRefused() {
    let source = String(repeating: "{% if isLate %}", count: 40) + String(repeating: "{% end %}", count: 40)
    guard case .syntax(_, _, let message)? = loadError(source) else {
      Issue.record("expected a depth error")
      return
    }
    #expect(message.contains("nested deeper"))
  }

  @Test func aThreateningTemplateIsRefusedAtLoad() {
    let error = loadError("Pay by {{ due }} or we will have you arrested.")
    guard case .forbiddenWording(_, let findings)? = error else {
      Issue.record("expected forbidden wording, got \(String(describing: error))")
      return
    }
    #expect(findings.map(\.ruleID) == ["threat.criminal"])
    #expect(findings.first?.excerpt == "arrested")
    // Wording inside a branch counts too: every branch is fixed text.
    #expect(loadError("{% if isLate %}Act now!{% end %}") != nil)
    // ... unless the user waives the rule.
    #expect(
      (try? Template(name: "t", source: "we will have you arrested", schema: Self.schema, allowing: ["threat.criminal"]))
        != nil)
  }

  @Test func everyShippedTemplateLoadsAndPassesTheGuard() throws {
    for kind in NoticeKind.allCases {
      let template = try Template(
        name: kind.fileName, source: BuiltInTemplates.source(for: kind), schema: NoticeSchema.root)
      #expect(WordingGuard().findings(inFixedText: template.fixedText).isEmpty)
    }
  }

  @Test func builtInTemplatesMatchFiles() throws {
    for kind in NoticeKind.allCases {
      let path = RepositoryRoot.url.appendingPathComponent("Templates").appendingPathComponent(kind.fileName).path
      let file = try String(contentsOfFile: path, encoding: .utf8)
      #expect(
        file == BuiltInTemplates.source(for: kind),
        "Templates/\(kind.fileName) differs from the built-in copy: run python3 Templates/embed.py")
    }
  }

  @Test func readmeDocumentsEverySchemaField() throws {
    let readme = try String(contentsOf: RepositoryRoot.url.appendingPathComponent("Templates/README.md"), encoding: .utf8)
    func names(_ record: TemplateRecord, prefix: String) -> [String] {
      record.fields.flatMap { field -> [String] in
        let name = prefix + field.name
        switch field.type {
        case .record(let r): return names(r, prefix: name + ".")
        case .optional(.record(let r)): return [name] + names(r, prefix: name + ".")
        case .list(.record(let r)): return [name] + names(r, prefix: "")
        default: return [name]
        }
      }
    }
    for name in Set(names(NoticeSchema.root, prefix: "")).sorted() {
      #expect(readme.contains("`\(name)`"), "Templates/README.md does not document `\(name)`")
    }
    for filter in TemplateFilter.allCases {
      #expect(readme.contains("`\(filter.rawValue)`"))
    }
  }

  @Test func templateFoldersAreCheckedStrictly() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settle-templates-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    #expect(throws: NoticeError.unreadableTemplate(path: folder.path, reason: "the folder holds no template (*.txt) file")) {
      try NoticeTemplateSet.loading(directory: folder.path)
    }
    #expect(throws: NoticeError.unreadableTemplate(path: folder.path + "/missing", reason: "not a readable folder")) {
      try NoticeTemplateSet.loading(directory: folder.path + "/missing")
    }
    try Data([0x53, 0xFF, 0xFE]).write(to: folder.appendingPathComponent("final.txt"))
    try "notes".write(to: folder.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
    #expect(throws: NoticeError.unreadableTemplate(path: folder.appendingPathComponent("final.txt").path, reason: "not UTF-8 text")) {
      try NoticeTemplateSet.loading(directory: folder.path)
    }
    // A good override replaces only its own kind.
    try "Subject: Final {{ claim.id }}\n---\nPay {{ balance.due }}.\n".write(
      to: folder.appendingPathComponent("final.txt"), atomically: true, encoding: .utf8)
    let set = try NoticeTemplateSet.loading(directory: folder.path)
    #expect(set.template(for: .final).fixedText.contains("Pay"))
    #expect(set.template(for: .reminder).fixedText == (try NoticeTemplateSet.builtIn()).template(for: .reminder).fixedText)
  }

  @Test func valuesMatchTheSchema() throws {
    for (_, claim) in NoticeFixtures.all {
      for kind in NoticeKind.allCases {
        let facts = try NoticeFacts(claim: claim, kind: kind, asOf: NoticeFixtures.date("2026-07-15"))
        let values = facts.values(formatting: Self.formatting)
        #expect(TemplateValue.record(values).conforms(to: .record(NoticeSchema.root)))
        #expect(Set(values.keys) == Set(NoticeSchema.root.fields.map(\.name)))
      }
    }
  }
}
