import KhetText

extension JSONCursor {
  /// A problem located at this value, said in the reader's language.
  func problem(reason: Phrase) -> DataProblem {
    DataProblem(
      file: source.file, position: source.text.position(ofOffset: offset), jsonPath: path, reason)
  }
}
