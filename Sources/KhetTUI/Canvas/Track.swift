/// The size of one row or column in a layout: a fixed number of cells, or a share of what
/// the fixed tracks leave over.
public enum Track: Sendable, Hashable {
  /// Exactly this many cells (fewer if the space runs out).
  case fixed(Int)
  /// A share of the remaining cells proportional to `weight`.
  case fill(weight: Int)

  /// A fill track of weight 1.
  public static let fill = Track.fill(weight: 1)
}

extension Rect {
  /// The rectangle divided top to bottom into rows sized by `tracks`, with `spacing` empty
  /// rows between neighbours. Fixed tracks are served first, in order; fill tracks share
  /// what remains, earlier ones taking any leftover cell.
  public func rows(_ tracks: [Track], spacing: Int = 0) -> [Rect] {
    Track.sizes(tracks, in: height, spacing: spacing).map { offset, size in
      Rect(x: x, y: y + offset, width: width, height: size)
    }
  }

  /// The rectangle divided left to right into columns sized by `tracks`, with `spacing`
  /// empty columns between neighbours; sized as in `rows(_:spacing:)`.
  public func columns(_ tracks: [Track], spacing: Int = 0) -> [Rect] {
    Track.sizes(tracks, in: width, spacing: spacing).map { offset, size in
      Rect(x: x + offset, y: y, width: size, height: height)
    }
  }
}

extension Track {
  /// The offset and size of each track within `length` cells.
  static func sizes(_ tracks: [Track], in length: Int, spacing: Int) -> [(Int, Int)] {
    guard !tracks.isEmpty else { return [] }
    let gaps = max(0, spacing) * (tracks.count - 1)
    var remaining = max(0, length - gaps)
    var sizes = [Int](repeating: 0, count: tracks.count)
    for (index, track) in tracks.enumerated() {
      if case .fixed(let cells) = track {
        sizes[index] = min(max(0, cells), remaining)
        remaining -= sizes[index]
      }
    }
    let weights = tracks.map { track -> Int in
      if case .fill(let weight) = track { return max(0, weight) }
      return 0
    }
    let totalWeight = weights.reduce(0, +)
    if totalWeight > 0 {
      var handedOut = 0
      for index in tracks.indices where weights[index] > 0 {
        sizes[index] = remaining * weights[index] / totalWeight
        handedOut += sizes[index]
      }
      var leftover = remaining - handedOut
      for index in tracks.indices where weights[index] > 0 && leftover > 0 {
        sizes[index] += 1
        leftover -= 1
      }
    }
    var offset = 0
    var result: [(Int, Int)] = []
    for size in sizes {
      let start = min(offset, length)
      result.append((start, min(size, length - start)))
      offset = start + size + max(0, spacing)
    }
    return result
  }
}
