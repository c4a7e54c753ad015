import KhetCore
import KhetLocale
import KhetText

/// Builds one self-contained HTML file: elements are opened and closed by the same call, so
/// tags always balance; every text and attribute value is cleaned (``ReportText``) and escaped
/// (`&`, `<`, `>`, `"`, `'`), so data can never add markup. Nothing refers outside the file: no
/// scripts, links, images or fonts, and a Content-Security-Policy that forbids them anyway.
struct HTMLDocument {
  private(set) var html = ""

  /// Elements that have no closing tag.
  static let voidElements: Set<String> = ["meta", "br", "hr", "col", "wbr"]

  /// A document: `<html lang="km">` (or `"en"`: `language`'s code), the head with its
  /// charset, policy, title and style, and a body filled by `body`.
  static func page(
    title: String, language: Language, style: String, body: (inout HTMLDocument) -> Void
  ) -> String {
    var doc = HTMLDocument()
    doc.html = "<!DOCTYPE html>\n"
    doc.element("html", ["lang": language.code]) { doc in
      doc.newline()
      doc.element("head") { head in
        head.newline()
        head.void("meta", ["charset": "utf-8"])
        head.void(
          "meta",
          [
            "http-equiv": "Content-Security-Policy",
            "content": "default-src 'none'; style-src 'unsafe-inline'",
          ])
        head.void("meta", ["name": "viewport", "content": "width=device-width, initial-scale=1"])
        head.void("meta", ["name": "generator", "content": "khet"])
        head.element("title", text: title)
        head.newline()
        head.element("style") { $0.html += "\n" + style }
        head.newline()
      }
      doc.newline()
      doc.element("body") { b in
        b.newline()
        body(&b)
      }
      doc.newline()
    }
    doc.newline()
    return doc.html
  }

  /// `<tag attributes>…</tag>`, with `body` writing the content.
  mutating func element(
    _ tag: String, _ attributes: KeyValuePairs<String, String> = [:],
    _ body: (inout HTMLDocument) -> Void
  ) {
    open(tag, attributes)
    body(&self)
    html += "</\(tag)>"
  }

  /// `<tag attributes>text</tag>`; line breaks in `text` become `<br>`.
  mutating func element(
    _ tag: String, _ attributes: KeyValuePairs<String, String> = [:], text: String
  ) {
    element(tag, attributes) { $0.text(text) }
  }

  /// A void element such as `<meta …>` or `<br>`, on its own line unless it is `br`.
  mutating func void(_ tag: String, _ attributes: KeyValuePairs<String, String> = [:]) {
    open(tag, attributes)
    if tag != "br" { newline() }
  }

  /// Escaped text; line breaks become `<br>`.
  mutating func text(_ text: String) {
    let lines = ReportText.clean(text).split(separator: "\n", omittingEmptySubsequences: false)
    html += lines.map { Self.escape(String($0)) }.joined(separator: "<br>")
  }

  /// A line break in the source (not in the page), to keep the file readable.
  mutating func newline() { html += "\n" }

  /// A name from data in the report's language, then — when the other language's name is
  /// known and differs — that one too, after `separator`, in a `<span class="alt">` marked
  /// with its language (indicator and unit names: readers match them with other documents).
  mutating func name(_ name: LocalizedName, _ tr: Localizer, separator: String = " ") {
    text(tr.reportName(name))
    guard let other = tr.otherName(name) else { return }
    html += separator
    element("span", ["lang": tr.otherLanguageCode, "class": "alt"], text: other)
  }

  /// A definition list of label–value pairs for a title block.
  mutating func metaList(_ items: [(label: String, value: String)]) {
    element("dl", ["class": "meta"]) { dl in
      for item in items {
        dl.newline()
        dl.element("dt", text: item.label)
        dl.element("dd", text: item.value)
      }
      dl.newline()
    }
    newline()
  }

  /// A bar as wide as `percent` (0–100; a larger share is drawn full) followed by the figure;
  /// `kind` is the CSS class that colours it (a status). Drawn with CSS widths, no script.
  mutating func bar(_ percent: Double?, kind: String, _ tr: Localizer) {
    element("span", ["class": "bar", "aria-hidden": "true"]) { track in
      if let percent, percent.isFinite {
        let width = NumberText.decimal(max(0, min(100, percent)), places: 1)
        track.element("span", ["class": "fill \(kind)", "style": "width: \(width)%"]) { _ in }
      }
    }
    element("span", ["class": "figure"], text: tr.figure(ReportNumber.percent(percent)))
  }

  private mutating func open(_ tag: String, _ attributes: KeyValuePairs<String, String>) {
    html += "<" + tag
    for (name, value) in attributes {
      html += " \(name)=\"\(Self.escape(ReportText.line(value)))\""
    }
    html += ">"
  }

  /// `&`, `<`, `>`, `"` and `'` as character references.
  static func escape(_ text: String) -> String {
    guard text.contains(where: { "&<>\"'".contains($0) }) else { return text }
    var out = ""
    for c in text {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(c)
      }
    }
    return out
  }
}
