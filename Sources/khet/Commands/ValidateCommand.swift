import ArgumentParser
import KhetCore
import KhetJSON
import KhetStore

/// `khet validate`: checks every file of the data directory and lists every problem.
struct ValidateCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(commandName: "validate", abstract: CLI.tr("cli.validate.abstract"))
  }

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
        let lead = CLI.tr("cli.output.warning")
        for warning in warnings { Output.line(Output.safe("\(lead) \(warning.text(CLI.tr))")) }
        Output.line(
          CLI.tr(
            "cli.validate.valid",
            [
              "path": store.directory.path, "units": CLI.figure(w.units.units.count),
              "issues": CLI.figure(w.issues.count), "tasks": CLI.figure(w.tasks.count),
              "meetings": CLI.figure(w.meetings.count),
            ]))
      }
    case .failure(.invalid(let invalid)):
      if output.json {
        Output.json([
          "valid": false,
          "problems": .array(
            invalid.problems.map { .init(json($0)) }),
        ])
      } else {
        for p in invalid.problems { Output.line(Output.safe(p.text(CLI.tr))) }
        // Every problem listed, but not the line saying more were left out.
        let counted = invalid.problems.filter { $0.reason.key != "errors.data.moreNotListed" }.count
        Output.note(
          CLI.tr(
            "cli.validate.problems",
            ["count": CLI.figure(counted), "path": store.directory.path]))
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
