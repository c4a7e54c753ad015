// swift-tools-version:6.1
// Khet: a terminal dashboard for Cambodian provincial administrations.
import PackageDescription

let package = Package(
  name: "Khet",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "khet", targets: ["khet"]),
    .library(name: "KhetCore", targets: ["KhetCore"]),
    .library(name: "KhetStore", targets: ["KhetStore"]),
    .library(name: "KhetTUI", targets: ["KhetTUI"]),
    .library(name: "KhetReport", targets: ["KhetReport"]),
    .library(name: "KhetLocale", targets: ["KhetLocale"]),
    // The fuzz targets' checks, for Fuzz/ (libFuzzer) and the regression tests.
    .library(name: "KhetFuzzing", targets: ["KhetFuzzing"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
  ],
  targets: [
    .systemLibrary(
      name: "CNcursesw",
      pkgConfig: "ncursesw",
      providers: [.apt(["libncursesw5-dev"])]
    ),
    .target(name: "KhetJSON", dependencies: ["KhetText"]),
    .target(name: "KhetText"),
    .target(name: "KhetCore", dependencies: ["KhetText"]),
    .target(name: "KhetStore", dependencies: ["KhetCore", "KhetJSON", "KhetLocale", "KhetText"]),
    // The interface's words in Khmer and English (docs/translation.md).
    .target(
      name: "KhetLocale", dependencies: ["KhetCore", "KhetJSON", "KhetText"],
      resources: ["common", "screens", "forms", "cli", "report", "errors"].flatMap { area in
        ["en", "km"].map { Resource.embedInCode("Catalogues/\($0).\(area).json") }
      }
    ),
    .target(
      name: "KhetTUI",
      dependencies: ["KhetCore", "KhetJSON", "KhetLocale", "KhetStore", "KhetText"]),
    .target(
      name: "KhetReport", dependencies: ["KhetCore", "KhetJSON", "KhetLocale", "KhetText"]),
    .target(name: "KhetTerminal", dependencies: ["CNcursesw", "KhetTUI"]),
    .target(
      name: "KhetFuzzing",
      dependencies: ["KhetCore", "KhetJSON", "KhetLocale", "KhetStore", "KhetText"]),
    .executableTarget(
      name: "khet",
      dependencies: [
        "KhetCore", "KhetJSON", "KhetLocale", "KhetReport", "KhetStore", "KhetText", "KhetTUI",
        "KhetTerminal",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "KhetJSONTests", dependencies: ["KhetJSON", "KhetFuzzing", "KhetLocale", "KhetText"]),
    .testTarget(name: "KhetTextTests", dependencies: ["KhetText", "KhetFuzzing"]),
    .testTarget(name: "KhetCoreTests", dependencies: ["KhetCore"]),
    .testTarget(name: "KhetLocaleTests", dependencies: ["KhetLocale", "KhetCore", "KhetText"]),
    .testTarget(
      name: "KhetStoreTests", dependencies: ["KhetStore", "KhetFuzzing", "KhetLocale", "KhetText"]),
    .testTarget(name: "KhetTUITests", dependencies: ["KhetTUI"]),
    .testTarget(
      name: "KhetReportTests", dependencies: ["KhetReport", "KhetCore", "KhetJSON", "KhetLocale"]
    ),
    .testTarget(
      name: "KhetCLITests",
      dependencies: ["khet", "KhetCore", "KhetJSON", "KhetLocale", "KhetStore", "KhetText"]),
    .testTarget(name: "KhetEndToEndTests", dependencies: ["khet"]),
  ],
  swiftLanguageModes: [.v6]
)
