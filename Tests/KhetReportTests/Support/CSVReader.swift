/// A strict RFC 4180 reader for the tests: records end with CRLF (a bare LF inside a quoted
/// field is data), fields are quoted with `"` and `""` escapes a quote. Anything else — a
/// quote inside an unquoted field, text after a closing quote, an unterminated quote, a bare
/// CR or LF outside quotes — is an error, so the writer cannot get away with sloppy output.
enum CSVReader {
  struct Malformed: Error, CustomStringConvertible {
    let description: String
  }

  static func parse(_ text: String) throws -> [[String]] {
    let s = Array(text.unicodeScalars)
    var records: [[String]] = []
    var record: [String] = []
    var field = String.UnicodeScalarView()
    var i = 0
    var fieldStarted = false
    func endField() {
      record.append(String(field))
      field = String.UnicodeScalarView()
      fieldStarted = false
    }
    while i < s.count {
      let c = s[i]
      if c == "\"" && !fieldStarted && field.isEmpty {
        // A quoted field.
        i += 1
        while true {
          guard i < s.count else { throw Malformed(description: "unterminated quote") }
          if s[i] == "\"" {
            if i + 1 < s.count && s[i + 1] == "\"" {
              field.append("\"")
              i += 2
              continue
            }
            i += 1
            break
          }
          field.append(s[i])
          i += 1
        }
        fieldStarted = true
        guard i < s.count, s[i] == "," || s[i] == "\r" else {
          throw Malformed(description: "text after a closing quote at \(i)")
        }
        continue
      }
      switch c {
      case ",":
        endField()
        i += 1
      case "\r":
        guard i + 1 < s.count, s[i + 1] == "\n" else {
          throw Malformed(description: "a CR without LF at \(i)")
        }
        endField()
        records.append(record)
        record = []
        i += 2
      case "\n":
        throw Malformed(description: "a bare LF outside quotes at \(i)")
      case "\"":
        throw Malformed(description: "a quote inside an unquoted field at \(i)")
      default:
        field.append(c)
        fieldStarted = true
        i += 1
      }
    }
    guard record.isEmpty && field.isEmpty else {
      throw Malformed(description: "the last record does not end with CRLF")
    }
    return records
  }
}
