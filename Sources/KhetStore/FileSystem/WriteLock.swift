#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The data directory's write lock: an exclusive `flock` on `khet.lock`. The kernel releases it
/// when the process dies, so a killed writer never leaves a stale lock behind.
final class WriteLock {
  private let fd: Int32

  /// Waits up to `timeout` seconds for the lock.
  init(directory: String, timeout: Double) throws(StoreError) {
    let path = directory + "/khet.lock"
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, DurableFile.createMode)
    guard fd >= 0 else {
      throw StoreError.notWritable(FileError(.openLockFile, path))
    }
    let deadline = WriteLock.now() + timeout
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR else {
        let error = FileError(.lock, path)
        close(fd)
        throw StoreError.notWritable(error)
      }
      if WriteLock.now() >= deadline {
        close(fd)
        throw StoreError.locked(path: path, seconds: timeout)
      }
      usleep(5_000)
    }
    self.fd = fd
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }

  private static func now() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
  }
}
