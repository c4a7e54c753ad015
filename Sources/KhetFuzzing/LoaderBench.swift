import Foundation
import KhetCore
import KhetStore

/// A workspace in a temporary directory where one file at a time is replaced by fuzzed bytes
/// and the workspace loaded; the file is put back before the next input.
///
/// One bench serves a whole fuzzing process (`shared`); its lock keeps parallel tests apart.
final class LoaderBench: @unchecked Sendable {
  /// The files an input may replace, chosen by its first byte.
  static let files = [
    DataDirectory.issuesLog, DataDirectory.tasksLog, DataDirectory.meetingsLog,
    DataDirectory.unitsFile, DataDirectory.sectorsFile, DataDirectory.indicatorsFile,
    "\(DataDirectory.targetsFolder)/\(FuzzWorkspace.year).json",
    "\(DataDirectory.resultsFolder)/\(FuzzWorkspace.year).json",
    DataDirectory.workspaceFile, DataDirectory.stateFile,
  ]
  static let snapshotFile = "\(DataDirectory.cacheFolder)/snapshot.bin"

  /// The bench of this process, made on first use and removed at exit.
  static let shared: LoaderBench = {
    let bench = LoaderBench()
    atexit { LoaderBench.shared.remove() }
    return bench
  }()

  let directory: DataDirectory
  let store: Store
  /// Each file's bytes in the valid workspace.
  let template: [String: [UInt8]]
  private let lock = NSLock()

  init() {
    let base = FileManager.default.isWritableFile(atPath: "/dev/shm") ? "/dev/shm" : "/tmp"
    directory = DataDirectory(path: "\(base)/khet-fuzz-\(getpid())-\(UUID().uuidString)")
    store = Store(
      directory: directory, user: "fuzz", lockTimeout: 0,
      clock: { Timestamp(secondsSinceEpoch: 1_664_500_000) })
    do { try store.create(FuzzWorkspace.small) } catch {
      fatalError("cannot set up the fuzz workspace in \(directory.path): \(error)")
    }
    var template: [String: [UInt8]] = [:]
    for name in Self.files {
      template[name] = FileManager.default.contents(atPath: directory.file(name)).map(Array.init)
    }
    self.template = template
  }

  deinit { remove() }

  /// Deletes the bench's directory.
  func remove() { try? FileManager.default.removeItem(atPath: directory.path) }

  /// The input for the file at `index` of `files` with these contents.
  static func input(file index: Int, _ contents: [UInt8]) -> [UInt8] {
    [UInt8(index)] + contents
  }

  /// Loads the workspace with the file the input names replaced by the rest of the input.
  func run(_ bytes: [UInt8]) throws(InvariantFailure) {
    lock.lock()
    defer { lock.unlock() }
    let name = Self.files[Int(bytes.first ?? 0) % Self.files.count]
    let contents = Array(bytes.dropFirst())
    defer { put(template[name] ?? [], as: name) }
    for derived in [Self.snapshotFile, DataDirectory.stateFile] where derived != name {
      unlink(directory.file(derived))
    }
    put(contents, as: name)
    var texts = template
    texts[name] = contents
    try LoaderChecks(store: store, fuzzed: name, texts: texts).run()
  }

  private func put(_ bytes: [UInt8], as name: String) {
    let path = directory.file(name)
    guard FileManager.default.createFile(atPath: path, contents: Data(bytes)) else {
      fatalError("cannot write \(path)")
    }
  }
}
