import KhetTUI
import Testing

@Suite struct FormsTextFieldTests {
  @Test func typingASCIIInsertsAtTheCursor() {
    var field = TextField(maxLength: 50)
    field.type("flood")
    #expect(field.text == "flood")
    #expect(field.cursor == 5)
    field.send([.home, .character("A"), .character(" ")])
    #expect(field.text == "A flood")
    #expect(field.cursor == 2)
  }

  @Test func khmerTypedScalarByScalarGivesExactlyTheText() {
    var field = TextField(maxLength: 500)
    for key in FormFixture.scalarKeys("ទឹកជំនន់នៅឃុំ") {
      #expect(field.handle(key) == .changed)
      #expect(field.cursor == field.text.count)
    }
    #expect(field.text == "ទឹកជំនន់នៅឃុំ")
    #expect(field.text.unicodeScalars.elementsEqual("ទឹកជំនន់នៅឃុំ".unicodeScalars))
    #expect(field.cursor == 7)
  }

  @Test func combiningMarkJoinsTheClusterBeforeTheCursor() {
    var field = TextField(maxLength: 50)
    field.type("ខ")
    #expect(field.cursor == 1)
    field.type("\u{17D2}")  // coeng joins ខ
    #expect(field.text == "ខ្")
    #expect(field.cursor == 1)
    field.type("មែរ")
    #expect(field.text == "ខ្មែរ")
    #expect(field.text.count == 3)
    #expect(field.cursor == 3)
  }

  @Test func cursorMovesByGraphemeClusterAndOverConjuncts() {
    var field = TextField(maxLength: 50)
    field.type("ខ្មែរ")  // clusters ខ្ · មែ · រ; ខ្មែ is one written conjunct
    field.send([.left])
    #expect(field.cursor == 2)
    field.send([.left])
    #expect(field.cursor == 0)
    field.send([.right])
    #expect(field.cursor == 2)
    field.send([.ctrl("e")])
    #expect(field.cursor == 3)
    field.send([.ctrl("a")])
    #expect(field.cursor == 0)
    field.send([.end])
    #expect(field.cursor == 3)
  }

  @Test func backspaceRemovesWholeClusters() {
    var field = TextField(maxLength: 50)
    field.type("ខ្មែរ")
    #expect(field.text.count == 3)
    field.send([.backspace])
    #expect(field.text == "ខ្មែ")
    field.send([.backspace])  // the conjunct ខ្មែ goes whole: no dangling coeng is left
    #expect(field.text == "")
    #expect(field.handle(.backspace) == .moved)
  }

  @Test func deleteRemovesTheClusterAfterTheCursor() {
    var field = TextField(maxLength: 50)
    field.type("ស្រុកបាភ្នំ")
    field.send([.home, .delete])  // the conjunct ស្រុ goes whole
    #expect(field.text == "កបាភ្នំ")
    #expect(field.cursor == 0)
    field.send([.end, .delete])
    #expect(field.text == "កបាភ្នំ")
  }

  @Test func insertingInTheMiddle() {
    var field = TextField(maxLength: 50)
    field.type("ទឹកជំនន់ឃុំ")
    field.send([.left])
    field.type("នៅ")
    #expect(field.text == "ទឹកជំនន់នៅឃុំ")
    #expect(field.cursor == 6)
    field.send([.home])
    field.type("Flood ")
    #expect(field.text == "Flood ទឹកជំនន់នៅឃុំ")
    #expect(field.cursor == 6)
  }

  @Test func vowelSignTypedInTheMiddleMergesWithTheClusterBefore() {
    var field = TextField(maxLength: 50)
    field.type("កន")
    field.send([.left])
    field.type("\u{17C6}")  // nikahit joins ក, not ន
    #expect(field.text == "កំន")
    #expect(field.cursor == 1)
    field.send([.backspace])
    #expect(field.text == "ន")
  }

  @Test func ctrlUClearsToTheStartAndCtrlWDeletesAWord() {
    var field = TextField(maxLength: 50)
    field.type("road to Ba Phnum  ")
    field.send([.ctrl("w")])
    #expect(field.text == "road to Ba ")
    field.send([.left, .left, .ctrl("u")])
    #expect(field.text == "a ")
    #expect(field.cursor == 0)
  }

  @Test func ctrlWTreatsZeroWidthSpaceAsAWordBreak() {
    var field = TextField(maxLength: 50)
    field.type("ទឹកជំនន់\u{200B}នៅឃុំ")
    field.send([.ctrl("w")])
    #expect(field.text == "ទឹកជំនន់\u{200B}")
  }

  @Test func maxLengthRefusesFurtherCharactersButAcceptsJoiningMarks() {
    var field = TextField(maxLength: 3)
    field.type("abc")
    #expect(field.handle(.character("d")) == .refused("at most 3 characters"))
    #expect(field.text == "abc")
    var khmer = TextField(maxLength: 2)
    khmer.type("កម")
    #expect(khmer.handle(.character("\u{17C2}")) == .changed)  // joins ម
    #expect(khmer.text == "កមែ")
    #expect(khmer.handle(.character("រ")) == .refused("at most 2 characters"))
  }

  @Test func titleLimitIsTheStoreLimit() {
    var field = TextField(maxLength: 500)
    field.type(String(repeating: "x", count: 500))
    #expect(field.handle(.character("y")) == .refused("at most 500 characters"))
    #expect(field.text.count == 500)
  }

  @Test func controlCharactersAndNewlinesAreNotTypedIntoOneLine() {
    var field = TextField(maxLength: 50)
    #expect(field.handle(.character("\u{1B}")) == .ignored)
    #expect(field.handle(.character("\n")) == .ignored)
    #expect(field.handle(.enter) == .ignored)
    #expect(field.handle(.up) == .ignored)
    #expect(field.text == "")
  }

  @Test func initialTextIsCutToTheLimit() {
    let field = TextField("abcdef", maxLength: 4)
    #expect(field.text == "abcd")
    #expect(field.cursor == 4)
  }
}
