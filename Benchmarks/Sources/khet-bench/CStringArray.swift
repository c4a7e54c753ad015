#if canImport(Glibc)
  import Glibc
#endif

/// A NULL-terminated array of C strings, as `posix_spawn` takes for argv and envp, freed when
/// it goes away.
final class CStringArray {
  /// The strings, then NULL.
  private(set) var pointers: [UnsafeMutablePointer<CChar>?]

  init(_ strings: [String]) {
    pointers = strings.map { strdup($0) } + [nil]
  }

  deinit {
    for pointer in pointers { free(pointer) }
  }
}
