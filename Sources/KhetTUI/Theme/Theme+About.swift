import Foundation
import KhetLocale

extension Theme {
  /// The theme's one line for people, in `tr`'s language: a built-in theme's line from the
  /// catalogue (`theme.about.*`, translated); any other theme's line as its file says it — a
  /// user's own file, even one named like a built-in theme, keeps its own words.
  public func about(_ tr: Localizer) -> String {
    guard description == Self.builtInDescriptions[name] else { return description }
    return Self.catalogueAbout(name, tr) ?? description
  }

  /// The description each built-in theme's file gives, by name.
  static let builtInDescriptions: [String: String] = {
    var descriptions: [String: String] = [:]
    for (name, text) in BuiltInThemeFiles.files {
      let file = "built-in theme \(name)"
      if let theme = try? parse(Data(text.utf8), file: file, expectedName: name) {
        descriptions[name] = theme.description
      }
    }
    return descriptions
  }()

  /// The catalogue's line for the built-in theme `name`; nil for a name that is not one.
  static func catalogueAbout(_ name: String, _ tr: Localizer) -> String? {
    switch name {
    case "default": return tr("theme.about.default")
    case "high-contrast": return tr("theme.about.highContrast")
    case "light": return tr("theme.about.light")
    case "monochrome": return tr("theme.about.monochrome")
    case "solarized-dark": return tr("theme.about.solarizedDark")
    default: return nil
    }
  }
}
