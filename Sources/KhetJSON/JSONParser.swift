import KhetText

/// A strict RFC 8259 JSON parser that records byte offsets for every element and member.
///
/// It rejects everything RFC 8259 does not allow (invalid UTF-8, comments, trailing commas,
/// `NaN`, leading zeros, unescaped control characters, lone surrogates, ...) plus duplicate keys
/// in one object, and reports each problem with its position and what was expected. Nesting is
/// handled with an explicit stack, so no input can overflow the call stack, and no input can
/// make it crash or hang.
public struct JSONParser: Sendable {
  /// The deepest nesting of arrays and objects accepted.
  public let maxDepth: Int
  /// The longest string accepted, in UTF-8 bytes after decoding escapes. Also caps the length
  /// of a number's text.
  public let maxStringBytes: Int

  /// Creates a parser with nesting and string-length limits.
  public init(maxDepth: Int = 512, maxStringBytes: Int = 4 << 20) {
    self.maxDepth = maxDepth
    self.maxStringBytes = maxStringBytes
  }

  /// Parses one complete JSON value from `bytes[range]` (whitespace around it allowed, nothing
  /// else).
  ///
  /// Offsets in the result and in errors are absolute offsets into `bytes`, so a JSON Lines file
  /// can be parsed line by line while positions still refer to the whole file. A UTF-8 byte
  /// order mark is skipped only at offset 0 of `bytes`. A range reaching outside `bytes` is
  /// clamped to it. When parsing many ranges of one large buffer, prefer the `SourceText`
  /// overload so error positions reuse one cached line table.
  public func parse(
    _ bytes: [UInt8], range: Range<Int>? = nil
  ) throws(JSONSyntaxError)
    -> JSONValue
  {
    switch run(bytes, range: range) {
    case .success(let value):
      return value
    case .failure(let failure):
      throw failure.resolved { SourcePosition(offset: $0, scanning: bytes) }
    }
  }

  /// Parses one complete JSON value from `source.bytes[range]`, exactly like the `[UInt8]`
  /// overload, but computes error positions with the source's cached line table (useful when
  /// parsing a JSON Lines file line by line).
  public func parse(
    _ source: SourceText, range: Range<Int>? = nil
  ) throws(JSONSyntaxError)
    -> JSONValue
  {
    switch run(source.bytes, range: range) {
    case .success(let value):
      return value
    case .failure(let failure):
      throw failure.resolved { source.position(ofOffset: $0) }
    }
  }

  /// Parses without working out positions.
  private func run(_ bytes: [UInt8], range: Range<Int>?) -> Result<JSONValue, ParseFailure> {
    let whole = 0..<bytes.count
    let clamped = range.map { $0.clamped(to: whole) } ?? whole
    return bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, !clamped.isEmpty else {
        return .failure(
          ParseFailure(
            offset: clamped.lowerBound,
            Phrase(
              "errors.json.unexpectedEnd",
              ["expected": .phrase(Phrase("errors.json.expecting.value"))])))
      }
      var start = clamped.lowerBound
      if start == 0, clamped.count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF {
        start = 3
      }
      var core = ParserCore(
        base: base, start: start, end: clamped.upperBound, maxDepth: maxDepth,
        maxStringBytes: maxStringBytes)
      do throws(ParseFailure) {
        return .success(try core.parseDocument())
      } catch {
        return .failure(error)
      }
    }
  }
}
