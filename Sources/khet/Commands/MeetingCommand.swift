import ArgumentParser
import KhetCore
import KhetStore
import KhetText

/// `khet meeting add|show|move|cancel|record|confirm|amend|decide`: one meeting.
struct MeetingCommand: ParsableCommand {
  static var configuration: CommandConfiguration {
    CommandConfiguration(
      commandName: "meeting", abstract: CLI.tr("cli.meeting.abstract"),
      subcommands: [
        Add.self, Show.self, Move.self, Cancel.self, Record.self, Confirm.self, Amend.self,
        Decide.self,
      ])
  }

  /// `khet meeting add`.
  struct Add: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.meeting.add.abstract"))
    }
    @OptionGroup var data: DataOptions
    @Option(help: ArgumentHelp(CLI.tr("cli.opt.unitIdOrName"), valueName: "id")) var unit: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.date"), valueName: "yyyy-mm-dd"))
    var date: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.title"))) var title: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let store = try data.openStore()
      let reference = try store.loadReference()
      let meeting = try store.addMeeting(
        unit: try Parse.unit(unit, in: reference), date: try Parse.day(date, option: "--date"),
        title: title)
      MeetingCommand.print(
        meeting, json: output.json,
        note: CLI.tr("cli.meeting.added", ["number": CLI.figure(meeting.number)]))
    }
  }

  /// `khet meeting show N`.
  struct Show: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.meeting.show.abstract"))
    }
    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.opt.meetingNumber"))) var number: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let (_, w) = try data.openWorkspace()
      let n = try Parse.number(number, what: "meeting")
      guard let meeting = w.meeting(number: n) else {
        throw StoreError.notFound(Phrase("errors.store.noMeeting", ["number": .number(n)]))
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
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.meeting.move.abstract"))
    }
    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.opt.meetingNumber"))) var number: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.to"), valueName: "yyyy-mm-dd"))
    var to: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.moveReason"))) var reason: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "meeting")
      let day = try Parse.day(to, option: "--to")
      try MeetingCommand.change(
        data, json: output.json,
        note: CLI.tr("cli.meeting.moved", ["number": CLI.figure(n), "day": CLI.date(day)])
      ) {
        try $0.moveMeeting(n, to: day, reason: reason)
      }
    }
  }

  /// `khet meeting cancel N --reason TEXT`.
  struct Cancel: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.meeting.cancel.abstract"))
    }
    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.opt.meetingNumber"))) var number: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.cancelReason"))) var reason: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "meeting")
      try MeetingCommand.change(
        data, json: output.json,
        note: CLI.tr("cli.meeting.cancelledNote", ["number": CLI.figure(n)])
      ) {
        try $0.cancelMeeting(n, reason: reason)
      }
    }
  }

  /// `khet meeting record N …`.
  struct Record: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(
        abstract: CLI.tr("cli.meeting.record.abstract"),
        discussion: CLI.tr("cli.meeting.record.discussion"))
    }
    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.opt.meetingNumber"))) var number: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.agenda"))) var agenda: [String] = []
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.attendee"))) var attendee: [String] = []
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.minutes"))) var minutes: String?
    @Flag(help: ArgumentHelp(CLI.tr("cli.meeting.opt.held"))) var held = false
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "meeting")
      guard !agenda.isEmpty || !attendee.isEmpty || minutes != nil || held else {
        throw UsageError(CLI.tr("cli.meeting.nothingToRecord"))
      }
      let draft = ProceedingsDraft(
        agenda: agenda.isEmpty ? nil : agenda, attendance: attendee.isEmpty ? nil : attendee,
        minutes: minutes, held: held)
      try MeetingCommand.change(
        data, json: output.json, note: CLI.tr("cli.meeting.recorded", ["number": CLI.figure(n)])
      ) {
        try $0.recordProceedings(n, draft)
      }
    }
  }

  /// `khet meeting confirm N`.
  struct Confirm: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.meeting.confirm.abstract"))
    }
    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.opt.meetingNumber"))) var number: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "meeting")
      let note = CLI.tr("cli.meeting.confirmed", ["number": CLI.figure(n)])
      try MeetingCommand.change(data, json: output.json, note: note) { try $0.confirmMinutes(n) }
    }
  }

  /// `khet meeting amend N TEXT`.
  struct Amend: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.meeting.amend.abstract"))
    }
    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.opt.meetingNumber"))) var number: String
    @Argument(help: ArgumentHelp(CLI.tr("cli.meeting.opt.correction"))) var text: String
    @OptionGroup var output: JSONOption

    func run() throws {
      let n = try Parse.number(number, what: "meeting")
      let note = CLI.tr("cli.meeting.amended", ["number": CLI.figure(n)])
      try MeetingCommand.change(data, json: output.json, note: note) {
        try $0.amendMinutes(n, text: text)
      }
    }
  }

  /// `khet meeting decide N …`.
  struct Decide: ParsableCommand {
    static var configuration: CommandConfiguration {
      CommandConfiguration(abstract: CLI.tr("cli.meeting.decide.abstract"))
    }
    @OptionGroup var data: DataOptions
    @Argument(help: ArgumentHelp(CLI.tr("cli.opt.meetingNumber"))) var number: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.decision"))) var text: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.owner"))) var owner: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.deadline"), valueName: "yyyy-mm-dd"))
    var deadline: String
    @Option(help: ArgumentHelp(CLI.tr("cli.meeting.opt.sector"))) var sector: String
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
        Output.note(
          CLI.tr(
            "cli.meeting.decided",
            ["number": CLI.figure(n), "task": CLI.figure(task.number), "day": CLI.date(day)]))
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
