import KhetCore
import KhetJSON
import KhetText

#if canImport(Glibc)
  import Glibc
#endif

/// Loads a whole data directory into a `Workspace`, validating every file and every reference,
/// and reporting every problem found (file:line:column, JSON path, what was expected).
struct WorkspaceLoader {
  var reader: DocumentReader
  let problems: ProblemList
  /// Logs whose last line was torn by a crash: where that line starts.
  var tornTails: [String: (offset: Int, line: Int)] = [:]

  init(directory: DataDirectory, problemLimit: Int = ProblemList.perFileLimit) {
    reader = DocumentReader(directory: directory)
    problems = ProblemList(limit: problemLimit)
  }

  /// The reference data every write needs: the workspace, units and sectors.
  struct Frame {
    var info: WorkspaceInfo
    var units: UnitTree
    var sectors: [Sector]
  }

  /// Reads khet.json, units.json and sectors.json, checking them and their references.
  mutating func loadFrame() throws(StoreError) -> Frame {
    guard let infoDoc = try reader.document(DataDirectory.workspaceFile) else {
      let arguments: [String: Phrase.Argument] = [
        "path": .code(reader.directory.path), "file": .code(DataDirectory.workspaceFile),
      ]
      // Data without its khet.json is someone's data: `khet init` would refuse it.
      let holdsData = [DataDirectory.unitsFile, DataDirectory.issuesLog, DataDirectory.tasksLog]
        .contains { access(reader.directory.file($0), F_OK) == 0 }
      throw StoreError.workspace(
        Phrase(
          holdsData ? "errors.store.workspaceFileMissing" : "errors.store.notWorkspace", arguments))
    }
    var info: WorkspaceInfo?
    problems.check { () throws(DataProblem) in info = try WorkspaceInfo(infoDoc) }
    let units = try list(DataDirectory.unitsFile, kind: "units", key: "units", AdminUnit.init)
    let sectors = try list(DataDirectory.sectorsFile, kind: "sectors", key: "sectors", Sector.init)
    let tree = UnitTree(units.map(\.0))
    checkUnits(units, tree)
    checkUnique(sectors, \.id.rawValue) { Phrase("errors.data.sectorID", ["id": .code($0)]) }
    if let info, !tree.contains(info.home), let doc = Optional(infoDoc) {
      problems.check { () throws(DataProblem) in
        var o = try doc.object()
        throw try o.required("home", Phrase("errors.data.aUnitID")).problem(
          unknownUnit(info.home))
      }
    }
    try problems.throwIfAny()
    return Frame(info: info!, units: tree, sectors: sectors.map(\.0))
  }

  /// Decodes the array `key` of a list file with its header; records that fail are reported
  /// and left out.
  mutating func list<T>(
    _ name: String, kind: String, key: String, _ decode: (JSONCursor) throws(DataProblem) -> T
  ) throws(StoreError) -> [(T, JSONCursor)] {
    guard let doc = try reader.document(name) else {
      problems.add(
        DataProblem(file: name, position: nil, jsonPath: "", Phrase("errors.data.fileMissing")))
      return []
    }
    var result: [(T, JSONCursor)] = []
    problems.check { () throws(DataProblem) in
      var o = try doc.object()
      try FileHeader.check(&o, kind: kind)
      let items = try o.required(key, Phrase("errors.data.anArrayOfItems")).array()
      try o.finish()
      for item in items {
        problems.check { () throws(DataProblem) in result.append((try decode(item), item)) }
      }
    }
    return result
  }

  private mutating func checkUnits(_ units: [(AdminUnit, JSONCursor)], _ tree: UnitTree) {
    checkUnique(units, \.id.rawValue) { Phrase("errors.data.unitID", ["id": .code($0)]) }
    for (unit, cursor) in units {
      problems.check { () throws(DataProblem) in
        guard let parentID = unit.parent else { return }
        guard let parent = tree[parentID] else {
          throw member(cursor, "parent").problem(
            Phrase("errors.data.unknownParent", ["id": .code(parentID.rawValue)]))
        }
        guard parent.kind.childKinds.contains(unit.kind) else {
          throw member(cursor, "kind").problem(
            Phrase(
              "errors.data.kindUnderKind",
              [
                "kind": .code(unit.kind.rawValue), "parentKind": .code(parent.kind.rawValue),
                "parent": .code(parentID.rawValue),
              ]))
        }
        if tree.path(to: unit.id).first?.parent != nil {
          throw member(cursor, "parent").problem(
            Phrase("errors.data.parentLoop", ["id": .code(unit.id.rawValue)]))
        }
      }
    }
  }

  /// Reports records whose key repeats an earlier one; `what` names the key ("unit id "x"").
  mutating func checkUnique<T, K: Hashable>(
    _ items: [(T, JSONCursor)], _ key: (T) -> K, what: (K) -> Phrase
  ) {
    checkUnique(items.map { ($0.0, $0.1, 0) }, { item, _ in key(item) }, what: what)
  }

  /// Reports records whose key repeats an earlier one; `year` is passed through to the key.
  mutating func checkUnique<T, K: Hashable>(
    _ items: [(T, JSONCursor, Int)], _ key: (T, Int) -> K, what: (K) -> Phrase
  ) {
    var seen: [K: JSONCursor] = [:]
    seen.reserveCapacity(items.count)
    for (item, cursor, year) in items {
      let k = key(item, year)
      if let first = seen[k] {
        let at = first.source.text.position(ofOffset: first.offset)
        problems.add(
          cursor.problem(
            Phrase(
              "errors.data.duplicate", ["what": .phrase(what(k)), "line": .code(String(at.line))])))
      } else {
        seen[k] = cursor
      }
    }
  }

  /// The cursor of an object member, or the object itself when the member is absent.
  func member(_ cursor: JSONCursor, _ key: String) -> JSONCursor {
    guard case .object(let members) = cursor.value,
      let m = members.first(where: { $0.key == key })
    else { return cursor }
    return JSONCursor(
      source: cursor.source, value: m.value, offset: m.valueOffset, parentPath: cursor.path,
      step: .key(key))
  }

  /// The years that have a file in a folder (`targets/2022.json` → 2022).
  func years(in folder: String) -> [Int] {
    guard let dir = opendir(reader.directory.file(folder)) else { return [] }
    defer { closedir(dir) }
    var years: [Int] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name.hasSuffix(".json"), let y = Int(name.dropLast(5)), (1900...9999).contains(y) {
        years.append(y)
      }
    }
    return years.sorted()
  }
}
