import Foundation
import Testing

@testable import SettleCLI

/// `SettleCLI.processEnvironment()` reads `environ` directly; it must agree with Foundation.
@Suite struct ProcessEnvironmentTests {
  @Test func environmentEqualsFoundationsView() {
    let ours = SettleCLI.processEnvironment()
    let foundation = ProcessInfo.processInfo.environment
    #expect(ours == foundation)
    #expect(!ours.isEmpty)
    if let path = getenv("PATH") { #expect(ours["PATH"] == String(cString: path)) }
  }

  @Test func valuesKeepEqualsSignsAndEmptyValues() {
    setenv("SETTLE_TEST_ENV_A", "x=y=z", 1)
    setenv("SETTLE_TEST_ENV_B", "", 1)
    defer {
      unsetenv("SETTLE_TEST_ENV_A")
      unsetenv("SETTLE_TEST_ENV_B")
    }
    let ours = SettleCLI.processEnvironment()
    #expect(ours["SETTLE_TEST_ENV_A"] == "x=y=z")
    #expect(ours["SETTLE_TEST_ENV_B"] == "")
  }
}
