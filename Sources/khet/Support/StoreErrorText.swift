import KhetStore
import KhetText

/// A store error as the command line says it, in the chosen language: what the store says is
/// a `Phrase` (or, for a lock, a few values), written through the catalogue; file names,
/// `file:line:column` positions and paths stay as they are.
enum StoreErrorText {
  /// The one message printed after `khet: error:`.
  static func describe(_ error: StoreError) -> String {
    switch error {
    case .invalid(let data):
      let n = data.problems.count
      let head = CLI.tr(
        n == 1 ? "cli.storeError.invalidOne" : "cli.storeError.invalid", ["count": n])
      return head + "\n" + data.text(CLI.tr)
    case .notWritable(let file):
      return CLI.tr(file.phrase)
        + (file.note.map { CLI.tr("cli.storeError.fileNote", ["note": CLI.tr($0)]) } ?? "")
    case .locked(let path, let seconds):
      return CLI.tr("cli.storeError.locked", ["path": path, "seconds": Int(seconds)])
    case .rejected(let problem):
      return FieldProblemText.describe(problem)
    case .notFound(let phrase), .workspace(let phrase):
      return CLI.tr(phrase)
    }
  }
}
