import KhetText

/// Search folding and matching: the memchr/memcmp search must find exactly what a plain byte
/// search finds, and a text's own words always find it.
enum SearchChecks {
  static func check(_ text: String, queryLength: Int) throws(InvariantFailure) {
    let folded = SearchKey.fold(text)
    try require(
      SearchKey.matches(folded, query: text), "\(shown(text)) does not match its own words")
    let query = String(text.suffix(queryLength))
    let fast = SearchKey.matches(folded, query: query)
    let hay = Array(folded.utf8)
    let naive = SearchKey.fold(query).split(separator: " ").allSatisfy { term in
      contains(hay, Array(term.utf8))
    }
    try require(
      fast == naive,
      "search for \(shown(query)) in \(shown(folded)): fast \(fast), plain search \(naive)")
  }

  static func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard hay.count >= needle.count else { return false }
    for start in 0...(hay.count - needle.count)
    where hay[start..<start + needle.count].elementsEqual(needle) {
      return true
    }
    return false
  }
}
