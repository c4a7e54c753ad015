import CNcursesw
import KhetTUI

extension Terminal {
  /// Waits up to `timeoutMilliseconds` (negative: indefinitely) for input and returns it,
  /// or nil on timeout, for input Khet ignores, or after `stop()`.
  ///
  /// A resize is reported with the new size, and the next `draw` repaints everything.
  public func read(timeoutMilliseconds: Int) -> InputEvent? {
    whileActive { () -> InputEvent? in
      wtimeout(khet_stdscr(), Int32(clamping: timeoutMilliseconds))
      var value: wint_t = 0
      let status = get_wch(&value)
      switch CursesInput.decode(
        status: status, value: UInt32(value), codes: CursesConstants.keyCodes)
      {
      case .key(let key):
        return .key(key)
      case .resize:
        previous = nil
        return .resize(width: Int(khet_cols()), height: Int(khet_lines()))
      case .mouse:
        var event = MEVENT()
        guard getmouse(&event) == OK,
          let kind = CursesConstants.mouseMasks.kind(of: UInt(event.bstate))
        else { return nil }
        return .mouse(x: Int(event.x), y: Int(event.y), kind: kind)
      case .none:
        return nil
      }
    }
  }
}
