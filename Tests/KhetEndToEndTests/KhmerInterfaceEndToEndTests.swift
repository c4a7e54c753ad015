import Foundation
import Testing

/// A new user's first day entirely in Khmer, with Khmer digits, through the real binary in
/// tmux: browse and drill down, log an issue, give it a task with a due date typed in Khmer
/// digits, find the issue with `/`, mark a task done — then check the files and `--json` kept
/// ASCII digits and ISO dates.
@Suite(.serialized) struct KhmerInterfaceEndToEndTests {
  /// Interface words of the English dashboard that must not appear while it speaks Khmer.
  /// (Data may be in English: sample titles and owners are.)
  static let englishWords = [
    "Overview", "Units", "Sector ", "Issues", "Tasks", "Review", "Meetings", "help",
    "Needs attention", "SAMPLE", "New issue", "saved", "overdue", "open tasks", "Title",
  ]

  func start(
    _ data: TemporaryFolder, arguments: [String], env: [String: String] = [:], width: Int = 100,
    height: Int = 30
  ) throws -> TmuxSession {
    var environment = [
      "KHET_DATA": data.path, "KHET_USER": "e2e", "KHET_TODAY": "2022-09-30",
      "XDG_CONFIG_HOME": data.path + "-config",
    ]
    environment.merge(env) { $1 }
    let command = ([KhetBinary.path] + arguments).map(shellQuote).joined(separator: " ")
    return try TmuxSession(
      width: width, height: height, command: command, environment: environment)
  }

  func khet(_ arguments: [String], data: TemporaryFolder) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: KhetBinary.path)
    process.arguments = arguments + ["--data", data.path]
    let out = Pipe()
    process.standardOutput = out
    process.standardError = FileHandle.nullDevice
    try process.run()
    let bytes = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The screen holds no English interface word.
  func expectKhmerOnly(_ screen: String, _ step: String) {
    for word in Self.englishWords {
      #expect(!screen.contains(word), "\(step): English '\(word)' on screen:\n\(screen)")
    }
  }

  /// Khmer digits → ASCII, to compare a number read off the screen with the files.
  func ascii(_ text: String) -> String {
    String(
      text.unicodeScalars.map { s in
        (0x17E0...0x17E9).contains(s.value)
          ? Character(Unicode.Scalar(s.value - 0x17E0 + 0x30)!) : Character(s)
      })
  }

  @Test func newUserPathEntirelyInKhmerWithKhmerDigits() throws {
    let data = TemporaryFolder()
    let s = try start(data, arguments: ["--lang", "km", "--digits", "khmer"])
    // The overview: sector short names, headings and figures in Khmer, with Khmer digits.
    var screen = try s.waitFor { $0.contains("កូវីដ-១៩") && $0.contains("ត្រូវយកចិត្តទុកដាក់") }
    #expect(screen.contains("ទិដ្ឋភាពទូទៅ") && screen.contains("ទិន្នន័យគំរូ"), "\(screen)")
    #expect(screen.contains("៩០%") && !screen.contains("90%"), "\(screen)")
    expectKhmerOnly(screen, "overview")
    // Browse: the units, then drill into the first district.
    try s.send("2")
    screen = try s.waitFor { $0.contains("ស្រុកបាភ្នំ") }
    expectKhmerOnly(screen, "units")
    try s.send("Down", "Enter")
    screen = try s.waitFor {
      $0.split(separator: "\n").dropFirst().first?.contains("ស្រុកបាភ្នំ") == true
    }
    expectKhmerOnly(screen, "district")
    // Log an issue, titled in Khmer.
    try s.send("n")
    screen = try s.waitFor { $0.contains("បញ្ហាថ្មី") && $0.contains("ចំណងជើង") }
    expectKhmerOnly(screen, "issue form")
    try s.type("ទឹកជំនន់នៅឃុំ")
    try s.waitFor { $0.contains("ទឹកជំនន់នៅឃុំ") }
    try s.send("C-s")
    screen = try s.waitFor { $0.contains("បានរក្សាទុក៖ បញ្ហា #២០៥") }
    expectKhmerOnly(screen, "issue saved")
    // Find it with / on the issues screen (a zero-width space typed mid-word is ignored).
    try s.send("4", "/")
    try s.type("ទឹកជំនន់\u{200B}នៅឃុំ")
    screen = try s.waitFor { $0.contains("#២០៥ ទឹកជំនន់នៅឃុំ") }
    expectKhmerOnly(screen, "issues filtered")
    try s.send("Enter")
    // Give it a task, due on a date typed in Khmer digits the Cambodian way (day/month/year).
    try s.send("a")
    screen = try s.waitFor { $0.contains("ថ្ងៃកំណត់") }
    expectKhmerOnly(screen, "task form")
    try s.type("ចុះពិនិត្យទីតាំងទឹកជំនន់")
    try s.send("Tab")
    try s.type("សុខ ដារា")
    try s.send("Tab")
    try s.send("C-u")
    try s.type("៣១/១០/២០២២")
    try s.send("C-s")
    screen = try s.waitFor { $0.contains("បានរក្សាទុក៖ ភារកិច្ច #") }
    expectKhmerOnly(screen, "task saved")
    // Mark a task done on the tasks screen.
    try s.send("5")
    screen = try s.waitFor { $0.contains("ភារកិច្ចមិនទាន់រួចរាល់") }
    expectKhmerOnly(screen, "tasks")
    var done: String?
    for _ in 0..<5 where done == nil {
      try s.send("x")
      screen = try s.waitFor(timeout: 5) { $0.contains("រួចរាល់ — u") }
      done = screen.range(of: #"ភារកិច្ច #[០-៩]+ រួចរាល់"#, options: .regularExpression).map {
        ascii(
          String(screen[$0]).filter {
            $0.unicodeScalars.first!.value >= 0x17E0 && $0.unicodeScalars.first!.value <= 0x17E9
          })
      }
    }
    #expect(done != nil, "\(screen)")
    expectKhmerOnly(screen, "task done")
    // Help, in Khmer.
    try s.send("?")
    screen = try s.waitFor { $0.contains("គ្រាប់ចុច") && $0.contains("គ្រប់អេក្រង់") }
    expectKhmerOnly(screen, "help")
    try s.send("Escape", "q", "q")
    screen = try s.waitFor { $0.contains("khet exited") }
    #expect(screen.contains("khet exited 0"), "\(screen)")
    // The files and --json keep ASCII digits and ISO dates.
    let issues = try khet(["issues", "--json", "--search", "ទឹកជំនន់នៅឃុំ"], data: data)
    #expect(issues.contains("\"number\": 205"), "\(issues)")
    #expect(issues.contains("\"unit\": \"1401\""), "\(issues)")
    let tasks = try khet(["tasks", "--all", "--json", "--lang", "km"], data: data)
    #expect(tasks.contains("\"due\": \"2022-10-31\""), "\(tasks.prefix(600))")
    #expect(tasks.contains("\"owner\": \"សុខ ដារា\""))
    #expect(!tasks.unicodeScalars.contains { (0x17E0...0x17E9).contains($0.value) })
    if let done {
      #expect(tasks.contains("\"number\": \(done),"), "task \(done)")
      #expect(tasks.contains("\"by\": \"e2e\""))
    }
  }

  @Test func aKhmerLocaleOpensInKhmerAndLSwitchesToEnglishAndBack() throws {
    let data = TemporaryFolder()
    let s = try start(data, arguments: [], env: ["LANG": "km_KH.UTF-8", "LC_ALL": ""])
    var screen = try s.waitFor { $0.contains("ត្រូវយកចិត្តទុកដាក់") }
    #expect(screen.contains("៩០%"), "Khmer brings Khmer digits: \(screen)")
    try s.send("L")
    screen = try s.waitFor { $0.contains("Needs attention") }
    #expect(screen.contains("90%") && screen.contains("Overview"), "\(screen)")
    try s.send("L")
    screen = try s.waitFor { $0.contains("ត្រូវយកចិត្តទុកដាក់") }
    expectKhmerOnly(screen, "back in Khmer")
    try s.send("q")
    try s.waitFor { $0.contains("khet exited") }
  }

  @Test func theConfigFileChoosesKhmerWithLatinDigits() throws {
    let data = TemporaryFolder()
    let config = data.path + "-config/khet"
    try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
    try #"{"khet": "config", "schema": 1, "language": "km", "digits": "latin"}"#
      .write(toFile: config + "/config.json", atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: data.path + "-config") }
    let s = try start(data, arguments: [], env: ["LANG": "C.UTF-8"])
    let screen = try s.waitFor { $0.contains("ត្រូវយកចិត្តទុកដាក់") }
    #expect(screen.contains("90%") && !screen.contains("៩០%"), "\(screen)")
    try s.send("q")
    try s.waitFor { $0.contains("khet exited") }
  }
}
