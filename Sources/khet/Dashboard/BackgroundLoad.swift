import Foundation
import KhetCore
import KhetLocale
import KhetStore
import KhetTUI

/// A load of the workspace on its own thread, so that the dashboard keeps drawing and reading
/// keys (q quits at any moment) while a large workspace is read.
final class BackgroundLoad: @unchecked Sendable {
  /// What the load is doing, for the screen.
  let progress = LoadProgress()
  /// When it started.
  let started = ContinuousClock.now
  private let lock = NSLock()
  private var outcome: Result<Loaded, StoreError>?

  /// A finished load: the workspace, whether it holds every record, and (when it does) its
  /// search index, made here rather than on the screen's thread.
  struct Loaded {
    let workspace: Workspace
    let isComplete: Bool
    let searchIndex: SearchIndex?
  }

  /// Starts loading `part` of the store's workspace.
  init(store: Store, part: LoadPart) {
    let progress = self.progress
    Thread.detachNewThread { [self] in
      let result = Result { () throws(StoreError) in
        let (workspace, complete) = try store.loadReporting(part, progress: progress)
        if complete { progress.set(phase: "indexing for search", fraction: 1) }
        return Loaded(
          workspace: workspace, isComplete: complete,
          searchIndex: complete ? SearchIndex(workspace) : nil)
      }
      lock.withLock { outcome = result }
    }
  }

  /// The result, once the load has finished.
  var result: Result<Loaded, StoreError>? {
    lock.withLock { outcome }
  }

  /// Seconds since the load started.
  var seconds: Double {
    let elapsed = ContinuousClock.now - started
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
  }

  /// "loading every record… reading and checking issues.jsonl · 40% · 1.2 s", for the
  /// status line, in `tr`'s language and digits.
  func statusText(_ tr: Localizer) -> String {
    let percent = Int((progress.fraction * 100).rounded(.down))
    return tr(
      "forms.loading.status",
      [
        "phase": DashboardTexts.phase(progress.phase, tr), "percent": percent,
        "seconds": tr.figure(AppView.secondsText(seconds)),
      ])
  }
}
