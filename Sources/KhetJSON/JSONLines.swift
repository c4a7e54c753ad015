/// One line of a JSON Lines buffer.
public struct JSONLine: Sendable, Hashable {
  /// The 1-based line number in the whole buffer.
  public let number: Int
  /// The line's bytes, without the `"\n"` (and without a `"\r"` just before it).
  public let range: Range<Int>

  /// Creates a line.
  public init(number: Int, range: Range<Int>) {
    self.number = number
    self.range = range
  }
}

/// Splitting of JSON Lines buffers (one JSON value per line).
public enum JSONLines: Sendable {
  /// Splits a buffer into lines, skipping blank lines (empty or only spaces, tabs and `"\r"`)
  /// while still counting them in line numbers.
  ///
  /// `lastLineIsTerminated` is false when the buffer ends with a non-blank line that has no
  /// `"\n"`, which usually means the last write was torn; that line is still returned. Parse
  /// each line with `JSONParser.parse(bytes, range: line.range)` so errors carry the file's
  /// line numbers.
  public static func split(_ bytes: [UInt8]) -> (lines: [JSONLine], lastLineIsTerminated: Bool) {
    var lines: [JSONLine] = []
    var terminated = true
    bytes.withUnsafeBufferPointer { buffer in
      var number = 1
      var start = 0
      let count = buffer.count
      while start < count {
        var stop = start
        while stop < count, buffer[stop] != 0x0A { stop += 1 }
        var contentEnd = stop
        if contentEnd > start, buffer[contentEnd - 1] == 0x0D { contentEnd -= 1 }
        var blank = true
        for index in start..<contentEnd {
          let byte = buffer[index]
          if byte != 0x20, byte != 0x09, byte != 0x0D {
            blank = false
            break
          }
        }
        if !blank {
          lines.append(JSONLine(number: number, range: start..<contentEnd))
          terminated = stop < count
        }
        number += 1
        start = stop + 1
      }
    }
    return (lines, terminated)
  }
}
