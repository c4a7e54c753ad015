import Foundation
import Testing

/// The kinds of write the crash tests start and kill: appends to each log, and the figure
/// changes that rewrite a year file.
enum CrashWrite: String, CaseIterable {
  case issueAdd, issueStatus, taskTick, taskAdd, resultSet, targetSet, meetingAdd, meetingDecide
}

/// One write and the change it makes: `key` (something a read shows) goes from what it was
/// to `value`, if the write happened.
struct PlannedWrite {
  let kind: CrashWrite
  let arguments: [String]
  let key: String
  let value: String
  /// What `key` shows before any write touched it.
  let initial: String
  /// What `key` may also show if the write was killed half-way (a decision appends its task,
  /// then its meeting).
  var partial: [String] = []
}

/// Makes the writes of a crash test from a seed: new records with titles never used before,
/// and changes to a few records and figure cells again and again, so a killed change is often
/// followed by an acknowledged one to the same record.
struct WritePlanner {
  static let issues = 1...4
  static let tasks = 1...6
  static let statuses = ["open", "in-progress", "resolved", "closed"]
  /// Count indicators: a commune's September figure is its result to date in `khet status`,
  /// and its 2022 target is the target there.
  static let resultIndicators = ["security.drug-cases", "security.thefts", "sanitation.cleanups"]
  static let targetIndicators = ["security.thefts", "owso.services", "covid.tests"]

  private var random: SplitMix64
  private var serial = 0

  init(seed: UInt64) { random = SplitMix64(seed: seed) }

  /// The commands that make the records the later writes change.
  static var setUp: [[String]] {
    issues.map { ["issue", "add", "--title", "Seed issue \($0)", "--unit", "140101"] }
      + tasks.map { ["task", "add", "--issue", "1", "--title", "Seed task \($0)"] }
      + [["meeting", "add", "--unit", "14", "--date", "2022-09-01", "--title", "Seed meeting"]]
  }

  /// A random delay from 0 to `limit` microseconds.
  mutating func delay(upTo limit: Double) -> UInt32 {
    UInt32(Double(random.next() % 1_000_000) / 1_000_000 * limit)
  }

  mutating func next() -> PlannedWrite {
    next(CrashWrite.allCases[pick(CrashWrite.allCases.count)])
  }

  mutating func next(_ kind: CrashWrite) -> PlannedWrite {
    serial += 1
    let value = "\(pick(10_000))"
    switch kind {
    case .issueAdd:
      let title = "Crash issue \(serial)"
      return PlannedWrite(
        kind: kind, arguments: ["issue", "add", "--title", title, "--unit", "140101"],
        key: "issue \(title)", value: "1", initial: "0")
    case .issueStatus:
      let n = Self.issues.lowerBound + pick(Self.issues.count)
      let status = Self.statuses[pick(Self.statuses.count)]
      return PlannedWrite(
        kind: kind, arguments: ["issue", "set", "\(n)", "--status", status],
        key: "status of issue #\(n)", value: status, initial: "open")
    case .taskTick:
      let n = Self.tasks.lowerBound + pick(Self.tasks.count)
      let done = pick(2) == 0
      return PlannedWrite(
        kind: kind, arguments: ["task", done ? "done" : "undo", "\(n)"], key: "task #\(n)",
        value: done ? "done" : "open", initial: "open")
    case .taskAdd:
      let title = "Crash task \(serial)"
      let issue = Self.issues.lowerBound + pick(Self.issues.count)
      return PlannedWrite(
        kind: kind, arguments: ["task", "add", "--issue", "\(issue)", "--title", title],
        key: "task \(title)", value: "1", initial: "0")
    case .resultSet:
      let indicator = Self.resultIndicators[pick(Self.resultIndicators.count)]
      return PlannedWrite(
        kind: kind,
        arguments: [
          "result", "set", "--indicator", indicator, "--unit", "140101", "--period", "2022-09",
          "--value", value,
        ], key: "result \(indicator)", value: value, initial: "none")
    case .targetSet:
      let indicator = Self.targetIndicators[pick(Self.targetIndicators.count)]
      return PlannedWrite(
        kind: kind,
        arguments: [
          "target", "set", "--indicator", indicator, "--unit", "140101", "--year", "2022",
          "--value", value,
        ], key: "target \(indicator)", value: value, initial: "none")
    case .meetingAdd:
      let title = "Crash meeting \(serial)"
      let date = "2022-1\(pick(3))-\(10 + pick(18))"
      return PlannedWrite(
        kind: kind,
        arguments: ["meeting", "add", "--unit", "14", "--date", date, "--title", title],
        key: "meeting \(title)", value: "1", initial: "0")
    case .meetingDecide:
      let text = "Crash decision \(serial)"
      return PlannedWrite(
        kind: kind,
        arguments: [
          "meeting", "decide", "1", "--text", text, "--owner", "Sok Dara", "--deadline",
          "2022-10-30", "--sector", "security",
        ], key: "decision \(text)", value: "1", initial: "0", partial: ["task only"])
    }
  }

  private mutating func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
}

/// What the data may show after a series of writes, some acknowledged and some killed: an
/// acknowledged change must be there (until a later change to the same thing); a killed one
/// may or may not be.
struct CrashExpectations {
  private(set) var allowed: [String: (initial: String, values: Set<String>)] = [:]

  mutating func record(_ write: PlannedWrite, acknowledged: Bool) {
    if acknowledged {
      allowed[write.key] = (write.initial, [write.value])
    } else {
      allowed[write.key, default: (write.initial, [write.initial])].values.formUnion(
        [write.value] + write.partial)
    }
  }

  /// Every key whose observed value is not among those allowed, described.
  func violations(_ observed: [String: String]) -> [String] {
    allowed.keys.sorted().compactMap { key in
      let (initial, values) = allowed[key]!
      let seen = observed[key] ?? initial
      return values.contains(seen)
        ? nil : "\(key): shows \(seen), expected one of \(values.sorted())"
    }
  }

  /// What the data shows, through khet's own reads: every issue, task, 2022 meeting and
  /// decision, and the 2022 target and result to date of each indicator in Boeng Preah
  /// (`khet status`).
  static func observe(_ box: Sandbox) throws -> [String: String] {
    var seen: [String: String] = [:]
    func count(_ key: String) { seen[key] = "\(Int(seen[key] ?? "0")! + 1)" }
    for issue in try read(box, ["issues", "--json"]) {
      count("issue \(issue.string("title") ?? "")")
      seen["status of issue #\(issue.int("number") ?? 0)"] = issue.string("status")
    }
    for task in try read(box, ["tasks", "--all", "--json"]) {
      count("task \(task.string("title") ?? "")")
      seen["task #\(task.int("number") ?? 0)"] = task["done"] is [String: Any] ? "done" : "open"
    }
    var decided: Set<String> = []
    for meeting in try read(box, ["meetings", "--year", "2022", "--json"]) {
      count("meeting \(meeting.string("title") ?? "")")
      for decision in meeting["decisions"] as? [[String: Any]] ?? [] {
        decided.insert(decision.string("text") ?? "")
      }
    }
    // A decision: "1" when its meeting names it and its task is there, "task only" when the
    // task is there alone (a write killed between the two appends), "meeting only" never.
    for text in decided.union(
      seen.keys.filter { $0.hasPrefix("task ") }.map { String($0.dropFirst(5)) })
    where text.hasPrefix("Crash decision") {
      let task = seen["task \(text)"] != nil
      seen["decision \(text)"] =
        decided.contains(text) ? (task ? "1" : "meeting only") : "task only"
    }
    let status = try box.run("status", "--unit", "140101", "--year", "2022", "--json")
    try #require(status.status == 0, "\(status)")
    let sectors = try #require(try status.jsonObject()["sectors"] as? [[String: Any]])
    for detail in sectors.flatMap({ $0["details"] as? [[String: Any]] ?? [] }) {
      for (figure, member) in [("result", "actual"), ("target", "target")] {
        let value = (detail[member] as? NSNumber).map { "\($0.intValue)" }
        seen["\(figure) \(detail.string("id") ?? "")"] = value ?? "none"
      }
    }
    return seen
  }

  private static func read(_ box: Sandbox, _ arguments: [String]) throws -> [[String: Any]] {
    let run = try box.run(arguments)
    try #require(run.status == 0, "\(run)")
    return try run.jsonArray()
  }
}

/// A small, fast, seedable random number generator (Vigna's SplitMix64), so a failing run can
/// be repeated with the seed it prints.
struct SplitMix64 {
  private var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
