import KhetCore
import KhetLocale

/// The dashboard's screens, switched with the number keys (each screen's raw value).
public enum ScreenID: Int, CaseIterable, Sendable {
  case overview = 1
  case units
  case sector
  case issues
  case tasks
  case review = 6
  case meetings = 7

  /// The tab label in a language.
  public func title(_ tr: Localizer) -> String {
    switch self {
    case .overview: return tr("screen.overview")
    case .units: return tr("screen.units")
    case .sector: return tr("screen.sector")
    case .issues: return tr("screen.issues")
    case .tasks: return tr("screen.tasks")
    case .review: return tr("screen.review")
    case .meetings: return tr("screen.meetings")
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
