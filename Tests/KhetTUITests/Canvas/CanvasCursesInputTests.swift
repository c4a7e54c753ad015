import KhetTUI
import Testing

@Suite struct CanvasCursesInputTests {
  let codes = CursesKeyCodes.standard

  func character(_ scalar: Unicode.Scalar) -> CursesInput {
    CursesInput.decode(status: 0, value: scalar.value)
  }

  func keyCode(_ code: Int32) -> CursesInput {
    CursesInput.decode(status: codes.codeYes, value: UInt32(code))
  }

  @Test func printableCharactersIncludingKhmer() {
    #expect(character("q") == .key(.character("q")))
    #expect(character("ក") == .key(.character("ក")))
    #expect(character("/") == .key(.character("/")))
  }

  @Test func controlCharacters() {
    #expect(character("\n") == .key(.enter))
    #expect(character("\r") == .key(.enter))
    #expect(character("\t") == .key(.tab))
    #expect(character("\u{1B}") == .key(.escape))
    #expect(character("\u{7F}") == .key(.backspace))
    #expect(character("\u{8}") == .key(.backspace))
    #expect(character("\u{1}") == .key(.ctrl("a")))
    #expect(character("\u{3}") == .key(.ctrl("c")))
    #expect(character("\u{1A}") == .key(.ctrl("z")))
    #expect(character("\u{1F}") == .key(.ctrl("_")))
    #expect(character("\u{0}") == .key(.ctrl(" ")))
    #expect(character("\u{9B}") == CursesInput.none)
  }

  @Test func functionKeys() {
    #expect(keyCode(codes.up) == .key(.up))
    #expect(keyCode(codes.down) == .key(.down))
    #expect(keyCode(codes.left) == .key(.left))
    #expect(keyCode(codes.right) == .key(.right))
    #expect(keyCode(codes.pageUp) == .key(.pageUp))
    #expect(keyCode(codes.pageDown) == .key(.pageDown))
    #expect(keyCode(codes.home) == .key(.home))
    #expect(keyCode(codes.end) == .key(.end))
    #expect(keyCode(codes.enter) == .key(.enter))
    #expect(keyCode(codes.backTab) == .key(.backTab))
    #expect(keyCode(codes.backspace) == .key(.backspace))
    #expect(keyCode(codes.delete) == .key(.delete))
    #expect(keyCode(codes.functionZero + 1) == .key(.function(1)))
    #expect(keyCode(codes.functionZero + 12) == .key(.function(12)))
    #expect(keyCode(codes.resize) == .resize)
    #expect(keyCode(codes.mouse) == .mouse)
    #expect(keyCode(0o777) == CursesInput.none)
  }

  @Test func timeoutIsNothing() {
    #expect(CursesInput.decode(status: -1, value: 0) == CursesInput.none)
  }

  @Test func mouseButtons() {
    let masks = CursesMouseMasks.standard
    #expect(masks.kind(of: masks.primaryPressed) == .click)
    #expect(masks.kind(of: masks.primaryClicked) == .click)
    #expect(masks.kind(of: masks.wheelUp) == .wheelUp)
    #expect(masks.kind(of: masks.wheelDown) == .wheelDown)
    #expect(masks.kind(of: 0o1) == nil)
  }
}
