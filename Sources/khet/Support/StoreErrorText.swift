import KhetStore

/// A store error as the command line says it, in the chosen language. `KhetStore` does not
/// depend on `KhetLocale`, so its cases are mapped here; file names, `file:line:column`
/// positions and paths stay as they are; what the store says itself (a data problem, a
/// refused field) is a `Phrase`, written through the catalogue too.
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
      let text = CLI.tr(
        "cli.storeError.file",
        ["action": file.action, "path": file.path, "reason": reason(file)])
      return text + (file.note.map { "; \($0)" } ?? "")
    case .locked(let path, let seconds):
      return CLI.tr("cli.storeError.locked", ["path": path, "seconds": Int(seconds)])
    case .rejected(let problem):
      return FieldProblemText.describe(problem)
    case .notFound(let phrase), .workspace(let phrase):
      return CLI.tr(phrase)
    }
  }

  /// The system's reason, as `FileError` gives it (the part after the path).
  private static func reason(_ file: FileError) -> String {
    let full = file.description
    let lead = "\(file.action) \(file.path): "
    var rest = full.hasPrefix(lead) ? String(full.dropFirst(lead.count)) : full
    if let note = file.note, rest.hasSuffix("; \(note)") { rest.removeLast(note.count + 2) }
    return rest
  }
}
