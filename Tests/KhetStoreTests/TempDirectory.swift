import Foundation
import KhetCore

@testable import KhetStore

/// A fresh directory under the system's temporary folder, removed when the value dies.
final class TempDirectory {
  let path: String

  init() {
    path =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("khet-store-test-\(UUID().uuidString)").path
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  var directory: DataDirectory { DataDirectory(path: path) }

  /// A store on this directory with a fixed clock, holding the sample.
  func sampleStore(user: String = "tester") throws -> Store {
    let store = Store(
      directory: directory, user: user, clock: { Timestamp(secondsSinceEpoch: 1_700_000_000) })
    try store.create(PreyVengSample.make())
    return store
  }

  func file(_ name: String) -> String { directory.file(name) }

  func read(_ name: String) -> String {
    (try? String(contentsOfFile: file(name), encoding: .utf8)) ?? ""
  }

  func write(_ name: String, _ text: String) throws {
    try text.write(toFile: file(name), atomically: false, encoding: .utf8)
  }

  /// Every file's bytes, by relative path, to prove that nothing changed.
  func snapshot() -> [String: Data] {
    var result: [String: Data] = [:]
    let enumerator = FileManager.default.enumerator(atPath: path)
    while let name = enumerator?.nextObject() as? String {
      var isDir: ObjCBool = false
      if FileManager.default.fileExists(atPath: file(name), isDirectory: &isDir), !isDir.boolValue,
        name != "khet.lock"
      {
        result[name] = FileManager.default.contents(atPath: file(name))
      }
    }
    return result
  }
}

extension StoreError {
  /// The problems of an `.invalid` error, or nothing.
  var problems: [DataProblem] {
    if case .invalid(let data) = self { return data.problems }
    return []
  }
}
