#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A small open-addressing table from byte strings to values, looked up without building a `String`.
///
/// It stops taking new entries past ``capacity``, so a log of all-distinct keys costs bounded memory.
struct ByteKeyedCache<Value> {
  static var capacity: Int { 1 << 12 }
  private var slots = [Int32](repeating: -1, count: 2 * ByteKeyedCache.capacity)
  private var keys: [[UInt8]] = []
  private var values: [Value] = []

  private static func hash(_ raw: UnsafeBufferPointer<UInt8>) -> Int {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for c in raw { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
    return Int(truncatingIfNeeded: h ^ (h >> 29))
  }

  func lookup(_ raw: UnsafeBufferPointer<UInt8>) -> Value? {
    let mask = slots.count - 1
    var k = ByteKeyedCache.hash(raw) & mask
    while true {
      let s = slots[k]
      if s < 0 { return nil }
      if equalBytes(keys[Int(s)], raw) { return values[Int(s)] }
      k = (k + 1) & mask
    }
  }

  mutating func insert(_ raw: UnsafeBufferPointer<UInt8>, _ value: Value) {
    guard keys.count < ByteKeyedCache.capacity, !raw.isEmpty else { return }
    let mask = slots.count - 1
    var k = ByteKeyedCache.hash(raw) & mask
    while slots[k] >= 0 { k = (k + 1) & mask }
    slots[k] = Int32(keys.count)
    keys.append(Array(raw))
    values.append(value)
  }
}

/// Whether an array holds exactly the bytes of a buffer.
@inline(__always) func equalBytes(_ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>) -> Bool {
  a.count == b.count && (b.isEmpty || a.withUnsafeBufferPointer { memcmp($0.baseAddress!, b.baseAddress!, b.count) == 0 })
}
