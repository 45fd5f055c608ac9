#!/usr/bin/env python3
"""Check a proof printed by `timeline prove`, with the Python standard library only.

    python3 tools/check-proof.py PROOF [CHECKPOINT ...]
    python3 tools/check-proof.py --selftest

An inclusion proof shows that an event's line is a leaf of a checkpoint's events tree, and that tree's root
and the files root hash to the checkpoint's root. A consistency proof shows that the newer checkpoint's events
tree extends the older one's (RFC 6962 section 2.1.2; checked as RFC 9162 section 2.1.4.2 says). Give the
checkpoint file(s) you trust (an inclusion proof: one; a consistency proof: old, then new) and their roots
must be the ones in the proof. Prints "ok: ..." and exits 0, or "FAIL: ..." and exits 1.
"""
import hashlib, sys

def H(b): return hashlib.sha256(b).digest()
def leaf(data): return H(b"\x00" + data)
def node(l, r): return H(b"\x01" + l + r)

def verify_inclusion(h, index, size, path, root):
    if not 0 <= index < size: return False
    fn, sn, r = index, size - 1, h
    for p in path:
        if sn == 0: return False
        if fn & 1 or fn == sn:
            r = node(p, r)
            while not fn & 1 and fn != 0: fn >>= 1; sn >>= 1
        else:
            r = node(r, p)
        fn >>= 1; sn >>= 1
    return sn == 0 and r == root

def verify_consistency(m, n, proof, old, new):
    if not 0 <= m <= n: return False
    if m == 0: return not proof
    if m == n: return not proof and old == new
    path = ([old] if m & (m - 1) == 0 else []) + proof
    if not path: return False
    fn, sn = m - 1, n - 1
    while fn & 1: fn >>= 1; sn >>= 1
    fr = sr = path[0]
    for c in path[1:]:
        if sn == 0: return False
        if fn & 1 or fn == sn:
            fr, sr = node(c, fr), node(c, sr)
            while not fn & 1 and fn != 0: fn >>= 1; sn >>= 1
        else:
            sr = node(sr, c)
        fn >>= 1; sn >>= 1
    return fr == old and sr == new and sn == 0

def fields(text):
    out = {}
    for line in text.split("\n"):
        if line:
            key, _, value = line.partition(" ")
            out.setdefault(key, []).append(value)
    return out

def check(proof_text, checkpoints):
    p = fields(proof_text)
    kind = proof_text.split("\n", 1)[0]
    path = [bytes.fromhex(h) for h in p.get("path", [])]
    cps = [fields(open(c, encoding="utf-8").read()) for c in checkpoints]
    if kind == "timeline-proof inclusion v1":
        line = p["line"][0].encode("utf-8") if "line" in p else bytes.fromhex(p["line-hex"][0])
        index, size = map(int, p["leaf"][0].split())
        events, files, root = (bytes.fromhex(p[k][0]) for k in ("events-root", "files-root", "root"))
        if not verify_inclusion(leaf(line), index, size, path, events): return "the line's path does not lead to the events root"
        if node(events, files) != root: return "the events and files roots do not hash to the root"
        if cps and (cps[0]["root"][0] != root.hex() or cps[0]["events"][0] != f"{size} {events.hex()}"):
            return "the proof's root is not the checkpoint's"
        return f"ok: leaf {index} of {size} is in the tree with root {root.hex()}"
    if kind == "timeline-proof consistency v1":
        (_, m, old), (_, n, new) = (v[0].split() for v in (p["old"], p["new"]))
        m, n, old, new = int(m), int(n), bytes.fromhex(old), bytes.fromhex(new)
        if not verify_consistency(m, n, path, old, new): return "the proof does not show the new events tree extends the old one"
        for cp, (size, root) in zip(cps, ((m, old), (n, new))):
            if cp["events"][0] != f"{size} {root.hex()}": return "a proof's root is not its checkpoint's"
        return f"ok: the tree of {n} leaves extends the tree of {m}"
    return "not a timeline proof"

def selftest():
    # RFC 6962 test vectors (certificate-transparency's merkle tree tests): leaves, roots of the first n leaves.
    data = [bytes.fromhex(h) for h in ["", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"]]
    leaves = [leaf(d) for d in data]
    def mth(ls):
        if not ls: return H(b"")
        if len(ls) == 1: return ls[0]
        k = 1
        while k * 2 < len(ls): k *= 2
        return node(mth(ls[:k]), mth(ls[k:]))
    assert mth(leaves).hex() == "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328"
    proof = ["0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
             "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
             "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"]
    assert verify_consistency(6, 8, [bytes.fromhex(h) for h in proof], mth(leaves[:6]), mth(leaves))
    return "ok: RFC 6962 vectors"

if __name__ == "__main__":
    args = sys.argv[1:]
    if args == ["--selftest"]:
        print(selftest()); sys.exit(0)
    if not args or args[0] in ("-h", "--help"):
        print(__doc__); sys.exit(0 if args else 64)
    text = sys.stdin.read() if args[0] == "-" else open(args[0], encoding="utf-8").read()
    try:
        result = check(text, args[1:])
    except (KeyError, ValueError, IndexError) as e:
        result = f"malformed proof ({e})"
    print(result if result.startswith("ok") else "FAIL: " + result)
    sys.exit(0 if result.startswith("ok") else 1)
