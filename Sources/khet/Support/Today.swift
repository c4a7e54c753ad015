import Foundation
import KhetCore

/// Today's date for "overdue" and ages: the local calendar day, or `$KHET_TODAY`
/// (YYYY-MM-DD) when set — for demonstrations and tests of the 2022 sample.
enum Today {
  static func day() throws -> Day {
    if let text = ProcessInfo.processInfo.environment["KHET_TODAY"], !text.isEmpty {
      guard let day = Day(parsing: text) else {
        throw UsageError(CLI.tr("cli.error.today", ["text": Output.safe(text)]))
      }
      return day
    }
    let c = Calendar.current.dateComponents([.year, .month, .day], from: Date())
    return Day(year: c.year!, month: c.month!, day: c.day!)!
  }
}
