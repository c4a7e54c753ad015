/// The hierarchy of units with the look-ups every screen and roll-up needs.
public struct UnitTree: Sendable {
  /// Every unit, in the order they were given.
  public let units: [AdminUnit]
  private let indexByID: [UnitID: Int]
  private let childUnits: [UnitID: [AdminUnit]]
  /// For each unit (by position in `units`), its children's positions, sorted by id.
  let childPositions: [[Int]]
  /// Units without a parent (normally exactly one: the province, or the nation).
  public let roots: [UnitID]

  /// Builds the indexes. Duplicate ids keep the first unit; `UnitTree.problems` reports the rest.
  public init(_ units: [AdminUnit]) {
    self.units = units
    var index: [UnitID: Int] = [:]
    var children: [UnitID: [Int]] = [:]
    var roots: [UnitID] = []
    for (i, unit) in units.enumerated() where index[unit.id] == nil {
      index[unit.id] = i
      if let parent = unit.parent {
        children[parent, default: []].append(i)
      } else {
        roots.append(unit.id)
      }
    }
    self.indexByID = index
    // Sorted once here: roll-ups and screens ask for children all the time.
    let sortedChildren = children.mapValues { $0.sorted { units[$0].id < units[$1].id } }
    self.childUnits = sortedChildren.mapValues { $0.map { units[$0] } }
    var positions = Array(repeating: [Int](), count: units.count)
    for (parent, kids) in sortedChildren {
      if let p = index[parent] { positions[p] = kids }
    }
    self.childPositions = positions
    self.roots = roots
  }

  /// The unit with this id.
  public subscript(id: UnitID) -> AdminUnit? {
    indexByID[id].map { units[$0] }
  }

  /// Where a unit is in `units`.
  func position(of id: UnitID) -> Int? { indexByID[id] }

  /// Whether a unit with this id exists.
  public func contains(_ id: UnitID) -> Bool { indexByID[id] != nil }

  /// The direct children of a unit, sorted by id.
  public func children(of id: UnitID) -> [AdminUnit] {
    childUnits[id] ?? []
  }

  /// The unit and all the units below it, parents before children.
  public func subtree(of id: UnitID) -> [AdminUnit] {
    guard let unit = self[id] else { return [] }
    var result = [unit]
    var i = 0
    while i < result.count {
      result.append(contentsOf: children(of: result[i].id))
      i += 1
    }
    return result
  }

  /// The ids of the unit and every unit below it.
  public func subtreeIDs(of id: UnitID) -> Set<UnitID> { Set(subtree(of: id).map(\.id)) }

  /// The chain from the top unit down to this one (the breadcrumb).
  public func path(to id: UnitID) -> [AdminUnit] {
    var chain: [AdminUnit] = []
    var current = self[id]
    var seen: Set<UnitID> = []
    while let unit = current, seen.insert(unit.id).inserted {
      chain.append(unit)
      current = unit.parent.flatMap { self[$0] }
    }
    return chain.reversed()
  }

  /// Whether `id` is `ancestor` or lies below it.
  public func isWithin(_ id: UnitID, _ ancestor: UnitID) -> Bool {
    path(to: id).contains { $0.id == ancestor }
  }

  /// Units whose English or Khmer name, or id, contains the text (case-insensitive).
  public func search(_ text: String) -> [AdminUnit] {
    let needle = text.lowercased()
    return units.filter {
      $0.id.rawValue == text || $0.name.english.lowercased().contains(needle)
        || (!$0.name.khmer.isEmpty && $0.name.khmer.contains(text))
    }
  }
}
