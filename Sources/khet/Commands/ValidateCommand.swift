import ArgumentParser
import KhetCore
import KhetJSON
import KhetStore

/// `khet validate`: checks every file of the data directory and lists every problem.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check the whole data directory; list every problem (exit 0 when valid, 2 when not).")

  @OptionGroup var data: DataOptions
  @OptionGroup var output: JSONOption

  func run() throws {
    let store = data.store
    let loaded: Result<Workspace, StoreError>
    do { loaded = .success(try store.load()) } catch { loaded = .failure(error) }
    switch loaded {
    case .success(let w):
      if output.json {
        Output.json(["valid": true, "problems": []])
      } else {
        Output.line(
          "\(store.directory.path): valid — \(w.units.units.count) units, \(w.issues.count) issues, "
            + "\(w.tasks.count) tasks, \(w.meetings.count) meetings")
      }
    case .failure(.invalid(let invalid)):
      if output.json {
        Output.json([
          "valid": false,
          "problems": .array(
            invalid.problems.map { p in
              JSONElement([
                "file": .string(p.file), "line": p.position.map { .number($0.line) } ?? .null,
                "column": p.position.map { .number($0.column) } ?? .null,
                "path": .string(p.jsonPath), "message": .string(p.message),
              ])
            }),
        ])
      } else {
        for p in invalid.problems { Output.line(Output.safe(p.description)) }
        Output.note("\(invalid.problems.count) problem(s) in \(store.directory.path)")
      }
      throw ExitCode(2)
    case .failure(let error):
      throw error
    }
  }
}
