#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file operation failed; the message names the file and the system's reason.
public struct FileError: Error, Sendable, CustomStringConvertible {
  /// What was being done, e.g. "cannot write".
  public let action: String
  /// The path involved.
  public let path: String
  /// The `errno` value.
  public let code: Int32
  /// What else the user must know, e.g. that undoing a part already written failed too.
  public let note: String?

  /// An error from the current `errno`.
  init(_ action: String, _ path: String, code: Int32 = errno, note: String? = nil) {
    self.action = action
    self.path = path
    self.code = code
    self.note = note
  }

  /// True when the failure means "not allowed to write here" (read-only, permissions, full).
  public var isNotWritable: Bool {
    [EROFS, EACCES, EPERM, ENOSPC, EDQUOT, EISDIR].contains(code)
  }

  /// True when the file does not exist.
  public var isMissing: Bool { code == ENOENT }

  public var description: String {
    let reason = code == EINVAL ? "not a regular file" : String(cString: strerror(code))
    return "\(action) \(path): \(reason)" + (note.map { "; \($0)" } ?? "")
  }
}
