import KhetJSON
import KhetText

/// Reads a CSV file strictly by RFC 4180, one record at a time, locating every field by line and
/// column so that a problem in it can be shown where a person will find it.
///
/// - Fields are separated by commas; records end with CRLF or LF, and the last line end is
///   optional. An entirely empty line is skipped; a line holding only spaces is a record.
/// - A field is either unquoted, containing no `"`, or wholly in double quotes, where `""` stands
///   for one quote and commas, CR and LF are kept as text.
/// - A UTF-8 byte order mark at the very start is skipped and not counted as a column.
/// - Lines are counted at each LF (inside quoted fields too); columns count Unicode scalars from
///   the start of the line, as `SourcePosition` does for JSON.
///
/// Anything else is an error at the first place it occurs, after which the reader stops: invalid
/// UTF-8, a quote inside an unquoted field, text after a closing quote, a quoted field that is
/// never closed (reported where it opens), a carriage return outside quotes not followed by a
/// line feed, and control characters (Unicode category Cc: U+0000–U+001F, U+007F–U+009F) other
/// than tab, CR and LF. The `limits` bound the file, the records and each record, so reading
/// takes time in proportion to the file and memory in proportion to one record.
///
/// ```swift
/// var reader = try CSVReader(Array("unit,value\r\n140101,\"12\"\r\n".utf8))
/// while let record = try reader.next() { print(record.line, record.fields.map(\.text)) }
/// ```
struct CSVReader {
  /// How large a file the reader accepts.
  struct Limits: Sendable {
    /// The most bytes in the file, byte order mark included.
    var fileBytes = 64 << 20
    /// The most records, a header row included.
    var records = 1_000_000
    /// The most fields in one record.
    var fieldsPerRecord = 1_000
    /// The most bytes of text in one field, after removing quotes.
    var fieldBytes = 10_000

    /// 64 MiB, a million records, a thousand fields a record, 10,000 bytes a field.
    static let standard = Limits()
  }

  let bytes: [UInt8]
  let limits: Limits
  /// How many records have been read.
  private(set) var recordCount = 0
  private(set) var offset = 0
  private(set) var line = 1
  /// The column of the byte at `offset`, counted in Unicode scalars.
  private(set) var column = 1
  /// The text of the quoted field being read, reused from field to field.
  private var scratch: [UInt8] = []

  private static let quote = UInt8(ascii: "\"")
  private static let comma = UInt8(ascii: ",")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")

  /// A reader of `bytes`; throws if there are more than `limits.fileBytes` of them.
  init(_ bytes: [UInt8], limits: Limits = .standard) throws(CSVSyntaxError) {
    guard bytes.count <= limits.fileBytes else {
      throw CSVSyntaxError(
        position: nil,
        reason: Phrase(
          "errors.import.csv.fileTooLarge",
          [
            "size": .number(bytes.count), "limit": .number(limits.fileBytes),
            "mebibytes": .number(limits.fileBytes >> 20),
          ]))
    }
    self.bytes = bytes
    self.limits = limits
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
  }

  /// The next record, or nil at the end of the file; throws the first syntax error or exceeded
  /// limit, and must not be called again after it has.
  mutating func next() throws(CSVSyntaxError) -> CSVRecord? {
    while skipLineEnd() {}
    guard offset < bytes.count else { return nil }
    guard recordCount < limits.records else {
      throw error(Phrase("errors.import.csv.tooManyRecords", ["limit": .number(limits.records)]))
    }
    recordCount += 1
    let line = self.line
    return CSVRecord(line: line, fields: try fields())
  }

  /// Reads one record's fields and the line end after them, if any.
  private mutating func fields() throws(CSVSyntaxError) -> [CSVField] {
    var fields: [CSVField] = []
    while true {
      guard fields.count < limits.fieldsPerRecord else {
        throw error(
          Phrase("errors.import.csv.tooManyFields", ["limit": .number(limits.fieldsPerRecord)]))
      }
      let start = position
      let text = byte(0) == Self.quote ? try quotedField() : try unquotedField()
      fields.append(CSVField(text: text, position: start))
      guard offset < bytes.count else { return fields }
      if byte(0) == Self.comma {
        advance(1)
        continue
      }
      if skipLineEnd() { return fields }
      if byte(0) == Self.carriageReturn { throw bareCarriageReturn() }
      // Unquoted fields stop only at a comma or line end, so this follows a closing quote.
      throw error(Phrase("errors.import.csv.afterClosingQuote", ["found": describeScalar()]))
    }
  }

  /// Reads a field that does not start with a quote, up to a comma, line end or the file's end.
  private mutating func unquotedField() throws(CSVSyntaxError) -> String {
    let start = offset
    let startPosition = position
    scan: while offset < bytes.count {
      switch bytes[offset] {
      case Self.comma, Self.lineFeed:
        break scan
      case Self.carriageReturn:
        if byte(1) == Self.lineFeed { break scan }
        throw bareCarriageReturn()
      case Self.quote:
        throw error(Phrase("errors.import.csv.quoteInUnquotedField"))
      default:
        try advanceScalar()
      }
      if offset - start > limits.fieldBytes { throw fieldTooLong(at: startPosition, quoted: false) }
    }
    return String(decoding: bytes[start..<offset], as: UTF8.self)
  }

  /// Reads a field in quotes, from the opening quote through the closing one.
  private mutating func quotedField() throws(CSVSyntaxError) -> String {
    let opening = position
    advance(1)
    scratch.removeAll(keepingCapacity: true)
    while true {
      guard offset < bytes.count else {
        throw CSVSyntaxError(
          position: opening, reason: Phrase("errors.import.csv.unclosedQuote"))
      }
      switch bytes[offset] {
      case Self.quote:
        guard byte(1) == Self.quote else {
          advance(1)
          return String(decoding: scratch, as: UTF8.self)
        }
        scratch.append(Self.quote)
        advance(2)
      case Self.lineFeed:
        scratch.append(Self.lineFeed)
        offset += 1
        line += 1
        column = 1
      case Self.carriageReturn:
        scratch.append(Self.carriageReturn)
        advance(1)
      default:
        let start = offset
        try advanceScalar()
        scratch.append(contentsOf: bytes[start..<offset])
      }
      if scratch.count > limits.fieldBytes { throw fieldTooLong(at: opening, quoted: true) }
    }
  }

  /// Skips a LF or CRLF at `offset`; returns whether there was one.
  private mutating func skipLineEnd() -> Bool {
    let width: Int
    if byte(0) == Self.lineFeed {
      width = 1
    } else if byte(0) == Self.carriageReturn, byte(1) == Self.lineFeed {
      width = 2
    } else {
      return false
    }
    offset += width
    line += 1
    column = 1
    return true
  }

  /// Moves past one scalar of text, checking that it is valid UTF-8 and not a control character.
  private mutating func advanceScalar() throws(CSVSyntaxError) {
    let lead = bytes[offset]
    if lead < 0x80 {
      if (lead < 0x20 && lead != UInt8(ascii: "\t")) || lead == 0x7F {
        throw controlCharacter(UInt32(lead))
      }
      advance(1)
      return
    }
    guard let (value, width) = Self.decodeUTF8(bytes, at: offset) else {
      throw error(
        Phrase(
          "errors.import.csv.invalidUTF8", ["byte": .code("0x\(Self.hex(UInt32(lead), digits: 2))")]
        ))
    }
    if value <= 0x9F { throw controlCharacter(value) }
    offset += width
    column += 1
  }

  /// Moves past `count` one-byte scalars.
  private mutating func advance(_ count: Int) {
    offset += count
    column += count
  }

  /// The byte `ahead` bytes after `offset`, or nil past the end.
  private func byte(_ ahead: Int) -> UInt8? {
    offset + ahead < bytes.count ? bytes[offset + ahead] : nil
  }

  /// The line and column of the byte at `offset`.
  var position: SourcePosition { SourcePosition(line: line, column: column) }

  private func error(_ reason: Phrase) -> CSVSyntaxError {
    CSVSyntaxError(position: position, reason: reason)
  }
}
