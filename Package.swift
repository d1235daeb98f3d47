// swift-tools-version:6.0
//
// Settle: a typesetting engine, a report library on top of it, a claim model and the `settle` CLI.
//
// Layers (each target depends only on targets listed above it):
//   1. C system libraries ............ CHarfBuzz, CFreeType, CZlib, CFriBiDi
//   2. Engine (knows nothing of money or claims)
//        Crypt ........................ hashes and ciphers written here (SHA-2, MD5, RC4, AES)
//        TypesetCore .................. fixed-point lengths, geometry, colour
//        TypesetText .................. fonts, bidi, shaping, UAX #14 break opportunities, Knuth–Plass
//        TypesetLayout ................ blocks -> frames on pages (does NOT import PDFWriter)
//        PDFWriter .................... typed PDF object writers (does NOT import layout)
//        PDFReader .................... defensive PDF parser, for imported exhibit pages
//        PDFRender .................... the only step that sees both frames and PDF: frames -> PDF bytes
//        Typeset ...................... façade re-exporting the engine
//   3. Report library ................ SettleModel (money, dates, claim values, ledger), SettleReport (documents)
//   4. Claim module .................. SettleClaim (claim.json <-> values, validation, event log, notices)
//   5. CLI ........................... SettleCLI (argument parsing, exit codes), settle (main)
import PackageDescription

/// Linker flags of the release `settle`: the static Swift runtime and Foundation, no PIE.
var releaseLinkFlags: [String] {
  let archives = [
    "Foundation", "FoundationEssentials", "FoundationInternationalization", "_FoundationICU",
    "_FoundationCShims", "_FoundationCollections", "CoreFoundation", "swiftSynchronization", "stdc++",
  ]
  return ["-static-stdlib", "-Xclang-linker", "-no-pie", "-Xlinker", "--start-group"]
    + archives.flatMap { ["-Xlinker", "-l\($0)"] } + ["-Xlinker", "--end-group"]
}

/// Compiler flags of every Swift target in release builds: metadata of concrete generic types
/// (`[Key: Value]` storage, `Mutex<State>`, …) comes from direct accessor calls rather than from
/// mangled names the runtime decodes on first use. Decoding checks each generic requirement by
/// scanning all ~5,600 protocol conformance records of the static binary, which cost ~10% of a
/// 20-row statement (Benchmarks/README.md).
let releaseSwiftSettings: [SwiftSetting] = [
  .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release))
]

let package = Package(
  name: "Settle",
  products: [
    .library(name: "Typeset", targets: ["Typeset"]),
    .library(name: "SettleReport", targets: ["SettleModel", "SettleReport"]),
    .library(name: "SettleClaim", targets: ["SettleClaim"]),
    .executable(name: "settle", targets: ["settle"]),
    .executable(name: "settle-bench", targets: ["settle-bench"]),
  ],
  targets: [
    // 1. C libraries: module maps only.
    .systemLibrary(name: "CHarfBuzz", pkgConfig: "harfbuzz-subset", providers: [.apt(["libharfbuzz-dev"])]),
    .systemLibrary(name: "CFreeType", pkgConfig: "freetype2", providers: [.apt(["libfreetype-dev"])]),
    .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
    .systemLibrary(name: "CFriBiDi", pkgConfig: "fribidi", providers: [.apt(["libfribidi-dev"])]),

    // 2. Engine.
    // Crypt is compiled with -O even in debug builds: `settle log` re-verifies the whole SHA-256 chain on
    // every append, and unoptimised SHA-256 dominated the test suite's concurrency test (1,000 appends by
    // four processes). Crypt has no dependencies and is small, so this costs seconds of build time; the
    // flag comes after SwiftPM's -Onone, so it wins, and `swift test` (-enable-testing) still works.
    .target(name: "Crypt", swiftSettings: [.unsafeFlags(["-O"])] + releaseSwiftSettings),
    .target(name: "TypesetCore", swiftSettings: releaseSwiftSettings),
    .target(name: "TypesetText", dependencies: ["TypesetCore", "Crypt", "CHarfBuzz", "CFreeType", "CFriBiDi"], swiftSettings: releaseSwiftSettings),
    .target(name: "TypesetLayout", dependencies: ["TypesetCore", "TypesetText"], swiftSettings: releaseSwiftSettings),
    .target(name: "PDFWriter", dependencies: ["CZlib"], swiftSettings: releaseSwiftSettings),
    .target(name: "PDFReader", dependencies: ["Crypt", "CZlib"], swiftSettings: releaseSwiftSettings),
    .target(name: "ImageDecode", dependencies: ["CZlib"], swiftSettings: releaseSwiftSettings),
    .target(
      name: "PDFRender",
      dependencies: [
        "TypesetCore", "TypesetText", "TypesetLayout", "PDFWriter", "PDFReader", "ImageDecode", "Crypt", "CHarfBuzz", "CZlib",
      ],
      exclude: ["Resources/sRGB.icc", "Resources/sRGB-LICENSE.txt"], swiftSettings: releaseSwiftSettings),
    .target(name: "Typeset", dependencies: ["TypesetCore", "TypesetText", "TypesetLayout", "PDFRender"], swiftSettings: releaseSwiftSettings),

    // 3. Report library.
    .target(name: "SettleModel", dependencies: [], swiftSettings: releaseSwiftSettings),
    .target(name: "SettleReport", dependencies: ["SettleModel", "Typeset", "Crypt"], swiftSettings: releaseSwiftSettings),

    // 4. Claim module.
    .target(name: "SettleClaim", dependencies: ["SettleModel", "SettleReport", "Crypt"], swiftSettings: releaseSwiftSettings),

    // 5. Command line.
    .target(name: "SettleCLI", dependencies: ["SettleClaim", "SettleReport", "SettleModel", "Typeset", "ImageDecode"], swiftSettings: releaseSwiftSettings),
    // Release builds of `settle` link the Swift runtime and Foundation statically and as a
    // position-dependent executable. Measured (Benchmarks/README.md): a dynamically linked
    // `settle --version` spends ~7 ms in the loader (Foundation, ICU); a static PIE still runs
    // ~78,000 relative relocations and their copy-on-write page faults. `-static-stdlib` alone
    // leaves Foundation's static archives in an order the linker cannot resolve, hence the
    // group. Debug builds (tests) stay dynamic and PIE: a non-PIE executable against a shared
    // libswiftCore makes the loader warn about protected functions on stderr.
    .executableTarget(
      name: "settle", dependencies: ["SettleCLI"], swiftSettings: releaseSwiftSettings,
      linkerSettings: [.unsafeFlags(releaseLinkFlags, .when(configuration: .release))]),

    // Benchmarks (run with `make bench`, never timed in unit tests).
    .executableTarget(
      name: "settle-bench", dependencies: ["SettleCLI", "SettleClaim", "SettleReport", "SettleModel", "Typeset"],
      path: "Benchmarks/Sources/settle-bench"),

    // Tests (Swift Testing). SettleTestSupport holds the helpers the test targets share (goldens,
    // external tools, temporary folders, the repository root); it depends on nothing of ours.
    .target(name: "SettleTestSupport", path: "Tests/Support"),
    .testTarget(name: "CryptTests", dependencies: ["Crypt"]),
    .testTarget(name: "TypesetTextTests", dependencies: ["TypesetText", "SettleTestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "TypesetLayoutTests", dependencies: ["TypesetLayout", "TypesetText", "SettleTestSupport"]),
    .testTarget(name: "PDFWriterTests", dependencies: ["PDFWriter"]),
    .testTarget(name: "PDFReaderTests", dependencies: ["PDFReader", "Crypt", "CZlib"], exclude: ["Fixtures"]),
    .testTarget(name: "ImageDecodeTests", dependencies: ["ImageDecode", "Crypt", "CZlib"]),
    .testTarget(name: "PDFRenderTests", dependencies: ["PDFRender", "Typeset", "SettleTestSupport"]),
    .testTarget(name: "SettleModelTests", dependencies: ["SettleModel", "SettleTestSupport"]),
    .testTarget(name: "SettleClaimTests", dependencies: ["SettleClaim", "SettleModel", "SettleTestSupport"]),
    .testTarget(name: "SettleReportTests", dependencies: ["SettleReport", "SettleModel", "Typeset", "Crypt", "ImageDecode", "SettleTestSupport"]),
    .testTarget(name: "SettleCLITests", dependencies: ["SettleCLI", "SettleClaim", "SettleModel", "SettleTestSupport"]),
  ]
)

