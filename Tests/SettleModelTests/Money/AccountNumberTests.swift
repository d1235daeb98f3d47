import Testing
@testable import SettleModel

@Suite("AccountNumber masking")
struct AccountNumberTests {
  @Test(
    "last four digits behind a fixed mask",
    arguments: [
      ("1234567890124821", "•••• 4821"), ("ACCT-0048-21", "•••• 4821"), ("4821", "•••• 4821"), ("21", "•••• 21"),
      ("ABCDEF", "•••• CDEF"), ("", "••••"), ("--", "••••"),
    ])
  func masked(raw: String, expected: String) {
    #expect(AccountNumber(raw).masked == expected)
    #expect("\(AccountNumber(raw))" == expected)
  }
}
