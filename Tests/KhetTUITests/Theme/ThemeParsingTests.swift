import Foundation
import KhetTUI
import Testing

@Suite struct ThemeParsingTests {
  private func parse(_ text: String, file: String = "t.json") throws(ThemeError) -> Theme {
    try Theme.parse(Data(text.utf8), file: file)
  }

  private func error(_ text: String, file: String = "t.json") -> ThemeError? {
    do {
      _ = try parse(text, file: file)
      return nil
    } catch {
      return error
    }
  }

  @Test func colourNamesNumbersAndAttributes() throws {
    let theme = try parse(
      themeJSON(
        name: "t",
        roles: """
          {"normal": {"fg": "white", "bg": "black"},
           "selected": {"fg": "bright-yellow", "bg": 24, "bold": true, "reverse": true},
           "bad": {"fg": "Red", "underline": true},
           "dim": {"fg": "244", "bg": "default"}}
          """))
    #expect(theme.palette.colors[.normal] == ColorPair(.white, on: .black))
    #expect(theme.palette.colors[.selected] == ColorPair(.indexed(11), on: .indexed(24)))
    #expect(theme.attributes(for: .selected) == Theme.Attributes(bold: true, reverse: true))
    // Left-out colours come from normal; "default" is the terminal's own colour.
    #expect(theme.palette.colors[.bad] == ColorPair(.red, on: .black))
    #expect(theme.attributes(for: .bad) == Theme.Attributes(underline: true))
    #expect(theme.palette.colors[.dim] == ColorPair(.indexed(244), on: .default))
  }

  @Test func missingRolesLookLikeNormal() throws {
    let theme = try parse(
      themeJSON(name: "t", roles: #"{"normal": {"fg": "green", "bold": true}}"#))
    for role in Style.Role.allCases {
      #expect(theme.palette.colors[role] == ColorPair(.green), "\(role)")
      #expect(theme.attributes(for: role) == Theme.Attributes(bold: true), "\(role)")
    }
  }

  @Test func defaultColoursAreLeftOutOfThePalette() throws {
    let theme = try parse(themeJSON(name: "t", roles: #"{"title": {"bold": true}}"#))
    #expect(theme.isMonochrome)
    #expect(theme.palette.pairNumbers.isEmpty)
  }

  @Test func unknownColourNamesTheRoleAndTheValue() {
    let failure = error(themeJSON(name: "t", roles: #"{"selected": {"fg": "purple"}}"#))
    guard case .invalid(let file, let path, let reason)? = failure else {
      Issue.record("accepted: \(String(describing: failure))")
      return
    }
    #expect(file == "t.json" && path == "roles.selected.fg")
    #expect(reason.english == "unknown colour \"purple\"; \(Self.colourHint)")
    let text = failure.map(String.init(describing:)) ?? ""
    #expect(text.hasPrefix("t.json: roles.selected.fg: unknown colour \"purple\""))
    #expect(text.contains("bright-black"))
  }

  @Test func outOfRangeColourNumbersAreRefused() {
    for value in ["256", "-1", "3.5", "true", "\"300\""] {
      let failure = error(themeJSON(name: "t", roles: #"{"bad": {"bg": \#(value)}}"#))
      guard case .invalid(_, let path, let message)? = failure else {
        Issue.record("\(value) was accepted")
        continue
      }
      #expect(path == "roles.bad.bg")
      #expect(message.english.hasPrefix("unknown colour"))
    }
  }

  @Test func unknownRoleAndKeyAreNamed() {
    let role = error(themeJSON(name: "t", roles: #"{"titel": {}}"#))
    guard case .invalid(_, let rolePath, let roleMessage)? = role else {
      Issue.record("unknown role accepted")
      return
    }
    #expect(rolePath == "roles.titel")
    #expect(roleMessage.english.contains("unknown role"))
    #expect(roleMessage.english.contains("placeholder"))
    let key = error(themeJSON(name: "t", roles: #"{"title": {"undreline": true}}"#))
    guard case .invalid(_, let keyPath, _)? = key else {
      Issue.record("unknown key accepted")
      return
    }
    #expect(keyPath == "roles.title.undreline")
    let top = error(#"{"khet": "theme", "schema": 1, "name": "t", "roles": {}, "colours": 1}"#)
    guard case .invalid(_, let topPath, _)? = top else {
      Issue.record("unknown top-level key accepted")
      return
    }
    #expect(topPath == "colours")
  }

  @Test func wrongKindsAreErrors() {
    let cases: [(String, String)] = [
      (#"{"schema": 1, "name": "t", "roles": {}}"#, "khet"),
      (#"{"khet": "config", "schema": 1, "name": "t", "roles": {}}"#, "khet"),
      (#"{"khet": "theme", "schema": 2, "name": "t", "roles": {}}"#, "schema"),
      (#"{"khet": "theme", "schema": 1, "roles": {}}"#, "name"),
      (#"{"khet": "theme", "schema": 1, "name": "t"}"#, "roles"),
      (
        #"{"khet": "theme", "schema": 1, "name": "t", "description": 3, "roles": {}}"#,
        "description"
      ),
      (themeJSON(name: "t", roles: #"{"bad": "red"}"#), "roles.bad"),
      (themeJSON(name: "t", roles: #"{"bad": {"bold": "yes"}}"#), "roles.bad.bold"),
    ]
    for (text, expectedPath) in cases {
      guard case .invalid(let file, let path, _)? = error(text) else {
        Issue.record("accepted: \(text)")
        continue
      }
      #expect(file == "t.json")
      #expect(path == expectedPath)
    }
  }

  @Test func syntaxErrorsNameTheFileLineAndColumn() {
    let text = "{\n  \"khet\": \"theme\",\n  \"schema\": 1,\n  \"name\": oops\n}\n"
    let failure = error(text, file: "/home/sok/.config/khet/themes/mine.json")
    guard case .syntax(let file, let line, let column, _)? = failure else {
      Issue.record("not a syntax error: \(String(describing: failure))")
      return
    }
    #expect(file == "/home/sok/.config/khet/themes/mine.json")
    #expect(line == 4)
    #expect(column == 11)
    let message = failure.map(String.init(describing:)) ?? ""
    #expect(message.hasPrefix("/home/sok/.config/khet/themes/mine.json:4:11: not valid JSON"))
  }

  @Test func columnsCountCharactersNotBytes() {
    let text = "{\"description\": \"ស្រុក\", x}"
    guard case .syntax(_, let line, let column, _)? = error(text) else {
      Issue.record("accepted")
      return
    }
    // ស្រុក is five scalars (15 bytes) but three characters: ស្ រុ ក.
    #expect(line == 1)
    #expect(column == 24)
  }

  @Test func emptyAndNonObjectFilesAreSyntaxErrors() {
    guard case .syntax(_, _, _, let empty)? = error("  \n") else {
      Issue.record("empty file accepted")
      return
    }
    #expect(empty.english == "the file is empty")
    guard case .syntax(_, _, _, let list)? = error("[1, 2]") else {
      Issue.record("list accepted")
      return
    }
    #expect(list.english.contains("expected an object"))
  }

  @Test func nameMustMatchTheFileWhenAsked() {
    do {
      _ = try Theme.parse(Data(themeJSON(name: "other").utf8), file: "f", expectedName: "mine")
      Issue.record("accepted")
    } catch {
      #expect(error.description.contains("mine.json"))
      #expect(error.description.contains("\"other\""))
    }
  }

  @Test func colourNamesRoundTrip() {
    for name in TerminalColor.themeNames {
      #expect(TerminalColor(themeName: name)?.themeName == name)
    }
    #expect(TerminalColor(themeName: "bright-black") == .indexed(8))
    #expect(TerminalColor(themeName: "bright-white") == .indexed(15))
    #expect(TerminalColor(themeName: "0") == .indexed(0))
    #expect(TerminalColor(themeName: "255") == .indexed(255))
    #expect(TerminalColor(themeName: "007") == nil)
    #expect(TerminalColor(themeName: "grey") == nil)
    #expect(TerminalColor.indexed(200).themeName == "200")
  }

  static let colourHint =
    "use default, black, red, green, yellow, blue, magenta, cyan, white, "
    + "bright-black … bright-white, or a 256-colour number 0–255"

  /// Hostile settings files — parsed by KhetJSON, never by Foundation's recursive decoder —
  /// are refused with their position: deep nesting, duplicate keys, a raw escape character;
  /// a huge number is refused by the value's own check.
  @Test func hostileFilesAreRefusedWithTheirPosition() {
    let cases: [(text: [UInt8], message: String, line: Int, column: Int)] = [
      (Array(("{\"a\": " + String(repeating: "[", count: 100_000)).utf8), "nesting deeper", 1, 38),
      (Array("{\"khet\": \"theme\", \"khet\": \"theme\"}".utf8), "duplicate key", 1, 19),
      (Array("{\"name\": \"".utf8) + [0x1B, 0x22, 0x7D], "U+001B", 1, 11),
    ]
    for (text, message, line, column) in cases {
      guard case .syntax(_, let l, let c, let m)? = error(String(decoding: text, as: UTF8.self))
      else {
        Issue.record("accepted: \(message)")
        continue
      }
      #expect(m.english.contains(message), "\(m.english)")
      #expect(l == line && c == column, "\(message): \(l):\(c)")
    }
    #expect(error(themeJSON(name: "t", roles: #"{"normal": {"fg": 1e400}}"#)) != nil)
    #expect(error(themeJSON(name: "t", roles: #"{"normal": {"fg": -1e400}}"#)) != nil)
  }
}
