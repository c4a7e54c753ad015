import KhetLocale
import KhetText

/// Drawing shared by the forms.
enum FormPainter {
  /// The style of a focused field's label.
  static let focusedLabel = Style(.selected, bold: true)
  /// The style of a single-line value area.
  static let input = Style(.normal, underline: true)

  /// Runs `body` on a blank layer the size of `rect` and copies the layer onto `canvas` at
  /// `rect`, so that nothing a form draws can land outside its rect, whatever its size.
  static func layered(
    _ canvas: inout Canvas, in rect: Rect, _ body: (inout Canvas) -> Void
  ) {
    guard !rect.isEmpty else { return }
    var layer = Canvas(width: rect.width, height: rect.height)
    body(&layer)
    canvas.fill(rect)
    for y in 0..<layer.height {
      for x in 0..<layer.width where !layer[x, y].isContinuation {
        let cell = layer[x, y]
        canvas.put(
          cell.grapheme, x: rect.x + x, y: rect.y + y, style: cell.style, maxWidth: cell.width)
      }
    }
  }

  /// Draws the border with `title` when the layout has one.
  static func frame(_ layer: inout Canvas, _ layout: FormLayout, title: String, ascii: Bool) {
    guard layout.isBoxed else { return }
    layer.box(layer.bounds, title: title, style: Style(.accent), ascii: ascii)
  }

  /// Draws the label of field `index` in its row, highlighted when focused.
  static func label(
    _ layer: inout Canvas, _ layout: FormLayout, field index: Int, focused: Bool
  ) {
    let style = focused ? focusedLabel : Style(.dim)
    if let row = layout.ownLabelRows[index] {
      let text = layout.labels[index].truncated(toWidth: layout.content.width)
      layer.put(text, x: layout.content.x, y: row, style: style, maxWidth: layout.content.width)
      return
    }
    guard let value = layout.values[index], layout.labelWidth > 0 else { return }
    let text = layout.labels[index].truncated(toWidth: max(0, layout.labelWidth - 1))
    layer.put(text, x: layout.content.x, y: value.y, style: style, maxWidth: layout.labelWidth)
  }

  /// Draws a choice such as "◂ សន្តិសុខ Security ▸" in `rect`; the arrows show that
  /// Left/Right change it and are bright only when it is focused.
  static func choice(
    _ layer: inout Canvas, _ text: String, in rect: Rect, focused: Bool, style: Style,
    ascii: Bool
  ) {
    guard !rect.isEmpty else { return }
    let arrows = Style(focused ? .accent : .dim, bold: focused)
    guard rect.width >= 6 else {
      layer.put(
        text.truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: style,
        maxWidth: rect.width)
      return
    }
    var x = layer.put(ascii ? "< " : "◂ ", x: rect.x, y: rect.y, style: arrows)
    let shown = text.truncated(toWidth: rect.maxX - x - 2)
    x = layer.put(shown, x: x, y: rect.y, style: style, maxWidth: rect.maxX - x - 2)
    layer.put(ascii ? " >" : " ▸", x: x, y: rect.y, style: arrows, maxWidth: rect.maxX - x)
  }

  /// The key hints every form shows, longest first: the first that fits is shown.
  static func keys(_ tr: Localizer) -> [String] {
    [tr("forms.keys.long"), tr("forms.keys.medium"), tr("forms.keys.short")]
  }

  /// Draws `text` on the header row above the fields, when the layout has one.
  static func header(_ layer: inout Canvas, _ layout: FormLayout, _ text: String) {
    guard let row = layout.headerRow else { return }
    let width = layout.content.width
    layer.put(
      text.truncated(toWidth: width), x: layout.content.x, y: row, style: Style(.header),
      maxWidth: width)
  }

  /// Draws the label of each of `fields`, highlighted on `focus`, and has `value` draw the
  /// value of each field in view in the area the layout gives it.
  static func fields<Field: Equatable>(
    _ layer: inout Canvas, _ layout: FormLayout, _ fields: [Field], focus: Field,
    value: (Field, Rect, inout Canvas) -> Void
  ) {
    for (index, field) in fields.enumerated() {
      label(&layer, layout, field: index, focused: field == focus)
      guard let area = layout.values[index] else { continue }
      value(field, area, &layer)
    }
  }

  /// Draws the error (in `.bad`) or else `hint` on the status row, and the first of
  /// `keys` that fits on the hints row. Without a status row an error takes the hints row.
  static func footer(
    _ layer: inout Canvas, _ layout: FormLayout, error: String?, hint: String, ascii: Bool,
    tr: Localizer
  ) {
    let width = layout.content.width
    let x = layout.content.x
    let errorStyle = Style(.bad, bold: true)
    if let row = layout.statusRow {
      if let error {
        layer.put(
          error.truncated(toWidth: width), x: x, y: row, style: errorStyle,
          maxWidth: width)
      } else {
        let text = FormText.glyphs(hint, ascii: ascii).truncated(toWidth: width)
        layer.put(text, x: x, y: row, style: Style(.dim), maxWidth: width)
      }
    }
    guard let row = layout.hintsRow else { return }
    if layout.statusRow == nil, let error {
      layer.put(error.truncated(toWidth: width), x: x, y: row, style: errorStyle, maxWidth: width)
      return
    }
    let text = FormText.firstFitting(
      keys(tr).map { FormText.glyphs($0, ascii: ascii) }, width: width)
    layer.put(text, x: x, y: row, style: Style(.dim), maxWidth: width)
  }

  /// Draws a single-line text field in `rect` with `check` right-aligned after it (a live
  /// check, a counter or "required"); an empty check leaves the field the whole rect.
  static func checkedField(
    _ layer: inout Canvas, _ field: TextField, check: (String, Style), in rect: Rect,
    focused: Bool, ascii: Bool
  ) {
    let rest = check.0.isEmpty ? rect : counter(&layer, check.0, in: rect, style: check.1)
    field.render(into: &layer, in: rest, focused: focused, style: input, ascii: ascii)
  }

  /// Draws `counter` right-aligned in `rect` and returns the rect left for the value, or
  /// `rect` unchanged when the value would keep fewer than 8 columns.
  static func counter(
    _ layer: inout Canvas, _ counter: String, in rect: Rect, style: Style
  ) -> Rect {
    let columns = counter.displayWidth
    guard rect.width - columns - 1 >= 8 else { return rect }
    layer.put(counter, x: rect.maxX - columns, y: rect.y, style: style, maxWidth: columns)
    return Rect(x: rect.x, y: rect.y, width: rect.width - columns - 1, height: rect.height)
  }
}
