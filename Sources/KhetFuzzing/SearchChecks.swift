import KhetText

/// Search folding and matching: the memchr/memcmp search must find exactly what a plain
/// scalar-by-scalar search finds (a term matches where its scalars occur starting at a Khmer
/// cluster start: not on a mark or coeng, not right after a coeng), and a text's own words
/// always find it unless one of them cannot start a cluster.
enum SearchChecks {
  static func check(_ text: String, queryLength: Int) throws(InvariantFailure) {
    let folded = SearchKey.fold(text)
    let ownTerms = folded.split(separator: " ")
    if ownTerms.allSatisfy({ $0.unicodeScalars.first.map { KhmerCluster.canStart($0) } ?? true }) {
      try require(
        SearchKey.matches(folded, query: text), "\(shown(text)) does not match its own words")
    }
    let query = String(text.suffix(queryLength))
    let fast = SearchKey.matches(folded, query: query)
    let hay = Array(folded.unicodeScalars)
    let naive = SearchKey.fold(query).split(separator: " ").allSatisfy { term in
      contains(hay, Array(term.unicodeScalars))
    }
    try require(
      fast == naive,
      "search for \(shown(query)) in \(shown(folded)): fast \(fast), plain search \(naive)")
  }

  /// Whether `needle` occurs in `hay` at a scalar where a cluster can start.
  static func contains(_ hay: [Unicode.Scalar], _ needle: [Unicode.Scalar]) -> Bool {
    guard !needle.isEmpty else { return true }
    guard hay.count >= needle.count else { return false }
    for start in 0...(hay.count - needle.count)
    where KhmerCluster.canStart(at: start, in: hay)
      && hay[start..<start + needle.count].elementsEqual(needle)
    {
      return true
    }
    return false
  }
}
