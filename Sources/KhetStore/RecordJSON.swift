import KhetCore
import KhetJSON

/// The JSON form of records, exactly as stored in the data files (docs/data-format.md), for
/// `--json` output and reports.
public enum RecordJSON {
  /// An issue as stored in issues.jsonl.
  public static func issue(_ issue: Issue) -> JSONValue { issue.json }
  /// A task as stored in tasks.jsonl.
  public static func task(_ task: WorkTask) -> JSONValue { task.json }
  /// A unit as stored in units.json.
  public static func unit(_ unit: AdminUnit) -> JSONValue { unit.json }
  /// A sector as stored in sectors.json.
  public static func sector(_ sector: Sector) -> JSONValue { sector.json }
  /// A meeting as stored in meetings.jsonl.
  public static func meeting(_ meeting: Meeting) -> JSONValue { meeting.json }
  /// An indicator as stored in indicators.json.
  public static func indicator(_ indicator: Indicator) -> JSONValue { indicator.json }
  /// `{"en": …, "km": …}`.
  public static func name(_ name: LocalizedName) -> JSONValue { name.json }
  /// The workspace description as stored in khet.json.
  public static func workspace(_ info: WorkspaceInfo) -> JSONValue { info.json }
}
