/// Builds a Markdown (CommonMark with GitHub pipe tables) document line by line. Every text
/// passed in is cleaned (``ReportText``) and escaped, so data can never add markup: `\`, `|`,
/// `*`, `_`, `` ` ``, `[`, `]`, `<` and `>` are backslash-escaped, an `&` that could start an
/// entity too, and a line break inside a table cell becomes `<br>`.
struct MarkdownDocument {
  private(set) var lines: [String] = []

  /// Column alignment in a table.
  enum Alignment {
    case left, right
  }

  /// The document, ending with one line feed.
  var text: String { lines.joined(separator: "\n") + "\n" }

  /// `# text` (level 1–6), with a blank line after it.
  mutating func heading(_ level: Int, _ text: String) {
    separate()
    let body = Self.inline(text).replacingOccurrences(of: "#", with: "\\#")
    lines.append(String(repeating: "#", count: level) + " " + body)
    lines.append("")
  }

  /// A paragraph; line breaks in `text` are kept as hard breaks.
  mutating func paragraph(_ text: String) {
    separate()
    lines.append(Self.block(text).joined(separator: "\\\n"))
    lines.append("")
  }

  /// A bullet list of `label: value` items, the label in bold; `colon` goes between them
  /// (": ", or "៖ " in Khmer).
  mutating func facts(_ items: [(label: String, value: String)], colon: String = ": ") {
    separate()
    for item in items {
      lines.append("- **\(Self.inline(item.label))**\(colon)\(Self.inline(item.value))")
    }
    lines.append("")
  }

  /// A bullet list (or a numbered one).
  mutating func list(_ items: [String], numbered: Bool = false) {
    separate()
    for (index, item) in items.enumerated() {
      let marker = numbered ? "\(index + 1)." : "-"
      let body = Self.block(item)
      let indent = String(repeating: " ", count: marker.count + 1)
      lines.append(marker + " " + (body.first ?? ""))
      for line in body.dropFirst() { lines.append(indent + line) }
    }
    lines.append("")
  }

  /// A block quote; `text`'s line breaks start new quoted lines.
  mutating func quote(_ text: String) {
    separate()
    for line in Self.block(text) { lines.append(line.isEmpty ? ">" : "> " + line) }
    lines.append("")
  }

  /// A pipe table with a header row.
  mutating func table(_ header: [String], _ alignment: [Alignment], _ rows: [[String]]) {
    separate()
    func render(_ cells: [String]) -> String {
      "| " + cells.map(Self.cell).joined(separator: " | ") + " |"
    }
    lines.append(render(header))
    lines.append(
      "|" + header.indices.map { alignment[$0] == .right ? "---:" : "---" }.joined(separator: "|")
        + "|")
    for row in rows { lines.append(render(row)) }
    lines.append("")
  }

  /// Makes sure a blank line comes before the next block.
  private mutating func separate() {
    if let last = lines.last, !last.isEmpty { lines.append("") }
  }

  /// Text on one line, escaped.
  static func inline(_ text: String) -> String { escape(ReportText.line(text)) }

  /// Text for a table cell: escaped, line breaks as `<br>`.
  static func cell(_ text: String) -> String {
    ReportText.clean(text).split(separator: "\n", omittingEmptySubsequences: false)
      .map { escape(String($0)) }.joined(separator: "<br>")
  }

  /// Text as escaped lines that each start a line of the document (tabs as spaces).
  static func block(_ text: String) -> [String] {
    ReportText.clean(text).replacingOccurrences(of: "\t", with: " ")
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map { escape(String($0), atLineStart: true) }
  }

  /// Backslash-escapes what Markdown would read as markup. At the start of a line, also what
  /// would begin a heading, list, quote or rule (`#`, `-`, `+`, `=`, `1.`).
  static func escape(_ text: String, atLineStart: Bool = false) -> String {
    var out = ""
    let characters = Array(text)
    for (index, c) in characters.enumerated() {
      if always.contains(c) {
        out.append("\\")
      } else if c == "&" && startsEntity(characters[(index + 1)...]) {
        out.append("\\")  // only an & that starts a character reference (`&amp;`) needs it
      } else if atLineStart && index == 0 && lineStarts.contains(c) {
        out.append("\\")
      } else if atLineStart && (c == "." || c == ")")
        && characters[..<index].allSatisfy(\.isASCIIDigitCharacter) && index > 0
      {
        out.append("\\")  // "1. text" would start a numbered list
      }
      out.append(c)
    }
    return out
  }

  /// Whether text after an `&` reads as a character reference: `amp;`, `#39;`, `#x27;`.
  private static func startsEntity(_ rest: ArraySlice<Character>) -> Bool {
    let name = rest.prefix { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "#") }
    return !name.isEmpty && name.count <= 32 && rest.dropFirst(name.count).first == ";"
  }

  private static let always: Set<Character> = ["\\", "|", "*", "_", "`", "[", "]", "<", ">"]
  private static let lineStarts: Set<Character> = ["#", "-", "+", "="]
}

extension Character {
  fileprivate var isASCIIDigitCharacter: Bool { isASCII && isNumber }
}
