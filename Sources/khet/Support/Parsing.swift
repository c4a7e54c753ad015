import Foundation
import KhetCore
import KhetStore
import KhetText

/// Turns what users type into domain values, with one-line errors that name the option and
/// the accepted values.
enum Parse {
  static func unit(
    _ text: String, in workspace: Workspace, option: String = "--unit"
  ) throws
    -> UnitID
  {
    try unit(text, in: workspace.units, option: option)
  }

  /// A unit by id or name, in a unit tree (`UnitTree.units(named:)`).
  static func unit(_ text: String, in tree: UnitTree, option: String = "--unit") throws -> UnitID {
    let matches = tree.units(named: text)
    if matches.count == 1 { return matches[0].id }
    if matches.count > 1 {
      let list = matches.map { "\($0.id) (\($0.englishTitle))" }.joined(separator: ", ")
      throw UsageError(
        "\(option): '\(Output.safe(text))' names several units: \(list); give the id")
    }
    throw UsageError(
      "\(option): unknown unit '\(Output.safe(text))'; give an id or name from `khet units`")
  }

  /// A sector by id or name (`Workspace.sector(named:)`).
  static func sector(
    _ text: String, in workspace: Workspace, option: String = "--sector"
  ) throws
    -> SectorID
  {
    if let s = workspace.sector(named: text) { return s.id }
    throw UsageError(
      "\(option): unknown sector '\(Output.safe(text))'; one of: "
        + workspace.sectors.map(\.id.rawValue).joined(separator: ", "))
  }

  static func choice<E: RawRepresentable & CaseIterable>(
    _ text: String, _ type: E.Type, option: String, extra: [String] = []
  ) throws -> E where E.RawValue == String {
    let normal = text.lowercased().replacingOccurrences(of: "_", with: "-")
      .replacingOccurrences(of: " ", with: "-")
    if let e = E(rawValue: normal) { return e }
    throw UsageError(
      "\(option): unknown value '\(Output.safe(text))'; one of: "
        + (E.allCases.map(\.rawValue) + extra).joined(separator: ", "))
  }

  static func day(_ text: String, option: String) throws -> Day {
    guard let day = Day(parsing: text) else {
      throw UsageError(
        "\(option): expected a date YYYY-MM-DD (e.g. 2022-03-31), got '\(Output.safe(text))'")
    }
    return day
  }

  static func number(_ text: String, what: String) throws -> Int {
    let digits = text.hasPrefix("#") ? String(text.dropFirst()) : text
    guard let n = Int(digits), n > 0 else {
      throw UsageError(
        "\(what) number: expected a positive whole number, got '\(Output.safe(text))'")
    }
    return n
  }

  static func year(_ text: String, option: String = "--year") throws -> Int {
    guard text.count == 4, let y = Int(text), (1900...9999).contains(y) else {
      throw UsageError("\(option): expected a year such as 2022, got '\(Output.safe(text))'")
    }
    return y
  }

  static func quarterNumber(_ text: String) throws -> Int {
    let t = text.uppercased().hasPrefix("Q") ? String(text.dropFirst()) : text
    guard let q = Int(t), (1...4).contains(q) else {
      throw UsageError("--quarter: expected 1, 2, 3 or 4, got '\(Output.safe(text))'")
    }
    return q
  }

  static func quarter(_ text: String, option: String = "--quarter") throws -> Quarter {
    guard let q = Quarter(parsing: text) else {
      throw UsageError(
        "\(option): expected a quarter YYYYQn (e.g. 2022Q3), got '\(Output.safe(text))'")
    }
    return q
  }

  static func month(_ text: String, option: String) throws -> Month {
    guard text.utf8.count == 7, let m = Month(parsing: text) else {
      throw UsageError(
        "\(option): expected a month YYYY-MM (e.g. 2022-09), got '\(Output.safe(text))'")
    }
    return m
  }

  /// A plain decimal number, as a results file has it (`PlainDecimal`: `12`, `85.5`, `-3`; no
  /// plus sign, exponent, thousands separator, `.5` or `5.`), in Latin or Khmer digits.
  static func value(_ text: String, option: String = "--value") throws -> Double {
    let latin = String(
      text.trimmingCharacters(in: .whitespaces).unicodeScalars.map { scalar -> Character in
        (0x17E0...0x17E9).contains(scalar.value)
          ? Character(String(scalar.value - 0x17E0)) : Character(scalar)
      })
    guard latin.count <= 40, let v = PlainDecimal.value(of: Substring(latin)), v.isFinite else {
      throw UsageError(
        "\(option): expected a number such as 12 or 85.5, got '\(Output.safe(text))'")
    }
    return v
  }
}
