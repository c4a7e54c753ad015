/// The stable identifier of a sector, a short slug such as `security`.
public struct SectorID: Hashable, Comparable, Sendable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  /// The slug.
  public let rawValue: String
  /// Wraps a slug.
  public init(_ rawValue: String) { self.rawValue = rawValue }
  /// Lets tables write `"security"`.
  public init(stringLiteral value: String) { rawValue = value }
  public var description: String { rawValue }
  public static func < (a: SectorID, b: SectorID) -> Bool { a.rawValue < b.rawValue }
}

/// A field of the administration's work that results and issues are reported under.
/// Sectors are data: a province can add one (elections, D&D reform) without a code change.
public struct Sector: Hashable, Sendable, Identifiable {
  /// Stable slug.
  public var id: SectorID
  /// English and Khmer names.
  public var name: LocalizedName
  /// Short names for narrow columns, e.g. "Security" / "សន្តិសុខ".
  public var shortName: LocalizedName

  /// A sector.
  public init(id: SectorID, name: LocalizedName, shortName: LocalizedName) {
    self.id = id
    self.name = name
    self.shortName = shortName
  }

  /// The five sectors the governor's report names, in its order.
  public static let defaults: [Sector] = [
    Sector(
      id: "security",
      name: LocalizedName(english: "Security and public order", khmer: "សន្តិសុខ និងសណ្តាប់ធ្នាប់សាធារណៈ"),
      shortName: LocalizedName(english: "Security", khmer: "សន្តិសុខ")),
    Sector(
      id: "sanitation",
      name: LocalizedName(english: "Environmental sanitation", khmer: "អនាម័យបរិស្ថាន"),
      shortName: LocalizedName(english: "Sanitation", khmer: "អនាម័យ")),
    Sector(
      id: "public-services",
      name: LocalizedName(
        english: "Public services (One Window Service Offices)", khmer: "សេវាសាធារណៈ (ច្រកចេញចូលតែមួយ)"),
      shortName: LocalizedName(english: "Public services", khmer: "សេវាសាធារណៈ")),
    Sector(
      id: "humanitarian",
      name: LocalizedName(english: "Humanitarian work", khmer: "ការងារមនុស្សធម៌"),
      shortName: LocalizedName(english: "Humanitarian", khmer: "មនុស្សធម៌")),
    Sector(
      id: "covid19",
      name: LocalizedName(english: "Covid-19 response", khmer: "ការឆ្លើយតបនឹងជំងឺកូវីដ-១៩"),
      shortName: LocalizedName(english: "Covid-19", khmer: "កូវីដ-១៩")),
  ]
}
