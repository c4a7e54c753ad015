/// Where a byte offset lies in a source: 1-based line and 1-based column counted in Unicode
/// scalars (not bytes).
///
/// Lines end at `"\n"` (so `"\r\n"` works too). A UTF-8 byte order mark at the very start of the
/// source is not counted as a column, matching what editors show.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
  /// The 1-based line number.
  public let line: Int
  /// The 1-based column, counted in Unicode scalars from the start of the line.
  public let column: Int

  /// Creates a position from a 1-based line and column.
  public init(line: Int, column: Int) {
    self.line = line
    self.column = column
  }

  /// `"line:column"`, e.g. `"12:5"`.
  public var description: String { "\(line):\(column)" }

  /// Orders positions by line, then column.
  public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
    (lhs.line, lhs.column) < (rhs.line, rhs.column)
  }
}

extension SourcePosition {
  /// Locates `offset` in `bytes` with one scan from the start (no cached line table).
  ///
  /// Offsets outside the buffer are clamped to it.
  init(offset: Int, scanning bytes: [UInt8]) {
    let target = min(max(offset, 0), bytes.count)
    var line = 1
    var lineStart = 0
    bytes.withUnsafeBufferPointer { buffer in
      for index in 0..<target where buffer[index] == 0x0A {
        line += 1
        lineStart = index + 1
      }
    }
    self.init(line: line, column: Self.column(in: bytes, lineStart: lineStart, offset: target))
  }

  /// The 1-based scalar column of `offset` on the line starting at `lineStart`.
  ///
  /// Counts bytes that are not UTF-8 continuation bytes, so each scalar (and each invalid byte)
  /// counts once. A byte order mark at offset 0 is skipped.
  static func column(in bytes: [UInt8], lineStart: Int, offset: Int) -> Int {
    bytes.withUnsafeBufferPointer { buffer in
      var start = lineStart
      if start == 0, offset >= 3, buffer.count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB,
        buffer[2] == 0xBF
      {
        start = 3
      }
      var column = 1
      var index = start
      while index < offset {
        if buffer[index] & 0xC0 != 0x80 { column += 1 }
        index += 1
      }
      return column
    }
  }
}
