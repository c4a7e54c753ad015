/// An administrative unit — province, town/district or commune/sangkat — that results,
/// issues, tasks and meetings belong to.
public struct AdminUnit: Hashable, Sendable, Identifiable {
  /// Stable identifier (the geocode).
  public var id: UnitID
  /// Province, district, commune…
  public var kind: UnitKind
  /// The name in English and Khmer, without the kind's word ("Ba Phnum", not "Ba Phnum District").
  public var name: LocalizedName
  /// The unit this one belongs to; nil only for the top unit of a workspace.
  public var parent: UnitID?
  /// The first day the unit existed, when it was created by sub-decree during the data's span.
  public var validFrom: Day?
  /// The last day the unit existed, when it was merged or renamed.
  public var validUntil: Day?

  /// A unit; validity dates are optional.
  public init(
    id: UnitID, kind: UnitKind, name: LocalizedName, parent: UnitID?,
    validFrom: Day? = nil, validUntil: Day? = nil
  ) {
    self.id = id
    self.kind = kind
    self.name = name
    self.parent = parent
    self.validFrom = validFrom
    self.validUntil = validUntil
  }

  /// The unit's tier.
  public var level: UnitLevel { kind.level }

  /// "Ba Phnum District" in English.
  public var englishTitle: String { "\(name.english) \(kind.title.english)" }

  /// "ស្រុកបាភ្នំ" in Khmer, or the English title when no Khmer name is known.
  public var khmerTitle: String {
    name.khmer.isEmpty ? englishTitle : kind.title.khmer + name.khmer
  }
}
