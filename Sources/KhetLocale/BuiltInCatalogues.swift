/// The catalogues compiled into Khet: each language's files, embedded by SwiftPM from
/// `Catalogues/` (Package.swift lists them with `.embedInCode`).
public enum BuiltInCatalogues {
  /// The areas the strings are split into, one file per area and language
  /// (`en.screens.json`, `km.screens.json`).
  public static let areas = ["common", "screens", "forms", "cli", "report", "errors"]

  /// Each area's file name and embedded text for a language.
  public static func parts(_ language: Language) -> [(file: String, text: [UInt8])] {
    switch language {
    case .english:
      return [
        ("en.common.json", PackageResources.en_common_json),
        ("en.screens.json", PackageResources.en_screens_json),
        ("en.forms.json", PackageResources.en_forms_json),
        ("en.cli.json", PackageResources.en_cli_json),
        ("en.report.json", PackageResources.en_report_json),
        ("en.errors.json", PackageResources.en_errors_json),
      ]
    case .khmer:
      return [
        ("km.common.json", PackageResources.km_common_json),
        ("km.screens.json", PackageResources.km_screens_json),
        ("km.forms.json", PackageResources.km_forms_json),
        ("km.cli.json", PackageResources.km_cli_json),
        ("km.report.json", PackageResources.km_report_json),
        ("km.errors.json", PackageResources.km_errors_json),
      ]
    }
  }

  /// English, parsed once.
  public static let english = load(.english)
  /// Khmer, parsed once.
  public static let khmer = load(.khmer)

  /// A language's catalogue.
  public static func catalogue(_ language: Language) -> Catalogue {
    language == .english ? english : khmer
  }

  /// The built-in files are checked by the tests (CatalogueTests), so a failure here is a
  /// build that skipped them: it stops with the file, line and column (and a syntax error's
  /// key and arguments, since no catalogue can render it yet).
  private static func load(_ language: Language) -> Catalogue {
    do {
      return try Catalogue(language: language, parts: parts(language))
    } catch {
      fatalError("built-in catalogue: \(error.plainDescription)")
    }
  }
}
