import KhetText
import Testing

@Suite struct TextFittingTests {
  @Test func textThatFitsIsUnchanged() {
    #expect("Prey Veng".truncated(toWidth: 9) == "Prey Veng")
    #expect("ខ្មែរ".truncated(toWidth: 4) == "ខ្មែរ")
  }

  @Test func truncationAddsEllipsisOnlyWhenCutting() {
    #expect("Prey Veng".truncated(toWidth: 6) == "Prey …")
    #expect("Prey Veng".truncated(toWidth: 6, ellipsis: "...") == "Pre...")
    #expect("Prey Veng".truncated(toWidth: 2, ellipsis: "...") == "Pr")
    #expect("Prey Veng".truncated(toWidth: 0) == "")
    #expect("中文字".truncated(toWidth: 4) == "中…")
    #expect("中文字".truncated(toWidth: 5) == "中文…")
  }

  @Test(arguments: ["ស្រុកកំពង់ត្របែក", "ទឹកជំនន់នៅឃុំ", "ខេត្តព្រៃវែង 中文 👨‍👩‍👧 done"])
  func truncationNeverSplitsAGrapheme(text: String) {
    let graphemes = Set(text.map { String($0) })
    for width in 0...(text.displayWidth + 1) {
      for ellipsis in ["…", ""] {
        let cut = text.truncated(toWidth: width, ellipsis: ellipsis)
        #expect(cut.displayWidth <= width)
        let body = ellipsis.isEmpty || cut == text ? cut : String(cut.dropLast())
        #expect(text.hasPrefix(body))
        #expect(body.allSatisfy { graphemes.contains(String($0)) })
        #expect(
          body.unicodeScalars.elementsEqual(text.unicodeScalars.prefix(body.unicodeScalars.count)))
      }
    }
  }

  @Test func paddingAlignsByDisplayWidth() {
    #expect("ខ្មែរ".padded(toWidth: 7) == "ខ្មែរ   ")
    #expect("ខ្មែរ".padded(toWidth: 7, alignment: .right) == "   ខ្មែរ")
    #expect("ខ្មែរ".padded(toWidth: 7, alignment: .center) == " ខ្មែរ  ")
    #expect("中文".padded(toWidth: 5, alignment: .center) == "中文 ")
    #expect("Prey Veng".padded(toWidth: 5) == "Prey…")
    #expect("中文字".padded(toWidth: 4) == "中… ")
    for alignment in TextAlignment.allCases {
      #expect("ស្រុកកំពង់ត្របែក".padded(toWidth: 14, alignment: alignment).displayWidth == 14)
    }
  }
}
