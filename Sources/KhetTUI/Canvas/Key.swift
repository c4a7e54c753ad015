/// A key the user pressed, independent of the terminal library that read it.
public enum Key: Sendable, Hashable {
  /// A printable character, including Khmer and other non-ASCII input.
  case character(Character)
  /// The up arrow.
  case up
  /// The down arrow.
  case down
  /// The left arrow.
  case left
  /// The right arrow.
  case right
  /// Page Up.
  case pageUp
  /// Page Down.
  case pageDown
  /// Home.
  case home
  /// End.
  case end
  /// Return or Enter.
  case enter
  /// Tab.
  case tab
  /// Shift-Tab.
  case backTab
  /// Backspace.
  case backspace
  /// Delete (forward).
  case delete
  /// Escape.
  case escape
  /// Function key F`n`, from F1.
  case function(Int)
  /// Control plus a key, named by its lowercase letter or symbol: Ctrl-C is `ctrl("c")`.
  case ctrl(Character)
}

/// What a mouse event did.
public enum MouseKind: Sendable, Hashable {
  /// The primary button was pressed.
  case click
  /// The wheel turned away from the user.
  case wheelUp
  /// The wheel turned towards the user.
  case wheelDown
}

/// One input event from the terminal.
public enum InputEvent: Sendable, Hashable {
  /// A key press.
  case key(Key)
  /// The terminal now has `width` columns and `height` rows; redraw everything.
  case resize(width: Int, height: Int)
  /// A mouse event at column `x`, row `y`.
  case mouse(x: Int, y: Int, kind: MouseKind)
}
