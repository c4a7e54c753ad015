/// A record that users refer to by a short number and that merges by a stable id.
public protocol NumberedRecord: Sendable {
  /// Stable identifier.
  var id: RecordID { get }
  /// The short number users type.
  var number: Int { get }
  /// Whether the record was taken back: kept aside, its number never given again.
  var isWithdrawn: Bool { get }
}

extension Issue: NumberedRecord {
  /// Whether the issue was taken back.
  public var isWithdrawn: Bool { withdrawal != nil }
}

extension WorkTask: NumberedRecord {
  /// Whether the task was taken back.
  public var isWithdrawn: Bool { withdrawal != nil }
}

extension Meeting {
  /// Whether the meeting was taken back.
  public var isWithdrawn: Bool { withdrawal != nil }
}

/// Records kept in number order, found by number or by id in constant time. Withdrawn records
/// are kept apart: found by neither, listed only in `withdrawn`, but their numbers are never
/// given again.
public struct NumberedRecords<Record: NumberedRecord>: Sendable {
  /// The records, in number order.
  public private(set) var all: [Record]
  /// The withdrawn records, in number order.
  public private(set) var withdrawn: [Record]
  private var indexByNumber: [Int: Int] = [:]
  private var indexByID: [RecordID: Int] = [:]

  /// Sorts and indexes records.
  public init(_ records: [Record]) {
    all = records.filter { !$0.isWithdrawn }.sorted { $0.number < $1.number }
    withdrawn = records.filter(\.isWithdrawn).sorted { $0.number < $1.number }
    reindex()
  }

  private mutating func reindex() {
    indexByNumber = Dictionary(
      all.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { a, _ in a })
    indexByID = Dictionary(all.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
  }

  /// The record with this number.
  public subscript(number number: Int) -> Record? { indexByNumber[number].map { all[$0] } }

  /// The record with this id.
  public subscript(id id: RecordID) -> Record? { indexByID[id].map { all[$0] } }

  /// The number after the highest in use or withdrawn.
  public var nextNumber: Int { max(all.last?.number ?? 0, withdrawn.last?.number ?? 0) + 1 }

  /// Adds a record, or replaces the one with the same id; appending the next number is O(1).
  /// A withdrawn record moves to `withdrawn`.
  public mutating func upsert(_ record: Record) {
    if let w = withdrawn.firstIndex(where: { $0.id == record.id }) {
      if record.isWithdrawn {
        withdrawn[w] = record
        return
      }
      withdrawn.remove(at: w)
    }
    if record.isWithdrawn {
      if let i = indexByID[record.id] {
        all.remove(at: i)
        reindex()
      }
      withdrawn.append(record)
      withdrawn.sort { $0.number < $1.number }
    } else if let i = indexByID[record.id] {
      all[i] = record
      if indexByNumber[record.number] != i { resort() }
    } else if record.number > (all.last?.number ?? 0) {
      all.append(record)
      indexByNumber[record.number] = all.count - 1
      indexByID[record.id] = all.count - 1
    } else {
      all.append(record)
      resort()
    }
  }

  private mutating func resort() {
    all.sort { $0.number < $1.number }
    reindex()
  }
}
