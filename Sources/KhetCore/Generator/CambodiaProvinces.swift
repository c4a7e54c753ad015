/// Cambodia's capital and 24 provinces with their geocodes, and about how many towns and
/// districts (khans in the capital) each has: the frame of a generated national workspace.
/// Names and codes follow the national geocode list (docs/sample-data.md); district counts are
/// rounded from the 2018 figures and only shape the generated data.
enum CambodiaProvinces {
  struct Province: Sendable {
    let code: String
    let english: String
    let khmer: String
    let districts: Int
    var isCapital: Bool { code == "12" }
  }

  static let all: [Province] = [
    Province(code: "01", english: "Banteay Meanchey", khmer: "បន្ទាយមានជ័យ", districts: 9),
    Province(code: "02", english: "Battambang", khmer: "បាត់ដំបង", districts: 14),
    Province(code: "03", english: "Kampong Cham", khmer: "កំពង់ចាម", districts: 10),
    Province(code: "04", english: "Kampong Chhnang", khmer: "កំពង់ឆ្នាំង", districts: 8),
    Province(code: "05", english: "Kampong Speu", khmer: "កំពង់ស្ពឺ", districts: 8),
    Province(code: "06", english: "Kampong Thom", khmer: "កំពង់ធំ", districts: 8),
    Province(code: "07", english: "Kampot", khmer: "កំពត", districts: 8),
    Province(code: "08", english: "Kandal", khmer: "កណ្ដាល", districts: 11),
    Province(code: "09", english: "Koh Kong", khmer: "កោះកុង", districts: 7),
    Province(code: "10", english: "Kratie", khmer: "ក្រចេះ", districts: 6),
    Province(code: "11", english: "Mondul Kiri", khmer: "មណ្ឌលគិរី", districts: 5),
    Province(code: "12", english: "Phnom Penh", khmer: "ភ្នំពេញ", districts: 12),
    Province(code: "13", english: "Preah Vihear", khmer: "ព្រះវិហារ", districts: 8),
    Province(code: "14", english: "Prey Veng", khmer: "ព្រៃវែង", districts: 13),
    Province(code: "15", english: "Pursat", khmer: "ពោធិ៍សាត់", districts: 7),
    Province(code: "16", english: "Ratanak Kiri", khmer: "រតនគិរី", districts: 9),
    Province(code: "17", english: "Siem Reap", khmer: "សៀមរាប", districts: 12),
    Province(code: "18", english: "Preah Sihanouk", khmer: "ព្រះសីហនុ", districts: 5),
    Province(code: "19", english: "Stung Treng", khmer: "ស្ទឹងត្រែង", districts: 5),
    Province(code: "20", english: "Svay Rieng", khmer: "ស្វាយរៀង", districts: 8),
    Province(code: "21", english: "Takeo", khmer: "តាកែវ", districts: 10),
    Province(code: "22", english: "Oddar Meanchey", khmer: "ឧត្តរមានជ័យ", districts: 5),
    Province(code: "23", english: "Kep", khmer: "កែប", districts: 2),
    Province(code: "24", english: "Pailin", khmer: "ប៉ៃលិន", districts: 2),
    Province(code: "25", english: "Tbong Khmum", khmer: "ត្បូងឃ្មុំ", districts: 7),
  ]
}
