import KhetCore
import KhetJSON
import KhetText

/// Issues received as JSON — from another office, or exported by a survey tool — read and
/// checked against a workspace before anything is saved.
///
/// The format, described in `docs/import-issues.md` and `docs/schema/issue-import.schema.json`:
/// one JSON array of objects, each an issue.
///
/// ```json
/// [
///   {"title": "Flooded road to the market", "sector": "humanitarian", "unit": "140101",
///    "severity": "high", "reported": "2022-10-03T08:15:00+07:00"},
///   {"id": "3f2504e0-4f89-41d3-9a0c-0305e82c3301", "title": "Drug selling near the school",
///    "sector": "security", "unit": "Ba Phnum District", "status": "in-progress"}
/// ]
/// ```
///
/// ```swift
/// switch IssuesJSON.parse(bytes, file: "survey.json", workspace: w, now: now) {
/// case .success(let entries): print(entries.count)
/// case .failure(let invalid): print(invalid)  // survey.json:4:13: $[1].unit: unknown unit …
/// }
/// ```
public enum IssuesJSON {
  /// The most issues one file may hold.
  public static let maxIssues = 100_000

  /// Reads an import file and checks every element against `workspace` (its sectors and
  /// units; not which issues it already has — that is the store's business).
  ///
  /// Returns every entry in file order, or — if anything is wrong — no entries and every
  /// problem in file order: the first 50, then one saying how many more there were. A JSON
  /// syntax error is the only problem reported, since nothing after it can be read. `file`
  /// names the file in the problems; `now` is the time of the import.
  public static func parse(
    _ bytes: [UInt8], file: String, workspace: Workspace, now: Timestamp
  ) -> Result<[IssueImportEntry], InvalidData> {
    var problems = ImportProblems(file: file)
    let source = JSONSource(file: file, text: SourceText(bytes: bytes))
    let top: JSONCursor
    do throws(JSONSyntaxError) {
      let value = try JSONParser().parse(source.text)
      let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      top = JSONCursor(source: source, value: value, offset: start, path: "$")
    } catch {
      problems.add(source.problem(error))
      return .failure(problems.report)
    }
    let entries = read(top, workspace: workspace, now: now, problems: &problems)
    return problems.isEmpty ? .success(entries) : .failure(problems.report)
  }

  private static func read(
    _ top: JSONCursor, workspace: Workspace, now: Timestamp, problems: inout ImportProblems
  ) -> [IssueImportEntry] {
    guard case .array = top.value else {
      let found: [String: Phrase.Argument] = ["found": top.found]
      problems.add(
        top.problem(
          top.value["issues"] != nil
            ? Phrase("errors.import.issues.objectHoldingArray", found)
            : Phrase("errors.import.issues.notArray", found)))
      return []
    }
    let elements = (try? top.array()) ?? []
    guard !elements.isEmpty else {
      problems.add(top.problem(Phrase("errors.import.issues.emptyArray")))
      return []
    }
    guard elements.count <= maxIssues else {
      problems.add(
        elements[maxIssues].problem(
          Phrase(
            "errors.import.issues.tooMany",
            ["limit": .number(maxIssues), "count": .number(elements.count)])))
      return []
    }
    let reader = IssuesJSONElement(workspace: workspace, now: now)
    var entries: [IssueImportEntry] = []
    var firstByID: [RecordID: JSONCursor] = [:]
    var occurrences: [[UInt8]: Int] = [:]
    for (i, element) in elements.enumerated() {
      guard var read = reader.read(element, element: i, problems: &problems) else { continue }
      if !read.entry.idWasGiven {
        // Identical elements are each an issue: the k-th of them gets the k-th id.
        let k = occurrences[read.content, default: 0]
        occurrences[read.content] = k + 1
        read.entry.id = DerivedRecordID.of(read.content + Array("#\(k)".utf8))
      }
      let at = read.idCursor ?? element
      if let first = firstByID[read.entry.id] {
        let firstAt = first.source.text.position(ofOffset: first.offset)
        let arguments: [String: Phrase.Argument] = [
          "path": .code(first.path), "line": .code(String(firstAt.line)),
          "id": .code(read.entry.id.description),
        ]
        problems.add(
          at.problem(
            read.entry.idWasGiven
              ? Phrase("errors.import.issues.duplicateID", arguments)
              : Phrase("errors.import.issues.derivedSameID", arguments)))
        continue
      }
      firstByID[read.entry.id] = at
      if problems.isEmpty { entries.append(read.entry) }
    }
    return entries
  }
}
