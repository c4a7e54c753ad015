import KhetText

/// The scanning state of one parse: a cursor over a byte buffer plus the explicit stack of open
/// containers. Only lives inside `withUnsafeBufferPointer`.
struct ParserCore {
  /// The whole source buffer; all offsets are absolute indices into it.
  let base: UnsafePointer<UInt8>
  /// The cursor.
  var i: Int
  /// One past the last byte that may be read.
  let end: Int
  let maxDepth: Int
  let maxStringBytes: Int
  /// Reused buffer for decoding strings that contain escapes.
  var scratch: [UInt8] = []

  init(base: UnsafePointer<UInt8>, start: Int, end: Int, maxDepth: Int, maxStringBytes: Int) {
    self.base = base
    self.i = start
    self.end = end
    self.maxDepth = maxDepth
    self.maxStringBytes = maxStringBytes
  }

  /// An array or object that has been opened but not yet closed.
  struct Frame {
    var isObject: Bool
    /// Where this container's children start in the shared element or member stack.
    var start: Int
    /// Offset of the opening bracket.
    var openOffset: Int
    /// The key waiting for its value (objects only).
    var key = ""
    var keyOffset = 0
    /// Keys seen so far, built only once an object grows large enough for linear search to hurt.
    var keyIndex: [UTF8Key: Int]? = nil
  }

  /// Parses the whole range: one value with optional whitespace around it.
  mutating func parseDocument() throws(ParseFailure) -> JSONValue {
    skipWhitespace()
    let value = try parseTree()
    skipWhitespace()
    if i < end {
      try checkUTF8(at: i)
      throw ParseFailure(offset: i, Phrase("errors.json.textAfterValue"))
    }
    return value
  }

  /// Parses one value of any depth without recursion.
  mutating func parseTree() throws(ParseFailure) -> JSONValue {
    var frames: [Frame] = []
    var elements: [JSONElement] = []
    var members: [JSONMember] = []
    while true {
      // Here the cursor is at the first byte of a value (whitespace already skipped).
      var offset = i
      var value: JSONValue
      guard i < end else { throw expected(Phrase("errors.json.expecting.value")) }
      switch base[i] {
      case UInt8(ascii: "{"):
        guard frames.count < maxDepth else { throw depthFailure() }
        i += 1
        skipWhitespace()
        if i < end, base[i] == UInt8(ascii: "}") {
          i += 1
          value = .object([])
        } else {
          var frame = Frame(isObject: true, start: members.count, openOffset: offset)
          try parseKey(into: &frame, members: members, first: true)
          frames.append(frame)
          continue
        }
      case UInt8(ascii: "["):
        guard frames.count < maxDepth else { throw depthFailure() }
        i += 1
        skipWhitespace()
        if i < end, base[i] == UInt8(ascii: "]") {
          i += 1
          value = .array([])
        } else {
          frames.append(Frame(isObject: false, start: elements.count, openOffset: offset))
          continue
        }
      default:
        value = try parseScalar()
      }
      // Attach the finished value to its parent, closing parents that end here.
      attaching: while true {
        let top = frames.count - 1
        guard top >= 0 else { return value }
        let isObject = frames[top].isObject
        if isObject {
          members.append(
            JSONMember(
              key: frames[top].key, value: value, keyOffset: frames[top].keyOffset,
              valueOffset: offset))
        } else {
          elements.append(JSONElement(value, offset: offset))
        }
        skipWhitespace()
        let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        guard i < end else { throw expected(afterMemberOf: isObject) }
        let byte = base[i]
        if byte == UInt8(ascii: ",") {
          let comma = i
          i += 1
          skipWhitespace()
          if i < end, base[i] == closer {
            throw ParseFailure(
              offset: comma,
              Phrase(
                "errors.json.trailingComma", ["closer": .code(String(UnicodeScalar(closer)))]))
          }
          if isObject {
            try parseKey(into: &frames[top], members: members, first: false)
          }
          break attaching
        }
        guard byte == closer else { throw expected(afterMemberOf: isObject) }
        i += 1
        let frame = frames.removeLast()
        offset = frame.openOffset
        if isObject {
          value = .object(Array(members[frame.start...]))
          members.removeSubrange(frame.start...)
        } else {
          value = .array(Array(elements[frame.start...]))
          elements.removeSubrange(frame.start...)
        }
      }
    }
  }

  /// Parses `"key"` then `:` and following whitespace, storing the key in `frame` after checking
  /// it is not a duplicate of one of the frame's earlier members.
  /// `first` says whether this is the object's first key, which decides what a failure expects.
  mutating func parseKey(
    into frame: inout Frame, members: [JSONMember], first: Bool
  )
    throws(ParseFailure)
  {
    guard i < end, base[i] == UInt8(ascii: "\"") else {
      // The first key may instead close an empty object; later ones (after a comma) may not.
      throw expected(
        first ? Phrase("errors.json.expecting.keyOrClose") : Phrase("errors.json.expecting.key"))
    }
    let keyOffset = i
    let key = try parseString()
    let count = members.count - frame.start
    let linearLimit = 16
    if count < linearLimit {
      for member in members[frame.start...] where sameScalars(member.key, key) {
        throw ParseFailure(
          offset: keyOffset, reason: .duplicateKey(key, firstOffset: member.keyOffset))
      }
    } else {
      if frame.keyIndex == nil {
        var index: [UTF8Key: Int] = [:]
        index.reserveCapacity(count * 2)
        for member in members[frame.start...] { index[UTF8Key(member.key)] = member.keyOffset }
        frame.keyIndex = index
      }
      let wrapped = UTF8Key(key)
      if let first = frame.keyIndex?[wrapped] {
        throw ParseFailure(offset: keyOffset, reason: .duplicateKey(key, firstOffset: first))
      }
      frame.keyIndex?[wrapped] = keyOffset
    }
    skipWhitespace()
    guard i < end, base[i] == UInt8(ascii: ":") else {
      throw expected(Phrase("errors.json.expecting.colon"))
    }
    i += 1
    skipWhitespace()
    frame.key = key
    frame.keyOffset = keyOffset
  }

  /// Skips JSON whitespace: space, tab, line feed, carriage return.
  @inline(__always)
  mutating func skipWhitespace() {
    while i < end {
      switch base[i] {
      case 0x20, 0x0A, 0x0D, 0x09: i += 1
      default: return
      }
    }
  }

  /// The error for an array or object nested deeper than `maxDepth`.
  func depthFailure() -> ParseFailure {
    ParseFailure(offset: i, Phrase("errors.json.tooDeep", ["limit": .number(maxDepth)]))
  }
}

/// A string key that hashes and compares by its exact UTF-8 bytes.
struct UTF8Key: Hashable {
  let string: String
  init(_ string: String) { self.string = string }
  static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
    sameScalars(lhs.string, rhs.string)
  }
  func hash(into hasher: inout Hasher) { hashUTF8(string, into: &hasher) }
}
