import KhetJSON
import KhetText

/// The problems found in one imported file: the first `limit` in file order, then one line
/// saying how many more there were, so that a file wrong on every row still gives a short report.
struct ImportProblems {
  /// How many problems are listed; the same limit as for the workspace's own files.
  static let limit = ProblemList.perFileLimit

  /// The file the problems are in.
  let file: String
  private var listed: [DataProblem] = []
  private var unlisted = 0

  /// An empty list for `file`.
  init(file: String) { self.file = file }

  /// Whether no problem was found.
  var isEmpty: Bool { listed.isEmpty }

  /// Records a problem, keeping it if fewer than `limit` are listed.
  mutating func add(_ problem: DataProblem) {
    if listed.count < Self.limit {
      listed.append(problem)
    } else {
      unlisted += 1
    }
  }

  /// Records a problem in this file that belongs to no one column.
  mutating func add(_ position: SourcePosition?, _ reason: Phrase) {
    add(DataProblem(file: file, position: position, jsonPath: "", reason))
  }

  /// The listed problems, then `and N more problems` if some were left out.
  var report: InvalidData {
    guard unlisted > 0 else { return InvalidData(listed) }
    let count: [String: Phrase.Argument] = ["count": .number(unlisted)]
    let more = DataProblem(
      file: file, position: nil, jsonPath: "",
      unlisted == 1
        ? Phrase("errors.import.moreProblem", count) : Phrase("errors.import.moreProblems", count))
    var report = InvalidData(listed + [more])
    report.unlisted = unlisted
    return report
  }
}
