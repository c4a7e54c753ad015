#if canImport(Glibc)
  import Glibc
#endif

/// Refuses command-line arguments and environment variables that are not valid UTF-8.
/// Swift would quietly turn each bad byte into U+FFFD: a title would be saved changed, and a
/// path would name another directory than the one given. A mature tool says so instead.
enum InputEncoding {
  /// The environment variables khet reads text or paths from.
  static let variables = [
    "KHET_DATA", "KHET_USER", "KHET_TODAY", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "HOME",
  ]

  /// Throws a usage error naming the first argument or variable that is not UTF-8.
  static func check() throws(UsageError) {
    for index in 1..<Int(CommandLine.argc) {
      guard let pointer = CommandLine.unsafeArgv[index] else { continue }
      let bytes = Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer)))
        .map { UInt8(bitPattern: $0) }
      if !isUTF8(bytes) {
        let option = index > 1 ? CommandLine.arguments[index - 1] : ""
        let what =
          option.hasPrefix("-") ? option : CLI.tr("cli.error.argumentNumber", ["n": String(index)])
        throw UsageError(CLI.tr("cli.error.argumentNotUTF8", ["what": what, "text": shown(bytes)]))
      }
    }
    for name in variables {
      guard let pointer = getenv(name) else { continue }
      let bytes = Array(UnsafeBufferPointer(start: pointer, count: strlen(pointer)))
        .map { UInt8(bitPattern: $0) }
      if !isUTF8(bytes) {
        throw UsageError(
          CLI.tr("cli.error.variableNotUTF8", ["name": name, "text": shown(bytes)]))
      }
    }
  }

  static func isUTF8(_ bytes: [UInt8]) -> Bool {
    var decoder = UTF8()
    var iterator = bytes.makeIterator()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }

  /// The bytes as text, each byte that is not part of valid UTF-8 as `\xFF`, at most 60 of
  /// them (the error is then made terminal-safe like every other).
  static func shown(_ bytes: [UInt8]) -> String {
    var text = ""
    var i = 0
    var count = 0
    while i < bytes.count && count < 60 {
      let length = sequenceLength(bytes, at: i)
      if length > 0 {
        text += String(decoding: bytes[i..<i + length], as: UTF8.self)
        i += length
      } else {
        text += "\\x" + String(bytes[i], radix: 16, uppercase: true)
        i += 1
      }
      count += 1
    }
    return i < bytes.count ? text + "…" : text
  }

  /// The length of the valid UTF-8 sequence at `i`, or 0 when there is none.
  private static func sequenceLength(_ bytes: [UInt8], at i: Int) -> Int {
    for length in 1...4 where i + length <= bytes.count {
      if isUTF8(Array(bytes[i..<i + length])) { return length }
    }
    return 0
  }
}
