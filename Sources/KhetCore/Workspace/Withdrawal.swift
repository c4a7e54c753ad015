/// A record taken back: an issue, task or meeting entered by mistake and undone. The record
/// stays in its log (and the audit log) with this mark, so nothing is erased and its number is
/// never given again, but it no longer appears anywhere in the workspace.
public struct Withdrawal: Hashable, Sendable {
  /// Who took it back.
  public var by: String
  /// When.
  public var at: Timestamp

  /// A withdrawal.
  public init(by: String, at: Timestamp) {
    self.by = by
    self.at = at
  }
}
