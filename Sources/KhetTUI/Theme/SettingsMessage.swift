import KhetLocale
import KhetText

/// Something to say about a settings file — a theme or the config file: where (`file`,
/// `file:line:column` or `file: roles.title.fg`, written the same in every language so editors
/// and `grep` find it) and what, as a phrase the interface writes in the reader's language.
public struct SettingsMessage: Sendable, Hashable, CustomStringConvertible {
  /// The file and the place in it; empty when the message names no file.
  public let place: String
  /// What is wrong, and what Khet does about it.
  public let reason: Phrase

  /// A message about `place`.
  public init(place: String, reason: Phrase) {
    self.place = place
    self.reason = reason
  }

  /// `place: reason`, the reason in `tr`'s language.
  public func text(_ tr: Localizer) -> String {
    place.isEmpty ? tr(reason) : place + ": " + tr(reason)
  }

  /// The message in English: what the tests and logs read.
  public var description: String { text(.english) }
}
