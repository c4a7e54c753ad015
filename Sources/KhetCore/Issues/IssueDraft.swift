import KhetText

/// What a user typed to log an issue, before it becomes an `Issue`.
public struct IssueDraft: Sendable, Equatable {
  /// The title.
  public var title: String
  /// The description.
  public var description: String
  /// The sector.
  public var sector: SectorID
  /// The unit.
  public var unit: UnitID
  /// The severity.
  public var severity: Severity

  /// A draft.
  public init(
    title: String, description: String = "", sector: SectorID, unit: UnitID,
    severity: Severity = .medium
  ) {
    self.title = title
    self.description = description
    self.sector = sector
    self.unit = unit
    self.severity = severity
  }
}

/// A field that cannot be accepted, and why, in words a user can act on: the reason is a
/// `Phrase`, written in the reader's language by `KhetLocale` (which also gives `message`
/// and `description` in English).
public struct FieldProblem: Error, Sendable, Equatable {
  /// The field's name as the user knows it (`title`, `--unit`…).
  public let field: String
  /// What is wrong and what would be accepted.
  public let reason: Phrase

  /// A problem.
  public init(field: String, _ reason: Phrase) {
    self.field = field
    self.reason = reason
  }

}

/// Limits on text fields, shared by the CLI, the forms and the file loader.
public enum TextLimits {
  /// The longest title, in characters.
  public static let title = 500
  /// The longest description, in characters.
  public static let description = 20_000
  /// The longest name or owner, in characters.
  public static let name = 200
  /// The longest minutes of a meeting, in characters.
  public static let minutes = 200_000
}

extension Workspace {
  /// Checks a draft against the workspace: a non-empty title of at most 500 characters,
  /// a known sector and unit. Returns the draft with the title and description trimmed.
  public func validate(_ draft: IssueDraft) throws(FieldProblem) -> IssueDraft {
    var draft = draft
    draft.title = try Workspace.checkedTitle(draft.title)
    draft.description = draft.description.trimmingWhitespace()
    guard draft.description.count <= TextLimits.description else {
      throw FieldProblem(
        field: "description",
        Phrase(
          "errors.field.tooLong",
          ["count": .number(draft.description.count), "limit": .number(TextLimits.description)]))
    }
    guard sector(draft.sector) != nil else {
      throw FieldProblem(
        field: "sector",
        Phrase(
          "errors.field.unknownSector",
          [
            "sector": .code(draft.sector.rawValue),
            "known": .code(sectors.map(\.id.rawValue).joined(separator: ", ")),
          ]))
    }
    guard units.contains(draft.unit) else {
      throw FieldProblem(
        field: "unit", Phrase("errors.field.unknownUnit", ["unit": .code(draft.unit.rawValue)]))
    }
    return draft
  }

  /// A title trimmed of surrounding whitespace, non-empty and at most 500 characters.
  public static func checkedTitle(
    _ title: String, field: String = "title"
  ) throws(FieldProblem)
    -> String
  {
    let trimmed = title.trimmingWhitespace()
    // Zero-width and format characters alone (U+200B, U+FEFF…) show nothing: still empty.
    let visible = trimmed.unicodeScalars.contains {
      !$0.properties.isWhitespace && $0.properties.generalCategory != .format
    }
    guard visible else {
      throw FieldProblem(field: field, Phrase("errors.field.empty"))
    }
    guard trimmed.count <= TextLimits.title else {
      throw FieldProblem(
        field: field,
        Phrase(
          "errors.field.tooLong",
          ["count": .number(trimmed.count), "limit": .number(TextLimits.title)]))
    }
    guard !trimmed.contains(where: { $0.isNewline }) else {
      throw FieldProblem(field: field, Phrase("errors.field.singleLine"))
    }
    return trimmed
  }
}

extension String {
  /// The string without leading and trailing whitespace and newlines.
  public func trimmingWhitespace() -> String {
    var s = Substring(self)
    while let f = s.first, f.isWhitespace { s.removeFirst() }
    while let l = s.last, l.isWhitespace { s.removeLast() }
    return String(s)
  }
}
