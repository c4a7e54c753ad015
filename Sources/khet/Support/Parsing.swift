import Foundation
import KhetCore
import KhetLocale
import KhetStore
import KhetText

/// Turns what users type into domain values, with one-line errors that name the option and
/// the accepted values. Numbers, dates, months and quarters may be typed with Khmer digits
/// (a Khmer keyboard types ០-៩).
enum Parse {
  static func unit(
    _ text: String, in workspace: Workspace, option: String = "--unit"
  ) throws
    -> UnitID
  {
    try unit(text, in: workspace.units, option: option)
  }

  /// "140304 (Chrey Commune in Kampong Trabaek District)", in the chosen language: units of
  /// one name told apart by the unit they are in.
  private static func described(_ unit: AdminUnit, in tree: UnitTree) -> String {
    let title = { (u: AdminUnit) in
      Phrase.Argument.name(english: u.englishTitle, khmer: u.khmerTitle)
    }
    guard let parent = unit.parent.flatMap({ tree[$0] }) else {
      return
        "\(unit.id) (\(CLI.tr.name(LocalizedName(english: unit.englishTitle, khmer: unit.khmerTitle))))"
    }
    return CLI.tr(
      Phrase(
        "errors.import.issues.unitInParent",
        ["unit": .code(unit.id.rawValue), "title": title(unit), "parent": title(parent)]))
  }

  /// A unit by id or name, in a unit tree (`UnitTree.units(named:)`).
  static func unit(_ text: String, in tree: UnitTree, option: String = "--unit") throws -> UnitID {
    let matches = tree.units(named: text)
    if matches.count == 1 { return matches[0].id }
    let safe = Output.safe(text)
    if matches.count > 1 {
      let list = matches.map { described($0, in: tree) }.joined(separator: ", ")
      throw UsageError(
        CLI.tr("cli.parse.unitAmbiguous", ["option": option, "text": safe, "list": list]))
    }
    throw UsageError(CLI.tr("cli.parse.unitUnknown", ["option": option, "text": safe]))
  }

  /// A sector by id or name (`Workspace.sector(named:)`).
  static func sector(
    _ text: String, in workspace: Workspace, option: String = "--sector"
  ) throws
    -> SectorID
  {
    if let s = workspace.sector(named: text) { return s.id }
    throw UsageError(
      CLI.tr(
        "cli.parse.sectorUnknown",
        [
          "option": option, "text": Output.safe(text),
          "choices": workspace.sectors.map(\.id.rawValue).joined(separator: ", "),
        ]))
  }

  static func choice<E: RawRepresentable & CaseIterable>(
    _ text: String, _ type: E.Type, option: String, extra: [String] = []
  ) throws -> E where E.RawValue == String {
    let normal = text.lowercased().replacingOccurrences(of: "_", with: "-")
      .replacingOccurrences(of: " ", with: "-")
    if let e = E(rawValue: normal) { return e }
    throw UsageError(
      CLI.tr(
        "cli.parse.choiceUnknown",
        [
          "option": option, "text": Output.safe(text),
          "choices": (E.allCases.map(\.rawValue) + extra).joined(separator: ", "),
        ]))
  }

  static func day(_ text: String, option: String) throws -> Day {
    guard let day = Day(parsing: DigitStyle.asciiDigits(text)) else {
      throw UsageError(CLI.tr("cli.parse.day", ["option": option, "text": Output.safe(text)]))
    }
    return day
  }

  static func number(_ text: String, what: String) throws -> Int {
    let ascii = DigitStyle.asciiDigits(text)
    let digits = ascii.hasPrefix("#") ? String(ascii.dropFirst()) : ascii
    guard let n = Int(digits), n > 0 else {
      throw UsageError(
        CLI.tr("cli.parse.number", ["what": noun(what), "text": Output.safe(text)]))
    }
    return n
  }

  /// What a number counts, in the chosen language ("issue", "បញ្ហា"); options stay as typed.
  private static func noun(_ what: String) -> String {
    switch what {
    case "issue": return CLI.tr("cli.noun.issue")
    case "task": return CLI.tr("cli.noun.task")
    case "meeting": return CLI.tr("cli.noun.meeting")
    default: return what
    }
  }

  static func year(_ text: String, option: String = "--year") throws -> Int {
    let ascii = DigitStyle.asciiDigits(text)
    guard ascii.count == 4, let y = Int(ascii), (1900...9999).contains(y) else {
      throw UsageError(CLI.tr("cli.parse.year", ["option": option, "text": Output.safe(text)]))
    }
    return y
  }

  static func quarterNumber(_ text: String) throws -> Int {
    let ascii = DigitStyle.asciiDigits(text)
    let t = ascii.uppercased().hasPrefix("Q") ? String(ascii.dropFirst()) : ascii
    guard let q = Int(t), (1...4).contains(q) else {
      throw UsageError(CLI.tr("cli.parse.quarterNumber", ["text": Output.safe(text)]))
    }
    return q
  }

  static func quarter(_ text: String, option: String = "--quarter") throws -> Quarter {
    guard let q = Quarter(parsing: DigitStyle.asciiDigits(text)) else {
      throw UsageError(CLI.tr("cli.parse.quarter", ["option": option, "text": Output.safe(text)]))
    }
    return q
  }

  static func month(_ text: String, option: String) throws -> Month {
    let ascii = DigitStyle.asciiDigits(text)
    guard ascii.utf8.count == 7, let m = Month(parsing: ascii) else {
      throw UsageError(CLI.tr("cli.parse.month", ["option": option, "text": Output.safe(text)]))
    }
    return m
  }

  /// A plain decimal number, as a results file has it (`PlainDecimal`: `12`, `85.5`, `-3`; no
  /// plus sign, exponent, thousands separator, `.5` or `5.`), in Latin or Khmer digits.
  static func value(_ text: String, option: String = "--value") throws -> Double {
    let latin = DigitStyle.asciiDigits(text.trimmingCharacters(in: .whitespaces))
    guard latin.count <= 40, let v = PlainDecimal.value(of: Substring(latin)), v.isFinite else {
      throw UsageError(CLI.tr("cli.parse.value", ["option": option, "text": Output.safe(text)]))
    }
    return v
  }
}
