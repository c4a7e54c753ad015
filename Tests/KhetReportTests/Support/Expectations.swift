import KhetCore
import KhetReport

/// Shared helpers of the report tests.
enum Expect {
  /// A review of the province as of 2022-09-30.
  static func review(_ year: Int, _ w: Workspace = ReportFixtures.sample) -> ReviewReport {
    ReviewReport(w, year: year, scope: ReportFixtures.province, today: ReportFixtures.today)
  }

  /// The proceedings of a unit in a quarter as of 2022-09-30.
  static func proceedings(
    _ quarter: String = "2022Q2", unit: UnitID = ReportFixtures.province,
    _ w: Workspace = ReportFixtures.sample
  ) -> ProceedingsReport {
    ProceedingsReport(
      w, unit: unit, quarter: Quarter(parsing: quarter)!, today: ReportFixtures.today)
  }

  /// A value as the machine formats write it: rounded to two decimals.
  static func rounded(_ value: Double?) -> Double? {
    value.map { (($0 * 100).rounded() / 100) + 0 }
  }

  /// A CSV number field: nil when empty.
  static func number(_ field: String) -> Double? { field.isEmpty ? nil : Double(field) }

  /// The Unicode scalars, for exact comparisons (String's == ignores normalisation).
  static func scalars(_ s: String?) -> [UInt32] { (s ?? "").unicodeScalars.map(\.value) }

  /// Scalars that must never reach a terminal or a file: controls other than tab, LF and CR,
  /// C1 controls, and bidirectional controls.
  static func unsafeScalars(_ text: String) -> [UInt32] {
    text.unicodeScalars.map(\.value).filter { v in
      (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D) || (0x7F...0x9F).contains(v)
        || [0x061C, 0x200E, 0x200F, 0x2028, 0x2029].contains(v) || (0x202A...0x202E).contains(v)
        || (0x2066...0x2069).contains(v)
    }
  }
}
