import KhetCore
import KhetJSON
import KhetStore

/// The seed corpus of each target, made from the small workspace and a few texts chosen for
/// what they exercise; checked in under `Fuzz/Corpus/<target>/` (a test keeps the two equal:
/// `KHET_WRITE_FUZZ_SEEDS=1 swift test --filter FuzzSeedTests` rewrites them).
///
/// ```swift
/// for seed in FuzzSeeds.corpus(for: "json") { print(seed.name, seed.bytes.count) }
/// ```
public enum FuzzSeeds {
  /// One seed input and the file name it is kept under.
  public struct Seed: Sendable {
    /// The file name under `Fuzz/Corpus/<target>/`.
    public let name: String
    /// The input.
    public let bytes: [UInt8]
  }

  /// The small workspace the `loader` and `results-csv` targets load and check against: the
  /// province, one district and three communes of the Prey Veng sample with their records.
  public static var workspace: Workspace { FuzzWorkspace.small }

  /// The seeds of the target named `target`; none for an unknown name.
  public static func corpus(for target: String) -> [Seed] {
    switch target {
    case FuzzTarget.json.name: return json()
    case FuzzTarget.text.name: return text()
    case FuzzTarget.resultsCSV.name: return resultsCSV()
    case FuzzTarget.loader.name: return loader()
    default: return []
    }
  }

  /// Each data file of the small workspace, selected by its index.
  static func loader() -> [Seed] {
    LoaderBench.files.enumerated().map { index, name in
      var bytes = LoaderBench.shared.template[name] ?? []
      if name == DataDirectory.stateFile { bytes = withoutFingerprints(bytes) }
      return Seed(
        name: "\(index)-" + name.replacingOccurrences(of: "/", with: "-"),
        bytes: LoaderBench.input(file: index, bytes))
    }
  }

  /// state.json with the times, inodes and snapshot id that differ from one set-up to the next
  /// replaced by fixed ones, so that the seed is the same every time it is made.
  static func withoutFingerprints(_ state: [UInt8]) -> [UInt8] {
    let varying: Set<String> = ["modified", "changed", "inode", "snapshot"]
    func fixed(_ value: JSONValue) -> JSONValue {
      switch value {
      case .object(let members):
        return .object(
          members.map { member in
            var member = member
            member.value = varying.contains(member.key) ? .string("1") : fixed(member.value)
            return member
          })
      default: return value
      }
    }
    guard let value = try? JSONParser().parse(state) else { return state }
    return JSONWriter.bytes(fixed(value), style: .pretty)
  }

  /// The small workspace's JSON documents and logs, and a document of every kind of value.
  static func json() -> [Seed] {
    let files = LoaderBench.files.filter { $0 != "state.json" }.map { name in
      Seed(
        name: name.replacingOccurrences(of: "/", with: "-"),
        bytes: LoaderBench.shared.template[name] ?? [])
    }
    let values = Seed(
      name: "values.json",
      bytes: Array(
        #"[0, -0.5e-3, 12E+2, 1.5, "ខ្មែរ \u00e9\ud83d\ude00\n\"\\\/", {"a": null, "b": [true, false]}, [], {}]"#
          .utf8))
    return files + [values]
  }

  /// Rows for October to December of what the small workspace's units reported in September,
  /// plainly and with quotes, a byte order mark, CRLF and the columns in another order.
  static func resultsCSV() -> [Seed] {
    let rows = FuzzWorkspace.small.results.allRows(year: FuzzWorkspace.year)
      .filter { $0.months[8] != nil }.prefix(4)
    var plain = "indicator,unit,period,value\n"
    var quoted = "\u{FEFF}\"value\",\"period\",\"indicator\",\"unit\"\r\n"
    for (index, row) in rows.enumerated() {
      let value = row.months[8]!
      let text = value == value.rounded() ? String(Int(value)) : String(value)
      let month = "\(FuzzWorkspace.year)-\(10 + index % 3)"
      plain += "\(row.indicator),\(row.unit),\(month),\(text)\n"
      quoted += "\" \(text) \",\(month),\"\(row.indicator)\",\(row.unit)\r\n"
    }
    return [
      Seed(name: "plain.csv", bytes: Array(plain.utf8)),
      Seed(name: "quoted-bom-crlf.csv", bytes: Array(quoted.utf8)),
    ]
  }

  /// Texts of each kind the dashboard shows, each with a width and options byte in front.
  static func text() -> [Seed] {
    let texts: [(String, String, UInt8)] = [
      ("khmer", "ទឹកជំនន់នៅឃុំ\u{200B}ស្រុកកំពង់ត្របែក ខេត្តព្រៃវែង", 9),
      ("latin", "Phnôm Pénh  PREY VENG\tBa Phnum — 12,500 riel", 20),
      ("emoji", "👨‍👩‍👧 👍🏽 1️⃣ 🇰🇭 中文 ｈａｌｆ", 7),
      ("controls", "\u{1B}[31mred\u{1B}[0m\r\nline two\u{7}\u{9B}2J\u{7F}", 12),
      (
        "bidi-marks", "\u{301}start \u{202E}evil\u{202C} \u{2066}x\u{2069}\u{2028}next\n\u{17D2}ក",
        5
      ),
    ]
    return texts.enumerated().map { index, item in
      Seed(
        name: item.0 + ".txt", bytes: [item.2, UInt8(index * 17 % 256)] + Array(item.1.utf8))
    }
  }
}
