import KhetText

extension Canvas {
  /// Keeps the Khmer cluster left of column `x` of row `y` whole after that column was
  /// written: if the cell before ends with a coeng (U+17D2) — its subscript was in the cell
  /// just overwritten — and the new cell does not start with a Khmer letter that can take
  /// the subscript's place, the dangling coeng is dropped, so "ច្" under a box border shows
  /// as "ច", not as a broken cluster.
  mutating func settleCoeng(before x: Int, y: Int) {
    guard x > 0, x < width else { return }
    let row = y * width
    var head = x - 1
    while head > 0 && cells[row + head].isContinuation { head -= 1 }
    let left = cells[row + head].grapheme
    // A coeng is three UTF-8 bytes: nothing shorter can end with one.
    guard left.utf8.count >= 3, KhmerCluster.endsWithCoeng(left) else { return }
    if let next = cells[row + x].grapheme.unicodeScalars.first,
      (0x1780...0x17B3).contains(next.value)
    {
      return
    }
    var scalars = String.UnicodeScalarView(left.unicodeScalars)
    while scalars.last == KhmerCluster.coeng { scalars.removeLast() }
    cells[row + head].grapheme = scalars.isEmpty ? " " : String(scalars)
  }
}
