import Foundation
import KhetCore
import KhetText
import Testing

@testable import KhetStore

/// The dashboard's memory of a save that could not be written: when it says the cause is
/// gone, so that the read-only banner is lifted and the kept form can be saved.
@Suite struct WriteFailureTests {
  func failure(_ code: Int32, _ name: String, in dir: TempDirectory) throws -> WriteFailure {
    let store = Store(directory: dir.directory, user: "t")
    return try #require(
      WriteFailure(
        .notWritable(FileError(.write, dir.file(name), code: code)), store: store))
  }

  @Test func onlyFilesThatCannotBeWrittenAreRemembered() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    #expect(WriteFailure(.locked(path: "x", seconds: 10), store: store) == nil)
    #expect(
      WriteFailure(.rejected(FieldProblem(field: "f", Phrase("errors.field.empty"))), store: store)
        == nil)
    let full = try failure(ENOSPC, "issues.jsonl", in: dir)
    #expect(full.file == "issues.jsonl")
    #expect(full.banner.english.hasPrefix("cannot write issues.jsonl: No space left on device — "))
  }

  /// A full disk is over once more space is free than at the failure.
  @Test func aFullDiskIsResolvedWhenSpaceIsFreed() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let ballast = dir.file("ballast")
    try Data(count: 16 << 20).write(to: URL(fileURLWithPath: ballast))
    let full = try failure(ENOSPC, "issues.jsonl", in: dir)
    #expect(store.freeBytes() != nil)
    try FileManager.default.removeItem(atPath: ballast)
    #expect(full.isResolved(store), "16 MB freed")
  }

  /// A permission problem is over once the file (or, when it is missing, its folder) is
  /// writable; a file replaced by a folder, once it is a file again.
  @Test func aPermissionOrAFolderIsResolvedWhenFixed() throws {
    let dir = TempDirectory()
    let store = try dir.sampleStore()
    let denied = try failure(EACCES, "tasks.jsonl", in: dir)
    chmod(dir.file("tasks.jsonl"), 0o444)
    if access(dir.file("tasks.jsonl"), W_OK) != 0 {  // permissions bind (not root)
      #expect(!denied.isResolved(store))
    }
    chmod(dir.file("tasks.jsonl"), 0o644)
    #expect(denied.isResolved(store))
    try FileManager.default.removeItem(atPath: dir.file("audit.jsonl"))
    try FileManager.default.createDirectory(
      atPath: dir.file("audit.jsonl"), withIntermediateDirectories: false)
    let folder = try failure(EISDIR, "audit.jsonl", in: dir)
    #expect(!folder.isResolved(store))
    try FileManager.default.removeItem(atPath: dir.file("audit.jsonl"))
    #expect(folder.isResolved(store), "gone: the folder above is writable")
  }
}
