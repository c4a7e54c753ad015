/// The thirty indicators of generated workspaces: the sample's, all reported by communes (with
/// district-sized targets scaled down to a commune), and two more.
enum GeneratedIndicators {
  /// About how many communes a district has: district-sized counts are divided by it.
  static let communesPerDistrict = 8.0

  static let all: [SampleIndicators.Spec] =
    SampleIndicators.all.map { spec in
      guard spec.reporter == .district, spec.indicator.measure.isAdditive else {
        return SampleIndicators.Spec(indicator: spec.indicator, reporter: .commune, base: spec.base)
      }
      return SampleIndicators.Spec(
        indicator: spec.indicator, reporter: .commune,
        base: max(1, (spec.base / communesPerDistrict).rounded()))
    } + [
      SampleIndicators.spec(
        "security.domestic-violence", "security", "Domestic violence cases handled",
        "ករណីអំពើហិង្សាក្នុងគ្រួសារដែលបានដោះស្រាយ", .count, .higherIsBetter, .sum, .commune, 3),
      SampleIndicators.spec(
        "sanitation.trees-planted", "sanitation", "Trees planted", "ដើមឈើដែលបានដាំ", .count,
        .higherIsBetter, .sum, .commune, 300),
      SampleIndicators.spec(
        "hum.wells-repaired", "humanitarian", "Wells and ponds repaired for the dry season",
        "អណ្ដូង និងស្រះទឹកដែលបានជួសជុលសម្រាប់រដូវប្រាំង", .count, .higherIsBetter, .sum, .commune,
        4),
    ]
}
