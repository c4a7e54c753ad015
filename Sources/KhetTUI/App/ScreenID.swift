import KhetCore

/// The dashboard's screens, switched with the number keys.
public enum ScreenID: Int, CaseIterable, Sendable {
  case overview = 1
  case units
  case sector
  case issues
  case tasks
  case review = 6

  /// The tab label.
  public var title: LocalizedName {
    switch self {
    case .overview: return LocalizedName(english: "Overview", khmer: "ទិដ្ឋភាពទូទៅ")
    case .units: return LocalizedName(english: "Units", khmer: "អង្គភាព")
    case .sector: return LocalizedName(english: "Sector", khmer: "វិស័យ")
    case .issues: return LocalizedName(english: "Issues", khmer: "បញ្ហា")
    case .tasks: return LocalizedName(english: "Tasks", khmer: "ភារកិច្ច")
    case .review: return LocalizedName(english: "Review", khmer: "ការពិនិត្យប្រចាំឆ្នាំ")
    }
  }
}
