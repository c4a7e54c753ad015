#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A test hook, like git's `GIT_TEST_*` variables: `KHET_TEST_FAIL_WRITE=NAME[:ERRNO],…` makes
/// every write to a file whose path ends in `/NAME` write half its bytes and then fail with
/// ERRNO (`ENOSPC` when not given; also `EDQUOT`, `EIO`, `EROFS`). The resource-fault tests
/// use it to fail one chosen step of a change — the record, its audit entry, state.json —
/// where a full disk alone cannot choose. It only ever makes writes fail.
enum InjectedFault {
  /// The files to fail, by name, with the error to fail them with.
  static let faults: [(name: String, code: Int32)] = parse(
    getenv("KHET_TEST_FAIL_WRITE").map { String(cString: $0) } ?? "")

  /// The error to fail a write to `path` with, or nil to let it run.
  static func code(for path: String) -> Int32? {
    guard !faults.isEmpty else { return nil }
    return faults.first { path.hasSuffix("/" + $0.name) || path == $0.name }?.code
  }

  static func parse(_ text: String) -> [(name: String, code: Int32)] {
    let codes: [Substring: Int32] = [
      "ENOSPC": ENOSPC, "EDQUOT": EDQUOT, "EIO": EIO, "EROFS": EROFS,
    ]
    return text.split(separator: ",").compactMap { item in
      let parts = item.split(separator: ":", maxSplits: 1)
      guard let name = parts.first, !name.isEmpty else { return nil }
      let code = parts.count > 1 ? codes[parts[1]] ?? ENOSPC : ENOSPC
      return (String(name), code)
    }
  }
}
