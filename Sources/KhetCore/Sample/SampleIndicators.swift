/// The sample's indicators: five to six per sector, each with the level that reports it and a
/// typical yearly target for one reporting unit. Figures are illustrative.
enum SampleIndicators {
  /// Who reports an indicator in the sample.
  enum Reporter { case commune, district }

  struct Spec {
    let indicator: Indicator
    let reporter: Reporter
    /// A typical yearly target for one reporting unit.
    let base: Double
  }

  static func spec(
    _ id: String, _ sector: SectorID, _ en: String, _ km: String, _ measure: Measure,
    _ direction: Direction, _ rollUp: RollUpRule, _ reporter: Reporter, _ base: Double
  ) -> Spec {
    Spec(
      indicator: Indicator(
        id: IndicatorID(id), sector: sector, name: LocalizedName(english: en, khmer: km),
        measure: measure, direction: direction, rollUp: rollUp),
      reporter: reporter, base: base)
  }

  static let all: [Spec] = security + sanitation + publicServices + humanitarian + covid

  static let security: [Spec] = [
    spec(
      "security.drug-cases", "security", "Drug offences recorded", "ករណីគ្រឿងញៀន", .count,
      .lowerIsBetter, .sum, .commune, 6),
    spec(
      "security.thefts", "security", "Thefts reported", "ករណីចោរកម្ម", .count, .lowerIsBetter, .sum,
      .commune, 8),
    spec(
      "security.road-deaths", "security", "Road traffic deaths", "អ្នកស្លាប់ដោយគ្រោះថ្នាក់ចរាចរណ៍",
      .count, .lowerIsBetter, .sum, .district, 9),
    spec(
      "security.disputes-resolved", "security", "Disputes resolved", "វិវាទដែលបានដោះស្រាយ", .percent,
      .higherIsBetter, .average, .district, 80),
    spec(
      "security.safe-villages", "security", "Villages certified safe", "ភូមិមានសុវត្ថិភាព", .percent,
      .higherIsBetter, .latest, .commune, 90),
    spec(
      "security.weapons-seized", "security", "Illegal weapons seized", "អាវុធខុសច្បាប់ដែលបានរឹបអូស",
      .count, .higherIsBetter, .sum, .district, 12),
  ]

  static let sanitation: [Spec] = [
    spec(
      "sanitation.waste-collection", "sanitation", "Households with waste collection",
      "គ្រួសារដែលមានសេវាប្រមូលសំរាម", .percent, .higherIsBetter, .latest, .commune, 60),
    spec(
      "sanitation.clean-water", "sanitation", "Households with clean water",
      "គ្រួសារដែលមានទឹកស្អាត", .percent, .higherIsBetter, .latest, .commune, 75),
    spec(
      "sanitation.latrines", "sanitation", "Households with a latrine", "គ្រួសារដែលមានបង្គន់",
      .percent, .higherIsBetter, .latest, .commune, 85),
    spec(
      "sanitation.canals-cleared", "sanitation", "Canal sections cleared", "ប្រឡាយដែលបានសម្អាត",
      .count, .higherIsBetter, .sum, .commune, 4),
    spec(
      "sanitation.cleanups", "sanitation", "Clean-up campaigns held", "យុទ្ធនាការសម្អាត", .count,
      .higherIsBetter, .sum, .commune, 12),
    spec(
      "sanitation.flood-points", "sanitation", "Flood-prone points repaired",
      "ចំណុចងាយរងទឹកជំនន់ដែលបានជួសជុល", .count, .higherIsBetter, .sum, .district, 6),
  ]

  static let publicServices: [Spec] = [
    spec(
      "owso.services", "public-services", "Services delivered by One Window Offices",
      "សេវាដែលបានផ្តល់ដោយច្រកចេញចូលតែមួយ", .count, .higherIsBetter, .sum, .district, 3600),
    spec(
      "owso.days-to-serve", "public-services", "Average days to serve a request",
      "រយៈពេលមធ្យមក្នុងការផ្តល់សេវា", .days, .lowerIsBetter, .average, .district, 5),
    spec(
      "owso.satisfaction", "public-services", "Citizens satisfied with service",
      "ការពេញចិត្តរបស់ប្រជាពលរដ្ឋ", .percent, .higherIsBetter, .average, .district, 85),
    spec(
      "owso.complaints-resolved", "public-services", "Complaints resolved", "បណ្តឹងដែលបានដោះស្រាយ",
      .percent, .higherIsBetter, .average, .district, 80),
    spec(
      "owso.birth-certificates", "public-services", "Birth certificates issued",
      "សំបុត្រកំណើតដែលបានចេញ", .count, .higherIsBetter, .sum, .commune, 140),
  ]

  static let humanitarian: [Spec] = [
    spec(
      "hum.families-assisted", "humanitarian", "Families given disaster relief",
      "គ្រួសារដែលទទួលបានជំនួយសង្គ្រោះ", .count, .higherIsBetter, .sum, .commune, 40),
    spec(
      "hum.food-packages", "humanitarian", "Food aid packages distributed",
      "កញ្ចប់ស្បៀងដែលបានចែកជូន", .count, .higherIsBetter, .sum, .district, 900),
    spec(
      "hum.idpoor-households", "humanitarian", "Poor households holding IDPoor cards",
      "គ្រួសារក្រីក្រដែលមានប័ណ្ណសមធម៌", .count, .higherIsBetter, .latest, .commune, 320),
    spec(
      "hum.response-days", "humanitarian", "Days to reach disaster-hit families",
      "រយៈពេលឆ្លើយតបនឹងគ្រោះមហន្តរាយ", .days, .lowerIsBetter, .average, .district, 2),
    spec(
      "hum.houses-repaired", "humanitarian", "Houses repaired after storms",
      "ផ្ទះដែលបានជួសជុលក្រោយព្យុះ", .count, .higherIsBetter, .sum, .commune, 10),
  ]

  static let covid: [Spec] = [
    spec(
      "covid.vaccinated", "covid19", "Adults fully vaccinated", "មនុស្សពេញវ័យបានចាក់វ៉ាក់សាំងគ្រប់ដូស",
      .percent, .higherIsBetter, .latest, .commune, 90),
    spec(
      "covid.boosters", "covid19", "Booster doses given", "ដូសជំរុញដែលបានចាក់", .count,
      .higherIsBetter, .sum, .commune, 2500),
    spec(
      "covid.tests", "covid19", "Rapid tests performed", "តេស្តរហ័សដែលបានធ្វើ", .count,
      .higherIsBetter, .sum, .district, 12000),
    spec(
      "covid.beds", "covid19", "Quarantine and treatment beds ready",
      "គ្រែសម្រាប់ដាក់ឱ្យនៅដាច់ដោយឡែក និងព្យាបាល", .count, .higherIsBetter, .latest, .district, 60),
    spec(
      "covid.traced", "covid19", "Cases traced within 48 hours",
      "ករណីដែលបានតាមដានក្នុងរយៈពេល៤៨ម៉ោង", .percent, .higherIsBetter, .average, .district, 85),
  ]
}
