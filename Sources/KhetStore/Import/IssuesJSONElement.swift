import KhetCore
import KhetJSON
import KhetText

/// Reads one element of an issues import file, checking each field on its own so that every
/// problem of the element is reported, not only the first.
struct IssuesJSONElement {
  /// What names are resolved against.
  let workspace: Workspace
  /// The time of the import: nothing can have been reported after it.
  let now: Timestamp

  /// What one element gave: the entry (with an id still to be derived when none was given),
  /// the bytes the id is derived from, and the `id` member's cursor for duplicate messages.
  struct Read {
    var entry: IssueImportEntry
    var content: [UInt8]
    var idCursor: JSONCursor?
  }

  /// The element as an entry, or nil after adding each of its problems to `problems`.
  func read(_ c: JSONCursor, element: Int, problems: inout ImportProblems) -> Read? {
    var o: ObjectReader
    do { o = try c.object() } catch {
      problems.add(error)
      return nil
    }
    var found: [DataProblem] = []
    func check<T>(_ body: () throws(DataProblem) -> T?) -> T? {
      do { return try body() } catch {
        found.append(error)
        return nil
      }
    }
    let idCursor = o.optional("id")
    let id = check { () throws(DataProblem) in try idCursor.map(ObjectReader.recordID) }
    let title = check { () throws(DataProblem) in
      try readTitle(o.required("title", Phrase("errors.data.aString")))
    }
    let description = check { () throws(DataProblem) in
      try readDescription(o.optional("description"))
    }
    let sector = check { () throws(DataProblem) in
      try readSector(o.required("sector", Phrase("errors.data.aString")))
    }
    let unit = check { () throws(DataProblem) in
      try readUnit(o.required("unit", Phrase("errors.data.aString")))
    }
    let severity = check { () throws(DataProblem) in
      try o.optional("severity").map { c throws(DataProblem) in
        try ObjectReader.choice(c, Severity.self)
      }
    }
    let status = check { () throws(DataProblem) in
      try o.optional("status").map { c throws(DataProblem) in
        try ObjectReader.choice(c, IssueStatus.self)
      }
    }
    let reporter = check { () throws(DataProblem) in try readReporter(o.optional("reporter")) }
    let reported = check { () throws(DataProblem) in try readReported(o.optional("reported")) }
    // A misspelt key that a missing field's message already named is not named twice.
    let named = Set(found.compactMap(\.position))
    found += o.unknownFields(limit: 10).filter {
      !named.contains($0.position ?? .init(line: 0, column: 0))
    }
    found.sort(by: Self.inFileOrder)
    for problem in found { problems.add(problem) }
    guard found.isEmpty, let title, let sector, let unit else { return nil }
    let entry = IssueImportEntry(
      element: element, id: id ?? RecordID(words: (0, 0)), idWasGiven: id != nil, title: title,
      description: description ?? "", sector: sector, unit: unit, severity: severity ?? .medium,
      status: status ?? .open, reporter: reporter, reported: reported)
    return Read(entry: entry, content: Self.content(of: entry), idCursor: idCursor)
  }

  /// Whether `a` comes before `b` in the file (a problem without a position last).
  static func inFileOrder(_ a: DataProblem, _ b: DataProblem) -> Bool {
    guard let p = a.position else { return false }
    guard let q = b.position else { return true }
    return p < q
  }

  /// What an id is derived from: every field as given (not as filled in, so that whoever
  /// imports the file, whenever, derives the same id).
  static func content(of e: IssueImportEntry) -> [UInt8] {
    var o = ObjectBuilder()
    o.add("title", e.title)
    o.add("description", e.description)
    o.add("sector", e.sector.rawValue)
    o.add("unit", e.unit.rawValue)
    o.add("severity", e.severity.rawValue)
    o.add("status", e.status.rawValue)
    o.add("reporter", e.reporter ?? "")
    o.add("reported", e.reported?.description ?? "")
    return JSONWriter.bytes(o.value, style: .compact)
  }

  /// A string with no control or bidirectional characters (line feeds only if `lineBreaks`).
  private func text(_ c: JSONCursor, lineBreaks: Bool) throws(DataProblem) -> String {
    var s = try c.string()
    if lineBreaks { s = ImportedText.normalizingLineBreaks(s) }
    if let problem = ImportedText.problem(s, lineBreaks: lineBreaks) {
      throw c.problem(problem)
    }
    return s
  }

  private func readTitle(_ c: JSONCursor) throws(DataProblem) -> String {
    let s = try text(c, lineBreaks: false)
    do throws(FieldProblem) {
      return try Workspace.checkedTitle(s)
    } catch {
      throw c.problem(error.reason)
    }
  }

  private func readDescription(_ c: JSONCursor?) throws(DataProblem) -> String? {
    guard let c else { return nil }
    let s = try text(c, lineBreaks: true).trimmingWhitespace()
    if s.utf8.count > TextLimits.description, s.count > TextLimits.description {
      throw c.problem(Self.tooLong(s, limit: TextLimits.description))
    }
    return s
  }

  private func readSector(_ c: JSONCursor) throws(DataProblem) -> SectorID {
    let s = try text(c, lineBreaks: false).trimmingWhitespace()
    guard let sector = workspace.sector(named: s) else {
      throw c.problem(
        Phrase(
          "errors.import.issues.unknownSector",
          [
            "sector": .code(MessageText.quoted(s)),
            "known": .code(workspace.sectors.map(\.id.rawValue).joined(separator: ", ")),
          ]))
    }
    return sector.id
  }

  private func readUnit(_ c: JSONCursor) throws(DataProblem) -> UnitID {
    let s = try text(c, lineBreaks: false).trimmingWhitespace()
    let matches = workspace.units.units(named: s)
    if matches.count == 1 { return matches[0].id }
    let name = Phrase.Argument.code(MessageText.quoted(s))
    guard matches.isEmpty else { throw c.problem(sameName(name, matches)) }
    guard let example = workspace.units.roots.first else {
      throw c.problem(Phrase("errors.import.issues.unknownUnit", ["unit": name]))
    }
    throw c.problem(
      Phrase(
        "errors.import.issues.unknownUnitExample",
        ["unit": name, "example": .code(example.rawValue)]))
  }

  /// `"Chrey" names 2 units: 140304 (Chrey Commune in Kampong Trabaek District), 140305 (…);
  /// give the unit's code` — the first five of them, then how many more.
  private func sameName(_ name: Phrase.Argument, _ matches: [AdminUnit]) -> Phrase {
    let shown: [Phrase.Argument] = matches.prefix(5).map { unit in
      guard let parent = unit.parent.flatMap({ workspace.units[$0] }) else {
        return .name(
          english: "\(unit.id) (\(unit.englishTitle))", khmer: "\(unit.id) (\(unit.khmerTitle))")
      }
      return .phrase(
        Phrase(
          "errors.import.issues.unitInParent",
          [
            "unit": .code(unit.id.rawValue), "title": Self.title(unit),
            "parent": Self.title(parent),
          ]))
    }
    // "a, b, c" as a phrase each language joins in its own way.
    var list = shown[shown.count - 1]
    for unit in shown.dropLast().reversed() {
      list = .phrase(Phrase("errors.import.issues.unitList", ["unit": unit, "rest": list]))
    }
    var arguments: [String: Phrase.Argument] = [
      "name": name, "count": .number(matches.count), "units": list,
    ]
    guard matches.count > 5 else { return Phrase("errors.import.issues.sameName", arguments) }
    arguments["more"] = .number(matches.count - 5)
    return Phrase("errors.import.issues.sameNameMore", arguments)
  }

  /// "Chrey Commune", "ឃុំជ្រៃ": a unit's title in the reader's language.
  private static func title(_ unit: AdminUnit) -> Phrase.Argument {
    .name(english: unit.englishTitle, khmer: unit.khmerTitle)
  }

  /// `is 3000 characters; at most 2000`.
  private static func tooLong(_ text: String, limit: Int) -> Phrase {
    Phrase("errors.field.tooLong", ["count": .number(text.count), "limit": .number(limit)])
  }

  private func readReporter(_ c: JSONCursor?) throws(DataProblem) -> String? {
    guard let c else { return nil }
    let s = try text(c, lineBreaks: false).trimmingWhitespace()
    if s.isEmpty { return nil }
    if s.utf8.count > TextLimits.name, s.count > TextLimits.name {
      throw c.problem(Self.tooLong(s, limit: TextLimits.name))
    }
    return s
  }

  private func readReported(_ c: JSONCursor?) throws(DataProblem) -> Timestamp? {
    guard let c else { return nil }
    let text = try c.string()
    let time: Timestamp
    do throws(ReportedTime.Unreadable) { time = try ReportedTime.parse(text) } catch {
      throw c.problem(error.reason)
    }
    guard time <= now else {
      throw c.problem(
        Phrase(
          "errors.import.issues.reportedLater",
          ["time": .code(time.description), "now": .code(now.description)]))
    }
    return time
  }
}
