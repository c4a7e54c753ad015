extension Character {
  /// The text to hand to a `wcwidth`-based library such as ncursesw so that it advances by
  /// exactly `displayWidth` columns.
  ///
  /// For most clusters this is the cluster itself. An emoji sequence (see
  /// `isEmojiSequence`) counts 2 columns but `wcwidth` would sum every emoji in it, so it is
  /// reduced to its leading emoji (with any variation selector, up to the first ZWJ or
  /// skin-tone modifier), padded with spaces to 2 columns: "👨‍👩‍👧" is sent as "👨", "👍🏽"
  /// as "👍".
  public var wcwidthForm: String {
    guard isEmojiSequence else { return String(self) }
    var lead = String.UnicodeScalarView()
    var columns = 0
    for scalar in unicodeScalars {
      if scalar.value == 0x200D || scalar.properties.isEmojiModifier { break }
      let width = ScalarWidth.columns(scalar)
      // After the emoji, only what takes no column (a variation selector): a spacing mark
      // there ("👍\u{17B6}🏽", found by fuzzing) would make the lead 3 columns, not 2.
      if !lead.isEmpty && width > 0 { break }
      lead.append(scalar)
      columns += width
    }
    let padding = String(repeating: " ", count: max(0, 2 - columns))
    return String(lead) + padding
  }
}
