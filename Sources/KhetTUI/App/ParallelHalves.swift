import Dispatch

/// Runs two pieces of work at once, one on the calling thread and one on another, and returns
/// both results: for searches long enough to be worth a second core.
enum ParallelHalves {
  static func run<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
    withoutActuallyEscaping(first) { first in
      withoutActuallyEscaping(second) { second in
        let box = Box(first: first, second: second)
        DispatchQueue.concurrentPerform(iterations: 2) { i in box.run(i) }
        return (box.a!, box.b!)
      }
    }
  }

  /// Each result is written by one iteration only, and read after both have finished.
  private final class Box<A, B>: @unchecked Sendable {
    let first: () -> A
    let second: () -> B
    var a: A?
    var b: B?
    init(first: @escaping () -> A, second: @escaping () -> B) {
      self.first = first
      self.second = second
    }
    func run(_ i: Int) {
      if i == 0 { a = first() } else { b = second() }
    }
  }
}
