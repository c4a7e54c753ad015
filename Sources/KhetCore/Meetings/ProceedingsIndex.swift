/// The index of proceedings: for one unit and a span of days, every meeting in date order with
/// its agenda and decisions, and where each decision stands — so deadlines are met and seen.
public struct ProceedingsIndex: Sendable {
  /// One meeting and its decisions.
  public struct Entry: Sendable {
    /// The meeting.
    public let meeting: Meeting
    /// Its decisions, in the order taken.
    public let decisions: [DecisionState]
  }

  /// A decision and the task that carries it out.
  public struct DecisionState: Sendable {
    /// The decision.
    public let decision: Decision
    /// Its task, when there is one.
    public let task: WorkTask?
    /// Where it stands today.
    public let state: State
  }

  /// Where a decision stands.
  public enum State: String, Sendable, CaseIterable {
    /// Its task is done.
    case done
    /// Not done, deadline not passed (or none).
    case open
    /// Not done and past its deadline.
    case overdue
  }

  /// The unit.
  public let unit: AdminUnit
  /// The first day covered.
  public let from: Day
  /// The last day covered.
  public let to: Day
  /// The meetings, in date order.
  public let entries: [Entry]

  /// The index of `unit`'s own meetings from `from` to `to`, as of `today`.
  public init(_ w: Workspace, unit: UnitID, from: Day, to: Day, today: Day) {
    self.unit = w.units[unit] ?? w.units.units[0]
    self.from = from
    self.to = to
    entries = w.meetings(of: unit).filter { $0.date >= from && $0.date <= to }.map { meeting in
      Entry(
        meeting: meeting,
        decisions: meeting.decisions.map { decision in
          let task = decision.task.flatMap { w.task(id: $0) }
          return DecisionState(
            decision: decision, task: task,
            state: Self.state(decision, task: task, today: today))
        })
    }
  }

  /// A decision's state: its task's, or by its deadline when it has no task. Screens that count
  /// decisions without building an index (the dashboard's schedule) use it too.
  public static func state(_ decision: Decision, task: WorkTask?, today: Day) -> State {
    if let task {
      if task.isDone { return .done }
      return task.isOverdue(on: today) ? .overdue : .open
    }
    if let deadline = decision.deadline, deadline < today { return .overdue }
    return .open
  }

  /// How many decisions are in each state.
  public func count(_ state: State) -> Int {
    entries.reduce(0) { $0 + $1.decisions.filter { $0.state == state }.count }
  }
}
