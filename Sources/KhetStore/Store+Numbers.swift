import KhetCore
import KhetText

extension Store {
  /// The highest number an issue, task or meeting may have: the loader refuses more.
  static let maxRecordNumber = 999_999_999

  /// The number after `last` for a new record — or the first of `count` new ones — refused
  /// when the numbers would run past `maxRecordNumber`, so no change ever writes a record the
  /// loader then rejects.
  static func nextNumber(
    after last: Int, count: Int = 1, of noun: Phrase
  ) throws(StoreError) -> Int {
    guard count <= maxRecordNumber - last else {
      throw StoreError.rejected(
        FieldProblem(
          field: "number",
          Phrase(
            "errors.store.numbersRunOut",
            [
              "noun": .phrase(noun), "count": .number(count),
              "limit": .code(String(maxRecordNumber)),
            ])))
    }
    return last + 1
  }
}
