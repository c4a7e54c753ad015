#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The new contents of a file, written and fsynced to a temporary file beside it but not yet in
/// place: `commit()` renames it over the target, `discard()` removes it. A change that replaces
/// several files stages them all first, so that running out of space (or any write error)
/// is met before any of them is replaced.
///
/// ```swift
/// let staged = try StagedFile(path, bytes)
/// try staged.commit()
/// ```
struct StagedFile {
  /// The file to replace.
  let path: String
  /// The temporary file holding the new contents.
  let temporary: String

  /// Writes `bytes` to a new temporary file (`.NAME.tmp-PID-RANDOM`, see `TemporaryFile`) in
  /// the target's directory and fsyncs it; on failure nothing is left behind. A new target gets
  /// `mode`, limited by the umask; a file that is replaced keeps its permission bits and group
  /// (see `DurableFile.keepPermissions`), unless `keepingPermissions` is false.
  init(
    _ path: String, _ bytes: [UInt8], mode: mode_t = DurableFile.createMode,
    keepingPermissions: Bool = true
  ) throws(FileError) {
    try self.init(path, mode: mode, keepingPermissions: keepingPermissions) {
      (fd) throws(FileError) in try DurableFile.writeAll(fd, bytes, path: path)
    }
  }

  /// Stages a file whose contents `write` puts into the temporary file's descriptor.
  init(
    _ path: String, mode: mode_t = DurableFile.createMode, keepingPermissions: Bool = true,
    contents write: (Int32) throws(FileError) -> Void
  ) throws(FileError) {
    let dir = DurableFile.directory(of: path)
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var suffix = UInt64.random(in: 0...UInt64.max)
    var tmp = ""
    var fd: Int32 = -1
    for _ in 0..<8 {
      tmp = "\(dir)/" + TemporaryFile.name(for: name, suffix: suffix)
      fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
      if fd >= 0 || errno != EEXIST { break }
      suffix &+= 1
    }
    guard fd >= 0 else { throw FileError(.write, path) }
    if keepingPermissions { DurableFile.keepPermissions(of: path, on: fd) }
    do throws(FileError) {
      try write(fd)
      guard fsync(fd) == 0 else { throw FileError(.write, path) }
      guard close(fd) == 0 else {
        fd = -1
        throw FileError(.write, path)
      }
    } catch {
      if fd >= 0 { close(fd) }
      unlink(tmp)
      throw error
    }
    self.path = path
    self.temporary = tmp
  }

  /// Renames the temporary file over the target and fsyncs the directory. Refuses a target
  /// that is a directory (EISDIR). On failure the target is as it was and the temporary file
  /// is removed.
  func commit() throws(FileError) {
    if DurableFile.isDirectory(path) {
      discard()
      throw FileError(.replace, path, code: EISDIR)
    }
    guard rename(temporary, path) == 0 else {
      let error = FileError(.replace, path)
      discard()
      throw error
    }
    try DurableFile.syncDirectory(DurableFile.directory(of: path))
  }

  /// Removes the temporary file; the target is left as it was.
  func discard() { unlink(temporary) }
}
