extension Month {
  /// The Khmer month names, January (មករា) first.
  public static let khmerNames = [
    "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា",
    "វិច្ឆិកា", "ធ្នូ",
  ]
  /// The English month names, January first.
  public static let englishNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]

  /// The month's name in English and Khmer, e.g. "March" / "មីនា".
  public var name: LocalizedName {
    LocalizedName(english: Month.englishNames[month - 1], khmer: Month.khmerNames[month - 1])
  }
}
