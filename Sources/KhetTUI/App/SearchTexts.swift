import KhetText

/// Every issue's folded search text, by position, in one buffer: searching it touches no
/// strings (so no reference counting) in the loop that runs once per issue per keystroke.
struct SearchTexts: Sendable {
  private var bytes: [UInt8] = []
  /// Where each text starts in `bytes`; one more entry than texts, for the end of the last.
  private var starts: [Int] = [0]

  init(_ texts: [String]) {
    bytes.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count })
    starts.reserveCapacity(texts.count + 1)
    for var text in texts {
      text.withUTF8 { bytes.append(contentsOf: $0) }
      starts.append(bytes.count)
    }
  }

  /// An empty set (no filter typed yet).
  init() {}

  /// Calls `body` with the buffer, in which `text(p, in:)` finds each text.
  func withBytes<T>(_ body: (UnsafeRawBufferPointer) -> T) -> T {
    bytes.withUnsafeBytes(body)
  }

  /// The bytes of text `p` inside the buffer `withBytes` gave.
  func text(_ p: Int, in buffer: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
    UnsafeRawBufferPointer(rebasing: buffer[starts[p]..<starts[p + 1]])
  }
}
