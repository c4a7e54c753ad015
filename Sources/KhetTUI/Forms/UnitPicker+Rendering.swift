import KhetCore
import KhetLocale
import KhetText

extension UnitPicker {
  /// Draws the picker into `rect`: the search line, the matching units (the highlighted one
  /// in the `.selected` style, the form's current unit marked), and a count with key hints
  /// on the last row. Nothing is drawn outside `rect`.
  public func render(into canvas: inout Canvas, in rect: Rect, units: UnitTree, ascii: Bool) {
    guard !rect.isEmpty else { return }
    canvas.fill(rect)
    let label =
      (rect.width >= 40 ? tr("forms.picker.search") : tr("forms.picker.searchShort")) + " "
    let labelEnd = canvas.put(
      label, x: rect.x, y: rect.y, style: Style(.selected, bold: true), maxWidth: rect.width)
    query.render(
      into: &canvas, in: Rect(x: labelEnd, y: rect.y, width: rect.maxX - labelEnd, height: 1),
      focused: true, style: Style(.normal, underline: true), ascii: ascii)
    guard rect.height >= 2 else { return }
    let hasStatus = rect.height >= 3
    let list = Rect(
      x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - (hasStatus ? 2 : 1))
    renderList(into: &canvas, in: list, units: units, ascii: ascii)
    guard hasStatus else { return }
    let count = tr("forms.picker.count", ["shown": matches.count, "total": entries.count])
    let hints = FormText.firstFitting(
      [
        tr("forms.picker.keysLong", ["count": count]),
        tr("forms.picker.keysMedium", ["count": count]), tr("forms.picker.keysShort"),
        tr("forms.picker.keysBack"),
      ].map { FormText.glyphs($0, ascii: ascii) }, width: rect.width)
    canvas.put(hints, x: rect.x, y: rect.maxY - 1, style: Style(.dim), maxWidth: rect.width)
  }

  /// Draws a form's unit field in `rect`: the unit's `title(of:)`, bold when focused, or
  /// "unknown unit [id]" in the `.bad` style when `units` has no such unit.
  static func renderField(
    _ unit: UnitID, into canvas: inout Canvas, in rect: Rect, units: UnitTree, focused: Bool,
    tr: Localizer
  ) {
    let known = units[unit]
    let text =
      known.map { UnitPicker.title(of: $0, tr) }
      ?? tr("forms.picker.unknownUnit", ["id": unit.rawValue])
    let style = known == nil ? Style(.bad) : Style(.normal, bold: focused)
    canvas.put(
      text.truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: style,
      maxWidth: rect.width)
  }

  private func renderList(into canvas: inout Canvas, in rect: Rect, units: UnitTree, ascii: Bool) {
    guard !rect.isEmpty else { return }
    guard !matches.isEmpty else {
      let message = tr("forms.picker.noMatch", ["query": query.text])
      canvas.put(
        message.truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: Style(.warning),
        maxWidth: rect.width)
      return
    }
    let top = selected < rect.height ? 0 : selected - rect.height + 1
    let showTree = query.text.isEmpty
    for (row, index) in (top..<min(matches.count, top + rect.height)).enumerated() {
      let entry = matches[index]
      let y = rect.y + row
      let isSelected = index == selected
      let style = isSelected ? Style(.selected, bold: true) : Style.normal
      canvas.fill(Rect(x: rect.x, y: y, width: rect.width, height: 1), style: style)
      let marker = entry.id == current ? (ascii ? "*" : "•") : " "
      var x = canvas.put(marker, x: rect.x, y: y, style: style, maxWidth: rect.width)
      if showTree { x += min(entry.depth, 3) * 2 }
      let name = units[entry.id].map { UnitPicker.title(of: $0, tr) } ?? "[\(entry.id)]"
      canvas.put(
        name.truncated(toWidth: rect.maxX - x), x: x, y: y, style: style,
        maxWidth: max(0, rect.maxX - x))
    }
  }
}
