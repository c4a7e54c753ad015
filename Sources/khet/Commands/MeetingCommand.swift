import ArgumentParser
import KhetCore
import KhetStore

/// `khet meeting add|show|move|cancel|record|confirm|amend|decide`: one meeting.
struct MeetingCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "meeting",
    abstract: "Add, show, move or cancel a meeting; record its proceedings and decisions.",
    subcommands: [
      Add.self, Show.self, Move.self, Cancel.self, Record.self, Confirm.self, Amend.self,
      Decide.self,
    ])

  /// `khet meeting add`.
  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a single meeting to the schedule; prints its number.")
    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp("The unit (id or name).", valueName: "id")) var unit: String
    @Option(help: ArgumentHelp("The day.", valueName: "yyyy-mm-dd")) var date: String
    @Option(help: "The title.") var title: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let store = try data.openStore()
      let reference = try store.loadReference()
      let meeting = try store.addMeeting(
        unit: try Parse.unit(unit, in: reference), date: try Parse.day(date, option: "--date"),
        title: title)
      MeetingCommand.print(meeting, json: output.json, note: "added meeting #\(meeting.number)")
    }
  }

  /// `khet meeting show N`.
  struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Show a meeting's proceedings: agenda, attendance, minutes, decisions, changes.")
    @OptionGroup var data: DataOptions
    @Argument(help: "The meeting number.") var number: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let (_, w) = try data.openWorkspace()
      let n = try Parse.number(number, what: "meeting")
      guard let meeting = w.meeting(number: n) else {
        throw StoreError.notFound("no meeting #\(n); see `khet meetings`")
      }
      if output.json {
        Output.json(RecordJSON.meeting(meeting))
        return
      }
      ProceedingsText(w, today: try Today.day()).lines(meeting).forEach(Output.line)
    }
  }

  /// `khet meeting move N --to DAY --reason TEXT`.
  struct Move: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Move a planned meeting to another day; the old day and the reason are kept.")
    @OptionGroup var data: DataOptions
    @Argument(help: "The meeting number.") var number: String
    @Option(help: ArgumentHelp("The new day.", valueName: "yyyy-mm-dd")) var to: String
    @Option(help: "Why it moves.") var reason: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "meeting")
      let day = try Parse.day(to, option: "--to")
      try MeetingCommand.change(data, json: output.json, note: "meeting #\(n) moved to \(day)") {
        try $0.moveMeeting(n, to: day, reason: reason)
      }
    }
  }

  /// `khet meeting cancel N --reason TEXT`.
  struct Cancel: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Cancel a planned meeting; the reason is kept.")
    @OptionGroup var data: DataOptions
    @Argument(help: "The meeting number.") var number: String
    @Option(help: "Why it is cancelled.") var reason: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "meeting")
      try MeetingCommand.change(data, json: output.json, note: "meeting #\(n) cancelled") {
        try $0.cancelMeeting(n, reason: reason)
      }
    }
  }

  /// `khet meeting record N …`.
  struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record a meeting's agenda, attendance or minutes, or mark it held.",
      discussion: """
        --agenda and --attendee may be repeated; each replaces the whole list. Minutes can be \
        rewritten until they are confirmed (`khet meeting confirm`); after that they are only \
        amended (`khet meeting amend`).
        """)
    @OptionGroup var data: DataOptions
    @Argument(help: "The meeting number.") var number: String
    @Option(help: "An agenda item (repeat for each, in order).") var agenda: [String] = []
    @Option(help: "Someone who attended (repeat for each).") var attendee: [String] = []
    @Option(help: "The minutes' text.") var minutes: String?
    @Flag(help: "Mark the meeting held.") var held = false
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "meeting")
      guard !agenda.isEmpty || !attendee.isEmpty || minutes != nil || held else {
        throw UsageError("give --agenda, --attendee, --minutes or --held: nothing to record")
      }
      let draft = ProceedingsDraft(
        agenda: agenda.isEmpty ? nil : agenda, attendance: attendee.isEmpty ? nil : attendee,
        minutes: minutes, held: held)
      try MeetingCommand.change(data, json: output.json, note: "recorded meeting #\(n)") {
        try $0.recordProceedings(n, draft)
      }
    }
  }

  /// `khet meeting confirm N`.
  struct Confirm: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Confirm a meeting's minutes: from then on they are only amended, never changed.")
    @OptionGroup var data: DataOptions
    @Argument(help: "The meeting number.") var number: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "meeting")
      let note = "minutes of meeting #\(n) confirmed"
      try MeetingCommand.change(data, json: output.json, note: note) { try $0.confirmMinutes(n) }
    }
  }

  /// `khet meeting amend N TEXT`.
  struct Amend: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Add a correction to confirmed minutes; the original text stays.")
    @OptionGroup var data: DataOptions
    @Argument(help: "The meeting number.") var number: String
    @Argument(help: "The correction.") var text: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "meeting")
      let note = "minutes of meeting #\(n) amended"
      try MeetingCommand.change(data, json: output.json, note: note) {
        try $0.amendMinutes(n, text: text)
      }
    }
  }

  /// `khet meeting decide N …`.
  struct Decide: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: "Record a decision of a meeting; it becomes a task with its owner and deadline.")
    @OptionGroup var data: DataOptions
    @Argument(help: "The meeting number.") var number: String
    @Option(help: "What was decided.") var text: String
    @Option(help: "Who must carry it out.") var owner: String
    @Option(help: ArgumentHelp("The deadline.", valueName: "yyyy-mm-dd")) var deadline: String
    @Option(help: "The sector of the task.") var sector: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "meeting")
      let day = try Parse.day(deadline, option: "--deadline")
      let store = try data.openStore()
      let reference = try store.loadReference()
      let (meeting, task) = try store.addDecision(
        n, text: text, owner: owner, deadline: day,
        sector: try Parse.sector(sector, in: reference))
      if output.json {
        Output.json(["meeting": RecordJSON.meeting(meeting), "task": RecordJSON.task(task)])
      } else {
        Output.line("\(task.number)")
        Output.note("meeting #\(n): decision recorded as task #\(task.number), due \(day)")
      }
    }
  }

  /// Makes one change to a meeting in the store (set up with the sample on a first run) and
  /// prints the meeting as `print(_:json:note:)` does.
  static func change(
    _ data: DataOptions, json: Bool, note: String, _ change: (Store) throws -> Meeting
  ) throws {
    print(try change(try data.openStore()), json: json, note: note)
  }

  /// Prints the meeting's number, with `note` on standard error; or the meeting as JSON.
  static func print(_ meeting: Meeting, json: Bool, note: String) {
    if json {
      Output.json(RecordJSON.meeting(meeting))
    } else {
      Output.line("\(meeting.number)")
      Output.note(Output.safe(note))
    }
  }
}
