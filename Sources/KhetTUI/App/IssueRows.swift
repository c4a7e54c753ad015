import KhetCore

/// The issues the list shows, in order: positions into the workspace's issues rather than
/// copies, so that a filter matching 60,000 of 100,000 issues copies none of them.
public struct IssueRows: RandomAccessCollection, Sendable {
  private let issues: [Issue]
  private let positions: [Int]

  init(_ issues: [Issue], positions: [Int]) {
    self.issues = issues
    self.positions = positions
  }

  /// No rows.
  public init() { self.init([], positions: []) }

  public var startIndex: Int { 0 }
  public var endIndex: Int { positions.count }
  public subscript(i: Int) -> Issue { issues[positions[i]] }
}
