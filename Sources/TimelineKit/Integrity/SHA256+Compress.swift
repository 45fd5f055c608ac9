/// The SHA-256 compression function, written out for speed in pure Swift.
///
/// All 64 rounds are unrolled with the eight working variables in locals whose roles rotate from one round to
/// the next (nothing is shifted), the message schedule is a ring of 16 local words extended in place, and
/// every addition wraps (`&+`), so the loop has no arrays, no bounds checks and no overflow traps.
extension SHA256 {
  /// The eight 32-bit words of the hash state.
  typealias State = (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)

  /// The initial hash value (FIPS 180-4, 5.3.3).
  static let initialState: State = (
    0x6a09_e667, 0xbb67_ae85, 0x3c6e_f372, 0xa54f_f53a, 0x510e_527f, 0x9b05_688c, 0x1f83_d9ab, 0x5be0_cd19
  )

  /// Runs the compression function over `blocks` consecutive 64-byte blocks starting at `p`.
  /// - Complexity: O(blocks).
  static func compress(_ state: inout State, _ p: UnsafeRawPointer, blocks: Int) {
    var (h0, h1, h2, h3, h4, h5, h6, h7) = state
    var base = p
    for _ in 0..<blocks {
      var w0 = word(base, 0)
      var w1 = word(base, 1)
      var w2 = word(base, 2)
      var w3 = word(base, 3)
      var w4 = word(base, 4)
      var w5 = word(base, 5)
      var w6 = word(base, 6)
      var w7 = word(base, 7)
      var w8 = word(base, 8)
      var w9 = word(base, 9)
      var w10 = word(base, 10)
      var w11 = word(base, 11)
      var w12 = word(base, 12)
      var w13 = word(base, 13)
      var w14 = word(base, 14)
      var w15 = word(base, 15)
      var a = h0
      var b = h1
      var c = h2
      var d = h3
      var e = h4
      var f = h5
      var g = h6
      var h = h7
      step(a, b, c, &d, e, f, g, &h, 0x428a_2f98, w0)
      step(h, a, b, &c, d, e, f, &g, 0x7137_4491, w1)
      step(g, h, a, &b, c, d, e, &f, 0xb5c0_fbcf, w2)
      step(f, g, h, &a, b, c, d, &e, 0xe9b5_dba5, w3)
      step(e, f, g, &h, a, b, c, &d, 0x3956_c25b, w4)
      step(d, e, f, &g, h, a, b, &c, 0x59f1_11f1, w5)
      step(c, d, e, &f, g, h, a, &b, 0x923f_82a4, w6)
      step(b, c, d, &e, f, g, h, &a, 0xab1c_5ed5, w7)
      step(a, b, c, &d, e, f, g, &h, 0xd807_aa98, w8)
      step(h, a, b, &c, d, e, f, &g, 0x1283_5b01, w9)
      step(g, h, a, &b, c, d, e, &f, 0x2431_85be, w10)
      step(f, g, h, &a, b, c, d, &e, 0x550c_7dc3, w11)
      step(e, f, g, &h, a, b, c, &d, 0x72be_5d74, w12)
      step(d, e, f, &g, h, a, b, &c, 0x80de_b1fe, w13)
      step(c, d, e, &f, g, h, a, &b, 0x9bdc_06a7, w14)
      step(b, c, d, &e, f, g, h, &a, 0xc19b_f174, w15)
      expand(&w0, w1, w9, w14)
      step(a, b, c, &d, e, f, g, &h, 0xe49b_69c1, w0)
      expand(&w1, w2, w10, w15)
      step(h, a, b, &c, d, e, f, &g, 0xefbe_4786, w1)
      expand(&w2, w3, w11, w0)
      step(g, h, a, &b, c, d, e, &f, 0x0fc1_9dc6, w2)
      expand(&w3, w4, w12, w1)
      step(f, g, h, &a, b, c, d, &e, 0x240c_a1cc, w3)
      expand(&w4, w5, w13, w2)
      step(e, f, g, &h, a, b, c, &d, 0x2de9_2c6f, w4)
      expand(&w5, w6, w14, w3)
      step(d, e, f, &g, h, a, b, &c, 0x4a74_84aa, w5)
      expand(&w6, w7, w15, w4)
      step(c, d, e, &f, g, h, a, &b, 0x5cb0_a9dc, w6)
      expand(&w7, w8, w0, w5)
      step(b, c, d, &e, f, g, h, &a, 0x76f9_88da, w7)
      expand(&w8, w9, w1, w6)
      step(a, b, c, &d, e, f, g, &h, 0x983e_5152, w8)
      expand(&w9, w10, w2, w7)
      step(h, a, b, &c, d, e, f, &g, 0xa831_c66d, w9)
      expand(&w10, w11, w3, w8)
      step(g, h, a, &b, c, d, e, &f, 0xb003_27c8, w10)
      expand(&w11, w12, w4, w9)
      step(f, g, h, &a, b, c, d, &e, 0xbf59_7fc7, w11)
      expand(&w12, w13, w5, w10)
      step(e, f, g, &h, a, b, c, &d, 0xc6e0_0bf3, w12)
      expand(&w13, w14, w6, w11)
      step(d, e, f, &g, h, a, b, &c, 0xd5a7_9147, w13)
      expand(&w14, w15, w7, w12)
      step(c, d, e, &f, g, h, a, &b, 0x06ca_6351, w14)
      expand(&w15, w0, w8, w13)
      step(b, c, d, &e, f, g, h, &a, 0x1429_2967, w15)
      expand(&w0, w1, w9, w14)
      step(a, b, c, &d, e, f, g, &h, 0x27b7_0a85, w0)
      expand(&w1, w2, w10, w15)
      step(h, a, b, &c, d, e, f, &g, 0x2e1b_2138, w1)
      expand(&w2, w3, w11, w0)
      step(g, h, a, &b, c, d, e, &f, 0x4d2c_6dfc, w2)
      expand(&w3, w4, w12, w1)
      step(f, g, h, &a, b, c, d, &e, 0x5338_0d13, w3)
      expand(&w4, w5, w13, w2)
      step(e, f, g, &h, a, b, c, &d, 0x650a_7354, w4)
      expand(&w5, w6, w14, w3)
      step(d, e, f, &g, h, a, b, &c, 0x766a_0abb, w5)
      expand(&w6, w7, w15, w4)
      step(c, d, e, &f, g, h, a, &b, 0x81c2_c92e, w6)
      expand(&w7, w8, w0, w5)
      step(b, c, d, &e, f, g, h, &a, 0x9272_2c85, w7)
      expand(&w8, w9, w1, w6)
      step(a, b, c, &d, e, f, g, &h, 0xa2bf_e8a1, w8)
      expand(&w9, w10, w2, w7)
      step(h, a, b, &c, d, e, f, &g, 0xa81a_664b, w9)
      expand(&w10, w11, w3, w8)
      step(g, h, a, &b, c, d, e, &f, 0xc24b_8b70, w10)
      expand(&w11, w12, w4, w9)
      step(f, g, h, &a, b, c, d, &e, 0xc76c_51a3, w11)
      expand(&w12, w13, w5, w10)
      step(e, f, g, &h, a, b, c, &d, 0xd192_e819, w12)
      expand(&w13, w14, w6, w11)
      step(d, e, f, &g, h, a, b, &c, 0xd699_0624, w13)
      expand(&w14, w15, w7, w12)
      step(c, d, e, &f, g, h, a, &b, 0xf40e_3585, w14)
      expand(&w15, w0, w8, w13)
      step(b, c, d, &e, f, g, h, &a, 0x106a_a070, w15)
      expand(&w0, w1, w9, w14)
      step(a, b, c, &d, e, f, g, &h, 0x19a4_c116, w0)
      expand(&w1, w2, w10, w15)
      step(h, a, b, &c, d, e, f, &g, 0x1e37_6c08, w1)
      expand(&w2, w3, w11, w0)
      step(g, h, a, &b, c, d, e, &f, 0x2748_774c, w2)
      expand(&w3, w4, w12, w1)
      step(f, g, h, &a, b, c, d, &e, 0x34b0_bcb5, w3)
      expand(&w4, w5, w13, w2)
      step(e, f, g, &h, a, b, c, &d, 0x391c_0cb3, w4)
      expand(&w5, w6, w14, w3)
      step(d, e, f, &g, h, a, b, &c, 0x4ed8_aa4a, w5)
      expand(&w6, w7, w15, w4)
      step(c, d, e, &f, g, h, a, &b, 0x5b9c_ca4f, w6)
      expand(&w7, w8, w0, w5)
      step(b, c, d, &e, f, g, h, &a, 0x682e_6ff3, w7)
      expand(&w8, w9, w1, w6)
      step(a, b, c, &d, e, f, g, &h, 0x748f_82ee, w8)
      expand(&w9, w10, w2, w7)
      step(h, a, b, &c, d, e, f, &g, 0x78a5_636f, w9)
      expand(&w10, w11, w3, w8)
      step(g, h, a, &b, c, d, e, &f, 0x84c8_7814, w10)
      expand(&w11, w12, w4, w9)
      step(f, g, h, &a, b, c, d, &e, 0x8cc7_0208, w11)
      expand(&w12, w13, w5, w10)
      step(e, f, g, &h, a, b, c, &d, 0x90be_fffa, w12)
      expand(&w13, w14, w6, w11)
      step(d, e, f, &g, h, a, b, &c, 0xa450_6ceb, w13)
      expand(&w14, w15, w7, w12)
      step(c, d, e, &f, g, h, a, &b, 0xbef9_a3f7, w14)
      expand(&w15, w0, w8, w13)
      step(b, c, d, &e, f, g, h, &a, 0xc671_78f2, w15)

      h0 &+= a
      h1 &+= b
      h2 &+= c
      h3 &+= d
      h4 &+= e
      h5 &+= f
      h6 &+= g
      h7 &+= h
      base += 64
    }
    state = (h0, h1, h2, h3, h4, h5, h6, h7)
  }
}

/// The `i`th big-endian 32-bit word of a block.
@inline(__always) private func word(_ p: UnsafeRawPointer, _ i: Int) -> UInt32 {
  UInt32(bigEndian: p.loadUnaligned(fromByteOffset: i &* 4, as: UInt32.self))
}

@inline(__always) private func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x &>> n) | (x &<< (32 &- n)) }

/// One round: `d` and `h` are the two variables a round changes; the caller rotates the names.
@inline(__always) private func step(
  _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32, _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
  _ k: UInt32, _ w: UInt32
) {
  let t1 = h &+ (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) &+ (g ^ (e & (f ^ g))) &+ k &+ w
  let t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) &+ ((a & b) | (c & (a | b)))
  d &+= t1
  h = t1 &+ t2
}

/// Extends the message schedule in its 16-word ring: W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16].
@inline(__always) private func expand(_ w: inout UInt32, _ w1: UInt32, _ w9: UInt32, _ w14: UInt32) {
  let s0 = rotr(w1, 7) ^ rotr(w1, 18) ^ (w1 &>> 3)
  let s1 = rotr(w14, 17) ^ rotr(w14, 19) ^ (w14 &>> 10)
  w = w &+ s0 &+ w9 &+ s1
}
