#if canImport(Glibc)
  import Glibc
#endif

/// Keeps bytes that Khet must get out of the way (a torn last line after a crash, an unreadable
/// derived file) in `recovered/`, so nothing a person might want is ever simply deleted.
enum Recovery {
  /// Moves a whole file into recovered/ under a name with the time and reason.
  static func setAside(
    _ path: String, in directory: DataDirectory, reason: String
  ) throws(FileError) {
    let folder = directory.file(DataDirectory.recoveredFolder)
    try DurableFile.makeDirectory(folder)
    let name = path.split(separator: "/").last.map(String.init) ?? "file"
    let target = "\(folder)/\(name).\(reason)-\(time(nil))-\(getpid())"
    guard rename(path, target) == 0 else { throw FileError(.moveAside, path) }
  }

  /// Copies the bytes of a log after `offset` into recovered/ and cuts them off the log.
  static func cutTornTail(
    _ name: String, in directory: DataDirectory, bytes: [UInt8], offset: Int
  ) throws(FileError) {
    let folder = directory.file(DataDirectory.recoveredFolder)
    try DurableFile.makeDirectory(folder)
    let target = "\(folder)/\(name).torn-\(time(nil))-\(getpid())"
    try DurableFile.replace(target, with: Array(bytes[offset...]))
    try DurableFile.truncate(directory.file(name), to: offset)
  }
}
