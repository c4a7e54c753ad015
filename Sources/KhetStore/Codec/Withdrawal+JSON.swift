import KhetCore
import KhetJSON

extension Withdrawal {
  /// `{"by": …, "at": …}`, the `withdrawn` member of an issue, task or meeting taken back.
  var json: JSONValue { ["by": .string(by), "at": .string(at.description)] }

  /// Reads the `withdrawn` member of a record, when present.
  static func read(from o: inout ObjectReader) throws(DataProblem) -> Withdrawal? {
    guard let c = o.optional("withdrawn") else { return nil }
    var w = try c.object()
    let withdrawal = Withdrawal(
      by: try w.text("by", limit: TextLimits.name), at: try w.timestamp("at"))
    try w.finish()
    return withdrawal
  }
}

extension ObjectBuilder {
  /// Adds `withdrawn` when the record was taken back (absent otherwise, as in older files).
  mutating func add(withdrawal: Withdrawal?) {
    if let withdrawal { add("withdrawn", withdrawal.json) }
  }
}
