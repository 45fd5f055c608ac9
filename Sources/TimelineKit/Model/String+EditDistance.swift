extension String {
  /// The Levenshtein distance to `other`, by characters: how many insertions, deletions and substitutions turn one
  /// into the other. Near misses of options, subjects, districts and categories are found with it.
  /// - Complexity: O(m·n) for strings of m and n characters.
  public func editDistance(to other: String) -> Int {
    let a = Array(self)
    let b = Array(other)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var row = Array(0...b.count)
    for i in 1...a.count {
      var prev = row[0]
      row[0] = i
      for j in 1...b.count {
        let cur = row[j]
        row[j] = a[i - 1] == b[j - 1] ? prev : Swift.min(prev, row[j - 1], row[j]) + 1
        prev = cur
      }
    }
    return row[b.count]
  }
}
