import KhetJSON
import Testing

@testable import KhetStore

/// The CSV reader under the results import: what RFC 4180 allows is read, everything else is an
/// error at the right line and column, and no input makes it crash, hang or grow without bound.
@Suite struct ResultsCSVSyntaxTests {
  func records(
    _ bytes: [UInt8], limits: CSVReader.Limits = .standard
  ) throws(CSVSyntaxError) -> [CSVRecord] {
    var reader = try CSVReader(bytes, limits: limits)
    var all: [CSVRecord] = []
    while let record = try reader.next() { all.append(record) }
    return all
  }

  func records(_ text: String) throws(CSVSyntaxError) -> [CSVRecord] {
    try records(Array(text.utf8))
  }

  func texts(_ text: String) throws -> [[String]] {
    try records(text).map { $0.fields.map(\.text) }
  }

  /// The error reading `bytes`, or nil if they were read.
  func error(_ bytes: [UInt8], limits: CSVReader.Limits = .standard) -> CSVSyntaxError? {
    do {
      _ = try records(bytes, limits: limits)
      return nil
    } catch { return error }
  }

  func error(_ text: String, limits: CSVReader.Limits = .standard) -> CSVSyntaxError? {
    error(Array(text.utf8), limits: limits)
  }

  func at(_ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(line: line, column: column)
  }

  @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
    let read = try records("\u{FEFF}a,\"b,c\"\r\n\r\n\"x\"\"y\",\"line1\nline2\",z\n\n")
    #expect(read.map { $0.fields.map(\.text) } == [["a", "b,c"], ["x\"y", "line1\nline2", "z"]])
    #expect(read.map(\.line) == [1, 3])
    #expect(read[0].fields.map(\.position) == [at(1, 1), at(1, 3)])
    #expect(read[1].fields.map(\.position) == [at(3, 1), at(3, 8), at(4, 8)])
  }

  @Test func lineEndsAndEmptyFields() throws {
    #expect(try texts("a,b") == [["a", "b"]])
    #expect(try texts("a,\r\n,b\n,\n") == [["a", ""], ["", "b"], ["", ""]])
    #expect(try texts("\"\"") == [[""]])
    #expect(try texts("  \n\t") == [["  "], ["\t"]])
    #expect(try texts("a\r\n\"b\r\nc\"") == [["a"], ["b\r\nc"]])
  }

  @Test func emptyFilesHaveNoRecords() throws {
    for text in ["", "\u{FEFF}", "\n", "\r\n\r\n\n", "\u{FEFF}\n"] {
      #expect(try records(text).isEmpty, "\(Array(text.utf8))")
    }
  }

  @Test func columnsCountUnicodeScalarsNotBytes() throws {
    let read = try records("ឃុំ,\"ក\",x\n\u{1F600},y")
    #expect(read[0].fields.map(\.position) == [at(1, 1), at(1, 5), at(1, 9)])
    #expect(read[1].fields.map(\.position) == [at(2, 1), at(2, 3)])
  }

  @Test func aQuoteInsideAnUnquotedFieldIsAnError() {
    let e = error("a,b\nab\"c,d\n")
    #expect(e?.position == at(2, 3))
    #expect(e?.message.contains("quote inside an unquoted field") == true)
    #expect(error("a, \"b\"")?.position == at(1, 4))
  }

  @Test func textAfterAClosingQuoteIsAnError() {
    let e = error("x\n\"ab\"c,d")
    #expect(e?.position == at(2, 5))
    #expect(
      e?.message == """
        'c' after the closing quote of a field; expected a comma or a line end (a quote inside a \
        quoted field is written "")
        """)
    #expect(error("\"a\" ,b")?.message.hasPrefix("U+0020 after the closing quote") == true)
    #expect(error("\"a\"\u{202E}")?.message.hasPrefix("U+202E after") == true)
  }

  @Test func anUnterminatedQuotedFieldIsReportedWhereItOpens() {
    let e = error("a,b\nc,\"open\nmore\nlines")
    #expect(e?.position == at(2, 3))
    #expect(e?.message.contains("never closed") == true)
    #expect(error("\"")?.position == at(1, 1))
    #expect(error("\"ab\"\"")?.position == at(1, 1))
  }

  @Test func controlCharactersOtherThanTabAndLineBreaksAreErrors() throws {
    for (text, column, code) in [
      ("ab\u{0}c", 3, "U+0000"), ("\"a\u{1B}[31m\"", 3, "U+001B"), ("a\u{7F}", 2, "U+007F"),
      ("ក\u{85}", 2, "U+0085"), ("\u{0C}", 1, "U+000C"),
    ] {
      let e = error(text)
      #expect(e?.position == at(1, column), "\(text.debugDescription)")
      #expect(e?.message.hasPrefix("control character \(code) in a field") == true)
    }
    #expect(try texts("a\tb,\"c\td\"") == [["a\tb", "c\td"]])
  }

  @Test func aCarriageReturnOutsideQuotesMustEndALine() {
    #expect(error("ab\rc")?.position == at(1, 3))
    #expect(error("\"ab\"\rc")?.message.contains("carriage return") == true)
    #expect(error("\r")?.position == at(1, 1))
  }

  @Test func invalidUTF8IsAnErrorAtItsColumn() {
    let cases: [([UInt8], Int, String)] = [
      ([0x61, 0x2C, 0xFF], 3, "0xFF"),
      (Array("ក".utf8) + [0x80], 2, "0x80"),
      ([0xC0, 0xAF], 1, "0xC0"),  // an overlong '/'
      ([0x61, 0xE1, 0x80], 2, "0xE1"),  // cut short by the end of the file
      ([0xED, 0xA0, 0x80], 1, "0xED"),  // a surrogate
      ([0xF4, 0x90, 0x80, 0x80], 1, "0xF4"),  // above U+10FFFF
      ([0x22, 0xE1, 0x41, 0x42, 0x22], 2, "0xE1"),  // a lead byte without its continuation
    ]
    for (bytes, column, byte) in cases {
      let e = error(bytes)
      #expect(e?.position == at(1, column), "\(bytes)")
      #expect(e?.message.hasPrefix("invalid UTF-8 (byte \(byte))") == true, "\(bytes)")
    }
  }

  @Test func fourByteAndThreeByteScalarsAreRead() throws {
    #expect(
      try texts("\u{10FFFF},\u{800},\u{FFFD},é") == [["\u{10FFFF}", "\u{800}", "\u{FFFD}", "é"]])
  }

  @Test func tooManyRecordsStopsAtTheFirstOneOver() {
    var limits = CSVReader.Limits.standard
    limits.records = 3
    #expect(error("a\n\nb\nc\n\n", limits: limits) == nil)
    let e = error("a\n\nb\nc\n\nd\ne\n", limits: limits)
    #expect(e?.position == at(6, 1))
    #expect(e?.message == "more than 3 records; split the file")
  }

  @Test func theStandardRecordLimitIsAMillion() {
    var bytes = Array(String(repeating: "a\n", count: 1_000_000).utf8)
    #expect(error(bytes) == nil)
    bytes += Array("b".utf8)
    #expect(error(bytes)?.position == at(1_000_001, 1))
  }

  @Test func aFieldOverTenThousandBytesIsAnError() {
    let longest = String(repeating: "ក", count: 3_333) + "a"  // 10,000 bytes
    #expect(error("x,\(longest)") == nil)
    #expect(error("x,\"\(longest)\"") == nil)
    #expect(error("x,\"\(String(repeating: "\"\"", count: 10_000))\"") == nil)
    let e = error("x,\(longest)b")
    #expect(e?.position == at(1, 3))
    #expect(e?.message == "a field longer than 10000 bytes")
    #expect(error("x\n\"\(longest)\"\"\"")?.position == at(2, 1))
  }

  @Test func aRecordOverAThousandFieldsIsAnError() {
    #expect(error(String(repeating: ",", count: 999)) == nil)
    let e = error(String(repeating: ",", count: 1_000))
    #expect(e?.position == at(1, 1_001))
    #expect(e?.message == "more than 1000 fields in one record")
  }

  @Test func aFileOver64MiBIsRefusedBeforeReading() {
    var limits = CSVReader.Limits.standard
    limits.fileBytes = 4
    #expect(error("a,bc", limits: limits) == nil)
    #expect(error("a,bcd", limits: limits)?.position == nil)
    let e = error([UInt8](repeating: 0, count: (64 << 20) + 1))
    #expect(e?.position == nil)
    #expect(e?.message.contains("67108865 bytes, more than the 67108864 (64 MiB)") == true)
  }

  @Test func hostileInputEndsInAResultOrAnError() {
    let quotes = [UInt8](repeating: UInt8(ascii: "\""), count: 1 << 20)
    #expect(error(quotes)?.message.contains("never closed") == true)
    #expect(error(quotes + [0x22])?.message.contains("never closed") == true)
    #expect(error(quotes + [0x22])?.position == at(1, 1))
    let longQuoted = [0x22] + [UInt8](repeating: 0x61, count: 1 << 20)
    #expect(error(longQuoted)?.message.contains("a quote that is never closed") == true)
    var random = SplitMix(seed: 7)
    for _ in 0..<200 {
      let bytes = (0..<random.next(below: 4_000)).map { _ in
        [0x22, 0x2C, 0x0A, 0x0D, 0x61, 0xE1, 0x9E, 0x80, 0xFF, 0x00][random.next(below: 10)]
      }
      _ = error(bytes.map(UInt8.init))
    }
  }
}

/// A small seeded generator, so that the hostile inputs are the same on every run.
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next(below bound: Int) -> Int {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return Int((z ^ (z >> 31)) % UInt64(bound))
  }
}
