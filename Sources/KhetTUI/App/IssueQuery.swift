import KhetCore
import KhetLocale
import KhetText

/// The issues screen's filters and sort order.
public struct IssueQuery: Sendable, Equatable {
  /// Text typed after `/`: every word must appear in the title, description or unit name.
  public var text = ""
  /// `f` cycles: nil (all) → active → each status.
  public var status: StatusFilter = .all
  /// `v` cycles through the severities.
  public var severity: Severity?
  /// `c` cycles through the sectors.
  public var sector: SectorID?
  /// `o`: only issues with an overdue task.
  public var overdueOnly = false
  /// `s` cycles the sort column.
  public var sort: IssueSort = .newest

  /// A query showing every issue, newest first.
  public init() {}

  /// The status filter's choices.
  public enum StatusFilter: Sendable, Equatable {
    case all
    case active
    case only(IssueStatus)

    /// The next choice, for `f`.
    public var next: StatusFilter {
      switch self {
      case .all: return .active
      case .active: return .only(.open)
      case .only(let s):
        let all = IssueStatus.allCases
        let i = all.firstIndex(of: s)!
        return i + 1 < all.count ? .only(all[i + 1]) : .all
      }
    }

    /// A label for the filter bar, in the interface's language.
    public func label(_ tr: Localizer) -> String {
      switch self {
      case .all: return tr("issues.all")
      case .active: return tr("issues.active")
      case .only(let s): return tr.name(s.label)
      }
    }
  }

  /// Whether anything narrows the list.
  public var isFiltering: Bool {
    !text.isEmpty || status != .all || severity != nil || sector != nil || overdueOnly
  }

  /// The positions (in `w.issues`) of the issues that match, in `order`; `texts` holds each
  /// issue's folded search text (empty while no text is typed) and `inScope` whether it lies
  /// in the scope, by position.
  func positions(
    in w: Workspace, order: [Int], texts: SearchTexts, inScope: [Bool], today: Day,
    among candidates: [Int]? = nil
  ) -> [Int] {
    let overdue: Set<RecordID>? =
      overdueOnly ? Set(w.tasks.filter { $0.isOverdue(on: today) }.compactMap(\.issue)) : nil
    let query = SearchKey.Terms(text)
    // Fields are read in place: copying each issue would retain all its strings.
    func matching(_ positions: ArraySlice<Int>, _ all: UnsafeBufferPointer<Issue>) -> [Int] {
      texts.withBytes { blob in matching(positions, all, blob) }
    }
    func matching(
      _ positions: ArraySlice<Int>, _ all: UnsafeBufferPointer<Issue>,
      _ blob: UnsafeRawBufferPointer
    ) -> [Int] {
      positions.filter { p in
        guard inScope[p] else { return false }
        switch status {
        case .all: break
        case .active: if !all[p].status.isActive { return false }
        case .only(let s): if all[p].status != s { return false }
        }
        if let severity, all[p].severity != severity { return false }
        if let sector, all[p].sector != sector { return false }
        if let overdue, !overdue.contains(all[p].id) { return false }
        return query.isEmpty || query.match(texts.text(p, in: blob))
      }
    }
    let candidates = candidates ?? order
    return w.issues.withUnsafeBufferPointer { all in
      // A long list is searched in two halves on two cores.
      guard candidates.count >= 20_000 else { return matching(candidates[...], all) }
      let half = candidates.count / 2
      let parts = ParallelHalves.run(
        { matching(candidates[..<half], all) }, { matching(candidates[half...], all) })
      return parts.0 + parts.1
    }
  }
}

/// The orders the issues table can be sorted in.
public enum IssueSort: String, CaseIterable, Sendable {
  case newest = "newest"
  case oldest = "oldest"
  case severity = "severity"
  case number = "number"
  case status = "status"

  /// The next order, for `s`.
  public var next: IssueSort {
    let all = IssueSort.allCases
    return all[(all.firstIndex(of: self)! + 1) % all.count]
  }

  /// Positions in `issues` in this order (computed once per workspace by the issues list).
  func order(of issues: [Issue]) -> [Int] {
    let sortedIssues = sorted(issues)
    guard self != .number else { return Array(issues.indices) }
    var position: [RecordID: Int] = [:]
    position.reserveCapacity(issues.count)
    for (i, issue) in issues.enumerated() { position[issue.id] = i }
    return sortedIssues.map { position[$0.id]! }
  }

  func sorted(_ issues: [Issue]) -> [Issue] {
    switch self {
    case .newest: return issues.sorted { ($0.created, $0.number) > ($1.created, $1.number) }
    case .oldest: return issues.sorted { ($0.created, $0.number) < ($1.created, $1.number) }
    case .number: return issues
    case .severity:
      return issues.sorted { a, b in
        a.severity != b.severity ? a.severity > b.severity : a.number > b.number
      }
    case .status:
      return issues.sorted { a, b in
        a.status.rawValue != b.status.rawValue
          ? a.status.rawValue < b.status.rawValue : a.number > b.number
      }
    }
  }
}
