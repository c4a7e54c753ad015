import Foundation
import Testing

/// `khet target`, `khet result`, `khet import results` and `khet indicators`, through the binary.
@Suite struct FigureCommandTests {
  static let env = ["KHET_TODAY": "2022-09-30"]

  /// The province's result to date for an indicator, as `khet status --json` reports it.
  static func provinceActual(_ box: Sandbox, _ indicator: String) throws -> Double? {
    let status = try box.run(["status", "--json", "--year", "2022"], env: env).jsonObject()
    let sectors = try #require(status["sectors"] as? [[String: Any]])
    for sector in sectors {
      for row in sector["details"] as? [[String: Any]] ?? [] where row.string("id") == indicator {
        return (row["actual"] as? NSNumber)?.doubleValue
      }
    }
    Issue.record("no \(indicator) in the status")
    return nil
  }

  @Test func aResultChangesTheProvincesRollUp() throws {
    let box = try Sandbox()
    let before = try #require(try Self.provinceActual(box, "security.drug-cases"))
    let set = try box.run(
      [
        "result", "set", "--indicator", "security.drug-cases", "--unit", "Boeng Preah",
        "--period", "2022-09", "--value", "40",
      ], env: Self.env)
    #expect(set.status == 0, "\(set)")
    #expect(set.stdout.contains("2022-09") && set.stdout.contains("→ 40"), "\(set)")
    let after = try #require(try Self.provinceActual(box, "security.drug-cases"))
    #expect(after > before, "the province's sum grew: \(before) → \(after)")
    let history = try box.run(
      ["result", "history", "--indicator", "security.drug-cases", "--unit", "140101", "--json"])
    let entries = try history.jsonArray()
    #expect(entries.count == 1 && entries[0].string("period") == "2022-09")
    #expect((entries[0]["after"] as? NSNumber)?.doubleValue == 40)
    #expect(entries[0].string("by") == "tester")
  }

  @Test func badValuesAreRefusedWithTheMeasure() throws {
    let box = try Sandbox()
    let files = box.snapshot()
    for (indicator, value, words) in [
      ("security.disputes-resolved", "101", "between 0 and 100"),
      ("security.drug-cases", "2.5", "whole number"),
      ("security.drug-cases", "1e3", "expected a number"),
      ("security.drug-cases", "nan", "expected a number"),
      ("security.drug-cases", "1,000", "expected a number"),
      ("no.such-indicator", "1", "unknown indicator"),
      ("security.drug-cases", "100000000000000000000", "too large"),
    ] {
      let run = try box.run([
        "result", "set", "--indicator", indicator, "--unit", "140101", "--period", "2022-09",
        "--value", value,
      ])
      #expect(run.status == 1, "\(run)")
      #expect(run.stderr.contains(words), "\(run)")
    }
    let month = try box.run([
      "result", "set", "--indicator", "security.drug-cases", "--unit", "140101", "--period",
      "2022-13", "--value", "1",
    ])
    #expect(month.status == 1 && month.stderr.contains("YYYY-MM"), "\(month)")
    #expect(box.snapshot() == files, "nothing was written")
  }

  @Test func targetsAreSetAndTheirHistoryKept() throws {
    let box = try Sandbox()
    for value in ["120", "100"] {
      let run = try box.run([
        "target", "set", "--indicator", "security.thefts", "--unit", "14", "--year", "2023",
        "--value", value,
      ])
      #expect(run.status == 0, "\(run)")
    }
    let quarter = try box.run([
      "target", "set", "--indicator", "security.thefts", "--unit", "14", "--year", "2023",
      "--quarter", "2", "--value", "25", "--json",
    ])
    let change = try quarter.jsonObject()
    #expect(change.string("period") == "2023Q2" && change["before"] is NSNull)
    let history = try box.run([
      "target", "history", "--indicator", "security.thefts", "--unit", "14", "--year", "2023",
    ])
    #expect(history.status == 0)
    let lines = history.stdout.split(separator: "\n")
    #expect(lines.count == 4, "a header and three changes: \(history)")
    #expect(lines[2].contains("120") && lines[2].contains("100"))
    let file = try String(contentsOfFile: box.file("targets/2023.json"), encoding: .utf8)
    #expect(file.contains("\"quarter\": 2"), "\(file)")
    let status = try box.run(["status", "--json"], env: Self.env).jsonObject()
    #expect(status.int("year") == 2022, "a direction alone does not change the year shown")
  }

  @Test func importTakesAGoodFileAndRefusesABadOneWhole() throws {
    let box = try Sandbox()
    let good = box.root + "/good.csv"
    try
      "\u{FEFF}indicator,unit,period,value\r\nsecurity.drug-cases,140101,2022-10,4\r\n\"security.drug-cases\",140102,2022-10,0\r\n"
      .write(toFile: good, atomically: true, encoding: .utf8)
    let bad = box.root + "/bad.csv"
    try
      "indicator,unit,period,value\nsecurity.drug-cases,140101,2022-11,4\nsecurity.drug-cases,140102,2022-11,abc\nsecurity.disputes-resolved,1401,2022-11,101\n"
      .write(toFile: bad, atomically: true, encoding: .utf8)
    let files = box.snapshot()
    let refused = try box.run("import", "results", bad)
    #expect(refused.status == 2, "\(refused)")
    #expect(refused.stderr.contains("bad.csv:3:"), "\(refused)")
    #expect(refused.stderr.contains("bad.csv:4:"), "every bad row: \(refused)")
    #expect(refused.stderr.contains("bad.csv was not imported: 2 problems"), "\(refused)")
    #expect(box.snapshot() == files, "nothing of the file was imported")
    let dry = try box.run("import", "results", good, "--dry-run")
    #expect(dry.stdout.contains("would import 2"), "\(dry)")
    #expect(box.snapshot() == files)
    let run = try box.run("import", "results", good, "--json")
    let summary = try run.jsonObject()
    #expect(summary.int("added") == 2 && summary["saved"] as? Bool == true, "\(run)")
    let again = try box.run("import", "results", good, "--json").jsonObject()
    #expect(again.int("unchanged") == 2)
    let missing = try box.run("import", "results", box.root + "/none.csv")
    #expect(missing.status == 1 && missing.stderr.contains("no such file"))
    let validate = try box.run("validate")
    #expect(validate.status == 0, "\(validate)")
  }

  @Test func importReadsResultsFromStandardInputForADash() throws {
    let box = try Sandbox()
    let csv = box.root + "/may.csv"
    try "indicator,unit,period,value\nsecurity.drug-cases,140101,2022-10,4\n"
      .write(toFile: csv, atomically: true, encoding: .utf8)
    let run = try box.start(["import", "results", "-", "--json"], stdinPath: csv).wait()
    #expect(run.status == 0, "\(run)")
    #expect(try run.jsonObject().int("added") == 1)
  }

  @Test func indicatorsAreListedWithTheirIds() throws {
    let box = try Sandbox()
    let run = try box.run("indicators", "--sector", "security", "--json")
    let list = try run.jsonArray()
    #expect(list.contains { $0.string("id") == "security.drug-cases" })
    #expect(list.allSatisfy { $0.string("sector") == "security" })
  }
}

/// The level a result is reported at, months not begun, and the CLI's number rules.
@Suite struct FigureLevelCommandTests {
  static let env = ["KHET_TODAY": "2022-09-30"]

  @Test func aResultIsRefusedWhereItWouldNotCountOrWouldReplaceOthers() throws {
    let box = try Sandbox()
    let files = box.snapshot()
    let province = try box.run(
      [
        "result", "set", "--indicator", "security.drug-cases", "--unit", "14", "--period",
        "2022-09", "--value", "10",
      ], env: Self.env)
    #expect(province.status == 1, "\(province)")
    #expect(province.stderr.contains("the units below 14 report security.drug-cases"))
    #expect(province.stderr.contains("--replace-units-below"))
    // Districts report road deaths themselves: a commune's figure would not count.
    let commune = try box.run(
      [
        "result", "set", "--indicator", "security.road-deaths", "--unit", "140101", "--period",
        "2022-09", "--value", "1",
      ], env: Self.env)
    #expect(commune.status == 1, "\(commune)")
    #expect(commune.stderr.contains("1401 (Ba Phnum District) reports security.road-deaths"))
    #expect(box.snapshot() == files, "nothing was written")
    let replaced = try box.run(
      [
        "result", "set", "--indicator", "security.drug-cases", "--unit", "14", "--period",
        "2022-09", "--value", "10", "--replace-units-below",
      ], env: Self.env)
    #expect(replaced.status == 0, "\(replaced)")
  }

  @Test func aMonthNotBegunIsRefused() throws {
    let box = try Sandbox()
    for period in ["2022-10", "9999-12"] {
      let run = try box.run(
        [
          "result", "set", "--indicator", "security.drug-cases", "--unit", "140101",
          "--period", period, "--value", "1",
        ], env: Self.env)
      #expect(run.status == 1 && run.stderr.contains("has not begun"), "\(run)")
    }
    let csv = box.root + "/ahead.csv"
    try "indicator,unit,period,value\nsecurity.drug-cases,140101,2022-11,1\n"
      .write(toFile: csv, atomically: true, encoding: .utf8)
    let run = try box.run(["import", "results", csv], env: Self.env)
    #expect(run.status == 2 && run.stderr.contains("after this month"), "\(run)")
    #expect(run.stderr.contains("ahead.csv was not imported: 1 problem"), "\(run)")
  }

  @Test func valuesAreReadAsAResultsFileHasThem() throws {
    let box = try Sandbox()
    func set(_ value: String) throws -> KhetRun {
      try box.run(
        [
          "result", "set", "--indicator", "security.drug-cases", "--unit", "140101", "--period",
          "2022-09", "--value", value,
        ], env: Self.env)
    }
    let negative = try set("-5")
    #expect(negative.status == 1 && negative.stderr.contains("whole number ≥ 0"), "\(negative)")
    for bad in ["+5", "5.", ".5", "1e3", "1,000"] {
      let run = try set(bad)
      #expect(run.status == 1 && run.stderr.contains("expected a number"), "\(bad): \(run)")
    }
    let khmer = try set("១២")
    #expect(khmer.status == 0 && khmer.stdout.contains("→ 12"), "\(khmer)")
  }

  @Test func historyOfAnUnknownIndicatorIsAnError() throws {
    let box = try Sandbox()
    let run = try box.run(["target", "history", "--indicator", "nope", "--unit", "14"])
    #expect(run.status == 1 && run.stderr.contains("unknown indicator"), "\(run)")
  }

  @Test func aFigureAtTheWrongLevelIsClearedAndTheLevelBelowOpensAgain() throws {
    let box = try Sandbox()
    let province = [
      "--indicator", "security.drug-cases", "--unit", "14", "--period", "2022-09",
    ]
    let replaced = try box.run(
      ["result", "set"] + province + ["--value", "10", "--replace-units-below"], env: Self.env)
    #expect(replaced.status == 0, "\(replaced)")
    let commune = [
      "result", "set", "--indicator", "security.drug-cases", "--unit", "140101", "--period",
      "2022-09", "--value", "3",
    ]
    let locked = try box.run(commune, env: Self.env)
    #expect(locked.status == 1 && locked.stderr.contains("khet result clear"), "\(locked)")
    let cleared = try box.run(["result", "clear"] + province + ["--json"], env: Self.env)
    let change = try cleared.jsonObject()
    #expect((change["before"] as? NSNumber)?.doubleValue == 10 && change["value"] is NSNull)
    #expect(try box.run(commune, env: Self.env).status == 0, "communes report again")
    let history = try box.run(
      ["result", "history", "--indicator", "security.drug-cases", "--unit", "14", "--json"]
    ).jsonArray()
    #expect(history.map { $0.string("action") } == ["result.set", "result.clear"])
    #expect(try box.run("validate").status == 0)
  }
}
