/// The ncurses key codes the decoder needs. `standard` holds the values from ncurses'
/// `curses.h`; the terminal backend builds its own copy from the header it compiled
/// against, so decoding stays testable without a terminal.
public struct CursesKeyCodes: Sendable, Hashable {
  /// `KEY_CODE_YES`: `get_wch` read a function key rather than a character.
  public var codeYes: Int32
  /// `KEY_UP`, `KEY_DOWN`, `KEY_LEFT`, `KEY_RIGHT`.
  public var up: Int32, down: Int32, left: Int32, right: Int32
  /// `KEY_PPAGE`, `KEY_NPAGE`, `KEY_HOME`, `KEY_END`.
  public var pageUp: Int32, pageDown: Int32, home: Int32, end: Int32
  /// `KEY_ENTER`, `KEY_BTAB`, `KEY_BACKSPACE`, `KEY_DC`.
  public var enter: Int32, backTab: Int32, backspace: Int32, delete: Int32
  /// `KEY_F0`; F`n` is `functionZero + n`.
  public var functionZero: Int32
  /// `KEY_RESIZE` and `KEY_MOUSE`.
  public var resize: Int32, mouse: Int32

  /// Key codes with the given values.
  public init(
    codeYes: Int32, up: Int32, down: Int32, left: Int32, right: Int32, pageUp: Int32,
    pageDown: Int32, home: Int32, end: Int32, enter: Int32, backTab: Int32, backspace: Int32,
    delete: Int32, functionZero: Int32, resize: Int32, mouse: Int32
  ) {
    self.codeYes = codeYes
    self.up = up
    self.down = down
    self.left = left
    self.right = right
    self.pageUp = pageUp
    self.pageDown = pageDown
    self.home = home
    self.end = end
    self.enter = enter
    self.backTab = backTab
    self.backspace = backspace
    self.delete = delete
    self.functionZero = functionZero
    self.resize = resize
    self.mouse = mouse
  }

  /// The values of ncurses 6.
  public static let standard = CursesKeyCodes(
    codeYes: 0o400, up: 0o403, down: 0o402, left: 0o404, right: 0o405, pageUp: 0o523,
    pageDown: 0o522, home: 0o406, end: 0o550, enter: 0o527, backTab: 0o541, backspace: 0o407,
    delete: 0o512, functionZero: 0o410, resize: 0o632, mouse: 0o631)
}

/// What one `get_wch` call produced, decided without touching the terminal.
public enum CursesInput: Sendable, Hashable {
  /// A key.
  case key(Key)
  /// The terminal was resized; ask curses for the new size.
  case resize
  /// A mouse event is waiting; fetch it with `getmouse`.
  case mouse
  /// Nothing usable: a timeout, or a key Khet does not know.
  case none

  /// Decodes the `status` returned by `get_wch` (`OK` = 0, `KEY_CODE_YES`, or `ERR` = -1)
  /// and the `value` it stored.
  public static func decode(
    status: Int32, value: UInt32, codes: CursesKeyCodes = .standard
  ) -> CursesInput {
    if status == codes.codeYes { return decodeKeyCode(Int32(bitPattern: value), codes: codes) }
    guard status == 0 else { return .none }
    return decodeCharacter(value)
  }

  private static func decodeKeyCode(_ code: Int32, codes: CursesKeyCodes) -> CursesInput {
    let named: [(Int32, Key)] = [
      (codes.up, .up), (codes.down, .down), (codes.left, .left), (codes.right, .right),
      (codes.pageUp, .pageUp), (codes.pageDown, .pageDown), (codes.home, .home),
      (codes.end, .end), (codes.enter, .enter), (codes.backTab, .backTab),
      (codes.backspace, .backspace), (codes.delete, .delete),
    ]
    if let (_, key) = named.first(where: { $0.0 == code }) { return .key(key) }
    if code == codes.resize { return .resize }
    if code == codes.mouse { return .mouse }
    let function = code - codes.functionZero
    if (1...63).contains(function) { return .key(.function(Int(function))) }
    return .none
  }

  /// Maps a character read in cbreak mode, where control keys arrive as C0 codes.
  private static func decodeCharacter(_ value: UInt32) -> CursesInput {
    switch value {
    case 0x0A, 0x0D: return .key(.enter)
    case 0x09: return .key(.tab)
    case 0x1B: return .key(.escape)
    case 0x08, 0x7F: return .key(.backspace)
    case 0x00: return .key(.ctrl(" "))
    case 0x01...0x1F:
      let symbol = Unicode.Scalar(UInt8(value + 0x40))
      return .key(.ctrl(Character(String(symbol).lowercased())))
    default:
      guard let scalar = Unicode.Scalar(value), !(0x80...0x9F).contains(value) else {
        return .none
      }
      return .key(.character(Character(scalar)))
    }
  }
}

/// The ncurses mouse button masks the decoder needs; `standard` holds ncurses 6's values
/// (mouse version 2).
public struct CursesMouseMasks: Sendable, Hashable {
  /// `BUTTON1_PRESSED` and `BUTTON1_CLICKED`.
  public var primaryPressed: UInt, primaryClicked: UInt
  /// `BUTTON4_PRESSED` (wheel up) and `BUTTON5_PRESSED` (wheel down).
  public var wheelUp: UInt, wheelDown: UInt

  /// Masks with the given values.
  public init(primaryPressed: UInt, primaryClicked: UInt, wheelUp: UInt, wheelDown: UInt) {
    self.primaryPressed = primaryPressed
    self.primaryClicked = primaryClicked
    self.wheelUp = wheelUp
    self.wheelDown = wheelDown
  }

  /// The values of ncurses 6 with mouse version 2.
  public static let standard = CursesMouseMasks(
    primaryPressed: 0o2, primaryClicked: 0o4, wheelUp: 0o2 << 15, wheelDown: 0o2 << 20)

  /// The kind of a mouse event with button state `state`, or nil for events Khet ignores
  /// (releases, other buttons, motion).
  public func kind(of state: UInt) -> MouseKind? {
    if state & wheelUp != 0 { return .wheelUp }
    if state & wheelDown != 0 { return .wheelDown }
    if state & (primaryPressed | primaryClicked) != 0 { return .click }
    return nil
  }
}
