import KhetCore

/// The dashboard's screens, switched with the number keys (each screen's raw value).
public enum ScreenID: Int, CaseIterable, Sendable {
  case overview = 1
  case units
  case sector
  case issues
  case tasks
  case review = 6
  case meetings = 7

  /// The tab label.
  public var title: LocalizedName {
    switch self {
    case .overview: return LocalizedName(english: "Overview", khmer: "ទិដ្ឋភាពទូទៅ")
    case .units: return LocalizedName(english: "Units", khmer: "អង្គភាព")
    case .sector: return LocalizedName(english: "Sector", khmer: "វិស័យ")
    case .issues: return LocalizedName(english: "Issues", khmer: "បញ្ហា")
    case .tasks: return LocalizedName(english: "Tasks", khmer: "ភារកិច្ច")
    case .review: return LocalizedName(english: "Review", khmer: "ការពិនិត្យប្រចាំឆ្នាំ")
    case .meetings: return LocalizedName(english: "Meetings", khmer: "កិច្ចប្រជុំ")
    }
  }

  /// The screen after this one in tab order, the first after the last (Tab).
  public var next: ScreenID { neighbour(1) }

  /// The screen before this one in tab order.
  public var previous: ScreenID { neighbour(-1) }

  // Raw values need not be consecutive (they are the number keys), so step through the cases.
  private func neighbour(_ step: Int) -> ScreenID {
    let all = ScreenID.allCases
    let i = all.firstIndex(of: self) ?? 0
    return all[(i + step + all.count) % all.count]
  }
}
