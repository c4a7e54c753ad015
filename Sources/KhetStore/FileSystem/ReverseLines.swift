#if canImport(Glibc)
  import Glibc
#endif

/// A file's lines from the last to the first, read a chunk at a time from the end: finding the
/// newest entries of a log costs what they take, not what the whole file takes.
final class ReverseLines {
  private let fd: Int32
  private let path: String
  /// File bytes from offset `start`; those before `end` are not yet returned.
  private var pending: [UInt8] = []
  private var start: Int
  private var end = 0
  private var finished = false
  private static let chunk = 1 << 20

  /// Nil when the file does not exist.
  init?(_ path: String) throws(FileError) {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw FileError(.read, path)
    }
    var info = stat()
    guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else {
      close(fd)
      throw FileError(.read, path, code: EINVAL)
    }
    self.fd = fd
    self.path = path
    start = Int(info.st_size)
    finished = start == 0
    if start > 0 {
      try readBack()
      if pending.last == 0x0A { end -= 1 }  // a final newline ends the last line
    }
  }

  deinit { close(fd) }

  /// The next line back (without its newline): `bytes[range]`, where `bytes` is the reader's
  /// buffer (shared, not copied) — and the offset in the file where the line starts; nil after
  /// the first line.
  func next() throws(FileError) -> (bytes: [UInt8], range: Range<Int>, offset: Int)? {
    while !finished {
      if let newline = lastNewline(before: end) {
        let range = (newline + 1)..<end
        end = newline
        return (pending, range, start + range.lowerBound)
      }
      if start == 0 {
        finished = true
        return (pending, 0..<end, 0)
      }
      try readBack()
    }
    return nil
  }

  private func lastNewline(before end: Int) -> Int? {
    pending.withUnsafeBufferPointer { p in
      var i = end - 1
      while i >= 0 {
        if p[i] == 0x0A { return i }
        i -= 1
      }
      return nil
    }
  }

  /// Puts the chunk before `start` in front of the bytes not yet returned.
  private func readBack() throws(FileError) {
    let from = max(0, start - Self.chunk)
    var chunk = [UInt8](repeating: 0, count: start - from)
    var done = 0
    while done < chunk.count {
      let n = chunk.withUnsafeMutableBytes {
        pread(fd, $0.baseAddress! + done, $0.count - done, off_t(from + done))
      }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { throw FileError(.read, path) }
      done += n
    }
    end += chunk.count
    pending = chunk + pending[..<(end - chunk.count)]
    start = from
  }
}
