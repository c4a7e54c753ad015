/// A record that users refer to by a short number and that merges by a stable id.
public protocol NumberedRecord: Sendable {
  /// Stable identifier.
  var id: RecordID { get }
  /// The short number users type.
  var number: Int { get }
}

extension Issue: NumberedRecord {}
extension WorkTask: NumberedRecord {}

/// Records kept in number order, found by number or by id in constant time.
public struct NumberedRecords<Record: NumberedRecord>: Sendable {
  /// The records, in number order.
  public private(set) var all: [Record]
  private var indexByNumber: [Int: Int] = [:]
  private var indexByID: [RecordID: Int] = [:]

  /// Sorts and indexes records.
  public init(_ records: [Record]) {
    all = records.sorted { $0.number < $1.number }
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

  /// The number after the highest in use.
  public var nextNumber: Int { (all.last?.number ?? 0) + 1 }

  /// Adds a record, or replaces the one with the same id; appending the next number is O(1).
  public mutating func upsert(_ record: Record) {
    if let i = indexByID[record.id] {
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
