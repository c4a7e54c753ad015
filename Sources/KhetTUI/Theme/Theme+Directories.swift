import Foundation

extension Theme {
  /// Where theme files are looked for, in order: the user's `$XDG_CONFIG_HOME/khet/themes`
  /// (`~/.config/khet/themes` when `XDG_CONFIG_HOME` is unset or not absolute), then the
  /// `themes` folder of the source checkout the executable was built in — the nearest
  /// folder above the executable (symbolic links resolved) holding `themes/default.json`.
  /// Built-in themes come after both (see `load(named:from:)`).
  public static func searchDirectories(
    environment: [String: String], executablePath: String? = currentExecutablePath
  ) -> [String] {
    var directories: [String] = []
    if let config = Config.directory(environment: environment) {
      directories.append(config + "/themes")
    }
    if let executablePath, let checkout = checkoutThemes(above: executablePath),
      !directories.contains(checkout)
    {
      directories.append(checkout)
    }
    return directories
  }

  /// The running executable's path, if Foundation knows it.
  public static var currentExecutablePath: String? {
    Bundle.main.executablePath
  }

  /// The nearest `themes` folder containing `default.json` in a folder above `path`.
  static func checkoutThemes(above path: String) -> String? {
    var folder = URL(fileURLWithPath: path).resolvingSymlinksInPath().deletingLastPathComponent()
    while true {
      let themes = folder.appendingPathComponent("themes")
      if isFile(themes.appendingPathComponent("default.json").path) { return themes.path }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path || folder.path == "/" { return nil }
      folder = parent
    }
  }
}
