import Foundation
import SettleModel
import SettleReport
import SettleTestSupport
import Testing
import Typeset

@Suite("Packet: declaration wording per jurisdiction")
struct PacketDeclarationTests {
  static let root = RepositoryRoot.url

  @Test("the compiled templates are the files in Templates/declaration", arguments: Jurisdiction.allCases)
  func compiledMatchesFiles(_ jurisdiction: Jurisdiction) throws {
    let url = Self.root.appendingPathComponent("Templates/declaration/\(jurisdiction.rawValue).txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    let fromFile = try DeclarationWording(template: text)
    #expect(DeclarationWordingSet.builtIn.wording(for: jurisdiction) == fromFile)
  }

  @Test("California: CCP 2015.5 wording under the laws of the State of California, dated")
  func california() throws {
    let wording = try PacketFixture.packet(jurisdiction: .usCA, exhibitCount: 0).declarationWording
    #expect(wording.attestation.contains("under the laws of the State of California that the foregoing is true and correct"))
    #expect(wording.jurat.contains("Executed on"))
    #expect(wording.body.joined().contains("USD 1,"))
    #expect(!wording.body.joined().contains("{{"))
  }

  @Test("federal: 28 U.S.C. 1746 wording without a state")
  func federal() throws {
    let wording = try PacketFixture.packet(jurisdiction: .us, exhibitCount: 0).declarationWording
    #expect(wording.attestation == "I declare under penalty of perjury that the foregoing is true and correct.")
  }

  @Test("New York: CPLR 2106 affirmation")
  func newYork() throws {
    let wording = try PacketFixture.packet(jurisdiction: .usNY, exhibitCount: 0).declarationWording
    #expect(wording.attestation.contains("under the penalties of perjury under the laws of New York"))
    #expect(wording.attestation.contains("may be filed in an action or proceeding in a court of law"))
  }

  @Test("Texas: Rule 185 sworn account with the 132.001 jurat (name, birth date, address)")
  func texas() throws {
    let declarant = Declarant(
      name: "Marcus Reyes", title: "Owner", address: ["4100 South Congress Avenue", "Austin, TX 78745"],
      birthDate: try CivilDate(year: 1979, month: 3, day: 14))
    let wording = try PacketFixture.packet(jurisdiction: .usTX, declarant: declarant, exhibitCount: 0).declarationWording
    #expect(wording.body.joined().contains("just and true"))
    #expect(wording.body.joined().contains("all just and lawful offsets, payments and credits"))
    #expect(wording.attestation.contains("my date of birth is March 14, 1979"))
    #expect(wording.attestation.contains("my address is 4100 South Congress Avenue, Austin, TX 78745"))
    #expect(wording.jurat.contains("County, State of"))
  }

  @Test("a Texas declarant without birth date or address gets blanks to fill in by hand")
  func texasBlanks() throws {
    let wording = try PacketFixture.packet(jurisdiction: .usTX, exhibitCount: 0).declarationWording
    #expect(wording.attestation.contains("my date of birth is ____"))
    #expect(wording.attestation.contains("Dana Whitfield"))
  }

  @Test("template errors name the problem")
  func templateErrors() {
    #expect(throws: DeclarationWordingError.missingSection("attestation")) {
      try DeclarationWording(template: "## title\nT\n## body\nB\n")
    }
    #expect(throws: DeclarationWordingError.unknownSection("signature")) {
      try DeclarationWording(template: "## title\nT\n## signature\nS\n")
    }
    #expect(throws: DeclarationWordingError.textOutsideSection("oops")) {
      try DeclarationWording(template: "oops\n## title\nT\n")
    }
  }

  @Test("unknown placeholders stay visible")
  func unknownPlaceholder() throws {
    let wording = try DeclarationWording(template: "## title\nT\n## body\n{{nope}} and {{known}}\n## attestation\nA\n")
    #expect(wording.filled(with: ["known": "K"]).body == ["{{nope}} and K"])
  }
}
