/// How an indicator stands against its plan.
///
/// The score compares the result to date with what the plan expects by now, direction-aware
/// (1.0 = exactly on plan). Thresholds: on track at 95 % of plan or better, at risk from 80 %,
/// missed below 80 %; no data when there is no target or no result.
public enum ProgressStatus: String, Sendable, CaseIterable, Comparable {
  case onTrack = "on-track"
  case atRisk = "at-risk"
  case missed
  case noData = "no-data"

  /// The lowest score that counts as on track.
  public static let onTrackThreshold = 0.95
  /// The lowest score that counts as at risk rather than missed.
  public static let atRiskThreshold = 0.80

  /// The status for a score; nil score means no data.
  public init(score: Double?) {
    guard let score else {
      self = .noData
      return
    }
    if score >= ProgressStatus.onTrackThreshold {
      self = .onTrack
    } else if score >= ProgressStatus.atRiskThreshold {
      self = .atRisk
    } else {
      self = .missed
    }
  }

  /// English and Khmer labels.
  public var label: LocalizedName {
    switch self {
    case .onTrack: return LocalizedName(english: "on track", khmer: "តាមផែនការ")
    case .atRisk: return LocalizedName(english: "at risk", khmer: "មានហានិភ័យ")
    case .missed: return LocalizedName(english: "missed", khmer: "មិនសម្រេច")
    case .noData: return LocalizedName(english: "no data", khmer: "គ្មានទិន្នន័យ")
    }
  }

  private var order: Int {
    switch self {
    case .missed: return 0
    case .atRisk: return 1
    case .onTrack: return 2
    case .noData: return 3
    }
  }

  /// Worst first: missed, at risk, on track, no data.
  public static func < (a: ProgressStatus, b: ProgressStatus) -> Bool { a.order < b.order }
}

/// An indicator's standing for one unit and year, as of a month.
public struct IndicatorProgress: Sendable, Equatable {
  /// The year's target for the unit (own, or rolled up from the units below).
  public var target: Double?
  /// What the plan expects by the as-of month (pro rata for summed indicators).
  public var expectedToDate: Double?
  /// The result to date (own, or rolled up).
  public var actual: Double?
  /// Direction-aware result against plan to date; 1.0 is exactly on plan.
  public var score: Double?

  /// A progress record; the status follows from the score.
  public init(target: Double?, expectedToDate: Double?, actual: Double?, score: Double?) {
    self.target = target
    self.expectedToDate = expectedToDate
    self.actual = actual
    self.score = score
  }

  /// On track, at risk, missed or no data.
  public var status: ProgressStatus { ProgressStatus(score: score) }

  /// The result as a percentage of the year's target (not direction-aware), when both exist.
  public var percentOfTarget: Double? {
    guard let target, let actual, target != 0 else { return nil }
    return actual / target * 100
  }

  /// The score for comparing a result with what was expected, given a direction.
  public static func score(actual: Double, expected: Double, direction: Direction) -> Double {
    switch direction {
    case .higherIsBetter:
      if expected <= 0 { return 1 }
      return actual / expected
    case .lowerIsBetter:
      if actual <= 0 { return expected >= 0 ? 1 : 0 }
      if expected <= 0 { return 0 }
      return expected / actual
    }
  }
}
