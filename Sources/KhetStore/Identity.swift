#if canImport(Glibc)
  import Glibc
#endif

/// Who is making changes: `$KHET_USER`, else the login name.
public enum Identity {
  /// The user name recorded in history and the audit log.
  public static func currentUser(environment: [String: String]) -> String {
    if let name = environment["KHET_USER"], !name.trimmingWhitespaceAndControls().isEmpty {
      return name.trimmingWhitespaceAndControls()
    }
    if let pw = getpwuid(geteuid()), let name = pw.pointee.pw_name {
      let s = String(cString: name)
      if !s.isEmpty { return s }
    }
    return environment["USER"] ?? environment["LOGNAME"] ?? "unknown"
  }
}

extension String {
  fileprivate func trimmingWhitespaceAndControls() -> String {
    String(unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })
      .trimmingCharactersInSet()
  }

  fileprivate func trimmingCharactersInSet() -> String {
    var s = Substring(self)
    while s.first?.isWhitespace == true { s.removeFirst() }
    while s.last?.isWhitespace == true { s.removeLast() }
    return String(s.prefix(200))
  }
}
