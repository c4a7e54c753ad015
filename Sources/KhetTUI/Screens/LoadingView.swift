import KhetCore
import KhetLocale
import KhetText

/// What the issues, tasks and meetings screens show while the dashboard, opened on the active
/// records, is still reading the rest: what is loading, and that every other screen already
/// works.
enum LoadingView {
  static func render(_ state: AppState, into canvas: inout Canvas, in rect: Rect) {
    let tr = state.tr
    let title =
      switch state.screen {
      case .issues: tr("loading.issues")
      case .meetings: tr("loading.meetings")
      default: tr("loading.tasks")
      }
    // The other language too: the wait is the moment someone may not read the chosen one.
    let lines = [
      (title, Style(.title, bold: true)),
      (dataLine(Localizer(tr.language.other, digits: tr.digits)), Style(.normal)),
      (state.loading ?? "", Style(.dim)),
      (tr("loading.ready"), Style(.dim)),
    ]
    let top = rect.y + max(0, rect.height / 2 - 2)
    for (i, (line, style)) in lines.enumerated() where top + i < rect.maxY {
      let x = rect.x + max(0, (rect.width - line.displayWidth) / 2)
      canvas.put(line, x: x, y: top + i, style: style, maxWidth: rect.width)
    }
  }
}

/// "Loading the data…" in a language.
private func dataLine(_ tr: Localizer) -> String { tr("loading.data") }

extension AppView {
  /// The whole screen while the data is opened, before anything can be shown: what is being
  /// read, how far it is, and that q quits. Shown only when opening takes more than a moment.
  /// `tr` writes the words and figures; the line below the name is in both languages, as the
  /// language may not be the one its reader expects yet.
  public static func renderOpening(
    width: Int, height: Int, phase: String, fraction: Double, seconds: Double,
    tr: Localizer = .english
  ) -> Canvas {
    var canvas = Canvas(width: max(1, width), height: max(1, height))
    let percent = Int((fraction * 100).rounded(.down))
    let barWidth = max(10, min(40, width - 10))
    let filled = Int(Double(barWidth) * fraction)
    let lines: [(String, Style)] = [
      ("ខេត្ត Khet", Style(.title, bold: true)),
      (tr("loading.opening"), Style(.normal)),
      (
        String(repeating: "█", count: filled) + String(repeating: "░", count: barWidth - filled),
        Style(.accent)
      ),
      (tr.figure("\(phase) · \(percent)% · \(secondsText(seconds))"), Style(.dim)),
      (tr("status.qQuits"), Style(.dim)),
    ]
    let top = max(0, height / 2 - 3)
    for (i, (line, style)) in lines.enumerated() where top + i < height {
      let x = max(0, (width - line.displayWidth) / 2)
      canvas.put(line, x: x, y: top + i, style: style, maxWidth: width)
    }
    return canvas
  }

  /// "0.4 s", "12 s": how the loading screens show elapsed time.
  public static func secondsText(_ s: Double) -> String {
    s < 10 ? "\((s * 10).rounded() / 10) s" : "\(Int(s.rounded())) s"
  }
}
