/// One fuzz target: a function that takes arbitrary bytes, runs them through a part of Khet and
/// checks what must hold for every input (see docs/fuzzing.md).
///
/// The same function runs under libFuzzer (the executables in `Fuzz/`, built with
/// `-sanitize=fuzzer,address`) and in the unit tests that replay the checked-in corpus and
/// every input that once failed (`Fuzz/Regressions/<name>/`), so a fixed crash stays fixed.
///
/// ```swift
/// let target = FuzzTarget.named("json")!
/// try target.run(Array(#"{"a": [1, 2]}"#.utf8))  // throws InvariantFailure if a check fails
/// ```
public struct FuzzTarget: Sendable {
  /// The name used on the command line (`scripts/fuzz json`) and for the corpus folders.
  public let name: String
  /// What the target feeds its input to, in a few words.
  public let summary: String
  /// Runs one input; throws when a check fails. A crash or hang in the code under test is a
  /// failure too, found by libFuzzer (and, in a replay test, by the test process dying).
  public let run: @Sendable ([UInt8]) throws(InvariantFailure) -> Void

  /// A target.
  public init(
    name: String, summary: String,
    run: @escaping @Sendable ([UInt8]) throws(InvariantFailure) -> Void
  ) {
    self.name = name
    self.summary = summary
    self.run = run
  }

  /// Every target, in the order `scripts/fuzz all` runs them.
  public static let all: [FuzzTarget] = [.json, .text, .resultsCSV, .loader]

  /// The target with this name, or nil.
  public static func named(_ name: String) -> FuzzTarget? {
    all.first { $0.name == name }
  }

  /// Runs one input and stops the process when a check fails, printing what failed: how a
  /// libFuzzer entry point reports a failed check, so that libFuzzer saves the input.
  public func runOrTrap(_ bytes: [UInt8]) {
    do {
      try run(bytes)
    } catch {
      fatalError("fuzz target \(name): \(error)")
    }
  }
}

/// A check that failed for one input: what was expected, and what was found instead.
public struct InvariantFailure: Error, Sendable, CustomStringConvertible {
  /// What went wrong, for a person reading the fuzzer's log or a failed test.
  public let message: String

  /// A failure described by `message`.
  public init(_ message: String) { self.message = message }

  public var description: String { message }
}

/// Throws an `InvariantFailure` with `message` unless `condition` holds.
@inline(__always)
func require(
  _ condition: Bool, _ message: @autoclosure () -> String
) throws(InvariantFailure) {
  if !condition { throw InvariantFailure(message()) }
}

/// `text` shortened for a failure message, with its scalars escaped so the message itself is
/// safe to print.
func shown(_ text: String, limit: Int = 80) -> String {
  var out = ""
  for (count, scalar) in text.unicodeScalars.enumerated() {
    if count == limit {
      out += "…"
      break
    }
    if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) || scalar.value > 0x7E {
      out += "\\u{" + String(scalar.value, radix: 16) + "}"
    } else {
      out.unicodeScalars.append(scalar)
    }
  }
  return "\"" + out + "\""
}
