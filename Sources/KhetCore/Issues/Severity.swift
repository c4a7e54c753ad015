/// How serious an issue is.
public enum Severity: String, Sendable, CaseIterable, Comparable {
  case low
  case medium
  case high
  case critical

  /// English and Khmer labels.
  public var label: LocalizedName {
    switch self {
    case .low: return LocalizedName(english: "low", khmer: "ទាប")
    case .medium: return LocalizedName(english: "medium", khmer: "មធ្យម")
    case .high: return LocalizedName(english: "high", khmer: "ខ្ពស់")
    case .critical: return LocalizedName(english: "critical", khmer: "ធ្ងន់ធ្ងរ")
    }
  }

  private var rank: Int { Severity.allCases.firstIndex(of: self)! }

  public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// Where an issue is in its life: open → in progress → resolved or closed.
public enum IssueStatus: String, Sendable, CaseIterable {
  case open
  case inProgress = "in-progress"
  case resolved
  case closed

  /// Open and in-progress issues still need work.
  public var isActive: Bool { self == .open || self == .inProgress }

  /// English and Khmer labels.
  public var label: LocalizedName {
    switch self {
    case .open: return LocalizedName(english: "open", khmer: "បើក")
    case .inProgress: return LocalizedName(english: "in progress", khmer: "កំពុងដោះស្រាយ")
    case .resolved: return LocalizedName(english: "resolved", khmer: "បានដោះស្រាយ")
    case .closed: return LocalizedName(english: "closed", khmer: "បិទ")
    }
  }
}
