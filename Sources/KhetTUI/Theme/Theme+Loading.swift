import Foundation

extension Theme {
  /// The theme called `name`: the first `name.json` found in `directories` (in order), else
  /// the built-in theme of that name. A file that exists but is broken is an error rather
  /// than skipped, so a typo in a user's theme is reported instead of hidden.
  public static func load(
    named name: String, from directories: [String]
  ) throws(ThemeError)
    -> Theme
  {
    let name = try validName(name)
    for directory in directories {
      let path = directory + "/" + name + ".json"
      guard isFile(path) else { continue }
      let data: Data
      do {
        data = try Data(contentsOf: URL(fileURLWithPath: path))
      } catch {
        throw .unreadable(file: path, reason: readFailure(error))
      }
      return try parse(data, file: path, expectedName: name)
    }
    guard let text = BuiltInThemeFiles.text(named: name) else {
      throw .notFound(name: name, available: available(in: directories))
    }
    return try parse(Data(text.utf8), file: "built-in theme \(name)", expectedName: name)
  }

  /// The names of every theme: the `.json` files in `directories` and the built-in themes,
  /// sorted and without repeats. This is the order `t` cycles through.
  public static func available(in directories: [String]) -> [String] {
    var names = Set(BuiltInThemeFiles.names)
    for directory in directories {
      let files = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
      for file in files where file.hasSuffix(".json") {
        let name = String(file.dropLast(5))
        if (try? validName(name)) != nil, isFile(directory + "/" + file) { names.insert(name) }
      }
    }
    return names.sorted()
  }

  /// The theme after `current` in `names` (as `available(in:)` lists them), wrapping round
  /// at the end. A name not in the list is followed by the first name sorting after it.
  public static func next(after current: String, in names: [String]) -> String {
    if let index = names.firstIndex(of: current) {
      return names[(index + 1) % names.count]
    }
    return names.first { $0 > current } ?? names.first ?? current
  }

  /// The default theme, compiled in: what Khet uses when no theme can be loaded.
  public static let builtIn: Theme = compiled("default")

  /// The monochrome theme, compiled in: attributes only, for `NO_COLOR`, `--no-color` and
  /// terminals without colours.
  public static let monochrome: Theme = compiled("monochrome")

  /// A built-in theme; the tests check that every one parses, so the fallback (the
  /// standard palette with no attributes) is never used.
  private static func compiled(_ name: String) -> Theme {
    if let text = BuiltInThemeFiles.text(named: name),
      let theme = try? parse(Data(text.utf8), file: "built-in theme \(name)", expectedName: name)
    {
      return theme
    }
    return Theme(name: name, palette: name == "monochrome" ? Palette([:]) : .standard)
  }

  /// `name` without a trailing `.json`, if it can name a theme file: not empty, not hidden,
  /// and no path separators.
  static func validName(_ name: String) throws(ThemeError) -> String {
    let bare = name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    guard !bare.isEmpty, !bare.hasPrefix("."), !bare.contains("/"),
      !bare.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
    else { throw .invalidName(name) }
    return bare
  }

  static func isFile(_ path: String) -> Bool {
    var isDirectory: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
      && !isDirectory.boolValue
  }

  /// Why reading a file failed, as the system says it: "Permission denied".
  static func readFailure(_ error: any Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
      let posix = underlying as NSError
      if posix.domain == NSPOSIXErrorDomain {
        return String(cString: strerror(Int32(posix.code)))
      }
    }
    return nsError.localizedDescription
  }
}
