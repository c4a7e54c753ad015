import KhetCore
import KhetJSON
import KhetText

/// Monthly results received as CSV — how provincial offices get figures from communes — read and
/// checked against a workspace before anything is saved.
///
/// The layout, described in `docs/import-results.md`: a header row naming the columns
/// `indicator`, `unit`, `period` and `value` in any order, then one row per result.
///
/// ```
/// indicator,unit,period,value
/// security.drug-cases,140101,2022-03,4
/// security.disputes-resolved,1401,2022-03,85.5
/// ```
///
/// ```swift
/// switch ResultsCSV.parse(bytes, file: "results.csv", workspace: workspace) {
/// case .success(let results): for result in results { workspace.set(result) }
/// case .failure(let invalid): print(invalid)  // results.csv:3:31: value: "abc" is not a number; …
/// }
/// ```
public enum ResultsCSV {
  /// Reads a results file and checks every row against `workspace`.
  ///
  /// Returns every result in file order, or — if anything is wrong — no results and every
  /// problem in file order: the first 50, then one saying how many more there were. Reading
  /// stops at a CSV syntax error, which comes last. `file` names the file in the problems.
  ///
  /// A row is also refused where its figure would not count or would silently replace others
  /// (`ResultsIndex.reportingConflict`; replacing what the units below report is allowed with
  /// `replacingUnitsBelow`), and for a month after `latest` when given.
  public static func parse(
    _ bytes: [UInt8], file: String, workspace: Workspace, replacingUnitsBelow: Bool = false,
    latest: Month? = nil
  ) -> Result<[IndicatorResult], InvalidData> {
    var problems = ImportProblems(file: file)
    var results: [IndicatorResult] = []
    do {
      var reader = try CSVReader(bytes)
      let options = Options(replacingUnitsBelow: replacingUnitsBelow, latest: latest)
      try read(&reader, workspace, options, into: &results, problems: &problems)
    } catch {
      problems.add(error.position, error.reason)
    }
    return problems.isEmpty ? .success(results) : .failure(problems.report)
  }

  /// Reads the header, then each row; keeps results only while no problem has been found.
  /// What a caller may allow or refuse beyond the layout.
  private struct Options {
    var replacingUnitsBelow: Bool
    var latest: Month?
  }

  private static func read(
    _ reader: inout CSVReader, _ workspace: Workspace, _ options: Options,
    into results: inout [IndicatorResult], problems: inout ImportProblems
  ) throws(CSVSyntaxError) {
    guard let first = try reader.next() else {
      problems.add(
        nil, Phrase("errors.import.results.noRows", ["header": .code(ResultsCSVHeader.expected)]))
      return
    }
    guard let header = ResultsCSVHeader(first, problems: &problems) else { return }
    var rows = ResultsCSVRows(
      header: header, workspace: workspace, replacingUnitsBelow: options.replacingUnitsBelow,
      latest: options.latest)
    var count = 0
    while let record = try reader.next() {
      // A row of empty fields (",,,"): what spreadsheets write for a blank row.
      if record.fields.allSatisfy({ trimmed($0.text).isEmpty }) { continue }
      count += 1
      if let result = rows.read(record, problems: &problems), problems.isEmpty {
        results.append(result)
      }
    }
    if count == 0 { problems.add(nil, Phrase("errors.import.results.noRowsAfterHeader")) }
  }

  /// `text` without the spaces and tabs around it.
  static func trimmed(_ text: String) -> Substring {
    let utf8 = text.utf8
    let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
    guard let first = utf8.firstIndex(where: { !isBlank($0) }) else {
      return text[text.endIndex...]
    }
    let last = utf8.lastIndex(where: { !isBlank($0) })!
    // Both ends are ASCII bytes, so they are character boundaries.
    return text[first..<utf8.index(after: last)]
  }
}
