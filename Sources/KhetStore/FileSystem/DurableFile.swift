#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reading and writing files so that a crash or power cut at any moment leaves either the old
/// contents or the new, never a mix (see docs/reliability.md).
enum DurableFile {
  /// New files get read/write for owner and group only, further limited by the umask.
  static let createMode: mode_t = 0o660

  /// The whole file, or nil when it does not exist.
  static func read(_ path: String) throws(FileError) -> [UInt8]? {
    try read(path, from: 0)
  }

  /// The bytes of a file from `offset` to its end (at most `limit` of them), or nil when the file
  /// does not exist. One `pread` loop into one buffer: no copies. O_NONBLOCK: opening a FIFO
  /// put in place of a data file must not hang.
  static func read(
    _ path: String, from offset: Int, limit: Int = Int.max
  ) throws(FileError) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw FileError(.read, path)
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw FileError(.read, path) }
    let kind = info.st_mode & S_IFMT
    guard kind == S_IFREG else {
      throw FileError(.read, path, code: kind == S_IFDIR ? EISDIR : EINVAL)
    }
    let count = max(0, min(limit, Int(info.st_size) - offset))
    var failed = false
    let bytes = [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      var done = 0
      while done < count {
        let n = pread(fd, buffer.baseAddress! + done, count - done, off_t(offset + done))
        if n < 0 && errno == EINTR { continue }
        if n <= 0 {
          failed = n < 0
          break
        }
        done += n
      }
      initialized = done
    }
    if failed { throw FileError(.read, path) }
    return bytes
  }

  /// Replaces a file atomically and durably: write a temporary file in the same directory,
  /// fsync it, rename it over the target, fsync the directory. On failure the target is as it
  /// was and the temporary file is removed. A new file gets `mode`, limited by the umask; a
  /// file that is replaced keeps its permission bits and group, unless `keepingPermissions`
  /// is false (then it gets `mode` like a new one).
  static func replace(
    _ path: String, with bytes: [UInt8], mode: mode_t = createMode,
    keepingPermissions: Bool = true
  ) throws(FileError) {
    try StagedFile(path, bytes, mode: mode, keepingPermissions: keepingPermissions).commit()
  }

  /// Replaces a file as `replace(_:with:mode:)` does, with its own bytes followed by `bytes`:
  /// the copy is made by the kernel (`sendfile`), never held in memory. For a log that
  /// must gain many lines at once or none.
  static func replace(_ path: String, extendingWith bytes: [UInt8]) throws(FileError) {
    let source = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if source < 0 && errno != ENOENT { throw FileError(.read, path) }
    defer { if source >= 0 { close(source) } }
    try StagedFile(path, mode: createMode) { (fd) throws(FileError) in
      if source >= 0 { try copyAll(from: source, to: fd, path: path) }
      try writeAll(fd, bytes, path: path)
    }.commit()
  }

  /// Removes the temporary files that `replace` left beside `path` when a crash cut it short
  /// (`.NAME.tmp-PID-RANDOM`). Only safe under the write lock, which every replace of a data
  /// file holds.
  static func removeTemporaries(of path: String) {
    let name = path.split(separator: "/").last.map(String.init) ?? path
    let prefix = ".\(name).tmp-"
    let dir = directory(of: path)
    guard let stream = opendir(dir) else { return }
    defer { closedir(stream) }
    var found: [String] = []
    while let entry = readdir(stream) {
      let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if entryName.hasPrefix(prefix) { found.append(entryName) }
    }
    for entryName in found { unlink("\(dir)/\(entryName)") }
  }

  /// Appends bytes to a file (creating it if needed) and fsyncs it; a new file's directory is
  /// fsynced too. Returns the file's size after the append. All or nothing: when a write or
  /// the fsync fails (a full disk writes part of the bytes, then fails), the file is cut back
  /// to its size before — or removed, if this created it — so no half-written line is left to
  /// be read as a torn record or glued to the next append.
  @discardableResult
  static func append(_ path: String, _ bytes: [UInt8]) throws(FileError) -> Int {
    let existed = access(path, F_OK) == 0
    let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, createMode)
    guard fd >= 0 else { throw FileError(.appendTo, path) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw FileError(.appendTo, path) }
    let before = Int(info.st_size)
    do throws(FileError) {
      try writeAll(fd, bytes, path: path)
      guard fsync(fd) == 0 else { throw FileError(.appendTo, path) }
      if !existed { try syncDirectory(directory(of: path)) }
    } catch {
      if existed {
        if ftruncate(fd, off_t(before)) == 0 { fsync(fd) }
      } else {
        unlink(path)
      }
      throw error
    }
    return before + bytes.count
  }

  /// Cuts a file to `length` bytes and fsyncs it (used to remove a torn last line).
  static func truncate(_ path: String, to length: Int) throws(FileError) {
    let fd = open(path, O_WRONLY | O_CLOEXEC)
    guard fd >= 0 else { throw FileError(.repair, path) }
    defer { close(fd) }
    guard ftruncate(fd, off_t(length)) == 0, fsync(fd) == 0 else {
      throw FileError(.repair, path)
    }
  }

  /// Size and modification time, or nil when the file does not exist.
  static func fingerprint(_ path: String) throws(FileError) -> FileFingerprint? {
    var info = stat()
    guard stat(path, &info) == 0 else {
      if errno == ENOENT { return nil }
      throw FileError(.read, path)
    }
    return FileFingerprint(
      size: Int(info.st_size),
      modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
      changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec),
      inode: UInt64(info.st_ino))
  }

  /// The offset where a file's last, unterminated line starts, or nil when the file is empty
  /// or ends with a newline. Reads backwards from the end, so the cost is the torn line's length.
  static func tornTailOffset(_ path: String) throws(FileError) -> Int? {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw FileError(.read, path)
    }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else { throw FileError(.read, path) }
    var end = Int(info.st_size)
    guard end > 0 else { return nil }
    var chunk = [UInt8](repeating: 0, count: 4096)
    var first = true
    while end > 0 {
      let start = max(0, end - chunk.count)
      let n = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, end - start, off_t(start)) }
      guard n == end - start else { throw FileError(.read, path) }
      if first {
        if chunk[n - 1] == 0x0A { return nil }
        first = false
      }
      if let newline = chunk[0..<n].lastIndex(of: 0x0A) { return start + newline + 1 }
      end = start
    }
    return 0
  }

  /// Creates a directory and any missing parents (mode 0770 before the umask).
  static func makeDirectory(_ path: String) throws(FileError) {
    if isDirectory(path) { return }
    let parent = directory(of: path)
    if parent != path && !parent.isEmpty && parent != "/" && !isDirectory(parent) {
      try makeDirectory(parent)
    }
    if mkdir(path, 0o770) != 0 && errno != EEXIST { throw FileError(.create, path) }
  }

  static func isDirectory(_ path: String) -> Bool {
    var info = stat()
    return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// Copies all of `source` (from its start) to the end of `target`, in the kernel where it can,
  /// else through a buffer.
  private static func copyAll(from source: Int32, to target: Int32, path: String) throws(FileError)
  {
    var info = stat()
    guard fstat(source, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
      throw FileError(.read, path, code: EINVAL)
    }
    var left = Int(info.st_size)
    var offset: off_t = 0
    while left > 0 {
      let n = sendfile(target, source, &offset, min(left, 1 << 30))
      if n < 0 && errno == EINTR { continue }
      if n < 0 && [ENOSYS, EINVAL].contains(errno) { break }  // not here: copy through memory
      if n < 0 { throw FileError(.write, path) }
      if n == 0 { break }  // the file is shorter than it was: copy what there is
      left -= n
    }
    var buffer = [UInt8](repeating: 0, count: 1 << 20)
    while left > 0 {
      let n = buffer.withUnsafeMutableBytes {
        pread(source, $0.baseAddress, $0.count, off_t(offset))
      }
      if n < 0 && errno == EINTR { continue }
      if n < 0 { throw FileError(.read, path) }
      if n == 0 { break }
      try writeAll(target, Array(buffer[0..<n]), path: path)
      offset += off_t(n)
      left -= n
    }
  }

  /// Gives a replacement the permission bits and group of the file it replaces. On a shared
  /// server each clerk has a umask and a primary group of their own; without this, one
  /// clerk's rewrite of `state.json` or a results file under umask 077 (or outside the shared
  /// group) would take the file away from the others. Best effort: a group the writer is not a
  /// member of cannot be given, and the file keeps the writer's.
  static func keepPermissions(of path: String, on fd: Int32) {
    var old = stat()
    var new = stat()
    guard stat(path, &old) == 0, old.st_mode & S_IFMT == S_IFREG, fstat(fd, &new) == 0 else {
      return
    }
    if new.st_gid != old.st_gid { _ = fchown(fd, uid_t.max, old.st_gid) }
    _ = fchmod(fd, old.st_mode & 0o777)
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws(FileError) {
    var written = 0
    // A test hook (KHET_TEST_FAIL_WRITE) may make this file's writes stop half-way and fail.
    let fault = InjectedFault.code(for: path)
    while written < bytes.count {
      if let fault, written >= bytes.count / 2 {
        throw FileError(.write, path, code: fault)
      }
      let end = fault == nil ? bytes.count : max(1, bytes.count / 2)
      let n = bytes.withUnsafeBytes { buffer in
        Glibc.write(fd, buffer.baseAddress! + written, end - written)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw FileError(.write, path)
      }
      written += n
    }
  }

  static func syncDirectory(_ dir: String) throws(FileError) {
    let fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard fd >= 0 else { throw FileError(.syncDirectory, dir) }
    defer { close(fd) }
    if fsync(fd) != 0 && errno != EINVAL { throw FileError(.syncDirectory, dir) }
  }
}

/// What a file looked like when Khet last wrote it, to notice edits made by anything else.
/// The status-change time is part of it because no tool can set it back: an edit that keeps
/// the size and restores the modification time (`touch -r`) still changes it.
struct FileFingerprint: Equatable, Sendable {
  /// Size in bytes.
  var size: Int
  /// Modification time in nanoseconds since the epoch.
  var modified: Int64
  /// Status-change time (ctime) in nanoseconds since the epoch.
  var changed: Int64
  /// The inode: a file replaced by rename has a new one.
  var inode: UInt64
}
