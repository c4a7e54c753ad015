import KhetCore
import KhetLocale
import KhetText

/// Where the parts of a form go inside its rect: an optional header row, one row per
/// single-line field with its label in a column on the left, optional multi-line fields at the
/// end (up to six rows each, under their own labels when there is room, sharing the rows
/// left), a status row for errors and hints, and a row of key hints at the bottom.
///
/// Labels are in the interface's language: in English "Title (ចំណងជើង)" when there is room,
/// in Khmer the Khmer alone; the label column is as wide as the widest label's display width.
/// Small rects degrade in steps: the Khmer beside English labels is dropped, then the gaps,
/// the status and the key hints, labels are cut, and at last the fields scroll so that the
/// focused one stays visible.
struct FormLayout: Sendable, Equatable {
  /// The area inside the border and padding.
  var content: Rect
  /// Whether the rect is large enough for a border.
  var isBoxed: Bool
  /// The row of the header line, if shown.
  var headerRow: Int?
  /// The width of the label column.
  var labelWidth: Int
  /// The label of each field as shown.
  var labels: [String]
  /// Each field's value area, or nil when it is scrolled out of view.
  var values: [Rect?]
  /// The row of each multi-line field's own label (by field index), when they have one.
  var ownLabelRows: [Int: Int]
  /// The row for errors and field hints.
  var statusRow: Int?
  /// The row for key hints.
  var hintsRow: Int?

  /// The most rows a multi-line field shows.
  static let maximumTextRows = 6

  /// Lays out `labels.count` fields in a rect of `size` at the origin; the last field is
  /// multi-line when `multilineLast` is set. `focus` is kept visible.
  init(
    size: Rect, header: Bool, labels names: [LocalizedName], multilineLast: Bool, focus: Int,
    tr: Localizer = .english
  ) {
    self.init(
      size: size, header: header, labels: names, multiline: multilineLast ? 1 : 0, focus: focus,
      tr: tr)
  }

  /// Lays out `labels.count` fields in a rect of `size` at the origin; the last `multiline`
  /// fields are multi-line and share the rows the others leave. `focus` is kept visible.
  init(
    size: Rect, header: Bool, labels names: [LocalizedName], multiline: Int, focus: Int,
    tr: Localizer = .english
  ) {
    let box = size.width >= 4 && size.height >= 3
    var content = box ? Rect(x: 1, y: 1, width: size.width - 2, height: size.height - 2) : size
    if box && content.width >= 30 { content = content.inset(left: 1, right: 1) }
    self.content = content
    isBoxed = box
    hintsRow = content.height >= 6 ? content.maxY - 1 : nil
    statusRow = content.height >= 7 ? content.maxY - 2 : nil
    let bottom = statusRow ?? hintsRow ?? content.maxY
    let count = names.count
    var y = content.y
    headerRow = nil
    if header && bottom - y > count {
      headerRow = y
      y += bottom - y > count + 1 ? 2 : 1
    }
    let available = bottom - y
    let texts = min(max(0, multiline), count)
    let singles = count - texts
    // The rows each multi-line field can have.
    let extra = texts == 0 ? 0 : (available - singles) / texts
    var textRows = 1
    var ownLabel = false
    var gap = 0
    if texts > 0 && extra >= 3 {
      ownLabel = true
      gap = extra >= FormLayout.maximumTextRows + 2 ? 1 : 0
      textRows = min(FormLayout.maximumTextRows, extra - 1 - gap)
    } else if texts > 0 && extra >= 1 {
      textRows = min(FormLayout.maximumTextRows, extra)
    }
    let inline = ownLabel ? Array(names.prefix(singles)) : names
    (labelWidth, labels) = FormLayout.labelColumn(
      inline, all: names, width: content.width, khmer: tr.language == .khmer)
    let valueX = content.x + labelWidth
    let valueWidth = max(0, content.maxX - valueX)
    let first = available >= count ? 0 : max(0, min(focus - max(1, available) + 1, count - 1))
    values = Array(repeating: nil, count: count)
    ownLabelRows = [:]
    for index in first..<count {
      let isText = index >= singles
      if isText && ownLabel {
        ownLabelRows[index] = y + gap
        values[index] = Rect(
          x: content.x, y: y + gap + 1, width: content.width, height: textRows)
        y += gap + 1 + textRows
        continue
      }
      guard y < bottom else { break }
      let height = isText ? min(textRows, bottom - y) : 1
      values[index] = Rect(x: valueX, y: y, width: valueWidth, height: height)
      y += height
    }
  }

  /// The labels as shown and the column width: in Khmer the Khmer names when they leave at
  /// least 8 columns for values; in English "English (ខ្មែរ)" when that leaves at least 20,
  /// else English when it leaves 8; else the labels cut to a third of the width.
  private static func labelColumn(
    _ inline: [LocalizedName], all: [LocalizedName], width: Int, khmer: Bool
  )
    -> (Int, [String])
  {
    if khmer {
      let names = all.map(\.khmer)
      let widest = inline.map(\.khmer.displayWidth).max() ?? 0
      if widest + 1 + 8 <= width { return (widest + 1, names) }
      let cut = max(0, width / 3)
      return (cut, names.map { $0.truncated(toWidth: max(0, cut - 1)) })
    }
    let bilingual = all.map { "\($0.english) (\($0.khmer))" }
    let english = all.map(\.english)
    let bilingualWidth = inline.map { "\($0.english) (\($0.khmer))".displayWidth }.max() ?? 0
    let englishWidth = inline.map(\.english.displayWidth).max() ?? 0
    if bilingualWidth + 1 + 20 <= width { return (bilingualWidth + 1, bilingual) }
    if englishWidth + 1 + 8 <= width { return (englishWidth + 1, english) }
    let cut = max(0, width / 3)
    return (cut, english.map { $0.truncated(toWidth: max(0, cut - 1)) })
  }
}
