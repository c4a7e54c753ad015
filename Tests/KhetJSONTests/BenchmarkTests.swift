import KhetJSON
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Throughput measurement, run only when `KHET_JSON_BENCH` is set, e.g.
/// `KHET_JSON_BENCH=1 swift test -c release --filter KhetJSONTests.BenchmarkTests`.
/// It prints numbers and never asserts on time.
@Suite(.enabled(if: getenv("KHET_JSON_BENCH") != nil))
struct BenchmarkTests {
  /// About `megabytes` MB of records like Khet's data files, pretty-printed.
  func sampleDocument(megabytes: Int) -> [UInt8] {
    var rng = SplitMix(seed: 1)
    var records: [JSONValue] = []
    var size = 0
    while size < megabytes << 20 {
      let record: JSONValue = [
        "id": .number(Int(rng.next() % 1_000_000)),
        "indicator": "sec.drugs",
        "unit": .string("14\(rng.next() % 100)"),
        "month": "2025-03",
        "value": .number(Double(rng.next() % 10_000) / 8),
        "title": "ទឹកជំនន់នៅឃុំ \(rng.next() % 1000)",
        "note": "Flooding reported in the commune; road to the \"health post\" closed.\nFollow up.",
        "tags": ["flood", "roads", nil, true],
      ]
      size += JSONWriter.bytes(record, style: .compact).count
      records.append(record)
    }
    return JSONWriter.bytes(.array(values: records), style: .pretty)
  }

  /// Runs `body` several times and prints the best throughput over `bytes` bytes.
  func measure(_ label: String, bytes: Int, _ body: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    var best = Duration.seconds(1_000)
    for _ in 0..<5 {
      let elapsed = try clock.measure(body)
      best = min(best, elapsed)
    }
    let seconds = Double(best.components.seconds) + Double(best.components.attoseconds) / 1e18
    let rate = Double(bytes) / 1_048_576 / seconds
    print("KhetJSON benchmark: \(label): \(bytes) bytes, best \(best), \(Int(rate)) MB/s")
  }

  @Test func parseThroughput() throws {
    let document = sampleDocument(megabytes: 20)
    var count = 0
    try measure("parse pretty mixed Khmer/ASCII", bytes: document.count) {
      count = try JSONParser().parse(document).arrayValue?.count ?? 0
    }
    #expect(count > 0)
    let compact = JSONWriter.bytes(try JSONParser().parse(document), style: .compact)
    try measure("parse compact", bytes: compact.count) {
      count = try JSONParser().parse(compact).arrayValue?.count ?? 0
    }
    let value = try JSONParser().parse(document)
    measure("write pretty", bytes: document.count) {
      count = JSONWriter.bytes(value, style: .pretty).count
    }
    measure("write compact", bytes: compact.count) {
      count = JSONWriter.bytes(value, style: .compact).count
    }
  }
}
