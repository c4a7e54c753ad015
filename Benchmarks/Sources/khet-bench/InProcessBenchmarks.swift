import KhetCore
import KhetLocale
import KhetStore
import KhetTUI

/// Keeps a rendered canvas observable, so the optimiser cannot drop a render.
@inline(never)
private func keep(_ canvas: Canvas) {
  renderedCells &+= canvas.cells.count
}

/// Cells rendered so far (only to keep renders from being optimised away).
nonisolated(unsafe) private var renderedCells = 0

/// The benchmarks that run Khet's libraries inside khet-bench: loading the workspace, building
/// the dashboard's state with its first render, and filtering the issues screen keystroke by
/// keystroke (`AppState.handle` + `AppView.render`, what the dashboard does for each key).
struct InProcessBenchmarks {
  let data: String
  let today: Day
  /// At least this many timed keystrokes (whole words are typed and erased, so a few more).
  let keystrokes: Int
  /// Whether one untimed round of the script runs first.
  let warmUp: Bool
  /// The interface's language and digits the screens are drawn in.
  let localizer: Localizer
  let progress: (String) -> Void

  /// The results: load, state + first render, the keystrokes, and how many issues matched
  /// each word when fully typed.
  struct Results {
    let load: Measurement
    let firstRender: Measurement
    let keystrokes: Measurement
    let issues: Int
    let matches: [(word: String, count: Int)]
  }

  func run() throws -> Results {
    progress("load (in process)")
    let store = Store(directory: DataDirectory(path: data), user: "bench")
    let (loadSeconds, workspace) = try Stopwatch.time { try store.load() }
    progress("AppState + first render (in process)")
    let (renderSeconds, initial) = Stopwatch.time { () -> AppState in
      var state = AppState(workspace: workspace, today: today, width: 80, height: 24)
      state.tr = localizer
      keep(AppView.render(state))
      return state
    }
    var opened = initial
    for key in [Key.character("4"), .character("/")] { _ = opened.handle(.key(key)) }
    guard opened.screen == .issues && opened.editingFilter else {
      throw BenchError("keys 4 and / did not open the issues screen's filter")
    }
    progress("filter keystrokes (in process)")
    // Every round starts from the screen as just opened, so that no round is served by what
    // an earlier round typed (the dashboard remembers recent filter results).
    if warmUp {
      var state = opened
      _ = try round(&state)
    }
    var seconds: [Double] = []
    var matches: [(word: String, count: Int)] = []
    while seconds.count < keystrokes {
      var state = opened
      let timed = try round(&state)
      seconds += timed.seconds
      if matches.isEmpty { matches = timed.matches }
    }
    return Results(
      load: Measurement(
        id: "load", title: "load (in process)", samples: Samples([loadSeconds]),
        peakRSSKiB: nil),
      firstRender: Measurement(
        id: "first-render", title: "AppState init + first render (in process)",
        samples: Samples([renderSeconds]), peakRSSKiB: nil),
      keystrokes: Measurement(
        id: "filter-keystroke", title: "filter keystroke (handle + render)",
        samples: Samples(seconds), peakRSSKiB: nil),
      issues: workspace.issues.count,
      matches: matches)
  }

  /// Types each word of the script and erases it; returns each keystroke's time and how many
  /// issues each fully typed word left on the screen.
  private func round(_ state: inout AppState) throws -> Round {
    var seconds: [Double] = []
    var matches: [(word: String, count: Int)] = []
    func press(_ key: Key) {
      let start = Stopwatch.now()
      _ = state.handle(.key(key))
      keep(AppView.render(state))
      seconds.append(Stopwatch.now() - start)
    }
    for word in FilterScript.words {
      for key in FilterScript.keys(typing: word) { press(key) }
      guard state.editingFilter && state.issueQuery.text == word else {
        throw BenchError("typing \(word) left the filter at '\(state.issueQuery.text)'")
      }
      matches.append((word, state.issueRows.count))
      // Backspace on an empty filter would close it: stop when the text is gone.
      while !state.issueQuery.text.isEmpty { press(.backspace) }
      guard state.editingFilter else { throw BenchError("Backspace closed the filter") }
    }
    return Round(seconds: seconds, matches: matches)
  }

  /// One pass over the script.
  private struct Round {
    /// Each keystroke's time.
    let seconds: [Double]
    /// Issues left on screen when each word was fully typed.
    let matches: [(word: String, count: Int)]
  }
}
