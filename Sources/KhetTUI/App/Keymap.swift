/// One key binding: the keys, the action, and the words the help overlay and status line show.
public struct Binding: Sendable {
  /// Keys that trigger the action.
  public let keys: [Key]
  /// What it does.
  public let action: Action
  /// How the key is written in help (`x/Space`).
  public let keyLabel: String
  /// The catalogue key of what the help says it does ("keys.global.undo").
  public let help: String
  /// The catalogue key of the short words the status line shows, or nil to leave it out.
  public let hint: String?

  init(_ keys: [Key], _ action: Action, _ keyLabel: String, _ help: String, hint: String? = nil) {
    self.keys = keys
    self.action = action
    self.keyLabel = keyLabel
    self.help = help
    self.hint = hint
  }
}

/// The key tables — one for every screen plus the global one. Dispatching keys and drawing the
/// help overlay both read these tables, so the help can never disagree with the keys.
public enum Keymap {
  static func c(_ s: Character) -> Key { .character(s) }

  /// Keys that work on every screen.
  public static let global: [Binding] = [
    Binding([c("1")], .show(.overview), "1", "keys.global.showOverview"),
    Binding([c("2")], .show(.units), "2", "keys.global.showUnits"),
    Binding([c("3")], .show(.sector), "3", "keys.global.showSector"),
    Binding([c("4")], .show(.issues), "4", "keys.global.showIssues"),
    Binding([c("5")], .show(.tasks), "5", "keys.global.showTasks"),
    Binding([c("6")], .show(.review), "6", "keys.global.showReview"),
    Binding([c("7")], .show(.meetings), "7", "keys.global.showMeetings"),
    Binding([.up, c("k")], .moveUp, "↑/k", "keys.global.moveUp"),
    Binding([.down, c("j")], .moveDown, "↓/j", "keys.global.moveDown"),
    Binding([.pageUp], .pageUp, "PgUp", "keys.global.pageUp"),
    Binding([.pageDown], .pageDown, "PgDn", "keys.global.pageDown"),
    Binding([.home, c("g")], .first, "Home/g", "keys.global.first"),
    Binding([.end, c("G")], .last, "End/G", "keys.global.last"),
    Binding([.tab], .nextPane, "Tab", "keys.global.nextPane"),
    Binding([c("n")], .newIssue, "n", "keys.global.newIssue", hint: "hints.newIssue"),
    Binding([c("u")], .undo, "u", "keys.global.undo", hint: "hints.undo"),
    Binding([c("t")], .cycleTheme, "t", "keys.global.cycleTheme"),
    Binding([.ctrl("l")], .redraw, "Ctrl-L", "keys.global.redraw"),
    Binding(
      [.backspace], .upLevel, "Backspace", "keys.global.upLevel", hint: "hints.up"),
    Binding([c("?")], .help, "?", "keys.global.help", hint: "hints.help"),
    Binding([c("q"), .escape], .back, "q/Esc", "keys.global.back", hint: "hints.backQuit"),
    // Last, so its hint shows only where every other one fits.
    Binding(
      [c("L")], .switchLanguage, "L", "keys.global.switchLanguage", hint: "hints.language"),
  ]

  /// Keys of one screen; they take precedence over the global ones.
  public static func bindings(for screen: ScreenID) -> [Binding] {
    switch screen {
    case .overview:
      return [
        Binding(
          [.enter], .open, "Enter", "keys.overview.open", hint: "hints.open")
      ]
    case .units:
      return [
        Binding(
          [.enter, .right, c("l")], .open, "Enter", "keys.units.open", hint: "hints.chooseUnit"),
        Binding([.left, c("h")], .upLevel, "←/h", "keys.units.upLevel"),
        Binding([c("/")], .startFilter, "/", "keys.units.startFilter", hint: "hints.filter"),
        Binding([.backspace], .clearFilter, "Backspace", "keys.units.clearFilter"),
      ]
    case .sector:
      return [
        Binding(
          [.right, c("l"), c("]")], .nextSector, "→/]", "keys.sector.nextSector",
          hint: "hints.nextSector"),
        Binding(
          [.left, c("h"), c("[")], .previousSector, "←/[", "keys.sector.previousSector",
          hint: "hints.previous"),
        Binding([.enter], .open, "Enter", "keys.sector.open"),
        Binding([c("R")], .enterResult, "R", "keys.sector.enterResult"),
      ]
    case .issues:
      return [
        Binding([c("/")], .startFilter, "/", "keys.issues.startFilter", hint: "hints.filter"),
        Binding([c("s")], .cycleSort, "s", "keys.issues.cycleSort", hint: "hints.sort"),
        Binding([c("f")], .cycleStatusFilter, "f", "keys.issues.cycleStatusFilter"),
        Binding([c("v")], .cycleSeverityFilter, "v", "keys.issues.cycleSeverityFilter"),
        Binding([c("c")], .cycleSectorFilter, "c", "keys.issues.cycleSectorFilter"),
        Binding([c("o")], .toggleOverdueFilter, "o", "keys.issues.toggleOverdueFilter"),
        Binding([c("a")], .addTask, "a", "keys.issues.addTask"),
        Binding([.enter], .open, "Enter", "keys.issues.open"),
        Binding([.backspace], .clearFilter, "Backspace", "keys.issues.clearFilter"),
      ]
    case .tasks:
      return [
        Binding(
          [c("x"), c(" ")], .markDone, "x/Space", "keys.tasks.markDone", hint: "hints.done"),
        Binding(
          [c("a")], .addTask, "a", "keys.tasks.addTask", hint: "hints.addTask"),
      ]
    case .review:
      return [
        Binding(
          [c("T")], .editTarget, "T",
          "keys.review.editTarget", hint: "hints.target"),
        Binding(
          [c("R")], .enterResult, "R", "keys.review.enterResult", hint: "hints.result"),
        Binding([c("[")], .previousYear, "[", "keys.review.previousYear", hint: "hints.year"),
        Binding(
          [c("]")], .nextYear, "]", "keys.review.nextYear", hint: "hints.year"),
        Binding([.right, .tab], .nextSector, "→/Tab", "keys.review.nextSector"),
        Binding([.left, .backTab], .previousSector, "←/Shift-Tab", "keys.review.previousSector"),
        Binding([.enter], .open, "Enter", "keys.review.open"),
        Binding([c("h")], .upLevel, "h", "keys.review.upLevel"),
      ]
    case .meetings:
      return meetings
    }
  }

  /// Keys of the Meetings screen. The changes act on the selected meeting (in the schedule, the
  /// index, or the proceedings open); `P` and `i` on the selected unit.
  static let meetings: [Binding] = [
    Binding(
      [c("v")], .nextMeetingView, "v", "keys.meetings.nextMeetingView", hint: "hints.view"),
    Binding(
      [c("l")], .cycleLevel, "l", "keys.meetings.cycleLevel", hint: "hints.level"),
    Binding(
      [c("]")], .nextQuarter, "]", "keys.meetings.nextQuarter", hint: "hints.year"),
    Binding(
      [c("[")], .previousQuarter, "[",
      "keys.meetings.previousQuarter", hint: "hints.year"),
    Binding(
      [.enter], .open, "Enter", "keys.meetings.open", hint: "hints.open"),
    Binding([c("i")], .openIndex, "i", "keys.meetings.openIndex"),
    Binding([c("P")], .planYear, "P", "keys.meetings.planYear"),
    Binding([c("A")], .newMeeting, "A", "keys.meetings.newMeeting"),
    Binding([c("m")], .moveMeeting, "m", "keys.meetings.moveMeeting"),
    Binding([c("x")], .cancelMeeting, "x", "keys.meetings.cancelMeeting"),
    Binding(
      [c("e")], .recordProceedings, "e", "keys.meetings.recordProceedings", hint: "hints.record"),
    Binding([c("C")], .confirmMinutes, "C", "keys.meetings.confirmMinutes"),
    Binding([c("a")], .amendMinutes, "a", "keys.meetings.amendMinutes"),
    Binding(
      [c("d")], .addDecision, "d", "keys.meetings.addDecision"),
  ]

  /// The action a key triggers on a screen, if any.
  public static func action(for key: Key, on screen: ScreenID) -> Action? {
    for binding in bindings(for: screen) + global where binding.keys.contains(key) {
      return binding.action
    }
    return nil
  }
}
