import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// The built `khet` executable, found next to the test bundle.
enum KhetBinary {
  /// The executable, or nil when it cannot be found.
  static let url: URL? = locate()

  /// The executable; records a clear failure when it is missing.
  static func require() throws -> URL {
    try #require(
      url,
      """
      the khet executable was not found next to the test bundle (looked in every folder above \
      \(startingPoints.map(\.path))); build it with `swift build --scratch-path .build-cli` or \
      set $KHET_BINARY
      """)
  }

  /// Where the search starts: the test bundle, the running executable, argv[0].
  private static var startingPoints: [URL] {
    var urls = [Bundle.main.bundleURL]
    if let url = Bundle.main.executableURL { urls.append(url) }
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      urls.append(URL(fileURLWithPath: exe))
    }
    if let first = CommandLine.arguments.first {
      urls.append(URL(fileURLWithPath: first).standardizedFileURL)
    }
    return urls
  }

  private static func locate() -> URL? {
    if let path = ProcessInfo.processInfo.environment["KHET_BINARY"], isExecutable(path) {
      return URL(fileURLWithPath: path)
    }
    for start in startingPoints {
      var dir = start
      while true {
        let candidate = dir.appendingPathComponent("khet").path
        if isExecutable(candidate) { return URL(fileURLWithPath: candidate) }
        let parent = dir.deletingLastPathComponent()
        if parent.path == dir.path || dir.path == "/" { break }
        dir = parent
      }
    }
    return nil
  }

  private static func isExecutable(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue && FileManager.default.isExecutableFile(atPath: path)
  }
}

/// What one run of khet did.
struct KhetRun: CustomStringConvertible {
  let arguments: [String]
  /// The exit code (128 + the signal number when a signal ended the process).
  let status: Int32
  let stdoutData: Data
  let stderrData: Data

  var stdout: String { String(decoding: stdoutData, as: UTF8.self) }
  var stderr: String { String(decoding: stderrData, as: UTF8.self) }

  /// The non-empty lines of standard error.
  var stderrLines: [String] {
    stderr.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
  }

  /// Standard output parsed as JSON.
  func json() throws -> Any {
    try JSONSerialization.jsonObject(with: stdoutData, options: [.fragmentsAllowed])
  }

  /// Standard output parsed as a JSON object.
  func jsonObject() throws -> [String: Any] {
    try #require(try json() as? [String: Any], "expected a JSON object from \(self)")
  }

  /// Standard output parsed as a JSON array of objects.
  func jsonArray() throws -> [[String: Any]] {
    try #require(try json() as? [[String: Any]], "expected a JSON array from \(self)")
  }

  /// Standard output as a positive whole number (what `issue add` and `task add` print).
  func number() throws -> Int {
    let text = stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    return try #require(Int(text), "expected a number on stdout from \(self)")
  }

  var description: String {
    "`khet \(arguments.joined(separator: " "))` exited \(status)\n"
      + "stdout: \(stdout.prefix(1500))\nstderr: \(stderr.prefix(1500))"
  }
}

/// A khet process that was started and not yet waited for.
final class RunningKhet {
  let process: Process
  let arguments: [String]
  let stdoutPath: String
  let stderrPath: String
  private let handles: [FileHandle]

  init(
    process: Process, arguments: [String], stdoutPath: String, stderrPath: String,
    handles: [FileHandle]
  ) {
    self.process = process
    self.arguments = arguments
    self.stdoutPath = stdoutPath
    self.stderrPath = stderrPath
    self.handles = handles
  }

  /// Waits for the process to end and collects what it printed. A run still going after
  /// `timeout` seconds — far longer than any command takes, so only a hang reaches it — is
  /// killed and recorded as a failure: the test fails, it does not hang.
  func wait(timeout: Double = 300) -> KhetRun {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
    if process.isRunning {
      kill(process.processIdentifier, SIGKILL)
      Issue.record(
        "`khet \(arguments.joined(separator: " ").prefix(200))` hung: killed after \(timeout) s")
    }
    process.waitUntilExit()
    for handle in handles { try? handle.close() }
    let status =
      process.terminationReason == .uncaughtSignal
      ? 128 + process.terminationStatus : process.terminationStatus
    let isFile =
      (try? FileManager.default.attributesOfItem(atPath: stdoutPath)[.type])
      as? FileAttributeType == .typeRegular
    return KhetRun(
      arguments: arguments, status: status,
      stdoutData: isFile ? FileManager.default.contents(atPath: stdoutPath) ?? Data() : Data(),
      stderrData: FileManager.default.contents(atPath: stderrPath) ?? Data())
  }
}

/// A fresh temporary folder for one test, removed at the end: `data/` is the data directory
/// (KHET_DATA for every run), `home/` is HOME, so no run can touch the real
/// ~/.local/share/khet, and `out/` keeps what each run printed.
final class Sandbox {
  let root: String
  /// The data directory.
  let data: String
  /// KHET_USER for every run.
  let user: String
  /// When set, runs khet as this user id (and group id) through setpriv(1): root, for whom
  /// file permissions do not bind, runs it as `nobody` (65534) to test them.
  var runAs: UInt32?

  /// A sandbox; with `sample`, the data directory holds the Prey Veng sample
  /// (`khet init --sample`). The data directory is `data/`, or `dataFolder` under the
  /// sandbox; `prepare` runs on the sandbox's root before the sample is set up (to mount a
  /// small file system there, say).
  init(
    sample: Bool = true, user: String = "tester", dataFolder: String = "data",
    prepare: ((String) throws -> Void)? = nil
  ) throws {
    root =
      FileManager.default.temporaryDirectory
      .appendingPathComponent("khet-cli-test-\(UUID().uuidString)").path
    data = root + "/" + dataFolder
    self.user = user
    for folder in ["home", "out"] {
      try FileManager.default.createDirectory(
        atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    try prepare?(root)
    if sample {
      let run = try self.run("init", "--sample", "--data", data)
      try #require(run.status == 0, "could not set up the sample: \(run)")
    }
  }

  deinit {
    Sandbox.makeWritable(root)
    try? FileManager.default.removeItem(atPath: root)
  }

  /// The path of a file in the data directory.
  func file(_ name: String) -> String { data + "/" + name }

  /// The environment of a run: a fixed, minimal one, plus `extra`.
  func environment(_ extra: [String: String]) -> [String: String] {
    var environment = [
      "PATH": "/usr/bin:/bin", "HOME": root + "/home", "XDG_DATA_HOME": root + "/home/xdg",
      "KHET_DATA": data, "KHET_USER": user, "LANG": "C.UTF-8", "TZ": "UTC",
    ]
    for (key, value) in extra { environment[key] = value }
    return environment
  }

  /// Starts khet without waiting for it; standard input is /dev/null, or the file
  /// `stdinPath`. Standard output goes to
  /// a file of the sandbox, or to `stdoutPath` when given (e.g. /dev/full). With `umask`
  /// (octal digits), khet runs under that umask: `/bin/sh -c 'umask 077 && exec "$0" "$@"'`
  /// with khet and its arguments as the shell's own arguments, never in the command text.
  /// With `user` (root only), it runs as that user and group, with no other groups.
  func start(
    _ arguments: [String], env: [String: String] = [:], stdoutPath: String? = nil,
    executable: String? = nil, umask: String? = nil, user: (uid: UInt32, gid: UInt32)? = nil,
    stdinPath: String? = nil
  ) throws -> RunningKhet {
    let binary = try executable.map { URL(fileURLWithPath: $0) } ?? KhetBinary.require()
    let name = UUID().uuidString
    let stdoutPath = stdoutPath ?? "\(root)/out/\(name).out"
    let stderrPath = "\(root)/out/\(name).err"
    if !FileManager.default.fileExists(atPath: stdoutPath) {
      FileManager.default.createFile(atPath: stdoutPath, contents: nil)
    }
    FileManager.default.createFile(atPath: stderrPath, contents: nil)
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: stdoutPath))
    let err = try FileHandle(forWritingTo: URL(fileURLWithPath: stderrPath))
    var command = [binary.path] + arguments
    if let umask {
      try #require(!umask.isEmpty && umask.allSatisfy { ("0"..."7").contains($0) })
      command = ["/bin/sh", "-c", "umask \(umask) && exec \"$0\" \"$@\""] + command
    }
    if let user = user ?? runAs.map({ (uid: $0, gid: $0) }) {
      command =
        ["/usr/bin/setpriv", "--reuid=\(user.uid)", "--regid=\(user.gid)", "--clear-groups"]
        + command
    }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: command[0])
    process.arguments = Array(command.dropFirst())
    process.environment = environment(env)
    process.currentDirectoryURL = URL(fileURLWithPath: root)
    if let stdinPath {
      process.standardInput = try FileHandle(forReadingFrom: URL(fileURLWithPath: stdinPath))
    } else {
      process.standardInput = FileHandle.nullDevice
    }
    process.standardOutput = out
    process.standardError = err
    try process.run()
    return RunningKhet(
      process: process, arguments: arguments, stdoutPath: stdoutPath, stderrPath: stderrPath,
      handles: [out, err])
  }

  /// Runs khet to the end (see `RunningKhet.wait` for the timeout).
  func run(
    _ arguments: [String], env: [String: String] = [:], timeout: Double = 300,
    executable: String? = nil, umask: String? = nil, user: (uid: UInt32, gid: UInt32)? = nil
  ) throws -> KhetRun {
    try start(arguments, env: env, executable: executable, umask: umask, user: user)
      .wait(timeout: timeout)
  }

  /// Runs khet to the end.
  func run(_ arguments: String..., env: [String: String] = [:]) throws -> KhetRun {
    try run(arguments, env: env)
  }

  /// Every file (bytes) and folder (an entry ending in "/") under the data directory, or
  /// under `path` if given, by relative path: compare two to prove that nothing changed.
  func snapshot(of path: String? = nil) -> [String: Data] {
    Sandbox.snapshot(path ?? data)
  }

  static func snapshot(_ path: String) -> [String: Data] {
    var result: [String: Data] = [:]
    guard let names = FileManager.default.subpaths(atPath: path) else { return result }
    for name in names {
      var isDirectory: ObjCBool = false
      guard FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
      else { continue }
      if isDirectory.boolValue {
        result[name + "/"] = Data()
      } else {
        result[name] = FileManager.default.contents(atPath: path + "/" + name) ?? Data()
      }
    }
    return result
  }

  /// The bytes of a file in the data directory.
  func bytes(_ name: String) -> Data { FileManager.default.contents(atPath: file(name)) ?? Data() }

  /// The text of a file in the data directory.
  func text(_ name: String) -> String { String(decoding: bytes(name), as: UTF8.self) }

  /// Replaces a file's contents (not atomically, as an editor saving in place would).
  func write(_ name: String, _ text: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: file(name)))
  }

  /// Appends bytes to a file.
  func append(_ name: String, _ text: String) throws {
    let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file(name)))
    defer { try? handle.close() }
    try handle.seekToEnd()
    try handle.write(contentsOf: Data(text.utf8))
  }

  /// Gives the owner write permission on everything again, so the folder can be removed.
  static func makeWritable(_ path: String) {
    chmod(path, 0o755)
    for name in FileManager.default.subpaths(atPath: path) ?? [] {
      var isDirectory: ObjCBool = false
      _ = FileManager.default.fileExists(atPath: path + "/" + name, isDirectory: &isDirectory)
      chmod(path + "/" + name, isDirectory.boolValue ? 0o755 : 0o644)
    }
  }
}

/// The paths that differ between two snapshots: changed, added or removed.
func changedPaths(_ before: [String: Data], _ after: [String: Data]) -> [String] {
  Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
}

extension Dictionary where Key == String, Value == Any {
  /// A string member.
  func string(_ key: String) -> String? { self[key] as? String }
  /// An integer member.
  func int(_ key: String) -> Int? { (self[key] as? NSNumber)?.intValue ?? self[key] as? Int }
}

/// The Unicode scalars of a string, for exact comparisons (String's == ignores normalisation).
func scalars(_ s: String?) -> [UInt32] { (s ?? "").unicodeScalars.map(\.value) }
