/// What `khet generate` makes: how big, from which seed. The same plan always gives the same
/// workspace, byte for byte.
public struct GeneratorPlan: Sendable, Equatable {
  /// The two standard sizes.
  public enum Scale: String, Sendable, CaseIterable {
    /// Prey Veng's real town, districts and communes (about 115 communes), 20,000 issues and
    /// 50,000 tasks.
    case province
    /// The capital and 24 provinces, about 200 towns, districts and khans and 1,650 communes
    /// and sangkats, 100,000 issues and 250,000 tasks.
    case national
  }

  /// The size of the administration.
  public var scale: Scale
  /// Seeds the random choices.
  public var seed: UInt64
  /// How many issues, spread over the two years.
  public var issues: Int
  /// How many tasks in all (most serve an issue; the rest stand alone under a sector).
  public var tasks: Int
  /// Meetings a year of every unit (12: monthly, 24: twice a month).
  public var meetingsPerYear: Int

  /// The years covered: targets, a full year of monthly results, issues and meetings in each.
  public static let years = 2021...2022
  /// The last day with activity: issues and tasks after it do not exist yet.
  public static let lastDay = Day(year: 2022, month: 12, day: 31)!

  /// A plan at a scale, with its standard counts unless given.
  public init(
    scale: Scale, seed: UInt64 = 1, issues: Int? = nil, tasks: Int? = nil, meetingsPerYear: Int = 12
  ) {
    self.scale = scale
    self.seed = seed
    self.issues = issues ?? (scale == .national ? 100_000 : 20_000)
    self.tasks = tasks ?? self.issues * 5 / 2
    self.meetingsPerYear = meetingsPerYear
  }
}
