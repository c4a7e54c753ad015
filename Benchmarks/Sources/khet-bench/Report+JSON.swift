extension Report {
  /// The report as JSON, for docs and for `Benchmarks/run`'s summary: times in milliseconds,
  /// memory in MiB, each benchmark under its id in `benchmarks`.
  var json: String {
    func string(_ text: String) -> String {
      var out = "\""
      for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case _ where scalar.value < 0x20:
          let hex = String(scalar.value, radix: 16)
          out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
        default: out.unicodeScalars.append(scalar)
        }
      }
      return out + "\""
    }
    func ms(_ seconds: Double) -> String { NumberFormat.fixed(seconds * 1000, 3) }
    func mib(_ kib: Int) -> String { NumberFormat.fixed(Double(kib) / 1024, 1) }
    var benchmarks: [String] = []
    for m in measurements {
      let s = m.samples
      var fields = [
        "\"title\": \(string(m.title))", "\"n\": \(s.count)", "\"p50Ms\": \(ms(s.p50))",
        "\"p90Ms\": \(ms(s.percentile(90)))", "\"p99Ms\": \(ms(s.percentile(99)))",
        "\"minMs\": \(ms(s.fastest))", "\"maxMs\": \(ms(s.slowest))",
      ]
      if let rss = m.peakRSSKiB {
        fields.append("\"peakRSSMiB\": \(mib(rss))")
        fields.append("\"rssFloorMiB\": \(mib(m.rssFloorKiB))")
      }
      benchmarks.append("    \(string(m.id)): { " + fields.joined(separator: ", ") + " }")
    }
    let matches = filterMatches.map { "\(string($0.word)): \($0.count)" }
    let lines = [
      "{",
      "  \"label\": \(string(label)),",
      "  \"data\": \(string(data)),",
      "  \"khet\": \(string(khet)),",
      "  \"today\": \(string(today)),",
      "  \"runs\": \(runs),",
      "  \"warmup\": \(warmup),",
      "  \"issues\": \(issues),",
      "  \"tasks\": \(tasks),",
      "  \"openTasks\": \(openTasks),",
      "  \"benchmarks\": {",
      benchmarks.joined(separator: ",\n"),
      "  },",
      "  \"filter\": "
        + (filterIssues.map {
          "{ \"issues\": \($0), \"matches\": { \(matches.joined(separator: ", ")) } }"
        } ?? "null") + ",",
      "  \"benchPeakRSSMiB\": \(mib(benchRSSKiB)),",
      "  \"notes\": [" + notes.map(string).joined(separator: ", ") + "]",
      "}",
    ]
    return lines.filter { !$0.isEmpty }.joined(separator: "\n") + "\n"
  }
}
