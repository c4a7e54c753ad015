import KhetText

/// Which digits the interface writes figures, percentages and dates with. Data files, `--json`
/// and CSV always use ASCII digits.
public enum DigitStyle: String, CaseIterable, Sendable {
  /// 0123456789.
  case latin
  /// ០១២៣៤៥៦៧៨៩ (U+17E0–U+17E9), one column each, so tables keep their alignment.
  case khmer

  /// A style from what a user typed: "khmer"/"km"/"ខ្មែរ" or "latin"/"ascii"/"en"; nil
  /// otherwise.
  public init?(parsing text: String) {
    switch text.lowercased() {
    case "khmer", "km", "kh", "ខ្មែរ": self = .khmer
    case "latin", "ascii", "arabic", "western", "en": self = .latin
    default: return nil
    }
  }

  /// The accepted spellings, for error messages.
  public static let accepted = Phrase("errors.choice.digits")

  /// The Khmer digit zero, U+17E0.
  static let khmerZero: UInt32 = 0x17E0

  /// `text` with its ASCII digits written in this style; other characters unchanged.
  public func apply(_ text: String) -> String {
    guard self == .khmer else { return text }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.value >= 0x30 && scalar.value <= 0x39,
        let khmer = Unicode.Scalar(DigitStyle.khmerZero + scalar.value - 0x30)
      {
        scalars.append(khmer)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }

  /// `text` with Khmer digits (and Thai-style none) turned into ASCII ones, so a figure or a
  /// date typed on a Khmer keyboard ("១២៣", "៣០/០៩/២០២២") is read as the same value.
  public static func asciiDigits(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value >= 0x17E0 && $0.value <= 0x17E9 }) else {
      return text
    }
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if scalar.value >= 0x17E0 && scalar.value <= 0x17E9,
        let ascii = Unicode.Scalar(scalar.value - khmerZero + 0x30)
      {
        scalars.append(ascii)
      } else {
        scalars.append(scalar)
      }
    }
    return String(scalars)
  }
}
