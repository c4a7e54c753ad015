import KhetLocale

/// The key reference as Markdown (docs/keys.md), generated from the keymap tables so the
/// documentation cannot drift from the keys.
public enum KeyReference {
  /// The whole page.
  public static var markdown: String {
    var lines = [
      "# Keys",
      "",
      "Generated from the dashboard's key tables (`Sources/KhetTUI/App/Keymap.swift`); a test",
      "fails when this page and the tables differ. Press `?` in the dashboard for the keys of the",
      "screen you are on. The help uses the whole terminal (two columns from 100 wide); when the",
      "keys still do not fit, ↓/↑/PgDn/PgUp scroll it, and any other key closes it.",
      "",
      "## Everywhere",
      "",
    ]
    lines += table(Keymap.global)
    for screen in ScreenID.allCases {
      let names = "\(screen.title(.english)) (\(screen.title(.khmer)))"
      lines += ["", "## \(screen.rawValue) \(names)", ""]
      lines += table(Keymap.bindings(for: screen))
    }
    lines += [
      "",
      "## In forms",
      "",
      "| Key | What it does |",
      "|---|---|",
      "| Ctrl-S | Save, from any field |",
      "| Enter | Next field; on the last field, save |",
      "| Enter in a text of several lines | New line; on an empty field or a blank last line, "
        + "next field (or save) |",
      "| ← → or Space on a choice | Change it (sector, severity, meetings a year, held) |",
      "| Tab / Shift-Tab | Next / previous field |",
      "| ← → Home End | Move by character (a Khmer cluster counts as one) |",
      "| ← → / Space on a ◂ choice ▸ | Change it (sector, severity, indicator, quarter) |",
      "| Backspace / Delete | Delete one character (cluster) |",
      "| Esc | Cancel (asks first when something was typed) |",
      "",
      "## Mouse",
      "",
      "Click a tab to switch screens, click a row to select it, scroll with the wheel. Start with",
      "`--no-mouse` to keep the terminal's own text selection.",
    ]
    return lines.joined(separator: "\n") + "\n"
  }

  static func table(_ bindings: [Binding]) -> [String] {
    ["| Key | What it does |", "|---|---|"]
      + bindings.map {
        "| \($0.keyLabel.replacingOccurrences(of: "|", with: "\\|")) | \(Localizer.english($0.help)) |"
      }
  }
}
