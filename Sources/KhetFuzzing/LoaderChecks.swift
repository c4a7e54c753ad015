import KhetCore
import KhetJSON
import KhetStore

/// The checks of the `loader` target for one input, with the workspace's files already on disk.
struct LoaderChecks {
  let store: Store
  /// The file replaced by the input.
  let fuzzed: String
  /// Every file's text as it is on disk now.
  let texts: [String: [UInt8]]

  /// Problems that are about a whole file, and so have no line and column.
  static let unlocated = ["errors.data.moreNotListed", "errors.data.fileMissing"]

  func run() throws(InvariantFailure) {
    let outcome: Result<(workspace: Workspace, warnings: [DataProblem]), StoreError>
    do throws(StoreError) { outcome = .success(try store.validate()) } catch {
      outcome = .failure(error)
    }
    switch outcome {
    case .success(let (workspace, warnings)):
      try checkLocated(warnings)
      try checkReferences(workspace)
      try checkLoadsAgree(workspace)
      try checkStatus(workspace)
    case .failure(.invalid(let data)):
      try require(!data.problems.isEmpty, "invalid data without a problem")
      try checkLocated(data.problems)
      try expectSameRefusal(data)
    case .failure(let error):
      throw InvariantFailure("validate failed with \(fuzzed) fuzzed, not as invalid: \(error)")
    }
  }

  /// Every problem names a file of the workspace and a place inside that file's text.
  func checkLocated(_ problems: [DataProblem]) throws(InvariantFailure) {
    for problem in problems {
      try require(!problem.message.isEmpty, "a problem without a message: \(problem)")
      guard let text = texts[problem.file] else {
        throw InvariantFailure("a problem in \(problem.file), not a file of the workspace")
      }
      guard let position = problem.position else {
        try require(
          Self.unlocated.contains(problem.reason.key),
          "a problem in \(problem.file) without a line and column: \(problem)")
        continue
      }
      try require(
        TextPlace.contains(position, in: text),
        "\(problem) is outside \(problem.file) (\(text.count) bytes)")
    }
  }

  /// `load` refuses exactly when `validate` does, with the same problems.
  func expectSameRefusal(_ data: InvalidData) throws(InvariantFailure) {
    do throws(StoreError) {
      _ = try store.load()
    } catch .invalid(let again) {
      try require(again.problems == data.problems, "load and validate report different problems")
      return
    } catch {
      throw InvariantFailure("load failed otherwise than validate: \(error)")
    }
    throw InvariantFailure("load accepted what validate refused: \(data.problems[0])")
  }

  /// Whatever loads has no reference to a record that is not there.
  func checkReferences(_ w: Workspace) throws(InvariantFailure) {
    let sectors = Set(w.sectors.map(\.id))
    let issues = Set(w.issues.map(\.id))
    let tasks = Set(w.tasks.map(\.id))
    try require(w.units.contains(w.info.home), "the home unit \(w.info.home) is not loaded")
    for issue in w.issues {
      try require(w.units.contains(issue.unit), "issue #\(issue.number) of an unknown unit")
      try require(sectors.contains(issue.sector), "issue #\(issue.number) of an unknown sector")
    }
    for task in w.tasks {
      try require(w.units.contains(task.unit), "task #\(task.number) of an unknown unit")
      try require(
        task.issue.map(issues.contains) ?? true, "task #\(task.number) of an unknown issue")
    }
    for meeting in w.meetings {
      try require(w.units.contains(meeting.unit), "meeting #\(meeting.number) of an unknown unit")
      for decision in meeting.decisions {
        try require(
          decision.task.map(tasks.contains) ?? true,
          "a decision of meeting #\(meeting.number) names an unknown task")
      }
    }
  }

  /// `load` gives the validated records, both from the JSON files and from the snapshot.
  func checkLoadsAgree(_ validated: Workspace) throws(InvariantFailure) {
    for source in ["the JSON files", "the snapshot"] {
      let loaded: Workspace
      do { loaded = try store.load() } catch {
        throw InvariantFailure("load from \(source) failed after validate passed: \(error)")
      }
      if let difference = WorkspaceDifference.first(validated, loaded) {
        throw InvariantFailure("load from \(source) differs from validate: \(difference)")
      }
    }
  }

  /// Roll-ups and the annual review compute for every year with figures.
  func checkStatus(_ w: Workspace) throws(InvariantFailure) {
    let today = Day(year: FuzzWorkspace.year, month: 9, day: 30)!
    for year in w.years {
      for scope in [w.info.home] + w.units.children(of: w.info.home).map(\.id) {
        for sector in w.status(scope: scope, year: year, today: today) {
          for row in sector.indicators {
            if let score = row.progress.score {
              try require(!score.isNaN, "a NaN score for \(row.indicator.id) in \(scope)")
            }
          }
        }
      }
    }
  }
}
