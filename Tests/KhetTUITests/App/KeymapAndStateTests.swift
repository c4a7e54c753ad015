import KhetCore
import Testing

@testable import KhetTUI

@Suite struct KeymapAndStateTests {
  typealias F = DashboardFixtures

  @Test func numberKeysSwitchScreens() {
    var state = F.state()
    for screen in ScreenID.allCases {
      F.press(&state, .character(Character(String(screen.rawValue))))
      #expect(state.screen == screen)
    }
  }

  @Test func choosingAUnitScopesEveryScreenAndBackspaceGoesUp() {
    var state = F.state()
    F.press(&state, .character("2"), .down, .enter)
    #expect(state.scope == "1401")
    #expect(F.screen(state).contains("Ba Phnum"))
    #expect(state.issueRows.allSatisfy { state.workspace.units.isWithin($0.unit, "1401") })
    #expect(state.taskRows.allSatisfy { state.workspace.units.isWithin($0.unit, "1401") })
    F.press(&state, .down, .enter)
    #expect(state.workspace.units[state.scope]?.level == .commune)
    F.press(&state, .backspace)
    #expect(state.scope == "1401")
    F.press(&state, .backspace)
    #expect(state.scope == "14")
  }

  @Test func slashFiltersAsYouTypeInKhmer() {
    var state = F.state()
    F.press(&state, .character("4"), .character("/"))
    F.type(&state, "ទឹកជំនន់")
    #expect(!state.issueRows.isEmpty)
    let workspace = state.workspace
    let texts = state.issueRows.map { workspace.searchText(of: $0) }
    #expect(texts.allSatisfy { $0.contains("ទឹកជំនន់") })
    F.press(&state, .escape)
    #expect(state.issueRows.count == 204)
  }

  @Test func quickFiltersAndSortCycle() {
    var state = F.state()
    F.press(&state, .character("4"), .character("f"))
    #expect(state.issueRows.allSatisfy { $0.status.isActive })
    F.press(&state, .character("v"))
    #expect(state.issueRows.allSatisfy { $0.severity == .low })
    F.press(&state, .backspace)
    #expect(state.issueRows.count == 204)
    F.press(&state, .character("s"))
    #expect(state.issueQuery.sort == .oldest)
    #expect(state.issueRows.first?.number == 1)
  }

  @Test func markingATaskDoneAsksTheStoreAndUndoReverses() {
    var state = F.state()
    F.press(&state, .character("5"))
    let task = state.selectedTask!
    let effects = state.handle(.key(.character("x")))
    #expect(effects == [.setTask(number: task.number, done: true)])
    var done = F.sample
    var t = task
    t.completion = WorkTask.Completion(by: "t", at: Timestamp(secondsSinceEpoch: 0))
    done.upsert(t)
    state.saved(effects[0], result: .saved(number: task.number), workspace: done)
    #expect(state.message?.text.contains("saved") == true)
    // u asks the runner for the last change, shows it, and undoes it only on y.
    #expect(state.handle(.key(.character("u"))) == [.previewUndo])
    let preview = UndoPreview(
      key: "k1", summary: "task #\(task.number) marked done",
      at: Timestamp(secondsSinceEpoch: 1_664_500_000))
    state.showUndo(preview)
    let box = F.screen(state)
    #expect(box.contains("Undo your last change?"))
    #expect(box.contains("task #\(task.number) marked done — 2022-09-30 01:06:40 UTC"))
    #expect(state.handle(.key(.character("n"))).isEmpty, "n keeps the change")
    #expect(state.message?.text == "nothing was undone")
    state.showUndo(preview)
    #expect(state.handle(.key(.character("y"))) == [.undo(key: "k1")])
    state.showUndo(nil)
    #expect(state.message?.text.contains("nothing to undo") == true)
  }

  @Test func undoIsAnsweredOnEveryScreenButNotWhenReadOnly() {
    for screen in ["1", "2", "3", "4", "6", "7"] {
      var state = F.state()
      F.press(&state, .character(Character(screen)))
      #expect(state.handle(.key(.character("u"))) == [.previewUndo], "screen \(screen)")
    }
    var state = F.state()
    state.readOnlyReason = "read-only"
    state.showUndo(UndoPreview(key: "k", summary: "x", at: Timestamp(secondsSinceEpoch: 0)))
    #expect(state.handle(.key(.character("y"))).isEmpty)
    #expect(state.message?.isError == true)
  }

  @Test func readOnlyRefusesToSaveWithAMessage() {
    var state = F.state()
    state.readOnlyReason = "read-only"
    F.press(&state, .character("5"))
    #expect(state.handle(.key(.character("x"))).isEmpty)
    #expect(state.message?.isError == true)
  }

  @Test func helpListsTheKeysOfTheCurrentScreen() {
    var state = F.state(width: 100, height: 30)
    F.press(&state, .character("5"), .character("?"))
    let text = F.screen(state)
    #expect(text.contains("Mark the selected task done"))
    #expect(text.contains("Log a new issue"))
    F.press(&state, .character("z"))
    #expect(state.overlay == nil)
  }

  @Test func qGoesBackThenQuits() {
    var state = F.state()
    F.press(&state, .character("4"))
    #expect(state.handle(.key(.character("q"))).isEmpty)
    #expect(state.screen == .overview)
    #expect(state.handle(.key(.character("q"))) == [.quit])
  }

  @Test func resizeAndWheelAndClick() {
    var state = F.state()
    _ = state.handle(.resize(width: 120, height: 40))
    #expect(state.width == 120)
    F.press(&state, .character("4"))
    _ = state.handle(.mouse(x: 5, y: 30, kind: .wheelDown))
    #expect(state.issueList.selected == 1)
    _ = state.handle(.mouse(x: 5, y: 6, kind: .click))
    #expect(state.issueList.selected == 2)
    _ = state.handle(.mouse(x: 40, y: 0, kind: .click))
    #expect(state.screen != .issues)
  }

  @Test func everyGlobalKeyHasHelpText() {
    for screen in ScreenID.allCases {
      for binding in Keymap.bindings(for: screen) + Keymap.global {
        #expect(!binding.help.isEmpty && !binding.keys.isEmpty)
      }
    }
  }
}

@Suite struct ReviewRegressionTests {
  typealias F = DashboardFixtures

  @Test func belowTheMinimumSizeKeysDoNotReachTheHiddenScreen() {
    var state = F.state()
    F.press(&state, .character("n"))
    F.type(&state, "broken road")
    _ = state.handle(.resize(width: 30, height: 10))
    #expect(state.handle(.key(.character("q"))).isEmpty)
    _ = state.handle(.resize(width: 80, height: 24))
    guard case .issueForm(let form)? = state.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(form.draft.title == "broken road")
    var plain = F.state(width: 30, height: 10)
    #expect(plain.handle(.key(.character("4"))).isEmpty)
    #expect(plain.screen == .overview)
    #expect(plain.handle(.key(.character("q"))) == [.quit])
  }

  @Test func escInATaskFormWithTextAsksFirst() {
    var state = F.state()
    F.press(&state, .character("4"), .character("a"))
    F.type(&state, "important task text")
    F.press(&state, .escape)
    guard case .confirmDiscardTask? = state.overlay else {
      Issue.record("no confirmation: \(String(describing: state.overlay))")
      return
    }
    F.press(&state, .character("n"))
    guard case .taskForm? = state.overlay else {
      Issue.record("the typed task was lost")
      return
    }
  }

  @Test func theSectorTableHasNoFakeSelection() {
    var state = F.state(width: 120, height: 40)
    _ = state.apply(.show(.sector))
    let canvas = AppView.render(state)
    let row = canvas.lines.firstIndex { $0.contains("Drug offences recorded") }!
    #expect(canvas[2, row].style.role != .selected)
  }

  @Test func backspaceOnIssuesWithoutFiltersGoesUpALevel() {
    var state = F.state()
    state.setScope("1401")
    F.press(&state, .character("4"), .backspace)
    #expect(state.scope == "14")
  }
}
