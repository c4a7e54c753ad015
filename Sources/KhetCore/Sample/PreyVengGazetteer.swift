/// The administrative units of Prey Veng province used by the bundled sample.
/// Sources: docs/sample-data.md.
enum PreyVengGazetteer {
  /// A town (krong) or district (srok) of Prey Veng.
  struct District: Sendable {
    let code: String
    let english: String
    let khmer: String
    let isTown: Bool
  }
  /// A commune (khum) or, in a town, sangkat.
  struct Commune: Sendable {
    let code: String
    let english: String
    let khmer: String
    let isSangkat: Bool
  }

  static let province = (code: "14", english: "Prey Veng", khmer: "ព្រៃវែង")

  /// The town and districts, as in the NCDD gazetteer (13 units).
  static let districts: [District] = [
    District(code: "1401", english: "Ba Phnum", khmer: "បាភ្នំ", isTown: false),
    District(code: "1402", english: "Kamchay Mear", khmer: "កំចាយមារ", isTown: false),
    District(code: "1403", english: "Kampong Trabaek", khmer: "កំពង់ត្របែក", isTown: false),
    District(code: "1404", english: "Kanhchriech", khmer: "កញ្ជ្រៀច", isTown: false),
    District(code: "1405", english: "Me Sang", khmer: "មេសាង", isTown: false),
    District(code: "1406", english: "Peam Chor", khmer: "ពាមជរ", isTown: false),
    District(code: "1407", english: "Peam Ro", khmer: "ពាមរក៍", isTown: false),
    District(code: "1408", english: "Pea Reang", khmer: "ពារាំង", isTown: false),
    District(code: "1409", english: "Preah Sdach", khmer: "ព្រះស្ដេច", isTown: false),
    District(code: "1410", english: "Prey Veng", khmer: "ព្រៃវែង", isTown: true),
    District(code: "1411", english: "Pur Rieng", khmer: "ពោធិ៍រៀង", isTown: false),
    District(code: "1412", english: "Sithor Kandal", khmer: "ស៊ីធរកណ្ដាល", isTown: false),
    District(code: "1413", english: "Svay Antor", khmer: "ស្វាយអន្ទរ", isTown: false),
  ]

  /// Every commune and sangkat; the district is `code.prefix(4)`.
  static let communes: [Commune] = [
    // 1401 Ba Phnum
    Commune(code: "140101", english: "Boeng Preah", khmer: "បឹងព្រះ", isSangkat: false),
    Commune(code: "140102", english: "Cheung Phnum", khmer: "ជើងភ្នំ", isSangkat: false),
    Commune(code: "140103", english: "Chheu Kach", khmer: "ឈើកាច់", isSangkat: false),
    Commune(code: "140104", english: "Reaks Chey", khmer: "រក្សជ័យ", isSangkat: false),
    Commune(code: "140105", english: "Roung Damrei", khmer: "រោងដំរី", isSangkat: false),
    Commune(code: "140106", english: "Sdau Kaong", khmer: "ស្ដៅកោង", isSangkat: false),
    Commune(code: "140107", english: "Spueu Ka", khmer: "ស្ពឺ ក", isSangkat: false),
    Commune(code: "140108", english: "Spueu Kha", khmer: "ស្ពឺ ខ", isSangkat: false),
    Commune(code: "140109", english: "Theay", khmer: "ធាយ", isSangkat: false),
    // 1402 Kamchay Mear
    Commune(code: "140201", english: "Cheach", khmer: "ជាច", isSangkat: false),
    Commune(code: "140202", english: "Doun Koeng", khmer: "ដូនកឹង", isSangkat: false),
    Commune(code: "140203", english: "Kranhung", khmer: "ក្រញូង", isSangkat: false),
    Commune(code: "140204", english: "Krabau", khmer: "ក្របៅ", isSangkat: false),
    Commune(code: "140205", english: "Seang Khveang", khmer: "ស៊ាងឃ្វាង", isSangkat: false),
    Commune(
      code: "140206", english: "Smaong Khang Cheung", khmer: "ស្មោងខាងជើង",
      isSangkat: false),
    Commune(
      code: "140207", english: "Smaong Khang Tboung", khmer: "ស្មោងខាងត្បូង",
      isSangkat: false),
    Commune(code: "140208", english: "Trabaek", khmer: "ត្របែក", isSangkat: false),
    // 1403 Kampong Trabaek
    Commune(code: "140301", english: "Ansaong", khmer: "អន្សោង", isSangkat: false),
    Commune(code: "140302", english: "Cham", khmer: "ចាម", isSangkat: false),
    Commune(code: "140303", english: "Cheang Daek", khmer: "ជាងដែក", isSangkat: false),
    Commune(code: "140304", english: "Chrey", khmer: "ជ្រៃ", isSangkat: false),
    Commune(code: "140305", english: "Kansoam Ak", khmer: "កន្សោមអក", isSangkat: false),
    Commune(code: "140306", english: "Kou Khchak", khmer: "គោខ្ចក", isSangkat: false),
    Commune(code: "140307", english: "Kampong Trabaek", khmer: "កំពង់ត្របែក", isSangkat: false),
    Commune(code: "140308", english: "Peam Montear", khmer: "ពាមមន្ទារ", isSangkat: false),
    Commune(code: "140309", english: "Prasat", khmer: "ប្រាសាទ", isSangkat: false),
    Commune(code: "140310", english: "Pratheat", khmer: "ប្រធាតុ", isSangkat: false),
    Commune(code: "140311", english: "Prey Chhor", khmer: "ព្រៃឈរ", isSangkat: false),
    Commune(code: "140312", english: "Prey Poun", khmer: "ព្រៃពោន", isSangkat: false),
    Commune(code: "140313", english: "Thkov", khmer: "ថ្កូវ", isSangkat: false),
    // 1404 Kanhchriech
    Commune(code: "140401", english: "Chong Ampil", khmer: "ចុងអំពិល", isSangkat: false),
    Commune(code: "140402", english: "Kanhchriech", khmer: "កញ្ជ្រៀច", isSangkat: false),
    Commune(code: "140403", english: "Kdoeang Reay", khmer: "ក្ដឿងរាយ", isSangkat: false),
    Commune(code: "140404", english: "Kouk Kong Kaeut", khmer: "គោកគង់កើត", isSangkat: false),
    Commune(code: "140405", english: "Kouk Kong Lech", khmer: "គោកគង់លិច", isSangkat: false),
    Commune(code: "140406", english: "Preal", khmer: "ព្រាល", isSangkat: false),
    Commune(code: "140407", english: "Thma Pun", khmer: "ថ្មពូន", isSangkat: false),
    Commune(code: "140408", english: "Tnaot", khmer: "ត្នោត", isSangkat: false),
    // 1405 Me Sang
    Commune(code: "140501", english: "Angkor Sar", khmer: "អង្គរសរ", isSangkat: false),
    Commune(code: "140502", english: "Chres", khmer: "ច្រេស", isSangkat: false),
    Commune(code: "140503", english: "Chi Phoch", khmer: "ជីផុច", isSangkat: false),
    Commune(code: "140504", english: "Prey Khnes", khmer: "ព្រៃឃ្នេស", isSangkat: false),
    Commune(code: "140505", english: "Prey Rumdeng", khmer: "ព្រៃរំដេង", isSangkat: false),
    Commune(code: "140506", english: "Prey Totueng", khmer: "ព្រៃទទឹង", isSangkat: false),
    Commune(code: "140507", english: "Svay Chrum", khmer: "ស្វាយជ្រុំ", isSangkat: false),
    Commune(code: "140508", english: "Trapeang Srae", khmer: "ត្រពាំងស្រែ", isSangkat: false),
    // 1406 Peam Chor
    Commune(code: "140601", english: "Angkor Angk", khmer: "អង្គរអង្គ", isSangkat: false),
    Commune(code: "140602", english: "Kampong Prasat", khmer: "កំពង់ប្រាសាទ", isSangkat: false),
    Commune(code: "140603", english: "Kaoh Chek", khmer: "កោះចេក", isSangkat: false),
    Commune(code: "140604", english: "Kaoh Roka", khmer: "កោះរកា", isSangkat: false),
    Commune(code: "140605", english: "Kaoh Sampov", khmer: "កោះសំពៅ", isSangkat: false),
    Commune(code: "140606", english: "Krang Ta Yang", khmer: "ក្រាំងតាយ៉ង", isSangkat: false),
    Commune(code: "140607", english: "Preaek Krabau", khmer: "ព្រែកក្របៅ", isSangkat: false),
    Commune(code: "140608", english: "Preaek Sambuor", khmer: "ព្រែកសំបួរ", isSangkat: false),
    Commune(code: "140609", english: "Ruessei Srok", khmer: "ឫស្សីស្រុក", isSangkat: false),
    Commune(code: "140610", english: "Svay Phluoh", khmer: "ស្វាយភ្លោះ", isSangkat: false),
    // 1407 Peam Ro
    Commune(code: "140701", english: "Ba Baong", khmer: "បាបោង", isSangkat: false),
    Commune(code: "140702", english: "Banlich Prasat", khmer: "បន្លិចប្រាសាទ", isSangkat: false),
    Commune(code: "140703", english: "Neak Loeang", khmer: "អ្នកលឿង", isSangkat: false),
    Commune(code: "140704", english: "Peam Mean Chey", khmer: "ពាមមានជ័យ", isSangkat: false),
    Commune(code: "140705", english: "Peam Ro", khmer: "ពាមរក៍", isSangkat: false),
    Commune(code: "140706", english: "Preaek Khsay Ka", khmer: "ព្រែកខ្សាយ ក", isSangkat: false),
    Commune(code: "140707", english: "Preaek Khsay Kha", khmer: "ព្រែកខ្សាយ ខ", isSangkat: false),
    Commune(code: "140708", english: "Prey Kandieng", khmer: "ព្រៃកណ្ដៀង", isSangkat: false),
    // 1408 Pea Reang
    Commune(code: "140801", english: "Kampong Popil", khmer: "កំពង់ពពិល", isSangkat: false),
    Commune(code: "140802", english: "Kanhcham", khmer: "កញ្ចំ", isSangkat: false),
    Commune(code: "140803", english: "Kampong Prang", khmer: "កំពង់ប្រាំង", isSangkat: false),
    Commune(code: "140805", english: "Mesar Prachan", khmer: "មេសរប្រចាន់", isSangkat: false),
    Commune(code: "140807", english: "Prey Pnov", khmer: "ព្រៃព្នៅ", isSangkat: false),
    Commune(code: "140808", english: "Prey Sniet", khmer: "ព្រៃស្នៀត", isSangkat: false),
    Commune(code: "140809", english: "Prey Sralet", khmer: "ព្រៃស្រឡិត", isSangkat: false),
    Commune(code: "140810", english: "Reab", khmer: "រាប", isSangkat: false),
    Commune(code: "140811", english: "Roka", khmer: "រកា", isSangkat: false),
    // 1409 Preah Sdach
    Commune(code: "140901", english: "Angkor Reach", khmer: "អង្គររាជ្យ", isSangkat: false),
    Commune(code: "140902", english: "Banteay Chakrei", khmer: "បន្ទាយចក្រី", isSangkat: false),
    Commune(code: "140903", english: "Boeng Daol", khmer: "បឹងដោល", isSangkat: false),
    Commune(code: "140904", english: "Chey Kampok", khmer: "ជៃកំពក", isSangkat: false),
    Commune(code: "140905", english: "Kampong Soeng", khmer: "កំពង់សឹង", isSangkat: false),
    Commune(code: "140906", english: "Krang Svay", khmer: "ក្រាំងស្វាយ", isSangkat: false),
    Commune(code: "140907", english: "Lvea", khmer: "ល្វា", isSangkat: false),
    Commune(code: "140908", english: "Preah Sdach", khmer: "ព្រះស្ដេច", isSangkat: false),
    Commune(code: "140909", english: "Reathor", khmer: "រាធរ", isSangkat: false),
    Commune(code: "140910", english: "Rumchek", khmer: "រំចេក", isSangkat: false),
    Commune(code: "140911", english: "Sena Reach Otdam", khmer: "សេនារាជឧត្ដម", isSangkat: false),
    // 1410 Prey Veng
    Commune(code: "141001", english: "Baray", khmer: "បារាយណ៍", isSangkat: true),
    Commune(code: "141002", english: "Cheung Tuek", khmer: "ជើងទឹក", isSangkat: true),
    Commune(code: "141003", english: "Kampong Leav", khmer: "កំពង់លាវ", isSangkat: true),
    Commune(code: "141004", english: "Ta Kao", khmer: "តាកោ", isSangkat: true),
    // 1411 Pur Rieng
    Commune(code: "141101", english: "Pou Rieng", khmer: "ពោធិ៍រៀង", isSangkat: false),
    Commune(code: "141102", english: "Preaek Anteah", khmer: "ព្រែកអន្ទះ", isSangkat: false),
    Commune(code: "141103", english: "Preaek Chrey", khmer: "ព្រែកជ្រៃ", isSangkat: false),
    Commune(code: "141104", english: "Prey Kanlaong", khmer: "ព្រៃកន្លោង", isSangkat: false),
    Commune(code: "141106", english: "Kampong Ruessei", khmer: "កំពង់ឫស្សី", isSangkat: false),
    Commune(code: "141107", english: "Preaek Ta Sar", khmer: "ព្រែកតាសរ", isSangkat: false),
    // 1412 Sithor Kandal
    Commune(code: "141201", english: "Ampil Krau", khmer: "អំពិលក្រៅ", isSangkat: false),
    Commune(code: "141202", english: "Chrey Khmum", khmer: "ជ្រៃឃ្មុំ", isSangkat: false),
    Commune(code: "141203", english: "Lve", khmer: "ល្វេ", isSangkat: false),
    Commune(code: "141204", english: "Pnov Ti Muoy", khmer: "ព្នៅទី ១", isSangkat: false),
    Commune(code: "141205", english: "Pnov Ti Pir", khmer: "ព្នៅទី ២", isSangkat: false),
    Commune(code: "141206", english: "Pou Ti", khmer: "ពោធិ៍ទី", isSangkat: false),
    Commune(code: "141207", english: "Preaek Changkran", khmer: "ព្រែកចង្ក្រាន", isSangkat: false),
    Commune(
      code: "141208", english: "Prey Daeum Thnoeng", khmer: "ព្រៃដើមថ្នឹង",
      isSangkat: false),
    Commune(code: "141209", english: "Prey Tueng", khmer: "ព្រៃទឹង", isSangkat: false),
    Commune(code: "141210", english: "Rumlech", khmer: "រំលេច", isSangkat: false),
    Commune(code: "141211", english: "Ruessei Sanh", khmer: "ឫស្សីសាញ់", isSangkat: false),
    // 1413 Svay Antor
    Commune(code: "141301", english: "Angkor Tret", khmer: "អង្គរទ្រេត", isSangkat: false),
    Commune(code: "141302", english: "Chea Khlang", khmer: "ជាខ្លាង", isSangkat: false),
    Commune(code: "141303", english: "Chrey", khmer: "ជ្រៃ", isSangkat: false),
    Commune(code: "141304", english: "Damrei Puon", khmer: "ដំរីពួន", isSangkat: false),
    Commune(code: "141305", english: "Me Bon", khmer: "មេបុណ្យ", isSangkat: false),
    Commune(code: "141306", english: "Pean Roung", khmer: "ពានរោង", isSangkat: false),
    Commune(code: "141307", english: "Popueus", khmer: "ពពឺស", isSangkat: false),
    Commune(code: "141308", english: "Prey Khla", khmer: "ព្រៃខ្លា", isSangkat: false),
    Commune(code: "141309", english: "Samraong", khmer: "សំរោង", isSangkat: false),
    Commune(code: "141310", english: "Svay Antor", khmer: "ស្វាយអន្ទរ", isSangkat: false),
    Commune(code: "141311", english: "Tuek Thla", khmer: "ទឹកថ្លា", isSangkat: false),
  ]
}
