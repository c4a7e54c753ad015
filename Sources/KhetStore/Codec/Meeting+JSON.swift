import KhetCore
import KhetJSON

extension Meeting {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("id", id.rawValue)
    o.add("number", number)
    o.add("unit", unit.rawValue)
    o.add("date", date.description)
    o.add("title", title)
    o.add("status", status.rawValue)
    o.add("agenda", .array(agenda.map { JSONElement(.string($0)) }))
    o.add("attendance", .array(attendance.map { JSONElement(.string($0)) }))
    o.add("minutes", minutes?.json ?? .null)
    o.add("decisions", .array(decisions.map { JSONElement($0.json) }))
    o.add("changes", .array(changes.map { JSONElement($0.json) }))
    o.add("createdBy", createdBy)
    o.add("created", created.description)
    o.add("updated", updated.description)
    o.add(withdrawal: withdrawal)
    return o.value
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    let id = try o.recordID("id")
    let number = try o.int("number", in: 1...Store.maxRecordNumber)
    let unit = try o.text("unit", limit: 40)
    let date = try o.day("date")
    let title = try o.text("title", limit: TextLimits.title)
    let status = try o.choice("status", MeetingStatus.self)
    let agenda = try (o.optional("agenda")?.array() ?? []).map { (e) throws(DataProblem) in
      try e.string()
    }
    let attendance = try (o.optional("attendance")?.array() ?? []).map {
      (e) throws(DataProblem) in try e.string()
    }
    let minutes = try o.optional("minutes").map { (m) throws(DataProblem) in try Minutes(m) }
    let decisions = try (o.optional("decisions")?.array() ?? []).map {
      (e) throws(DataProblem) in try Decision(e)
    }
    let changes = try (o.optional("changes")?.array() ?? []).map {
      (e) throws(DataProblem) in try MeetingChange(e)
    }
    let createdBy = try o.text("createdBy", limit: TextLimits.name)
    let created = try o.timestamp("created")
    let updated = try o.timestamp("updated")
    let withdrawal = try Withdrawal.read(from: &o)
    try o.finish()
    self.init(
      id: id, number: number, unit: UnitID(unit), date: date, title: title, status: status,
      agenda: agenda, attendance: attendance, minutes: minutes, decisions: decisions,
      changes: changes, createdBy: createdBy, created: created, updated: updated)
    self.withdrawal = withdrawal
  }
}

extension Minutes {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("text", text)
    o.add("confirmedBy", confirmedBy.map(JSONValue.string) ?? .null)
    o.add("confirmedAt", confirmedAt.map { JSONValue.string($0.description) } ?? .null)
    o.add(
      "amendments",
      .array(
        amendments.map {
          JSONElement([
            "at": .string($0.at.description), "by": .string($0.by), "text": .string($0.text),
          ])
        }))
    return o.value
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    let text = try o.text("text", limit: TextLimits.minutes, allowEmpty: true)
    let by = try o.optionalString("confirmedBy")
    let at = try o.optionalTimestamp("confirmedAt")
    var amendments: [Amendment] = []
    for e in try o.optional("amendments")?.array() ?? [] {
      var a = try e.object()
      amendments.append(
        Amendment(
          at: try a.timestamp("at"), by: try a.text("by", limit: TextLimits.name),
          text: try a.text("text", limit: TextLimits.description)))
      try a.finish()
    }
    try o.finish()
    self.init(text: text, confirmedBy: by, confirmedAt: at, amendments: amendments)
  }
}

extension Decision {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("id", id.rawValue)
    o.add("text", text)
    o.add("owner", owner)
    o.add("deadline", deadline.map { JSONValue.string($0.description) } ?? .null)
    o.add("task", task.map { JSONValue.string($0.rawValue) } ?? .null)
    return o.value
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    let id = try o.recordID("id")
    let text = try o.text("text", limit: TextLimits.description)
    let owner = try o.text("owner", limit: TextLimits.name, allowEmpty: true)
    let deadline = try o.optionalDay("deadline")
    let task = try o.optionalRecordID("task")
    try o.finish()
    self.init(id: id, text: text, owner: owner, deadline: deadline, task: task)
  }
}

extension MeetingChange {
  var json: JSONValue {
    var o = ObjectBuilder()
    o.add("at", at.description)
    o.add("by", by)
    o.add("from", from.description)
    o.add("to", to.map { JSONValue.string($0.description) } ?? .null)
    o.add("reason", reason)
    return o.value
  }

  init(_ c: JSONCursor) throws(DataProblem) {
    var o = try c.object()
    let at = try o.timestamp("at")
    let by = try o.text("by", limit: TextLimits.name)
    let from = try o.day("from")
    let to = try o.optionalDay("to")
    let reason = try o.text("reason", limit: TextLimits.description, allowEmpty: true)
    try o.finish()
    self.init(at: at, by: by, from: from, to: to, reason: reason)
  }
}
