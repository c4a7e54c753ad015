import Foundation
import KhetStore

/// A file given to `khet import`: read whole (or standard input for `-`), and the way its
/// problems are reported.
struct ImportFile {
  /// Bigger files are refused before they are read.
  static let maxBytes = 64 << 20

  /// The file's bytes.
  let bytes: [UInt8]
  /// Its name in messages and records: the last part of the path, or `stdin`.
  let name: String

  /// Reads `path` (`-`: standard input); a missing file, a directory or more than 64 MiB is
  /// refused. `kind` names what was expected ("a CSV file").
  init(_ path: String, kind: String) throws {
    if path == "-" {
      name = "stdin"
      bytes = try Self.read(FileHandle.standardInput, path: CLI.tr("cli.import.standardInput"))
      return
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw UsageError(CLI.tr("cli.import.noFile", ["path": Output.safe(path)]))
    }
    guard !isDirectory.boolValue else {
      throw UsageError(CLI.tr("cli.import.isDirectory", ["path": Output.safe(path), "kind": kind]))
    }
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw UsageError(CLI.tr("cli.import.unreadable", ["path": Output.safe(path)]))
    }
    defer { try? handle.close() }
    name = (path as NSString).lastPathComponent
    bytes = try Self.read(handle, path: path)
  }

  private static func read(_ handle: FileHandle, path: String) throws -> [UInt8] {
    let data = (try? handle.read(upToCount: maxBytes + 1)) ?? Data()
    guard data.count <= maxBytes else {
      throw UsageError(CLI.tr("cli.import.tooLarge", ["path": Output.safe(path)]))
    }
    return [UInt8](data)
  }

  /// The error for a file refused whole: what and how many, then every problem on its own
  /// line, terminal-safe (exit 2).
  func refusal(_ invalid: InvalidData, guide: String) -> UsageError {
    let n = invalid.total
    let head = CLI.tr(
      n == 1 ? "cli.import.refusedOne" : "cli.import.refused",
      ["file": Output.safe(name), "count": CLI.figure(n), "guide": guide])
    var error = UsageError(
      head + "\n" + invalid.problems.map { Output.safe($0.text(CLI.tr)) }.joined(separator: "\n"))
    error.exitCode = 2
    return error
  }
}
