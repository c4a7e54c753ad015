import KhetLocale
import KhetText

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file operation failed; the message names the file and the system's reason.
public struct FileError: Error, Sendable, CustomStringConvertible {
  /// What could not be done; the raw value is the English ("cannot write").
  public enum Action: String, Sendable {
    case appendTo = "cannot append to"
    case repair = "cannot repair"
    case write = "cannot write"
    case read = "cannot read"
    case moveAside = "cannot move aside"
    case openLockFile = "cannot open the lock file"
    case create = "cannot create"
    case lock = "cannot lock"
    case replace = "cannot replace"
    case syncDirectory = "cannot sync directory"
    case remove = "cannot remove"
  }

  /// What was being done.
  public let action: Action
  /// The path involved.
  public let path: String
  /// The `errno` value.
  public let code: Int32
  /// What else the user must know, e.g. that undoing a part already written failed too.
  public let note: Phrase?

  /// An error from the current `errno`.
  init(_ action: Action, _ path: String, code: Int32 = errno, note: Phrase? = nil) {
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

  /// What could not be done, in words: `cannot write`.
  public var actionPhrase: Phrase {
    switch action {
    case .appendTo: return Phrase("errors.file.appendTo")
    case .repair: return Phrase("errors.file.repair")
    case .write: return Phrase("errors.file.write")
    case .read: return Phrase("errors.file.read")
    case .moveAside: return Phrase("errors.file.moveAside")
    case .openLockFile: return Phrase("errors.file.openLockFile")
    case .create: return Phrase("errors.file.create")
    case .lock: return Phrase("errors.file.lock")
    case .replace: return Phrase("errors.file.replace")
    case .syncDirectory: return Phrase("errors.file.syncDirectory")
    case .remove: return Phrase("errors.file.remove")
    }
  }

  /// The system's reason ("No space left on device", as the C library says it), or the words
  /// for a path that is not a regular file.
  public var reason: Phrase.Argument {
    code == EINVAL
      ? .phrase(Phrase("errors.file.notRegular")) : .code(String(cString: strerror(code)))
  }

  /// The failure in words, the note left out: `cannot write PATH: No space left on device`.
  public var phrase: Phrase {
    Phrase(
      "errors.file.failure",
      ["action": .phrase(actionPhrase), "path": .code(path), "reason": reason])
  }

  public var description: String {
    let reason =
      code == EINVAL ? Phrase("errors.file.notRegular").english : String(cString: strerror(code))
    return "\(action.rawValue) \(path): \(reason)" + (note.map { "; \($0.english)" } ?? "")
  }
}
