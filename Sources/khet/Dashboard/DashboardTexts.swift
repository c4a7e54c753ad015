import KhetCore
import KhetLocale
import KhetStore
import KhetTUI

#if canImport(Glibc)
  import Glibc
#endif

/// What the dashboard says about saving and loading, in the interface's language: the store's
/// findings for the status line and banner. What the store says as a `Phrase` goes through
/// the catalogue; a lock or an unwritable file, and the loading phases, are said here. File
/// names, paths and the system's own reasons ("No space left on device") stay as they are.
enum DashboardTexts {
  /// Why a save failed, for "not saved: …": the store's words in English, the catalogue's in
  /// Khmer for the failures a clerk meets (another clerk writing, a full or read-only disk,
  /// invalid data); `oneLine` shortens the store's description.
  static func failure(
    _ error: StoreError, _ tr: Localizer, oneLine: (String) -> String
  ) -> String {
    let english = oneLine(error.description)
    guard tr.language == .khmer else { return english }
    switch error {
    case .locked(_, let seconds):
      return tr("forms.failure.locked", ["seconds": Int(seconds)])
    case .notWritable(let file):
      // The note (a part already written that could not be undone) is the one warning that
      // matters most: it is kept.
      return tr(file.phrase)
        + (file.note.map { tr("cli.storeError.fileNote", ["note": tr($0)]) } ?? "")
    case .invalid(let data):
      let first = data.problems.first.map { $0.text(tr) } ?? ""
      return tr("forms.failure.invalid", ["count": data.problems.count, "first": oneLine(first)])
    case .rejected(let problem):
      return tr("forms.failure.rejected", ["field": problem.field, "message": tr(problem.reason)])
    case .notFound(let phrase), .workspace(let phrase):
      return oneLine(tr(phrase))
    }
  }

  /// The read-only banner's reason: the store's own check of the directory (`writeProblem`),
  /// else a failed save's cause; nil when saving works.
  static func readOnly(_ store: Store, failure: WriteFailure?, _ tr: Localizer) -> String? {
    (store.writeProblem() ?? failure?.banner).map { tr($0) }
  }

  /// A task someone else had already ticked (or unticked): nothing was written.
  static func taskAlreadySet(_ task: WorkTask, done: Bool, _ tr: Localizer) -> String {
    let number = tr.figure("\(task.number)")
    guard done else { return tr("forms.saved.alreadyNotDone", ["number": number]) }
    guard let completion = task.completion else {
      return tr("forms.saved.alreadyDone", ["number": number])
    }
    return tr(
      "forms.saved.alreadyDoneBy",
      ["number": number, "by": completion.by, "at": tr.figure("\(completion.at)")])
  }

  /// What a load is doing, from the store's English phase: "reading and checking issues.jsonl".
  static func phase(_ phase: String, _ tr: Localizer) -> String {
    guard tr.language == .khmer else { return phase }
    switch phase {
    case "reading the snapshot": return tr("forms.loading.snapshot")
    case "writing the snapshot": return tr("forms.loading.writingSnapshot")
    case "indexing for search": return tr("forms.loading.indexing")
    default:
      let reading = "reading and checking "
      guard phase.hasPrefix(reading) else { return phase }
      return tr("forms.loading.file", ["file": String(phase.dropFirst(reading.count))])
    }
  }
}
