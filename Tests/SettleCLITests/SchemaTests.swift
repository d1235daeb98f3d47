import Foundation
import Testing

@testable import SettleClaim

@Suite("Docs/claim.schema.json")
struct SchemaTests {
  static let schemaPath = Paths.root + "/Docs/claim.schema.json"

  static var hasJSONSchemaModule: Bool {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", "import jsonschema"]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    guard (try? p.run()) != nil else { return false }
    p.waitUntilExit()
    return p.terminationStatus == 0
  }

  func keys(_ node: JSONNode?) -> Set<String> {
    guard case .object(let members)? = node?["properties"]?.value else { return [] }
    return Set(members.map(\.key))
  }

  func required(_ node: JSONNode?) -> Set<String> {
    guard case .array(let items)? = node?["required"]?.value else { return [] }
    return Set(items.compactMap { if case .string(let s) = $0.value { return s } else { return nil } })
  }

  @Test func schemaAgreesWithTheDecoder() throws {
    let schema = try JSONParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: Self.schemaPath))))
    let props = schema["properties"]
    #expect(keys(schema) == Set(ClaimSchema.claim))
    #expect(required(schema) == Set(ClaimSchema.claimRequired))
    let objects: [(String, [String], [String])] = [
      ("creditor", ClaimSchema.creditor, ClaimSchema.creditorRequired),
      ("customer", ClaimSchema.customer, ClaimSchema.customerRequired),
      ("terms", ClaimSchema.terms, ["netDays"]),
      ("paymentPlan", ClaimSchema.paymentPlan, ClaimSchema.paymentPlan),
      ("intent", ClaimSchema.intent, []),
      ("declarant", ClaimSchema.declarant, ClaimSchema.declarantRequired),
    ]
    for (name, allowed, req) in objects {
      #expect(keys(props?[name]) == Set(allowed), "\(name)")
      #expect(required(props?[name]) == Set(req), "\(name)")
    }
    let arrays: [(String, [String], [String])] = [
      ("charges", ClaimSchema.charge, ClaimSchema.chargeRequired),
      ("payments", ClaimSchema.payment, ClaimSchema.paymentRequired),
      ("credits", ClaimSchema.credit, ClaimSchema.creditRequired),
      ("exhibits", ClaimSchema.exhibit, ClaimSchema.exhibitRequired),
      ("events", ClaimSchema.event, ClaimSchema.eventRequired),
    ]
    for (name, allowed, req) in arrays {
      #expect(keys(props?[name]?["items"]) == Set(allowed), "\(name)")
      #expect(required(props?[name]?["items"]) == Set(req), "\(name)")
    }
  }

  @Test(.enabled(if: SchemaTests.hasJSONSchemaModule, "python3 with the jsonschema module is not available"))
  func everyExampleValidatesAgainstTheSchema() throws {
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1], encoding="utf-8"))
      jsonschema.Draft202012Validator.check_schema(schema)
      validator = jsonschema.Draft202012Validator(schema)
      bad = 0
      for path in sys.argv[2:]:
          for error in validator.iter_errors(json.load(open(path, encoding="utf-8"))):
              print(path, list(error.absolute_path), error.message)
              bad += 1
      # A claim with a float amount must fail, so the check can fail.
      broken = json.load(open(sys.argv[2], encoding="utf-8"))
      broken["charges"][0]["amount"] = 12.5
      if validator.is_valid(broken):
          print("schema accepted a float amount"); bad += 1
      sys.exit(1 if bad else 0)
      """
    let folders = Paths.exampleFolders()
    #expect(folders.count >= 4)
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", script, Self.schemaPath] + folders.map { $0 + "/claim.json" }
    let pipe = Pipe()
    p.standardOutput = pipe
    try p.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    p.waitUntilExit()
    #expect(p.terminationStatus == 0, "\(output)")
  }
}
