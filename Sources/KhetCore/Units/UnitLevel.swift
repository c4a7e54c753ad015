/// The tier of the administrative hierarchy a unit sits on. Figures roll up from commune to
/// district to province (and to the nation in a national workspace).
public enum UnitLevel: Int, Comparable, Sendable, CaseIterable {
  /// The whole country (national workspaces only).
  case nation = 0
  /// A province or the capital.
  case province = 1
  /// A town (krong), district (srok) or section (khan).
  case district = 2
  /// A commune (khum) or sangkat.
  case commune = 3

  public static func < (a: UnitLevel, b: UnitLevel) -> Bool { a.rawValue < b.rawValue }
}

/// What kind of unit it is, which fixes its level and the word used before its name.
public enum UnitKind: String, Sendable, CaseIterable {
  case nation
  case province
  case capital
  case town
  case district
  case khan
  case commune
  case sangkat

  /// The tier this kind of unit belongs to.
  public var level: UnitLevel {
    switch self {
    case .nation: return .nation
    case .province, .capital: return .province
    case .town, .district, .khan: return .district
    case .commune, .sangkat: return .commune
    }
  }

  /// The word written before the name, e.g. "District" / ស្រុក.
  public var title: LocalizedName {
    switch self {
    case .nation: return LocalizedName(english: "Kingdom", khmer: "ព្រះរាជាណាចក្រ")
    case .province: return LocalizedName(english: "Province", khmer: "ខេត្ត")
    case .capital: return LocalizedName(english: "Capital", khmer: "រាជធានី")
    case .town: return LocalizedName(english: "Town", khmer: "ក្រុង")
    case .district: return LocalizedName(english: "District", khmer: "ស្រុក")
    case .khan: return LocalizedName(english: "Khan", khmer: "ខណ្ឌ")
    case .commune: return LocalizedName(english: "Commune", khmer: "ឃុំ")
    case .sangkat: return LocalizedName(english: "Sangkat", khmer: "សង្កាត់")
    }
  }

  /// The kinds whose units may be direct children of this kind.
  public var childKinds: Set<UnitKind> {
    switch self {
    case .nation: return [.province, .capital]
    case .province: return [.town, .district]
    case .capital: return [.khan]
    case .town, .khan: return [.sangkat, .commune]
    case .district: return [.commune, .sangkat]
    case .commune, .sangkat: return []
    }
  }
}
