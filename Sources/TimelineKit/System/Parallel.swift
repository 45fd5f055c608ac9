import Dispatch

/// Work spread over every core: the engine's one "allocate slots, `concurrentPerform`, collect" loop.
enum Parallel {
  /// Runs `body(k)` for every k in `0..<count` on all cores and returns the results in order of k.
  ///
  /// `body` runs concurrently with itself: it may read shared values, and must not write shared state except
  /// through a lock.
  /// - Complexity: O(count) calls of `body`, spread over the cores.
  static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
    guard count > 0 else { return [] }
    if count == 1 { return [body(0)] }
    let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
    results.initialize(repeating: nil)
    defer { results.deinitialize().deallocate() }
    return withoutActuallyEscaping(body) { work in
      // Safe to share without checks: iteration k writes slot k alone, nothing reads a slot until
      // `concurrentPerform` has returned (it waits for every iteration), and `work` is only called, never
      // stored, while this frame lives.
      nonisolated(unsafe) let slots = results
      nonisolated(unsafe) let run = work
      DispatchQueue.concurrentPerform(iterations: count) { k in slots[k] = run(k) }
      return results.map { $0! }
    }
  }
}
