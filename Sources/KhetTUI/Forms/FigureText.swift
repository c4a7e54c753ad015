import KhetCore
import KhetLocale
import KhetText

/// Figures as people type them into the target and result forms, and what each measure
/// accepts — checked with `Measure.problem(with:)`, the same rule the store applies.
enum FigureText {
  /// The number in `text`, or nil. Accepted: surrounding spaces, a sign, Latin or Khmer digits
  /// (០–៩), commas between groups of three digits, one decimal point, and a trailing `%` or
  /// `៛`. Exponents, `nan`, `inf` and anything else are not numbers here.
  static func value(parsing text: String) -> Double? {
    var body = Substring(text.trimmingWhitespace())
    if let last = body.last, last == "%" || last == "៛" {
      body = Substring(String(body.dropLast()).trimmingWhitespace())
    }
    var sign = ""
    if let first = body.first, first == "-" || first == "+" || first == "\u{2212}" {
      sign = first == "+" ? "" : "-"
      body = body.dropFirst()
    }
    let digits = String(
      body.unicodeScalars.map { scalar -> Character in
        // Khmer digits ០ (U+17E0) to ៩ (U+17E9).
        (0x17E0...0x17E9).contains(scalar.value)
          ? Character(String(scalar.value - 0x17E0)) : Character(scalar)
      })
    let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first else { return nil }
    let fraction = parts.count == 2 ? parts[1] : ""
    guard !(whole.isEmpty && fraction.isEmpty), fraction.allSatisfy(\.isASCIIDigit),
      let integer = groupedDigits(whole)
    else { return nil }
    return Double(
      sign + (integer.isEmpty ? "0" : integer) + (fraction.isEmpty ? "" : "." + fraction))
  }

  /// The digits of `text` with thousands commas removed, if it is digits alone or grouped
  /// properly (`1,234,567`); nil otherwise.
  private static func groupedDigits(_ text: Substring) -> String? {
    let groups = text.split(separator: ",", omittingEmptySubsequences: false)
    guard groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) }) else { return nil }
    if groups.count > 1 {
      guard (1...3).contains(groups[0].count), groups.dropFirst().allSatisfy({ $0.count == 3 })
      else { return nil }
    }
    return groups.joined()
  }

  /// What a measure accepts, in the words the forms use: "a whole number ≥ 0".
  static func accepted(by measure: Measure, _ tr: Localizer = .english) -> String {
    switch measure {
    case .count: return tr.figure(tr("forms.figure.accepts.count"))
    case .percent: return tr.figure(tr("forms.figure.accepts.percent"))
    case .days: return tr.figure(tr("forms.figure.accepts.days"))
    case .riel: return tr.figure(tr("forms.figure.accepts.riel"))
    }
  }

  /// The same in a few columns: "whole ≥ 0".
  static func acceptedBriefly(by measure: Measure, _ tr: Localizer = .english) -> String {
    switch measure {
    case .count: return tr.figure(tr("forms.figure.briefly.count"))
    case .percent: return tr.figure(tr("forms.figure.briefly.percent"))
    case .days: return tr.figure(tr("forms.figure.briefly.days"))
    case .riel: return tr.figure(tr("forms.figure.briefly.riel"))
    }
  }

  /// The value typed for `indicator`, checked as the store checks it; the problem names the
  /// measure and what it accepts ("101 (percent): must be a percentage between 0 and 100").
  static func checkedValue(
    _ text: String, for indicator: Indicator, _ tr: Localizer = .english
  ) throws(FieldProblem)
    -> Double
  {
    let typed = text.trimmingWhitespace()
    let accepted = accepted(by: indicator.measure, tr)
    guard !typed.isEmpty else {
      throw FieldProblem(
        field: "value", Phrase("forms.figure.problem.required", ["accepted": .code(accepted)]))
    }
    guard let value = value(parsing: typed) else {
      throw FieldProblem(
        field: "value",
        Phrase(
          "forms.figure.problem.notNumber", ["typed": .code(typed), "accepted": .code(accepted)]))
    }
    if let problem = indicator.measure.problem(with: value) {
      throw FieldProblem(
        field: "value",
        Phrase(
          "forms.figure.problem.value",
          [
            "typed": .code(tr.figure(typed)),
            "measure": .code(FigureFields.measureName(indicator.measure, tr)),
            "problem": .phrase(problem),
          ]))
    }
    return value
  }

  /// A figure for the forms' context lines: the number with the measure's symbol, in the
  /// interface's digits, or "none".
  static func shown(_ value: Double?, _ measure: Measure, _ tr: Localizer = .english) -> String {
    guard let value else { return tr("forms.figure.none") }
    let symbol = measure == .days ? " " + tr("forms.figure.daysSymbol") : measure.symbol
    return tr.figure(Figures.number(value) + symbol)
  }
}

extension Character {
  /// Whether this is one of the ASCII digits 0–9.
  fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
