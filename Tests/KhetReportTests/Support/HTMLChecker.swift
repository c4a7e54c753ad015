/// A strict checker for the HTML the reports write — stricter than a browser, which repairs
/// anything: the doctype first; every non-void element closed, in order; no end tag for a
/// void element and no `/>`; attribute values always quoted with `"`; `&` only as a character
/// reference; no raw `<` or `>` in text; no `<script>`, no event-handler attributes, no
/// `src`/`href` that leaves the file, no `url(` or `@import` in the style sheet; a
/// `<meta charset="utf-8">` and `<html lang="…">` naming the language asked for ("km" or
/// "en"); no raw control characters other than tab and line feed; and the nesting the HTML parser would
/// otherwise "fix" (no block element inside `<p>`, rows inside table sections, cells inside
/// rows, items inside lists).
struct HTMLChecker {
  static let voidElements: Set<String> = [
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
  ]
  static let blockElements: Set<String> = [
    "address", "blockquote", "div", "dl", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "ol", "p", "section", "table", "ul",
  ]
  /// Elements and the parents they must have.
  static let parents: [String: Set<String>] = [
    "tr": ["thead", "tbody", "tfoot"], "td": ["tr"], "th": ["tr"], "li": ["ul", "ol"],
    "dt": ["dl"], "dd": ["dl"], "thead": ["table"], "tbody": ["table"], "head": ["html"],
    "body": ["html"], "title": ["head"], "meta": ["head"], "style": ["head"],
  ]

  struct Tag {
    let name: String
    let attributes: [(String, String)]
  }

  private(set) var problems: [String] = []
  private(set) var tags: [Tag] = []
  private(set) var texts: [String] = []
  /// Each text with the elements it is inside, outermost first (`["html", "body", …, "th"]`).
  private(set) var placedTexts: [(inside: [String], text: String)] = []

  /// Checks `html`, whose `<html>` must say `lang="\(language)"`; see `problems`.
  init(_ html: String, language: String = "en") {
    let s = Array(html.unicodeScalars)
    if !html.hasPrefix("<!DOCTYPE html>") { problems.append("no <!DOCTYPE html> first") }
    var stack: [String] = []
    var i = 0
    var text = String.UnicodeScalarView()
    func flushText() {
      if !text.isEmpty {
        texts.append(String(text))
        placedTexts.append((stack, String(text)))
      }
      text = String.UnicodeScalarView()
    }
    while i < s.count {
      if s[i] == "<" {
        flushText()
        if starts(s, i, "<!--") {
          guard let end = find(s, from: i, "-->") else {
            problems.append("unterminated comment")
            break
          }
          i = end + 3
          continue
        }
        if starts(s, i, "<!") {
          guard let end = find(s, from: i, ">") else { break }
          i = end + 1
          continue
        }
        let closing = i + 1 < s.count && s[i + 1] == "/"
        var j = i + (closing ? 2 : 1)
        var name = ""
        while j < s.count, isNameScalar(s[j]) {
          name.unicodeScalars.append(s[j])
          j += 1
        }
        guard !name.isEmpty, name == name.lowercased() else {
          problems.append("a '<' that does not start a lower-case tag at \(i)")
          i += 1
          continue
        }
        if closing {
          guard j < s.count, s[j] == ">" else {
            problems.append("malformed end tag </\(name)")
            break
          }
          if Self.voidElements.contains(name) { problems.append("end tag for void <\(name)>") }
          if stack.last == name {
            stack.removeLast()
          } else {
            problems.append("</\(name)> closes <\(stack.last ?? "nothing")>")
          }
          i = j + 1
          continue
        }
        var attributes: [(String, String)] = []
        guard let end = readAttributes(s, from: j, into: &attributes, tag: name) else { break }
        check(open: name, attributes: attributes, stack: stack)
        tags.append(Tag(name: name, attributes: attributes))
        i = end + 1
        if !Self.voidElements.contains(name) { stack.append(name) }
        if name == "style" || name == "script" {
          let closeTag = "</\(name)>"
          guard let close = find(s, from: i, closeTag) else {
            problems.append("unterminated <\(name)>")
            break
          }
          let body = String(String.UnicodeScalarView(s[i..<close]))
          if body.contains("url(") || body.contains("@import") || body.contains("//") {
            problems.append("the style sheet refers outside the file")
          }
          i = close
        }
        continue
      }
      if s[i] == ">" { problems.append("a raw '>' in text at \(i)") }
      if s[i] == "&" {
        guard let end = entityEnd(s, i) else {
          problems.append("a bare '&' at \(i)")
          i += 1
          continue
        }
        text.append(contentsOf: s[i...end])
        i = end + 1
        continue
      }
      text.append(s[i])
      i += 1
    }
    flushText()
    if !stack.isEmpty { problems.append("unclosed: \(stack)") }
    if !tags.contains(where: {
      $0.name == "meta" && $0.attributes.contains { $0 == ("charset", "utf-8") }
    }) {
      problems.append("no <meta charset=\"utf-8\">")
    }
    if !tags.contains(where: {
      $0.name == "html" && $0.attributes.contains { $0 == ("lang", language) }
    }) {
      problems.append("no <html lang=\"\(language)\">")
    }
    if let control = html.unicodeScalars.first(where: {
      ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
    }) {
      problems.append("a raw control character U+\(String(control.value, radix: 16))")
    }
  }

  private mutating func check(open name: String, attributes: [(String, String)], stack: [String]) {
    if name == "script" || name == "iframe" || name == "object" || name == "embed"
      || name == "link" || name == "img"
    {
      problems.append("<\(name)> is not allowed")
    }
    if stack.last == "p" && Self.blockElements.contains(name) {
      problems.append("<\(name)> inside <p>")
    }
    if let allowed = Self.parents[name], !allowed.contains(stack.last ?? "") {
      problems.append("<\(name)> inside <\(stack.last ?? "nothing")>")
    }
    for (attribute, value) in attributes {
      if attribute.hasPrefix("on") { problems.append("event handler \(attribute)") }
      if ["src", "href", "action", "srcset", "poster"].contains(attribute) {
        let v = value.lowercased()
        if v.hasPrefix("http:") || v.hasPrefix("https:") || v.hasPrefix("//") || v.contains(":") {
          problems.append("\(attribute)=\"\(value)\" leaves the file")
        }
      }
    }
  }

  /// Reads `name="value"` pairs up to the `>`; returns the index of the `>`.
  private mutating func readAttributes(
    _ s: [Unicode.Scalar], from start: Int, into attributes: inout [(String, String)], tag: String
  ) -> Int? {
    var j = start
    while j < s.count {
      while j < s.count, s[j] == " " || s[j] == "\n" { j += 1 }
      guard j < s.count else { break }
      if s[j] == ">" { return j }
      if s[j] == "/" {
        problems.append("self-closing <\(tag) />")
        j += 1
        continue
      }
      var name = ""
      while j < s.count, isNameScalar(s[j]) {
        name.unicodeScalars.append(s[j])
        j += 1
      }
      guard !name.isEmpty, j + 1 < s.count, s[j] == "=", s[j + 1] == "\"" else {
        problems.append("an unquoted or malformed attribute in <\(tag)> at \(j)")
        return nil
      }
      j += 2
      var value = String.UnicodeScalarView()
      while j < s.count, s[j] != "\"" {
        if s[j] == "<" || s[j] == ">" {
          problems.append("a raw '\(s[j])' in an attribute of <\(tag)>")
        }
        if s[j] == "&", entityEnd(s, j) == nil {
          problems.append("a bare '&' in an attribute of <\(tag)>")
        }
        value.append(s[j])
        j += 1
      }
      attributes.append((name, String(value)))
      j += 1
    }
    problems.append("unterminated <\(tag)")
    return nil
  }

  /// The index of the `;` ending a character reference at `i` (`&amp;`, `&#39;`), or nil.
  private func entityEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
    var j = i + 1
    let numeric = j < s.count && s[j] == "#"
    if numeric { j += 1 }
    let start = j
    while j < s.count, numeric ? ("0"..."9").contains(s[j]) : ("a"..."z").contains(s[j]) { j += 1 }
    return j > start && j < s.count && s[j] == ";" ? j : nil
  }

  private func isNameScalar(_ c: Unicode.Scalar) -> Bool {
    ("a"..."z").contains(c) || ("A"..."Z").contains(c) || ("0"..."9").contains(c) || c == "-"
  }

  private func starts(_ s: [Unicode.Scalar], _ i: Int, _ prefix: String) -> Bool {
    let p = Array(prefix.unicodeScalars)
    return i + p.count <= s.count && Array(s[i..<(i + p.count)]) == p
  }

  private func find(_ s: [Unicode.Scalar], from i: Int, _ needle: String) -> Int? {
    let n = Array(needle.unicodeScalars)
    var k = i
    while k + n.count <= s.count {
      if Array(s[k..<(k + n.count)]) == n { return k }
      k += 1
    }
    return nil
  }

  /// The texts inside an element named `name` (at any depth).
  func texts(inside name: String) -> [String] {
    placedTexts.filter { $0.inside.contains(name) }.map(\.text)
  }

  /// Every value of an attribute, over all tags.
  func values(of attribute: String) -> [String] {
    tags.flatMap { $0.attributes.filter { $0.0 == attribute }.map(\.1) }
  }
}
