import KhetCore
import KhetJSON
import KhetText

/// Reads the members of one JSON object by name, checking types and reporting each problem
/// with the member's own line, column and JSON path. `finish()` rejects unknown members, so a
/// misspelt hand edit ("titel") is caught instead of silently ignored.
struct ObjectReader {
  let cursor: JSONCursor
  let members: [JSONMember]
  private let path: String
  /// The keys asked for, for the "expected one of" message.
  private var asked: [String] = []
  /// Which members were read, by index (objects in Khet's files have far fewer than 64).
  private var readMask: UInt64 = 0

  init(cursor: JSONCursor, members: [JSONMember]) {
    self.cursor = cursor
    self.members = members
    self.path = cursor.path
    asked.reserveCapacity(members.count + 2)
  }

  /// The member as a cursor, or nil when absent or null.
  mutating func optional(_ key: String) -> JSONCursor? {
    asked.append(key)
    guard let i = members.firstIndex(where: { $0.key == key }) else { return nil }
    if i < 64 { readMask |= 1 << UInt64(i) }
    let member = members[i]
    if case .null = member.value { return nil }
    return JSONCursor(
      source: cursor.source, value: member.value, offset: member.valueOffset, parentPath: path,
      step: .key(key))
  }

  /// The member as a cursor; missing is a problem that says what was `expected` (worked out
  /// only then: this is on the loading path of every record).
  mutating func required(
    _ key: String, _ expected: @autoclosure () -> Phrase
  ) throws(DataProblem) -> JSONCursor {
    guard let value = optional(key) else {
      // Present as null: located at the null, not reported as missing at the object's start.
      if let member = members.first(where: { $0.key == key }) {
        throw cursor.source.problem(
          at: member.valueOffset, path: "\(path).\(key)",
          Phrase("errors.data.foundNull", ["expected": .phrase(expected())]))
      }
      if let typo = members.enumerated().first(where: { i, m in
        (i >= 64 || readMask & (1 << UInt64(i)) == 0) && Self.isTypo(m.key, of: key)
      })?.element {
        throw cursor.source.problem(
          at: typo.keyOffset, path: "\(path).\(MessageText.escaped(typo.key))",
          Phrase(
            "errors.data.typo",
            [
              "field": .code(MessageText.quoted(typo.key)), "key": .code(key),
              "expected": .phrase(expected()),
            ]))
      }
      throw cursor.problem(
        Phrase("errors.data.missing", ["key": .code(key), "expected": .phrase(expected())]))
    }
    return value
  }

  mutating func string(_ key: String) throws(DataProblem) -> String {
    try required(key, Phrase("errors.data.aString")).string()
  }

  mutating func optionalString(_ key: String) throws(DataProblem) -> String? {
    try optional(key)?.string()
  }

  /// A string that must not be empty (after trimming) and not longer than `limit` characters.
  mutating func text(
    _ key: String, limit: Int, allowEmpty: Bool = false
  ) throws(DataProblem)
    -> String
  {
    let c = try required(key, Phrase("errors.data.aString"))
    let s = try c.string()
    if !allowEmpty && s.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
      throw c.problem(Phrase("errors.field.empty"))
    }
    // Counting characters is slow; a string of at most `limit` UTF-8 bytes cannot be longer.
    if s.utf8.count > limit && s.count > limit {
      throw c.problem(
        Phrase("errors.field.tooLong", ["count": .number(s.count), "limit": .number(limit)]))
    }
    return s
  }

  mutating func int(_ key: String, in range: ClosedRange<Int>) throws(DataProblem) -> Int {
    try Self.int(required(key, Phrase("errors.data.anInteger")), in: range)
  }

  mutating func optionalInt(_ key: String, in range: ClosedRange<Int>) throws(DataProblem) -> Int? {
    guard let c = optional(key) else { return nil }
    return try Self.int(c, in: range)
  }

  static func int(_ c: JSONCursor, in range: ClosedRange<Int>) throws(DataProblem) -> Int {
    guard case .number(let n) = c.value, let i = n.int else {
      throw c.problem(Phrase("errors.data.expectedInteger", ["found": c.found]))
    }
    guard range.contains(i) else {
      throw c.problem(
        Phrase(
          "errors.data.expectedIntegerIn",
          [
            "low": .code(String(range.lowerBound)), "high": .code(String(range.upperBound)),
            "found": .code(String(i)),
          ]))
    }
    return i
  }

  mutating func double(_ key: String) throws(DataProblem) -> Double {
    let c = try required(key, Phrase("errors.data.aNumber"))
    guard case .number(let n) = c.value, let d = n.double, abs(d) < 1e15 else {
      throw c.problem(Phrase("errors.data.expectedFinite", ["found": c.found]))
    }
    return d
  }

  mutating func bool(_ key: String) throws(DataProblem) -> Bool {
    let c = try required(key, Phrase("errors.data.aBoolean"))
    guard case .bool(let b) = c.value else {
      throw c.problem(Phrase("errors.data.expectedBoolean", ["found": c.found]))
    }
    return b
  }

  mutating func optionalBool(_ key: String) throws(DataProblem) -> Bool? {
    guard let c = optional(key) else { return nil }
    guard case .bool(let b) = c.value else {
      throw c.problem(Phrase("errors.data.expectedBoolean", ["found": c.found]))
    }
    return b
  }

  /// One of an enumeration's raw values.
  mutating func choice<E: RawRepresentable & CaseIterable>(
    _ key: String, _ type: E.Type
  )
    throws(DataProblem) -> E where E.RawValue == String
  {
    let c = try required(key, Phrase("errors.data.oneOf", ["choices": .code(Self.choices(E.self))]))
    return try Self.choice(c, E.self)
  }

  static func choice<E: RawRepresentable & CaseIterable>(
    _ c: JSONCursor, _ type: E.Type
  )
    throws(DataProblem) -> E where E.RawValue == String
  {
    guard case .string(let s) = c.value, let e = E(rawValue: s) else {
      throw c.problem(
        Phrase("errors.data.expectedOneOf", ["choices": .code(choices(E.self)), "found": c.found]))
    }
    return e
  }

  static func choices<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> String
  where E.RawValue == String {
    type.allCases.map(\.rawValue).joined(separator: ", ")
  }

  mutating func day(_ key: String) throws(DataProblem) -> Day {
    try Self.day(required(key, Phrase("errors.data.aDate")))
  }

  mutating func optionalDay(_ key: String) throws(DataProblem) -> Day? {
    guard let c = optional(key) else { return nil }
    return try Self.day(c)
  }

  static func day(_ c: JSONCursor) throws(DataProblem) -> Day {
    guard case .string(let s) = c.value, let d = Day(parsing: s) else {
      throw c.problem(Phrase("errors.data.expectedDate", ["found": c.found]))
    }
    return d
  }

  mutating func timestamp(_ key: String) throws(DataProblem) -> Timestamp {
    let c = try required(key, Phrase("errors.data.aTime"))
    guard case .string(let s) = c.value, let t = Timestamp(parsing: s) else {
      throw c.problem(Phrase("errors.data.expectedTime", ["found": c.found]))
    }
    return t
  }

  mutating func optionalTimestamp(_ key: String) throws(DataProblem) -> Timestamp? {
    guard optional(key) != nil else { return nil }
    return try timestamp(key)
  }

  mutating func recordID(_ key: String) throws(DataProblem) -> RecordID {
    try Self.recordID(required(key, Phrase("errors.data.aUUID")))
  }

  mutating func optionalRecordID(_ key: String) throws(DataProblem) -> RecordID? {
    guard let c = optional(key) else { return nil }
    return try Self.recordID(c)
  }

  static func recordID(_ c: JSONCursor) throws(DataProblem) -> RecordID {
    guard case .string(let s) = c.value, let id = RecordID(s) else {
      throw c.problem(Phrase("errors.data.expectedUUID", ["found": c.found]))
    }
    return id
  }

  /// `{"en": …, "km": …}`.
  mutating func name(_ key: String) throws(DataProblem) -> LocalizedName {
    var o = try required(key, Phrase("errors.data.aName")).object()
    let name = LocalizedName(
      english: try o.text("en", limit: TextLimits.name),
      khmer: try o.text("km", limit: TextLimits.name, allowEmpty: true))
    try o.finish()
    return name
  }

  /// Whether `candidate` looks like a misspelling of `key`: different, but at most two edits
  /// away (one for keys of four letters or fewer), or differing only in case.
  static func isTypo(_ candidate: String, of key: String) -> Bool {
    guard candidate != key else { return false }
    if candidate.lowercased() == key.lowercased() { return true }
    let a = Array(candidate.unicodeScalars)
    let b = Array(key.unicodeScalars)
    guard abs(a.count - b.count) <= 2, a.count < 40 else { return false }
    var previous = Array(0...b.count)
    for i in 1...max(a.count, 1) where !a.isEmpty {
      var row = [i] + Array(repeating: 0, count: b.count)
      for j in 1...max(b.count, 1) where !b.isEmpty {
        row[j] = min(
          previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      }
      previous = row
    }
    return previous[b.count] <= (b.count <= 4 ? 1 : 2)
  }

  /// Rejects members that were never asked for.
  func finish() throws(DataProblem) {
    if let first = unknownFields(limit: 1).first { throw first }
  }

  /// A problem for each member that was never asked for (at most `limit`), in file order.
  func unknownFields(limit: Int = .max) -> [DataProblem] {
    var problems: [DataProblem] = []
    for (i, member) in members.enumerated() where problems.count < limit {
      let wasRead = i < 64 ? readMask & (1 << UInt64(i)) != 0 : asked.contains(member.key)
      if wasRead { continue }
      let expected = asked.map { "\"\($0)\"" }.joined(separator: ", ")
      problems.append(
        cursor.source.problem(
          // The key is shown cut and escaped: a hostile file's key may be a megabyte of escapes.
          at: member.keyOffset, path: "\(path).\(MessageText.escaped(member.key))",
          Phrase(
            "errors.data.unknownField",
            ["field": .code(MessageText.quoted(member.key)), "expected": .code(expected)])))
    }
    return problems
  }
}
