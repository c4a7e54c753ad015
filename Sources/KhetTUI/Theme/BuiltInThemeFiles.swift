// Generated from themes/*.json by BuiltInThemeFilesTests: do not edit. To update, run
// KHET_UPDATE_BUILTIN_THEMES=1 swift test --filter BuiltInThemeFilesTests

extension BuiltInThemeFiles {
  /// Each built-in theme's name and the text of its file, sorted by name.
  static let files: [(name: String, text: String)] = [
    (
      "default",
      #"""
      {
        "khet": "theme",
        "schema": 1,
        "name": "default",
        "description": "The terminal's own colours with restrained accents; readable on dark and light backgrounds.",
        "roles": {
          "normal": {"fg": "default", "bg": "default"},
          "dim": {"fg": 244},
          "title": {"fg": "cyan", "bold": true},
          "header": {"bold": true},
          "selected": {"fg": "white", "bg": "blue", "bold": true},
          "good": {"fg": "green"},
          "warning": {"fg": "yellow"},
          "bad": {"fg": "red", "bold": true},
          "accent": {"fg": "cyan"},
          "banner": {"fg": "black", "bg": "cyan"},
          "barFilled": {"fg": "green", "bg": 238},
          "barEmpty": {"fg": "white", "bg": 238},
          "placeholder": {"fg": 244}
        }
      }
      """#
    ),
    (
      "high-contrast",
      #"""
      {
        "khet": "theme",
        "schema": 1,
        "name": "high-contrast",
        "description": "Bold white text on black with strong colours and solid highlights, for glare and low vision.",
        "roles": {
          "normal": {"fg": "white", "bg": "black", "bold": true},
          "dim": {"fg": "white", "bg": "black"},
          "title": {"fg": "yellow", "bg": "black", "bold": true},
          "header": {"fg": "white", "bg": "black", "bold": true, "underline": true},
          "selected": {"fg": "black", "bg": "yellow", "bold": true},
          "good": {"fg": "green", "bg": "black", "bold": true},
          "warning": {"fg": "yellow", "bg": "black", "bold": true},
          "bad": {"fg": "white", "bg": "red", "bold": true},
          "accent": {"fg": "cyan", "bg": "black", "bold": true},
          "banner": {"fg": "black", "bg": "white", "bold": true},
          "barFilled": {"fg": "green", "bg": "black", "bold": true},
          "barEmpty": {"fg": "white", "bg": "black"},
          "placeholder": {"fg": "cyan", "bg": "black"}
        }
      }
      """#
    ),
    (
      "light",
      #"""
      {
        "khet": "theme",
        "schema": 1,
        "name": "light",
        "description": "For light-background terminals: dark text and deep accent colours, no pale yellow or cyan.",
        "roles": {
          "normal": {"fg": "default", "bg": "default"},
          "dim": {"fg": 242},
          "title": {"fg": 24, "bold": true},
          "header": {"bold": true},
          "selected": {"fg": "white", "bg": "blue", "bold": true},
          "good": {"fg": 28},
          "warning": {"fg": 130, "bold": true},
          "bad": {"fg": 160, "bold": true},
          "accent": {"fg": 90},
          "banner": {"fg": "white", "bg": "blue"},
          "barFilled": {"fg": 28, "bg": 253},
          "barEmpty": {"fg": "default", "bg": 253},
          "placeholder": {"fg": 242}
        }
      }
      """#
    ),
    (
      "monochrome",
      #"""
      {
        "khet": "theme",
        "schema": 1,
        "name": "monochrome",
        "description": "No colours at all: bold, underline and reverse video only. Used when NO_COLOR or --no-color is set.",
        "roles": {
          "normal": {},
          "dim": {},
          "title": {"bold": true},
          "header": {"bold": true},
          "selected": {"reverse": true},
          "good": {},
          "warning": {"bold": true},
          "bad": {"bold": true, "underline": true},
          "accent": {"underline": true},
          "banner": {"reverse": true},
          "barFilled": {},
          "barEmpty": {},
          "placeholder": {}
        }
      }
      """#
    ),
    (
      "solarized-dark",
      #"""
      {
        "khet": "theme",
        "schema": 1,
        "name": "solarized-dark",
        "description": "Solarized dark in 256-colour approximations: base0 text on base03.",
        "roles": {
          "normal": {"fg": 244, "bg": 234},
          "dim": {"fg": 240},
          "title": {"fg": 33, "bold": true},
          "header": {"fg": 245, "bold": true},
          "selected": {"fg": 230, "bg": "blue", "bold": true},
          "good": {"fg": 64},
          "warning": {"fg": 136},
          "bad": {"fg": 160, "bold": true},
          "accent": {"fg": 37},
          "banner": {"fg": 234, "bg": 244},
          "barFilled": {"fg": 64, "bg": 235},
          "barEmpty": {"fg": 244, "bg": 235},
          "placeholder": {"fg": 240}
        }
      }
      """#
    ),
  ]
}
