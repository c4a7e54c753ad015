import KhetCore
import KhetJSON

extension Issue {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("id", id.rawValue)
    o.add("number", number)
    o.add("title", title)
    o.add("description", description)
    o.add("sector", sector.rawValue)
    o.add("unit", unit.rawValue)
    o.add("severity", severity.rawValue)
    o.add("status", status.rawValue)
    o.add("reporter", reporter)
    o.add("created", created.description)
    o.add("updated", updated.description)
    o.add("history", .array(history.map { JSONElement($0.json) }))
    o.add(withdrawal: withdrawal)
    return o.value
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    let id = try o.recordID("id")
    let number = try o.int("number", in: 1...Store.maxRecordNumber)
    let title = try o.text("title", limit: TextLimits.title)
    let description = try o.text(
      "description", limit: TextLimits.description, allowEmpty: true)
    let sector = try o.text("sector", limit: 60)
    let unit = try o.text("unit", limit: 40)
    let severity = try o.choice("severity", Severity.self)
    let status = try o.choice("status", IssueStatus.self)
    let reporter = try o.text("reporter", limit: TextLimits.name)
    let created = try o.timestamp("created")
    let updated = try o.timestamp("updated")
    var history: [IssueEvent] = []
    if let h = o.optional("history") {
      for element in try h.array() { history.append(try IssueEvent(element)) }
    }
    let withdrawal = try Withdrawal.read(from: &o)
    try o.finish()
    self.init(
      id: id, number: number, title: title, description: description,
      sector: SectorID(sector), unit: UnitID(unit), severity: severity, status: status,
      reporter: reporter, created: created, updated: updated, history: history)
    self.withdrawal = withdrawal
  }
}

extension IssueEvent {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("at", at.description)
    o.add("by", by)
    switch change {
    case .created:
      o.add("event", "created")
    case .status(let from, let to):
      o.add("event", "status")
      o.add("from", from.rawValue)
      o.add("to", to.rawValue)
    case .edited(let field, let from, let to):
      o.add("event", "edited")
      o.add("field", field)
      o.add("from", from)
      o.add("to", to)
    case .note(let text):
      o.add("event", "note")
      o.add("text", text)
    }
    return o.value
  }

  private enum Kind: String, CaseIterable {
    case created, status, edited, note
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    let at = try o.timestamp("at")
    let by = try o.text("by", limit: TextLimits.name)
    let change: Change
    switch try o.choice("event", Kind.self) {
    case .created:
      change = .created
    case .status:
      change = .status(
        from: try o.choice("from", IssueStatus.self), to: try o.choice("to", IssueStatus.self))
    case .edited:
      change = .edited(
        field: try o.text("field", limit: 60),
        from: try o.text("from", limit: TextLimits.description, allowEmpty: true),
        to: try o.text("to", limit: TextLimits.description, allowEmpty: true))
    case .note:
      change = .note(try o.text("text", limit: TextLimits.description))
    }
    try o.finish()
    self.init(at: at, by: by, change: change)
  }
}

extension WorkTask {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("id", id.rawValue)
    o.add("number", number)
    o.add("title", title)
    o.add("issue", issue.map { JSONValue.string($0.rawValue) } ?? .null)
    o.add("sector", sector.rawValue)
    o.add("unit", unit.rawValue)
    o.add("owner", owner)
    o.add("due", due.map { JSONValue.string($0.description) } ?? .null)
    o.add("createdBy", createdBy)
    o.add("created", created.description)
    o.add("updated", updated.description)
    if let completion {
      o.add("done", ["by": .string(completion.by), "at": .string(completion.at.description)])
    } else {
      o.add("done", .null)
    }
    if let meeting { o.add("meeting", meeting.rawValue) }
    o.add(withdrawal: withdrawal)
    return o.value
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    let id = try o.recordID("id")
    let number = try o.int("number", in: 1...Store.maxRecordNumber)
    let title = try o.text("title", limit: TextLimits.title)
    let issue = try o.optionalRecordID("issue")
    let sector = try o.text("sector", limit: 60)
    let unit = try o.text("unit", limit: 40)
    let owner = try o.text("owner", limit: TextLimits.name, allowEmpty: true)
    let due = try o.optionalDay("due")
    let createdBy = try o.text("createdBy", limit: TextLimits.name)
    let created = try o.timestamp("created")
    let updated = try o.timestamp("updated")
    var completion: Completion?
    if let d = o.optional("done") {
      var done = try d.object()
      completion = Completion(
        by: try done.text("by", limit: TextLimits.name), at: try done.timestamp("at"))
      try done.finish()
    }
    let meeting = try o.optionalRecordID("meeting")
    let withdrawal = try Withdrawal.read(from: &o)
    try o.finish()
    self.init(
      id: id, number: number, title: title, issue: issue, sector: SectorID(sector),
      unit: UnitID(unit), owner: owner, due: due, createdBy: createdBy, created: created,
      updated: updated, completion: completion, meeting: meeting)
    self.withdrawal = withdrawal
  }
}
