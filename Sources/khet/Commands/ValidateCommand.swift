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
    let loaded: Result<(workspace: Workspace, warnings: [DataProblem]), StoreError>
    do { loaded = .success(try store.validate()) } catch { loaded = .failure(error) }
    switch loaded {
    case .success(let (w, warnings)):
      if output.json {
        Output.json([
          "valid": true, "problems": [], "warnings": .array(warnings.map { .init(json($0)) }),
        ])
      } else {
        for warning in warnings { Output.line(Output.safe("warning: \(warning)")) }
        Output.line(
          "\(store.directory.path): valid — \(w.units.units.count) units, \(w.issues.count) issues, "
            + "\(w.tasks.count) tasks, \(w.meetings.count) meetings")
      }
    case .failure(.invalid(let invalid)):
      if output.json {
        Output.json([
          "valid": false,
          "problems": .array(
            invalid.problems.map { .init(json($0)) }),
        ])
      } else {
        for p in invalid.problems { Output.line(Output.safe(p.description)) }
        let counted = invalid.problems.filter { $0.position != nil || !$0.jsonPath.isEmpty }.count
        Output.note(
          "\(counted) problem(s) in \(store.directory.path); fix them at the lines shown, or "
            + "`khet recover --dry-run` shows how the last good state would be brought back")
      }
      throw ExitCode(2)
    case .failure(let error):
      throw error
    }
  }

  private func json(_ p: DataProblem) -> JSONValue {
    [
      "file": .string(p.file), "line": p.position.map { .number($0.line) } ?? .null,
      "column": p.position.map { .number($0.column) } ?? .null,
      "path": .string(p.jsonPath), "message": .string(p.message),
    ]
  }
}
