import KhetCore

extension HTMLDocument {
  /// A report's page: the title block — the title, the administration, `details`, the day the
  /// report was made, and a warning when the data is the sample — then `body`, then a footer
  /// saying when khet made it. The page's title names the report and `subject`.
  static func report(
    title: LocalizedName, subject: LocalizedName, details: [(LocalizedName, LocalizedName)],
    workspace: WorkspaceInfo, generated: Day, body: (inout HTMLDocument) -> Void
  ) -> String {
    page(title: title.both + " — " + subject.both, style: ReportStyle.css) { page in
      page.element("header") { h in
        h.element("h1") { $0.bilingual(title, separator: "<br>") }
        h.newline()
        h.metaList(
          [(ReportLabel.workspace, workspace.name)] + details + [
            (ReportLabel.generated, LocalizedName(english: generated.description, khmer: ""))
          ])
        if workspace.isSample {
          h.element("p", ["class": "sample"]) { $0.bilingual(ReportLabel.sample) }
          h.newline()
        }
      }
      page.newline()
      body(&page)
      page.element("footer") { $0.text("khet — \(ReportLabel.generated.english) \(generated)") }
      page.newline()
    }
  }
}
