/// What a data directory is: its name, whether it holds sample figures, and its top unit.
public struct WorkspaceInfo: Hashable, Sendable {
  /// A name shown in the header, e.g. "Prey Veng Provincial Administration".
  public var name: LocalizedName
  /// True when the figures are illustrative sample data; screens then say so.
  public var isSample: Bool
  /// The unit the dashboard opens on (normally the province).
  public var home: UnitID
  /// When the workspace was created.
  public var created: Timestamp

  /// A workspace description.
  public init(name: LocalizedName, isSample: Bool, home: UnitID, created: Timestamp) {
    self.name = name
    self.isSample = isSample
    self.home = home
    self.created = created
  }
}
