import KhetCore
import KhetJSON

extension AdminUnit {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("id", id.rawValue)
    o.add("kind", kind.rawValue)
    o.add("name", name.json)
    o.add("parent", parent.map { JSONValue.string($0.rawValue) } ?? .null)
    o.add("validFrom", ifPresent: validFrom)
    o.add("validUntil", ifPresent: validUntil)
    return o.value
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    let id = try o.text("id", limit: 40)
    let kind = try o.choice("kind", UnitKind.self)
    let name = try o.name("name")
    let parent = try o.optionalString("parent")
    let from = try o.optionalDay("validFrom")
    let until = try o.optionalDay("validUntil")
    try o.finish()
    self.init(
      id: UnitID(id), kind: kind, name: name, parent: parent.map { UnitID($0) },
      validFrom: from, validUntil: until)
  }
}

extension Sector {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("id", id.rawValue)
    o.add("name", name.json)
    o.add("short", shortName.json)
    return o.value
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    let id = try o.text("id", limit: 60)
    let name = try o.name("name")
    let short = try o.name("short")
    try o.finish()
    self.init(id: SectorID(id), name: name, shortName: short)
  }
}

extension Indicator {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("id", id.rawValue)
    o.add("sector", sector.rawValue)
    o.add("name", name.json)
    o.add("measure", measure.rawValue)
    o.add("direction", direction.rawValue)
    o.add("rollUp", rollUp.rawValue)
    return o.value
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    let id = try o.text("id", limit: 100)
    let sector = try o.text("sector", limit: 60)
    let name = try o.name("name")
    let measure = try o.choice("measure", Measure.self)
    let direction = try o.choice("direction", Direction.self)
    let rollUp = try o.choice("rollUp", RollUpRule.self)
    try o.finish()
    self.init(
      id: IndicatorID(id), sector: SectorID(sector), name: name, measure: measure,
      direction: direction, rollUp: rollUp)
  }
}

extension WorkspaceInfo {
  var json: JSONValue {
    var o = ObjectBuilder()
    FileHeader.add(to: &o, kind: "workspace")
    o.add("name", name.json)
    o.add("sample", isSample)
    o.add("home", home.rawValue)
    o.add("created", created.description)
    return o.value
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    try FileHeader.check(&o, kind: "workspace")
    let name = try o.name("name")
    let sample = try o.optionalBool("sample") ?? false
    let home = try o.text("home", limit: 40)
    let created = try o.timestamp("created")
    try o.finish()
    self.init(name: name, isSample: sample, home: UnitID(home), created: created)
  }
}
