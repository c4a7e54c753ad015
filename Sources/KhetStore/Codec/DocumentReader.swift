import KhetJSON

/// Reads and parses the data directory's files, turning syntax errors into located problems.
struct DocumentReader {
  let directory: DataDirectory
  let parser = JSONParser()
  /// Told of every file read, when a dashboard shows how far a load is.
  var progress: LoadProgress?

  /// The parsed top value of a JSON file, or nil when the file does not exist.
  func document(_ name: String) throws(StoreError) -> JSONCursor? {
    guard let bytes = try readBytes(name) else { return nil }
    let source = JSONSource(file: name, text: SourceText(bytes: bytes))
    do throws(JSONSyntaxError) {
      let value = try parser.parse(source.text)
      let start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
      return JSONCursor(source: source, value: value, offset: start, path: "$")
    } catch {
      throw StoreError.invalid(InvalidData([source.problem(error)]))
    }
  }

  /// A file's bytes, or nil when it does not exist.
  func readBytes(_ name: String) throws(StoreError) -> [UInt8]? {
    do {
      progress?.begin(name)
      let bytes = try DurableFile.read(directory.file(name))
      progress?.read(bytes: bytes?.count ?? 0)
      return bytes
    } catch {
      throw StoreError.notWritable(error)
    }
  }
}
