import KhetFuzzing
import KhetText
import Testing

/// Search matches start only where a Khmer cluster starts (SearchKey, KhmerCluster).
@Suite struct ClusterSearchTests {
  static let city = SearchKey.fold("ក្រុងស្វាយរៀង")

  @Test func aSubscriptConsonantIsNotAMatchStart() {
    #expect(!SearchKey.matches(SearchKey.fold("ក្រុង"), query: "រ"))
    #expect(!SearchKey.matches(Self.city, query: "វ"), "វ only as the subscript in ស្វ")
    #expect(!SearchKey.matches(Self.city, query: "រុង"))
    #expect(SearchKey.matches(Self.city, query: "រៀង"), "the base រ of រៀង starts a cluster")
    #expect(SearchKey.matches(SearchKey.fold("រុក្ខា"), query: "រ"))
  }

  @Test func aVowelSignOrCoengAloneMatchesNothing() {
    for query in ["\u{17BB}", "\u{17D2}", "\u{17D2}រ", "ុង", "\u{17C6}", "\u{17B6}"] {
      #expect(!SearchKey.matches(Self.city, query: query), "\(query.unicodeScalars.map(\.value))")
    }
    #expect(!SearchKey.Terms("ុ").isEmpty, "a query of a lone sign is not an empty query")
    #expect(!SearchKey.matches(Self.city, query: "ុ ក្រុង"), "every term must be able to match")
  }

  @Test func aPartlyTypedQueryStillMatchesAtAClusterStart() {
    #expect(SearchKey.matches(Self.city, query: "ក"))
    #expect(SearchKey.matches(Self.city, query: "ក\u{17D2}"))
    #expect(SearchKey.matches(Self.city, query: "ក្រ"))
    #expect(SearchKey.matches(Self.city, query: "ស"))
    #expect(SearchKey.matches(Self.city, query: "ស្វា"))
    #expect(SearchKey.matches(Self.city, query: "ក្រុងស្វាយ"))
  }

  @Test func aLaterOccurrenceAtAClusterStartIsFound() {
    // The first "រ" is a subscript, the second starts its own cluster.
    let record = SearchKey.fold("ក្រុង រោងចក្រ")
    #expect(SearchKey.matches(record, query: "រោ"))
    #expect(SearchKey.matches(SearchKey.fold("ក្រ រ"), query: "រ"))
    #expect(!SearchKey.matches(SearchKey.fold("ក្រ ស្រ"), query: "រ"))
  }

  @Test func zeroWidthSpacesAreStillIgnored() {
    let record = SearchKey.fold("ក្រុង\u{200B}ស្វាយ\u{200B}រៀង")
    #expect(SearchKey.matches(record, query: "ស្វាយរៀង"))
    #expect(SearchKey.matches(record, query: "ស្វាយ\u{200B}រៀង"))
    #expect(SearchKey.matches(record, query: "\u{200B}រៀង"))
    #expect(
      !SearchKey.matches(SearchKey.fold("ក្\u{200B}រុង"), query: "រុង"), "ZWSP is not a boundary")
  }

  @Test func latinSearchIsUnchanged() {
    let record = SearchKey.fold("Svay Rieng — Krong, Phnôm Pénh")
    #expect(SearchKey.matches(record, query: "ieng"))
    #expect(SearchKey.matches(record, query: "penh rong"))
  }

  @Test func whichScalarsCanStartACluster() {
    #expect(KhmerCluster.canStart("ក") && KhmerCluster.canStart("អ") && KhmerCluster.canStart("a"))
    #expect(KhmerCluster.canStart("ឥ"), "an independent vowel")
    #expect(KhmerCluster.canStart("១") && KhmerCluster.canStart("។"))
    for sign in [
      "\u{17B6}", "\u{17BB}", "\u{17C6}", "\u{17C7}", "\u{17C9}", "\u{17D2}", "\u{0301}",
    ] {
      #expect(
        !KhmerCluster.canStart(sign.unicodeScalars.first!), "\(sign.unicodeScalars.first!.value)")
    }
    let scalars = Array("ក្រុ".unicodeScalars)
    #expect(
      scalars.indices.map { KhmerCluster.canStart(at: $0, in: scalars) } == [
        true, false, false, false,
      ])
  }

  /// The fuzz target's search check (fast search = a plain scalar search under the cluster
  /// rule) over many made-up Khmer texts whose queries often start inside a cluster.
  @Test func theFastSearchAgreesWithAPlainSearchOnMadeUpKhmer() throws {
    let pieces = [
      "ក", "រ", "ស", "វ", "ង", "\u{17D2}", "\u{17BB}", "\u{17B6}", "\u{17C6}", "\u{200B}", " ", "ឥ",
      "a",
    ]
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(bound))
    }
    for _ in 0..<2_000 {
      let text = (0..<(1 + next(14))).map { _ in pieces[next(pieces.count)] }.joined()
      let options = UInt8(next(256))
      try FuzzTarget.text.run([20, options] + Array(text.utf8))
    }
  }
}
