#if canImport(Glibc)
  import Glibc
#endif

extension Terminal {
  /// Sets the C locale from the environment, as curses needs for wide characters. A locale the
  /// system has not generated (`LANG=km_KH.UTF-8` on a server with only `C.UTF-8`, common)
  /// makes `setlocale` fail and leaves plain ASCII "C", in which curses draws every Khmer
  /// letter as nothing; when the environment asked for UTF-8, `C.UTF-8` is used instead. The
  /// language of Khet's words is chosen apart from this (`LanguageChoice`), so a Khmer locale
  /// still means a Khmer interface.
  static func setLocaleFromEnvironment() {
    guard setlocale(LC_ALL, "") == nil else { return }
    let requested = ["LC_ALL", "LC_CTYPE", "LANG"].lazy.compactMap { name -> String? in
      guard let value = getenv(name) else { return nil }
      let text = String(cString: value)
      return text.isEmpty ? nil : text
    }.first
    guard let requested, Self.namesUTF8(requested) else { return }
    if setlocale(LC_ALL, "C.UTF-8") == nil { _ = setlocale(LC_ALL, "C.utf8") }
  }

  /// Whether a locale name asks for UTF-8: "km_KH.UTF-8", "en_US.utf8".
  static func namesUTF8(_ locale: String) -> Bool {
    let lowered = locale.lowercased()
    return lowered.contains("utf-8") || lowered.contains("utf8")
  }
}
