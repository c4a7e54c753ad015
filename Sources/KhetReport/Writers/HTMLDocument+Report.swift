import KhetCore
import KhetLocale

extension HTMLDocument {
  /// A report's page in the language of `tr`: the title block — the title, the
  /// administration, `details`, the day the report was made, and a warning when the data is
  /// the sample — then `body`, then a footer saying when khet made it. The page's title names
  /// the report and `subject`.
  static func report(
    title: String, subject: String, details: [(label: String, value: String)],
    workspace: WorkspaceInfo, generated: Day, tr: Localizer, body: (inout HTMLDocument) -> Void
  ) -> String {
    page(title: title + " — " + subject, language: tr.language, style: ReportStyle.css) { page in
      page.element("header") { h in
        h.element("h1", text: title)
        h.newline()
        h.metaList(
          [(tr("report.workspace"), tr.reportName(workspace.name))] + details + [
            (tr("report.generated"), tr.longDate(generated))
          ])
        if workspace.isSample {
          h.element("p", ["class": "sample"], text: tr("report.sample"))
          h.newline()
        }
      }
      page.newline()
      body(&page)
      page.element("footer", text: tr("report.footer", ["day": tr.longDate(generated)]))
      page.newline()
    }
  }
}
