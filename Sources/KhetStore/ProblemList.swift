import KhetText

/// Collects problems while loading, keeping at most `perFileLimit` per file so one broken file
/// cannot flood the report, and noting how many were left out.
final class ProblemList {
  static let perFileLimit = 50
  private let limit: Int
  private(set) var problems: [DataProblem] = []
  private var countByFile: [String: Int] = [:]

  /// A list keeping at most `limit` problems per file (recovery wants them all).
  init(limit: Int = ProblemList.perFileLimit) { self.limit = limit }

  func add(_ problem: DataProblem) {
    let n = countByFile[problem.file, default: 0] + 1
    countByFile[problem.file] = n
    if n <= limit {
      problems.append(problem)
    } else if n == limit + 1 {
      problems.append(
        DataProblem(
          file: problem.file, position: nil, jsonPath: "", Phrase("errors.data.moreNotListed")))
    }
  }

  /// Runs a check, recording the problem it throws.
  func check(_ body: () throws(DataProblem) -> Void) {
    do { try body() } catch { add(error) }
  }

  var isEmpty: Bool { problems.isEmpty }

  /// Throws every problem found, if any.
  func throwIfAny() throws(StoreError) {
    if !problems.isEmpty { throw StoreError.invalid(InvalidData(problems)) }
  }
}
