import KhetCore

/// Every issue's text as the `/` filter searches it (title, description, unit names), folded
/// once. Made on the loading thread for a large workspace, so typing a filter never waits for
/// it; after a reload only the issues that changed are folded again.
public struct SearchIndex: Sendable {
  var entries: [RecordID: SearchIndexEntry] = [:]
  /// The same texts in the workspace's issue order, in one buffer — valid until an issue
  /// changes (`update` drops it; the issues list then gathers the texts again).
  private(set) var byPosition: SearchTexts?

  /// The index of a workspace's issues, reusing what `old` folded for issues unchanged since.
  public init(_ workspace: Workspace, reusing old: SearchIndex? = nil) {
    entries.reserveCapacity(workspace.issues.count)
    for issue in workspace.issues {
      if let known = old?.entries[issue.id], known.updated == issue.updated {
        entries[issue.id] = known
      } else {
        entries[issue.id] = SearchIndexEntry(
          updated: issue.updated, text: workspace.searchText(of: issue))
      }
    }
    byPosition = SearchTexts(workspace.issues.map { entries[$0.id]!.text })
  }

  /// An empty index (searches fold as they go).
  init() {}

  /// Folds one issue again after it changed.
  mutating func update(_ issue: Issue, in workspace: Workspace) {
    byPosition = nil
    entries[issue.id] = SearchIndexEntry(
      updated: issue.updated, text: workspace.searchText(of: issue))
  }

  subscript(id: RecordID) -> SearchIndexEntry? { entries[id] }
}

/// An issue's folded search text, and the version it was folded from.
struct SearchIndexEntry: Sendable {
  let updated: Timestamp
  let text: String
}
