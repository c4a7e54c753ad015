import CNcursesw
import KhetTUI

/// The key codes and masks of the ncursesw this module was compiled against, for the
/// pure decoders in KhetTUI.
enum CursesConstants {
  static let keyCodes = CursesKeyCodes(
    codeYes: KEY_CODE_YES, up: KEY_UP, down: KEY_DOWN, left: KEY_LEFT, right: KEY_RIGHT,
    pageUp: KEY_PPAGE, pageDown: KEY_NPAGE, home: KEY_HOME, end: KEY_END, enter: KEY_ENTER,
    backTab: KEY_BTAB, backspace: KEY_BACKSPACE, delete: KEY_DC, functionZero: KEY_F0,
    resize: KEY_RESIZE, mouse: KEY_MOUSE)

  static let mouseMasks = CursesMouseMasks(
    primaryPressed: UInt(khet_button1_pressed()), primaryClicked: UInt(khet_button1_clicked()),
    wheelUp: UInt(khet_button4_pressed()), wheelDown: UInt(khet_button5_pressed()))

  /// The curses attribute bits for `attributes` (the colour pair is passed separately).
  static func attributeBits(_ attributes: TextAttributes) -> attr_t {
    var bits = khet_a_normal()
    if attributes.bold { bits |= khet_a_bold() }
    if attributes.dim { bits |= khet_a_dim() }
    if attributes.reverse { bits |= khet_a_reverse() }
    if attributes.underline { bits |= khet_a_underline() }
    return bits
  }
}
