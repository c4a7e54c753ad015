import KhetText

/// Which issues to list: every field that is set must match.
public struct IssueFilter: Sendable, Equatable {
  /// Only this sector.
  public var sector: SectorID?
  /// Only this unit and the units below it.
  public var unit: UnitID?
  /// Only these statuses (empty: any).
  public var statuses: Set<IssueStatus> = []
  /// Only these severities (empty: any).
  public var severities: Set<Severity> = []
  /// Words that must all appear in the title, description or unit name (English or Khmer).
  public var search: String = ""
  /// Only issues with an overdue task.
  public var overdueOnly = false

  /// A filter; everything optional.
  public init(
    sector: SectorID? = nil, unit: UnitID? = nil, statuses: Set<IssueStatus> = [],
    severities: Set<Severity> = [], search: String = "", overdueOnly: Bool = false
  ) {
    self.sector = sector
    self.unit = unit
    self.statuses = statuses
    self.severities = severities
    self.search = search
    self.overdueOnly = overdueOnly
  }
}

extension Workspace {
  /// The issues matching a filter, in number order.
  public func issues(matching filter: IssueFilter, today: Day) -> [Issue] {
    let scope = filter.unit.map { units.subtreeIDs(of: $0) }
    let overdueIssues: Set<RecordID>? =
      filter.overdueOnly
      ? Set(tasks.filter { $0.isOverdue(on: today) }.compactMap(\.issue)) : nil
    let query = SearchKey.fold(filter.search)
    return issues.filter { issue in
      if let sector = filter.sector, issue.sector != sector { return false }
      if let scope, !scope.contains(issue.unit) { return false }
      if !filter.statuses.isEmpty, !filter.statuses.contains(issue.status) { return false }
      if !filter.severities.isEmpty, !filter.severities.contains(issue.severity) { return false }
      if let overdueIssues, !overdueIssues.contains(issue.id) { return false }
      if !query.isEmpty, !SearchKey.matches(searchText(of: issue), query: query) { return false }
      return true
    }
  }

  /// The folded text an issue is searched by: its number ("#203", found as 203 or ២០៣),
  /// title, description, and its unit's name and title in both languages ("Pean Roang",
  /// "ពានរោង", "Pean Roang Commune", "ឃុំពានរោង"), so a unit is found by either name
  /// whatever the interface language.
  public func searchText(of issue: Issue) -> String {
    var parts = ["#\(issue.number)", issue.title, issue.description]
    if let unit = units[issue.unit] {
      parts += [unit.englishTitle, unit.name.khmer.isEmpty ? "" : unit.khmerTitle]
    }
    return SearchKey.fold(parts.joined(separator: " "))
  }

  /// Tasks in a scope; overdue first (most overdue first), then by due date, then number.
  public func tasks(
    in scope: UnitID, today: Day, overdueOnly: Bool = false, includeDone: Bool
  )
    -> [WorkTask]
  {
    let inScope = units.subtreeIDs(of: scope)
    return tasks.filter { task in
      inScope.contains(task.unit) && (includeDone || !task.isDone)
        && (!overdueOnly || task.isOverdue(on: today))
    }.sorted { a, b in
      let (ao, bo) = (a.daysOverdue(on: today), b.daysOverdue(on: today))
      if ao != bo { return ao > bo }
      if a.isDone != b.isDone { return !a.isDone }
      switch (a.due, b.due) {
      case (let x?, let y?) where x != y: return x < y
      case (.some, nil): return true
      case (nil, .some): return false
      default: return a.number < b.number
      }
    }
  }
}
