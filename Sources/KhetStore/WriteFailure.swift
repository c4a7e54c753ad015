import KhetText

#if canImport(Glibc)
  import Glibc
#endif

/// A save that failed because the data directory could not be written — the disk is full, a
/// file or folder became read-only, a data file was replaced by a folder — remembered, so a
/// dashboard can stay read-only (with `banner` shown) until the cause is gone, and then let
/// the user save what they typed.
///
/// ```swift
/// failure = WriteFailure(error, store: store)      // after a failed save
/// if failure?.isResolved(store) == true { failure = nil }   // on the next idle tick
/// ```
public struct WriteFailure: Sendable, Equatable {
  /// The failed file, relative to the data directory when inside it.
  public let file: String
  /// The system's reason, e.g. "No space left on device".
  public let reason: String
  let path: String
  let code: Int32
  /// Bytes free on the data directory's file system right after the failure.
  let freeBytes: UInt64?

  /// The failure behind `error`, or nil when it was not a file that could not be written
  /// (invalid data, a rejected value, another process's lock).
  public init?(_ error: StoreError, store: Store) {
    guard case .notWritable(let file) = error else { return nil }
    path = file.path
    code = file.code
    reason = String(cString: strerror(file.code))
    let prefix = store.directory.path + "/"
    self.file = path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path
    freeBytes = store.freeBytes()
  }

  /// What the read-only banner says.
  public var banner: Phrase {
    Phrase(
      isSpace ? "errors.write.diskFull" : "errors.write.cannotWrite",
      ["file": .code(file), "reason": .code(reason)])
  }

  /// Whether the cause seems gone, so saving may be tried again: space was freed since (for a
  /// full disk or quota), or the file — or, when it does not exist, its folder — is writable
  /// and a regular file again. A save that still fails simply records a new failure.
  public func isResolved(_ store: Store) -> Bool {
    if isSpace {
      guard let before = freeBytes, let now = store.freeBytes() else { return false }
      return now > before
    }
    if DurableFile.isDirectory(path) { return false }
    let exists = access(path, F_OK) == 0
    return access(exists ? path : DurableFile.directory(of: path), W_OK) == 0
  }

  private var isSpace: Bool { code == ENOSPC || code == EDQUOT }
}

extension Store {
  /// Bytes available to this user on the data directory's file system, or nil when unknown.
  public func freeBytes() -> UInt64? {
    var info = statvfs()
    guard statvfs(directory.path, &info) == 0 else { return nil }
    return UInt64(info.f_bavail) * UInt64(info.f_frsize)
  }
}
