#if canImport(Glibc)
  import Glibc
  import KhetText
  import Testing

  /// Re-derives the width tables from the C library the tests run against. A failure means
  /// glibc's Unicode data changed: regenerate `ZeroWidthRanges.swift` and `WideRanges.swift`.
  @Suite struct WidthTableTests {
    /// `wcwidth` and `gnu_get_libc_version`, which Swift's Glibc module does not export.
    typealias Wcwidth = @convention(c) (wchar_t) -> Int32
    typealias LibcVersion = @convention(c) () -> UnsafePointer<CChar>

    func libcSymbol<T>(_ name: String, as type: T.Type) -> T? {
      guard let handle = dlopen(nil, RTLD_NOW), let symbol = dlsym(handle, name) else {
        return nil
      }
      return unsafeBitCast(symbol, to: type)
    }

    @Test func tableAgreesWithGlibcWcwidth() throws {
      let wcwidth = try #require(libcSymbol("wcwidth", as: Wcwidth.self))
      let version = libcSymbol("gnu_get_libc_version", as: LibcVersion.self)
      let libc = version.map { String(cString: $0()) } ?? "unknown"
      guard let utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", nil) else {
        Issue.record("C.UTF-8 locale unavailable; cannot cross-check the width table")
        return
      }
      let previous = uselocale(utf8)
      defer {
        uselocale(previous)
        freelocale(utf8)
      }
      var mismatches: [String] = []
      for value in UInt32(0)...0x10FFFF {
        guard let scalar = Unicode.Scalar(value) else { continue }
        let glibc = max(0, Int(wcwidth(wchar_t(value))))
        if glibc != ScalarWidth.columns(scalar) {
          mismatches.append("U+\(String(value, radix: 16, uppercase: true))=\(glibc)")
        }
      }
      #expect(
        mismatches.isEmpty,
        "glibc \(libc): \(mismatches.prefix(20))")
    }
  }
#endif
