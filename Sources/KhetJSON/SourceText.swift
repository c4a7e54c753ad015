#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// The text being parsed, which can turn byte offsets into line:column positions.
///
/// The table of line starts is built on first use and cached, so each later lookup costs a
/// binary search plus a walk along one line. Safe to share between tasks.
public final class SourceText: Sendable {
  /// The whole source, as UTF-8 bytes.
  public let bytes: [UInt8]
  private let lineStarts: LazyLineStarts

  /// Wraps a source buffer; nothing is computed until the first lookup.
  public init(bytes: [UInt8]) {
    self.bytes = bytes
    self.lineStarts = LazyLineStarts()
  }

  /// The line and column of a byte offset. Offsets outside the buffer are clamped to it, and
  /// `bytes.count` (end of input) is a valid offset.
  public func position(ofOffset offset: Int) -> SourcePosition {
    let target = min(max(offset, 0), bytes.count)
    let starts = lineStarts.get(for: bytes)
    // Find the last line start <= target.
    var low = 0
    var high = starts.count
    while high - low > 1 {
      let mid = (low + high) / 2
      if starts[mid] <= target { low = mid } else { high = mid }
    }
    let column = SourcePosition.column(in: bytes, lineStart: starts[low], offset: target)
    return SourcePosition(line: low + 1, column: column)
  }
}

/// A once-computed table of line start offsets, guarded by a mutex.
private final class LazyLineStarts: @unchecked Sendable {
  // Safety: `starts` is only read or written while `mutex` is held.
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var starts: [Int]?

  init() {
    mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deinitialize(count: 1)
    mutex.deallocate()
  }

  /// The line starts of `bytes`, computing them on first call.
  func get(for bytes: [UInt8]) -> [Int] {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    if let starts { return starts }
    var result = [0]
    bytes.withUnsafeBufferPointer { buffer in
      for index in buffer.indices where buffer[index] == 0x0A {
        result.append(index + 1)
      }
    }
    starts = result
    return result
  }
}
