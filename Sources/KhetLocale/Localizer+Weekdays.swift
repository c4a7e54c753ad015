import KhetCore

extension Localizer {
  /// A weekday's name: "Monday", "ច័ន្ទ" — one word for every screen, form and report.
  public func weekdayName(_ day: Weekday) -> String {
    let tr = self
    switch day {
    case .monday: return tr("weekday.monday")
    case .tuesday: return tr("weekday.tuesday")
    case .wednesday: return tr("weekday.wednesday")
    case .thursday: return tr("weekday.thursday")
    case .friday: return tr("weekday.friday")
    case .saturday: return tr("weekday.saturday")
    case .sunday: return tr("weekday.sunday")
    }
  }
}
