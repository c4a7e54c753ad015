/// One key binding: the keys, the action, and the words the help overlay and status line show.
public struct Binding: Sendable {
  /// Keys that trigger the action.
  public let keys: [Key]
  /// What it does.
  public let action: Action
  /// How the key is written in help (`x/Space`).
  public let keyLabel: String
  /// What the help says it does.
  public let help: String
  /// The short words the status line shows, or nil to leave it out.
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
    Binding([c("1")], .show(.overview), "1", "Overview"),
    Binding([c("2")], .show(.units), "2", "Units"),
    Binding([c("3")], .show(.sector), "3", "Sector"),
    Binding([c("4")], .show(.issues), "4", "Issues"),
    Binding([c("5")], .show(.tasks), "5", "Tasks"),
    Binding([c("6")], .show(.review), "6", "Review"),
    Binding([c("7")], .show(.meetings), "7", "Meetings"),
    Binding([.up, c("k")], .moveUp, "↑/k", "Move up"),
    Binding([.down, c("j")], .moveDown, "↓/j", "Move down"),
    Binding([.pageUp], .pageUp, "PgUp", "Page up"),
    Binding([.pageDown], .pageDown, "PgDn", "Page down"),
    Binding([.home, c("g")], .first, "Home/g", "First"),
    Binding([.end, c("G")], .last, "End/G", "Last"),
    Binding([.tab], .nextPane, "Tab", "Next pane (Issues), else next screen"),
    Binding([c("n")], .newIssue, "n", "Log a new issue", hint: "new issue"),
    Binding([c("u")], .undo, "u", "Undo your last change (shows it, asks first)", hint: "undo"),
    Binding([c("t")], .cycleTheme, "t", "Next colour theme"),
    Binding([.ctrl("l")], .redraw, "Ctrl-L", "Redraw the screen"),
    Binding(
      [.backspace], .upLevel, "Backspace", "Scope up a level (province ← district ← commune)",
      hint: "up"),
    Binding([c("?")], .help, "?", "Help: the keys of this screen", hint: "help"),
    Binding([c("q"), .escape], .back, "q/Esc", "Back, or quit", hint: "back/quit"),
  ]

  /// Keys of one screen; they take precedence over the global ones.
  public static func bindings(for screen: ScreenID) -> [Binding] {
    switch screen {
    case .overview:
      return [
        Binding(
          [.enter], .open, "Enter", "Open the selected sector or attention item", hint: "open")
      ]
    case .units:
      return [
        Binding(
          [.enter, .right, c("l")], .open, "Enter", "Scope every screen to this unit",
          hint: "choose unit"),
        Binding([.left, c("h")], .upLevel, "←/h", "Up a level"),
      ]
    case .sector:
      return [
        Binding([.right, c("l"), c("]")], .nextSector, "→/]", "Next sector", hint: "next sector"),
        Binding(
          [.left, c("h"), c("[")], .previousSector, "←/[", "Previous sector", hint: "previous"),
        Binding([.enter], .open, "Enter", "Scope to the selected unit"),
        Binding([c("R")], .enterResult, "R", "Enter a month's result (this sector's indicators)"),
      ]
    case .issues:
      return [
        Binding([c("/")], .startFilter, "/", "Filter as you type", hint: "filter"),
        Binding([c("s")], .cycleSort, "s", "Sort by the next column", hint: "sort"),
        Binding([c("f")], .cycleStatusFilter, "f", "Status filter: all / active / each status"),
        Binding([c("v")], .cycleSeverityFilter, "v", "Severity filter"),
        Binding([c("c")], .cycleSectorFilter, "c", "Sector filter"),
        Binding([c("o")], .toggleOverdueFilter, "o", "Only issues with overdue tasks"),
        Binding([c("a")], .addTask, "a", "Add a task to the selected issue"),
        Binding([.enter], .open, "Enter", "Show details (Tab to move there)"),
        Binding([.backspace], .clearFilter, "Backspace", "Clear the filters"),
      ]
    case .tasks:
      return [
        Binding(
          [c("x"), c(" ")], .markDone, "x/Space", "Mark the selected task done", hint: "done"),
        Binding(
          [c("a")], .addTask, "a", "Add a task to the selected task's issue", hint: "add task"),
      ]
    case .review:
      return [
        Binding(
          [c("T")], .editTarget, "T",
          "Set the selected indicator's target (next year's by default)",
          hint: "target"),
        Binding(
          [c("R")], .enterResult, "R", "Enter a month's result for the selected indicator",
          hint: "result"),
        Binding([c("[")], .previousYear, "[", "Previous year", hint: "year"),
        Binding(
          [c("]")], .nextYear, "]", "Next year, up to the one after the last with figures",
          hint: "year"),
        Binding([.right, .tab], .nextSector, "→/Tab", "Next sector"),
        Binding([.left, .backTab], .previousSector, "←/Shift-Tab", "Previous sector"),
        Binding([.enter], .open, "Enter", "Scope to the selected unit"),
        Binding([c("h")], .upLevel, "h", "Up a level (as Backspace)"),
      ]
    case .meetings:
      return meetings
    }
  }

  /// Keys of the Meetings screen. The changes act on the selected meeting (in the schedule, the
  /// index, or the proceedings open); `P` and `i` on the selected unit.
  static let meetings: [Binding] = [
    Binding(
      [c("v")], .nextMeetingView, "v", "Next view: schedule / quarter ahead / index of proceedings",
      hint: "view"),
    Binding(
      [c("l")], .cycleLevel, "l", "Level: all / province / district / commune", hint: "level"),
    Binding(
      [c("]")], .nextQuarter, "]", "Next year (schedule, index); next quarter (quarter ahead)",
      hint: "year"),
    Binding(
      [c("[")], .previousQuarter, "[",
      "Previous year (schedule, index); previous quarter (quarter ahead)", hint: "year"),
    Binding(
      [.enter], .open, "Enter", "Open the meeting's proceedings; on a unit, its index",
      hint: "open"),
    Binding([c("i")], .openIndex, "i", "Index of proceedings of the selected meeting's unit"),
    Binding([c("P")], .planYear, "P", "Plan a year's meetings (12 or 24) for the selected unit"),
    Binding([c("A")], .newMeeting, "A", "Add a single meeting for the selected unit"),
    Binding([c("m")], .moveMeeting, "m", "Move a planned meeting: new date and the reason"),
    Binding([c("x")], .cancelMeeting, "x", "Cancel a planned meeting, with the reason"),
    Binding(
      [c("e")], .recordProceedings, "e", "Record agenda, attendance and minutes; mark it held",
      hint: "record"),
    Binding([c("C")], .confirmMinutes, "C", "Confirm the minutes (asks first; then append-only)"),
    Binding([c("a")], .amendMinutes, "a", "Amend confirmed minutes (the original stays)"),
    Binding(
      [c("d")], .addDecision, "d", "Add a decision: text, owner, deadline, sector; makes a task"),
  ]

  /// The action a key triggers on a screen, if any.
  public static func action(for key: Key, on screen: ScreenID) -> Action? {
    for binding in bindings(for: screen) + global where binding.keys.contains(key) {
      return binding.action
    }
    return nil
  }
}
