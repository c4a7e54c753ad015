/// Where text sits within a wider column.
public enum TextAlignment: Sendable, Hashable, CaseIterable {
  /// Flush with the left edge, padding on the right.
  case left
  /// Flush with the right edge, padding on the left.
  case right
  /// Centred, with any odd column of padding on the right.
  case center
}

extension StringProtocol {
  /// This text cut to at most `width` terminal columns, never inside a written cluster
  /// (`writtenClusters`): never inside a grapheme cluster and never right after a Khmer coeng.
  ///
  /// When something had to be cut, `ellipsis` ends the result (if it fits at all); text
  /// that already fits is returned whole, without an ellipsis. The result's
  /// `displayWidth` is at most `width`; it may be narrower when a wide character does not
  /// fit in the last column.
  public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
    guard width > 0 else { return "" }
    if displayWidth <= width { return String(self) }
    let ellipsisWidth = ellipsis.displayWidth
    let marker = ellipsisWidth <= width ? ellipsis : ""
    let budget = width - (ellipsisWidth <= width ? ellipsisWidth : 0)
    var kept = ""
    var used = 0
    for cluster in writtenClusters {
      let columns = cluster.displayWidth
      if used + columns > budget { break }
      kept += cluster
      used += columns
    }
    return kept + marker
  }

  /// This text made exactly `width` columns wide: truncated (with an ellipsis) if it is
  /// wider, otherwise padded with spaces according to `alignment`.
  ///
  /// Exact for text from `TerminalSafe`: a text that starts with a character attaching to the
  /// one before it (a lone mark or skin-tone modifier) would join the padding put before it.
  public func padded(
    toWidth width: Int, alignment: TextAlignment = .left, ellipsis: String = "…"
  ) -> String {
    guard width > 0 else { return "" }
    let fitted = truncated(toWidth: width, ellipsis: ellipsis)
    let gap = width - fitted.displayWidth
    guard gap > 0 else { return fitted }
    switch alignment {
    case .left:
      return fitted + String(repeating: " ", count: gap)
    case .right:
      return String(repeating: " ", count: gap) + fitted
    case .center:
      let leading = gap / 2
      return String(repeating: " ", count: leading) + fitted
        + String(repeating: " ", count: gap - leading)
    }
  }
}
