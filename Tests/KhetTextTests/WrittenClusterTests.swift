import KhetText
import Testing

/// Cutting and wrapping Khmer at written-cluster boundaries: never right after a coeng.
@Suite struct WrittenClusterTests {
  static let coeng: Unicode.Scalar = "\u{17D2}"

  /// Whether `text` has a coeng with no consonant after it (at the end, or before a space,
  /// "…" or anything else that is not a Khmer letter).
  static func hasDanglingCoeng(_ text: String) -> Bool {
    let scalars = Array(text.unicodeScalars)
    return scalars.indices.contains { i in
      scalars[i] == coeng
        && (i + 1 == scalars.count || !(0x1780...0x17B3).contains(scalars[i + 1].value))
    }
  }

  static let khmer = [
    "អ្នកស្លាប់ដោយគ្រោះថ្នាក់", "ជម្លោះដីធ្លីនៅឃុំ", "ឆ្នាំបន្ទាប់ (កាលវិភាគ បញ្ជី)",
    "សេចក្តីសម្រេច", "ស្ត្រីៗ ស្ត្រ", "ល្បែងស៊ីសងខុសច្បាប់",
  ]

  @Test func clustersKeepSubscriptsWithTheirBase() {
    #expect(Array("គ្រោះ ស្ត្រី".writtenClusters) == ["គ្រោះ", " ", "ស្ត្រី"])
    #expect(Array("ab".writtenClusters) == ["a", "b"])
    #expect(Array("".writtenClusters).isEmpty)
    // A coeng at the very end stays with its base: there is nothing to join.
    #expect(Array("កក្".writtenClusters) == ["ក", "ក្"])
  }

  @Test(arguments: khmer)
  func clustersAddUpToTheTextAndItsWidth(text: String) {
    let clusters = Array(text.writtenClusters)
    #expect(clusters.joined() == text)
    #expect(clusters.map(\.displayWidth).reduce(0, +) == text.displayWidth)
    #expect(clusters.allSatisfy { !Self.hasDanglingCoeng(String($0)) })
  }

  @Test(arguments: khmer)
  func truncationNeverEndsAfterACoeng(text: String) {
    for width in 0...(text.displayWidth + 1) {
      for ellipsis in ["…", ""] {
        let cut = text.truncated(toWidth: width, ellipsis: ellipsis)
        #expect(cut.displayWidth <= width)
        #expect(!Self.hasDanglingCoeng(cut), "\(width): \(cut)")
      }
    }
  }

  @Test(arguments: khmer)
  func aClusterWiderThanTheLineIsBrokenByGraphemes(text: String) {
    for width in 1...2 {
      // Only a single grapheme wider than the line may be wider (it gets a line of its own).
      #expect(text.wrapped(toWidth: width).allSatisfy { $0.displayWidth <= width || $0.count == 1 })
    }
  }

  @Test func theReportedCutsNowEndAtAClusterBoundary() {
    // "អ្នកស្លាប់ដោយ" is 10 columns and "គ្រោះ" 4: only "គ្" (1) would fit before "…".
    #expect("អ្នកស្លាប់ដោយគ្រោះថ្នាក់".truncated(toWidth: 12) == "អ្នកស្លាប់ដោយ…")
    // "ជម្លោះដី" is 6 columns and "ធ្លី" 2.
    #expect("ជម្លោះដីធ្លីនៅឃុំ".truncated(toWidth: 8) == "ជម្លោះដី…")
  }

  @Test(arguments: khmer)
  func wrappingALongWordNeverEndsALineAfterACoeng(text: String) {
    let widest = text.writtenClusters.map(\.displayWidth).max() ?? 1
    for width in widest...(widest + 8) {
      let lines = text.wrapped(toWidth: width)
      #expect(lines.allSatisfy { !Self.hasDanglingCoeng($0) }, "\(width): \(lines)")
      #expect(lines.joined().filter { $0 != " " } == text.filter { $0 != " " })
    }
  }
}
