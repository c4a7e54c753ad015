import Foundation
import Testing

#if canImport(Glibc)
  import Glibc
#endif

/// A sandbox whose data directory lies on its own small tmpfs (`disk/data`), so a test can
/// fill the disk for real. Mounting needs root (CAP_SYS_ADMIN): elsewhere the test is
/// cancelled with the reason, and the injected-fault tests (`ResourceFaultTests`) still run.
final class SmallDisk {
  let box: Sandbox
  /// Where the tmpfs is mounted: the data directory's parent.
  let mountPoint: String
  private var fills = 0

  /// A tmpfs of `megabytes`, with the sample set up in it when `sample`.
  init(megabytes: Int = 8, sample: Bool = true) throws {
    var point = ""
    box = try Sandbox(sample: sample, dataFolder: "disk/data") { root in
      point = root + "/disk"
      try FileManager.default.createDirectory(atPath: point, withIntermediateDirectories: true)
      guard mount("tmpfs", point, "tmpfs", 0, "size=\(megabytes)m,mode=0755") == 0 else {
        let reason = String(cString: strerror(errno))
        try Test.cancel("cannot mount a small tmpfs to fill (\(reason)); needs root")
      }
    }
    mountPoint = point
  }

  deinit { umount2(mountPoint, Int32(MNT_DETACH)) }

  /// Fills the disk: writes a file beside the data directory until the file system refuses
  /// with ENOSPC, or until only `leaving` bytes are free. Returns how many bytes it wrote.
  @discardableResult
  func fill(leaving: Int = 0) throws -> Int {
    fills += 1
    let path = "\(mountPoint)/fill-\(fills)"
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    try #require(fd >= 0, "cannot create \(path)")
    defer { close(fd) }
    var info = statvfs()
    try #require(statvfs(mountPoint, &info) == 0)
    let limit =
      leaving > 0 ? max(0, Int(info.f_bavail) * Int(info.f_frsize) - leaving) : Int.max
    let chunk = [UInt8](repeating: 0x2E, count: 4096)
    var total = 0
    while total < limit {
      let n = chunk.withUnsafeBytes { write(fd, $0.baseAddress, min($0.count, limit - total)) }
      if n <= 0 {
        try #require(errno == ENOSPC, "filling stopped with \(String(cString: strerror(errno)))")
        return total
      }
      total += n
    }
    return total
  }

  /// Frees the space `fill()` took.
  func free() {
    for i in 0...fills { unlink("\(mountPoint)/fill-\(i)") }
  }
}
