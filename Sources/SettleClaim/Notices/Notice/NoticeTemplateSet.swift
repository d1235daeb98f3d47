import Foundation

/// The templates notices are made from: the shipped ones, optionally overridden by a user's folder
/// (`--templates DIR`). Every template is checked when the set loads.
public struct NoticeTemplateSet: Sendable {
  /// One template per kind, in `NoticeKind.allCases` order.
  private let all: [Template]

  private init(templates: [NoticeKind: Template]) throws(NoticeError) {
    var all: [Template] = []
    for kind in NoticeKind.allCases {
      guard let template = templates[kind] else {
        throw .unreadableTemplate(path: kind.fileName, reason: "no template for \(kind.rawValue)")
      }
      all.append(template)
    }
    self.all = all
  }

  /// The template for `kind`.
  public func template(for kind: NoticeKind) -> Template {
    all[NoticeKind.allCases.firstIndex(of: kind) ?? 0]
  }

  private var templates: [NoticeKind: Template] {
    Dictionary(uniqueKeysWithValues: zip(NoticeKind.allCases, all))
  }

  /// The shipped templates, checked against the schema and the wording rules.
  /// - Parameter allowed: rule ids waived with `--allow`.
  /// - Throws: `NoticeError.template` if a shipped template fails its checks (a bug, caught by tests).
  public static func builtIn(allowing allowed: Set<String> = []) throws(NoticeError) -> NoticeTemplateSet {
    var templates: [NoticeKind: Template] = [:]
    for kind in NoticeKind.allCases {
      do {
        templates[kind] = try builtIn(kind, allowing: allowed)
      } catch {
        throw .template(error)
      }
    }
    return try NoticeTemplateSet(templates: templates)
  }

  /// The shipped template for `kind` alone, checked like `builtIn(allowing:)` checks each: for a
  /// caller that needs one kind (the packet's demand letter) and need not parse the others.
  /// - Throws: `NoticeError.template` if the shipped template fails its checks (a bug).
  public static func builtInTemplate(for kind: NoticeKind, allowing allowed: Set<String> = []) throws(NoticeError)
    -> Template
  {
    do { return try builtIn(kind, allowing: allowed) } catch { throw .template(error) }
  }

  private static func builtIn(_ kind: NoticeKind, allowing allowed: Set<String>) throws(TemplateError) -> Template {
    try Template(
      name: kind.fileName, source: BuiltInTemplates.source(for: kind), schema: NoticeSchema.root, allowing: allowed)
  }

  /// The shipped templates, with those found in `directory` in their place.
  ///
  /// The folder holds files named like the shipped ones (`reminder.txt`, `follow-up.txt`,
  /// `final.txt`, `demand.txt`, `plan-agreement.txt`, `dispute-acknowledgement.txt`). Any other
  /// `.txt` file is an error (a misspelt name must not silently fall back to the shipped
  /// template); other files (a README) are ignored.
  /// - Throws: `NoticeError` when the folder or a file cannot be read, a file name is unknown, or a
  ///   template fails its checks.
  public static func loading(directory: String, allowing allowed: Set<String> = []) throws(NoticeError)
    -> NoticeTemplateSet
  {
    var set = try builtIn(allowing: allowed).templates
    let names: [String]
    do {
      names = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
    } catch {
      throw .unreadableTemplate(path: directory, reason: "not a readable folder")
    }
    let known = Dictionary(uniqueKeysWithValues: NoticeKind.allCases.map { ($0.fileName, $0) })
    var found = 0
    for name in names where name.hasSuffix(".txt") && !name.hasPrefix(".") {
      let path = (directory as NSString).appendingPathComponent(name)
      guard let kind = known[name] else {
        throw .unknownTemplateFile(
          path: path, suggestion: TemplateParser.suggestion(for: name, among: NoticeKind.allCases.map(\.fileName)))
      }
      guard let data = FileManager.default.contents(atPath: path) else {
        throw .unreadableTemplate(path: path, reason: "cannot be read")
      }
      guard data.count <= TemplateLexer.maximumLength else {
        throw .unreadableTemplate(path: path, reason: "larger than \(TemplateLexer.maximumLength) bytes")
      }
      guard let source = String(data: data, encoding: .utf8) else {
        throw .unreadableTemplate(path: path, reason: "not UTF-8 text")
      }
      do {
        set[kind] = try Template(name: path, source: source, schema: NoticeSchema.root, allowing: allowed)
      } catch {
        throw .template(error)
      }
      found += 1
    }
    guard found > 0 else {
      throw .unreadableTemplate(path: directory, reason: "the folder holds no template (*.txt) file")
    }
    return try NoticeTemplateSet(templates: set)
  }

  /// A set from explicit templates (for programs with their own), shipped ones for the rest.
  /// - Throws: `NoticeError.template` if a shipped template fails its checks.
  public static func with(_ overrides: [NoticeKind: Template], allowing allowed: Set<String> = []) throws(NoticeError)
    -> NoticeTemplateSet
  {
    var set = try builtIn(allowing: allowed).templates
    for (kind, template) in overrides { set[kind] = template }
    return try NoticeTemplateSet(templates: set)
  }
}
