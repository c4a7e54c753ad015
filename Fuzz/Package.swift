// swift-tools-version:6.1
// Khet's libFuzzer executables, one per fuzz target (docs/fuzzing.md). Build them only with the
// sanitizer flags, as scripts/fuzz does:
//   swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address
// Each executable's top-level code hands libFuzzer's driver (`LLVMFuzzerRunDriver`) its
// callback: SwiftPM links an executable's entry point as `<module>_main`, which rules out the
// usual `-parse-as-library` build where libFuzzer's own `main` is the entry point. The checks
// themselves are in the main package's KhetFuzzing library, which the unit tests run too, so
// the main package never needs the sanitizer.
import PackageDescription

let targets = ["json", "text", "results-csv", "loader"]

let package = Package(
  name: "KhetFuzz",
  platforms: [.macOS(.v13)],
  dependencies: [.package(name: "Khet", path: "..")],
  targets: [.target(name: "CLibFuzzer")]
    + targets.map { name in
      .executableTarget(
        name: "fuzz-\(name)",
        dependencies: ["CLibFuzzer", .product(name: "KhetFuzzing", package: "Khet")],
        path: "Sources/fuzz-\(name)"
      )
    },
  swiftLanguageModes: [.v6]
)
