import KhetCore
import KhetText

/// What the issues list is made from, kept between keystrokes so that typing a filter over
/// 100,000 issues stays instant: each sort order of the workspace's issues, computed once, and
/// the last result, which a longer filter only narrows.
struct IssueListCache: Sendable {
  private var orders: [IssueSort: [Int]] = [:]
  private var last: (query: IssueQuery, scope: UnitID, today: Day, rows: [Issue])?

  /// Forgets everything (the data changed).
  mutating func invalidate() {
    orders = [:]
    last = nil
  }

  /// The issues in scope that match, sorted.
  mutating func rows(
    _ query: IssueQuery, in w: Workspace, scope: UnitID, today: Day, searchTexts: SearchIndex
  ) -> [Issue] {
    if let last, last.scope == scope, last.today == today, query.narrows(last.query) {
      let terms = SearchKey.Terms(query.text)
      let rows = last.rows.filter { terms.match(searchTexts[$0.id]?.text ?? w.searchText(of: $0)) }
      self.last = (query, scope, today, rows)
      return rows
    }
    let order = orders[query.sort] ?? query.sort.order(of: w.issues)
    orders[query.sort] = order
    let rows = query.apply(
      to: w, scope: scope, today: today, searchTexts: searchTexts, order: order)
    last = (query, scope, today, rows)
    return rows
  }
}

extension IssueQuery {
  /// Whether this query's matches are a subset of `old`'s: the same filters, and text that only
  /// adds to what was typed (so the last result need only be narrowed).
  func narrows(_ old: IssueQuery) -> Bool {
    var same = self
    same.text = old.text
    return same == old && SearchKey.fold(text).hasPrefix(SearchKey.fold(old.text))
  }
}
