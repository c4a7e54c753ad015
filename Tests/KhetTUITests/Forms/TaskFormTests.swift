import KhetCore
import KhetStore
import KhetTUI
import Testing

@Suite struct FormsTaskFormTests {
  private let issue = FormFixture.workspace.issues[11]

  @Test func submitsTheTrimmedDraftWithTheIssueNumber() {
    var form = TaskForm(issue: issue)
    #expect(!form.isDirty)
    form.type(" ជួសជុលផ្លូវ ")
    form.send([.enter])
    form.type("Commune chief")
    form.send([.tab])
    form.type("2022-10-31")
    #expect(form.isDirty)
    let draft = form.send([.enter]).submitted
    #expect(
      draft
        == TaskDraft(
          title: "ជួសជុលផ្លូវ", issueNumber: issue.number, owner: "Commune chief",
          due: Day(year: 2022, month: 10, day: 31)))
  }

  @Test(arguments: TaskForm.Field.allCases)
  func ctrlSSubmitsFromEveryField(field: TaskForm.Field) {
    var form = TaskForm(issue: issue)
    form.type("Visit")
    while form.focus != field { form.send([.tab]) }
    let draft = form.send([.ctrl("s")]).submitted
    #expect(draft == TaskDraft(title: "Visit", issueNumber: issue.number, owner: "", due: nil))
  }

  @Test func badDateKeepsEditingWithAnErrorOnTheDueField() {
    var form = TaskForm(issue: issue)
    form.type("Visit")
    form.send([.tab, .tab])
    form.type("2022-02-30")
    form.send([.backTab])
    #expect(form.send([.ctrl("s")]).isEditing)
    #expect(form.focus == .due)
    #expect(form.error?.hasPrefix("Due: '2022-02-30' is not a date") == true)
  }

  @Test func emptyTitleIsReportedFirst() {
    var form = TaskForm(issue: issue)
    form.send([.tab, .tab])
    form.type("soon")
    #expect(form.send([.enter]).isEditing)
    #expect(form.focus == .title)
    #expect(form.error == "Title: must not be empty")
  }

  @Test func dueFieldTakesAtMostTenCharacters() {
    var form = TaskForm(issue: issue)
    form.send([.backTab])
    form.type("2022-10-311")
    #expect(form.draft.due == Day(year: 2022, month: 10, day: 31))
    #expect(form.error == "Due: at most 10 characters")
  }

  @Test func escapeCancels() {
    var form = TaskForm(issue: issue)
    #expect(form.send([.escape]).isCancelled)
  }

  @Test(arguments: [(76, 20), (80, 24), (40, 12), (36, 10), (100, 30), (20, 5), (3, 3)])
  func rendersTheIssueAndFieldsInsideTheRect(width: Int, height: Int) {
    var form = TaskForm(issue: issue)
    form.type("ជួសជុលផ្លូវ")
    form.send([.tab, .tab])
    form.type("2022-13-01")
    let rect = Rect(x: 2, y: 1, width: width, height: height)
    var canvas = Canvas(width: width + 4, height: height + 2)
    form.render(into: &canvas, in: rect, workspace: FormFixture.workspace, ascii: false)
    #expect(FormFixture.blankOutside(canvas, rect))
    guard width >= 40 && height >= 10 else { return }
    let text = canvas.lines.joined(separator: "\n")
    #expect(text.contains("New task · ភារកិច្ចថ្មី"))
    #expect(text.contains("Task for #\(issue.number):"))
    #expect(text.contains("ជួសជុលផ្លូវ"))
    #expect(text.contains("Owner"))
    #expect(text.contains("not a date"))
  }
}
