import Foundation

/// The inputs checked in for a target: its seed corpus (`Fuzz/Corpus/<target>/`) and every input
/// that once made it fail (`Fuzz/Regressions/<target>/`), which the unit tests replay.
///
/// ```swift
/// let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
///   .deletingLastPathComponent().deletingLastPathComponent().path
/// for input in SavedInputs.regressions(of: "json", root: root) { try FuzzTarget.json.run(input.bytes) }
/// ```
public enum SavedInputs {
  /// One checked-in input.
  public struct Input: Sendable, CustomStringConvertible {
    /// Its path relative to the repository.
    public let path: String
    /// Its bytes.
    public let bytes: [UInt8]

    public var description: String { path }
  }

  /// The seed corpus folder of a target, relative to the repository.
  public static func corpusFolder(of target: String) -> String { "Fuzz/Corpus/\(target)" }

  /// The regression folder of a target, relative to the repository.
  public static func regressionFolder(of target: String) -> String {
    "Fuzz/Regressions/\(target)"
  }

  /// The seed corpus of `target` in the repository at `root`, by file name.
  public static func corpus(of target: String, root: String) -> [Input] {
    files(in: corpusFolder(of: target), root: root)
  }

  /// The regression inputs of `target` in the repository at `root`, by file name.
  public static func regressions(of target: String, root: String) -> [Input] {
    files(in: regressionFolder(of: target), root: root)
  }

  private static func files(in folder: String, root: String) -> [Input] {
    let path = root + "/" + folder
    let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
    return names.filter { !$0.hasPrefix(".") }.sorted().compactMap { name in
      FileManager.default.contents(atPath: path + "/" + name).map {
        Input(path: folder + "/" + name, bytes: Array($0))
      }
    }
  }
}
