/// Selection and scrolling of a list, shared by every list screen (as htop's Panel is).
public struct ListState: Sendable, Equatable {
  /// The selected row, 0-based.
  public var selected = 0
  /// The first visible row.
  public var offset = 0

  /// A list at the top.
  public init() {}

  /// Keeps the selection within `count` rows and visible in a window of `visible` rows.
  public mutating func clamp(count: Int, visible: Int) {
    selected = count == 0 ? 0 : min(max(0, selected), count - 1)
    let window = max(1, visible)
    if selected < offset { offset = selected }
    if selected >= offset + window { offset = selected - window + 1 }
    offset = max(0, min(offset, max(0, count - window)))
  }

  /// Applies a movement action; returns whether it was one.
  public mutating func move(_ action: Action, count: Int, visible: Int) -> Bool {
    let page = max(1, visible - 1)
    switch action {
    case .moveUp: selected -= 1
    case .moveDown: selected += 1
    case .pageUp: selected -= page
    case .pageDown: selected += page
    case .first: selected = 0
    case .last: selected = count - 1
    default: return false
    }
    clamp(count: count, visible: visible)
    return true
  }
}
