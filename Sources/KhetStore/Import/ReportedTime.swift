import KhetCore
import KhetText

/// When an imported issue was reported, in the forms offices and survey tools write: a date
/// (`2024-03-05`, taken as midnight UTC), a UTC time (`2024-03-05T10:22:11Z`), or a time with
/// an offset (`2024-03-05T17:22:11+07:00`, converted to UTC); seconds may have a fraction
/// (`.000`, dropped). A time without a zone is refused rather than guessed.
enum ReportedTime {
  /// What is wrong with the text, said in the reader's language by `KhetLocale`.
  struct Unreadable: Error {
    let reason: Phrase
    init(_ reason: Phrase) { self.reason = reason }
  }

  /// The instant; throws what is wrong with the text.
  static func parse(_ text: String) throws(Unreadable) -> Timestamp {
    let b = Array(text.utf8.prefix(64))
    // Only for a time that is refused.
    var quoted: [String: Phrase.Argument] { ["text": .code(MessageText.quoted(text))] }
    guard text.utf8.count <= 40, b.count >= 10,
      let day = Day(parsing: String(decoding: b[0..<10], as: UTF8.self))
    else { throw Unreadable(Phrase("errors.import.time.notTime", quoted)) }
    if b.count == 10 { return Timestamp(day: day) }
    guard b.count >= 19, b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: "t"),
      b[13] == UInt8(ascii: ":"), b[16] == UInt8(ascii: ":"),
      let h = digits(b[11..<13]), let m = digits(b[14..<16]), let s = digits(b[17..<19]),
      h < 24, m < 60, s < 60
    else { throw Unreadable(Phrase("errors.import.time.notTime", quoted)) }
    var i = 19
    if i < b.count, b[i] == UInt8(ascii: ".") {
      i += 1
      let start = i
      while i < b.count, (0x30...0x39).contains(b[i]) { i += 1 }
      guard i > start else {
        throw Unreadable(Phrase("errors.import.time.fractionDigits", quoted))
      }
    }
    let local = Timestamp(day: day, hour: h, minute: m, second: s)
    guard i < b.count else {
      throw Unreadable(Phrase("errors.import.time.noZone", quoted))
    }
    if (b[i] == UInt8(ascii: "Z") || b[i] == UInt8(ascii: "z")) && i + 1 == b.count {
      return local
    }
    guard b.count == i + 6, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-"),
      b[i + 3] == UInt8(ascii: ":"), let oh = digits(b[(i + 1)..<(i + 3)]),
      let om = digits(b[(i + 4)..<(i + 6)]), oh <= 14, om < 60
    else {
      throw Unreadable(Phrase("errors.import.time.badZone", quoted))
    }
    let offset = Int64(oh * 3600 + om * 60) * (b[i] == UInt8(ascii: "+") ? 1 : -1)
    let utc = Timestamp(secondsSinceEpoch: local.secondsSinceEpoch - offset)
    // Khet's files hold years 1900–9999 only; an offset must not carry a time out of them.
    guard (1900...9999).contains(utc.day.year) else {
      throw Unreadable(Phrase("errors.import.time.outsideYears", quoted))
    }
    return utc
  }

  private static func digits(_ bytes: ArraySlice<UInt8>) -> Int? {
    var value = 0
    for byte in bytes {
      guard (0x30...0x39).contains(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    return value
  }
}
