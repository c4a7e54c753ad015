import KhetText

extension Phrase {
  /// The key and its arguments, written without any catalogue:
  /// `errors.json.trailingComma {closer: "}"}`. For the one place that cannot use the
  /// catalogues — a built-in catalogue that fails to load.
  public var keyAndArguments: String {
    guard !arguments.isEmpty else { return key }
    let parts = arguments.sorted { $0.key < $1.key }.map { name, value in
      "\(name): \(Self.plain(value))"
    }
    return key + " {" + parts.joined(separator: ", ") + "}"
  }

  private static func plain(_ argument: Argument) -> String {
    switch argument {
    case .code(let text): return "\"" + text + "\""
    case .number(let n): return String(n)
    case .date(let text), .month(let text): return text
    case .name(let english, _): return "\"" + english + "\""
    case .phrase(let inner): return inner.keyAndArguments
    case .list(let items): return "[" + items.map(\.keyAndArguments).joined(separator: ", ") + "]"
    }
  }
}
