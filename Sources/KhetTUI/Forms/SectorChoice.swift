import KhetCore
import KhetLocale

/// A form's sector field — on a new issue and on a meeting's decision — chosen with
/// Left/Right or Space among the workspace's sectors and shown by its short names.
enum SectorChoice {
  /// The sector `step` places after `id`, wrapping around; from an unknown sector, the first
  /// (Right) or the last (Left). Nil when the workspace has no sectors.
  static func cycle(_ id: SectorID, by step: Int, in w: Workspace) -> SectorID? {
    let ids = w.sectors.map(\.id)
    guard !ids.isEmpty else { return nil }
    let index = ids.firstIndex(of: id).map { $0 + step } ?? (step > 0 ? 0 : ids.count - 1)
    return ids[(index % ids.count + ids.count) % ids.count]
  }

  /// Draws the choice in `rect`: "◂ សន្តិសុខ Security ▸" (in Khmer "◂ សន្តិសុខ ▸"), or "? id"
  /// in the `.bad` style for a sector the workspace does not have.
  static func render(
    _ id: SectorID, into layer: inout Canvas, in rect: Rect, workspace: Workspace,
    focused: Bool, ascii: Bool, tr: Localizer
  ) {
    let known = workspace.sector(id)
    let text = known.map { FormWords.name($0.shortName, tr) } ?? "? \(id)"
    FormPainter.choice(
      &layer, text, in: rect, focused: focused, style: Style(known == nil ? .bad : .normal),
      ascii: ascii)
  }
}
