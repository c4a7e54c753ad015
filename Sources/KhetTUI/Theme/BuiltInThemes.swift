/// The theme files of `themes/`, compiled in so that `khet` has its themes wherever it is
/// installed. The files stay the source: `BuiltInThemeFiles.swift` is generated from them,
/// and a test fails when the two differ.
enum BuiltInThemeFiles {
  /// The built-in themes' names, sorted.
  static let names: [String] = files.map(\.name)

  /// The file text of the built-in theme `name`, or nil if there is none.
  static func text(named name: String) -> String? {
    files.first { $0.name == name }?.text
  }
}

extension Theme {
  /// The names of the themes compiled into Khet, sorted.
  public static var builtInNames: [String] { BuiltInThemeFiles.names }
}
