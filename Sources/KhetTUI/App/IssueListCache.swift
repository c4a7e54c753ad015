import KhetCore
import KhetText

/// What the issues list is made from, kept between keystrokes so that typing a filter over
/// 100,000 issues stays instant: each sort order of the workspace's issues, each issue's search
/// text and whether it is in the scope — all by position, computed once per data change — and
/// the last result, which a longer filter only narrows.
struct IssueListCache: Sendable {
  private var orders: [IssueSort: [Int]] = [:]
  private var texts: SearchTexts?
  private var mask: (scope: UnitID, inScope: [Bool])?
  private var last: (query: IssueQuery, scope: UnitID, today: Day, positions: [Int])?
  /// Recent results in this scope, so that Backspace finds what it gave before.
  private var recent: [(query: IssueQuery, positions: [Int])] = []

  /// Forgets everything (the data changed).
  mutating func invalidate() {
    orders = [:]
    texts = nil
    mask = nil
    last = nil
    recent = []
  }

  /// The issues in scope that match, sorted.
  mutating func rows(
    _ query: IssueQuery, in w: Workspace, scope: UnitID, today: Day, searchTexts: SearchIndex
  ) -> IssueRows {
    let all = w.issues
    // Search texts are gathered only once a filter is typed.
    var texts = SearchTexts()
    if !query.text.isEmpty {
      texts =
        self.texts ?? searchTexts.byPosition
        ?? SearchTexts(all.map { searchTexts[$0.id]?.text ?? w.searchText(of: $0) })
      self.texts = texts
    }
    let inScope = mask?.scope == scope ? mask!.inScope : Self.scopeMask(w, scope)
    mask = (scope, inScope)
    let order = orders[query.sort] ?? query.sort.order(of: all)
    orders[query.sort] = order
    let sameView = last.map { $0.scope == scope && $0.today == today } ?? false
    if !sameView { recent = [] }
    if let known = recent.last(where: { $0.query == query }) {
      last = (query, scope, today, known.positions)
      return IssueRows(all, positions: known.positions)
    }
    var candidates: [Int]?
    if sameView, let last, query.narrows(last.query) { candidates = last.positions }
    let positions = query.positions(
      in: w, order: order, texts: texts, inScope: inScope, today: today, among: candidates)
    last = (query, scope, today, positions)
    recent.append((query, positions))
    // A few megabytes at most, however long the filters typed.
    while recent.count > 1, recent.reduce(0, { $0 + $1.positions.count }) > 400_000 {
      recent.removeFirst()
    }
    return IssueRows(all, positions: positions)
  }

  /// Whether each issue (by position) lies in the scope.
  static func scopeMask(_ w: Workspace, _ scope: UnitID) -> [Bool] {
    if w.units[scope]?.parent == nil, w.units.roots.count == 1 {
      return Array(repeating: true, count: w.issues.count)  // the top unit holds everything
    }
    let units = w.units.subtreeIDs(of: scope)
    return w.issues.map { units.contains($0.unit) }
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
