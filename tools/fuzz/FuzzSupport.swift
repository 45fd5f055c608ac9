// Shared by every fuzz target: compiled into the same module as the TimelineKit sources (see tools/hardening.sh),
// so the targets reach internal API without `@testable`.
#if canImport(Glibc)
  import Glibc
#endif

/// Stops the fuzzer with a message; libFuzzer records the input that got here as a crash.
func fuzzFail(_ message: @autoclosure () -> String, file: StaticString = #file, line: UInt = #line) -> Never {
  fatalError("FUZZ INVARIANT: " + message(), file: file, line: line)
}

/// The input as bytes.
@inline(__always) func fuzzBytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
  guard let data, size > 0 else { return [] }
  return Array(UnsafeBufferPointer(start: data, count: size))
}

/// Runs `body` on a copy of `bytes` in a buffer of exactly that size, so AddressSanitizer sees any read past it.
@inline(__always) func withExactBuffer<R>(_ bytes: ArraySlice<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
  let p = UnsafeMutablePointer<UInt8>.allocate(capacity: max(bytes.count, 1))
  defer { p.deallocate() }
  _ = UnsafeMutableBufferPointer(start: p, count: bytes.count).initialize(from: bytes)
  return body(UnsafeBufferPointer(start: p, count: bytes.count))
}
