import KhetJSON
import KhetLocale
import KhetText

/// Why a file is not CSV as `CSVTable` reads it, and where.
struct CSVSyntaxError: Error, Sendable, Equatable {
  /// Where the problem is; nil for the file as a whole (it is too large).
  let position: SourcePosition?
  /// What was found and what was expected, said in the reader's language by `KhetLocale`.
  let reason: Phrase

  /// What was found and what was expected, in English.
  var message: String { reason.english }
}
