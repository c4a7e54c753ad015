/// Made-up but Cambodian-sounding place names for generated districts and communes: two
/// common name parts (ព្រៃ Prey "forest", ត្រពាំង Trapeang "pond", ស្វាយ Svay "mango"…), in
/// Khmer and in the usual romanisation, so names look and sort like real ones.
struct PlaceNames {
  private static let first: [(english: String, khmer: String)] = [
    ("Prey", "ព្រៃ"), ("Trapeang", "ត្រពាំង"), ("Kampong", "កំពង់"), ("Boeng", "បឹង"),
    ("Tuol", "ទួល"), ("Phnum", "ភ្នំ"), ("Srah", "ស្រះ"), ("Svay", "ស្វាយ"), ("Chrey", "ជ្រៃ"),
    ("Kouk", "គោក"), ("Angk", "អង្គ"), ("Preaek", "ព្រែក"), ("Ta", "តា"), ("Samraong", "សំរោង"),
    ("Krang", "ក្រាំង"), ("Chamkar", "ចំការ"), ("Roka", "រកា"), ("Daeum", "ដើម"),
  ]
  private static let second: [(english: String, khmer: String)] = [
    ("Thum", "ធំ"), ("Touch", "តូច"), ("Chas", "ចាស់"), ("Thmei", "ថ្មី"), ("Kandal", "កណ្ដាល"),
    ("Khpos", "ខ្ពស់"), ("Veaeng", "វែង"), ("Ampil", "អំពិល"), ("Doung", "ដូង"), ("Chek", "ចេក"),
    ("Sla", "ស្លា"), ("Rumduol", "រំដួល"), ("Kravanh", "ក្រវាញ"), ("Chheu Teal", "ឈើទាល"),
    ("Sangke", "សង្កែ"), ("Pou", "ពោធិ៍"), ("Trabaek", "ត្របែក"), ("Meas", "មាស"),
    ("Preah", "ព្រះ"), ("Kor", "គរ"),
  ]

  private var used: Set<String> = []

  /// A name not given before by this generator; after every pair is used, a number is added.
  mutating func next(_ rng: inout SampleRandom) -> LocalizedName {
    for attempt in 0... {
      let a = rng.pick(Self.first)
      let b = rng.pick(Self.second)
      let suffix = attempt < 8 ? "" : " \(attempt / 8 + 1)"
      let english = "\(a.english) \(b.english)\(suffix)"
      if used.insert(english).inserted {
        return LocalizedName(english: english, khmer: a.khmer + b.khmer + khmerDigits(suffix))
      }
    }
    fatalError("unreachable")
  }

  private func khmerDigits(_ text: String) -> String {
    String(
      text.unicodeScalars.map { s in
        guard let d = s.properties.numericType.flatMap({ _ in s.properties.numericValue }) else {
          return Character(s)
        }
        return Character(Unicode.Scalar(0x17E0 + UInt32(d))!)
      })
  }
}
