/// Titles for the sample's issues and tasks, in Khmer and English; `{place}` is replaced by the
/// commune's name in the same language. Illustrative, not real cases.
enum SampleIssueTemplates {
  struct Template {
    let sector: SectorID
    let english: String
    let khmer: String
    let detail: String
    let tasks: [(english: String, khmer: String)]
  }

  static let issues: [Template] = [
    Template(
      sector: "security", english: "Drug use reported near {place} market",
      khmer: "ករណីប្រើប្រាស់គ្រឿងញៀននៅជិតផ្សារ{place}",
      detail: "Villagers report young people using drugs at night near the market.",
      tasks: [
        ("Patrol the market at night", "ល្បាតផ្សារពេលយប់"),
        ("Hold an awareness session at the school", "ធ្វើការអប់រំផ្សព្វផ្សាយនៅសាលារៀន"),
      ]),
    Template(
      sector: "security", english: "Motorbike thefts in {place}", khmer: "ចោរលួចម៉ូតូនៅ{place}",
      detail: "Three motorbikes stolen from houses this month.",
      tasks: [
        ("Set up a village watch group", "បង្កើតក្រុមល្បាតភូមិ"),
        ("Register motorbike owners", "ចុះបញ្ជីម្ចាស់ម៉ូតូ"),
      ]),
    Template(
      sector: "security", english: "Land dispute between villagers in {place}",
      khmer: "ជម្លោះដីធ្លីរវាងអ្នកភូមិនៅ{place}",
      detail: "Two families dispute a rice field boundary; mediation requested.",
      tasks: [("Arrange mediation at the commune hall", "រៀបចំការសម្រុះសម្រួលនៅសាលាឃុំ")]),
    Template(
      sector: "security", english: "Frequent road accidents on National Road 11 near {place}",
      khmer: "គ្រោះថ្នាក់ចរាចរណ៍ញឹកញាប់លើផ្លូវជាតិលេខ១១ក្បែរ{place}",
      detail: "Accidents at the junction during harvest season.",
      tasks: [
        ("Install warning signs at the junction", "ដំឡើងស្លាកសញ្ញាព្រមាននៅផ្លូវបំបែក"),
        ("Traffic police checkpoint on market days", "ដាក់ប៉ុស្តិ៍នគរបាលចរាចរណ៍នៅថ្ងៃផ្សារ"),
      ]),
    Template(
      sector: "security", english: "Illegal gambling in {place}", khmer: "ល្បែងស៊ីសងខុសច្បាប់នៅ{place}",
      detail: "Card gambling reported behind the pagoda.",
      tasks: [("Inspect and close the gambling site", "ចុះត្រួតពិនិត្យ និងបិទទីតាំងល្បែង")]),
    Template(
      sector: "sanitation", english: "Rubbish piling up along the road in {place}",
      khmer: "សំរាមគរលើផ្លូវនៅ{place}",
      detail: "No collection for two weeks; smell and flies near houses.",
      tasks: [
        ("Agree a collection schedule with the contractor", "កំណត់កាលវិភាគប្រមូលសំរាមជាមួយក្រុមហ៊ុន"),
        ("Clean-up day with the village", "រៀបចំថ្ងៃសម្អាតជាមួយអ្នកភូមិ"),
      ]),
    Template(
      sector: "sanitation", english: "Blocked canal in {place}", khmer: "ប្រឡាយស្ទះនៅ{place}",
      detail: "Water hyacinth and waste block the irrigation canal.",
      tasks: [("Clear the canal", "សម្អាតប្រឡាយ")]),
    Template(
      sector: "sanitation", english: "Lack of clean water in {place}", khmer: "ខ្វះទឹកស្អាតនៅ{place}",
      detail: "Ponds are dry; families buy water at high prices.",
      tasks: [
        ("Repair the public well", "ជួសជុលអណ្តូងសាធារណៈ"),
        ("Request a water truck from the province", "ស្នើសុំឡានដឹកទឹកពីខេត្ត"),
      ]),
    Template(
      sector: "sanitation", english: "Flooding in {place}", khmer: "ទឹកជំនន់នៅ{place}",
      detail: "The Mekong rose and flooded low houses and the rural road.",
      tasks: [
        ("Raise the rural road embankment", "លើកទំនប់ផ្លូវលំ"),
        ("Clear drainage culverts", "សម្អាតលូបង្ហូរទឹក"),
      ]),
    Template(
      sector: "public-services", english: "Long waits at the One Window Office serving {place}",
      khmer: "ការរង់ចាំយូរនៅការិយាល័យច្រកចេញចូលតែមួយសម្រាប់{place}",
      detail: "Citizens wait more than a week for simple permits.",
      tasks: [("Publish service fees and times at the counter", "បិទផ្សាយតម្លៃ និងរយៈពេលសេវានៅបញ្ជរ")]),
    Template(
      sector: "public-services", english: "Children without birth certificates in {place}",
      khmer: "កុមារគ្មានសំបុត្រកំណើតនៅ{place}",
      detail: "Families far from the commune hall have not registered births.",
      tasks: [("Mobile registration day", "ចុះបញ្ជីអត្រានុកូលដ្ឋានចល័ត")]),
    Template(
      sector: "humanitarian", english: "Storm damaged houses in {place}",
      khmer: "ព្យុះបក់បំផ្លាញផ្ទះប្រជាពលរដ្ឋនៅ{place}",
      detail: "Roofs blown off; families sheltering at the pagoda.",
      tasks: [
        ("Distribute tarpaulins and rice", "ចែកតង់ និងអង្ករ"),
        ("List damaged houses for repair", "ចុះបញ្ជីផ្ទះដែលខូចខាតសម្រាប់ជួសជុល"),
      ]),
    Template(
      sector: "humanitarian", english: "Poor families short of food in {place}",
      khmer: "គ្រួសារក្រីក្រខ្វះស្បៀងនៅ{place}",
      detail: "Drought cut the harvest; some families eat one meal a day.",
      tasks: [
        ("Deliver food aid packages", "ចែកកញ្ចប់ស្បៀង"),
        ("Check IDPoor registration", "ពិនិត្យការចុះបញ្ជីប័ណ្ណសមធម៌"),
      ]),
    Template(
      sector: "humanitarian", english: "Drought damaging rice fields in {place}",
      khmer: "គ្រោះរាំងស្ងួតប៉ះពាល់ស្រែនៅ{place}",
      detail: "Seedlings dying; farmers ask for water pumping.",
      tasks: [("Lend water pumps to farmers", "ខ្ចីម៉ាស៊ីនបូមទឹកដល់កសិករ")]),
    Template(
      sector: "covid19", english: "New Covid-19 cases in {place}", khmer: "ករណីឆ្លងកូវីដ-១៩ថ្មីនៅ{place}",
      detail: "A cluster linked to a wedding; contacts to trace.",
      tasks: [
        ("Trace and test contacts", "តាមដាន និងធ្វើតេស្តអ្នកប៉ះពាល់"),
        ("Prepare home-quarantine support", "រៀបចំជំនួយសម្រាប់អ្នកធ្វើចត្តាឡីស័កនៅផ្ទះ"),
      ]),
    Template(
      sector: "covid19", english: "Low booster uptake in {place}", khmer: "អត្រាចាក់ដូសជំរុញទាបនៅ{place}",
      detail: "Older people have not returned for booster doses.",
      tasks: [("Door-to-door vaccination campaign", "យុទ្ធនាការចាក់វ៉ាក់សាំងតាមផ្ទះ")]),
  ]

  /// Work leaders start without an issue (canals, roads), per sector.
  static let standalone: [(sector: SectorID, english: String, khmer: String)] = [
    ("sanitation", "Dig the irrigation canal in {place}", "ជីកប្រឡាយធារាសាស្ត្រនៅ{place}"),
    ("sanitation", "Build the rural road in {place}", "សាងសង់ផ្លូវលំនៅ{place}"),
    (
      "security", "Update the safe-village checklist in {place}", "ធ្វើបច្ចុប្បន្នភាពបញ្ជីភូមិមានសុវត្ថិភាពនៅ{place}"
    ),
    ("public-services", "Train front-office staff", "បណ្តុះបណ្តាលមន្ត្រីបញ្ជរ"),
    ("humanitarian", "Pre-position relief stock before the rainy season", "ត្រៀមស្បៀងសង្គ្រោះមុនរដូវវស្សា"),
    ("covid19", "Vaccination day at {place} health centre", "ថ្ងៃចាក់វ៉ាក់សាំងនៅមណ្ឌលសុខភាព{place}"),
  ]

  /// People who log issues and own tasks in the sample (invented names).
  static let people = [
    "Sok Dara", "Chan Sophea", "Keo Vanna", "Meas Sreymom", "Heng Pisey", "Lim Sokha",
    "Prak Vuthy", "Touch Sreyneang", "Nget Rithy", "Ouk Chantha",
  ]
}
