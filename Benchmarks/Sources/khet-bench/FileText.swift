#if canImport(Glibc)
  import Glibc
#endif

/// Small whole-file reads and writes (error output, the JSON report).
enum FileText {
  /// The file's text, at most `limit` bytes; empty when it cannot be read.
  static func read(_ path: String, limit: Int = 4096) -> String {
    let fd = open(path, O_RDONLY)
    guard fd >= 0 else { return "" }
    defer { close(fd) }
    var bytes = [UInt8](repeating: 0, count: limit)
    let count = Glibc.read(fd, &bytes, limit)
    return String(decoding: bytes.prefix(max(0, count)), as: UTF8.self)
  }

  /// Replaces the file's contents with `text`.
  static func write(_ text: String, to path: String) throws {
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else {
      throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))")
    }
    defer { close(fd) }
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      }
      guard written > 0 else {
        throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))")
      }
      offset += written
    }
  }

  /// A new, empty temporary directory (under `$TMPDIR`, else /tmp).
  static func temporaryDirectory() throws -> String {
    let base = getenv("TMPDIR").map { String(cString: $0) } ?? "/tmp"
    var template = Array("\(base)/khet-bench.XXXXXX".utf8CString)
    guard mkdtemp(&template) != nil else {
      throw BenchError("cannot create a temporary directory in \(base)")
    }
    return template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
  }
}
