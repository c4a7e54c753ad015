import KhetCore
import KhetLocale

extension AppState {
  /// Rows of the Meetings screen's lists (everything but the view line and column titles).
  var meetingListHeight: Int { max(1, bodyHeight - 2) }

  /// Brings the Meetings screen's rows up to date. They are made only while the screen is in
  /// front, and only when what they show changed (see `MeetingScreenState.refresh`).
  mutating func refreshMeetings() {
    if let open = meetingScreen.openMeeting, workspace.meeting(number: open) == nil {
      meetingScreen.openMeeting = nil  // gone from the data reloaded
    }
    meetingScreen.refresh(
      workspace, scope: scope, year: meetingYear, today: today, generation: meetingsGeneration)
    meetingScreen.clampLists(visible: meetingListHeight)
  }

  /// The year the schedule and the index show: the dashboard's, moved with `[` and `]`.
  public var meetingYear: Int { min(9999, max(1900, year + meetingScreen.yearShift)) }

  /// The meeting the screen's keys act on: the one open, else the one selected.
  public var selectedMeeting: Meeting? {
    meetingScreen.selectedMeetingNumber.flatMap { workspace.meeting(number: $0) }
  }

  /// The unit `P` plans and `i` indexes: the selected unit of the quarter ahead, the selected
  /// meeting's unit, the index's unit, else the scope.
  var selectedMeetingUnit: UnitID {
    if meetingScreen.openMeeting == nil {
      switch meetingScreen.view {
      case .quarterAhead: return meetingScreen.selectedQuarterUnit ?? scope
      case .index: return meetingScreen.indexUnit(scope: scope)
      case .schedule: break
      }
    }
    return selectedMeeting?.unit ?? scope
  }

  mutating func applyOnMeetings(_ action: Action) -> [Effect] {
    if meetingScreen.openMeeting != nil {
      if scrollProceedings(action) { return [] }
    } else if meetingScreen.moveSelection(action, visible: meetingListHeight) {
      return []
    }
    switch action {
    case .nextMeetingView:
      meetingScreen.openMeeting = nil
      meetingScreen.view = meetingScreen.view.next
      refreshMeetings()
    case .cycleLevel:
      meetingScreen.cycleLevel(scopeLevel: workspace.units[scope]?.level ?? .province)
      refreshMeetings()
    case .nextQuarter, .previousQuarter:
      guard meetingScreen.openMeeting == nil else { return [] }
      let step = action == .nextQuarter ? 1 : -1
      if meetingScreen.view == .quarterAhead {
        meetingScreen.quarterShift += step
      } else {
        // In the schedule and the index, [ and ] move the year shown.
        let next = meetingYear + step
        guard (1900...9999).contains(next) else { return [] }
        meetingScreen.yearShift += step
        if meetingScreen.view == .schedule { meetingScreen.scheduleList = ListState() }
        message = StatusMessage(tr("meetings.ofYear", ["year": tr.plain(meetingYear)]))
      }
      refreshMeetings()
    case .open:
      openOnMeetings()
    case .openIndex:
      showIndex(of: selectedMeetingUnit)
    case .planYear:
      // In the quarter ahead, the year of the quarter shown is the one to plan.
      let planned = meetingScreen.view == .quarterAhead ? meetingScreen.quarter?.year : nil
      openMeetingForm(.plan(selectedMeetingUnit), year: planned ?? meetingYear)
    case .newMeeting:
      openMeetingForm(.add(selectedMeetingUnit))
    case .moveMeeting, .cancelMeeting, .recordProceedings, .confirmMinutes, .amendMinutes,
      .addDecision:
      return change(selectedMeeting, action)
    default:
      break
    }
    return []
  }

  /// Enter: the proceedings of the selected meeting; on a unit of the quarter ahead, its index.
  private mutating func openOnMeetings() {
    if meetingScreen.openMeeting != nil { return }
    if meetingScreen.view == .quarterAhead {
      if let unit = meetingScreen.selectedQuarterUnit { showIndex(of: unit) }
      return
    }
    guard let number = meetingScreen.selectedMeetingNumber else { return }
    meetingScreen.openMeeting = number
    meetingScreen.proceedingsOffset = 0
  }

  private mutating func showIndex(of unit: UnitID) {
    meetingScreen.openMeeting = nil
    meetingScreen.indexUnit = unit == scope ? nil : unit
    meetingScreen.indexList = ListState()
    meetingScreen.view = .index
    refreshMeetings()
  }

  /// Scrolls the open proceedings; returns whether `action` was a movement.
  private mutating func scrollProceedings(_ action: Action) -> Bool {
    guard let meeting = selectedMeeting else { return false }
    let body = Rect(x: 1, y: 0, width: width - 2, height: height - AppView.bodyTop(self) - 1)
    let lines = ProceedingsPane.lines(
      meeting, workspace, today: today, width: body.width - 2, tr)
    let visible = ProceedingsPane.visibleLines(in: body)
    let last = max(0, lines.count - visible)
    var offset = meetingScreen.proceedingsOffset
    switch action {
    case .moveUp: offset -= 1
    case .moveDown: offset += 1
    case .pageUp: offset -= max(1, visible - 1)
    case .pageDown: offset += max(1, visible - 1)
    case .first: offset = 0
    case .last: offset = last
    default: return false
    }
    meetingScreen.proceedingsOffset = min(max(0, offset), last)
    return true
  }

  /// Opens the form or the confirmation a change asks for, after checking that the meeting
  /// can take it (the store checks again), or says why not.
  private mutating func change(_ meeting: Meeting?, _ action: Action) -> [Effect] {
    guard let meeting else {
      message = StatusMessage(tr("meetings.selectFirst"))
      return []
    }
    if let refusal = Self.refusal(of: action, meeting, today: today, tr) {
      message = StatusMessage(refusal, isError: true)
      return []
    }
    switch action {
    case .moveMeeting: openMeetingForm(.move(meeting))
    case .cancelMeeting: openMeetingForm(.cancel(meeting))
    case .recordProceedings: openMeetingForm(.record(meeting))
    case .amendMinutes: openMeetingForm(.amend(meeting))
    case .addDecision: openMeetingForm(.decide(meeting))
    case .confirmMinutes: overlay = .confirmMinutes(meeting)
    default: break
    }
    return []
  }

  /// Why a meeting cannot take a change, in the words the status line shows; nil when it can.
  /// `today`: a meeting after it has not met, so its minutes are not confirmed nor decisions
  /// recorded.
  static func refusal(
    of action: Action, _ m: Meeting, today: Day? = nil, _ tr: Localizer = .english
  ) -> String? {
    if let refusal = statusRefusal(of: action, m, tr) { return refusal }
    if action == .confirmMinutes || action == .addDecision, let today, m.date > today {
      return FormProblems.notYetMet(m, today: today, tr)
    }
    return nil
  }

  /// Why a meeting's status keeps it from taking a change; nil when it can.
  private static func statusRefusal(
    of action: Action, _ m: Meeting, _ tr: Localizer
  ) -> String? {
    let n = tr.plain(m.number)
    switch action {
    case .moveMeeting, .cancelMeeting:
      guard m.status == .planned else {
        let values = ["number": n, "status": tr.meetingStatus(m.status)]
        return tr(
          action == .moveMeeting ? "meetings.onlyPlannedMoved" : "meetings.onlyPlannedCancelled",
          values)
      }
    case .recordProceedings, .addDecision:
      guard m.status != .cancelled else { return tr("meetings.wasCancelled", ["number": n]) }
    case .confirmMinutes:
      guard let minutes = m.minutes, !minutes.text.isEmpty else {
        return tr("meetings.noMinutesToConfirm", ["number": n])
      }
      if let by = minutes.confirmedBy {
        return tr("meetings.alreadyConfirmed", ["number": n, "by": by])
      }
    case .amendMinutes:
      guard m.minutes?.isConfirmed == true else {
        return tr("meetings.notConfirmedYet", ["number": n])
      }
    default:
      break
    }
    return nil
  }

  private mutating func openMeetingForm(_ purpose: MeetingForm.Purpose, year: Int? = nil) {
    let sector = workspace.sectors.first?.id ?? "security"
    overlay = .meetingForm(
      MeetingForm(purpose, year: year ?? self.year, sector: sector, tr: tr, today: today))
  }
}
