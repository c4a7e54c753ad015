#if canImport(Glibc)
  import Glibc
#endif

/// How far a load has got, for a dashboard to show while it waits. Written by the loading
/// thread, read by the screen's; every access takes a lock.
public final class LoadProgress: @unchecked Sendable {
  private var mutex = pthread_mutex_t()
  private var _fraction: Double = 0
  private var _phase = "opening the data"
  private var total = 0
  private var done = 0

  /// A new report at 0%.
  public init() { pthread_mutex_init(&mutex, nil) }
  deinit { pthread_mutex_destroy(&mutex) }

  /// From 0 to 1.
  public var fraction: Double { locked { _fraction } }
  /// What is being read, in a few words.
  public var phase: String { locked { _phase } }

  /// Says what the load is doing now and, when known, how far it is.
  public func set(phase: String, fraction: Double? = nil) {
    locked {
      _phase = phase
      if let fraction { _fraction = min(1, max(_fraction, fraction)) }
    }
  }

  /// Reading the JSON files: the share done is counted in bytes.
  func start(totalBytes: Int) { locked { total = max(1, totalBytes) } }

  /// A file is being read and checked; the files before it are done.
  func begin(_ name: String) {
    locked {
      _phase = "reading and checking \(name)"
      _fraction = min(1, Double(done) / Double(max(1, total)))
    }
  }

  /// A file's bytes have been read (its checking follows).
  func read(bytes: Int) { locked { done += bytes } }

  private func locked<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    return body()
  }
}
