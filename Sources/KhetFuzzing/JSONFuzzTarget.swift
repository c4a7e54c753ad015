import KhetJSON
import KhetLocale

extension FuzzTarget {
  /// KhetJSON on arbitrary bytes, as one document and as JSON Lines.
  ///
  /// Checks: the parser returns or throws, never crashes or hangs; an error lies inside the
  /// input and its line:column is the same whichever overload computed it; an accepted value
  /// writes (compact and pretty) to text that parses back to an equal value, the same bytes
  /// every time; a parser with small limits accepts exactly what the default one accepts within
  /// those limits; each JSON Lines line's error names that line.
  public static let json = FuzzTarget(
    name: "json", summary: "KhetJSON parser, writer and JSON Lines on arbitrary bytes",
    run: JSONChecks.run)
}

/// The checks of the `json` target.
enum JSONChecks {
  /// The small limits compared with the default parser.
  static let smallDepth = 8
  static let smallStrings = 24

  static func run(_ bytes: [UInt8]) throws(InvariantFailure) {
    let source = SourceText(bytes: bytes)
    let outcome = parse(bytes)
    try require(
      sameOutcome(outcome, parseSource(source)),
      "parsing bytes and SourceText disagree: \(outcome) vs \(parseSource(source))")
    switch outcome {
    case .success(let value):
      try checkRoundTrip(value)
      try checkSmallLimits(bytes, accepted: value)
    case .failure(let error):
      try checkError(error, in: bytes, range: 0..<bytes.count, source: source)
      try checkSmallLimitsRejected(bytes)
    }
    try checkLines(bytes, source: source)
  }

  static func parse(
    _ bytes: [UInt8], parser: JSONParser = JSONParser(), range: Range<Int>? = nil
  ) -> Result<JSONValue, JSONSyntaxError> {
    do { return .success(try parser.parse(bytes, range: range)) } catch { return .failure(error) }
  }

  static func parseSource(
    _ source: SourceText, range: Range<Int>? = nil
  ) -> Result<JSONValue, JSONSyntaxError> {
    do { return .success(try JSONParser().parse(source, range: range)) } catch {
      return .failure(error)
    }
  }

  static func sameOutcome(
    _ a: Result<JSONValue, JSONSyntaxError>, _ b: Result<JSONValue, JSONSyntaxError>
  ) -> Bool {
    switch (a, b) {
    case (.success(let x), .success(let y)): return x == y
    case (.failure(let x), .failure(let y)): return x == y
    default: return false
    }
  }

  /// An error must point into the range parsed (or just past it) with a usable position.
  static func checkError(
    _ error: JSONSyntaxError, in bytes: [UInt8], range: Range<Int>, source: SourceText
  ) throws(InvariantFailure) {
    try require(
      error.offset >= range.lowerBound && error.offset <= range.upperBound,
      "error offset \(error.offset) outside \(range): \(error)")
    try require(!error.message.isEmpty, "error without a message at \(error.offset)")
    let expected = source.position(ofOffset: error.offset)
    try require(
      error.position == expected,
      "error at offset \(error.offset) says \(error.position), the source says \(expected)")
    try require(error.position.line >= 1 && error.position.column >= 1, "position \(error)")
  }

  /// Anything accepted must be written deterministically and read back unchanged.
  static func checkRoundTrip(_ value: JSONValue) throws(InvariantFailure) {
    for style in [JSONStyle.compact, .pretty] {
      let written = JSONWriter.bytes(value, style: style)
      try require(
        written == JSONWriter.bytes(value, style: style), "writing \(style) is not deterministic")
      switch parse(written) {
      case .success(let reread):
        try require(reread == value, "\(style) output reads back as a different value")
      case .failure(let error):
        throw InvariantFailure(
          "\(style) output of an accepted value is refused: \(error); output "
            + shown(String(decoding: written, as: UTF8.self)))
      }
    }
  }

  /// What a parser with small limits accepts, the default parser accepts as the same value.
  static func checkSmallLimits(_ bytes: [UInt8], accepted value: JSONValue) throws(InvariantFailure)
  {
    let small = JSONParser(maxDepth: smallDepth, maxStringBytes: smallStrings)
    let measured = JSONShape(value)
    switch parse(bytes, parser: small) {
    case .success(let smallValue):
      try require(smallValue == value, "the small-limit parser read a different value")
      try require(
        measured.depth <= smallDepth && measured.longestText <= smallStrings,
        "the small-limit parser accepted depth \(measured.depth), text \(measured.longestText)")
    case .failure(let error):
      try require(
        measured.depth > smallDepth || measured.longestText > smallStrings,
        "the small-limit parser refused a value within its limits (depth \(measured.depth), "
          + "text \(measured.longestText)): \(error)")
    }
  }

  /// What the default parser refuses, a parser with small limits refuses too.
  static func checkSmallLimitsRejected(_ bytes: [UInt8]) throws(InvariantFailure) {
    let small = JSONParser(maxDepth: smallDepth, maxStringBytes: smallStrings)
    if case .success = parse(bytes, parser: small) {
      throw InvariantFailure("the small-limit parser accepted what the default parser refuses")
    }
  }

  /// Each line of the buffer as a JSON Lines record: errors carry that line's number.
  static func checkLines(_ bytes: [UInt8], source: SourceText) throws(InvariantFailure) {
    let (lines, terminated) = JSONLines.split(bytes)
    var previousEnd = 0
    for line in lines {
      try require(
        line.range.lowerBound >= previousEnd && line.range.upperBound <= bytes.count,
        "line \(line.number) range \(line.range) overlaps or leaves the buffer")
      try require(!bytes[line.range].contains(0x0A), "line \(line.number) holds a line feed")
      previousEnd = line.range.upperBound
      let position = source.position(ofOffset: line.range.lowerBound)
      try require(
        position.line == line.number && position.column == 1,
        "line \(line.number) starts at \(position)")
      if case .failure(let error) = parseSource(source, range: line.range) {
        try checkError(error, in: bytes, range: line.range, source: source)
        try require(
          error.position.line == line.number,
          "an error in line \(line.number) is reported at \(error.position)")
      }
    }
    if let last = lines.last, !terminated {
      // It ends at the end of the buffer, less a carriage return there.
      let end = bytes.last == 0x0D ? bytes.count - 1 : bytes.count
      try require(last.range.upperBound == end, "an unterminated last line ends early")
    }
  }
}
