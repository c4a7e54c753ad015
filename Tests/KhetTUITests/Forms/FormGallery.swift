import KhetCore
import KhetLocale

@testable import KhetTUI

/// Every form the dashboard opens, made in a given language, so that tests can draw them all
/// alike: the issue, task, target and result forms, the unit picker, and the meeting forms in
/// each of their purposes.
enum FormGallery {
  static let workspace = FormFixture.workspace
  /// The province's meetings: #3 held with confirmed minutes, #10 planned.
  static let held = workspace.meeting(number: 3)!
  static let planned = workspace.meeting(number: 10)!

  /// A form's name, and how it draws itself in a rect (after being told the rect).
  struct Entry {
    let name: String
    let draw: (inout Canvas, Rect) -> Void
    /// The labels it shows in Khmer, when it shows labels.
    let khmerLabels: [String]
  }

  static let meetingPurposes: [MeetingForm.Purpose] = [
    .plan("14"), .add("14"), .move(planned), .cancel(planned), .record(planned), .record(held),
    .amend(held), .decide(held),
  ]

  /// Every form, in `tr`'s language.
  static func all(_ tr: Localizer) -> [Entry] {
    let w = workspace
    var entries: [Entry] = []
    var issue = IssueForm(sector: "sanitation", unit: "1401", tr: tr)
    for key in FormFixture.scalarKeys("ទឹកជំនន់នៅឃុំ") { _ = issue.handle(key, workspace: w) }
    let issueForm = issue
    entries.append(
      Entry(
        name: "issue",
        draw: { canvas, rect in
          var form = issueForm
          form.fit(to: rect)
          form.render(into: &canvas, in: rect, workspace: w, ascii: false)
        }, khmerLabels: IssueForm.Field.allCases.map { $0.label(.khmer) }))
    var picking = issue
    for key: Key in [.tab, .tab, .enter] { _ = picking.handle(key, workspace: w) }
    let pickerForm = picking
    entries.append(
      Entry(
        name: "unit picker",
        draw: { canvas, rect in
          pickerForm.render(into: &canvas, in: rect, workspace: w, ascii: false)
        }, khmerLabels: []))
    let task = TaskForm(issue: w.issues[0], tr: tr)
    entries.append(
      Entry(
        name: "task",
        draw: { canvas, rect in task.render(into: &canvas, in: rect, workspace: w, ascii: false) },
        khmerLabels: TaskForm.Field.allCases.map { $0.label(.khmer) }))
    let target = TargetForm(indicator: "security.thefts", unit: "1401", year: 2023, tr: tr)
    entries.append(
      Entry(
        name: "target",
        draw: { canvas, rect in
          target.render(into: &canvas, in: rect, workspace: w, ascii: false)
        }, khmerLabels: TargetForm.Field.allCases.map { $0.label(.khmer) }))
    let result = ResultForm(
      indicator: "security.thefts", unit: "140101", period: Month(year: 2022, month: 9)!, tr: tr)
    entries.append(
      Entry(
        name: "result",
        draw: { canvas, rect in
          result.render(into: &canvas, in: rect, workspace: w, ascii: false)
        }, khmerLabels: ResultForm.Field.allCases.map { $0.label(.khmer) }))
    for purpose in meetingPurposes {
      let meeting = MeetingForm(purpose, year: 2022, sector: w.sectors[0].id, tr: tr)
      entries.append(
        Entry(
          name: "meeting \(purpose)",
          draw: { canvas, rect in
            var form = meeting
            form.fit(to: rect)
            form.render(into: &canvas, in: rect, workspace: w, ascii: false)
          }, khmerLabels: meeting.fields.map { $0.label(.khmer) }))
    }
    return entries
  }

  /// The rect the dashboard gives forms on a terminal of `width` x `height`.
  static func rect(width: Int, height: Int) -> Rect {
    AppView.overlayRect(width: width, height: height)
  }
}
