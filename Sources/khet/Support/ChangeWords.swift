import KhetCore
import KhetStore
import KhetTUI

/// What an audit entry did, in the chosen language, for `khet undo` and `khet log`: the audit
/// log's own English summary, or — in Khmer — the dashboard's words for the same change
/// (`UndoSummary`), which need the workspace for the names of units and indicators.
struct ChangeWords {
  private let workspace: Workspace?

  /// Words for `store`'s changes; the workspace is only read when the language is not English,
  /// and only English is left when not even the units can be read.
  init(_ store: Store) {
    // On damaged records the units still name themselves (indicators then go by their ids).
    workspace =
      CLI.tr.language == .english ? nil : (try? store.load(.all)) ?? (try? store.loadReference())
  }

  /// "task #12 marked done: Repair the bridge", "ភារកិច្ច #១២ បានសម្គាល់ថារួចរាល់៖ …".
  func described(_ entry: AuditRecord) -> String {
    guard let workspace else { return entry.description }
    return UndoSummary(entry, in: workspace).text(CLI.tr)
  }

  /// The same without the record's title, as the log's column shows it.
  func summary(_ entry: AuditRecord) -> String {
    guard let workspace else { return entry.summary }
    var change = UndoSummary(entry, in: workspace)
    change.title = nil
    return change.text(CLI.tr)
  }
}
