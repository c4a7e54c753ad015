/// What the status of a scope counts of its issues and tasks, per unit and sector: active
/// issues, and the due days of open tasks (a task is overdue once its due day has passed).
/// Kept up to date as records change, so a status costs the number of units in scope, not the
/// number of records.
public struct ActivityIndex: Sendable, Equatable {
  /// One unit's figures in one sector.
  public struct Cell: Sendable, Equatable {
    /// An empty cell.
    public init() {}

    /// Open or in-progress issues.
    public var activeIssues = 0
    /// Due days of tasks not done, ascending (a task without a due day is never overdue).
    public var openTaskDues: [Day] = []

    /// Tasks due before `today`.
    public func overdue(on today: Day) -> Int {
      var low = 0
      var high = openTaskDues.count
      while low < high {
        let mid = (low + high) / 2
        if openTaskDues[mid] < today { low = mid + 1 } else { high = mid }
      }
      return low
    }

    var isEmpty: Bool { activeIssues == 0 && openTaskDues.isEmpty }
  }

  /// The cells, by unit and then sector.
  public private(set) var cells: [UnitID: [SectorID: Cell]] = [:]

  /// An empty index.
  public init() {}

  /// The index of these records.
  public init(issues: [Issue], tasks: [WorkTask]) {
    for issue in issues { add(issue) }
    for task in tasks where !task.isDone && task.due != nil {
      cells[task.unit, default: [:]][task.sector, default: Cell()].openTaskDues.append(task.due!)
    }
    for (unit, bySector) in cells {
      for sector in bySector.keys { cells[unit]![sector]!.openTaskDues.sort() }
    }
  }

  /// Adds a cell read back from a snapshot.
  public mutating func set(_ cell: Cell, unit: UnitID, sector: SectorID) {
    cells[unit, default: [:]][sector] = cell
  }

  /// Counts an issue.
  public mutating func add(_ issue: Issue) {
    guard issue.status.isActive else { return }
    cells[issue.unit, default: [:]][issue.sector, default: Cell()].activeIssues += 1
  }

  /// Stops counting an issue.
  public mutating func remove(_ issue: Issue) {
    guard issue.status.isActive else { return }
    update(issue.unit, issue.sector) { $0.activeIssues -= 1 }
  }

  /// Counts a task.
  public mutating func add(_ task: WorkTask) {
    guard !task.isDone, let due = task.due else { return }
    update(task.unit, task.sector) { cell in
      let i = cell.openTaskDues.firstIndex { $0 > due } ?? cell.openTaskDues.endIndex
      cell.openTaskDues.insert(due, at: i)
    }
  }

  /// Stops counting a task.
  public mutating func remove(_ task: WorkTask) {
    guard !task.isDone, let due = task.due else { return }
    update(task.unit, task.sector) { cell in
      if let i = cell.openTaskDues.firstIndex(of: due) { cell.openTaskDues.remove(at: i) }
    }
  }

  private mutating func update(_ unit: UnitID, _ sector: SectorID, _ change: (inout Cell) -> Void) {
    var cell = cells[unit]?[sector] ?? Cell()
    change(&cell)
    if cell.isEmpty {
      cells[unit]?[sector] = nil
      if cells[unit]?.isEmpty == true { cells[unit] = nil }
    } else {
      cells[unit, default: [:]][sector] = cell
    }
  }

  /// Active issues and overdue tasks per sector, in a set of units.
  public func totals(in units: [UnitID], today: Day) -> [SectorID: (active: Int, overdue: Int)] {
    var totals: [SectorID: (active: Int, overdue: Int)] = [:]
    for unit in units {
      guard let bySector = cells[unit] else { continue }
      for (sector, cell) in bySector {
        let t = totals[sector] ?? (0, 0)
        totals[sector] = (t.active + cell.activeIssues, t.overdue + cell.overdue(on: today))
      }
    }
    return totals
  }
}
