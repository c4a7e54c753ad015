import KhetText

/// Small text helpers shared by the forms.
enum FormText {
  /// The first of `candidates` that fits in `width` columns, else the last one truncated.
  static func firstFitting(_ candidates: [String], width: Int) -> String {
    if let fit = candidates.first(where: { $0.displayWidth <= width }) { return fit }
    return (candidates.last ?? "").truncated(toWidth: width)
  }

  /// `text` with arrows and separators spelled in ASCII when `ascii` is set.
  static func glyphs(_ text: String, ascii: Bool) -> String {
    guard ascii else { return text }
    return text.replacing("↑↓", with: "Up/Down").replacing("←→", with: "Left/Right")
      .replacing("·", with: "|").replacing("…", with: "...")
  }
}
