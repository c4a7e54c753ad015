import KhetCore

/// The first way two workspaces differ in what was read from the files, or nil.
enum WorkspaceDifference {
  static func first(_ a: Workspace, _ b: Workspace) -> String? {
    if a.info != b.info { return "workspace info" }
    if a.units.units != b.units.units { return "units" }
    if a.sectors != b.sectors { return "sectors" }
    if a.indicators != b.indicators { return "indicators" }
    if a.issues != b.issues { return "issues" }
    if a.tasks != b.tasks { return "tasks" }
    if a.meetings != b.meetings { return "meetings" }
    if a.years != b.years { return "years with figures" }
    for year in a.years {
      if a.results.allTargets(year: year) != b.results.allTargets(year: year) {
        return "targets of \(year)"
      }
      let rows = { (w: Workspace) in
        w.results.allRows(year: year).map { "\($0.indicator) \($0.unit) \($0.months)" }
      }
      if rows(a) != rows(b) { return "results of \(year)" }
    }
    return nil
  }
}
