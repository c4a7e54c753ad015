// swift-tools-version:6.1
// khet-bench: timings of Khet through its real binary and in process (see README.md).
import PackageDescription

let package = Package(
  name: "KhetBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "Khet", path: ".."),
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .executableTarget(
      name: "khet-bench",
      dependencies: [
        .product(name: "KhetCore", package: "Khet"),
        .product(name: "KhetStore", package: "Khet"),
        .product(name: "KhetTUI", package: "Khet"),
        .product(name: "KhetLocale", package: "Khet"),
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    )
  ],
  swiftLanguageModes: [.v6]
)
