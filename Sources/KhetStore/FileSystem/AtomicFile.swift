#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a file outside the data directory (a report, an export) the way Khet writes its own
/// files: all or nothing, even after a crash or power cut.
///
/// ```swift
/// try AtomicFile.write(Array(report.utf8), to: "review-2021.html")
/// ```
public enum AtomicFile {
  /// Writes `bytes` to a temporary file in the same directory as `path`, fsyncs it, renames it
  /// over `path` and fsyncs the directory. A new file is readable by everyone the umask allows
  /// (mode 0666 before the umask), like a file any other program saves. Refuses a `path` that
  /// is a directory (EISDIR); a symbolic link at `path` is replaced, its target left alone. On
  /// failure `path` is as it was and the temporary file is removed.
  public static func write(_ bytes: [UInt8], to path: String) throws(FileError) {
    if DurableFile.isDirectory(path) { throw FileError(.write, path, code: EISDIR) }
    try DurableFile.replace(path, with: bytes, mode: 0o666, keepingPermissions: false)
  }
}
