import KhetText

extension UnitTree {
  /// The units a person may mean by `text`: the one with that id, else every unit whose English
  /// or Khmer name or title ("Ba Phnum", "Ba Phnum District", "ស្រុកបាភ្នំ") folds to the same
  /// search key (case, Latin accents, zero-width spaces and runs of spaces do not count).
  ///
  /// One unit is an answer; several mean the name is ambiguous and the id must be given.
  ///
  /// ```swift
  /// tree.units(named: "140101").map(\.id)     // ["140101"]
  /// tree.units(named: "ba phnum").count        // 2: the district and a commune of that name
  /// ```
  public func units(named text: String) -> [AdminUnit] {
    if let unit = self[UnitID(text)] { return [unit] }
    let folded = SearchKey.fold(text)
    guard !folded.isEmpty else { return [] }
    return units.filter {
      SearchKey.fold($0.name.english) == folded || SearchKey.fold($0.name.khmer) == folded
        || SearchKey.fold($0.englishTitle) == folded || SearchKey.fold($0.khmerTitle) == folded
    }
  }
}

extension Workspace {
  /// The sector a person means by `text`: its id exactly, its English name or short name in
  /// any case, or its Khmer short name exactly; nil when none matches.
  ///
  /// ```swift
  /// workspace.sector(named: "Public services")?.id  // "public-services"
  /// ```
  public func sector(named text: String) -> Sector? {
    let folded = SearchKey.fold(text)
    return sectors.first {
      $0.id.rawValue == text || SearchKey.fold($0.shortName.english) == folded
        || SearchKey.fold($0.name.english) == folded || $0.shortName.khmer == text
    }
  }
}
