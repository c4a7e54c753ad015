import KhetCore
import KhetLocale
import KhetText

/// Why a store operation failed, with the exit code the CLI uses for it.
public enum StoreError: Error, Sendable, CustomStringConvertible {
  /// A data file failed to parse or validate; nothing was written. Exit 2.
  case invalid(InvalidData)
  /// The data directory or a file in it cannot be read or written. Exit 3.
  case notWritable(FileError)
  /// Another khet process held the write lock for too long. Exit 3.
  case locked(path: String, seconds: Double)
  /// What the user asked for does not exist (an issue or task number). Exit 1.
  case notFound(Phrase)
  /// What the user typed cannot be accepted. Exit 1.
  case rejected(FieldProblem)
  /// The directory is not a khet workspace, or already is one. Exit 1.
  case workspace(Phrase)

  /// The process exit code: 1 usage or not found, 2 data invalid, 3 locked or not writable.
  public var exitCode: Int32 {
    switch self {
    case .invalid: return 2
    case .notWritable, .locked: return 3
    case .notFound, .rejected, .workspace: return 1
    }
  }

  public var description: String {
    switch self {
    case .invalid(let data):
      let n = data.problems.count
      return "the data is invalid (\(n) problem\(n == 1 ? "" : "s")); nothing was written:\n"
        + data.description
    case .notWritable(let error): return error.description
    case .locked(let path, let seconds):
      return "another khet process is writing (\(path) stayed locked for \(Int(seconds)) s); "
        + "try again"
    case .notFound(let what): return what.english
    case .rejected(let problem): return problem.description
    case .workspace(let message): return message.english
    }
  }
}
